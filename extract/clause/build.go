package clause

import (
	"slices"

	"github.com/kgraph/kgraph/extract/lexicon"
)

// path is a chain of verbs read as one verb phrase: a clause head and the
// subject-controlled open complements below it ("had not agreed to move").
type path []int

func (s *sent) extract() []Clause {
	n := len(s.t)
	for h := 0; h < n; h++ {
		if !s.isPredicate(h) || s.merged(h) {
			continue
		}
		s.clausesAt(h)
	}
	for a := 0; a < n; a++ {
		if s.dep[a] == "appos" && s.head[a] >= 0 && s.isNominal(a) && s.isNominal(s.head[a]) &&
			!s.isPronoun(s.head[a]) && s.looseAppos(a) {
			s.appos(a)
		}
		if s.upos(a) == "PROPN" && base(s.dep[a]) != "compound" && base(s.dep[a]) != "flat" {
			s.title(a)
		}
	}
	s.roles()
	s.link()
	for i := range s.out {
		s.out[i].Confidence = s.confidence(&s.out[i])
	}
	return s.out
}

// objectControl reports whether the open complement x of g takes its subject
// from g's object ("called on Western powers to back", "urged him to go");
// it returns the controller or -1.
func (s *sent) objectControl(g, x int) int {
	if g < 0 {
		return -1
	}
	if c := s.obj[g]; c >= 0 && c < x {
		return c
	}
	if c := s.onObl[g]; c >= 0 && c < x {
		return c
	}
	return -1
}

// merged reports whether predicate h is read as part of another clause's
// verb phrase: a subject-controlled open complement, or a conjunct of one.
func (s *sent) merged(h int) bool {
	for step := 0; step < maxClimb && h >= 0; step++ {
		switch s.dep[h] {
		case "xcomp":
			g := s.xhost(h)
			return g >= 0 && s.isVerbal(h) && (s.objectControl(g, h) < 0 || s.wantedParticiple(g, h))
		case "conj":
			if s.subjOf(h) >= 0 {
				return false
			}
			h = s.head[h]
		default:
			return false
		}
	}
	return false
}

// paths lists the verb phrases starting at h, following subject-controlled
// open complements and their conjuncts ("voted to break away ... and join").
func (s *sent) paths(h int) []path {
	var done []path
	work := []path{{h}}
	for len(work) > 0 && len(done) < maxPaths {
		p := work[len(work)-1]
		work = work[:len(work)-1]
		last := p[len(p)-1]
		var next []int
		if len(p) < maxChain {
			for _, x := range s.xcomps(last) {
				if !s.isVerbal(x) || s.objectControl(last, x) >= 0 && !s.wantedParticiple(last, x) {
					continue
				}
				next = append(next, x)
				for _, c := range s.kids[x] {
					if s.dep[c] == "conj" && s.isVerbal(c) && s.subjOf(c) < 0 {
						next = append(next, c)
					}
				}
			}
		}
		if len(next) == 0 {
			done = append(done, p)
			continue
		}
		for k := len(next) - 1; k >= 0; k-- {
			q := append(slices.Clip(p), next[k])
			work = append(work, q)
		}
	}
	return done
}

