package entity

import (
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/schema"
)

// countryNouns are the nouns (lower case) by which an article refers back
// to a country it named: "the country", "his country", "both nations".
func countryNoun(w string) bool { return w == "country" || w == "nation" }

func countriesNoun(w string) bool { return w == "countries" || w == "nations" }

// countryReference resolves a country the noun phrase at token i of
// sentence si refers back to: "the country", "that country" (the country
// named last), "his country" (the country of the man "his" stands for:
// "French EC affairs minister Bernard Bosson said his country"), "both
// countries", "the two countries" (the last two countries named, each a
// mention of the phrase). It returns the coref candidates and the token
// after the phrase; nil when the phrase is none of these or unresolved.
func (st *state) countryReference(si, i int) ([]*cand, int) {
	s := &st.sents[si]
	w := func(k int) string {
		if k < len(s.toks) {
			return s.w.Lower[k]
		}
		return ""
	}
	switch w0, w1 := w(i), w(i+1); {
	case (w0 == "the" || w0 == "that" || w0 == "this") && countryNoun(w1):
		if a := st.antecedent(si, i, func(c *cand) bool {
			return c.Type == schema.Country && !st.modifier(c.Sentence, c)
		}, true); a != nil {
			return []*cand{st.corefCand(si, i, i+2, a)}, i + 2
		}
	case (w0 == "his" || w0 == "her") && countryNoun(w1):
		p := st.pronounAntecedent(si, i, pronounClass(w0))
		if p == nil {
			return nil, i
		}
		if c := st.countryOf(p); c != nil {
			return []*cand{st.corefCand(si, i, i+1, p), st.corefCand(si, i+1, i+2, c)}, i + 2
		}
	case w0 == "both" && countriesNoun(w1), w0 == "the" && w1 == "two" && countriesNoun(w(i+2)):
		end := i + 2
		if w1 == "two" {
			end++
		}
		if two := st.lastCountries(si, i, 2); len(two) == 2 {
			return []*cand{st.corefCand(si, i, end, two[0]), st.corefCand(si, i, end, two[1])}, end
		}
	}
	return nil, i
}

// countryOf returns the country of person p: the country of a role the
// article gives them ("French EC affairs minister Bernard Bosson"), else
// the gazetteer's; nil when unknown.
func (st *state) countryOf(p *cand) *cand {
	name := st.personName(p)
	for k := len(st.roles) - 1; k >= 0; k-- {
		if h, of := st.roleCand[k], st.ofCand[k]; h != nil && of != nil && of.Type == schema.Country && st.personName(h) == name {
			return of
		}
	}
	e := st.r.g.Country(st.personCountry(p))
	if e == nil {
		return nil
	}
	return &cand{Mention: doc.Mention{Type: e.Type, Subtype: e.Subtype}, entry: e, kind: gazetteer.Name}
}

// lastCountries returns the last n distinct countries named before token i
// of sentence si (in this sentence and the three before), in the order the
// article names them.
func (st *state) lastCountries(si, i, n int) []*cand {
	var out []*cand
	seen := map[string]bool{}
	for b := si; b >= 0 && b >= si-3 && len(out) < n; b-- {
		cs := st.sents[b].cands
		for k := len(cs) - 1; k >= 0 && len(out) < n; k-- {
			c := cs[k]
			if c.ante != nil {
				c = c.ante
			}
			if b == si && cs[k].End > i || c.Type != schema.Country {
				continue
			}
			if key := entityKey(c); !seen[key] {
				seen[key] = true
				out = append(out, c)
			}
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}
