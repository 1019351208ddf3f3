package main

// Hand-curated additions (source "curated"): short forms and names that the
// open datasets lack or spell differently, and the office titles and ranks
// that news prose puts before names. Keep this list short; everything that
// can come from the data does.

// curatedCountryAliases adds surface forms to countries (by ISO3).
var curatedCountryAliases = map[string][]string{
	"USA": {"U.S.", "U.S.A.", "America", "United States", "U.S.A", "USA", "US", "United States of America"},
	"GBR": {"Britain", "Great Britain", "U.K.", "UK"},
	"RUS": {"Russian Federation"},
	"NLD": {"Holland"},
	"MMR": {"Burma"},
	"CIV": {"Ivory Coast"},
	"CZE": {"Czech Republic"},
	"PRK": {"North Korea", "DPRK"},
	"KOR": {"South Korea"},
	"COD": {"DR Congo", "DRC"},
	"ARE": {"UAE", "Emirates"},
	"VAT": {"Vatican"},
	"PSE": {"Palestine", "Palestinian territories"},
	// The Federal Republic, which Germany continues (CAMEO codes both DEU).
	"DEU": {"West Germany", "Federal Republic of Germany"},
}

// curatedCountryNames replaces the common name mledoze gives a country by
// the title of its English Wikipedia article, the canonical name kgraph
// and its gold files use (GUIDELINES.md).
var curatedCountryNames = map[string]string{
	"TUR": "Turkey", "CZE": "Czech Republic", "COD": "Democratic Republic of the Congo",
	"COG": "Republic of the Congo", "TLS": "East Timor", "FSM": "Federated States of Micronesia",
}

// curatedDemonyms adds demonyms (adjective, plural people) to countries.
var curatedDemonyms = map[string][][2]string{
	"GBR": {{"British", "Britons"}, {"English", ""}, {"Scottish", "Scots"}, {"Welsh", ""}},
	"USA": {{"American", "Americans"}, {"U.S.", ""}},
	"NLD": {{"Dutch", ""}},
	"FRA": {{"French", ""}},
	"CHN": {{"Chinese", ""}},
	"JPN": {{"Japanese", ""}},
	"PRK": {{"North Korean", "North Koreans"}},
	"KOR": {{"South Korean", "South Koreans"}},
	"ISR": {{"Israeli", "Israelis"}},
	"PSE": {{"Palestinian", "Palestinians"}},
	"DEU": {{"West German", "West Germans"}},
}

// curatedCapitals adds spellings of capitals (seat of government) by ISO3.
var curatedCapitals = map[string][]string{
	"UKR": {"Kiev"},
	"USA": {"Washington"},
	"IND": {"Delhi"},
}

// curatedPlace is a region or place common in news.
type curatedPlace struct {
	Name, Type, Country string
	Aliases             []string
	Demonym, People     string
	// ISO is the code of a country no longer in ISO 3166-1, as CAMEO codes
	// it (SUN for the Soviet Union).
	ISO string
}