// subjectFor finds the token heading the subject of clause head h, climbing
// through conjunctions, control and adverbial clauses; for relative and
// participial clauses it returns the antecedent noun and rel=true.
func (s *sent) subjectFor(h int) (tok int, inherited, rel bool) {
	v := h
	for step := 0; step < maxClimb && v >= 0; step++ {
		if sc := s.subjOf(v); sc >= 0 {
			if s.isRelPron(sc) && s.dep[v] == "acl:relcl" {
				return s.antecedent(v), v != h, true
			}
			return sc, v != h, false
		}
		g := s.head[v]
		if g < 0 {
			return -1, false, false
		}
		switch s.dep[v] {
		case "conj":
			if !s.isPredicate(g) {
				return -1, false, false
			}
			v = s.conjHead(v)
		case "xcomp":
			if g = s.xhost(v); g < 0 {
				return -1, false, false
			}
			if c := s.objectControl(g, v); c >= 0 && !lexicon.MeetingVerbs.Has(s.lem[g]) {
				return c, true, false
			}
			// "met Berlusconi to talk about Turkey": a purpose, whose
			// subject is the one who met.
			v = g
		case "advcl":
			// "called on Western powers to back" parsed as an adverbial.
			if m := s.markOf(v); m >= 0 && s.lem[m] == "to" && s.onObl[g] >= 0 && s.onObl[g] < v && s.obj[g] < 0 {
				return s.onObl[g], true, false
			}
			// "with nearly a third going to the U.S.": an absolute
			// clause has a subject of its own, whatever the parse made of it.
			if m := s.markOf(v); m >= 0 && (s.lem[m] == "with" || s.lem[m] == "without") && s.wordsBetween(m, v) {
				return -1, false, false
			}
			// "quoted Howe as saying": the one quoted says it.
			if m := s.markOf(v); m >= 0 && s.lem[m] == "as" && lexicon.QuotingVerbs.Has(s.lem[g]) && s.obj[g] >= 0 && s.obj[g] < v {
				return s.obj[g], true, false
			}
			// "arms that could be used by China to threaten Taiwan": the
			// purpose of a passive is its agent's.
			if m := s.markOf(v); m >= 0 && s.lem[m] == "to" {
				for _, k := range s.kids[g] {
					if s.dep[k] == "obl:agent" && k < v && s.upos(k) == "PROPN" {
						return k, true, false
					}
				}
			}
			v = g
		case "acl":
			if p := s.nounController(v); p >= 0 {
				return p, true, false
			}
			return s.antecedent(v), true, true
		case "acl:relcl":
			if s.relPronOf(v) < 0 && s.gapIsSubject(v) {
				return s.antecedent(v), true, true
			}
			return -1, false, false
		default:
			return -1, false, false
		}
	}
	return -1, false, false
}

// nounController returns the possessor whose intent, attempt or refusal
// noun governs infinitive v ("Turkey's bid to join the EU", "George
// Bush's refusal to sign up to Kyoto"), or whose act a gerund spells out
// ("Reagan's action in vetoing"): the one who would do it, or did. -1
// when there is none.
func (s *sent) nounController(v int) int {
	n := s.head[v]
	if n < 0 || s.dep[v] != "acl" {
		return -1
	}
	m := s.markOf(v)
	switch {
	case m >= 0 && s.lem[m] == "to" && lexicon.ControlNouns.Has(s.lem[n]):
	case m >= 0 && (s.lem[m] == "in" || s.lem[m] == "of" || s.lem[m] == "by") && s.t[v].XPOS == "VBG" &&
		(lexicon.ControlNouns.Has(s.lem[n]) || lexicon.ActNouns.Has(s.lem[n])):
		// "President Reagan's firm action in vetoing trade protectionist
		// measures": Reagan vetoed them.
	default:
		return -1
	}
	for _, k := range s.kids[n] {
		if s.dep[k] == "nmod:poss" && k < n && (s.upos(k) == "PROPN" || s.upos(k) == "NOUN") {
			return k
		}
	}
	return -1
}

// quotesAs reports whether h quotes its object as saying something ("the
// agency quoted him as saying"): the saying is the clause to read, the
// quoting only names who reported it.
func (s *sent) quotesAs(h int) bool {
	if !lexicon.QuotingVerbs.Has(s.lem[h]) || s.obj[h] < 0 {
		return false
	}
	for _, k := range s.kids[h] {
		if m := s.markOf(k); s.dep[k] == "advcl" && m >= 0 && s.lem[m] == "as" && s.isReporting(k) {
			return true
		}
	}
	return false
}

// wordsBetween reports whether a noun, pronoun, number or adjective stands
// between tokens a and b: the subject of an absolute clause ("with nearly
// a third going"), not "charged with reviewing".
func (s *sent) wordsBetween(a, b int) bool {
	for t := a + 1; t < b; t++ {
		switch s.upos(t) {
		case "NOUN", "PROPN", "PRON", "NUM", "ADJ":
			return true
		}
	}
	return false
}

