package clause

import (
	"slices"
	"strings"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/schema"
)

// Bounds that keep extraction linear on hostile parses (the fuzz tests in
// fuzz_test.go run against them); they are limits, not tuned on a
// benchmark.
const (
	maxArgTokens = 80 // words kept in one argument, around its head
	maxChain     = 6  // open complements followed from one verb
	maxPaths     = 16 // verb paths read from one clause head
	maxSplit     = 12 // conjuncts split out of one coordinated argument
	maxClimb     = 64 // steps when inheriting a subject up conj/advcl links
	// maxTitleWords bounds the common-noun title before a name ("rugby union
	// team Ammanford RFC"); 3 or 12 change no output on the gold news, 200
	// BBC articles or CaRB dev.
	maxTitleWords = 6
)

// Extract reads the clauses of every sentence of d. Parent indices refer to
// the returned slice.
func Extract(d *doc.Doc) []Clause {
	var out []Clause
	for si := range d.Sentences {
		cs := ExtractSentence(d, si)
		base := len(out)
		for i := range cs {
			if cs[i].Parent >= 0 {
				cs[i].Parent += base
			}
		}
		out = append(out, cs...)
	}
	return out
}

// ExtractSentence reads the clauses of sentence si of d. Parent indices refer
// to the returned slice. A sentence without a parse yields no clauses.
func ExtractSentence(d *doc.Doc, si int) []Clause {
	if d == nil || si < 0 || si >= len(d.Sentences) {
		return nil
	}
	s := newSent(d, si)
	if s == nil {
		return nil
	}
	return s.extract()
}

// sent is one parsed sentence with its tree made safe: heads in range and
// free of cycles.
type sent struct {
	d       *doc.Doc
	si      int
	t       []doc.Token
	head    []int
	dep     []string // relation, lowercased
	kids    [][]int  // children in sentence order
	lem     []string // lemma, lowercased
	mention []int    // index into d.Mentions covering the token, or -1
	cop     []int    // first copula child, or -1
	subj    []int    // first subject child, or -1
	obj     []int    // first nominal object child, or -1
	onObl   []int    // first "on"/"upon" oblique child, or -1

	out   []Clause
	owner []int // for each token, the first clause whose verb path holds it, or -1

	spaceInfo spacing     // whether the tokens record spacing
	repRel    map[int]int // reportedRelcl results by verb
}

func newSent(d *doc.Doc, si int) *sent {
	toks := d.Sentences[si].Tokens
	if len(toks) == 0 {
		return nil
	}
	s := &sent{d: d, si: si, t: toks}
	if !s.readTree() {
		return nil
	}
	s.breakCycles()
	s.linkKids()
	s.indexMentions()
	if s.liftDateComplements() {
		s.linkKids()
	}
	if s.liftWantedParticiples() {
		s.linkKids()
	}
	if s.liftGerundSubjects() {
		s.linkKids()
	}
	if s.liftReducedRelatives() {
		s.linkKids()
	}
	s.indexChildren()
	s.dropDateObjects()
	s.owner = minusOnes(len(toks))
	return s
}

// readTree reads heads (out-of-range ones as roots), relations and lemmas
// (lower case; the word where the lemma is missing), and reports whether
// the sentence has a parse at all.
func (s *sent) readTree() bool {
	toks := s.t
	n := len(toks)
	s.head = make([]int, n)
	s.dep = make([]string, n)
	s.lem = make([]string, n)
	parsed := false
	for i := range toks {
		h := toks[i].Head
		if h < -1 || h >= n || h == i {
			h = -1
		}
		s.head[i] = h
		s.dep[i] = strings.ToLower(toks[i].Dep)
		if s.dep[i] != "" {
			parsed = true
		}
		l := toks[i].Lemma
		if l == "" || l == "_" {
			l = toks[i].Text
		}
		s.lem[i] = strings.ToLower(l)
	}
	return parsed
}