var curatedPlaces = []curatedPlace{
	// States of 1987 news that ISO 3166-1 no longer lists.
	{Name: "Soviet Union", Type: "Country", ISO: "SUN", Aliases: []string{"USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"}, Demonym: "Soviet", People: "Soviets"},
	{Name: "East Germany", Type: "Country", ISO: "DDR", Aliases: []string{"German Democratic Republic", "GDR"}, Demonym: "East German", People: "East Germans"},
	{Name: "Czechoslovakia", Type: "Country", ISO: "CSK", Demonym: "Czechoslovak", People: "Czechoslovaks"},
	{Name: "Yugoslavia", Type: "Country", ISO: "YUG", Demonym: "Yugoslav", People: "Yugoslavs"},
	{Name: "Crimea", Type: "GPE", Country: "UKR", Aliases: []string{"Crimean peninsula", "Crimean Peninsula"}, Demonym: "Crimean", People: "Crimeans"},
	{Name: "Donetsk", Type: "GPE", Country: "UKR"},
	{Name: "Luhansk", Type: "GPE", Country: "UKR", Aliases: []string{"Lugansk"}},
	{Name: "Donbas", Type: "GPE", Country: "UKR", Aliases: []string{"Donbass"}},
	{Name: "Sevastopol", Type: "GPE", Country: "UKR"},
	{Name: "Kharkiv", Type: "GPE", Country: "UKR", Aliases: []string{"Kharkov"}},
	{Name: "Odessa", Type: "GPE", Country: "UKR", Aliases: []string{"Odesa"}},
	{Name: "Chechnya", Type: "GPE", Country: "RUS", Demonym: "Chechen", People: "Chechens"},
	{Name: "Gaza", Type: "GPE", Country: "PSE", Aliases: []string{"Gaza Strip"}},
	{Name: "West Bank", Type: "GPE", Country: "PSE"},
	{Name: "Kashmir", Type: "GPE", Demonym: "Kashmiri", People: "Kashmiris"},
	{Name: "Kurdistan", Type: "GPE", Demonym: "Kurdish", People: "Kurds"},
	{Name: "Tibet", Type: "GPE", Country: "CHN", Demonym: "Tibetan", People: "Tibetans"},
	{Name: "Scotland", Type: "GPE", Country: "GBR"},
	{Name: "Wales", Type: "GPE", Country: "GBR"},
	{Name: "England", Type: "GPE", Country: "GBR"},
	{Name: "Northern Ireland", Type: "GPE", Country: "GBR"},
	{Name: "Middle East", Type: "Location", Aliases: []string{"Mideast"}},
	{Name: "Black Sea", Type: "Location"},
	{Name: "Baltic Sea", Type: "Location"},
	{Name: "Mediterranean", Type: "Location", Aliases: []string{"Mediterranean Sea"}},
	{Name: "Caspian Sea", Type: "Location"},
	{Name: "South China Sea", Type: "Location"},
	{Name: "Persian Gulf", Type: "Location"},
	{Name: "Caucasus", Type: "Location"},
	{Name: "Balkans", Type: "Location"},
	{Name: "Sahel", Type: "Location"},
	{Name: "Baltics", Type: "Location", Aliases: []string{"Baltic states"}},
	{Name: "Scandinavia", Type: "Location"},
	{Name: "Arctic", Type: "Location"},
	{Name: "Horn of Africa", Type: "Location"},
	{Name: "Gulf of Aden", Type: "Location"},
	{Name: "Strait of Hormuz", Type: "Location"},
}

// curatedGroups are groups of people named by faith, actors of news ("a
// clash between Muslims and Christians") that no country stands for; the
// recognizer reads them as Misc.
var curatedGroups = []string{
	"Muslims", "Christians", "Jews", "Catholics", "Protestants", "Hindus", "Sikhs", "Buddhists", "Shiites",
	"Sunnis", "Shias",
}

// curatedOrg is an organization with its aliases. Curated entries claim
// their surface forms before the Phoenix dictionaries are read.
type curatedOrg struct {
	Name, Subtype, Country string
	Aliases                []string
	// Demonym and People name a member ("Democrat John Kerry") and the
	// members ("the Democrats").
	Demonym, People string
}

