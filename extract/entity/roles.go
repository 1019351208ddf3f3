package entity

import (
	"strings"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/schema"
)

// Confidence of role statements: a title written next to the name is read
// more reliably than an apposition or a group's membership.
const (
	confTitle = 0.9
	confOther = 0.75
)

// RoleStatements turns d.Roles into statements of kind role: (person,
// hold_role, title) and (person, member_of, country or organization).
// Groups of people ("Ukrainians") give member_of only.
func RoleStatements(d *doc.Doc) []schema.Statement {
	var out []schema.Statement
	seen := map[string]bool{}
	for _, r := range d.Roles {
		if r.Sentence < 0 || r.Sentence >= len(d.Sentences) || r.Person == "" {
			continue
		}
		s := &d.Sentences[r.Sentence]
		subj, ok := arg(d, r.Sentence, r.Person, r.TitleEnd)
		if !ok {
			continue
		}
		base := schema.Statement{Subject: subj, Kind: schema.KindRole, Polarity: schema.Asserted,
			Modality: schema.Fact, Doc: d.ID, SentenceIndex: r.Sentence,
			SentenceSpan: schema.Span{Start: s.Start, End: s.End}}
		if s.Start >= 0 && s.End <= len(d.Text) && s.Start <= s.End {
			base.SentenceText = d.Text[s.Start:s.End]
		}
		conf := confOther
		if r.TitleEnd > r.TitleStart && r.TitleEnd <= len(s.Tokens) {
			conf = confTitle
		}
		if r.Title != "" && r.TitleEnd > r.TitleStart && r.TitleEnd <= len(s.Tokens) {
			st := base
			st.Predicate, st.Verb = schema.HoldRole, "is"
			st.Object = schema.Arg{Text: r.Title, Entity: schema.EntityIRI(schema.Role, r.Title, ""), Name: r.Title,
				Type: schema.Role, Span: schema.Span{Start: s.Tokens[r.TitleStart].Start, End: s.Tokens[r.TitleEnd-1].End}}
			st.Confidence = conf
			add(&out, seen, st)
		}
		if r.Of != "" {
			obj, ok := arg(d, r.Sentence, r.Of, r.TitleStart)
			if !ok {
				continue
			}
			st := base
			st.Predicate, st.Verb = schema.MemberOf, "of"
			if subj.Type == schema.Organization {
				// an agency, ministry or unit belongs to its country or
				// parent body rather than being a member of it
				st.Predicate = schema.AffiliatedWith
			}
			if obj.Type == schema.Person && r.Title != "" {
				// "a close aide to President Mitterrand": aide to him
				st.Verb = strings.ToLower(r.Title[strings.LastIndexByte(r.Title, ' ')+1:]) + " to"
			}
			st.Object = obj
			st.Confidence = conf
			if r.NotOf {
				st.Polarity = schema.Negated
			}
			add(&out, seen, st)
		}
	}
	return out
}

func add(out *[]schema.Statement, seen map[string]bool, st schema.Statement) {
	st.ID = schema.StatementID(&st)
	if !seen[st.ID] {
		seen[st.ID] = true
		*out = append(*out, st)
	}
}

// arg builds the argument for entity iri from its mention in sentence si
// nearest to token near.
func arg(d *doc.Doc, si int, iri string, near int) (schema.Arg, bool) {
	var best *doc.Mention
	dist := 1 << 30
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.Sentence != si || m.Entity != iri || m.Source == "coref" {
			continue
		}
		x := m.Start - near
		if x < 0 {
			x = -x
		}
		if x < dist {
			best, dist = m, x
		}
	}
	e := d.Entities[iri]
	if e == nil {
		return schema.Arg{}, false
	}
	a := schema.Arg{Text: e.Name, Entity: iri, Name: e.Name, Type: e.Type}

	if best != nil {
		toks := d.Sentences[si].Tokens
		if best.Start >= 0 && best.End <= len(toks) && best.Start < best.End {
			a.Text = best.Text
			a.Span = schema.Span{Start: toks[best.Start].Start, End: toks[best.End-1].End}
		}
	}
	return a, true
}

// asTitles reads the offices that sentence si gives with "as", a country
// or organization and no name after them ("he begins his second term as
// US President"): the person
// whose term, role or act the phrase qualifies (a possessor or subject up
// the parse from the title) holds the office, of the country written
// before it, when the gazetteer gives the person no other country.
func (st *state) asTitles(si int) {
	s := &st.sents[si]
	for i := 0; i+1 < len(s.toks); i++ {
		if s.w.Lower[i] != "as" {
			continue
		}
		k := i + 1
		if w := s.w.Lower[k]; w == "the" || w == "a" || w == "an" {
			k++
		}
		var of *cand
		if o := covered(s.cands, k); o != nil && o.Start == k && o.Type != schema.Person && o.Type.IsActor() {
			of, k = o, o.End
		}
		t, ok := st.r.g.Title(s.w, k)
		if !ok || t.Class != gazetteer.Office || t.End < len(s.toks) && nameToken(s.w.Text[t.End]) ||
			covered(s.cands, t.End-1) != nil {
			continue
		}
		if of == nil {
			continue // "his second term as president": whose "his" is is too often unsure
		}
		t = st.portfolio(s, t)
		p := st.qualified(s, t.End-1)
		if p == nil || of.entry != nil && of.Type == schema.Country && st.personCountry(p) != "" && st.personCountry(p) != of.entry.ISO {
			continue
		}
		st.addRole(si, p, of, t)
	}
}

// qualified returns the person that the phrase headed by token h
// qualifies: a possessor ("his second term") or subject found going up the
// parse, at most three steps; nil when it is none.
func (st *state) qualified(s *sent, h int) *cand {
	for step := 0; step < 3 && h >= 0; step++ {
		for k := range s.toks {
			if s.toks[k].Head != h || s.toks[k].Dep != "nmod:poss" && !isSubjectToken(s, k) {
				continue
			}
			if c := covered(s.cands, k); c != nil && c.Type == schema.Person {
				return c
			}
			return nil
		}
		h = s.toks[h].Head
	}
	return nil
}