// antecedent returns the noun a relative or participial clause r modifies;
// when that noun is the predicate of a copular clause ("X is a footballer
// who plays"), the copula's subject.
func (s *sent) antecedent(r int) int {
	n := s.head[r]
	if n < 0 {
		return -1
	}
	if s.hasCop(n) {
		if sc := s.subjOf(n); sc >= 0 && !s.isRelPron(sc) {
			return sc
		}
	}
	return n
}

// relPronOf returns the relative pronoun of relative clause r, or -1.
func (s *sent) relPronOf(r int) int {
	for _, c := range s.kids[r] {
		if s.isRelPron(c) && c < r {
			return c
		}
		// "in which", "whose troops"
		if c < r && (base(s.dep[c]) == "obl" || base(s.dep[c]) == "nsubj" || base(s.dep[c]) == "obj") {
			for _, g := range s.kids[c] {
				if s.isRelPron(g) {
					return g
				}
			}
		}
	}
	return -1
}

// gapIsSubject reports whether a relative clause without a relative pronoun
// lacks its subject ("the troops amassed on the border") rather than its
// object ("a decision Ukraine's leaders must make").
func (s *sent) gapIsSubject(r int) bool { return s.subjOf(r) < 0 }

func (s *sent) isReporting(v int) bool { return lexicon.Reporting.Has(s.lem[v]) }

// clausesAt emits the clauses headed by predicate h.
func (s *sent) clausesAt(h int) {
	st, inherited, rel := s.subjectFor(h)
	origin := OriginVerb
	switch {
	case s.dep[h] == "acl:relcl" && !s.falseRelcl(h):
		origin = OriginRelcl
	case s.dep[h] == "acl" && !s.falseRelcl(h):
		origin = OriginAcl
	case s.dep[h] == "xcomp":
		origin = OriginControl
	case s.dep[h] == "advcl" && inherited:
		origin = OriginAdverbial
	case s.hasCop(h):
		origin = OriginCopula
	}
	if origin == OriginAcl && st < 0 || s.quotesAs(h) {
		return
	}
	if origin == OriginAcl {
		// Only participles read as clauses ("elections monitored by",
		// "a constitution allowing for"); "the ability to solve" is not one.
		x := s.t[h].XPOS
		if (x != "VBN" && x != "VBG" || s.markOf(h) >= 0) && s.nounController(h) < 0 {
			return
		}
	}
	var subs []Arg
	var joint *Arg
	if st >= 0 {
		subs, joint = s.splitConj(st, rel)
		if g := s.head[st]; g >= 0 && !rel && s.isSubj(st) {
			// Two subjects side by side are one name with its title
			// ("U.S. Secretary of State John Kerry said"): the last is the head.
			for _, k := range s.kids[g] {
				if k > st && k < g && s.isSubj(k) && joint == nil {
					first := s.phrase(st, false, false)
					second := s.phrase(k, false, false)
					if len(first.Tokens) > 0 && len(second.Tokens) > 0 && first.End == second.Start {
						subs = []Arg{s.finish(k, append(slices.Clone(first.Tokens), second.Tokens...))}
						st = k
					}
					break
				}
			}
		}
	}
	if st >= 0 && !rel {
		if k := s.laterSubject(st); k >= 0 {
			// "The UK, France ... and Sweden want": the parse made the last
			// conjunct a subject of its own.
			more, _ := s.splitConj(k, false)
			subs = append(subs, more...)
			first, last := s.phrase(st, false, true), s.phrase(k, false, true)
			var toks []int
			for t := first.Start; t < last.End; t++ {
				toks = append(toks, t)
			}
			whole := s.finish(st, toks)
			joint = &whole
		}
	}
	if g := s.head[h]; g >= 0 && s.dep[h] == "xcomp" && lexicon.MeetingVerbs.Has(s.lem[g]) && s.obj[g] >= 0 && s.obj[g] < h && inherited {
		// "met Berlusconi and Schroeder to talk about Turkey": those met
		// talk too.
		more, _ := s.splitConj(s.obj[g], false)
		subs = append(subs, more...)
	}
	if st >= 0 && !rel && !s.hasCop(h) && s.upos(h) == "VERB" && len(subs) == 1 && subs[0].Head == st && s.pureDate(st) {
		// A date does nothing: "Sunday" in a misparse of "on Sunday, as
		// both sides tried to ease tensions" is no subject of "ease".
		subs = nil
	}
	if len(subs) == 0 {
		subs = []Arg{{Head: -1}}
	}
	for _, p := range s.paths(h) {
		for _, sub := range subs {
			s.build(h, p, sub, joint, origin, inherited, rel, st)
		}
	}
}

