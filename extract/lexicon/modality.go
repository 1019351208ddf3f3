package lexicon

// Negators lists words (lemmas and lower-case forms alike) that negate the
// verb they modify: "had not agreed", "never met" ("nt" is "n't" written
// without its apostrophe). extract/clause, first in 3993fa5; the event
// stage's copy lacked "nt" (no output changed when it gained it).
var Negators = words("not", "n't", "never", "nt")

// NegativeDeterminers lists determiners that negate the clause of the noun
// they determine: "had no intention of", "no troops crossed".
var NegativeDeterminers = words("no")

// Modal auxiliaries (forms as written, lower case) and what they make of
// the clause they are in: "will meet" is future, "may meet" hedged, "must
// meet" demanded. "would" is future in reported speech ("said it would
// meet") and hypothetical otherwise. extract/event, first in 5d05591.
var (
	FutureModals      = words("will", "shall", "'ll", "wo")
	ConditionalModals = words("would", "'d")
	HedgeModals       = words("may", "might", "could")
	DemandModals      = words("must", "should", "ought")
	// Modals are every word the treebank tags as a modal (MD), those above
	// and "can", "need", "dare" and the clipped forms of contractions
	// ("ca" of "can't", "gon" of "gonna"); extract/tag tags no other word so.
	Modals = union(FutureModals, ConditionalModals, HedgeModals, DemandModals,
		words("can", "ca", "cannot", "need", "dare", "ll", "d", "gon", "sha", "wil", "’ll", "’d"))
)

// ConditionMarkers lists the subordinators (lemmas) of a condition: a
// clause they introduce, or one governing such a clause, is hypothetical
// ("if Russia annexes Crimea").
var ConditionMarkers = words("if", "unless")

// Complementizers lists the subordinators (lemmas) of a clausal object ("said
// that", "asked whether"): as the preposition of an argument they mark a
// clause, never a phrasal verb or a party to the event.
var Complementizers = words("that", "whether", "if")

// Verbs at the head of a verb path that change what the rest of the path
// is (lemmas): intended ("wants to support"), future ("is going to"), left
// to the complement ("will return to Washington to consult", "began to
// withdraw"), hedged ("seems to"), or not done ("failed to"). Hand-picked
// (extract/event, first in 5d05591 and 39ebfc5).
var (
	IntentVerbs = union(WishVerbs, words(
		"seek", "aim", "try", "attempt", "mean", "desire", "strive", "prepare", "look", "vote", "decide",
		"resolve",
		// promised, offered, threatened: not (yet) a fact (GUIDELINES.md "~"), issue 14
		"vow", "pledge", "promise", "threaten", "offer", "undertake", "prefer", "propose", "volunteer",
		"commit", "work",
	))
	FutureVerbs = words("go")
	CarryVerbs  = words(
		"return", "come", "travel", "fly", "head", "move", "rush", "begin", "start", "continue", "resume",
		"keep", "proceed",
	)
	HedgeVerbs = words("seem", "appear", "tend", "expect")
	// "refused to accept", "declined to comment": the complement is not
	// done (issue 14).
	FailVerbs = words("fail", "neglect", "cease", "stop", "refuse", "decline")
)

// NeedVerbs lists verbs (lemmas) that make their infinitive needed, not
// done: "America needed to listen to the world", "have to accept" (issue 14).
var NeedVerbs = words("need", "have", "ought")

// StanceVerbs lists the head verbs (lemmas) whose act is a fact of its own
// beside the event they make intended or demanded: "Iran vowed to
// retaliate" is a vow (+) and a retaliation (~) (GUIDELINES.md; issue 14).
var StanceVerbs = words(
	"vow", "pledge", "promise", "threaten", "offer", "want", "wish", "plan", "intend", "seek", "propose",
	"urge", "demand", "press", "ask", "call", "agree", "decide", "undertake",
)

// ArrangedVerbs lists verbs (lemmas) of travel and meeting whose present
// progressive is an arrangement, not yet a fact, and PresentBe the present
// forms of "be" (issue 14).
var (
	ArrangedVerbs = words("go", "come", "travel", "fly", "head", "leave", "visit", "attend", "meet", "host")
	PresentBe     = words("is", "are", "am", "'s", "'re", "'m")
)

// RefusalVerbs lists the fail verbs (lemmas) whose refusal is an event of
// its own: "Israel refuses to accept Syria's denials" rejects them, and does
// not accept them (issue 14).
var RefusalVerbs = words("refuse", "decline")

// Adjectives and participles that govern an infinitive (lemmas, lower
// case) and what they make of it: intended ("ready to negotiate", "keen
// to"), future ("is due to sign", "is set to"), or hedged ("is likely to",
// "is expected to", "is said to") (issue 14).
var (
	IntentAdjectives = words(
		"ready", "keen", "willing", "prepared", "happy", "eager", "determined", "anxious", "reluctant",
		"committed", "unwilling", "unable", "able", "free", "right",
	)
	FutureAdjectives = words("due", "set", "scheduled", "poised", "slated", "about")
	HedgeAdjectives  = words("likely", "unlikely", "expected", "bound", "thought", "believed", "said",
		"reported", "understood", "rumoured", "rumored", "known", "alleged", "supposed")
)

