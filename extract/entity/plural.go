package entity

import (
	"strings"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/schema"
)

// pluralAntecedent resolves "they", "them" or "their" at token i of
// sentence si to the actor it stands for: the body whose reporting verb
// the pronoun's clause reports ("the EU said they would"), else the
// nearest plural actor before it in its sentence: a group ("the
// Israelis"), a nationality standing alone ("the French"), or a country
// or organization that a plural subject names or describes ("US officials
// say they"); a plural subject in between that is no actor stands for the
// pronoun instead ("If exporters can raise funds, they"). An object "them"
// is not its own verb's subject ("U.S. warships bombarded them"), and
// "they said" after what was said is none of its words. Else it continues
// a sentence before (pluralBefore).
func (st *state) pluralAntecedent(si, i int) *cand {
	if a := st.reporter(si, i, st.pluralActor); a != nil {
		return a
	}
	s := &st.sents[si]
	not := st.coSubject(si, i)
	from := st.reportedBefore(si, i)
	for k := i - 1; k >= from; k-- {
		if c := covered(s.cands, k); c != nil && !not(c) && st.pluralActor(c) {
			return c
		}
		if pluralSubjectAt(s, k) {
			if c := st.actorOf(s, k); c != nil && !not(c) {
				return c
			}
			return nil
		}
	}
	for back := 1; back <= 2 && si-back >= 0; back++ {
		if a, done := st.pluralBefore(&st.sents[si-back]); done {
			return a
		}
	}
	return nil
}

// pluralBefore returns what a plural pronoun continues in sentence p, an
// earlier one: the plural subject of its main clause or of its reporting
// verb, if any ("EC foreign ministers issued ... They also said";
// "Government officials were at pains ... They said": no actor); else a
// plural actor that is another subject or a passive agent ("is expected to
// be opposed by the Liberal Democrats. They have said"); else its last
// group or nationality. done is false when p offers nothing.
func (st *state) pluralBefore(p *sent) (a *cand, done bool) {
	for k := range p.toks {
		if v := p.toks[k].Head; v >= 0 && pluralSubjectAt(p, k) && mainVerb(p, v) {
			return st.actorOf(p, k), true
		}
	}
	for _, c := range p.cands {
		if st.pluralActor(c) && st.subjectOrAgent(p, c) {
			return c, true
		}
	}
	for k := len(p.cands) - 1; k >= 0; k-- {
		if c := p.cands[k]; c.Type == schema.Group || c.Type == schema.Organization && strings.HasSuffix(c.Text, "s") ||
			c.kind == gazetteer.Demonym && st.nominalDemonym(c) {
			return c, true
		}
	}
	return nil, false
}

// mainVerb reports whether token v is the main verb of s or a reporting
// verb beside it ("..., diplomats said"), not one of a relative clause
// ("The bill, which ministers claim will ...").
func mainVerb(s *sent, v int) bool {
	h := s.toks[v].Head
	switch d := s.toks[v].Dep; {
	case h == -1:
		return true
	case d == "parataxis" || d == "conj":
		return s.toks[h].Head == -1 && lexicon.Reporting.Has(s.toks[v].Lemma)
	}
	return false
}

// pluralSubjectAt reports whether token k of s heads a plural subject: a
// plural noun or pronoun, or the first of a coordination.
func pluralSubjectAt(s *sent, k int) bool {
	if !isSubjectToken(s, k) {
		return false
	}
	if x := s.toks[k].XPOS; x == "NNS" || x == "NNPS" || pronounClass(s.w.Lower[k]) == pThey {
		return true
	}
	for c := k + 1; c < len(s.toks); c++ {
		if s.toks[c].Head == k && s.toks[c].Dep == "conj" {
			return true
		}
	}
	return false
}

// actorOf returns the plural actor that the subject headed by token k
// names or that describes it ("EC foreign ministers", "Members of
// Congress"), or nil.
func (st *state) actorOf(s *sent, k int) *cand {
	for _, c := range s.cands {
		if !st.pluralActor(c) {
			continue
		}
		if c.Start <= k && k < c.End || st.describedBy(c) == k || st.modifies(s, c) == k {
			return c
		}
	}
	return nil
}

// modifies returns the token outside c that c modifies as a compound,
// adjective, possessor or of-phrase ("House of Lords law lords", "Members
// of Congress"), or -1.
func (st *state) modifies(s *sent, c *cand) int {
	h := s.toks[c.End-1].Head
	if h < 0 || h >= c.Start && h < c.End {
		return -1
	}
	switch d := s.toks[c.End-1].Dep; {
	case d == "compound" || d == "amod" || d == "nmod:poss" || d == "flat":
		return h
	case d == "nmod" && h < c.Start && c.Start > 0 && (s.w.Lower[c.Start-1] == "of" ||
		c.Start > 1 && s.w.Lower[c.Start-2] == "of" && s.w.Lower[c.Start-1] == "the"):
		return h
	}
	return -1
}

