package entity

import (
	"slices"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/schema"
)

// Unit is a run of tokens that names one thing: a multi-word name
// ("Gerhard Schroeder", "European Union"), with the honorific, title and
// country written before a person's name ("Italian Prime Minister Silvio
// Berlusconi", "Mr Straw").
type Unit struct {
	Start, End int // token range [Start, End)
	// Head is the token that heads the unit in the treebank's analysis:
	// the first word of a person's name (the rest is flat), the last word
	// of other names ("European Union").
	Head int
	// Name is the first token of the name proper, after title and country.
	Name int
}

// Units finds the name units of sentence si from the mentions and roles
// that Resolve found.
func (r *Resolver) Units(d *doc.Doc, si int) []Unit {
	var us []Unit
	for _, m := range d.Mentions {
		if m.Sentence != si || m.Source == "coref" {
			continue
		}
		u := Unit{Start: m.Start, End: m.End, Name: m.Start, Head: m.End - 1}
		if m.Type == schema.Person {
			u.Head = m.Start
			u.Start = r.honorific(d, si, m.Start)
		}
		if u.End-u.Start > 1 {
			us = append(us, u)
		}
	}
	for _, ro := range d.Roles {
		if ro.Sentence != si {
			continue
		}
		i := slices.IndexFunc(us, func(u Unit) bool { return u.Name == ro.TitleEnd })
		if i < 0 {
			m := d.MentionAt(si, ro.TitleEnd)
			if m == nil || m.Start != ro.TitleEnd || m.Type != schema.Person {
				continue
			}
			us = append(us, Unit{Start: m.Start, End: m.End, Name: m.Start, Head: m.Start})
			i = len(us) - 1
		}
		us[i].Start = min(us[i].Start, ro.TitleStart)
		// The country or body written before the title ("U.S.", "Italian").
		if of := d.MentionAt(si, ro.TitleStart-1); ro.TitleStart > 0 && of != nil && of.End == ro.TitleStart && of.Type != schema.Person {
			us[i].Start = of.Start
		}
	}
	slices.SortFunc(us, func(a, b Unit) int { return a.Start - b.Start })
	out := us[:0] // of overlapping units, the first
	for _, u := range us {
		if len(out) > 0 && u.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, u)
	}
	return out
}

// honorific returns the start of an honorific written before token i
// ("Mr", "Dr", "Sir"), or i.
func (r *Resolver) honorific(d *doc.Doc, si, i int) int {
	if i == 0 {
		return i
	}
	toks := d.Sentences[si].Tokens
	lo := max(0, i-2)
	words := make([]string, 0, i-lo)
	for _, t := range toks[lo:i] {
		words = append(words, t.Text)
	}
	w := gazetteer.NewWords(words)
	for k := range words {
		if t, ok := r.g.Title(w, k); ok && t.Class == gazetteer.Honorific && t.End == len(words) {
			return lo + k
		}
	}
	return i
}
