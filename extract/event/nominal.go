package event

import (
	"strings"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
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
		if cl.Subject.Empty() && (i >= len(c.means) || c.means[i].subject == nil) {
			// A clause without an agent states nothing of its noun ("the
			// EU embargo on China is likely to be lifted"): the noun keeps
			// its own event.
			continue
		}
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
			out = append(out, c.nominal(si, n, rn)...)
		}
	}
	return out
}

// nominal codes event noun n of sentence si as relation relName between
// the parties it names, one statement for each agent a coordination names
// ("opposition from the US and Japan"); none when it names no two.
func (c *coder) nominal(si, n int, relName string) []schema.Statement {
	sn := c.sent(si)
	toks := sn.Tokens
	agent, target := c.nominalParties(si, n)
	if agent == nil {
		agent = c.author(si, n)
	}
	if agent != nil && target == nil && lexicon.WholeEventNouns.Has(lemmaOf(&toks[n])) {
		// "President Bush's re-election": the event is its own object.
		t := clause.Arg{Start: n, End: n + 1, Head: n, Text: toks[n].Text, Tokens: []int{n}}
		target = &t
	}
	if agent != nil && target == nil {
		target = c.contentClause(si, n)
	}
	conceded := false
	if agent != nil && target == nil {
		target = c.concededTarget(si, n)
		conceded = target != nil
	}
	if agent == nil || target == nil {
		return nil
	}
	var out []schema.Statement
	for _, a := range c.agentConjuncts(si, *agent) {
		st := c.nominalStatement(si, n, relName, a, *target)
		if conceded {
			st.Modality = schema.Fact // what a clause goes ahead despite is there
		}
		out = append(out, st)
	}
	return out
}

// contentClause returns the "that" clause that noun n of saying, claiming
// or denying states: "Syria's denials that it was implicated in the
// bombing" deny that it was.
func (c *coder) contentClause(si, n int) *clause.Arg {
	sn := c.sent(si)
	if rn := nounRel[lemmaOf(&sn.Tokens[n])]; rn != schema.RelDeny && rn != schema.RelSay && rn != schema.RelAccuse {
		return nil
	}
	for _, ch := range kids(sn, n) {
		if ch > n && (sn.Tokens[ch].Dep == "acl" || depBase(sn.Tokens[ch].Dep) == "ccomp") && hasMark(sn, ch, "that") {
			a := c.subtreeArg(si, ch)
			a.Prep = "that"
			return &a
		}
	}
	return nil
}

// concededTarget reads what an event noun of stance opposes when a clause
// goes ahead despite it: "defended plans to end the embargo, despite
// opposition from the US" (the plans), "is likely to be lifted despite US
// objections" (the embargo). It is the object of the nearest verb
// governing the noun, or the subject of a passive one; nil elsewhere.
func (c *coder) concededTarget(si, n int) *clause.Arg {
	sn := c.sent(si)
	conceded := false
	for _, ch := range kids(sn, n) {
		if depBase(sn.Tokens[ch].Dep) == "case" && lexicon.ConcessionPreps.Has(lemmaOf(&sn.Tokens[ch])) {
			conceded = true
		}
		if sn.Tokens[ch].Dep == "acl" && hasTo(sn, ch) {
			return nil // "despite Bush's refusal to sign up to Kyoto": the refusal is of the signing
		}
	}
	if !conceded {
		return nil
	}
	for v, step := sn.Tokens[n].Head, 0; step < maxConcessionClimb && v >= 0 && v < len(sn.Tokens); v, step = sn.Tokens[v].Head, step+1 {
		if sn.Tokens[v].UPOS != "VERB" {
			continue
		}
		for _, i := range c.clausesIn(si) {
			cl := &c.cs[i]
			if cl.Verb != v {
				continue
			}
			switch {
			case cl.Passive && !cl.Subject.Empty():
				t := cl.Subject
				return &t
			case len(cl.Objects) > 0 && cl.Objects[0].Head >= 0 && cl.Objects[0].Prep == "" && c.arg(si, cl.Objects[0]).Entity == "":
				// What is opposed is a plan or a measure, no named thing; "attacked Iraq
				// despite opposition" opposes no Iraq.
				t := cl.Objects[0]
				if cl.Objects[0].Start <= n && n < cl.Objects[0].End {
					t = c.cutAt(si, t, n) // the object the parse stretched over the noun
				}
				return &t
			}
		}
	}
	return nil
}

