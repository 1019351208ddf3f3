// Package gold scores extracted statements against hand-checked gold facts in
// the format of shared/gold/*.tsv, as shared/gold/GUIDELINES.md ("How a file is
// scored") defines: for each fact, whether one statement has a matching
// subject, predicate and object with the right polarity; whether an asserted
// edge contradicts a refused or unasserted fact; and, for files marked
// exhaustive, how many asserted edges between two named actors are right.
package gold

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/kgraph/kgraph/schema"
)

// Polarity is a fact's polarity column.
type Polarity string

const (
	// Holds is "+": stated as happening or having happened.
	Holds Polarity = "+"
	// Refused is "-": stated as not happening (refused, denied, did not).
	Refused Polarity = "-"
	// Unasserted is "~": not (yet) a fact (intended, planned, demanded,
	// expected, possible, conditional).
	Unasserted Polarity = "~"
)

// Fact is one gold fact. Each field holds the alternatives the TSV lists.
type Fact struct {
	Line       int
	Subjects   []string
	Predicates []string
	// Objects are alternatives; each is a list of words that must all occur.
	Objects  [][]string
	Polarity Polarity
	Kind     schema.Kind
	Raw      string
}

// File is one gold file: its facts, and whether it lists every relation
// between named actors and every role (the "# exhaustive" marker), so that
// an extracted actor edge matching none of its facts counts as wrong.
type File struct {
	Name       string
	Facts      []Fact
	Exhaustive bool
}

// exhaustiveMarker is the comment line that marks an exhaustive file.
const exhaustiveMarker = "# exhaustive:"

func (f Fact) String() string { return f.Raw }

// Roots are the CAMEO root codes the fact's predicates intend: those of the
// alternatives that name a relation of the vocabulary, directly ("sanction")
// or by their first word ("appeal to", "call illegal"). Role facts and
// predicates outside the vocabulary intend none.
func (f Fact) Roots() []string {
	if f.Kind != schema.KindRelation || f.Polarity != Holds {
		return nil
	}
	var roots []string
	for _, p := range f.Predicates {
		first := strings.Fields(p)[0]
		for _, name := range []string{strings.ReplaceAll(p, " ", "_"), first, synonyms[first]} {
			if r, ok := schema.LookupRelation(name); ok && r.CAMEO != "" && !slices.Contains(roots, root(r.CAMEO)) {
				roots = append(roots, root(r.CAMEO))
			}
		}
	}
	return roots
}

// synonyms name the vocabulary relation of predicate verbs that gold files
// use for CAMEO events under another word (CAMEO's own verb dictionary codes
// them the same way: CONDEMN and DENOUNCE 111, PHONE 040).
var synonyms = map[string]string{
	"condemn": schema.RelCriticize, "denounce": schema.RelCriticize, "phone": schema.RelConsult,
	"talk": schema.RelConsult, "ban": schema.RelSanction, "target": schema.RelSanction,
}

