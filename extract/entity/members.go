package entity

import (
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/schema"
)

// memberships reads the memberships of countries and organizations that
// sentence si writes out: "OPEC members Gabon, Algeria and Libya", "fellow
// OPEC member Venezuela", "Cyprus, an EU member", and a body written after
// the country or organization it belongs to ("the Iranian Revolutionary
// Guards", "the EC Commission"). They become member_of roles, which
// GUIDELINES.md does not count for precision (roles of organizations and
// places).
func (st *state) memberships(si int) {
	s := &st.sents[si]
	for i, w := range s.w.Lower {
		if w != "member" && w != "members" {
			continue
		}
		org := covered(s.cands, i-1)
		if i == 0 || org == nil || org.End != i || !isBody(org) || org.kind == gazetteer.Demonym {
			continue
		}
		for _, c := range st.listAfter(s, i+1) {
			st.addRole(si, c, org, gazetteer.TitleMatch{Start: c.Start, End: c.Start})
		}
		if p := covered(s.cands, i+1); w == "member" && p != nil && p.Start == i+1 && p.Type == schema.Person {
			// "Liberal member Lloyd Axworthy": a member of the party, who
			// holds that seat; no apposition before it is a member too.
			st.addRole(si, p, org, gazetteer.TitleMatch{Start: i, End: i + 1, Title: "Member"})
			continue
		}
		if c := st.appositionBefore(s, org.Start); c != nil {
			st.addRole(si, c, org, gazetteer.TitleMatch{Start: c.Start, End: c.Start})
		}
	}
	for _, c := range s.cands {
		// "French Finance Ministry", "Japan Trade Ministry": a body named
		// with its country
		if c.Type != schema.Organization || c.entry != nil || c.Source == "coref" {
			continue
		}
		if m, ok := st.r.g.Longest(s.w, c.Start); ok && m.End < c.End && m.Entry.Type == schema.Country &&
			(m.Kind == gazetteer.Name || m.Kind == gazetteer.Demonym) {
			st.addRole(si, c, &cand{Mention: doc.Mention{Type: schema.Country}, entry: m.Entry, kind: m.Kind},
				gazetteer.TitleMatch{Start: c.Start, End: c.Start})
		}
	}
	for ci, c := range s.cands {
		if c.Type != schema.Organization || ci == 0 {
			continue
		}
		o := s.cands[ci-1]
		if o.End != c.Start || !isBody(o) && o.kind != gazetteer.Demonym || o.Type == schema.Person || o.entry == c.entry && c.entry != nil {
			continue
		}
		if c.Subtype == "international" && o.Type != schema.Organization {
			continue // "French EC affairs minister": the EC belongs to no country
		}
		st.addRole(si, c, o, gazetteer.TitleMatch{Start: c.Start, End: c.Start})
	}
}

// listAfter returns the countries and organizations listed from token k:
// "Gabon, Algeria and Libya".
func (st *state) listAfter(s *sent, k int) []*cand {
	var out []*cand
	for k < len(s.toks) {
		c := covered(s.cands, k)
		if c == nil || c.Start != k || !isBody(c) {
			break
		}
		out = append(out, c)
		k = c.End
		if k < len(s.toks) && (s.w.Lower[k] == "," || s.w.Lower[k] == "and") {
			k++
			if k < len(s.toks) && s.w.Lower[k] == "and" {
				k++
			}
			continue
		}
		break
	}
	return out
}

// appositionBefore returns the country or organization that an apposition
// ending at token k describes: "Cyprus, an EU member" (k at "EU").
func (st *state) appositionBefore(s *sent, k int) *cand {
	j := k - 1
	for j >= 0 && (s.w.Lower[j] == "a" || s.w.Lower[j] == "an" || s.w.Lower[j] == "fellow" || s.w.Lower[j] == "the") {
		j--
	}
	if j < 1 || s.w.Lower[j] != "," {
		return nil
	}
	if c := covered(s.cands, j-1); c != nil && c.End == j && isBody(c) {
		return c
	}
	return nil
}