// maxConcessionClimb bounds the heads climbed from a "despite" noun to the
// clause it concedes ("defended plans to end the embargo on China, despite
// opposition", parsed under "China", is five up); set on the news set.
const maxConcessionClimb = 6

// cutAt shortens argument a to end before its "despite" phrase at noun n.
func (c *coder) cutAt(si int, a clause.Arg, n int) clause.Arg {
	sn := c.sent(si)
	end := n
	for _, ch := range kids(sn, n) {
		if ch < end {
			end = ch
		}
	}
	var keep []int
	for _, t := range a.Tokens {
		if t < end {
			keep = append(keep, t)
		}
	}
	for len(keep) > 1 && sn.Tokens[keep[len(keep)-1]].UPOS == "PUNCT" {
		keep = keep[:len(keep)-1]
	}
	if len(keep) > 0 {
		a.Tokens, a.Start, a.End, a.Text = keep, keep[0], keep[len(keep)-1]+1, c.words(sn, keep)
	}
	return a
}

// agentConjuncts returns the agent and the actors coordinated with it
// ("from the US and Japan").
func (c *coder) agentConjuncts(si int, a clause.Arg) []clause.Arg {
	out := []clause.Arg{a}
	sn := c.sent(si)
	if a.Head < 0 || a.Head >= len(sn.Tokens) {
		return out
	}
	for _, g := range kids(sn, a.Head) {
		if depBase(sn.Tokens[g].Dep) != "conj" {
			continue
		}
		if m := c.d.MentionAt(si, g); m != nil && m.Entity != "" && m.Type.IsActor() {
			out[0] = c.conjHead(si, a.Head, g)
			out = append(out, c.subtreeArg(si, g))
		}
	}
	return out
}

// nominalStatement is the statement of event noun n with its two parties.
func (c *coder) nominalStatement(si, n int, relName string, agent, target clause.Arg) schema.Statement {
	sn := c.sent(si)
	toks := sn.Tokens
	rel, ok := schema.LookupRelation(relName)
	if !ok {
		rel = schema.Relation{Name: relName} // a verb phrase outside the vocabulary ("object to")
	}
	var verb []int
	for _, ch := range kids(sn, n) {
		if d := strings.ToLower(toks[ch].Dep); (d == "compound" || d == "amod") && ch < n && toks[ch].UPOS != "PROPN" {
			verb = append(verb, ch)
		}
	}
	verb = append(verb, n)
	verbText := c.words(sn, verb)
	switch p := strings.ToLower(target.Prep); {
	case lexicon.ReciprocalNouns.Has(lemmaOf(&toks[n])) && (p == "" || p == "between" || p == "among"):
		verbText += " with" // "talks between France and Iran": France's talks with Iran
	case p != "" && target.Start > n:
		verbText += " " + p // "talks with", "attack on"
	}
	st := schema.Statement{
		Subject:       c.arg(si, agent),
		Predicate:     rel.Name,
		Verb:          verbText,
		Object:        c.arg(si, target),
		Kind:          schema.KindRelation,
		Polarity:      schema.Asserted,
		Modality:      c.nominalModality(si, n),
		Speaker:       c.accordingTo(si),
		CAMEO:         rel.CAMEO,
		PLOVER:        rel.PLOVER,
		QuadClass:     rel.QuadClass,
		Goldstein:     rel.Goldstein,
		Confidence:    nominalConfidence,
		Doc:           c.d.ID,
		SentenceIndex: si,
		SentenceText:  c.sentenceText(sn),
		SentenceSpan:  schema.Span{Start: sn.Start, End: sn.End},
	}
	var later bool
	st.EventDate, later = c.nominalDate(si, n)
	if later && st.Modality == schema.Fact {
		st.Modality = schema.Future // "next week's visit to Tokyo"
	}
	return st
}