var curatedOrgs = []curatedOrg{
	// International organizations whose Phoenix entries are split or missing.
	{Name: "United Nations", Subtype: "international", Aliases: []string{"UN", "U.N.", "the United Nations"}},
	{Name: "United Nations Security Council", Subtype: "international", Aliases: []string{"UN Security Council", "Security Council", "U.N. Security Council", "United Nations Security Council"}},
	{Name: "European Union", Subtype: "international", Aliases: []string{"EU", "E.U."}},
	{Name: "European Commission", Subtype: "international", Aliases: []string{"EC Commission", "EU Commission",
		"European commission", "EU commission", "Commission of the European Communities", "Brussels Commission"}},
	{Name: "Association of Southeast Asian Nations", Subtype: "international", Aliases: []string{"ASEAN", "Asean",
		"Association of South-east Asian Nations", "Association of South East Asian Nations"}},
	{Name: "NATO", Subtype: "international", Aliases: []string{"Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"}},
	{Name: "African Union", Subtype: "international", Aliases: []string{"AU"}},
	{Name: "World Trade Organization", Subtype: "international", Aliases: []string{"WTO", "World Trade Organisation"}},
	{Name: "G20", Subtype: "international", Aliases: []string{"G-20", "Group of 20"}},
	{Name: "G8", Subtype: "international", Aliases: []string{"G-8", "Group of Eight"}},
	{Name: "G7", Subtype: "international", Aliases: []string{"G-7", "Group of Seven"}},
	{Name: "BRICS", Subtype: "international"},
	{Name: "Organization for Security and Co-operation in Europe", Subtype: "international", Aliases: []string{"OSCE", "Organization for Security and Cooperation in Europe", "Organization for Security and Co-operation in Europe"}},
	{Name: "International Monetary Fund", Subtype: "international", Aliases: []string{"IMF"}},
	{Name: "World Bank", Subtype: "international"},
	{Name: "International Atomic Energy Agency", Subtype: "international", Aliases: []string{"IAEA"}},
	{Name: "Arab League", Subtype: "international"},
	{Name: "European Community", Subtype: "international", Aliases: []string{"EC", "E.C.", "EEC", "European Economic Community", "Common Market"}},
	{Name: "European Council", Subtype: "international"},
	{Name: "General Agreement on Tariffs and Trade", Subtype: "international", Aliases: []string{"GATT"}},
	{Name: "Paris Club", Subtype: "international"},
	// Wikipedia's title is the acronym; Phoenix's name drops the article.
	{Name: "OPEC", Subtype: "international", Aliases: []string{"Organization of the Petroleum Exporting Countries",
		"Organization of Petroleum Exporting Countries", "Organisation of the Petroleum Exporting Countries",
		"Organisation of Petroleum Exporting Countries", "Opec"}},
	{Name: "Human Rights Watch", Subtype: "ngo"},
	{Name: "Amnesty International", Subtype: "ngo", Aliases: []string{"Amnesty"}},
	{Name: "Catholic Church", Subtype: "religious", Aliases: []string{"Roman Catholic Church"}},
	{Name: "Church of England", Subtype: "religious", Country: "GBR"},
	// Government bodies, canonical by their Wikipedia titles ("Congress" and
	// "Pentagon" keep the short names that shared/gold/README.md specifies).
	{Name: "Pentagon", Subtype: "government", Country: "USA"},
	{Name: "Congress", Subtype: "government", Country: "USA", Aliases: []string{"U.S. Congress", "US Congress", "United States Congress"}},
	{Name: "Senate Intelligence Committee", Subtype: "government", Country: "USA", Aliases: []string{"Senate Select Committee on Intelligence"}},
	{Name: "Senate Armed Services Committee", Subtype: "government", Country: "USA"},
	{Name: "Senate Foreign Relations Committee", Subtype: "government", Country: "USA"},
	{Name: "House Foreign Affairs Committee", Subtype: "government", Country: "USA"},
	{Name: "White House", Subtype: "government", Country: "USA"},
	{Name: "United States Department of State", Subtype: "government", Country: "USA", Aliases: []string{"State Department", "U.S. State Department", "US State Department", "Department of State"}},
	{Name: "Central Intelligence Agency", Subtype: "government", Country: "USA", Aliases: []string{"CIA"}},
	{Name: "Federal Bureau of Investigation", Subtype: "government", Country: "USA", Aliases: []string{"FBI"}},
	{Name: "Kremlin", Subtype: "government", Country: "RUS"},
	{Name: "State Duma", Subtype: "government", Country: "RUS", Aliases: []string{"Duma"}},
	{Name: "10 Downing Street", Subtype: "government", Country: "GBR", Aliases: []string{"Downing Street", "Number 10", "No 10", "10 Downing Street"}},
	{Name: "Ministry of International Trade and Industry", Subtype: "government", Country: "JPN", Aliases: []string{"MITI", "International Trade and Industry Ministry"}},
	{Name: "Bundesbank", Subtype: "government", Country: "DEU"},
	{Name: "Foreign Office", Subtype: "government", Country: "GBR"},
	{Name: "Home Office", Subtype: "government", Country: "GBR"},
	{Name: "House of Commons", Subtype: "government", Country: "GBR", Aliases: []string{"Commons"}},
	{Name: "House of Lords", Subtype: "government", Country: "GBR", Aliases: []string{"Lords"}},
	// Parties common in the BBC politics corpus.
	{Name: "Labour Party (UK)", Subtype: "party", Country: "GBR", Aliases: []string{"Labour Party", "Labour"}},
	{Name: "Conservative Party (UK)", Subtype: "party", Country: "GBR", Aliases: []string{"Conservative Party", "Conservatives", "Tories", "Tory Party", "Tory"}},
	{Name: "Liberal Democrats", Subtype: "party", Country: "GBR", Aliases: []string{"Lib Dems", "Lib Dem", "Liberal Democrat Party", "Liberal Democrat"}},
	{Name: "UK Independence Party", Subtype: "party", Country: "GBR", Aliases: []string{"UKIP", "Ukip"}},
	{Name: "Scottish National Party", Subtype: "party", Country: "GBR", Aliases: []string{"SNP"}},
	{Name: "Plaid Cymru", Subtype: "party", Country: "GBR"},
	{Name: "Republican Party (United States)", Subtype: "party", Country: "USA", Aliases: []string{"Republican Party", "GOP"}, Demonym: "Republican", People: "Republicans"},
	{Name: "Democratic Party (United States)", Subtype: "party", Country: "USA", Aliases: []string{"Democratic Party"}, Demonym: "Democrat", People: "Democrats"},
	// Media.
	{Name: "CNN", Subtype: "media", Country: "USA"},
	{Name: "ITAR-Tass", Subtype: "media", Country: "RUS", Aliases: []string{"ITAR-TASS", "Itar-Tass", "TASS", "Tass"}},
	{Name: "RIA Novosti", Subtype: "media", Country: "RUS"},
	{Name: "Interfax", Subtype: "media", Country: "RUS"},
	{Name: "RT", Subtype: "media", Country: "RUS", Aliases: []string{"Russia Today"}},
	{Name: "Reuters", Subtype: "media", Country: "GBR", Aliases: []string{"Reuter"}},
	{Name: "Islamic Republic News Agency", Subtype: "media", Country: "IRN", Aliases: []string{"IRNA"}},
	{Name: "Kyodo News", Subtype: "media", Country: "JPN", Aliases: []string{"Kyodo"}},
	{Name: "Saudi Press Agency", Subtype: "media", Country: "SAU"},
	{Name: "BBC", Subtype: "media", Country: "GBR", Aliases: []string{"British Broadcasting Corporation"}},
	{Name: "Associated Press", Subtype: "media", Country: "USA", Aliases: []string{"AP"}},
	{Name: "Agence France-Presse", Subtype: "media", Country: "FRA", Aliases: []string{"AFP"}},
	{Name: "Al Jazeera", Subtype: "media", Country: "QAT", Aliases: []string{"Al-Jazeera"}},
	{Name: "Xinhua", Subtype: "media", Country: "CHN"},
	{Name: "New York Times", Subtype: "media", Country: "USA"},
	{Name: "Washington Post", Subtype: "media", Country: "USA"},
	{Name: "Fox News", Subtype: "media", Country: "USA"},
}