// indexChildren finds the first copula, subject, nominal object and "on"
// oblique of a control verb among the children of each token.
func (s *sent) indexChildren() {
	n := len(s.t)
	s.cop, s.subj, s.obj, s.onObl = minusOnes(n), minusOnes(n), minusOnes(n), minusOnes(n)
	for i := n - 1; i >= 0; i-- { // backwards, so the first child wins
		h := s.head[i]
		if h < 0 {
			continue
		}
		switch {
		case s.dep[i] == "cop":
			s.cop[h] = i
		case s.isSubj(i):
			s.subj[h] = i
		case (s.dep[i] == "obj" || s.dep[i] == "iobj") && s.isNominal(i):
			s.obj[h] = i // dates among them are dropped by dropDateObjects
		case base(s.dep[i]) == "obl" && s.dep[i] != "obl:agent":
			// "called on Western powers to back", not "vowed on Thursday
			// to wage war".
			if p, _ := s.caseOf(i); (p == "on" || p == "upon") && lexicon.OnControlVerbs.Has(s.lem[h]) &&
				!lexicon.TemporalNouns.Has(s.lem[i]) && !lexicon.DateWords.Has(s.lem[i]) && s.upos(i) != "NUM" {
				s.onObl[h] = i
			}
		}
	}
}

// indexMentions notes for each token the first entity mention of the
// sentence that covers it.
func (s *sent) indexMentions() {
	n := len(s.t)
	s.mention = minusOnes(n)
	start, end := s.d.MentionRange(s.si)
	for k := start; k < end; k++ {
		m := &s.d.Mentions[k]
		for i := max(m.Start, 0); i < m.End && i < n; i++ {
			if s.mention[i] < 0 {
				s.mention[i] = k
			}
		}
	}
}

// dropDateObjects replaces an object that is a date ("voted March 16") by
// the next nominal object that is none, or by none.
func (s *sent) dropDateObjects() {
	for h := range s.t {
		if o := s.obj[h]; o >= 0 && s.dateLike(o) {
			s.obj[h] = -1
			for _, k := range s.kids[h] {
				if (s.dep[k] == "obj" || s.dep[k] == "iobj") && s.isNominal(k) && !s.dateLike(k) {
					s.obj[h] = k
					break
				}
			}
		}
	}
}

// minusOnes returns n indices set to -1, none.
func minusOnes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	return out
}

func (s *sent) linkKids() {
	s.kids = make([][]int, len(s.t))
	for i, h := range s.head {
		if h >= 0 {
			s.kids[h] = append(s.kids[h], i)
		}
	}
}

// liftDateComplements reattaches an infinitive that the parse hung on a
// date after a verb ("voted March 16 to break away", with "to break" a
// modifier of "16") to the verb, as its open complement. It reports whether
// the tree changed.
func (s *sent) liftDateComplements() bool {
	changed := false
	for x := range s.t {
		g := s.head[x]
		if g < 0 || (s.dep[x] != "acl" && s.dep[x] != "xcomp") || s.t[x].UPOS != "VERB" || g > x {
			continue
		}
		v := s.head[g]
		if v < 0 || v > g || s.t[v].UPOS != "VERB" || !s.dateLike(g) {
			continue
		}
		if d := base(s.dep[g]); d != "obj" && d != "obl" && d != "nmod" {
			continue
		}
		m := -1
		for _, k := range s.kids[x] {
			if s.dep[k] == "mark" && s.lem[k] == "to" && k < x {
				m = k
			}
		}
		if m < 0 {
			continue
		}
		s.head[x], s.dep[x] = v, "xcomp"
		changed = true
	}
	return changed
}

// liftWantedParticiples reattaches the participle of a result verb ("want
// the budget to be capped", parsed as a modifier of "budget"; "want the
// embargo lifted", parsed as a clause with "embargo" its subject) to the
// verb as its open complement, with the noun the verb's object. It reports
// whether the tree changed.
func (s *sent) liftWantedParticiples() bool {
	changed := false
	for x := range s.t {
		g := s.head[x]
		if g < 0 || g > x || s.t[x].UPOS != "VERB" || (s.t[x].XPOS != "VBN" && s.t[x].XPOS != "VBD") {
			continue
		}
		switch {
		case s.dep[x] == "acl" && base(s.dep[g]) == "obj" && s.head[g] >= 0 && s.resultVerb(s.head[g]) && s.onlyPassiveAux(x):
			s.head[x], s.dep[x] = s.head[g], "xcomp"
			changed = true
		case (s.dep[x] == "xcomp" || s.dep[x] == "ccomp") && s.resultVerb(g) && s.onlyPassiveAux(x):
			for _, n := range s.kids[x] {
				if n < x && n > g && base(s.dep[n]) == "nsubj" && s.isNominal(n) && !s.isRelPron(n) {
					s.head[n], s.dep[n] = g, "obj"
					s.dep[x] = "xcomp"
					changed = true
					break
				}
			}
		}
	}
	return changed
}

