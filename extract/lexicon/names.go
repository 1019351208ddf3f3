package lexicon

// CompanyEndings lists the last words (lower-case forms) of company names
// that start like a rank: "General Motors", "General Electric" are no
// general (extract/entity, first in fbe8cf2).
var CompanyEndings = words(
	"motors", "electric", "dynamics", "corp", "corp.", "inc", "inc.", "co", "co.", "ltd", "ltd.", "plc",
	"group", "company", "mills", "foods", "assembly", "hospital",
)

// TitleModifiers lists the words (lower-case forms) that may stand between
// a country and a title or before a title: "the top U.S. commander", "a
// former CNN news editor" (extract/entity, first in 2df41f0).
var TitleModifiers = words(
	"former", "top", "then", "acting", "senior", "new", "outgoing", "incoming", "current", "veteran",
	"close", // "a close aide to President Mitterrand" (issue 14)
)

// PortfolioTitles lists the last words of the titles (lower-case) that
// take a portfolio before them: "Environment Secretary", "foreign affairs
// spokesman", "political editor", "External Trade Commissioner"
// (extract/entity, issue 14).
var PortfolioTitles = words(
	"secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "commissioner", "editor",
	"correspondent", "adviser", "representative", "director", "leader", "envoy", "ambassador", "chief",
	"chairman", "chairwoman", "officer", "official", "negotiator",
)

// TitlePrefixes lists the words (lower-case) that may open any title and
// belong to it: "Assistant Secretary of State", "Deputy Foreign Minister",
// "acting Prime Minister" (extract/entity, issue 14).
var TitlePrefixes = words(
	"assistant", "deputy", "vice", "under", "junior", "chief", "principal", "permanent", "special",
	"executive", "interim", "acting", "former",
)

// SalientOffices lists the offices (canonical titles, lower-case) whose
// holder a definite description names even when the article never gave
// them the title: "Mr Blair ... The prime minister also urged" (extract/entity,
// issue 14). Lesser offices ("the spokesman", "the correspondent") are
// mostly unnamed people.
var SalientOffices = words(
	"president", "prime minister", "premier", "chancellor", "foreign secretary", "home secretary",
	"foreign minister", "secretary of state", "secretary-general", "king", "queen", "pope", "emir",
	"chancellor of the exchequer", "defence secretary", "defense secretary",
)

// TitleDeterminers lists the words (lower-case) that open a title phrase
// set before a name: "his Israeli counterpart, Ariel Sharon" (extract/entity,
// issue 14).
var TitleDeterminers = words("the", "his", "her", "its", "their", "a", "an")

// MaleTitles and FemaleTitles list the titles (lower-case forms, without
// a final period) that tell a person's sex: "Mr", "Queen", "spokeswoman"
// (extract/entity, first in 2df41f0).
var (
	MaleTitles   = words("mr", "sir", "lord", "king", "prince", "chairman", "spokesman", "sheikh", "sheik")
	FemaleTitles = words("mrs", "ms", "miss", "lady", "dame", "queen", "princess", "chairwoman", "spokeswoman")
)

// TitleAbbreviations lists abbreviations (lower-case, without their
// period) that never end a sentence, because a name follows them: "Mr.",
// "Sen.", "Gen." (extract/text, first in d211adf).
var TitleAbbreviations = words(
	"mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "adm", "lt", "col",
	"maj", "capt", "cmdr", "cdr", "sgt", "cpl", "pvt", "brig", "rev", "hon", "pres", "supt", "atty", "st",
	"ft", "mt", "fr", "sr", "jr", "vs", "v", "cf", "insp", "gens", "amb", "lieut", "cmdt", "mssrs", "mme",
	"mlle", "det", "ald",
)