// laterSubject returns a second subject of subject st's verb that a
// coordinating conjunction joins to it ("Austria, the Netherlands and
// Sweden want", with "Sweden" a subject of "want"), or -1.
func (s *sent) laterSubject(st int) int {
	g := s.head[st]
	if g < 0 || !s.isSubj(st) {
		return -1
	}
	end := s.phrase(st, false, true).End
	for _, k := range s.kids[g] {
		if k <= st || k >= g || !s.isSubj(k) || !s.isNominal(k) {
			continue
		}
		k0 := s.phrase(k, false, true).Start
		for c := end; c < k0; c++ {
			if s.t[c].UPOS == "CCONJ" && (s.head[c] == g || s.head[c] == k) {
				return k
			}
		}
		return -1
	}
	return -1
}

// splitConj returns one argument per conjunct of the phrase headed by h, and
// the whole coordination when there is more than one.
func (s *sent) splitConj(h int, noAcl bool) ([]Arg, *Arg) {
	var conj []int
	inName := false
	if s.isNominal(h) {
		// A list parsed as a chain ("Austria, the Netherlands and Sweden",
		// "the Netherlands" a conjunct of "Austria") is one coordination.
		for q := []int{h}; len(q) > 0 && len(conj) < maxSplit; q = q[1:] {
			for _, c := range s.kids[q[0]] {
				if s.dep[c] != "conj" || !s.isNominal(c) || s.hasCop(c) || len(conj) >= maxSplit {
					continue
				}
				if s.mention[h] >= 0 && s.mention[c] == s.mention[h] {
					// One name is not two ("Trade and Industry", "Bosnia and
					// Herzegovina"): a conjunct inside the head's mention stays.
					inName = true
					continue
				}
				conj = append(conj, c)
				q = append(q, c)
			}
		}
		slices.Sort(conj)
	}
	if len(conj) == 0 {
		return []Arg{s.phrase(h, noAcl, inName)}, nil
	}
	whole := s.phrase(h, noAcl, true)
	out := []Arg{s.phrase(h, noAcl, false)}
	// "Nissan 's morale and image": a later conjunct without a determiner
	// of its own shares the first one's.
	var shared []int
	for _, k := range s.kids[h] {
		if k < h && (s.dep[k] == "det" || s.dep[k] == "nmod:poss") {
			shared = append(shared, s.collect(k, func(int) bool { return false })...)
		}
	}
	for _, c := range conj {
		a := s.phrase(c, false, false)
		if len(shared) > 0 && len(a.Tokens) > 0 && s.upos(c) == "NOUN" && !s.hasDet(c) {
			a = s.finish(c, append(slices.Clone(shared), a.Tokens...))
		}
		out = append(out, a)
	}
	for k := 1; k < len(whole.Tokens); k++ {
		if whole.Tokens[k] != whole.Tokens[k-1]+1 {
			// "West Germany is against, along with Britain": the
			// conjuncts stand apart, and their span would hold the verb.
			return out, nil
		}
	}
	return out, &whole
}

func (s *sent) hasAux(v int) bool {
	for _, c := range s.kids[v] {
		if base(s.dep[c]) == "aux" {
			return true
		}
	}
	return false
}

