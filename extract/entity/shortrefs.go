package entity

import (
	"strings"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/schema"
)

// shortReferences resolves the short forms by which an article refers
// back to an organization or a described actor it named before: "the Club"
// after "the Paris Club", "the commission" after "the Kissinger
// Commission" (lexicon.InstitutionNouns, the head word of the name), and a
// plural agent noun written alone after a country or organization
// described by it ("EC foreign ministers issued ... Ministers also called
// on"), when the noun described no other actor before and stands as "the
// ministers" or as a subject. The short form becomes a coref mention of that actor; a one-word
// name the recognizer read there ("Club" as a person) gives way to it.
func (st *state) shortReferences() {
	orgs := map[string]*cand{}   // institution noun -> latest organization named by it
	bodies := map[string]*cand{} // agent noun lemma -> latest actor it described
	for si := range st.sents {
		s := &st.sents[si]
		var added []*cand
		for i := range s.toks {
			c := covered(s.cands, i)
			if a := st.shortFor(s, i, c, orgs, bodies); a != nil {
				if c != nil {
					c.ante, c.Source, c.Type, c.Subtype, c.entry = a, "coref", a.Type, a.Subtype, nil
				} else {
					added = append(added, st.corefCand(si, i, i+1, a))
				}
			}
			if c != nil && c.Start == i && c.ante == nil {
				st.noteShort(s, c, orgs, bodies)
				if c.Type == schema.Country && c.kind != gazetteer.Demonym && isSubject(s, c) {
					// "New Zealand has imposed sanctions ... the government
					// had asked": the country acting last is the one "the
					// government" of a later sentence runs.
					if _, ok := bodies[homeBody]; !ok || bodies[homeBody] == nil || entityKey(bodies[homeBody]) != entityKey(c) {
						bodies[homeBody] = c
					}
				}
			}
		}
		if len(added) > 0 {
			s.cands = append(s.cands, added...)
			sortCands(s.cands)
		}
	}
}

// homeBody keys, among the actors agent nouns described, the country that
// last acted as a subject: what a bare "the government" stands for.
const homeBody = "\x00home"

// noteShort records what organization c names (under its head noun and
// that of its canonical name: "EC" is the European Community) and the
// agent noun it describes.
func (st *state) noteShort(s *sent, c *cand, orgs, bodies map[string]*cand) {
	if c.Type == schema.Organization {
		for _, name := range []string{c.Text, entryName(c)} {
			if f := strings.Fields(strings.ToLower(name)); len(f) >= 2 && lexicon.InstitutionNouns.Has(f[len(f)-1]) {
				orgs[f[len(f)-1]] = c
			}
		}
	}
	if h := st.describedBy(c); h >= 0 {
		l := agentLemma(s, h)
		if b, ok := bodies[l]; ok && (b == nil || entityKey(b) != entityKey(c)) {
			c = nil // "US officials ... Japanese officials": "officials" is either
		}
		bodies[l] = c
	}
}

// entityKey names what a candidate stands for, to tell two mentions of one
// actor from mentions of two.
func entityKey(c *cand) string {
	if c.entry != nil {
		return c.entry.IRI()
	}
	return strings.ToLower(c.Text)
}

func entryName(c *cand) string {
	if c.entry != nil {
		return c.entry.Name
	}
	return ""
}

// shortFor returns the actor that token i of s refers back to, or nil. c
// is the candidate covering the token, if any.
func (st *state) shortFor(s *sent, i int, c *cand, orgs, bodies map[string]*cand) *cand {
	if c != nil && (c.entry != nil || c.End-c.Start != 1 || c.Source == "coref") {
		return nil
	}
	lw := s.w.Lower[i]
	the := i > 0 && s.w.Lower[i-1] == "the" || possessed(s, i)
	if i+1 < len(s.toks) {
		if up := s.toks[i+1].UPOS; up == "NOUN" || up == "PROPN" || nameToken(s.w.Text[i+1]) {
			return nil // "the party leader", "the ministry official": the word modifies another
		}
	}
	if a := orgs[lw]; a != nil && the && lexicon.InstitutionNouns.Has(lw) {
		return a
	}
	if a := orgs[lexicon.MemberNouns[lw]]; a != nil && the {
		return a // "The Commissioners": the Commission
	}
	if c == nil && lexicon.GovernmentNouns.Has(lw) && i > 0 && s.w.Lower[i-1] == "the" {
		if b, ok := bodies[lw]; ok {
			return b // "the Japanese government ... the government"
		}
		return bodies[homeBody] // "New Zealand has imposed ... the government had asked"
	}
	if c != nil || !pluralAgent(s.toks[i].XPOS, s.toks[i].Lemma, lw) || !the && !isSubjectToken(s, i) {
		return nil
	}
	for k := i - 1; k >= 0 && s.toks[k].UPOS != "DET"; k-- {
		if up := s.toks[k].UPOS; up != "ADJ" && up != "NOUN" {
			break
		}
		if s.w.Text[k] != s.w.Lower[k] || covered(s.cands, k) != nil {
			return nil // "Western diplomats": a description of their own
		}
	}
	if i+2 < len(s.toks) && s.w.Lower[i+1] == "of" || i+1 < len(s.toks) && s.w.Lower[i+1] == "from" {
		return nil // "ministers of", "officials from"
	}
	return bodies[agentLemma(s, i)]
}

// agentLemma is the lemma of the agent noun at token i.
func agentLemma(s *sent, i int) string {
	if l := strings.ToLower(s.toks[i].Lemma); l != "" && l != s.w.Lower[i] {
		return l
	}
	return strings.TrimSuffix(s.w.Lower[i], "s")
}

// possessed reports whether the noun at token i has a possessor before it,
// which makes it as definite as "the": "the European Community's 17-man
// Commission".
func possessed(s *sent, i int) bool {
	for k := 0; k < i; k++ {
		if s.toks[k].Head == i && s.toks[k].Dep == "nmod:poss" {
			return true
		}
	}
	return false
}
