package event

import (
	"strings"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/schema"
)

// meaning is what a clause means as an event.
type meaning struct {
	rel       schema.Relation // zero when no relation is known
	predicate string
	cameo     string
	// pair is the code of the reverse event of a paired code, or "".
	pair     string
	polarity schema.Polarity
	modality schema.Modality
	// subject and object replace the clause's when the event is read from
	// inside an argument ("had no intention of sending troops into Ukraine").
	subject, object *clause.Arg
	noun            int // event noun the meaning was read from, or -1
	// symmetric is set for events that two parties do together ("meet",
	// "hold talks", "renew ties"): a coordinated subject does it with
	// itself, each conjunct with the others.
	symmetric bool
}

// modality flags, strongest first.
const (
	flagHypothetical = 1 << iota
	flagDemand
	flagIntent
	flagHedged
	flagFuture
)

func modalityOf(flags int) schema.Modality {
	switch {
	case flags&flagHypothetical != 0:
		return schema.Hypothetical
	case flags&flagDemand != 0:
		return schema.Demand
	case flags&flagIntent != 0:
		return schema.Intent
	case flags&flagHedged != 0:
		return schema.Hedged
	case flags&flagFuture != 0:
		return schema.Future
	}
	return schema.Fact
}

// kids returns the children of token h in sentence order.
func kids(sn *doc.Sentence, h int) []int {
	var out []int
	for i := range sn.Tokens {
		if sn.Tokens[i].Head == h && i != h {
			out = append(out, i)
		}
	}
	return out
}

func isNeg(t *doc.Token) bool {
	if lexicon.EventNegators.Has(strings.ToLower(t.Text)) {
		return t.Dep == "neg" || t.Dep == "advmod" || t.Dep == "det" || t.UPOS == "PART" || t.UPOS == "ADV"
	}
	return t.Dep == "neg"
}

// pathVerbs returns the lexical verbs of the clause's verb chain, in order.
func pathVerbs(sn *doc.Sentence, cl *clause.Clause) []int {
	var out []int
	for _, t := range cl.VerbChain {
		if t < 0 || t >= len(sn.Tokens) {
			continue
		}
		tok := &sn.Tokens[t]
		switch depBase(tok.Dep) {
		case "aux", "cop", "mark", "compound", "advmod", "det", "case":
			if t != cl.Verb {
				continue
			}
		}
		if isNeg(tok) || (tok.UPOS == "PART" && t != cl.Verb) || (tok.UPOS == "AUX" && t != cl.Verb) {
			continue
		}
		out = append(out, t)
	}
	if len(out) == 0 && cl.Verb >= 0 && cl.Verb < len(sn.Tokens) {
		out = []int{cl.Verb}
	}
	return out
}