// Abbreviations lists abbreviations (lower-case, without their final
// period) that keep their period but may end a sentence: "Inc.", "Jan.",
// "Calif." (extract/text, first in d211adf).
var Abbreviations = words(
	"inc", "corp", "ltd", "co", "bros", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "dept",
	"univ", "est", "approx", "fig", "figs", "vol", "vols", "pp", "ave", "blvd", "rd", "hwy", "assn", "govt",
	"min", "max", "mln", "bln", "dept.", "al", "ca", "cal", "calif", "mass", "conn", "fla", "ill", "penn",
	"wash", "ariz", "colo", "mich", "minn", "tenn", "okla", "ore", "wis", "ky", "ala", "ga", "md", "va", "nev",
	"neb", "kan", "ind", "miss", "esq", "ph", "a.m", "p.m", "e.g", "i.e", "vol.", "ed", "eds", "ref",
)

// HyphenPrefixes lists the prefixes (lower case) that keep their hyphen
// as UD English EWT tokenizes: "anti-war", "e-mail", "re-elect"
// (extract/text, first in d211adf).
var HyphenPrefixes = words(
	"e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "neo",
	"cross", "vice", "un", "socio", "micro", "intra", "counter", "inter", "self", "de", "bi", "tri", "pan",
	"ultra", "mega", "mini", "extra", "trans", "hyper", "psycho", "arch",
)

// FemaleNames and MaleNames list first names (lower-case) that tell a
// person's sex, so that "she" does not resolve to Gordon Brown: common
// given names of English-language news and of the politicians it names
// (curated for kgraph, issue 14). A name on neither list leaves the sex to
// titles ("Mrs", "spokeswoman") and to the pronouns that refer back.
var (
	FemaleNames = words(
		"abigail", "ada", "agnes", "alexandra", "alice", "alison", "amanda", "amy", "ana", "andrea", "angela",
		"angelina", "ann", "anna", "anne", "annette", "antonia", "barbara", "beatrice", "benazir", "betty",
		"beverley", "brenda", "bridget", "carla", "carol", "caroline", "catherine", "cecilia", "charlotte",
		"cherie", "christina", "christine", "claire", "clare", "claudia", "condoleezza", "cristina", "deborah",
		"diana", "diane", "dianne", "dilma", "dolores", "donna", "dorothy", "edith", "eleanor", "elena",
		"elisabeth", "elizabeth", "ellen", "emily", "emma", "eva", "federica", "fiona", "frances", "gillian",
		"gloria", "golda", "hannah", "harriet", "hazel", "heather", "helen", "helena", "helle", "hillary",
		"ingrid", "irene", "isabel", "jacqueline", "jacqui", "jane", "janet", "janice", "jennifer",
		"jessica", "jill", "joan", "joanna", "josephine", "judith", "judy", "julia", "julie", "karen",
		"kate", "katherine", "kathleen", "kathryn", "kay", "laura", "lesley", "linda", "lisa", "liz",
		"lorna", "louise", "lucy", "lynne", "madeleine", "margaret", "margot", "maria", "marie", "marine",
		"martha", "mary", "megawati", "melanie", "michelle", "mo", "nancy", "natalie", "nicola", "nicole",
		"nina", "nora", "olga", "patricia", "patsy", "paula", "pauline", "penny", "priti", "rachel", "rebecca",
		"rosa", "rose", "ruth", "sally", "samantha", "sandra", "sarah", "segolene", "sharon", "shirley",
		"silvia", "sonia", "sophie", "stella", "susan", "suzanne", "sylvia", "tessa", "theresa", "tina",
		"tracey", "ursula", "valerie", "vera", "victoria", "virginia", "wendy", "yulia", "yvette", "yvonne",
		"zoe",
	)
	MaleNames = words(
		"abdul", "abdullah", "adam", "ahmad", "ahmed", "alan", "alastair", "albert", "alexander", "alexei",
		"ali", "alistair", "andrew", "andy", "anthony", "antonio", "ariel", "arnold", "barack", "benjamin",
		"bernard", "bill", "bob", "boris", "brian", "carl", "charles", "chris", "christopher", "clayton",
		"colin", "dan", "daniel", "david", "dennis", "dick", "dmitry", "donald", "douglas", "duncan", "ed",
		"edward", "elliott", "emmanuel", "eric", "ernest", "francis", "francois", "frank", "fred", "gary",
		"geoffrey", "george", "gerhard", "gordon", "graham", "harold", "hassan", "helmut", "henry", "hosni",
		"howard", "hugo", "iain", "ian", "ivan", "jack", "jacques", "james", "jean-claude", "jeremy", "jim",
		"jimmy", "joe", "johannes", "john", "jonathan", "jose", "joseph", "juan", "kenneth", "kevin", "khalid",
		"kofi", "lech", "leonid", "lionel", "mahmoud", "malcolm", "mark", "martin", "matthew", "menzies",
		"michael", "mikhail", "mohammed", "muammar", "nelson", "neil", "nick", "nicolas", "nikita", "norman",
		"oliver", "omar", "patrick", "paul", "peter", "philip", "pierre", "ralph", "raymond", "richard",
		"robert", "robin", "roger", "romano", "ronald", "rowan", "saddam", "sam", "samuel", "sergei", "sergey",
		"silvio", "simon", "stephen", "steve", "steven", "stuart", "thomas", "tim", "timothy", "tom", "tony",
		"vladimir", "walter", "william", "willy", "yasser", "yitzhak", "yuri",
	)
)