// liftGerundSubjects gives a gerund its subject where the parse hung the
// noun before it on the governing verb ("talk about Turkey entering the
// EU", with "Turkey" an oblique of "talk" and "entering" an adverbial):
// the gerund takes the noun's place, the noun becomes its subject and the
// preposition its marker. It reports whether the tree changed.
func (s *sent) liftGerundSubjects() bool {
	changed := false
	for x := 1; x < len(s.t); x++ {
		g := s.head[x]
		if g < 0 || g > x || s.t[x].XPOS != "VBG" || (s.dep[x] != "advcl" && s.dep[x] != "xcomp") || s.markOf(x) >= 0 ||
			slices.ContainsFunc(s.kids[x], s.isSubj) {
			continue
		}
		n := x - 1
		if s.head[n] != g || base(s.dep[n]) != "obl" || !s.isNominal(n) || s.t[n].UPOS == "PRON" {
			continue
		}
		c := -1
		for _, k := range s.kids[n] {
			if s.dep[k] == "case" && k < n {
				c = k
			}
		}
		if c < 0 {
			continue
		}
		s.head[x], s.dep[x] = g, "advcl"
		s.head[n], s.dep[n] = x, "nsubj"
		s.head[c], s.dep[c] = x, "mark"
		changed = true
	}
	return changed
}

// liftReducedRelatives reattaches a participle set off by a comma after a
// name, which the parse made a conjunct or an adverbial of the main verb
// ("appealed for the release of aid worker Anna Berg, kidnapped in Iraq"),
// to the name, as the clause that modifies it: she was kidnapped, not the
// senator. It reports whether the tree changed.
func (s *sent) liftReducedRelatives() bool {
	changed := false
	for v := 2; v < len(s.t); v++ {
		// A past tense with no object of its own reads as the participle
		// too: the tagger may take one for the other.
		if s.t[v].XPOS != "VBN" && s.t[v].XPOS != "VBD" || (s.dep[v] != "conj" && s.dep[v] != "advcl") || s.t[v-1].Text != "," {
			continue
		}
		if slices.ContainsFunc(s.kids[v], func(k int) bool {
			d := base(s.dep[k])
			return d == "cc" || d == "aux" || d == "mark" || s.isSubj(k) || d == "obj" || d == "ccomp" || d == "xcomp"
		}) {
			continue
		}
		n := v - 2
		for n >= 0 && (s.dep[n] == "flat" || s.dep[n] == "compound") && s.head[n] >= 0 && s.head[n] < n {
			n = s.head[n]
		}
		// A person: "founded in 2005 in Lausanne, named after" names the
		// think tank, not the town.
		if n < 0 || s.upos(n) != "PROPN" || s.isSubj(n) || s.head[n] == v || s.mention[n] < 0 || s.d.Mentions[s.mention[n]].Type != schema.Person {
			continue
		}
		s.head[v], s.dep[v] = n, "acl"
		changed = true
	}
	return changed
}

// resultVerb reports whether v is a verb of lexicon.ResultVerbs.
func (s *sent) resultVerb(v int) bool {
	return s.t[v].UPOS == "VERB" && lexicon.ResultVerbs.Has(s.lem[v])
}

// onlyPassiveAux reports whether participle x has no auxiliary or marker but
// an infinitive's "to" and a passive "be": "to be capped", not "will be
// capped" or "that it is capped".
func (s *sent) onlyPassiveAux(x int) bool {
	for _, k := range s.kids[x] {
		switch {
		case s.dep[k] == "mark" && s.lem[k] != "to":
			return false
		case base(s.dep[k]) == "aux" && s.lem[k] != "be" && s.lem[k] != "to":
			return false
		case s.dep[k] == "aux" && s.lem[k] == "be":
			return false
		}
	}
	return true
}

// wantedParticiple reports whether x is the participle a result verb g
// wants its object in ("want the embargo lifted"): the clause reads g and x
// as one verb phrase whose object is g's.
func (s *sent) wantedParticiple(g, x int) bool {
	return g >= 0 && s.dep[x] == "xcomp" && s.head[x] == g && s.resultVerb(g) &&
		(s.t[x].XPOS == "VBN" || s.t[x].XPOS == "VBD") && s.obj[g] >= 0 && s.obj[g] < x && s.subjOf(x) < 0
}