// meaningOf reads the meaning of clause i.
func (c *coder) meaningOf(i int) meaning {
	cl := &c.cs[i]
	sn := c.sent(cl.Sentence)
	toks := sn.Tokens
	m := meaning{predicate: cl.Predicate, polarity: schema.Asserted, noun: -1}
	verbs := pathVerbs(sn, cl)
	if len(verbs) == 0 {
		m.modality = schema.Fact
		return m
	}
	if m.predicate == "" {
		m.predicate = lemmaOf(&toks[verbs[len(verbs)-1]])
	}
	neg := cl.Negated
	flags := 0
	would := false
	for _, t := range cl.VerbChain {
		if t < 0 || t >= len(toks) {
			continue
		}
		switch w := strings.ToLower(toks[t].Text); {
		case lexicon.FutureModals.Has(w):
			flags |= flagFuture
		case lexicon.ConditionalModals.Has(w):
			would = true
		case lexicon.HedgeModals.Has(w):
			flags |= flagHedged
		case lexicon.DemandModals.Has(w):
			flags |= flagDemand
		}
		if isNeg(&toks[t]) {
			neg = true
		}
	}
	k := 0
	for ; k < len(verbs)-1; k++ {
		l := lemmaOf(&toks[verbs[k]])
		switch {
		case lexicon.IntentVerbs.Has(l):
			flags |= flagIntent
		case lexicon.FutureVerbs.Has(l):
			flags |= flagFuture
		case lexicon.HedgeVerbs.Has(l):
			flags |= flagHedged
		case lexicon.FailVerbs.Has(l):
			neg = true
		case lexicon.CarryVerbs.Has(l):
		default:
			goto head
		}
	}
head:
	ev := verbs[k]
	lem := lemmaOf(&toks[ev])
	if lem == "about" && k+1 < len(verbs) {
		flags |= flagFuture
		k++
		ev = verbs[k]
		lem = lemmaOf(&toks[ev])
	}
	var parts []string
	for _, ch := range kids(sn, ev) {
		d := strings.ToLower(toks[ch].Dep)
		if d == "compound:prt" || (depBase(d) == "advmod" && lexicon.EventParticles.Has(lemmaOf(&toks[ch])) && ch > ev) {
			parts = append(parts, lemmaOf(&toks[ch]))
		}
		if depBase(d) == "advmod" && lexicon.HedgeAdverbs.Has(lemmaOf(&toks[ch])) {
			flags |= flagHedged
		}
	}
	prep := ""
	if len(cl.Objects) > 0 && ev == verbs[len(verbs)-1] {
		prep = strings.ToLower(cl.Objects[0].Prep)
		if lexicon.Complementizers.Has(prep) {
			prep = ""
		}
	}
	relName := ""
	blocked := false
	objLemma := ""
	if len(cl.Objects) > 0 && cl.Objects[0].Head >= 0 && cl.Objects[0].Head < len(toks) && cl.Objects[0].Prep == "" {
		objLemma = lemmaOf(&toks[cl.Objects[0].Head])
	}
	// A supplied dictionary that lists the verb decides its code.
	before, after := c.wordsOf(sn, cl.Subject.Start, cl.Subject.End), c.wordsOf(sn, ev+1, clauseEnd(cl, ev))
	vc, own := c.k.lookup(&toks[ev], before, after, cl.JointSubject != nil)
	builtin := c.k.builtin && !own
	// Light verbs and event nouns: "hold talks with", "impose sanctions on".
	noun := cl.Noun
	if !builtin {
		noun = -1
	}
	if noun < 0 && builtin && lexicon.EventLightVerbs.Has(lem) && objLemma != "" && toks[cl.Objects[0].Head].UPOS == "NOUN" {
		noun = cl.Objects[0].Head
	}
	if noun >= 0 && noun < len(toks) {
		nl := lemmaOf(&toks[noun])
		if r, ok := lightNounRel[lem+" "+nl]; ok {
			relName = r
		} else if r, ok := nounRel[nl]; ok && lexicon.EventLightVerbs.Has(lem) {
			relName = r
		} else if r, ok := nounRel[strings.ToLower(toks[noun].Text)]; ok && lexicon.EventLightVerbs.Has(lem) {
			relName = r
		}
		if relName != "" {
			m.noun = noun
			if cl.Noun < 0 {
				// "imposed sanctions on X": the target is the noun's
				// prepositional modifier.
				if a, ok := c.childArg(cl.Sentence, noun, lexicon.TargetPreps); ok {
					m.object = &a
				}
			}
		}
	}
	// "have no intention of sending troops", "has plans to invade".
	if relName == "" && builtin && (lem == "have" || lem == "be") && objLemma != "" && lexicon.IntentNouns.Has(objLemma) {
		o := cl.Objects[0].Head
		for _, ch := range kids(sn, o) {
			if depBase(toks[ch].Dep) == "acl" && toks[ch].UPOS == "VERB" {
				if r, obj := c.verbRelation(cl.Sentence, ch); r != "" {
					relName = r
					m.object = obj
					flags |= flagIntent
					ev, lem = ch, lemmaOf(&toks[ch])
				}
				break
			}
		}
	}
	// "targeted X with sanctions".
	if relName == "" && builtin && lexicon.MeansVerbs.Has(lem) {
		args := append(append([]clause.Arg(nil), cl.Objects...), cl.Adjuncts...)
		for _, a := range args {
			if strings.ToLower(a.Prep) != "with" || a.Head < 0 || a.Head >= len(toks) {
				continue
			}
			n := eventNoun(toks, a)
			if n < 0 {
				continue
			}
			relName = nounRel[lemmaOf(&toks[n])]
			m.noun = n
			if len(cl.Objects) > 0 && cl.Objects[0].Prep == "with" {
				// "responded with sanctions on the United States"
				if t, ok := c.childArg(cl.Sentence, n, lexicon.TargetPreps); ok {
					m.object = &t
				} else {
					for _, adj := range cl.Adjuncts {
						if p := strings.ToLower(adj.Prep); p == "on" || p == "against" {
							adj := adj
							m.object = &adj
							break
						}
					}
				}
			}
			break
		}
	}
	if relName == "" && builtin {
		keys := []string{}
		pp := strings.Join(parts, " ")
		if pp != "" && prep != "" {
			keys = append(keys, lem+" "+pp+" "+prep)
		}
		if pp != "" {
			keys = append(keys, lem+" "+pp)
		}
		if prep != "" {
			keys = append(keys, lem+" "+prep)
		}
		for _, key := range keys {
			if r, ok := phraseRel[key]; ok {
				relName = r
				break
			}
		}
		if relName == noRelation {
			relName = ""
			blocked = true
		}
		if relName == "" && objLemma != "" {
			for _, a := range cl.Adjuncts {
				if r, ok := phraseRel[lem+" "+objLemma+" "+strings.ToLower(a.Prep)]; ok {
					relName = r
					a := a
					m.object = &a
					break
				}
			}
			if relName == "" {
				if r, ok := phraseRel[lem+" "+objLemma]; ok {
					relName = r
				}
			}
		}
	}
	// "called the referendum illegal", "branded the vote a sham": the
	// verdict on the object is the event.
	if relName == "" && builtin && lexicon.JudgeVerbs.Has(lem) && len(cl.Objects) > 1 {
		for _, o := range cl.Objects[1:] {
			if o.Head < 0 || o.Head >= len(toks) || o.Prep != "" {
				continue
			}
			if r, ok := verdicts[lemmaOf(&toks[o.Head])]; ok {
				relName = r
				break
			}
		}
	}
	if relName == "" && !blocked && builtin {
		relName = verbRel[lem]
	}
	pc := ""
	switch {
	case own:
		pc, m.pair = vc.code, vc.pair
	case !blocked && builtin:
		pc, _ = petrarchCode(lem, before, after)
	}
	m.symmetric = lexicon.SymmetricVerbs.Has(lem) || own && vc.recip || objLemma != "" && lexicon.ReciprocalNouns.Has(objLemma) ||
		m.noun >= 0 && lexicon.ReciprocalNouns.Has(lemmaOf(&toks[m.noun]))
	// A symmetric event of a coordinated subject has its target: the other
	// conjunct ("X and Y agree that ...").
	if relName == "" && pc != "" && !c.hasActorTarget(cl) && (!m.symmetric || cl.JointSubject == nil) {
		// PETRARCH2 codes an event only between two actors; its default
		// codes for common verbs ("find", "give") are no event otherwise.
		pc, m.pair = "", ""
	}
	if relName != "" {
		m.rel, _ = schema.LookupRelation(relName)
		m.cameo = m.rel.CAMEO
		if pc != "" && m.cameo != "" && len(pc) >= 2 && pc[:2] == m.cameo[:2] &&
			(strings.HasPrefix(pc, m.cameo) || strings.HasSuffix(m.cameo, "0")) {
			m.cameo = pc
		}
	} else if pc != "" {
		if r, ok := schema.RelationForCAMEO(pc); ok {
			m.rel, m.cameo = r, pc
		} else if own {
			m.cameo = pc
		}
	}
	if m.rel.Name != "" {
		m.predicate = m.rel.Name
	}

	// Context: the governing verb and conditionals.
	first := verbs[0]
	if g := toks[first].Head; g >= 0 && g < len(toks) && g != first {
		gl := lemmaOf(&toks[g])
		switch depBase(toks[first].Dep) {
		case "xcomp", "advcl":
			if lexicon.InfinitiveDemandVerbs.Has(gl) && (depBase(toks[first].Dep) == "xcomp" || hasTo(sn, first)) {
				flags |= flagDemand
			}
		case "ccomp":
			switch {
			case lexicon.DemandVerbs.Has(gl):
				flags |= flagDemand
			case lexicon.WishVerbs.Has(gl):
				flags |= flagIntent
			case lexicon.BeliefVerbs.Has(gl):
				flags |= flagHedged
			case lexicon.DenialVerbs.Has(gl):
				neg = true
			}
		}
	}
	check := append([]int{cl.Verb}, verbs...)
	for _, v := range check {
		if v < 0 || v >= len(toks) {
			continue
		}
		for _, ch := range kids(sn, v) {
			l := lemmaOf(&toks[ch])
			switch depBase(toks[ch].Dep) {
			case "mark":
				if lexicon.ConditionMarkers.Has(l) {
					flags |= flagHypothetical
				}
			case "advcl":
				for _, g := range kids(sn, ch) {
					if gl := lemmaOf(&toks[g]); depBase(toks[g].Dep) == "mark" && lexicon.ConditionMarkers.Has(gl) {
						flags |= flagHypothetical
					}
				}
			case "advmod":
				if lexicon.HedgeAdverbs.Has(l) {
					flags |= flagHedged
				}
			}
		}
	}
	if cl.Verb >= 0 && cl.Verb < len(toks) && lexicon.PossibilityAdjectives.Has(lemmaOf(&toks[cl.Verb])) {
		flags |= flagHypothetical
	}
	if would {
		if cl.Speaker != nil || cl.Parent >= 0 {
			flags |= flagFuture
		} else {
			flags |= flagHypothetical
		}
	}
	if neg {
		m.polarity = schema.Negated
	}
	m.modality = modalityOf(flags)
	return m
}