// PairNouns lists the nouns (lemmas) that, with "both" or "two", stand for
// two actors named before: "both countries", "the two sides".
var PairNouns = words("country", "nation", "side", "government", "state", "party")

// GovernmentNouns lists the nouns (lower case) by which an article refers
// to the government of the country it is about: "the government had
// asked". ("The cabinet" and "the administration" are bodies of their own
// to the annotators of ../shared/gold/news.)
var GovernmentNouns = words("government")

// PartitiveWords lists the quantifiers (lemmas) that, with "in" and a
// country or organization, stand for some of its people: "many in France
// would prefer", "some in the EU".
var PartitiveWords = words("many", "some", "most", "several", "few", "others")

// AgentNouns maps the nouns (lemmas) that describe a part of a country or
// organization acting for it to that part's CAMEO sector code: "senior
// Iranian officials" are Iran's government (GOV), "U.S. warships" its
// military (MIL), "Peru's parliament" its legislature (LEG). An argument
// headed by one of them, with a country or organization as its modifier,
// stands for that actor (extract/event, issue 14). An empty code is an
// actor in no particular sector.
var AgentNouns = map[string]string{
	"official": "GOV", "minister": "GOV", "government": "GOV", "administration": "GOV", "authority": "GOV",
	"cabinet": "GOV", "regime": "GOV", "diplomat": "GOV", "negotiator": "GOV", "delegation": "GOV",
	"delegate": "GOV", "envoy": "GOV", "ambassador": "GOV", "spokesman": "GOV", "spokeswoman": "GOV",
	"spokesperson": "GOV", "leader": "GOV", "leadership": "GOV", "ministry": "GOV", "embassy": "GOV",
	"army": "MIL", "military": "MIL", "force": "MIL", "troop": "MIL", "soldier": "MIL", "navy": "MIL",
	"warship": "MIL", "frigate": "MIL", "destroyer": "MIL", "jet": "MIL", "warplane": "MIL", "aircraft": "MIL",
	"gunboat": "MIL", "helicopter": "MIL", "commander": "MIL", "guard": "MIL", "artillery": "MIL",
	"parliament": "LEG", "congress": "LEG", "legislature": "LEG", "lawmaker": "LEG", "legislator": "LEG",
	"mp": "LEG", "senator": "LEG", "assembly": "LEG", "senate": "LEG",
	"police": "COP", "policeman": "COP",
	"court": "JUD", "judge": "JUD",
	"opposition": "OPP",
	"rebel":      "REB", "insurgent": "REB", "militant": "REB", "guerrilla": "REB",
	"media": "MED", "newspaper": "MED",
	"producer": "BUS", "exporter": "BUS", "company": "BUS", "firm": "BUS", "industry": "BUS",
	// The members of an organization act as it, in no sector: "OPEC members
	// agreed to limit production".
	"member": "",
	// A part of a country stands for it: "the southern part of Cyprus is
	// an EU member".
	"part": "",
}