// chainOf adds the verb-phrase words of v to chain: auxiliaries, copula,
// negation, particles and, for an open complement, its "to".
func (s *sent) chainOf(v int, chain []int, inner, last bool) []int {
	for _, c := range s.kids[v] {
		switch {
		case base(s.dep[c]) == "aux", s.dep[c] == "cop", s.dep[c] == "compound:prt", s.isNeg(c):
			chain = append(chain, c)
		case s.dep[c] == "advmod" && c == v+1 && lexicon.Particles.Has(s.lem[c]):
			chain = append(chain, c) // "break away", parsed as an adverb
		case inner && s.dep[c] == "mark" && s.lem[c] == "to":
			chain = append(chain, c)
		}
	}
	if !s.hasCop(v) || !last {
		// "will be able to": a copular predicate inside the phrase stays.
		chain = append(chain, v)
	}
	return chain
}

func (s *sent) emit(c Clause) {
	ci := len(s.out)
	for _, v := range c.path {
		if s.owner[v] < 0 {
			s.owner[v] = ci
		}
	}
	s.out = append(s.out, c)
}

// hasDetNo reports a "no" determiner ("no intention").
func (s *sent) hasDetNo(n int) bool {
	for _, k := range s.kids[n] {
		if s.dep[k] == "det" && lexicon.NegativeDeterminers.Has(s.lem[k]) {
			return true
		}
	}
	return false
}

func (s *sent) caseToks(n int) []int {
	_, t := s.caseOf(n)
	return t
}

// nounToks returns the words of the light-verb noun phrase headed by o,
// without its prepositional modifier nm and anything after it.
func (s *sent) nounToks(o, nm int) []int {
	a := s.phrase(o, false, false)
	stop := nm
	if nm >= 0 {
		// Stop before the modifier's first word ("Mr. Stoll 's hunt").
		for _, t := range s.collect(nm, func(int) bool { return false }) {
			stop = min(stop, t)
		}
	}
	var out []int
	for _, t := range a.Tokens {
		if nm >= 0 && t >= stop {
			break
		}
		if t > o && nm < 0 {
			break
		}
		out = append(out, t)
	}
	return out
}

// appos emits (X, be, Y) for the apposition "X, Y".
func (s *sent) appos(a int) {
	n := s.head[a]
	sub := s.phrase(n, false, false)
	obj := s.phrase(a, false, false)
	if sub.Empty() || obj.Empty() {
		return
	}
	if s.upos(a) == "PROPN" && s.upos(n) == "NOUN" {
		// "the branch's former manager, Christopher Drogoul": the name is
		// the subject.
		sub, obj = obj, sub
	}
	s.out = append(s.out, Clause{
		Sentence: s.si, Type: SVC, Subject: sub, Verb: a, Predicate: "be",
		Objects: []Arg{obj}, Parent: -1, Noun: -1, Origin: OriginAppos,
	})
}

// link sets Parent and Speaker: a clause in the complement of a reporting
// verb is reported speech by that verb's subject.
func (s *sent) link() {
	memo := map[int]int{}
	for i := range s.out {
		c := &s.out[i]
		if len(c.path) == 0 {
			continue
		}
		v := c.path[0]
		for step := 0; step < maxClimb && s.dep[v] == "conj" && s.head[v] >= 0; step++ {
			v = s.conjHead(v)
		}
		g := -1
		switch s.dep[v] {
		case "ccomp":
			g = s.head[v]
		case "acl:relcl", "acl":
			if s.falseRelcl(v) {
				for a := s.head[v]; a >= 0 && g < 0; a = s.head[a] {
					if s.isPredicate(a) {
						g = a
					}
				}
			}
		case "parataxis":
			if h := s.head[v]; h >= 0 && s.isReporting(h) {
				g = h
			}
		}
		if g < 0 {
			g = s.quoteVerb(v, memo)
		}
		speech := g >= 0 && s.isReporting(g)
		if g < 0 && (s.dep[v] == "xcomp" || s.dep[v] == "advcl") {
			// "called on Western powers to back": the governing clause.
			g = s.head[v]
		}
		if g < 0 || s.owner[g] < 0 || s.owner[g] == i {
			continue
		}
		c.Parent = s.owner[g]
		if speech {
			p := &s.out[c.Parent]
			if !p.Subject.Empty() && p.Subject.Head >= 0 {
				sp := p.Subject
				c.Speaker = &sp
			}
		}
	}
	// A clause governed by reported speech is reported too ("Lavrov said
	// Russia called on the West to back ..."). Parents come from higher in
	// the tree, so a few passes settle every chain.
	for pass := 0; pass < 4; pass++ {
		changed := false
		for i := range s.out {
			c := &s.out[i]
			if c.Speaker == nil && c.Parent >= 0 && s.out[c.Parent].Speaker != nil {
				c.Speaker = s.out[c.Parent].Speaker
				changed = true
			}
		}
		if !changed {
			break
		}
	}
}