// NegatingMarkers lists the words (lower-case) that mark a clause as not
// done: "rather than lay a wreath", "instead of signing" (issue 14).
var NegatingMarkers = words("rather", "instead")

// PurposeMarkers lists the subordinators (lemmas) of a purpose clause, which
// is intended, not done: "in order to buy", "so as to avoid" (issue 14).
var PurposeMarkers = words("to", "order", "so")

// ClaimNouns lists nouns (lemmas) whose clause is claimed, not asserted:
// "allegations (that) he pressured", "the suggestion the EU was"; under a
// verb of denial they are refused (issue 14).
var ClaimNouns = words(
	"allegation", "claim", "suggestion", "accusation", "report", "rumour", "rumor", "charge", "assertion",
	"speculation", "idea", "notion", "fear", "belief",
)

// RejectVerbs lists verbs (lemmas) that refuse what their object claims:
// "rejected allegations he pressured", "dismissed suggestions that"
// (issue 14).
var RejectVerbs = words("reject", "deny", "dismiss", "refute", "rebuff", "dispute")

// WishVerbs lists verbs (lemmas) that govern a clausal complement as wished
// or planned ("hopes that Russia will ..."); they are intent verbs too.
var WishVerbs = words("hope", "want", "wish", "plan", "intend")

// ResultVerbs lists verbs (lemmas) that take an object and a participle
// for the state they want it in: "want the embargo lifted", "want the
// budget to be capped" (issue 14; the clause stage reads the participle as
// the verb the subject wants done to the object).
var ResultVerbs = words("want", "wish", "prefer", "need", "like")

// BeliefVerbs lists verbs (lemmas) that govern a complement as believed,
// predicted or alleged, not asserted: "believes that Russia will ..." is
// hedged (extract/event, first in 5d05591).
var BeliefVerbs = words(
	"believe", "think", "fear", "predict", "expect", "suspect", "estimate", "allege", "speculate", "doubt",
	"guess", "suppose",
)

// DemandVerbs lists verbs (lemmas) that govern their complement as
// demanded: "called on Western powers to back", "urged Russia to
// withdraw", "demanded that" (extract/event, first in 5d05591).
var DemandVerbs = words(
	"call", "urge", "ask", "demand", "press", "appeal", "order", "insist", "request", "implore",
	"encourage", "push", "require", "force", "pressure", "invite",
)

// InfinitiveDemandVerbs lists the verbs (lemmas) that make an infinitive
// they govern demanded: the demand verbs, and "warn" and "tell", which
// demand only with an infinitive ("warned Iran to stop"; "warned that Iran
// would" is no demand).
var InfinitiveDemandVerbs = union(DemandVerbs, words("warn", "tell"))

// DenialVerbs lists verbs (lemmas) that deny the clause they govern: "denied
// that it had bombed" negates the bombing.
var DenialVerbs = words("deny")

// DenialNouns lists nouns (lemmas) whose clause is denied: "Syria's
// denials that it was implicated".
var DenialNouns = words("denial", "rebuttal")

// HedgeAdverbs lists adverbs that make a clause hedged: "reportedly
// met" (extract/event, first in 5d05591).
var HedgeAdverbs = words(
	"reportedly", "allegedly", "possibly", "perhaps", "probably", "apparently", "maybe", "supposedly",
	"purportedly",
)

// PossibilityAdjectives lists copular predicates (lemmas) that make a clause
// hypothetical: "more sanctions are possible" (extract/event, first in
// 5d05591).
var PossibilityAdjectives = words("possible", "likely", "probable", "unlikely", "conceivable")

// IntentNouns lists nouns (lemmas) that head an intended event: "had no
// intention of sending troops", "has plans to invade" (extract/event, first
// in 5d05591).
var IntentNouns = words(
	"intention", "intent", "plan", "desire", "wish", "interest", "ambition", "aim", "goal", "willingness",
	"readiness",
)

// ControlNouns lists nouns (lemmas) whose infinitive says what their
// possessor intends, attempts or refuses to do: "Turkey's bid to join the
// EU", "George Bush's refusal to sign up to Kyoto". The clause stage makes
// the possessor the infinitive's subject; the event stage reads the
// infinitive as intended, or as not done after RefusalNouns.
var ControlNouns = union(IntentNouns, words(
	"bid", "attempt", "effort", "decision", "pledge", "promise", "offer", "threat", "move", "drive", "push",
	"campaign", "determination", "commitment", "vow", "refusal", "failure",
))

// RefusalNouns lists the ControlNouns (lemmas) whose possessor does not do
// what the infinitive says: "his refusal to sign", "its failure to act".
var RefusalNouns = words("refusal", "failure")