// verbRelation maps a verb token that is not a clause of its own ("of
// sending troops into Ukraine") and returns its target.
func (c *coder) verbRelation(si, v int) (string, *clause.Arg) {
	sn := c.sent(si)
	lem := lemmaOf(&sn.Tokens[v])
	obj := ""
	var objArg *clause.Arg
	var obls []clause.Arg
	for _, ch := range kids(sn, v) {
		switch depBase(sn.Tokens[ch].Dep) {
		case "obj":
			obj = lemmaOf(&sn.Tokens[ch])
			a := c.subtreeArg(si, ch)
			objArg = &a
		case "obl":
			obls = append(obls, c.subtreeArg(si, ch))
		}
	}
	for _, a := range obls {
		if r, ok := phraseRel[lem+" "+obj+" "+a.Prep]; ok && obj != "" {
			return r, &a
		}
		if r, ok := phraseRel[lem+" "+a.Prep]; ok {
			return r, &a
		}
	}
	if r, ok := phraseRel[lem+" "+obj]; ok && obj != "" {
		return r, objArg
	}
	if r, ok := verbRel[lem]; ok {
		return r, objArg
	}
	if code, _ := petrarchCode(lem, nil, c.wordsOf(sn, v+1, len(sn.Tokens))); code != "" {
		if r, ok := schema.RelationForCAMEO(code); ok {
			return r.Name, objArg
		}
	}
	return "", nil
}

