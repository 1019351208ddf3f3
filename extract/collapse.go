package extract

import (
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/entity"
)

// parseUnits parses s with each name unit (entity.Unit: "Italian Prime
// Minister Silvio Berlusconi") standing as one proper noun, then gives the
// unit's own tokens the treebank's structure by rule. The parser, trained on
// web text, often mis-heads such runs (a demonym as the subject, a title as
// the object).
func (p *Pipeline) parseUnits(s *doc.Sentence, us []entity.Unit) {
	if len(us) == 0 {
		p.parser.Parse(s)
		return
	}
	keep := make([]int, 0, len(s.Tokens)) // reduced index -> token index
	red := doc.Sentence{Start: s.Start, End: s.End, Tokens: make([]doc.Token, 0, len(s.Tokens))}
	ui := 0
	for i := 0; i < len(s.Tokens); i++ {
		if ui < len(us) && i == us[ui].Start {
			u := us[ui]
			t := s.Tokens[u.Head]
			t.UPOS, t.XPOS = "PROPN", "NNP"
			keep = append(keep, u.Head)
			red.Tokens = append(red.Tokens, t)
			i = u.End - 1
			ui++
			continue
		}
		keep = append(keep, i)
		red.Tokens = append(red.Tokens, s.Tokens[i])
	}
	p.parser.Parse(&red)
	for ri, i := range keep {
		rt := red.Tokens[ri]
		s.Tokens[i].Head, s.Tokens[i].Dep = -1, rt.Dep
		if rt.Head >= 0 {
			s.Tokens[i].Head = keep[rt.Head]
		}
	}
	for _, u := range us {
		unitTree(s, u)
	}
}

// unitTree gives the tokens of a unit other than its head the treebank's
// structure: name words flat under the first, compounds (or amod) under the
// last word of other names, the title as nmod:desc of the name with its
// other words (and the country) as its modifiers.
func unitTree(s *doc.Sentence, u entity.Unit) {
	set := func(i, head int, dep string) {
		s.Tokens[i].Head, s.Tokens[i].Dep = head, dep
	}
	mod := func(i int) string {
		if s.Tokens[i].UPOS == "ADJ" {
			return "amod"
		}
		return "compound"
	}
	for i := u.Name; i < u.End; i++ {
		switch {
		case i == u.Head:
		case u.Head == u.Name:
			set(i, u.Head, "flat")
		default:
			set(i, u.Head, mod(i))
		}
	}
	if u.Name == u.Start {
		return
	}
	title := u.Name - 1
	set(title, u.Head, "nmod:desc")
	for i := u.Start; i < title; i++ {
		set(i, title, mod(i))
	}
}
