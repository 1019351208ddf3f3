package lexicon

// RelativeWords lists the words (lemmas) that open a relative clause: "the
// troops who", "the city where" (extract/clause, first in 3993fa5).
var RelativeWords = words("who", "whom", "which", "that", "whose", "where", "when")

// TargetPreps lists the prepositions that introduce the target of an event
// noun: "sanctions on", "the annexation of", "talks with" (extract/event,
// first in 5d05591).
var TargetPreps = words("on", "against", "of", "to", "with", "for", "over", "into")

// ThroughPreps lists the prepositions by which a verb's object noun reaches
// an actor: "took measures against the United States", "made progress on
// talks with Iran", "consider measures under the GATT". "of" is left out:
// "believed a majority of the Senate" names the Senate itself (issue 14).
var ThroughPreps = words("on", "against", "to", "with", "for", "over", "into", "under", "from")

// SettingPreps lists the prepositions of place and time, whose phrases are
// the setting of a symmetric event, never its other party: "met in Paris",
// "talked for four hours" (extract/event, first in efc9516).
var SettingPreps = words(
	"in", "at", "near", "inside", "outside", "during", "since", "after", "before", "until", "throughout",
	"across",
)

// ConceptDeterminers lists the leading words (lower-case forms) that do not
// name a concept: determiners, possessive pronouns and vague quantifiers.
// "a proposal" and "its proposal" are the concept "proposal" (extract,
// first in e491494).
var ConceptDeterminers = words(
	"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
	"some", "any", "such", "another",
)

// BarePronouns lists the pronouns (lower-case forms) that name nothing by
// themselves: an argument left as one of them after coreference cannot
// become a node of the graph (extract, first in d075141).
var BarePronouns = words(
	"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "this", "that", "these",
	"those", "who", "whom", "which", "what", "one", "there", "itself", "themselves", "himself", "herself",
	"something", "anything",
)

// FirstPersonPronouns lists the pronouns (lower-case) by which a
// quotation's speaker names themself, or those they speak for: "'We look to
// the president', Mr Howard said" (extract, issue 14).
var FirstPersonPronouns = words("i", "me", "we", "us")

// Third-person pronouns (lower-case forms) by what they can refer to, for
// coreference: a man, a woman, a group or several, a thing or a country or
// organization (extract/entity, first in 2df41f0).
var (
	MasculinePronouns = words("he", "him", "his", "himself")
	FemininePronouns  = words("she", "her", "hers", "herself")
	PluralPronouns    = words("they", "them", "their", "theirs", "themselves")
	NeuterPronouns    = words("its", "itself")
)

// ExpletiveVerbs lists the forms (lower-case) after which "it" may stand
// for nothing, before an adjective and a clause: "it is likely that", "it
// was agreed to", "it seems clear that"
// (extract/entity, issue 14).
var ExpletiveVerbs = words("is", "was", "'s", "be", "been", "seems", "seemed", "appears", "appeared", "remains",
	"remained")

// HeadlineFunctionWords lists the words (lower-case) that a title-case
// headline capitalizes though they name nothing: "Uk Minister Looks To Ease
// Tension With Japan" (extract, issue 14).
var HeadlineFunctionWords = words(
	"a", "an", "the", "to", "in", "on", "at", "of", "for", "with", "from", "by", "and", "or", "but", "as",
	"over", "after", "before", "against", "into", "says", "said", "is", "are", "was", "were", "be", "will",
	"may", "not", "no", "its", "his", "her", "their", "it", "he", "she", "they", "up", "out", "off",
)

// FunctionWords lists the words (lower-case forms) that may follow a name
// without making it a modifier: "Russia said", "U.S. and"; any other
// lower-case word after a country makes it one ("U.S. officials").
// extract/entity, first in 2df41f0.
var FunctionWords = words(
	"and", "or", "but", "to", "in", "on", "of", "for", "with", "from", "by", "at", "as", "that", "which",
	"who", "is", "was", "are", "were", "has", "had", "have", "will", "would", "may", "might", "can", "could",
	"should", "must", "said", "says", "did", "does", "do", "not", "also", "into", "over", "against", "after",
	"before", "since", "than", "if", "because", "while", "when", "where",
)

// SentenceStarters lists the words (lower-case forms) that begin
// sentences: after an abbreviation such as "U.S." or "etc.", one of them,
// capitalized, starts a new sentence (extract/text, first in d211adf).
var SentenceStarters = words(
	"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
	"that", "these", "those", "there", "his", "her", "its", "their", "our", "my", "as", "after", "if", "when",
	"while", "so", "however", "meanwhile", "what", "why", "how", "who", "for", "to", "with", "one", "some",
	"many", "most", "all", "no", "yet", "also", "then", "since", "because", "although", "officials",
)

// NameLeadWords lists the capitalized words (lower-case forms) that a
// recognizer may take into a name at the start of a sentence or headline,
// but that start no name: "Does Obama really understand", "Analysis:
// ..." (extract/entity, first in 2df41f0).
var NameLeadWords = words(
	"the", "a", "an", "does", "did", "do", "is", "was", "are", "were", "can", "could", "will", "would",
	"should", "why", "how", "what", "when", "where", "who", "but", "and", "if", "as", "after", "before",
	"while", "in", "on", "at", "by", "for", "from", "with", "to", "of", "opinion", "analysis", "exclusive",
	"watch", "video",
)

// TopicPreps lists prepositions that introduce what is talked or worried
// about: a gerund after them ("talk about Turkey entering the EU", "concern
// over Iran developing weapons") is the topic of the verb, its own event
// not asserted (the clause and event stages; issue 14).
var TopicPreps = words("about", "on", "over", "regarding", "concerning")

// OwnerPreps lists the prepositions of what an event noun is done to, when
// an actor owns it: "agreed to a rescheduling of Uganda's debts" reaches
// Uganda (extract/event; issue 14).
var OwnerPreps = words("of")

// ConcessionPreps lists prepositions of a concession: what a clause does
// "despite opposition from the US" is what the opposition is to
// (extract/event; issue 14).
var ConcessionPreps = words("despite", "notwithstanding")

// SourcePreps lists the prepositions of the actor an event comes from:
// "praise from two Democratic leaders" (extract/event; issue 14).
var SourcePreps = words("from")

// GerundObjectMarks lists the prepositions (lemmas) whose gerund clause is
// the object of the verb before it, not an adverbial: "warned against
// raising the alarm", "work towards lifting the ban".
var GerundObjectMarks = words("against", "towards", "toward")