// quoteVerb returns the reporting verb attached to v in parataxis
// ("...," Kerry said), or -1.
func (s *sent) quoteVerb(v int, memo map[int]int) int {
	if g, ok := memo[v]; ok {
		return g
	}
	g := -1
	for _, k := range s.kids[v] {
		if s.dep[k] == "parataxis" && s.isReporting(k) && s.subjOf(k) >= 0 &&
			s.child(k, "ccomp") < 0 && s.child(k, "obj") < 0 {
			g = k
			break
		}
	}
	memo[v] = g
	return g
}

func (s *sent) hasDet(n int) bool {
	for _, k := range s.kids[n] {
		if s.dep[k] == "det" || s.dep[k] == "nmod:poss" {
			return true
		}
	}
	return false
}

// title emits (name, be, title) for a name headed by p with a common-noun
// title in front ("rugby union team Ammanford RFC", "friend Derek
// Stevens").
func (s *sent) title(p int) {
	var name, title []int
	for _, k := range s.kids[p] {
		switch {
		case k < p && base(s.dep[k]) == "compound" && s.upos(k) == "NOUN":
			title = append(title, s.collect(k, func(int) bool { return false })...)
		case k < p && base(s.dep[k]) == "compound" && s.upos(k) == "PROPN" && len(title) > 0:
			name = append(name, s.collect(k, func(int) bool { return false })...)
		case k > p && (s.dep[k] == "flat" || s.dep[k] == "flat:name"):
			name = append(name, s.collect(k, func(int) bool { return false })...)
		}
	}
	if len(title) == 0 || len(title) > maxTitleWords {
		return
	}
	name = append(name, p)
	slices.Sort(name)
	slices.Sort(title)
	s.out = append(s.out, Clause{
		Sentence: s.si, Type: SVC, Subject: s.finish(p, name), Verb: title[len(title)-1], Predicate: "be",
		Objects: []Arg{s.finish(title[len(title)-1], title)}, Parent: -1, Noun: -1, Origin: OriginAppos,
	})
}

// conjHead returns the verb a subjectless conjunct v continues. A parse
// often hangs "Kerry said Russia had reaffirmed ... but had not agreed" on
// the reporting verb; a conjunct after the reported clause, with an
// auxiliary or a non-finite form, continues that clause instead.
func (s *sent) conjHead(v int) int {
	g := s.head[v]
	if g >= 0 && s.dep[g] == "ccomp" && s.head[g] >= 0 && s.isReporting(s.head[g]) && s.subjOf(v) < 0 && s.t[v].XPOS == "VBD" &&
		(s.isReporting(v) || lexicon.StanceVerbs.Has(s.lem[v])) && s.lem[v] != s.lem[s.head[g]] {
		// "Iran said several people were injured ... and vowed
		// retaliation": a vow joined to the reported clause is the
		// reporter's.
		return s.head[g]
	}
	if g < 0 || !s.isReporting(g) || s.subjOf(v) >= 0 {
		return g
	}
	if !s.hasAux(v) && (s.t[v].XPOS == "VBD" || s.t[v].XPOS == "VBZ") && (!s.isReporting(v) || !lexicon.SayVerbs.Has(s.lem[v])) {
		// A finite verb of its own continues the reporting verb: "Ebell has
		// said there would be no change ... and rejected the threat", "He
		// said some people were in denial but predicted". A second saying
		// ("Kerry said Lavrov indicated ... but said") is the reported
		// speaker's.
		return g
	}
	for _, c := range s.kids[g] {
		if s.dep[c] == "ccomp" && g < c && c < v && s.subjOf(c) >= 0 {
			return c
		}
	}
	if r := s.reportedRelcl(g); r >= 0 && r < v {
		return r
	}
	return g
}

