package lexicon

// Reporting lists verbs (lemmas) whose clausal complement is reported
// speech or thought: the subject of the verb is the speaker of the
// complement ("Kerry said that Russia had ..."), and a clause in parataxis
// with one of them is a quotation ("..., Kerry said"). They are the verbs of
// saying, and verbs of thinking, admitting, promising and accusing.
// Hand-picked for kgraph from the reporting verbs of the example article and
// news (extract/clause, first in 3993fa5).
//
// "ask", "shout", "exclaim" and "wonder" (see SpeechVerbForms) are left out:
// with them in, 200 BBC articles gave the asker as the speaker of questions
// put to someone else ("Asked if she was a member, Ms Kelly said").
var Reporting = union(SayVerbs, words(
	"suggest", "deny", "acknowledge", "admit", "assert", "reply", "respond", "believe", "think", "hope",
	"fear", "allege", "tweet", "predict", "maintain", "recall", "accuse", "estimate", "conclude", "agree",
	"complain", "promise", "vow", "pledge", "urge",
))

// SayVerbs lists the reporting verbs (lemmas) of saying proper: their
// subject is the speaker of any clause they govern, an open complement too
// ("warned Moscow to stop": a demand Kerry spoke), where the other
// reporting verbs govern their own act ("agreed to lend", "promised to
// help"). The event stage reading all reporting verbs here gave 12 speakers
// on the gold news articles, most wrong ("Venezuela has agreed to lend":
// speaker Venezuela). extract/event, first in 5d05591.
var SayVerbs = words(
	"say", "tell", "add", "announce", "state", "claim", "report", "insist", "stress", "note", "explain",
	"write", "indicate", "declare", "confirm", "reiterate", "emphasize", "warn", "argue",
)

// SpeechVerbForms lists forms, as written, of verbs of speech that follow a
// quotation ending in "?" or "!" inside one sentence ("Is it smart ...?"
// Kerry said), so that the mark ends no sentence. Hand-picked for the
// segmenter (extract/text, first in d211adf).
var SpeechVerbForms = words(
	"said", "says", "asked", "asks", "told", "added", "adds", "wrote", "writes", "replied", "shouted",
	"insisted", "declared", "exclaimed", "wondered", "tweeted",
)

// InterviewNouns lists the nouns (lemmas) of an interview that a saying was
// given in, and InterviewPreps the prepositions of its interviewer: "said
// in an interview with the BBC" (extract/event, issue 14).
var (
	InterviewNouns = words("interview")
	InterviewPreps = words("with", "to")
)

// QuotingVerbs lists verbs (lemmas) that report another's words through
// their object: "the agency quoted Khamenei as saying" (the clause stage
// makes the object the one who says).
var QuotingVerbs = words("quote", "cite")

// MessageNouns lists nouns (lemmas) of a message sent to someone: a saying
// verb reaches its addressee through them ("wrote a letter to Delors"),
// not through other nouns, which are what is said ("said French aid to
// Gabon ..."; extract/event, issue 14).
var MessageNouns = words("letter", "message", "note", "memo", "telegram", "cable", "statement", "speech", "appeal",
	"warning", "request", "complaint", "protest", "invitation", "communique", "communiqué", "declaration", "announcement")

// ContentVerbs lists the verbs (lemmas) whose object noun is what is said,
// expected or foreseen, not a means to reach an actor: saying, believing
// and expecting, and "see" of a headline ("Asean Sees Closer Economic Ties
// With Japan"; extract/event, issue 14).
var ContentVerbs = union(SayVerbs, HedgeVerbs, BeliefVerbs, words("see"))
