// Package clause reads clauses from a dependency parse, in the spirit of
// ClausIE: subject, verb phrase, objects and adjuncts, with negation,
// passives, reported speech, control verbs and coordination.
package clause

// Pattern is a clause pattern, as ClausIE names them: what the verb takes
// besides its subject.
type Pattern string

// The clause patterns.
const (
	SV   Pattern = "SV"   // nothing: "Russia withdrew"
	SVO  Pattern = "SVO"  // a direct object or a clausal complement: "Russia annexed Crimea"
	SVOO Pattern = "SVOO" // two objects: "gave Ukraine a loan"
	SVC  Pattern = "SVC"  // a copula and its complement: "Lavrov is foreign minister"
	SVA  Pattern = "SVA"  // a prepositional object or complement: "called on", "is in Paris"
)

// Origin is the construction a clause was read from.
type Origin string

// The origins of clauses.
const (
	OriginVerb      Origin = "verb"      // a verb: "Russia annexed Crimea"
	OriginCopula    Origin = "copula"    // a copular predicate: "the vote was illegal"
	OriginRelcl     Origin = "relcl"     // a relative clause, its antecedent filling the gap
	OriginAcl       Origin = "acl"       // a participle modifying a noun: "elections monitored by"
	OriginAppos     Origin = "appos"     // an apposition or a title, Predicate "be"
	OriginControl   Origin = "control"   // an object-controlled complement: "called on the West to back"
	OriginAdverbial Origin = "adverbial" // a subjectless adverbial clause, subject from its governor
)

// Arg is one argument of a clause: a token range of its sentence.
type Arg struct {
	Start, End int // token range [Start, End) in the sentence
	Head       int // token index of the argument's head word
	Text       string
	// Prep is the preposition that introduces the argument ("with", "on").
	Prep string
	// Entity is the IRI of the entity the argument resolves to, if any.
	Entity string
	// Tokens are the token indices of the argument in sentence order; they
	// differ from [Start, End) when a relative clause or apposition inside
	// the range was left out.
	Tokens []int
}

// Empty reports whether the argument has no words (a passive without an
// agent has an empty logical subject).
func (a *Arg) Empty() bool { return len(a.Tokens) == 0 && a.Start >= a.End }

// Clause is one clause of a sentence.
type Clause struct {
	Sentence int // index into doc.Doc.Sentences
	// Type is the clause pattern: SV, SVO, SVOO, SVC or SVA.
	Type    Pattern
	Subject Arg
	// Verb is the token index of the main lexical verb (or the predicate
	// word of a copular clause).
	Verb int
	// VerbChain lists, in sentence order, the token indices that make up the
	// verb phrase: auxiliaries, negation, the verb, particles, and the verbs
	// of open complements ("had not agreed to move").
	VerbChain []int
	// Predicate is the lemma phrase of the relation ("agree to move",
	// "call on", "impose sanction on").
	Predicate string
	// VerbText is the verb phrase as written ("had not agreed to move").
	VerbText string
	// Objects are the direct object first, then the indirect object, or the
	// complement of a copular clause.
	Objects []Arg
	// Adjuncts are prepositional and adverbial arguments.
	Adjuncts []Arg
	Negated  bool
	Passive  bool
	// Speaker is the subject of the reporting verb when the clause is
	// reported speech ("Kerry said that Russia had ...").
	Speaker *Arg
	// Parent is the index (in the same result slice) of the clause that
	// governs this one, or -1: the reporting clause of reported speech, the
	// governing clause of a control or adverbial clause.
	Parent     int
	Confidence float64

	// JointSubject is the whole coordinated subject ("Russia and the United
	// States") when Subject is one of its conjuncts; nil otherwise.
	JointSubject *Arg
	// JointObject is likewise the whole coordinated first object.
	JointObject *Arg
	// Noun is the token index of the noun of a light-verb predicate ("talks"
	// in "held talks with"), which Predicate includes; -1 when none.
	Noun int
	// Origin says which construction the clause was read from.
	Origin Origin
	// Relation lists, in sentence order, the words of the surface relation
	// phrase as Open IE benchmarks write it: the verb phrase, the noun of a
	// light-verb predicate and the preposition of a prepositional object or
	// agent ("made a final offer on", "was loved by", "indicated that").
	Relation []int

	path []int // the verbs of the clause's verb phrase, head first
}
