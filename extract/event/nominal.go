package event

import (
	"strings"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/timex"
	"github.com/kgraph/kgraph/schema"
)

// nominals codes event nouns that no clause covers: "Moscow's annexation of
// the Crimean peninsula" (agent by possessive or "by"), "a phone call
// between Putin and Obama" (two parties by "between X and Y"), "a proposal
// for a federal structure" after a verb of presenting or appealing, whose
// subject is the author. Both parties must be found.
func (c *coder) nominals() []schema.Statement {
	used := map[[2]int]bool{}
	for i := range c.cs {
		cl := &c.cs[i]
		if cl.Noun >= 0 {
			used[[2]int{cl.Sentence, cl.Noun}] = true
		}
		if i < len(c.means) && c.means[i].noun >= 0 {
			used[[2]int{cl.Sentence, c.means[i].noun}] = true
		}
	}
	var out []schema.Statement
	for si := range c.d.Sentences {
		sn := c.sent(si)
		for n := range sn.Tokens {
			t := &sn.Tokens[n]
			if t.UPOS != "NOUN" || used[[2]int{si, n}] {
				continue
			}
			rn, ok := nounRel[lemmaOf(t)]
			if !ok {
				rn, ok = nounRel[strings.ToLower(t.Text)]
			}
			if !ok {
				continue
			}
			if st, ok := c.nominal(si, n, rn); ok {
				out = append(out, st)
			}
		}
	}
	return out
}

func (c *coder) nominal(si, n int, relName string) (schema.Statement, bool) {
	sn := c.sent(si)
	toks := sn.Tokens
	var agent, target *clause.Arg
	for _, ch := range kids(sn, n) {
		d := strings.ToLower(toks[ch].Dep)
		switch {
		case d == "nmod:poss":
			if toks[ch].UPOS == "PRON" && c.d.MentionAt(si, ch) == nil {
				continue
			}
			a := c.subtreeArg(si, ch)
			a.Prep = ""
			agent = &a
		case depBase(d) == "nmod" && ch > n:
			a := c.subtreeArg(si, ch)
			switch {
			case a.Prep == "by" && agent == nil:
				agent = &a
			case a.Prep == "between":
				// "between X and Y": X is the subject, Y the object.
				for _, g := range kids(sn, ch) {
					if strings.ToLower(toks[g].Dep) == "conj" {
						y := c.subtreeArg(si, g)
						x := c.conjHead(si, ch, g)
						agent, target = &x, &y
						break
					}
				}
			case targetPreps[a.Prep] && target == nil:
				target = &a
			}
		}
	}
	if agent == nil {
		agent = c.author(si, n)
	}
	if agent == nil || target == nil {
		return schema.Statement{}, false
	}
	rel, _ := schema.LookupRelation(relName)
	pol, mod := schema.Asserted, schema.Fact
	// A nominal inside a hypothetical or hedged clause shares its modality
	// ("this would lead to talks between ...").
	for i := range c.cs {
		cl := &c.cs[i]
		if cl.Sentence != si || i >= len(c.means) {
			continue
		}
		if inArgs(cl, n) && (c.means[i].modality == schema.Hypothetical || c.means[i].modality == schema.Hedged) {
			mod = c.means[i].modality
		}
	}
	var verb []int
	for _, ch := range kids(sn, n) {
		if d := strings.ToLower(toks[ch].Dep); (d == "compound" || d == "amod") && ch < n && toks[ch].UPOS != "PROPN" {
			verb = append(verb, ch)
		}
	}
	verb = append(verb, n)
	st := schema.Statement{
		Subject:       c.arg(si, *agent),
		Predicate:     rel.Name,
		Verb:          c.words(sn, verb),
		Object:        c.arg(si, *target),
		Kind:          schema.KindRelation,
		Polarity:      pol,
		Modality:      mod,
		Speaker:       c.accordingTo(si),
		CAMEO:         rel.CAMEO,
		PLOVER:        rel.PLOVER,
		QuadClass:     rel.QuadClass,
		Goldstein:     rel.Goldstein,
		Confidence:    0.6,
		Doc:           c.d.ID,
		SentenceIndex: si,
		SentenceText:  c.sentenceText(sn),
		SentenceSpan:  schema.Span{Start: sn.Start, End: sn.End},
	}
	if c.hasRef {
		ex, ok := c.times[si]
		if !ok {
			ex = timex.Find(sn)
			c.times[si] = ex
		}
		for _, e := range ex {
			if h := toks[e.Head].Head; h == n {
				if d, ok := e.Resolve(c.ref, false); ok {
					st.EventDate = d.Format("2006-01-02")
				}
			}
		}
	}
	return st, true
}

// conjHead is the first conjunct of a coordination headed by x, without the
// conjunct g and what follows it.
func (c *coder) conjHead(si, x, g int) clause.Arg {
	a := c.subtreeArg(si, x)
	var keep []int
	for _, t := range a.Tokens {
		if t >= g {
			break
		}
		keep = append(keep, t)
	}
	sn := c.sent(si)
	for len(keep) > 1 {
		last := &sn.Tokens[keep[len(keep)-1]]
		if last.UPOS != "CCONJ" && last.UPOS != "PUNCT" {
			break
		}
		keep = keep[:len(keep)-1]
	}
	if len(keep) > 0 {
		a.Tokens, a.Start, a.End = keep, keep[0], keep[len(keep)-1]+1
		a.Text = c.words(sn, keep)
	}
	return a
}

// author finds the author of an agentless event noun: the subject of the
// nearest governing verb of presenting or appealing ("Lavrov called on
// Western powers to back a proposal").
func (c *coder) author(si, n int) *clause.Arg {
	sn := c.sent(si)
	g := sn.Tokens[n].Head
	for step := 0; step < 4 && g >= 0 && g < len(sn.Tokens); step++ {
		if presentVerbs[lemmaOf(&sn.Tokens[g])] {
			for i := range c.cs {
				cl := &c.cs[i]
				if cl.Sentence != si || cl.Subject.Empty() || cl.Passive {
					continue
				}
				for _, v := range cl.VerbChain {
					if v == g {
						s := cl.Subject
						return &s
					}
				}
			}
			return nil
		}
		g = sn.Tokens[g].Head
	}
	return nil
}

func inArgs(cl *clause.Clause, t int) bool {
	for _, a := range cl.Objects {
		if t >= a.Start && t < a.End {
			return true
		}
	}
	for _, a := range cl.Adjuncts {
		if t >= a.Start && t < a.End {
			return true
		}
	}
	return false
}