// nominalParties reads the agent and target of event noun n from its
// modifiers: a possessive ("Moscow's annexation") or "by" phrase is the
// agent, "between X and Y" gives both, a target preposition ("annexation
// of") the target.
func (c *coder) nominalParties(si, n int) (agent, target *clause.Arg) {
	sn := c.sent(si)
	toks := sn.Tokens
	for _, ch := range kids(sn, n) {
		d := strings.ToLower(toks[ch].Dep)
		switch {
		case d == "nmod:poss":
			if toks[ch].UPOS == "PRON" && c.d.MentionAt(si, ch) == nil || c.temporal(si, ch) {
				continue // "Tuesday's meeting" is no one's
			}
			a := c.subtreeArg(si, ch)
			a.Prep = ""
			agent = &a
		case depBase(d) == "nmod" && ch > n:
			a := c.subtreeArg(si, ch)
			switch {
			case (a.Prep == "by" || a.Prep == "from") && agent == nil:
				agent = &a // "opposition from the US", "a letter from Nakasone"
			case a.Prep == "between":
				// "between X and Y": X is the subject, Y the object; the
				// actors named in the phrase when there are two.
				if x, y, ok := c.twoActors(si, a); ok {
					agent, target = &x, &y
					break
				}
				for _, g := range kids(sn, ch) {
					if strings.ToLower(toks[g].Dep) == "conj" {
						y := c.subtreeArg(si, g)
						x := c.conjHead(si, ch, g)
						agent, target = &x, &y
						break
					}
				}
			case lexicon.TargetPreps.Has(a.Prep) && target == nil:
				target = &a
			}
		}
	}
	if agent == nil {
		agent = c.modifierAgent(si, n)
	}
	if agent != nil && target == nil && n+1 < len(toks) && toks[n+1].UPOS == "ADP" && lexicon.TargetPreps.Has(strings.ToLower(toks[n+1].Text)) && toks[n+1].Head > n+1 {
		// "in the aftermath of China's crackdown on protesters": the parse
		// hung "on protesters" on the verb; right after the noun it is
		// the noun's.
		if h := toks[n+1].Head; h < len(toks) && toks[h].Head != n && !inSubtree(toks, n, h) && (toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN") {
			a := c.subtreeArg(si, h)
			target = &a
		}
	}
	if (agent == nil || target == nil) && n+1 < len(toks) && strings.EqualFold(toks[n+1].Text, "between") {
		// The parse lost "between X and Y" (it took "between" for a head):
		// read the two actors from the words up to the next verb or
		// punctuation.
		a := clause.Arg{Start: n + 2, End: n + 2, Head: -1}
		for a.End < len(toks) && toks[a.End].UPOS != "PUNCT" && toks[a.End].UPOS != "VERB" && toks[a.End].UPOS != "AUX" {
			a.End++
		}
		if x, y, ok := c.twoActors(si, a); ok {
			agent, target = &x, &y
		}
	}
	return agent, target
}

// modifierAgent reads the agent of event noun n from an actor written
// before it: "the EU embargo on China", "US objections", "French aid to
// Gabon", "Monday's U.S. attack on Iran".
func (c *coder) modifierAgent(si, n int) *clause.Arg {
	sn := c.sent(si)
	for _, ch := range kids(sn, n) {
		d := strings.ToLower(sn.Tokens[ch].Dep)
		if ch > n || d != "compound" && d != "amod" {
			continue
		}
		m := c.d.MentionAt(si, ch)
		if m == nil || m.Entity == "" || !m.Type.IsActor() {
			continue
		}
		idx := make([]int, 0, m.End-m.Start)
		for k := m.Start; k < m.End; k++ {
			idx = append(idx, k)
		}
		return &clause.Arg{Start: m.Start, End: m.End, Head: ch, Entity: m.Entity, Text: c.words(sn, idx), Tokens: idx}
	}
	return nil
}

// temporal reports whether token t names a time ("Tuesday", "yesterday").
func (c *coder) temporal(si, t int) bool {
	return lexicon.TemporalNouns.Has(lemmaOf(&c.sent(si).Tokens[t]))
}

// nominalModality is the modality of event noun n: that of a hypothetical
// or hedged clause whose arguments hold it ("this would lead to talks
// between ..."), else fact.
func (c *coder) nominalModality(si, n int) schema.Modality {
	mod := schema.Fact
	sn := c.sent(si)
	if h := sn.Tokens[n].Head; h >= 0 && h < len(sn.Tokens) && hasCase(sn, n, "on", "about", "over") &&
		(lexicon.ReciprocalNouns.Has(lemmaOf(&sn.Tokens[h])) || lexicon.ClaimNouns.Has(lemmaOf(&sn.Tokens[h]))) {
		// "talks on further Venezuelan assistance": what talks are about
		// is not yet done.
		return schema.Hypothetical
	}
	for _, i := range c.clausesIn(si) {
		cl := &c.cs[i]
		if i >= len(c.means) {
			continue
		}
		if inArgs(cl, n) && (c.means[i].modality == schema.Hypothetical || c.means[i].modality == schema.Hedged) {
			mod = c.means[i].modality
		}
	}
	return mod
}