// curatedTitle is an office title, rank or honorific. Class is "office",
// "rank" (military and other ranks, no "of") or "honorific" (Mr, Mrs: no
// role is recorded).
type curatedTitle struct{ Surface, Canonical, Class string }

var curatedTitles = []curatedTitle{
	{"President", "President", "office"}, {"Vice President", "Vice President", "office"},
	{"Prime Minister", "Prime Minister", "office"}, {"PM", "Prime Minister", "office"},
	{"Deputy Prime Minister", "Deputy Prime Minister", "office"},
	{"Chancellor", "Chancellor", "office"}, {"Premier", "Premier", "office"},
	{"Secretary of State", "Secretary of State", "office"}, {"Secretary", "Secretary", "office"},
	{"Defense Secretary", "Defense Secretary", "office"}, {"Defence Secretary", "Defence Secretary", "office"},
	{"Secretary of Defense", "Defense Secretary", "office"}, {"Home Secretary", "Home Secretary", "office"},
	{"Foreign Secretary", "Foreign Secretary", "office"}, {"Foreign Minister", "Foreign Minister", "office"},
	{"Defense Minister", "Defense Minister", "office"}, {"Defence Minister", "Defence Minister", "office"},
	{"Interior Minister", "Interior Minister", "office"}, {"Finance Minister", "Finance Minister", "office"},
	{"Minister", "Minister", "office"}, {"Chancellor of the Exchequer", "Chancellor of the Exchequer", "office"},
	{"Attorney General", "Attorney General", "office"}, {"Secretary-General", "Secretary-General", "office"},
	{"Secretary General", "Secretary-General", "office"}, {"UN Secretary-General", "Secretary-General", "office"},
	{"Ambassador", "Ambassador", "office"}, {"envoy", "Envoy", "office"}, {"special envoy", "Special Envoy", "office"},
	{"press secretary", "Press Secretary", "office"}, {"spokesman", "Spokesman", "office"},
	{"spokeswoman", "Spokeswoman", "office"}, {"spokesperson", "Spokesperson", "office"},
	{"chairman", "Chairman", "office"}, {"chairwoman", "Chairwoman", "office"}, {"chair", "Chair", "office"},
	{"leader", "Leader", "office"}, {"party leader", "Party Leader", "office"}, {"chief", "Chief", "office"},
	{"commander", "Commander", "office"}, {"top commander", "Commander", "office"},
	{"Supreme Allied Commander", "Supreme Allied Commander", "office"},
	{"news editor", "News Editor", "office"}, {"editor", "Editor", "office"}, {"correspondent", "Correspondent", "office"},
	{"governor", "Governor", "office"}, {"mayor", "Mayor", "office"}, {"King", "King", "office"}, {"Queen", "Queen", "office"},
	{"Prince", "Prince", "office"}, {"Pope", "Pope", "office"}, {"Speaker", "Speaker", "office"},
	{"shadow chancellor", "Shadow Chancellor", "office"}, {"shadow home secretary", "Shadow Home Secretary", "office"},
	{"shadow foreign secretary", "Shadow Foreign Secretary", "office"},
	{"Undersecretary", "Undersecretary", "office"}, {"Under Secretary", "Undersecretary", "office"},
	{"Under-Secretary", "Undersecretary", "office"}, {"Assistant Secretary", "Assistant Secretary", "office"},
	{"Deputy Secretary", "Deputy Secretary", "office"}, {"Undersecretary of State", "Undersecretary of State", "office"},
	{"Under Secretary of State", "Undersecretary of State", "office"}, {"Assistant Secretary of State", "Assistant Secretary of State", "office"},
	{"Deputy Secretary of State", "Deputy Secretary of State", "office"}, {"Vice Minister", "Vice Minister", "office"},
	{"Deputy Minister", "Deputy Minister", "office"}, {"Minister of State", "Minister of State", "office"},
	{"Commissioner", "Commissioner", "office"}, {"Trade Representative", "Trade Representative", "office"},
	{"aide", "Aide", "office"}, {"High Commissioner", "High Commissioner", "office"},
	{"Charge d'Affaires", "Charge d'Affaires", "office"}, {"chargé d'affaires", "Charge d'Affaires", "office"},
	{"adviser", "Adviser", "office"}, {"advisor", "Adviser", "office"}, {"counterpart", "Counterpart", "office"},
	{"head", "Head", "office"}, {"Director", "Director", "office"}, {"Director-General", "Director-General", "office"},
	{"Director General", "Director-General", "office"}, {"chief executive", "Chief Executive", "office"},
	{"President-elect", "President-elect", "office"}, {"Crown Prince", "Crown Prince", "office"},
	{"Emir", "Emir", "office"}, {"Ayatollah", "Ayatollah", "rank"},
	{"Cardinal", "Cardinal", "rank"}, {"Archbishop", "Archbishop", "office"},
	{"Archbishop of Canterbury", "Archbishop of Canterbury", "office"}, {"Archbishop of York", "Archbishop of York", "office"},
	{"Archbishop of Westminster", "Archbishop of Westminster", "office"}, {"Bishop", "Bishop", "office"},
	{"Senator", "Senator", "rank"}, {"Sen.", "Senator", "rank"}, {"Rep.", "Representative", "rank"},
	{"Representative", "Representative", "rank"}, {"MP", "MP", "rank"}, {"MEP", "MEP", "rank"},
	{"General", "General", "rank"}, {"Gen.", "General", "rank"}, {"Lt. Gen.", "Lieutenant General", "rank"},
	{"Lieutenant General", "Lieutenant General", "rank"}, {"Maj. Gen.", "Major General", "rank"},
	{"Major General", "Major General", "rank"}, {"Brig. Gen.", "Brigadier General", "rank"},
	{"Admiral", "Admiral", "rank"}, {"Adm.", "Admiral", "rank"}, {"Rear Adm.", "Rear Admiral", "rank"},
	{"Rear. Adm.", "Rear Admiral", "rank"}, {"Rear Admiral", "Rear Admiral", "rank"}, {"Vice Adm.", "Vice Admiral", "rank"},
	{"Vice Admiral", "Vice Admiral", "rank"}, {"Col.", "Colonel", "rank"}, {"Colonel", "Colonel", "rank"},
	{"Lt. Col.", "Lieutenant Colonel", "rank"}, {"Capt.", "Captain", "rank"}, {"Captain", "Captain", "rank"},
	{"Maj.", "Major", "rank"}, {"Lt.", "Lieutenant", "rank"}, {"Sgt.", "Sergeant", "rank"},
	{"Gov.", "Governor", "rank"}, {"Judge", "Judge", "rank"}, {"Justice", "Justice", "rank"},
	// Forms of address, not offices: they give a gender, no role.
	{"Sheikh", "", "honorific"}, {"Sheik", "", "honorific"}, {"Lord", "", "honorific"}, {"Lady", "", "honorific"}, {"Sir", "", "honorific"}, {"Dame", "", "honorific"},
	{"Mr", "", "honorific"}, {"Mr.", "", "honorific"}, {"Mrs", "", "honorific"}, {"Mrs.", "", "honorific"},
	{"Ms", "", "honorific"}, {"Ms.", "", "honorific"}, {"Miss", "", "honorific"}, {"Dr", "", "honorific"},
	{"Dr.", "", "honorific"}, {"Prof.", "", "honorific"}, {"Professor", "", "honorific"},
}
