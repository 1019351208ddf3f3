package lexicon

// Reporting lists verbs (lemmas) whose clausal complement is reported
// speech or thought: the subject of the verb is the speaker of the
// complement ("Kerry said that Russia had ..."), and a clause in parataxis
// with one of them is a quotation ("..., Kerry said"). Hand-picked for
// kgraph from the reporting verbs of the example article and news
// (extract/clause, first in 3993fa5).
var Reporting = words(
	"say", "tell", "add", "announce", "state", "claim", "report", "warn", "insist", "stress", "note",
	"explain", "write", "indicate", "suggest", "argue", "deny", "confirm", "acknowledge", "admit", "assert",
	"declare", "reply", "respond", "believe", "think", "hope", "fear", "allege", "tweet", "predict",
	"maintain", "emphasize", "reiterate", "recall", "accuse", "estimate", "conclude", "agree", "complain",
	"promise", "vow", "pledge", "urge",
)

// SayVerbs lists the reporting verbs (lemmas) whose subject is the speaker
// of a clause they govern (extract/event, first in 5d05591).
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