// visit is how far breakCycles has walked from a token.
type visit uint8

const (
	unvisited visit = iota
	onWalk          // on the current walk to the root
	settled         // known to reach a root
)

// breakCycles makes the head array a forest: any token whose walk to the
// root revisits itself is cut loose as a root.
func (s *sent) breakCycles() {
	state := make([]visit, len(s.head))
	var walk []int
	for i := range s.head {
		walk = walk[:0]
		j := i
		for j >= 0 && state[j] == unvisited {
			state[j] = onWalk
			walk = append(walk, j)
			j = s.head[j]
		}
		if j >= 0 && state[j] == onWalk {
			s.head[j] = -1 // cycle through j: cut it
		}
		for _, w := range walk {
			state[w] = settled
		}
	}
}

func base(dep string) string {
	if i := strings.IndexByte(dep, ':'); i >= 0 {
		return dep[:i]
	}
	return dep
}

func (s *sent) upos(i int) string { return s.t[i].UPOS }

func (s *sent) isNominal(i int) bool {
	switch s.t[i].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "X", "SYM":
		return true
	}
	return false
}

func (s *sent) isPunct(i int) bool {
	if s.t[i].UPOS == "PUNCT" || s.dep[i] == "punct" {
		return true
	}
	w := s.t[i].Text
	return w != "" && strings.Trim(w, ".,;:!?\"'`()[]{}-–—") == ""
}

// child returns the first child of i with relation rel (exact), or -1.
func (s *sent) child(i int, rels ...string) int {
	for _, c := range s.kids[i] {
		if slices.Contains(rels, s.dep[c]) {
			return c
		}
	}
	return -1
}

func (s *sent) hasCop(i int) bool { return s.cop[i] >= 0 }

func (s *sent) isNeg(i int) bool {
	return lexicon.Negators.Has(s.lem[i]) && (s.dep[i] == "advmod" || s.dep[i] == "neg" || s.t[i].UPOS == "PART")
}

func (s *sent) isSubj(i int) bool {
	switch s.dep[i] {
	case "nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer", "nsubj:xsubj":
		return true
	}
	return false
}

// subjOf returns the subject child of i, or -1.
func (s *sent) subjOf(i int) int { return s.subj[i] }

// isPredicate reports whether token i heads a clause of its own.
func (s *sent) isPredicate(i int) bool {
	switch base(s.dep[i]) {
	case "aux", "cop", "det", "case", "mark", "fixed", "flat", "goeswith", "reparandum",
		"punct", "compound", "amod", "nummod", "cc", "discourse", "vocative", "expl":
		return false
	}
	if s.hasCop(i) {
		return true
	}
	switch s.t[i].UPOS {
	case "VERB":
		return true
	case "AUX":
		// "be" as a main verb ("there is ..."); AUX that heads something.
		return s.dep[i] != "aux" && s.dep[i] != "cop"
	}
	return false
}

// isVerbal reports whether an open complement continues the verb phrase.
func (s *sent) isVerbal(i int) bool {
	return s.t[i].UPOS == "VERB" || s.t[i].UPOS == "AUX" || s.hasCop(i)
}

func (s *sent) isRelPron(i int) bool {
	if !lexicon.RelativeWords.Has(s.lem[i]) {
		return false
	}
	switch s.t[i].UPOS {
	case "PRON", "DET", "ADV", "SCONJ", "":
		return true
	}
	return false
}

func (s *sent) isPronoun(i int) bool { return s.t[i].UPOS == "PRON" }

// caseOf returns the preposition phrase introducing nominal i ("because of").
func (s *sent) caseOf(i int) (string, []int) {
	var words []string
	var toks []int
	for _, c := range s.kids[i] {
		if s.dep[c] == "case" && c < i {
			words = append(words, s.lem[c])
			toks = append(toks, c)
			for _, f := range s.kids[c] {
				if s.dep[f] == "fixed" {
					words = append(words, s.lem[f])
					toks = append(toks, f)
				}
			}
		}
	}
	return strings.Join(words, " "), toks
}

// markOf returns the marker of a clause ("that", "to", "whether").
func (s *sent) markOf(i int) int {
	for _, c := range s.kids[i] {
		if s.dep[c] == "mark" && c < i {
			return c
		}
	}
	return -1
}