// nominalDate resolves the time expression that hangs inside the phrase of
// event noun n, at its precision, and reports whether it lies after the day
// of writing ("next week's visit").
func (c *coder) nominalDate(si, n int) (string, bool) {
	sn := c.sent(si)
	ex, ok := c.times[si]
	if !ok {
		ex = timex.Find(sn)
		c.times[si] = ex
	}
	in := c.subtree(si, n)
	date, later := "", false
	for _, e := range ex {
		h := sn.Tokens[e.Head].Head
		if e.Head >= len(in) || !in[e.Head] && (h < 0 || h >= len(in) || !in[h]) {
			continue
		}
		later = later || e.Future()
		if !c.hasRef && !e.Absolute() {
			continue
		}
		if d, ok := e.Resolve(c.ref, false); ok {
			date = e.Format(d)
			later = later || c.hasRef && date > e.Format(c.ref)
		}
	}
	return date, later
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

// authorSteps bounds the climb from an event noun to the verb whose subject
// authored it. The example's "called on Western powers to back a proposal"
// needs 2 (with 1, kgraph eval gold on examples/ finds 30 of 31); no
// benchmark moves between 2 and 8 (eval gold on ../shared/gold/news and the
// example, eval petrarch).
const authorSteps = 4

// author finds the author of an agentless event noun: the subject of the
// nearest governing verb of presenting or appealing ("Lavrov called on
// Western powers to back a proposal").
func (c *coder) author(si, n int) *clause.Arg {
	sn := c.sent(si)
	g := sn.Tokens[n].Head
	for step := 0; step < authorSteps && g >= 0 && g < len(sn.Tokens); step++ {
		if lexicon.PresentVerbs.Has(lemmaOf(&sn.Tokens[g])) {
			for _, i := range c.clausesIn(si) {
				cl := &c.cs[i]
				if cl.Subject.Empty() || cl.Passive {
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

// subtree marks the tokens under h (h included).
func (c *coder) subtree(si, h int) []bool {
	sn := c.sent(si)
	in := make([]bool, len(sn.Tokens))
	in[h] = true
	for changed := true; changed; {
		changed = false
		for i := range sn.Tokens {
			if hd := sn.Tokens[i].Head; !in[i] && hd >= 0 && hd < len(in) && in[hd] {
				in[i], changed = true, true
			}
		}
	}
	return in
}

// twoActors returns the actors of the first two coordinated parts of an
// argument ("between Russian President Vladimir Putin and U.S. President
// Barack Obama"): in each part, split at "and"/"or", the last actor named
// (the person rather than the nationality before the title).
func (c *coder) twoActors(si int, a clause.Arg) (x, y clause.Arg, ok bool) {
	sn := c.sent(si)
	var parts []clause.Arg
	cur := clause.Arg{Head: -1}
	flush := func() {
		if cur.Head >= 0 {
			parts = append(parts, cur)
		}
		cur = clause.Arg{Head: -1}
	}
	for i := max(a.Start, 0); i < a.End && i < len(sn.Tokens); i++ {
		if sn.Tokens[i].UPOS == "CCONJ" {
			flush()
			continue
		}
		m := c.d.MentionAt(si, i)
		if m == nil || m.Start != i || !m.Type.IsActor() || m.End > a.End {
			continue
		}
		idx := make([]int, 0, m.End-m.Start)
		for k := m.Start; k < m.End; k++ {
			idx = append(idx, k)
		}
		cur = clause.Arg{Start: m.Start, End: m.End, Head: m.End - 1, Entity: m.Entity, Text: c.words(sn, idx), Tokens: idx}
		i = m.End - 1
	}
	flush()
	if len(parts) < 2 {
		return x, y, false
	}
	return parts[0], parts[1], true
}

// inSubtree reports whether token k hangs, through its heads, under h.
func inSubtree(toks []doc.Token, h, k int) bool {
	for step := 0; k >= 0 && k < len(toks) && step < len(toks); step++ {
		if k == h {
			return true
		}
		k = toks[k].Head
	}
	return false
}