// clauseEnd is the token after the last word of the clause's arguments.
func clauseEnd(cl *clause.Clause, ev int) int {
	end := ev + 1
	for _, a := range cl.Objects {
		end = max(end, a.End)
	}
	for _, a := range cl.Adjuncts {
		end = max(end, a.End)
	}
	return end
}

// wordsOf returns the words of tokens [start, end) for the pattern matcher.
func (c *coder) wordsOf(sn *doc.Sentence, start, end int) []word {
	start = max(start, 0)
	end = min(end, len(sn.Tokens))
	if end-start > 24 {
		end = start + 24
	}
	var out []word
	for i := start; i < end; i++ {
		t := &sn.Tokens[i]
		out = append(out, word{text: strings.ToLower(t.Text), lemma: lemmaOf(t)})
	}
	return out
}

// subtreeArg builds an argument from the subtree of token h, without its
// leading case marker, whose lemma becomes Prep.
func (c *coder) subtreeArg(si, h int) clause.Arg {
	sn := c.sent(si)
	in := make([]bool, len(sn.Tokens))
	in[h] = true
	for changed := true; changed; {
		changed = false
		for i := range sn.Tokens {
			if !in[i] {
				hd := sn.Tokens[i].Head
				if hd >= 0 && hd < len(in) && in[hd] && i != hd {
					in[i], changed = true, true
				}
			}
		}
	}
	a := clause.Arg{Head: h, Start: -1}
	for i := range in {
		if !in[i] {
			continue
		}
		t := &sn.Tokens[i]
		if t.Head == h && (depBase(t.Dep) == "case" || depBase(t.Dep) == "mark" || depBase(t.Dep) == "cc") &&
			(a.Start < 0 || i > h) {
			if a.Prep == "" && i < h && depBase(t.Dep) != "cc" {
				a.Prep = lemmaOf(t)
			}
			continue
		}
		if a.Start < 0 && t.UPOS == "PUNCT" {
			continue
		}
		if a.Start < 0 {
			a.Start = i
		}
		a.End = i + 1
		a.Tokens = append(a.Tokens, i)
	}
	for len(a.Tokens) > 1 && sn.Tokens[a.Tokens[len(a.Tokens)-1]].UPOS == "PUNCT" {
		a.Tokens = a.Tokens[:len(a.Tokens)-1]
		a.End = a.Tokens[len(a.Tokens)-1] + 1
	}
	if a.Start < 0 {
		a.Start, a.End = h, h+1
		a.Tokens = []int{h}
	}
	a.Text = c.words(sn, a.Tokens)
	return a
}