// falseRelcl reports whether r, parsed as a relative clause, is a "that"
// complement: its clause already has both subject and object, so "that"
// fills no gap ("said after talks with Lavrov that Russia had reaffirmed
// its commitment"). A clause modifying a noun ("acl") with "that" and a
// subject of its own is one too.
func (s *sent) falseRelcl(r int) bool {
	if s.dep[r] != "acl:relcl" && s.dep[r] != "acl" {
		return false
	}
	that := -1
	for _, c := range s.kids[r] {
		if c < r && s.lem[c] == "that" {
			that = c
			break
		}
	}
	if that < 0 {
		return false
	}
	if s.dep[that] == "mark" {
		if s.dep[r] == "acl" {
			sub := s.subjOf(r)
			return sub >= 0 && sub != that && !s.isRelPron(sub)
		}
		return true
	}
	if s.dep[r] == "acl" {
		return false
	}
	if sub := s.subjOf(r); sub < 0 || sub == that || s.isRelPron(sub) {
		return false
	}
	for _, c := range s.kids[r] {
		if s.dep[c] == "obj" && c != that && !s.isRelPron(c) {
			return true
		}
	}
	return false
}

// reportedRelcl returns the "that" complement of reporting verb g that the
// parse hung as a relative clause on one of g's obliques or objects, or -1.
func (s *sent) reportedRelcl(g int) int {
	if !s.isReporting(g) {
		return -1
	}
	if s.repRel == nil {
		s.repRel = map[int]int{}
	}
	if r, ok := s.repRel[g]; ok {
		return r
	}
	r := s.findReportedRelcl(g)
	s.repRel[g] = r
	return r
}

func (s *sent) findReportedRelcl(g int) int {
	for _, k := range s.kids[g] {
		if base(s.dep[k]) != "obl" && s.dep[k] != "obj" && s.dep[k] != "iobj" {
			continue
		}
		// The clause may hang on the oblique or on a noun inside it.
		for _, n := range s.collect(k, func(int) bool { return false }) {
			if n != k && (s.dep[n] == "acl:relcl" || s.dep[n] == "acl") && s.falseRelcl(n) {
				return n
			}
			if n != k && s.dep[n] == "acl:relcl" {
				continue
			}
		}
	}
	return -1
}

