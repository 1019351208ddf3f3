package entity

import (
	"strings"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/extract/lexicon"
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
		if c.Type == schema.Organization && c.Source != "coref" {
			st.affiliation(si, c)
		}
	}
	st.impliedMemberships(si)
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

// affiliation reads the country or organization that organization c
// belongs to when the sentence writes it next to the name: in the name
// itself ("French Finance Ministry", "Saudi Press Agency", "EC
// Commission"), before it with a descriptor ("the Iranian news agency
// IRNA"), as its possessor ("the European Community's 17-man
// Commission") or after "of" ("the al-Ghadeer Brigade of the Iranian
// Revolutionary Guards"). The first that applies is taken.
func (st *state) affiliation(si int, c *cand) {
	s := &st.sents[si]
	for _, of := range []*cand{st.namePrefix(s, c), st.descriptorCountry(s, c), possessorOf(s, c), ofAfter(s, c)} {
		if of == nil || of.entry != nil && of.entry == c.entry || c.Subtype == "international" && of.Type != schema.Organization {
			continue // "the EU's Commission" may belong to the EU; "French EC affairs" the EC to no country
		}
		st.addRole(si, c, of, gazetteer.TitleMatch{Start: c.Start, End: c.Start})
		return
	}
}

// namePrefix returns the country or organization that opens the name of
// organization c and is not the whole of it: "French Finance Ministry",
// "Saudi Press Agency", "EC Commission".
func (st *state) namePrefix(s *sent, c *cand) *cand {
	if c.End-c.Start < 2 {
		return nil
	}
	m, ok := st.r.g.Longest(gazetteer.NewWords(s.w.Text[c.Start:c.End-1]), 0)
	if !ok || m.Entry == c.entry {
		return nil
	}
	switch {
	case m.Entry.Type == schema.Country && (m.Kind == gazetteer.Name || m.Kind == gazetteer.Demonym),
		m.Entry.Type == schema.Organization && m.Kind == gazetteer.Name:
		return matchCand(m)
	}
	return nil
}

// matchCand is the candidate of a gazetteer match read inside another
// name or word ("Saudi" of "Saudi Press Agency", "OPEC" of "non-OPEC"),
// which has no mention of its own.
func matchCand(m gazetteer.Match) *cand {
	return &cand{Mention: doc.Mention{Type: m.Entry.Type}, entry: m.Entry, kind: m.Kind}
}

// descriptorCountry returns the country whose adjective or name stands before
// organization c with common nouns that say what c is: "the Iranian news
// agency IRNA", "the official Iraqi news agency INA", "the British
// newspaper the Independent".
func (st *state) descriptorCountry(s *sent, c *cand) *cand {
	j := c.Start - 1
	if j >= 0 && (s.w.Lower[j] == "," || s.w.Lower[j] == "the") {
		j--
	}
	n := 0
	for j >= 0 && n < 3 && lexicon.OrganizationDescriptors.Has(s.w.Lower[j]) {
		j--
		n++
	}
	if n == 0 || j < 0 {
		return nil
	}
	if o := covered(s.cands, j); o != nil && o.End == j+1 && o.Type == schema.Country {
		return o
	}
	return nil
}

// possessorOf returns the country or organization that owns organization
// c, with at most two adjectives or numbers between: "the European
// Community's 17-man Commission", "Iran's Revolutionary Guards".
func possessorOf(s *sent, c *cand) *cand {
	j := c.Start - 1
	for k := 0; k < 2 && j >= 0 && (s.toks[j].UPOS == "ADJ" || s.toks[j].UPOS == "NUM"); k++ {
		j--
	}
	if j < 1 || !isPossessive(s.w.Lower[j]) {
		return nil
	}
	if o := covered(s.cands, j-1); o != nil && o.End == j && isBody(o) && o.Type != schema.GPE {
		return o
	}
	return nil
}

// ofAfter returns the organization or country that "of" names right
// after organization c: "the al-Ghadeer Brigade of the Iranian
// Revolutionary Guards", where the Guards are the body (their adjective
// is their own).
func ofAfter(s *sent, c *cand) *cand {
	k := c.End
	if k+1 >= len(s.toks) || s.w.Lower[k] != "of" {
		return nil
	}
	k++
	if s.w.Lower[k] == "the" {
		k++
	}
	o := covered(s.cands, k)
	if o != nil && o.Start == k && o.kind == gazetteer.Demonym && o.End < len(s.toks) {
		if next := covered(s.cands, o.End); next != nil && next.Start == o.End {
			o = next
		}
	}
	if o != nil && o.Start >= k && isBody(o) && o.Type != schema.GPE {
		return o
	}
	return nil
}

// blocMembers lists the nouns (lower-case) by which a bloc's members are
// named: "other EC states", "other EU countries".
var blocMembers = map[string]bool{"states": true, "countries": true, "members": true, "nations": true, "member": true}

// impliedMemberships reads the memberships that sentence si implies
// rather than states: a country set against "other EC states" is one of
// them ("Britain contributed more and received less than other EU
// states"), and a country written "non-OPEC" is not one ("non-OPEC
// Mexico").
func (st *state) impliedMemberships(si int) {
	s := &st.sents[si]
	for i, w := range s.w.Lower {
		switch {
		case w == "other":
			org := covered(s.cands, i+1)
			if org == nil || org.Start != i+1 || org.Type != schema.Organization || org.End >= len(s.toks) ||
				!blocMembers[s.w.Lower[org.End]] {
				continue
			}
			if c := subjectCountryBefore(s, i); c != nil {
				st.addRole(si, c, org, gazetteer.TitleMatch{Start: c.Start, End: c.Start})
			}
		case strings.HasPrefix(w, "non-") && len(w) > 4:
			c := covered(s.cands, i+1)
			if c == nil || c.Start != i+1 || c.Type != schema.Country || c.kind != gazetteer.Name {
				continue
			}
			m, ok := st.r.g.Longest(gazetteer.NewWords([]string{s.w.Text[i][4:]}), 0)
			if !ok || m.End != 1 || m.Entry.Type != schema.Organization || m.Kind != gazetteer.Name {
				continue
			}
			st.addRole(si, c, matchCand(m),
				gazetteer.TitleMatch{Start: c.Start, End: c.Start})
			st.roles[len(st.roles)-1].NotOf = true
		}
	}
}

// subjectCountryBefore returns the nearest country named before token k
// that is a subject: the one set against "other EC states".
func subjectCountryBefore(s *sent, k int) *cand {
	for j := k - 1; j >= 0; j-- {
		c := covered(s.cands, j)
		if c == nil || c.Type != schema.Country || c.kind != gazetteer.Name {
			continue
		}
		if strings.HasPrefix(s.toks[c.End-1].Dep, "nsubj") {
			return c
		}
		j = c.Start
	}
	return nil
}
