package extract

import (
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

// sentenceCase is one made-up news sentence and what must (and must not)
// be read from it. Statements are written "Subject — predicate — object",
// subject and object by their canonical name (or text, for concepts);
// a trailing " ~" marks a statement that must exist but not as an asserted
// edge, " -" one that must be negated.
type sentenceCase struct {
	name, text string
	want       []string
	not        []string // asserted statements that must not appear
}

// TestSentences checks the constructions that the news set showed wrong,
// one sentence each (issue 14). The sentences are made up.
func TestSentences(t *testing.T) {
	p := newPipeline(t, WithDate("2019-05-02"))
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := p.Document(t.Context(), schema.Document{ID: "t", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range ex.Statements {
				got = append(got, statementLine(s))
			}
			for _, w := range tc.want {
				if !hasStatement(ex.Statements, w) {
					t.Errorf("%q:\nmissing %s\ngot:\n  %s", tc.text, w, strings.Join(got, "\n  "))
				}
			}
			for _, w := range tc.not {
				if hasStatement(ex.Statements, w) {
					t.Errorf("%q:\nunwanted %s\ngot:\n  %s", tc.text, w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

var sentenceCases = []sentenceCase{
	{
		name: "many in a country stand for it",
		text: "And many in France would prefer Turkey to admit that the killing constituted genocide.",
		want: []string{"France — praise — Turkey ~"},
	},
	{
		name: "a title read as an adjective; congratulations sent to someone",
		text: "Both the Cardinal and Archbishop of Canterbury Dr Rowan Williams appealed for the weapons inspectors to be given more time. Tory leader Michael Howard sent Mr Bush his \"warmest congratulations\", saying he was pleased.",
		want: []string{"Rowan Williams — appeal — weapons inspectors", "Michael Howard — praise — Bush"},
	},
	{
		name: "arriving in, flying or travelling to a place visits it",
		text: "Tony Blair arrived in Baghdad on Monday. He later flew to Basra.",
		want: []string{"Tony Blair — visit — Baghdad", "Tony Blair — visit — Basra"},
	},
	{
		name: "the possessor of an act does what its gerund says",
		text: "The communique also welcomed President Reagan's firm action in vetoing trade protectionist measures in the Congress.",
		want: []string{"Ronald Reagan — veto — protectionist measures"},
	},
	{
		name: "a gerund before the noun an actor is reached through stays in the verb phrase",
		text: "Iran has also asked France to stop selling weapons to Iraq.",
		want: []string{"France — withdraw — Iraq ~"},
	},
	{
		name: "a bare 'the government' is the country that acted last; an inverted trailing speaker",
		text: "New Zealand has imposed sanctions against Fiji. Palmer said the government had asked High Commissioner Rod Gates to return. \"The government is employing the politics of confusion,\" argued Mr Palmer.",
		want: []string{"New Zealand — appeal — Rod Gates", "Palmer — disapprove — government is employing"},
		not:  []string{"New Zealand — disapprove — Palmer", "government — disapprove — Palmer"},
	},
	{
		name: "a vow joined to a reported clause is the reporter's; a word capitalized after 'U.S.' is common",
		text: "Iran said several people were injured in the attack on an Iranian oil site and vowed retaliation. The U.S. Said Iranians used the platforms for military purposes.",
		want: []string{"Iran — agree — retaliation", "United States — say — Iranians used the platforms"},
		not:  []string{"several people — agree — retaliation"},
	},
	{
		name: "the purpose of a passive is its named agent's",
		text: "It would lead to a buying spree for arms that could be used by China to threaten its diplomatic rival Taiwan. The US is bound by law to help Taiwan defend itself.",
		want: []string{"China — threaten — Taiwan ~"},
		not:  []string{"arms — threaten — Taiwan ~", "law — aid — Taiwan ~"},
	},
	{
		name: "a gerund 'towards' a verb is what is worked towards",
		text: "In December, the EU pledged to work towards lifting the ban.",
		want: []string{"European Union — agree — work towards lifting the ban", "European Union — lift — ban ~"},
	},
	{
		name: "an event noun's target hung on the verb by the parse, and an event that talks are about",
		text: "The ban was imposed in the aftermath of China's crackdown on protesters in Tiananmen Square. He arrived for talks on further Venezuelan assistance to Ecuador.",
		want: []string{"China — crack down on — protesters", "Venezuela — aid — Ecuador ~"},
		not:  []string{"Venezuela — aid — Ecuador"},
	},
	{
		name: "a reporting verb after the reported clause continues the first",
		text: "Tony Blair said some people were in a state of denial but predicted a more receptive mood would emerge soon.",
		want: []string{"Tony Blair — predict — receptive mood"},
		not:  []string{"some people — predict — receptive mood"},
	},
	{
		name: "a denial's owner denies its clause, whose 'it' is the owner",
		text: "The Israeli government refuses to accept Syria's denials that it was implicated in the nightclub bombing.",
		want: []string{"Syria — deny — implicated in the nightclub bombing", "Syria — be implicated in — nightclub bombing -"},
		not:  []string{"Syria — be implicated in — nightclub bombing"},
	},
	{
		name: "the possessor of an act does what the act does",
		text: "Iran's offensive was timed to coincide with the party's anniversary. Japan's statement criticised the United States. The southern part of Cyprus is an EU member.",
		want: []string{"Iran — time to coincide with — anniversary", "Japan — criticize — United States",
			"Cyprus — member_of — European Union"},
	},
	{
		name: "a message named with its author's name is the author's",
		text: "The Asean communique noted Japan's large trade surplus.",
		want: []string{"Association of Southeast Asian Nations — say — Japan's large trade surplus"},
	},
	{
		name: "the actor reached through a noun keeps the noun's modifiers in the verb phrase",
		text: "The EU has also announced that it will start accession talks with Croatia in April 2005.",
		want: []string{"European Union — consult — Croatia ~"},
	},
	{
		name: "a possessed institution noun is the institution named before",
		text: "The EC Commission will visit Bonn. Chancellor Helmut Kohl has invited the European Community's 17-man Commission for talks.",
		want: []string{"Helmut Kohl — consult — European Commission"},
	},
	{
		name: "talks between two parties are talks with each other",
		text: "Talks between France and Iran on the repayment of a loan have made progress.",
		want: []string{"France — consult — Iran"},
	},
	{
		name: "a passive feeling: the one who feels reacts to its cause",
		text: "Japan was angered by the U.S. decision. The EC ministers were encouraged by the talks with Japan.",
		want: []string{"Japan — disapprove — U.S. decision", "European Community — praise — talks with Japan"},
		not:  []string{"U.S. decision — anger — Japan"},
	},
	{
		name: "warned against doing: the warning, and the doing not done",
		text: "External Affairs Minister Joe Clark warned against raising the alarm too early. Mr Ancram argued against lifting the embargo.",
		want: []string{"Joe Clark — threaten — raising the alarm", "Joe Clark — raise — alarm -",
			"Ancram — disapprove — lifting the embargo", "Ancram — ease_sanctions — embargo -"},
		not: []string{"Joe Clark — raise — alarm", "Ancram — ease_sanctions — embargo"},
	},
	{
		name: "a party's member before a name",
		text: "In the Commons, Labour member Jane Hale criticized the ruling.",
		want: []string{"Jane Hale — member_of — Labour Party (UK)", "Jane Hale — hold_role — Member"},
		not:  []string{"House of Commons — member_of — Labour Party (UK)"},
	},
	{
		name: "both countries are the two coordinated before",
		text: "The Paris Club agreed to a rescheduling of Uganda's and Mozambique's debts. It said both countries faced heavy debt service obligations.",
		want: []string{"Uganda — face — debt service obligations", "Mozambique — face — debt service obligations"},
	},
	{
		name: "a passive without an agent says what it says of its patient",
		text: "British forces are stationed in Basra. Syria was implicated in the bombing in 1986. The EU was founded in 1957.",
		want: []string{"United Kingdom — be stationed in — Basra", "Syria — be implicated in — bombing"},
		not:  []string{"European Union — be founded in — 1957", "Syria — be implicated in — 1986"},
	},
	{
		name: "no passive statement from an active verb, a clause object or a bare second object",
		text: "Fears have been expressed that the plan would fail. A chain of events linked Mr Blunkett. Labour is not being straight with people.",
		want: []string{"Labour Party (UK) — be straight with — people -"},
		not:  []string{"Fears — be expressed that — plan would fail", "chain of events — be linked — Blunkett"},
	},
	{
		name: "the possessor of an intent noun intends its infinitive",
		text: "Germany supports Turkey's bid to join the European Union.",
		want: []string{"Turkey — join — European Union ~"},
	},
	{
		name: "the possessor of a refusal does not do it, however the infinitive was parsed",
		text: "Europe criticised George Bush's refusal to sign up to the Kyoto protocol.",
		want: []string{"George Bush — sign — Kyoto protocol -"},
		not:  []string{"Europe — sign — Kyoto protocol ~", "Europe — sign — Kyoto protocol"},
	},
	{
		name: "a refusal under 'despite' refuses its infinitive, not the main clause",
		text: "The US will act on global warming despite George Bush's refusal to sign up to the Kyoto protocol.",
		want: []string{"George Bush — sign — Kyoto protocol -"},
		not:  []string{"George Bush — reject — global warming"},
	},
	{
		name: "a verdict of importance praises",
		text: "Tony Blair said the deal was of \"fundamental importance\" to the peace of the world.",
		want: []string{"Tony Blair — praise — deal"},
	},
	{
		name: "titles and demonyms before names",
		text: "Dutch Prime Minister Mark Rutte met French President Emmanuel Macron in Paris.",
		want: []string{"Mark Rutte — meet — Emmanuel Macron", "Mark Rutte — member_of — Netherlands",
			"Emmanuel Macron — member_of — France", "Mark Rutte — hold_role — Prime Minister"},
	},
	{
		name: "perfect with a proper-noun subject",
		text: "Tony Blair has met Italian Prime Minister Silvio Berlusconi.",
		want: []string{"Tony Blair — meet — Silvio Berlusconi", "Silvio Berlusconi — member_of — Italy"},
	},
	{
		name: "a portfolio before the title, a party before that",
		text: "Liberal Democrat environment spokesman Norman Baker raised the issue of global warming.",
		want: []string{"Norman Baker — hold_role — Environment Spokesman", "Norman Baker — member_of — Liberal Democrats"},
	},
	{
		name: "a rank prefix and the title's own words",
		text: "Assistant Secretary of State Elliott Abrams told the committee on Tuesday.",
		want: []string{"Elliott Abrams — hold_role — Assistant Secretary of State"},
	},
	{
		name: "a title inside what the recognizer read as one organization",
		text: "EC External Trade Commissioner Willy De Clercq has written to Clayton Yeutter.",
		want: []string{"Willy De Clercq — hold_role — External Trade Commissioner",
			"Willy De Clercq — member_of — European Community", "Willy De Clercq — write to — Clayton Yeutter"},
	},
	{
		name: "a title set before the name in an apposition",
		text: "Mr Blair met his Israeli counterpart, Ariel Sharon, in Jerusalem.",
		want: []string{"Ariel Sharon — hold_role — Counterpart", "Ariel Sharon — member_of — Israel"},
	},
	{
		name: "an organization's person and a party member",
		text: "The BBC's Paul Reynolds said Democrat John Kerry had conceded.",
		want: []string{"Paul Reynolds — member_of — BBC", "John Kerry — member_of — Democratic Party (United States)"},
	},
	{
		name: "she is the woman named before",
		text: "Theresa May met Gordon Brown in London. She urged him to act.",
		want: []string{"Theresa May — appeal — Gordon Brown"},
		not:  []string{"Gordon Brown — appeal — Gordon Brown"},
	},
	{
		name: "it is the country that speaks",
		text: "China said it would sell arms to Iran.",
		want: []string{"China — sell — arms ~"},
	},
	{
		name: "an expletive it stands for nothing",
		text: "Iran met Iraq. It is likely that talks will resume.",
		not:  []string{"Iraq — resume — talks", "Iran — resume — talks"},
	},
	{
		name: "a description names the salient person and gives the role",
		text: "Tony Blair arrived in Rome on Monday. The prime minister urged Italy to act.",
		want: []string{"Tony Blair — hold_role — Prime Minister", "Tony Blair — appeal — Italy"},
	},
	{
		name: "a description is not someone named beside it",
		text: "George Bush will change his approach, Tony Blair has said. The prime minister said Mr Bush had learned.",
		want: []string{"Tony Blair — hold_role — Prime Minister"},
		not:  []string{"George W. Bush — hold_role — Prime Minister"},
	},
	{
		name: "a title phrase before a verb is a speaker, not an apposition",
		text: "Condoleezza Rice, the prime minister said, has made her choice.",
		not:  []string{"Condoleezza Rice — hold_role — Prime Minister"},
	},
	{
		name: "an apposition's title with the person it serves",
		text: "Myron Ebell, an adviser on climate change to President Bush, rejected the threat.",
		want: []string{"Myron Ebell — hold_role — Adviser", "Myron Ebell — member_of — Bush"},
	},
	{
		name: "a title-case headline names no person 'Looks To Ease Tension'",
		text: "Uk Minister Looks To Ease Tension With Japan\n\nA British minister arrived in Tokyo on Friday to ease tension with Japan.",
		not:  []string{"Looks — hold_role — Uk Minister", "Looks To Ease Tension — hold_role — Uk Minister"},
	},
	{
		name: "a government office's holder belongs to the country the gazetteer gives",
		text: "Prime Minister Tony Blair arrived in Rome.",
		want: []string{"Tony Blair — member_of — United Kingdom"},
	},
	{
		name: "we in a quotation is its speaker, over the quotation's sentences",
		text: "Michael Howard said: \"It is a good day. We look to the president to lead.\"",
		want: []string{"Michael Howard — look to — president"},
	},
	{
		name: "a vow is no fact yet",
		text: "Canada vowed to fight the United States over potash.",
		want: []string{"Canada — attack — United States ~"},
		not:  []string{"Canada — attack — United States"},
	},
	{
		name: "ready to, keen to: intended",
		text: "Mr Abbas said the Palestinians were ready to negotiate with Israel.",
		not:  []string{"Palestinians — negotiate — Israel", "Palestinians — agree — Israel"},
	},
	{
		name: "an object-control wish is intended",
		text: "France would prefer Turkey to recognise the genocide.",
		not:  []string{"Turkey — recognize — genocide"},
	},
	{
		name: "a refusal rejects and does not do",
		text: "Israel refuses to accept Syria's denials.",
		want: []string{"Israel — reject — Syria's denials", "Israel — refuse to accept — Syria's denials -"},
		not:  []string{"Israel — accept — Syria"},
	},
	{
		name: "rather than: not done",
		text: "Mr Blair visited the troops rather than lay a wreath in Basra.",
		not:  []string{"Tony Blair — lay — wreath"},
	},
	{
		name: "a purpose is intended",
		text: "China wants the ban lifted in order to buy weapons from France.",
		not:  []string{"China — buy — weapons"},
	},
	{
		name: "a conjunct shares the future of its first verb",
		text: "Britain will host the summit and chair the talks.",
		not:  []string{"United Kingdom — chair — talks"},
	},
	{
		name: "a denied allegation is no fact",
		text: "Ebbers rejected allegations he pressured Sullivan.",
		not:  []string{"Ebbers — coerce — Sullivan"},
	},
	{
		name: "an actor described by its officials, ministers or warships",
		text: "Senior Iranian officials met EC foreign ministers. U.S. warships shelled two Iranian platforms on Monday.",
		want: []string{"Iran — meet — European Community", "United States — attack — two Iranian platforms"},
	},
	{
		name: "a month and year give the event date; a time after writing is no fact yet",
		text: "Russia annexed Crimea in March 2014. Britain chairs the G8 summit next year.",
		want: []string{"Russia — annex — Crimea"},
		not:  []string{"United Kingdom — chair — G8 summit"},
	},
	{
		name: "intent climbs the chain of complements",
		text: "The EU pledged to work towards lifting the ban.",
		not:  []string{"European Union — lift — ban"},
	},
	{
		name: "needed to and was urged to: not done",
		text: "America needed to listen to the world. Mr Blair was urged to push for action on climate change.",
		not:  []string{"United States — listen to — world", "Blair — push for — action"},
	},
	{
		name: "a country before the first of two titled names serves both",
		text: "Iranian Oil Minister Gholamreza Aqazadeh arrived in Abu Dhabi. He will meet UAE President Sheikh Zaid bin Sultan al-Nahayan and Oil Minister Mana Said al-Oteiba.",
		want: []string{"Mana Said al-Oteiba — member_of — United Arab Emirates", "Zaid bin Sultan al-Nahayan — member_of — United Arab Emirates",
			"Gholamreza Aqazadeh — meet — Zaid bin Sultan al-Nahayan ~"},
		not: []string{"Gholamreza Aqazadeh — meet — United Arab Emirates"},
	},
	{
		name: "a country that is the person's own stays theirs",
		text: "U.S. President George Bush and Prime Minister Tony Blair met in London.",
		not:  []string{"Tony Blair — member_of — United States"},
	},
	{
		name: "a counterpart named in apposition",
		text: "EC Trade Commissioner Willy De Clercq has written to his U.S. counterpart, Trade Representative Clayton Yeutter, about the bill.",
		want: []string{"Willy De Clercq — write to — Clayton Yeutter"},
	},
	{
		name: "a participle hyphened to a name",
		text: "The report follows the recommendations of the Reagan-appointed Kissinger Commission.",
		want: []string{"Reagan — appoint — Kissinger Commission"},
	},
	{
		name: "a passive's agent after a time, a time beside a subject, a named receiver",
		text: "The EU's move was welcomed at the time by Beijing. Santos Alvite last night met Arturo Hernandez Grisanti. Fellow OPEC member Venezuela has already agreed to lend Ecuador five mln barrels of crude.",
		want: []string{"Beijing — praise — EU's move", "Santos Alvite — meet — Arturo Hernandez Grisanti", "Venezuela — agree — Ecuador"},
	},
	{
		name: "memberships written out",
		text: "OPEC members Gabon, Algeria and Libya agreed. The Iranian Revolutionary Guards attacked.",
		want: []string{"Gabon — member_of — OPEC",
			"Libya — member_of — OPEC", "Revolutionary Guard — affiliated_with — Iran"},
	},
	{
		name: "event nouns with their agent written before them or after 'from'",
		text: "The EU embargo on China stays. A letter from Nakasone to Thatcher arrived.",
		want: []string{"European Union — sanction — China", "Nakasone — write to — Margaret Thatcher"},
	},
	{
		name: "next week's visit is no fact yet",
		text: "They hope for a breakthrough during next week's visit to Tokyo by Michael Howard.",
		want: []string{"Michael Howard — visit — Tokyo ~"},
	},
	{
		name: "a title set before a name stands for its holder",
		text: "Mr Blair held talks with his Israeli counterpart, Ariel Sharon, in Jerusalem.",
		want: []string{"Blair — consult — Ariel Sharon"},
	},
	{
		name: "a listener who is no named actor is not what was said",
		text: "The senator told reporters the talks with Iran had failed. Japan told Britain that it would retaliate.",
		want: []string{"senator — say — the talks with Iran had failed", "Japan — say — United Kingdom"},
		not:  []string{"senator — say — reporters"},
	},
	{
		name: "reported speech parsed apart from its attribution",
		text: "Solving the conflict in the Middle East was the world's most pressing challenge, Mr Blair warned.",
		want: []string{"Blair — threaten — Solving the conflict in the Middle East"},
	},
	{
		name: "a copula with a noun of stance or membership",
		text: "Mr Blair is an enthusiastic proponent of Turkish accession. Cyprus is an EU member.",
		want: []string{"Blair — support — Turkish accession", "Cyprus — member_of — European Union"},
	},
	{
		name: "an event noun between two objects",
		text: "Michael Howard sent Mr Bush his warmest congratulations.",
		want: []string{"Michael Howard — praise — Bush"},
	},
	{
		name: "an interview given, an event noun that needs no target",
		text: "In an interview with the BBC, Mr Blair said President Bush's re-election was good news.",
		want: []string{"Blair — say — BBC", "Bush — win — re-election"},
	},
	{
		name: "an actor reached through the object noun",
		text: "Japan may take retaliatory measures against the United States.",
		want: []string{"Japan — take measure against — United States ~"},
	},
	{
		name: "a conjoined verb of its own continues the speaker",
		text: "Myron Ebell has said there would be no change in the US stance and rejected the threat of climate change.",
		want: []string{"Myron Ebell — reject — threat of climate change"},
	},
	{
		name: "a verdict in what a speaker says",
		text: "Michael Ancram said Jack Straw was naive beyond belief.",
		want: []string{"Michael Ancram — criticize — Jack Straw"},
	},
	{
		name: "a present progressive of travel is an arrangement",
		text: "Mr Chirac is going to a memorial service in Abu Dhabi.",
		not:  []string{"Chirac — consult — memorial service"},
	},
	{
		name: "a form of address is no role",
		text: "Sir Geoffrey Howe met Japanese officials.",
		not:  []string{"Geoffrey Howe — hold_role — Sir"},
	},
	{
		name: "a list parsed as a chain, its last conjunct a subject of its own",
		text: "Britain, Spain, Austria, the Netherlands and Sweden want the EU budget to be capped at 1% of national income.",
		want: []string{"Netherlands — want to cap — EU budget ~", "Sweden — want to cap — EU budget ~",
			"United Kingdom — want to cap — EU budget ~"},
	},
	{
		name: "the participle a result verb wants its object in",
		text: "The French want the embargo lifted.",
		want: []string{"France — ease_sanctions — embargo ~"},
	},
	{
		name: "a preposition stranded in a relative clause",
		text: "Paris supports a tax which West Germany is against.",
		want: []string{"Germany — be against — tax"},
	},
	{
		name: "the one an agency quotes as saying is the speaker",
		text: "The official news agency quoted Ali Khamenei as saying that Iran would retaliate.",
		want: []string{"Ali Khamenei — say — Iran would retaliate"},
		not:  []string{"The official news agency — say — Ali Khamenei"},
	},
	{
		name: "an attribution in parataxis is not what was agreed",
		text: "The Paris Club agreed to a major rescheduling of Uganda's debts, the Club said in a statement.",
		want: []string{"Paris Club — agree — rescheduling of Uganda's debts"},
		not:  []string{"Paris Club — agree — Club said in a statement"},
	},
	{
		name: "a verdict given with 'as' joins the relation",
		text: "Iran's oil minister described the talks as constructive.",
		want: []string{"Iran — praise — talks"},
	},
	{
		name: "an indirect question asserts nothing",
		text: "The senator asked whether Russia had attacked Ukraine.",
		want: []string{"Russia — attack — Ukraine ~"},
		not:  []string{"Russia — attack — Ukraine"},
	},
	{
		name: "leading talks or a march is no standing role",
		text: "Sergei Lavrov led the talks with John Kerry. The protesters led a march on parliament in Kiev.",
		want: []string{"Sergey Lavrov — consult — John Kerry"},
		not:  []string{"Sergey Lavrov — leader_of — John Kerry", "protesters — leader_of — parliament in Kiev"},
	},
	{
		name: "a purpose after a meeting is the one who met's, and a gerund's subject after a preposition",
		text: "Tony Blair has met Italian Prime Minister Silvio Berlusconi to talk about Turkey entering the EU.",
		want: []string{"Tony Blair — consult — Turkey entering the EU", "Silvio Berlusconi — consult — Turkey entering the EU",
			"Turkey — enter — European Union ~"},
		not: []string{"Silvio Berlusconi — enter — European Union", "Tony Blair — enter — European Union"},
	},
	{
		name: "a conjunct of a demanded verb is demanded too",
		text: "Russia asked Germany to expel the diplomats and stop selling arms to Ukraine.",
		want: []string{"Germany — stop sell arm to — Ukraine -"},
		not:  []string{"Germany — stop sell arm to — Ukraine"},
	},
	{
		name: "an absolute clause has its own subject",
		text: "Canada exported 9.8 mln tonnes of potash last year, with nearly a third going to the U.S.",
		not:  []string{"Canada — consult — United States"},
	},
	{
		name: "an office is a title, not a body; a title before the next name is that name's",
		text: "Also present were US Deputy Secretary of State Richard Armitage, UN Secretary General Kofi Annan and World Bank officials.",
		want: []string{"Kofi Annan — hold_role — Secretary-General", "Kofi Annan — member_of — United Nations",
			"Richard Armitage — hold_role — Deputy Secretary of State"},
		not: []string{"Richard Armitage — hold_role — Secretary-General"},
	},
	{
		name: "a body before 'affairs' is the portfolio; an international body belongs to no country",
		text: "German EC affairs minister Klaus Mueller told journalists that his country could not agree.",
		want: []string{"Klaus Mueller — hold_role — EC Affairs Minister", "Klaus Mueller — member_of — Germany"},
		not:  []string{"Klaus Mueller — member_of — European Community", "European Community — member_of — Germany"},
	},
	{
		name: "a gazetteer name with honorifics finds its holder's country",
		text: "The agency quoted President Ali Khamenei as saying that Iran would respond.",
		want: []string{"Ali Khamenei — member_of — Iran"},
	},
	{
		name: "an office of a body is no office of the holder's country",
		text: "European commission president Romano Prodi said the rebate was unfair.",
		not:  []string{"Romano Prodi — member_of — Italy"},
	},
	{
		name: "a person from or of an organization is its member",
		text: "Kenneth Roth, from the US's Human Rights Watch, said the trial was unfair. Irene Khan of Amnesty International agreed.",
		want: []string{"Kenneth Roth — member_of — Human Rights Watch", "Irene Khan — member_of — Amnesty International"},
	},
	{
		name: "an event noun done to what actors own reaches them",
		text: "The Paris Club agreed to a rescheduling of Zambia's and Malawi's commercial debts.",
		want: []string{"Paris Club — agree — Zambia", "Paris Club — agree — Malawi"},
	},
	{
		name: "an 'it' the parse took for an expletive is the subject of a verb no expletive goes with",
		text: "China warned Japan it may take retaliatory measures if Tokyo imposes the planned tariffs.",
		want: []string{"China — take — retaliatory measures ~"},
	},
	{
		name: "what someone is called is no call to them",
		text: "Mr Obama announced the sanctions in retaliation for what he called Russia's failure to honour a 2014 agreement.",
		not:  []string{"Barack Obama — consult — Russia's failure"},
	},
	{
		name: "an acronym of a title-case headline is the article's",
		text: "Ec Warns Canada On Fishing Quotas\n\nThe EC warned Canada that it would act on fishing quotas.",
		want: []string{"European Community — threaten — Canada"},
		not:  []string{"Ec — threaten — Canada"},
	},
	{
		name: "what a clause goes ahead despite is what the opposition is to",
		text: "The German chancellor has defended plans to sell submarines to Israel, despite opposition from France and Spain.",
		want: []string{"France — oppose — plans to sell submarines", "Spain — oppose — plans to sell submarines"},
	},
	{
		name: "a named actor the clause acts on is not what the opposition is to",
		text: "The army shelled Kobani despite protests from Turkey.",
		not:  []string{"Turkey — protest — Kobani"},
	},
	{
		name: "a judging verb's 'as' is no consultation",
		text: "The minister did not consider the new Congress as protectionist.",
		not:  []string{"minister — consult — Congress -"},
	},
	{
		name: "a participle after a person's name is theirs",
		text: "The senator appealed for the release of aid worker Anna Berg, kidnapped in Iraq.",
		not:  []string{"senator — abduct — Iraq"},
	},
	{
		name: "a passive of exclusion names the excluding body after 'from'",
		text: "The diplomats were expelled from Russia.",
		want: []string{"Russia — expel — diplomats"},
	},
	{
		name: "praise won from an actor is the actor's",
		text: "The plan drew criticism from Japan.",
		want: []string{"Japan — criticize — plan"},
	},
	{
		name: "a saying reaches no actor through what is said, a letter reaches its addressee",
		text: "Kohl wrote a letter to Delors.",
		want: []string{"Helmut Kohl — write letter to — Jacques Delors"},
	},
	{
		name: "each conjunct of a passive's agent, and a later 'and by' one",
		text: "The meeting was attended by farm ministers from both countries and by Prime Minister Jacques Chirac, and by Chancellor Helmut Kohl.",
		want: []string{"Jacques Chirac — attend — meeting", "Helmut Kohl — attend — meeting", "farm ministers from both countries — attend — meeting"},
	},
	{
		name: "'they' for a country or organization that a plural agent noun describes",
		text: "EC foreign ministers met in Brussels on Monday. They said they would impose sanctions on Japan. US officials say they will not attack Iran.",
		want: []string{"European Community — sanction — Japan ~", "United States — attack — Iran -"},
	},
	{
		name: "'they' for a nationality standing for its people",
		text: "The French want the embargo lifted because they want to sell arms to China.",
		want: []string{"France — want to sell arm to — China ~"},
	},
	{
		name: "an organization named again by its head noun",
		text: "The Paris Club agreed to reschedule the debts of Uganda. The Club said it would help Uganda.",
		want: []string{"Paris Club — aid — Uganda ~"},
	},
	{
		name: "a plural agent noun alone after the actor it described",
		text: "EC foreign ministers met in Brussels on Monday. Ministers also called on Japan to open its markets.",
		want: []string{"European Community — appeal — Japan"},
	},
	{
		name: "a common word capitalized after 'U.S.' is no part of a name",
		text: "The U.S. Said Iranians had fired on an American helicopter.",
		want: []string{"Iranians — attack — United States"},
	},
	{
		name: "a body's name after 'U.S.' stays a name",
		text: "Canada said the U.S. Congress would impose quotas.",
		want: []string{"Congress — affiliated_with — United States"},
	},
	{
		name: "'his country' is the country of the man 'his' stands for",
		text: "French EC affairs minister Bernard Bosson said his country could not accept the tax.",
		want: []string{"France — accept — tax -"},
	},
	{
		name: "'both countries' are the last two countries named",
		text: "Uganda and Mozambique asked for help. Both countries faced heavy debts, the Paris Club said.",
		want: []string{"Uganda — face — heavy debts"},
	},
	{
		name: "a ministry named with its country, a rank before the country",
		text: "Deputy Iranian Finance Minister Mehdi Navvab held talks with the French Finance Ministry.",
		want: []string{"French Finance Ministry — affiliated_with — France", "Mehdi Navvab — hold_role — Deputy Finance Minister"},
	},
	{
		name: "memberships implied: a country set against 'other EC states', a 'non-OPEC' country",
		text: "Britain has given the clearest backing to the idea, although several other EC states back it. Venezuela and non-OPEC Mexico may share it.",
		want: []string{"United Kingdom — member_of — European Community", "Mexico — member_of — OPEC -"},
	},
	{
		name: "the verb of a demanded clause after a name",
		text: "The EC would continue to insist that Japan boost imports and stimulate domestic demand.",
		want: []string{"Japan — boost — imports ~", "Japan — stimulate — domestic demand ~"},
	},
	{
		name: "an infinitive after a name is the purpose of its clause",
		text: "Iranian Oil Minister Gholamreza Aqazadeh is in the United Arab Emirates (UAE) to discuss oil prices, Iranian officials said.",
		want: []string{"Gholamreza Aqazadeh — consult — oil prices ~"},
	},
	{
		name: "a relative clause after 'also known as' is the first name's, and the alias no relation",
		text: "The conference will shore up the leadership of Mahmoud Abbas, also known as Abu Mazen, who is expected to win the presidential election.",
		want: []string{"Mahmoud Abbas — expect to win — presidential election ~"},
		not:  []string{"Mahmoud Abbas — be known as — Abu Mazen"},
	},
	{
		name: "a meeting in a named place visits it, unless the place is the person's own country",
		text: "Mr Blunkett met his EU counterparts in Luxembourg on Monday. British Foreign Secretary Jack Straw met farmers in Britain.",
		want: []string{"David Blunkett — visit — Luxembourg"},
		not:  []string{"Jack Straw — visit — United Kingdom"},
	},
	{
		name: "talks held, in a clause's setting, are its subject's; talks still to come are not",
		text: "At a news conference following talks with Mr Blair, Mr Abbas said the British prime minister was in a unique position. Ahead of talks with Mr Brown, Mr Chirac said little.",
		want: []string{"Abbas — consult — Blair"},
		not:  []string{"Chirac — consult — Brown"},
	},
	{
		name: "where a gathering the object names was held",
		text: "Iraqi President Saddam Hussein, who presided over a meeting of his top military commanders in Baghdad two days ago, visited Mosul today.",
		want: []string{"Saddam Hussein — preside over meeting in — Iraq"},
	},
	{
		name: "names 'along with' a subject share it",
		text: "Paris supports a tax which West Germany is against, along with Britain and Denmark.",
		want: []string{"Germany — be against — tax", "United Kingdom — be against — tax", "Denmark — be against — tax"},
	},
	{
		name: "an organization's country or parent body: in its name, with a descriptor, as possessor, after of",
		text: "The official Saudi Press Agency quoted him. The Iranian news agency, IRNA, said the al-Ghadeer Brigade of the Iranian Revolutionary Guards had been destroyed. " +
			"Kohl invited the European Community's 17-man Commission for talks. Ministers called on the EC Commission to act.",
		want: []string{"Saudi Press Agency — affiliated_with — Saudi Arabia", "Islamic Republic News Agency — affiliated_with — Iran",
			"Ghadeer Brigade — affiliated_with — Revolutionary Guard",
			"European Commission — affiliated_with — European Community"},
	},
	{
		name: "a pronoun outside a quotation is not one of its words, one inside is not its speaker",
		text: `Tony Blair spoke in London on Monday. "President Bush won the election. He is there because the American people have chosen him," he said. He also praised Jacques Chirac.`,
		want: []string{"Tony Blair — praise — Jacques Chirac", "American people — choose — Bush"},
		not:  []string{"Bush — praise — Jacques Chirac"},
	},
	{
		name: "a country in a title phrase set before the titles",
		text: "EC Commissioner Willy De Clercq wrote to his U.S. Counterpart, Trade Representative Clayton Yeutter.",
		want: []string{"Clayton Yeutter — member_of — United States"},
		not:  []string{"Clayton Yeutter — hold_role — Counterpart"},
	},
	{
		name: "a portfolio of two words, a country after the name",
		text: "Venezuelan energy and mines minister Arturo Hernandez Grisanti met Chancellor Helmut Kohl of West Germany.",
		want: []string{"Arturo Hernandez Grisanti — member_of — Venezuela", "Arturo Hernandez Grisanti — hold_role — Energy and Mines Minister",
			"Helmut Kohl — member_of — Germany"},
	},
	{
		name: "the members of an institution stand for it",
		text: "The EC Commission was invited to Bonn. The Commissioners, led by President Jacques Delors, will visit Bonn.",
		want: []string{"Jacques Delors — leader_of — European Commission"},
	},
	{
		name: "an aide to a person, a name with particles, an office given with 'as'",
		text: "Roland Dumas, a close aide to President Francois Mitterrand, met Oil Minister Mana Said al-Oteiba. George W Bush will begin his second term as US President.",
		want: []string{"Roland Dumas — hold_role — Aide", "Mana Said al-Oteiba — hold_role — Oil Minister",
			"George W Bush — member_of — United States"},
	},
	{
		name: "a quotation that reopens without closing, one with no attribution of its own",
		text: `Robert Kilroy-Silk left the party. Party leader Roger Knapman said: "We know the voters are angry. "He has remarkable ability to influence people," Mr Knapman said.` + "\n" +
			`Menzies Campbell said Gordon Brown was wrong.` + "\n" + `"He should meet Jacques Chirac."`,
		want: []string{"Robert Kilroy-Silk — have ability to — influence people", "Gordon Brown — meet — Jacques Chirac ~"},
	},
	{
		name: "a capitalized title after 'the' is its last holder, a title with its see",
		text: "Cardinal Cormac Murphy-O'Connor spoke on Sunday. The Cardinal criticised Tony Blair. Archbishop of Canterbury Dr Rowan Williams agreed.",
		want: []string{"Cormac Murphy-O'Connor — criticize — Tony Blair", "Rowan Williams — hold_role — Archbishop of Canterbury"},
	},
}

func statementLine(s schema.Statement) string {
	line := cmpOr(s.Subject.Name, s.Subject.Text) + " — " + s.Predicate + " — " + cmpOr(s.Object.Name, s.Object.Text)
	switch {
	case s.Polarity == schema.Negated:
		line += " -"
	case !s.IsAsserted():
		line += " ~"
	}
	return line
}

// hasStatement reports whether a statement reads as want: subject and
// predicate equal, the object's name or text equal to (or, for concepts,
// containing) want's object, and the same assertion mark.
func hasStatement(st []schema.Statement, want string) bool {
	mark := ""
	if w, ok := strings.CutSuffix(want, " ~"); ok {
		want, mark = w, " ~"
	} else if w, ok := strings.CutSuffix(want, " -"); ok {
		want, mark = w, " -"
	}
	parts := strings.Split(want, " — ")
	if len(parts) != 3 {
		return false
	}
	for _, s := range st {
		line := statementLine(s)
		if !strings.HasSuffix(line, mark) || mark == "" && (strings.HasSuffix(line, " ~") || strings.HasSuffix(line, " -")) {
			continue
		}
		if cmpOr(s.Subject.Name, s.Subject.Text) != parts[0] || s.Predicate != parts[1] {
			continue
		}
		if s.Object.Name == parts[2] || strings.Contains(strings.ToLower(s.Object.Text), strings.ToLower(parts[2])) {
			return true
		}
	}
	return false
}

// TestDescribedConjuncts: an event with the officials of several actors
// reaches each of them, through a measure noun and a "with" phrase the
// parse may hang on a time word.
func TestDescribedConjuncts(t *testing.T) {
	p := newPipeline(t)
	text := "The ministers of the Arab League are due to start four days of talks tomorrow with officials of Brazil, Chile and Peru."
	ex, err := p.Document(t.Context(), schema.Document{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range ex.Statements {
		if s.Object.Name != "" {
			got[s.Object.Name] = s.Verb
		}
	}
	for _, want := range []string{"Brazil", "Chile", "Peru"} {
		if v, ok := got[want]; !ok || !strings.Contains(v, "talks with") {
			t.Errorf("no talks with %s (verb %q); got %v", want, v, got)
		}
	}
}

// TestScareQuotes: a few quoted words inside a sentence are parsed as if
// unquoted, the marks hung on the phrase.
func TestScareQuotes(t *testing.T) {
	p := newPipeline(t)
	ad := p.Annotate(schema.Document{ID: "t", Text: `Tony Blair is urging European leaders to wake up from their "state of denial" over the election.`})
	toks := ad.Sentences[0].Tokens
	var state, open int
	for i, tk := range toks {
		switch {
		case tk.Text == "state":
			state = i
		case tk.Text == `"` && open == 0:
			open = i
		}
	}
	if toks[open].Head != state || toks[open].Dep != "punct" {
		t.Errorf("opening quote is %s of %d, want punct of %q", toks[open].Dep, toks[open].Head, "state")
	}
	if h := toks[state].Head; h < 0 || toks[h].Text != "wake" {
		t.Errorf("'state' hangs on %d, want 'wake' (the parse with the marks hung it elsewhere)", h)
	}
}

// TestDashAside: an aside between dashes is parsed apart and hung on the
// noun before it; a hyphen inside a word is none.
func TestDashAside(t *testing.T) {
	p := newPipeline(t)
	ex, err := p.Document(t.Context(), schema.Document{ID: "t", Text: "Abrams said a majority of the Senate -- led by Democrats for the first time in six years -- would back the military request in the Democratic-controlled House."})
	if err != nil {
		t.Fatal(err)
	}
	var led, controlled bool
	for _, s := range ex.Statements {
		if s.Subject.Name == "Democrats" && s.Object.Text == "the Senate" {
			led = true
		}
		if strings.Contains(s.Verb, "controlled") {
			controlled = true
		}
	}
	if !led || !controlled {
		t.Errorf("Democrats lead the Senate: %v; Democratic-controlled read: %v", led, controlled)
	}
}