// childArg returns the first prepositional modifier of noun n introduced by
// one of preps.
func (c *coder) childArg(si, n int, preps lexicon.Set) (clause.Arg, bool) {
	sn := c.sent(si)
	for _, ch := range kids(sn, n) {
		if ch < n || (depBase(sn.Tokens[ch].Dep) != "nmod" && depBase(sn.Tokens[ch].Dep) != "obl") {
			continue
		}
		a := c.subtreeArg(si, ch)
		if preps.Has(a.Prep) {
			return a, true
		}
	}
	return clause.Arg{}, false
}

// hasTo reports whether verb v has the infinitive marker "to".
func hasTo(sn *doc.Sentence, v int) bool {
	for _, ch := range kids(sn, v) {
		if depBase(sn.Tokens[ch].Dep) == "mark" && lemmaOf(&sn.Tokens[ch]) == "to" {
			return true
		}
	}
	return false
}

// eventNoun returns the first event noun of an argument ("two rounds of
// sanctions" -> sanctions), or -1.
func eventNoun(toks []doc.Token, a clause.Arg) int {
	idx := a.Tokens
	if len(idx) == 0 {
		for i := a.Start; i < a.End; i++ {
			idx = append(idx, i)
		}
	}
	if a.Head >= 0 && a.Head < len(toks) {
		if _, ok := nounRel[lemmaOf(&toks[a.Head])]; ok {
			return a.Head
		}
	}
	for _, i := range idx {
		if i < 0 || i >= len(toks) || toks[i].UPOS != "NOUN" {
			continue
		}
		if _, ok := nounRel[lemmaOf(&toks[i])]; ok {
			return i
		}
	}
	return -1
}

// hasActorTarget reports whether an object or adjunct of the clause mentions
// an actor (a person, country, organization, place or group).
func (c *coder) hasActorTarget(cl *clause.Clause) bool {
	args := append(append([]clause.Arg(nil), cl.Objects...), cl.Adjuncts...)
	for k := range c.d.Mentions {
		m := &c.d.Mentions[k]
		if m.Sentence != cl.Sentence {
			continue
		}
		typ := m.Type
		if e, ok := c.d.Entities[m.Entity]; ok && e != nil {
			typ = e.Type
		}
		if !typ.IsActor() {
			continue
		}
		for _, a := range args {
			if m.Start < a.End && a.Start < m.End {
				return true
			}
		}
	}
	return false
}
