// Package gold scores extracted statements against hand-checked gold facts in
// the format of shared/gold/*.tsv: for each fact, whether one statement has a
// matching subject, predicate and object with the right polarity, and whether
// any asserted statement contradicts a negated fact.
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

// Fact is one gold fact. Each field holds the alternatives the TSV lists.
type Fact struct {
	Line       int
	Subjects   []string
	Predicates []string
	// Objects are alternatives; each is a list of words that must all occur.
	Objects [][]string
	Negated bool
	Kind    schema.Kind
	Raw     string
}

func (f Fact) String() string { return f.Raw }

// Roots are the CAMEO root codes the fact's predicates intend: those of the
// alternatives that name a relation of the vocabulary, directly ("sanction")
// or by their first word ("appeal to", "call illegal"). Role facts and
// predicates outside the vocabulary intend none.
func (f Fact) Roots() []string {
	if f.Kind != schema.KindRelation || f.Negated {
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

// Read parses a gold TSV: '#' comment lines, one header line, then
// subject, predicate, object, polarity, kind.
func Read(r io.Reader, name string) ([]Fact, error) {
	var facts []Fact
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	header := false
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
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
		switch strings.TrimSpace(cols[3]) {
		case "+":
		case "-":
			f.Negated = true
			f.Raw += " (negated)"
		default:
			return nil, &ParseError{name, n, fmt.Errorf("polarity %q: want + or -", cols[3])}
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
	return facts, nil
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
// words ("U.S." -> "u.s").
func words(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-' && r != '\''
	})
	out := f[:0]
	for _, w := range f {
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
	// By is the statement that matched (nil when missed).
	By *schema.Statement
	// Contradicted lists asserted statements that match a negated fact.
	Contradicted []*schema.Statement
	// RootOK reports whether the matching statement's CAMEO root is one the
	// fact's predicates intend (only for facts whose predicates name events).
	RootOK bool
}

// Result is the score of one document.
type Result struct {
	Matches      []Match
	Matched      int
	Contradicted int
	// Coded counts matched facts whose predicates name coded events, and
	// RootRight those whose statement carries one of the intended CAMEO roots.
	Coded, RootRight int
}

// Recall is the share of facts matched.
func (r *Result) Recall() float64 {
	if len(r.Matches) == 0 {
		return 0
	}
	return float64(r.Matched) / float64(len(r.Matches))
}

// Score matches statements extracted from text against the facts. A
// statement supports a fact only when its sentence span really holds its
// sentence text in text (its provenance points at a sentence that states it).
func Score(facts []Fact, st []schema.Statement, text string) *Result {
	res := &Result{}
	for _, f := range facts {
		m := Match{Fact: f}
		for i := range st {
			s := &st[i]
			if !provenanceOK(s, text) || !matches(f, s) {
				continue
			}
			if f.Negated && s.IsAsserted() {
				m.Contradicted = append(m.Contradicted, s)
				continue
			}
			// A positive fact wants a statement that is not negated (an
			// intent such as "wants to support" still states it); a negated
			// fact wants one that is not an asserted edge.
			if m.By == nil && (f.Negated && !s.IsAsserted() || !f.Negated && s.Polarity != schema.Negated) {
				m.By = s
			}
		}
		if m.By != nil {
			res.Matched++
			if roots := f.Roots(); len(roots) > 0 {
				res.Coded++
				m.RootOK = slices.Contains(roots, root(m.By.CAMEO))
				if m.RootOK {
					res.RootRight++
				}
			}
		}
		if len(m.Contradicted) > 0 {
			res.Contradicted++
		}
		res.Matches = append(res.Matches, m)
	}
	return res
}

func provenanceOK(s *schema.Statement, text string) bool {
	sp := s.SentenceSpan
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return false
	}
	return strings.TrimSpace(text[sp.Start:sp.End]) == strings.TrimSpace(s.SentenceText)
}

func matches(f Fact, s *schema.Statement) bool {
	if f.Kind != s.Kind && s.Kind != "" {
		return false
	}
	return anyEqual(f.Subjects, s.Subject.Name, s.Subject.Text) &&
		predicateMatches(f.Predicates, s) &&
		objectMatches(f.Objects, s)
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
	if !strings.HasPrefix(form, strings.TrimSuffix(lemma, "e")) || len(lemma) < 2 {
		return false
	}
	rest := form[len(strings.TrimSuffix(lemma, "e")):]
	switch rest {
	case "e", "s", "es", "d", "ed", "ing", "ning", "ned", "ted", "red", "ped", "ged", "ting", "ring", "ping", "ging":
		return true
	}
	return false
}

func objectMatches(alts [][]string, s *schema.Statement) bool {
	texts := []string{s.Object.Text, s.Object.Name}
	for _, e := range s.Extra {
		texts = append(texts, e.Text, e.Name)
	}
	for _, want := range alts {
		for _, t := range texts {
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
}