// reportedBefore returns the first token after what a pronoun's reporting
// verb reports before it ("..., they said"), or 0.
func (st *state) reportedBefore(si, i int) int {
	s := &st.sents[si]
	v := s.toks[i].Head
	if !isSubjectToken(s, i) || v < i || !lexicon.Reporting.Has(s.toks[v].Lemma) {
		return 0
	}
	for k := 0; k < i; k++ {
		if s.toks[k].Head == v && (s.toks[k].Dep == "ccomp" || s.toks[k].Dep == "parataxis") {
			return i
		}
	}
	if d := s.toks[v].Dep; (d == "parataxis" || d == "ccomp") && s.toks[v].Head >= 0 && s.toks[v].Head < i {
		return i
	}
	return 0
}

// subjectOrAgent reports whether c is, names a part of or describes a
// subject or passive agent in sentence s: "EC foreign ministers issued",
// "opposed by the Liberal Democrats", "House of Lords law lords ruled".
func (st *state) subjectOrAgent(s *sent, c *cand) bool {
	role := func(k int) bool {
		return k >= 0 && k < len(s.toks) && (isSubjectToken(s, k) || s.toks[k].Dep == "obl:agent")
	}
	for k := c.Start; k < c.End; k++ {
		if role(k) {
			return true
		}
	}
	return role(st.describedBy(c)) || role(st.modifies(s, c))
}

// pluralActor reports whether c can be what a plural pronoun stands for.
func (st *state) pluralActor(c *cand) bool {
	switch {
	case c.Source == "coref" && c.ante != nil:
		// "they" resolved before, "Ministers" standing for the EC's
		s := &st.sents[c.Sentence]
		k := c.End - 1
		return pronounClass(s.w.Lower[k]) == pThey || pluralAgent(s.toks[k].XPOS, s.toks[k].Lemma, s.w.Lower[k])
	case c.Type == schema.Group:
		return true
	case c.Type == schema.Organization && strings.HasSuffix(c.Text, "s"):
		return true
	case c.kind == gazetteer.Demonym && st.nominalDemonym(c):
		return true
	}
	return st.describedBy(c) != -1
}

// nominalDemonym reports whether a nationality stands as a noun for its
// people: "The French want", "the Chinese".
func (st *state) nominalDemonym(c *cand) bool {
	s := &st.sents[c.Sentence]
	if c.Start == 0 || s.w.Lower[c.Start-1] != "the" {
		return false
	}
	if c.End == len(s.toks) {
		return true
	}
	if s.w.Lower[c.End] == "-" {
		return false // "the English-speaking nations"
	}
	switch s.toks[c.End].UPOS {
	case "NOUN", "PROPN", "ADJ", "NUM":
		return false
	}
	return true
}

// describedBy returns the plural agent noun that the country or
// organization c describes ("US officials", "EC foreign ministers",
// "Iranian officials", "the foreign ministers of ASEAN"), or -1. It reads
// the words, not the parse, which often hangs the modifier elsewhere.
func (st *state) describedBy(c *cand) int {
	if !isBody(c) && c.kind != gazetteer.Demonym {
		return -1
	}
	s := &st.sents[c.Sentence]
	for k := c.End; k < len(s.toks) && k < c.End+maxDescription; k++ {
		if pluralAgent(s.toks[k].XPOS, s.toks[k].Lemma, s.w.Lower[k]) {
			return k
		}
		if up := s.toks[k].UPOS; up != "ADJ" && up != "NOUN" && up != "PROPN" || covered(s.cands, k) != nil {
			break
		}
	}
	k := c.Start - 1
	if k >= 0 && s.w.Lower[k] == "the" {
		k--
	}
	if k >= 1 && s.w.Lower[k] == "of" && pluralAgent(s.toks[k-1].XPOS, s.toks[k-1].Lemma, s.w.Lower[k-1]) {
		return k - 1
	}
	return -1
}

// maxDescription bounds the words between a country or organization and
// the agent noun it describes: "EC foreign ministers", "U.S. trade
// officials".
const maxDescription = 3

// pluralAgent reports whether a token is a plural agent noun of a state:
// "officials", "ministers", "troops" (lexicon.AgentNouns). Rebels, the
// opposition, companies and newspapers do not stand for their country
// ("Nicaraguan rebels ... the rebels", "Norwegian oil companies said
// they").
func pluralAgent(xpos, lemma, lower string) bool {
	if xpos != "NNS" && xpos != "NNPS" {
		return false
	}
	if lemma == "" || lemma == lower {
		lemma = strings.TrimSuffix(lower, "s")
	}
	switch lexicon.AgentNouns[strings.ToLower(lemma)] {
	case "GOV", "MIL", "LEG", "COP", "JUD":
		return true
	}
	return false
}

// coSubject returns the test for the candidates that an object pronoun at
// token i cannot stand for: the subject of its own verb ("U.S. warships
// bombarded them").
func (st *state) coSubject(si, i int) func(*cand) bool {
	s := &st.sents[si]
	v := s.toks[i].Head
	switch s.toks[i].Dep {
	case "obj", "iobj", "obl":
	default:
		return func(*cand) bool { return false }
	}
	return func(c *cand) bool {
		if c.Sentence != si {
			return false
		}
		subj := func(k int) bool { return k >= 0 && k < len(s.toks) && s.toks[k].Head == v && isSubjectToken(s, k) }
		for k := c.Start; k < c.End; k++ {
			if subj(k) || subj(s.toks[k].Head) {
				return true
			}
		}
		return false
	}
}