// InstitutionNouns lists the head nouns (lower-case) of organization names
// by which an article refers back to the organization it named in full:
// "the Paris Club ... The Club said", "the Kissinger Commission ... the
// commission proposed", "the European Community ... the Community's"
// (extract/entity, issue 14). "house" and "office" are left out: "the
// House" is rarely the White House.
var InstitutionNouns = words(
	"commission", "club", "community", "committee", "council", "union", "bank", "fund", "agency",
	"ministry", "tribunal", "court", "conference", "assembly", "parliament", "congress", "organisation",
	"organization", "association", "alliance", "league", "front", "movement", "company", "corporation",
	"authority", "department", "board", "institute", "federation", "party", "senate",
)

// OrganizationHeads lists the last words (lower-case) of names that are
// always an organization, never a person, whatever the recognizer read:
// military units ("the al-Ghadeer Brigade") and bodies ("the Baath
// Party") (extract/entity, issue 14).
var OrganizationHeads = words(
	"brigade", "brigades", "corps", "division", "regiment", "battalion", "guards", "militia",
	"party", "commission", "committee", "council", "agency", "ministry", "tribunal", "association",
	"federation", "institute", "corporation", "organisation", "organization",
)

// OrganizationDescriptors lists the common nouns (lower-case) that may
// stand between a country's adjective and the name of one of its
// organizations: "the Iranian news agency IRNA", "the British newspaper
// the Independent" (extract/entity, issue 14).
var OrganizationDescriptors = words(
	"news", "agency", "newspaper", "paper", "daily", "weekly", "radio", "television", "broadcaster",
	"station", "company", "firm", "group", "bank", "airline", "carrier", "party", "army", "unit",
)

// MemberNouns maps the plural nouns (lower-case) that name the members of
// an institution to its head noun (InstitutionNouns): "The Commissioners,
// led by President Jacques Delors" are the Commission (extract/entity,
// issue 14).
var MemberNouns = map[string]string{
	"commissioners": "commission", "councillors": "council", "councilors": "council",
}

// GovernmentBodyHeads lists the last words (lower-case) of the names of
// government departments that a portfolio opens: "Finance Ministry",
// "Commerce Department" (extract/entity, issue 14). The recognizer often
// misses them after a demonym ("A French Finance Ministry statement").
var GovernmentBodyHeads = words("ministry", "department")

// NameParticles lists the lower-case words (and prefixes written with a
// hyphen) inside personal names: "Mana Said al-Oteiba", "Sheikh Zaid bin
// Sultan al-Nahayan", "Jaap de Hoop Scheffer" (extract/entity, issue 14).
var NameParticles = words(
	"al", "el", "bin", "ibn", "bint", "van", "von", "de", "der", "den", "da", "di", "du", "dos", "das",
)

// CombiningForms maps the combining forms of country names (lower-case)
// that open a hyphenated pair to the country's ISO code: "Franco-German"
// is France and Germany, "Sino-Soviet" China and the Soviet Union
// (extract/entity, issue 14).
var CombiningForms = map[string]string{
	"franco": "FRA", "anglo": "GBR", "sino": "CHN", "russo": "RUS", "italo": "ITA", "greco": "GRC",
	"austro": "AUT", "hispano": "ESP", "luso": "PRT", "germano": "DEU", "nippo": "JPN", "turco": "TUR",
	"polono": "POL", "israelo": "ISR",
}