// root is the two-digit CAMEO root of a code ("163" -> "16").
func root(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// ParseError is a malformed line of a gold file.
type ParseError struct {
	Name string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Read parses a gold TSV: '#' comment lines (one of them may be the
// exhaustive marker), one header line, then subject, predicate, object,
// polarity (+, - or ~), kind.
func Read(r io.Reader, name string) (*File, error) {
	file := &File{Name: name}
	var facts []Fact
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	header := false
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, exhaustiveMarker) {
			file.Exhaustive = true
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if !header {
			header = true
			if strings.EqualFold(cols[0], "subject") {
				continue
			}
		}
		if len(cols) != 5 {
			return nil, &ParseError{name, n, fmt.Errorf("want 5 tab-separated columns, got %d", len(cols))}
		}
		f := Fact{Line: n, Raw: strings.Join(cols[:3], " — ")}
		f.Subjects = alternatives(cols[0])
		f.Predicates = alternatives(cols[1])
		for _, o := range alternatives(cols[2]) {
			f.Objects = append(f.Objects, words(o))
		}
		switch p := Polarity(strings.TrimSpace(cols[3])); p {
		case Holds:
			f.Polarity = p
		case Refused:
			f.Polarity = p
			f.Raw += " (refused)"
		case Unasserted:
			f.Polarity = p
			f.Raw += " (unasserted)"
		default:
			return nil, &ParseError{name, n, fmt.Errorf("polarity %q: want +, - or ~", cols[3])}
		}
		switch k := schema.Kind(strings.TrimSpace(cols[4])); k {
		case schema.KindRelation, schema.KindRole:
			f.Kind = k
		default:
			return nil, &ParseError{name, n, fmt.Errorf("kind %q: want relation or role", cols[4])}
		}
		if len(f.Subjects) == 0 || len(f.Predicates) == 0 || len(f.Objects) == 0 {
			return nil, &ParseError{name, n, fmt.Errorf("empty subject, predicate or object")}
		}
		facts = append(facts, f)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(facts) == 0 {
		return nil, fmt.Errorf("%s: no gold facts", name)
	}
	file.Facts = facts
	return file, nil
}

func alternatives(s string) []string {
	var out []string
	for _, a := range strings.Split(s, "|") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// words splits text into lowercase words, dropping punctuation except inside
// words ("U.S." -> "u.s") and possessive endings ("Kerry's" -> "kerry").
func words(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-' && r != '\''
	})
	out := f[:0]
	for _, w := range f {
		w = strings.TrimSuffix(w, "'s") // possessive: "kerry's" is kerry
		w = strings.Trim(w, ".-'")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// Match is the outcome for one fact.
type Match struct {
	Fact Fact
	// By is the statement that found the fact (nil when missed).
	By *schema.Statement
	// Contradicted lists asserted edges that match a refused or unasserted fact.
	Contradicted []*schema.Statement
	// RootOK reports whether the matching statement's CAMEO root is one the
	// fact's predicates intend (only for facts whose predicates name events).
	RootOK bool
}

// Edge is one asserted edge between two named actors (or a person's role):
// the statements that draw it, and whether one of them matches a "+" fact.
type Edge struct {
	Statements []*schema.Statement
	Right      bool
}

func (e Edge) String() string {
	s := e.Statements[0]
	return fmt.Sprintf("%s — %s — %s", argName(s.Subject), s.Predicate, argName(s.Object))
}

func argName(a schema.Arg) string {
	if a.Name != "" {
		return a.Name
	}
	return a.Text
}

// Result is the score of one document.
type Result struct {
	Matches      []Match
	Matched      int
	Contradicted int
	// Coded counts matched facts whose predicates name coded events, and
	// RootRight those whose statement carries one of the intended CAMEO roots.
	Coded, RootRight int
	// Exhaustive reports whether the file lists every actor edge, so that
	// Edges count for precision.
	Exhaustive bool
	// Edges are the distinct actor edges drawn from the statements.
	Edges []Edge
}

// Recall is the share of facts found.
func (r *Result) Recall() float64 { return ratio(r.Matched, len(r.Matches)) }

// Right counts the actor edges that match a "+" fact.
func (r *Result) Right() int {
	n := 0
	for _, e := range r.Edges {
		if e.Right {
			n++
		}
	}
	return n
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score matches statements extracted from text against the file's facts. A
// statement supports a fact only when its sentence span really holds its
// sentence text in text (its provenance points at a sentence that states it).
func Score(file *File, st []schema.Statement, text string) *Result {
	res := &Result{Exhaustive: file.Exhaustive}
	var valid []*schema.Statement
	for i := range st {
		if provenanceOK(&st[i], text) {
			valid = append(valid, &st[i])
		}
	}
	for _, f := range file.Facts {
		m := scoreFact(f, valid)
		if m.By != nil {
			res.Matched++
			if roots := f.Roots(); len(roots) > 0 {
				res.Coded++
				if m.RootOK = slices.Contains(roots, root(m.By.CAMEO)); m.RootOK {
					res.RootRight++
				}
			}
		}
		if len(m.Contradicted) > 0 {
			res.Contradicted++
		}
		res.Matches = append(res.Matches, m)
	}
	res.Edges = actorEdges(file.Facts, valid)
	return res
}

// scoreFact finds the statement that states f: for a "+" fact, one that is
// not negated (an intent such as "wants to support" still states it); for a
// "-" or "~" fact, one that is not an asserted edge. Asserted edges that match
// a "-" or "~" fact contradict it.
func scoreFact(f Fact, st []*schema.Statement) Match {
	m := Match{Fact: f}
	for _, s := range st {
		if !matches(f, s) {
			continue
		}
		if f.Polarity != Holds && s.IsAsserted() {
			m.Contradicted = append(m.Contradicted, s)
			continue
		}
		if m.By == nil && (f.Polarity != Holds || s.Polarity != schema.Negated) {
			m.By = s
		}
	}
	return m
}

// actorEdges groups the asserted statements that count for precision by the
// edge they draw (subject, predicate, object), and marks each edge right
// when one of its statements matches a "+" fact.
func actorEdges(facts []Fact, st []*schema.Statement) []Edge {
	var edges []Edge
	index := map[[3]string]int{}
	for _, s := range st {
		if !s.IsAsserted() || !countsForPrecision(s) {
			continue
		}
		key := [3]string{argKey(s.Subject), s.Predicate, argKey(s.Object)}
		i, ok := index[key]
		if !ok {
			i = len(edges)
			index[key] = i
			edges = append(edges, Edge{})
		}
		edges[i].Statements = append(edges[i].Statements, s)
		for _, f := range facts {
			if f.Polarity == Holds && matches(f, s) {
				edges[i].Right = true
				break
			}
		}
	}
	return edges
}

func argKey(a schema.Arg) string {
	if a.Entity != "" {
		return a.Entity
	}
	return strings.ToLower(argName(a))
}

// countsForPrecision reports whether an asserted statement is an actor edge
// in the sense of GUIDELINES.md: a relation between two named actors other
// than located_in, or a person's role (title, membership, leadership).
// Roles of organizations and places are standing facts that count neither way.
func countsForPrecision(s *schema.Statement) bool {
	if !s.Subject.Type.IsActor() {
		return false
	}
	switch s.Predicate {
	case schema.HoldRole, schema.MemberOf, schema.LeaderOf:
		return s.Subject.Type == schema.Person
	case schema.LocatedIn:
		return false
	}
	if s.Kind == schema.KindRole {
		return s.Subject.Type == schema.Person
	}
	return s.Object.Type.IsActor()
}

func provenanceOK(s *schema.Statement, text string) bool {
	sp := s.SentenceSpan
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return false
	}
	return strings.TrimSpace(text[sp.Start:sp.End]) == strings.TrimSpace(s.SentenceText)
}

// matches reports whether s states f: subject, predicate and object match;
// for a symmetric relation, subject and object may be swapped.
func matches(f Fact, s *schema.Statement) bool {
	if !predicateMatches(f.Predicates, s) {
		return false
	}
	if anyEqual(f.Subjects, s.Subject.Name, s.Subject.Text) && objectMatches(f.Objects, s) {
		return true
	}
	return symmetric(f, s) && anyEqual(f.Subjects, s.Object.Name, s.Object.Text) && argMatches(f.Objects, s.Subject)
}

// symmetricRelations are the relations whose two sides may be listed in
// either order (GUIDELINES.md, "How a file is scored").
var symmetricRelations = []string{"meet", "consult", "negotiate", "cooperate", "mediate", "agree", "sign", "trade", "talk"}

// symmetric reports whether the statement's relation, or one of the fact's
// predicates, is symmetric: by canonical name or by its head verb.
func symmetric(f Fact, s *schema.Statement) bool {
	heads := []string{s.Predicate, strings.SplitN(s.Predicate, "_", 2)[0]}
	for _, p := range f.Predicates {
		heads = append(heads, strings.Fields(p)[0])
	}
	for _, h := range heads {
		if slices.Contains(symmetricRelations, strings.ToLower(h)) {
			return true
		}
	}
	return false
}

func anyEqual(alts []string, names ...string) bool {
	for _, a := range alts {
		for _, n := range names {
			if n != "" && strings.EqualFold(strings.Join(words(a), " "), strings.Join(words(n), " ")) {
				return true
			}
		}
	}
	return false
}

// predicateMatches accepts the canonical relation name, or a verb phrase
// whose words each match, in order, an inflected word of the statement's open
// verb phrase ("agree to move" matches "had not agreed to move").
func predicateMatches(alts []string, s *schema.Statement) bool {
	for _, a := range alts {
		if strings.EqualFold(strings.ReplaceAll(a, " ", "_"), s.Predicate) || strings.EqualFold(a, s.Predicate) {
			return true
		}
		if inOrder(words(a), words(s.Verb)) {
			return true
		}
	}
	return false
}

func inOrder(want, have []string) bool {
	if len(want) == 0 {
		return false
	}
	j := 0
	for _, h := range have {
		if j < len(want) && sameLemma(want[j], h) {
			j++
		}
	}
	return j == len(want)
}

// sameLemma compares a lemma with an inflected form: equal, or the form is
// the lemma plus a regular ending (agree/agreed, impose/imposes,
// target/targeted, call/called, ban/banned).
func sameLemma(lemma, form string) bool {
	if lemma == form || irregular[form] == lemma {
		return true
	}
	// deny/denied/denies, try/tried: a consonant and y.
	if n := len(lemma); n > 2 && lemma[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(lemma[n-2])) &&
		(form == lemma[:n-1]+"ied" || form == lemma[:n-1]+"ies") {
		return true
	}
	if !strings.HasPrefix(form, strings.TrimSuffix(lemma, "e")) || len(lemma) < 2 {
		return false
	}
	rest := form[len(strings.TrimSuffix(lemma, "e")):]
	switch rest {
	case "e", "s", "es", "d", "ed", "ing":
		return true
	}
	// A doubled final consonant: ban/banned, control/controlled,
	// travel/travelling, commit/committing.
	if last := lemma[len(lemma)-1]; len(rest) > 1 && rest[0] == last && !strings.ContainsRune("aeiouwy", rune(last)) &&
		(rest[1:] == "ed" || rest[1:] == "ing") {
		return true
	}
	return false
}

// objectMatches reports whether all the words of one object alternative
// occur in the statement's object (text or name) or in one of its extra
// arguments.
func objectMatches(alts [][]string, s *schema.Statement) bool {
	if argMatches(alts, s.Object) {
		return true
	}
	for _, e := range s.Extra {
		if argMatches(alts, e) {
			return true
		}
	}
	return false
}

func argMatches(alts [][]string, a schema.Arg) bool {
	for _, want := range alts {
		for _, t := range []string{a.Text, a.Name} {
			if t != "" && containsAll(words(t), want) {
				return true
			}
		}
	}
	return false
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// irregular maps common irregular past forms to their lemma.
var irregular = map[string]string{
	"held": "hold", "met": "meet", "sent": "send", "told": "tell", "said": "say", "made": "make",
	"took": "take", "taken": "take", "gave": "give", "given": "give", "led": "lead", "won": "win",
	"fought": "fight", "struck": "strike", "sought": "seek", "brought": "bring", "began": "begin",
	"begun": "begin", "spoke": "speak", "spoken": "speak", "kept": "keep", "left": "leave",
	"went": "go", "gone": "go", "came": "come", "saw": "see", "seen": "see", "threw": "throw",
	"broke": "break", "broken": "break", "drew": "draw", "drawn": "draw", "stood": "stand",
	"was": "be", "were": "be", "been": "be", "is": "be", "are": "be", "had": "have", "has": "have",
	"did": "do", "does": "do", "done": "do", "withdrew": "withdraw", "withdrawn": "withdraw",
	"forbade": "forbid", "forbidden": "forbid", "shot": "shoot", "hit": "hit", "put": "put",
	"set": "set", "cut": "cut", "let": "let", "rose": "rise", "fell": "fall", "fled": "flee",
	"paid": "pay", "flew": "fly", "flown": "fly", "wrote": "write", "written": "write", "sold": "sell",
	"bought": "buy", "thought": "think", "understood": "understand", "spent": "spend", "won't": "will",
	"chose": "choose", "chosen": "choose", "became": "become", "felt": "feel", "found": "find",
	"heard": "hear", "knew": "know", "known": "know", "lost": "lose", "meant": "mean", "ran": "run",
	"shook": "shake", "stole": "steal", "swore": "swear", "sworn": "swear", "took over": "take over",
	"undertook": "undertake", "withheld": "withhold", "upheld": "uphold", "overtook": "overtake",
	"laid": "lay", "lay": "lie", "lain": "lie", "bore": "bear", "borne": "bear", "beat": "beat",
	"dealt": "deal", "built": "build", "drove": "drive",
	"driven": "drive", "rode": "ride", "arose": "arise", "arisen": "arise", "forgave": "forgive",
	"forgot": "forget", "forgotten": "forget", "froze": "freeze", "frozen": "freeze", "hid": "hide",
	"hidden": "hide", "mistook": "mistake", "overcame": "overcome", "slid": "slide",
}