func (s *sent) isTemporal(n int) bool {
	if lexicon.TemporalNouns.Has(s.lem[n]) {
		return true
	}
	// A bare year ("in 1941").
	w := s.t[n].Text
	if len(w) == 4 && s.upos(n) == "NUM" && (w[0] == '1' || w[0] == '2') {
		for i := range 4 {
			if w[i] < '0' || w[i] > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// roles emits (person, be, title) for the titles the entity stage read
// ("Colombian President Virgilio Barco"), unless an apposition already says
// it.
func (s *sent) roles() {
	n := len(s.t)
	mstart, mend := s.d.MentionRange(s.si)
	for _, ri := range s.d.RolesIn(s.si) {
		r := s.d.Roles[ri]
		if r.Title == "" || r.TitleStart < 0 || r.TitleEnd <= r.TitleStart || r.TitleEnd > n {
			continue
		}
		best := -1
		for k := mstart; k < mend; k++ {
			m := &s.d.Mentions[k]
			if m.Entity != r.Person || m.Start < 0 || m.End > n || m.Start >= m.End ||
				m.Source == "coref" || s.upos(m.Start) == "DET" || s.upos(m.Start) == "PRON" {
				continue
			}
			if m.Start < r.TitleEnd && m.End > r.TitleStart {
				continue // overlaps the title
			}
			if best < 0 || dist(m.Start, m.End, r.TitleStart, r.TitleEnd) < dist(s.d.Mentions[best].Start, s.d.Mentions[best].End, r.TitleStart, r.TitleEnd) {
				best = k
			}
		}
		if best < 0 {
			continue
		}
		m := &s.d.Mentions[best]
		var name, title []int
		for t := m.Start; t < m.End; t++ {
			name = append(name, t)
		}
		for t := r.TitleStart; t < r.TitleEnd; t++ {
			title = append(title, t)
		}
		dup := false
		for i := range s.out {
			c := &s.out[i]
			if c.Origin == OriginAppos && len(c.Objects) > 0 && overlaps(c.Subject.Tokens, name) && overlaps(c.Objects[0].Tokens, title) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		sub := s.finish(m.End-1, name)
		sub.Entity = r.Person
		s.out = append(s.out, Clause{
			Sentence: s.si, Type: SVC, Subject: sub, Verb: r.TitleEnd - 1, Predicate: "be",
			Objects: []Arg{s.finish(r.TitleEnd-1, title)}, Parent: -1, Noun: -1, Origin: OriginAppos,
		})
	}
}

// dist is the number of tokens between two token ranges.
func dist(a0, a1, b0, b1 int) int {
	if a0 >= b1 {
		return a0 - b1
	}
	return b0 - a1
}

func overlaps(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// xhost returns the verb an open complement x belongs to: its head, or the
// verb of a date the parse hung it on ("voted March 16 to break away"); -1
// when there is none.
func (s *sent) xhost(x int) int {
	g := s.head[x]
	if g < 0 {
		return -1
	}
	if s.isPredicate(g) {
		return g
	}
	if s.dateLike(g) && s.head[g] >= 0 && s.isPredicate(s.head[g]) {
		return s.head[g]
	}
	return -1
}

// xcomps lists the open complements of verb v, including those the parse
// hung on a date object of v.
func (s *sent) xcomps(v int) []int {
	var out []int
	for _, k := range s.kids[v] {
		switch {
		case s.dep[k] == "xcomp":
			out = append(out, k)
		case (s.dep[k] == "obj" || base(s.dep[k]) == "obl") && s.dateLike(k):
			for _, x := range s.kids[k] {
				if s.dep[x] == "xcomp" {
					out = append(out, x)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// dateLike reports whether nominal n names a date ("Sunday", "March 16",
// "1994", "last week"), which a parse may take for an object.
func (s *sent) dateLike(n int) bool {
	if n < 0 || !s.isNominal(n) {
		return false
	}
	if lexicon.DateWords.Has(s.lem[n]) && s.upos(n) != "VERB" {
		return true
	}
	if s.upos(n) == "NUM" {
		if s.isTemporal(n) {
			return true
		}
		for _, k := range s.kids[n] {
			if lexicon.DateWords.Has(s.lem[k]) {
				return true
			}
		}
		return false
	}
	if lexicon.TemporalNouns.Has(s.lem[n]) {
		for _, k := range s.kids[n] {
			if (s.dep[k] == "det" || s.dep[k] == "amod") && lexicon.DateDeterminers.Has(s.lem[k]) {
				return true
			}
		}
	}
	return false
}

// pureDate reports whether the phrase headed by n is a date and nothing
// else ("Sunday", "last year", "March 16"; not "December municipal
// futures").
func (s *sent) pureDate(n int) bool {
	if !s.dateLike(n) {
		return false
	}
	for _, t := range s.collect(n, func(int) bool { return false }) {
		l := s.lem[t]
		if !lexicon.DateWords.Has(l) && !lexicon.TemporalNouns.Has(l) && s.upos(t) != "NUM" && !s.isPunct(t) &&
			!lexicon.DateFillers.Has(l) {
			return false
		}
	}
	return true
}

// deadline reports whether the "by" phrase headed by n is a time ("would
// be increased by 2007", "by Friday", "by the end of the year"), not an
// agent.
func (s *sent) deadline(n int) bool {
	return s.dateLike(n) || s.isTemporal(n) || lexicon.DeadlineNouns.Has(s.lem[n])
}
