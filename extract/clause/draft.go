package clause

import (
	"slices"
	"strings"

	"github.com/kgraph/kgraph/extract/lexicon"
)

// draft is a clause being built from one verb path and one subject
// conjunct: the clause so far and the parts that the steps of build add to
// it.
type draft struct {
	c         Clause
	h         int  // the clause head the path starts at
	p         path // the verb path
	last      int  // the last verb of the path: the clause's verb
	origin    Origin
	inherited bool // the subject comes from a governing clause
	rel       bool // the subject is the antecedent of a relative or participial clause
	st        int  // the token heading the subject, or -1
	sub       Arg  // the subject conjunct; after passiveRoles, the logical subject
	chain     []int
	pred      []string // the lemmas of the predicate
	rels      []int    // the tokens of the surface relation
	objs, adj []Arg
	agent     Arg  // the "by" phrase of a passive; Head -1 when none
	copular   bool // the last verb is the predicate of a copula
	promoted  bool // a prepositional phrase became the object
}

// build emits the clauses of one verb path with one subject conjunct, one per
// conjunct of the first object.
func (s *sent) build(h int, p path, sub Arg, joint *Arg, origin Origin, inherited, rel bool, st int) {
	last := p[len(p)-1]
	d := &draft{
		c: Clause{Sentence: s.si, Verb: last, Parent: -1, Noun: -1, Origin: origin, JointSubject: joint},
		h: h, p: p, last: last, origin: origin, inherited: inherited, rel: rel, st: st, sub: sub,
		agent: Arg{Head: -1}, copular: s.hasCop(last),
	}
	s.verbChain(d)
	s.voice(d)
	s.predicateWords(d)
	if d.copular {
		s.copularObject(d)
	} else {
		s.nominalObjects(d)
		s.clausalObjects(d)
		s.inferredObjects(d)
	}
	for _, v := range d.p {
		for _, k := range s.kids[v] {
			s.adjunct(d, v, k)
		}
	}
	if d.c.Passive && d.agent.Head < 0 {
		s.nestedAgent(d)
	}
	if d.c.Passive && d.agent.Head < 0 {
		s.excludingBody(d)
	}
	if d.c.Passive {
		s.passiveRoles(d)
	}
	switch {
	case d.copular && s.upos(last) == "ADJ" && len(d.objs) == 1 && d.objs[0].Prep == "":
		s.adjectivePrep(d)
	case d.copular || d.c.Passive:
	case len(d.objs) == 0:
		s.prepObject(d)
	case lexicon.LightVerbs.Has(s.lem[last]) && s.upos(d.objs[0].Head) == "NOUN":
		s.lightNoun(d)
	}
	s.complete(d)
	s.emitDraft(d)
}

// verbChain reads the words of the path's verb phrase: auxiliaries,
// negation, particles, the verbs and the "to" of their open complements. A
// conjunct shares the "to" and the auxiliaries of the verb it continues.
func (s *sent) verbChain(d *draft) {
	h, p := d.h, d.p
	var chain []int
	for k, v := range p {
		chain = s.chainOf(v, chain, k > 0 || s.dep[v] == "xcomp", k == len(p)-1)
		if k > 0 && s.markOf(v) < 0 && s.dep[v] == "conj" {
			// "to break away ... and join": the conjunct shares the "to".
			if m := s.markOf(s.head[v]); m >= 0 && s.lem[m] == "to" {
				chain = append(chain, m)
			}
		}
	}
	if s.dep[h] == "conj" && !s.hasAux(h) && s.head[h] >= 0 && (s.t[h].XPOS == "VBN" || s.t[h].XPOS == "VBG") {
		// "was founded and named": the conjunct shares the auxiliaries.
		for _, a := range s.kids[s.head[h]] {
			if base(s.dep[a]) == "aux" {
				chain = append(chain, a)
			}
		}
	}
	slices.Sort(chain)
	d.chain = slices.Compact(chain)
	d.c.VerbChain = d.chain
	d.c.VerbText = s.words(d.chain)
}

// voice reads negation and the passive from the verb chain and the
// subject's relation.
func (s *sent) voice(d *draft) {
	h, L, c := d.h, d.last, &d.c
	wanted := s.wantedParticiple(s.head[L], L)
	for _, t := range d.chain {
		if s.isNeg(t) {
			c.Negated = true
		}
		if s.dep[t] == "aux:pass" && s.head[t] == L && !wanted {
			c.Passive = true
		}
	}
	// The passive belongs to the last verb: "was supposed to give" reads
	// as a verb phrase with an active subject.
	if L == h && s.subjOf(h) >= 0 && s.dep[s.subjOf(h)] == "nsubj:pass" {
		c.Passive = true
	}
	if L == h && d.inherited && d.st >= 0 && s.dep[d.st] == "nsubj:pass" && s.dep[h] == "conj" && !s.hasAux(h) &&
		s.t[h].XPOS == "VBN" {
		// "was founded and named": the conjunct shares the passive.
		c.Passive = true
	}
	if d.origin == OriginAcl && s.t[h].XPOS == "VBN" {
		c.Passive = true
	}
}

// predicateWords starts the predicate (the lemmas of the path's verbs with
// their particles and "to") and the surface relation (the verb chain and
// the adverbs inside it or just before it: "often refers to", "have
// sharply improved").
func (s *sent) predicateWords(d *draft) {
	for _, t := range d.chain {
		switch {
		case base(s.dep[t]) == "aux" || s.isNeg(t):
		case s.dep[t] == "mark" && t < d.h:
		case s.dep[t] == "cop":
			if len(d.pred) == 0 || d.pred[len(d.pred)-1] != "be" {
				d.pred = append(d.pred, "be") // "are not being straight with": be straight with
			}
		default:
			d.pred = append(d.pred, s.lem[t])
		}
	}
	d.rels = slices.Clone(d.chain)
	if len(d.chain) == 0 {
		return
	}
	lo, hi := d.chain[0], d.chain[len(d.chain)-1]
	for _, v := range d.p {
		for _, k := range s.kids[v] {
			if s.dep[k] == "advmod" && !s.isNeg(k) && len(s.kids[k]) == 0 && s.t[k].UPOS == "ADV" &&
				(lo < k && k < hi || k == lo-1) && !s.isRelPron(k) {
				d.rels = append(d.rels, k)
			}
		}
	}
}

// copularObject makes the predicate of a copula its object, with the
// predicate's preposition in the relation ("is in Paris": be in).
func (s *sent) copularObject(d *draft) {
	if a := s.strandedAntecedent(d); a >= 0 {
		// "a tax which West Germany is against": be against the tax.
		o := s.phrase(a, true, false)
		o.Prep = s.lem[d.last]
		d.objs = append(d.objs, o)
		d.pred = append(d.pred, s.lem[d.last])
		d.rels = append(d.rels, d.last)
		return
	}
	prep, ptoks := s.caseOf(d.last)
	o := s.phrase(d.last, false, false)
	o.Prep = prep
	d.objs = append(d.objs, o)
	if prep != "" {
		d.pred = append(d.pred, strings.Fields(prep)...)
		d.rels = append(d.rels, ptoks...)
	}
}

// strandedAntecedent returns the antecedent of a relative clause whose
// copula's predicate is a preposition with the relative pronoun its object
// ("which West Germany is against"), or -1.
func (s *sent) strandedAntecedent(d *draft) int {
	if d.origin != OriginRelcl || s.upos(d.last) != "ADP" || d.last != d.h {
		return -1
	}
	for _, k := range s.kids[d.last] {
		if s.isRelPron(k) && k < d.last && s.dep[k] != "nsubj" {
			return s.head[d.h]
		}
	}
	return -1
}

// nominalObjects reads the direct and indirect objects of the last verb;
// in a relative clause whose gap is the object ("a decision Ukraine's
// leaders must make") the antecedent comes first.
func (s *sent) nominalObjects(d *draft) {
	L := d.last
	relObj := d.rel && d.origin == OriginRelcl && d.st >= 0 && s.subjOf(d.h) >= 0 && !s.isRelPron(s.subjOf(d.h))
	for _, k := range s.kids[L] {
		if (s.dep[k] == "obj" || s.dep[k] == "iobj") && s.isRelPron(k) && d.origin == OriginRelcl && !s.isReporting(L) {
			// "North Korea, which he said had a terrible record": the
			// antecedent is the subject of what was said, not what was said.
			relObj = true
		}
	}
	if g := s.head[L]; len(d.p) > 1 && s.wantedParticiple(g, L) {
		// "want the embargo lifted": the object is the result verb's.
		d.objs = append(d.objs, s.phrase(s.obj[g], false, false))
	}
	order := []string{"obj", "iobj"}
	if k, o := s.child(L, "iobj"), s.child(L, "obj"); k >= 0 && s.mention[k] >= 0 && (o < 0 || s.mention[o] < 0) && !s.isReporting(L) {
		// "agreed to lend Ecuador five mln barrels": the named receiver is
		// whom the act reaches; what it gives goes with it.
		order = []string{"iobj", "obj"}
	}
	for _, rel := range order {
		for _, k := range s.kids[L] {
			if s.dep[k] == rel && !s.isRelPron(k) && !s.dateLike(k) {
				d.objs = append(d.objs, s.phrase(k, false, false))
			}
		}
	}
	if relObj {
		if a := s.head[d.h]; a >= 0 {
			d.objs = append([]Arg{s.phrase(a, true, false)}, d.objs...)
		}
	}
}

// clausalObjects reads the clausal complements of the last verb (with
// their complementizer as the preposition: "said that"), a quotation in
// parataxis after a reporting verb, and a non-verbal open complement.
func (s *sent) clausalObjects(d *draft) {
	L := d.last
	for _, k := range s.kids[L] {
		switch {
		case s.dep[k] == "advcl" && s.t[k].XPOS == "VBG" && s.markOf(k) >= 0 && lexicon.TopicPreps.Has(s.lem[s.markOf(k)]) &&
			len(d.objs) == 0 && s.subjOf(k) >= 0:
			// "talk about Turkey entering the EU": the gerund clause is
			// what was talked about.
			o := s.clausePhrase(k)
			o.Prep = s.lem[s.markOf(k)]
			d.rels = append(d.rels, s.markOf(k))
			d.objs = append(d.objs, o)
		case s.dep[k] == "advcl" && s.t[k].XPOS == "VBG" && s.markOf(k) >= 0 && lexicon.GerundObjectMarks.Has(s.lem[s.markOf(k)]) &&
			len(d.objs) == 0 && s.subjOf(k) < 0:
			// "warned against raising the alarm", "work towards lifting the
			// ban": what was warned against or worked towards; the gerund's
			// own clause is read too.
			o := s.clausePhrase(k)
			o.Prep = s.lem[s.markOf(k)]
			d.rels = append(d.rels, s.markOf(k))
			d.objs = append(d.objs, o)
		case s.dep[k] == "ccomp" || (s.dep[k] == "parataxis" && s.isReporting(L) && k > L && s.isPredicate(k)):
			if s.dep[k] == "parataxis" && (len(d.objs) > 0 || s.child(L, "ccomp") >= 0 || s.isReporting(k) && s.subjOf(k) >= 0) {
				// "agreed to a rescheduling, the Club said": the saying
				// reports the agreement; it is not what was agreed.
				continue
			}
			o := s.clausePhrase(k)
			if m := s.markOf(k); m >= 0 {
				o.Prep = s.lem[m]
				d.rels = append(d.rels, m)
			}
			d.objs = append(d.objs, o)
		case lexicon.JudgeVerbs.Has(s.lem[L]) && k > L && s.obj[L] >= 0 && s.obj[L] < k && s.verdictAs(k) >= 0:
			// "described the meeting as important": the verdict is a
			// second object, its words part of the relation.
			as := s.verdictAs(k)
			o := s.finish(k, slices.DeleteFunc(s.collect(k, func(int) bool { return false }), func(t int) bool { return t == as }))
			o.Prep = "as"
			d.objs = append(d.objs, o)
			d.rels = append(d.rels, as)
			if s.upos(k) == "ADJ" {
				d.rels = append(d.rels, k)
			}
		case s.dep[k] == "xcomp" && !s.isVerbal(k):
			d.objs = append(d.objs, s.phrase(k, false, false))
			if lexicon.JudgeVerbs.Has(s.lem[L]) && s.upos(k) == "ADJ" {
				d.rels = append(d.rels, k) // "called the referendum illegal"
			}
		}
	}
}

// verdictAs returns the "as" that makes child k of a judging verb its
// verdict ("as important", "as a farce"), or -1.
func (s *sent) verdictAs(k int) int {
	switch s.dep[k] {
	case "xcomp", "advmod", "obl", "advcl", "obl:npmod":
	default:
		return -1
	}
	if s.upos(k) != "ADJ" && s.upos(k) != "NOUN" {
		return -1
	}
	for _, c := range s.kids[k] {
		if c < k && s.lem[c] == "as" {
			return c
		}
	}
	return -1
}

// inferredObjects reads objects that the parse put elsewhere: one shared by
// coordinated verbs, a "that" clause hung on a noun, the quotation a
// reporting verb in parataxis reports.
func (s *sent) inferredObjects(d *draft) {
	L := d.last
	if g := s.head[L]; len(d.objs) == 0 && s.dep[L] == "conj" && g >= 0 && s.obj[g] > L && !s.hasCop(g) {
		// "sell or merge hundreds of thrifts": the object after both
		// verbs is shared.
		d.objs = append(d.objs, s.phrase(s.obj[g], false, false))
	}
	if r := s.reportedRelcl(L); r >= 0 && s.child(L, "ccomp") < 0 {
		o := s.clausePhrase(r)
		for _, k := range s.kids[r] {
			if k < r && s.lem[k] == "that" {
				o.Prep = "that"
				d.rels = append(d.rels, k)
				o = s.finish(r, slices.DeleteFunc(o.Tokens, func(t int) bool { return t == k }))
				o.Prep = "that"
				break
			}
		}
		d.objs = append(d.objs, o)
	}
	if len(d.objs) == 0 && s.dep[L] == "parataxis" && s.isReporting(L) && s.head[L] >= 0 {
		// "We are trying," Kerry said: the quote is the object.
		d.objs = append(d.objs, s.quotePhrase(s.head[L], L))
	}
}

// adjunct reads child k of path verb v as an adjunct, or as the agent of a
// passive: obliques and bare noun modifiers, a date taken for an object,
// the oblique of a particle, "where" in a relative clause.
func (s *sent) adjunct(d *draft, v, k int) {
	h := d.h
	dep := s.dep[k]
	switch {
	case d.origin == OriginRelcl && v == h && dep == "advmod" && s.lem[k] == "where" && k < h:
		// "the city where many groups live": live in the city.
		if an := s.head[h]; an >= 0 {
			a := s.phrase(an, true, false)
			a.Prep = "in"
			d.adj = append(d.adj, a)
		}
		return
	case dep == "obj" && s.dateLike(k):
		d.adj = append(d.adj, s.phrase(k, false, false)) // "voted March 16"
		return
	case (dep == "advmod" || dep == "compound:prt") && len(s.kids[k]) > 0:
		// "break away from Ukraine": the particle's oblique.
		for _, o := range s.kids[k] {
			if base(s.dep[o]) == "obl" {
				a := s.phrase(o, false, false)
				a.Prep, _ = s.caseOf(o)
				d.adj = append(d.adj, a)
			}
		}
		return
	case base(dep) != "obl" && dep != "nmod:tmod" && dep != "nmod:unmarked" && dep != "nmod:npmod",
		base(dep) == "nmod" && v != d.last:
		return
	}
	a := s.phrase(k, false, false)
	if r := s.reportedRelcl(v); r >= 0 && slices.Contains(a.Tokens, r) {
		sub := s.collect(r, func(int) bool { return false })
		a = s.finish(k, slices.DeleteFunc(a.Tokens, func(t int) bool { return slices.Contains(sub, t) }))
	}
	a.Prep, _ = s.caseOf(k)
	if s.isRelPron(k) && d.origin == OriginRelcl {
		if an := s.head[h]; an >= 0 {
			prep := a.Prep
			a = s.phrase(an, true, false)
			a.Prep = prep
		}
	}
	if (dep == "obl:agent" || (d.c.Passive && a.Prep == "by" && d.agent.Head < 0)) && !s.deadline(k) {
		d.agent = a
		d.agent.Prep = "by"
		return
	}
	d.adj = append(d.adj, a)
}

// agentConjuncts returns the conjuncts of the passive agent headed by a:
// its own, and those of a later "and by" conjunct that the parse hung
// inside the agent's phrase.
func (s *sent) agentConjuncts(a int) []Arg {
	parts, _ := s.splitConj(a, false)
	seen := map[int]bool{}
	for _, p := range parts {
		seen[p.Head] = true
	}
	own := len(parts)
	var cut []int // the tokens of the later conjuncts
	for _, t := range s.collect(a, func(int) bool { return false }) {
		if t == a || s.dep[t] != "conj" || seen[t] || !s.isNominal(t) || slices.Contains(cut, t) {
			continue
		}
		if p, _ := s.caseOf(t); p != "by" {
			continue
		}
		cut = append(cut, s.collect(t, func(int) bool { return false })...)
		more, _ := s.splitConj(t, false)
		for _, m := range more {
			if !seen[m.Head] {
				seen[m.Head] = true
				parts = append(parts, m)
			}
		}
	}
	for i := range parts[:own] {
		if toks := slices.DeleteFunc(slices.Clone(parts[i].Tokens), func(t int) bool { return slices.Contains(cut, t) }); len(toks) < len(parts[i].Tokens) {
			parts[i] = s.finish(parts[i].Head, toks)
		}
	}
	return parts
}

// nestedAgent finds the "by" phrase of a passive that the parse hung
// inside an earlier adjunct: "was welcomed at the time by Beijing", "was
// imposed in 1990 by the EU". The adjunct keeps its own words.
func (s *sent) nestedAgent(d *draft) {
	for i, a := range d.adj {
		if a.Head < 0 || a.Prep == "by" {
			continue
		}
		for _, t := range s.kids[a.Head] {
			if base(s.dep[t]) != "nmod" || !s.isNominal(t) || s.deadline(t) {
				continue
			}
			if p, _ := s.caseOf(t); p != "by" {
				continue
			}
			sub := s.collect(t, func(int) bool { return false })
			d.agent = s.phrase(t, false, false)
			d.agent.Prep = "by"
			d.adj[i] = s.finish(a.Head, slices.DeleteFunc(slices.Clone(a.Tokens), func(x int) bool { return slices.Contains(sub, x) }))
			d.adj[i].Prep = a.Prep
			return
		}
	}
}

// excludingBody makes the body a passive of exclusion names after "from"
// its agent: "Mr Green was expelled from the Labour party" (the party
// expelled him).
func (s *sent) excludingBody(d *draft) {
	if !lexicon.ExclusionVerbs.Has(s.lem[d.last]) {
		return
	}
	for i, a := range d.adj {
		if a.Prep == "from" && a.Head >= 0 && slices.ContainsFunc(a.Tokens, func(t int) bool { return s.mention[t] >= 0 }) {
			d.agent = a
			d.agent.Prep = "by"
			d.adj = slices.Delete(d.adj, i, i+1)
			return
		}
	}
}

// passiveRoles turns a passive around: the surface subject is the logical
// object, and "by X" the subject.
func (s *sent) passiveRoles(d *draft) {
	if d.sub.Head >= 0 {
		d.objs = append([]Arg{d.sub}, d.objs...)
	}
	d.c.JointObject, d.c.JointSubject = d.c.JointSubject, nil
	d.sub = d.agent
	if d.agent.Head >= 0 {
		d.rels = append(d.rels, s.caseToks(d.agent.Head)...)
	}
}

// adjectivePrep joins a predicative adjective and its prepositional phrase
// to the relation, the phrase becoming the object: "is iconic for
// Americans", "was furious at".
func (s *sent) adjectivePrep(d *draft) {
	L := d.last
	for i, a := range d.adj {
		if a.Head <= L || a.Prep == "" {
			continue
		}
		d.pred = append(d.pred, s.lem[L])
		d.pred = append(d.pred, strings.Fields(a.Prep)...)
		d.rels = append(d.rels, L)
		for _, k := range s.kids[L] {
			if s.dep[k] == "advmod" && k == L-1 && !s.isNeg(k) {
				d.rels = append(d.rels, k)
			}
		}
		d.rels = append(d.rels, s.caseToks(a.Head)...)
		d.objs[0] = a
		d.adj = slices.Delete(d.adj, i, i+1)
		d.promoted = true
		return
	}
}

// prepObject makes the first prepositional phrase after the verb of a
// clause without an object its object, the preposition joining the
// predicate ("called on", "voted for"); a time phrase stays an adjunct.
func (s *sent) prepObject(d *draft) {
	for i, a := range d.adj {
		if a.Head > d.last && a.Prep != "" && !s.isTemporal(a.Head) {
			d.objs = append(d.objs, a)
			d.adj = slices.Delete(d.adj, i, i+1)
			d.pred = append(d.pred, strings.Fields(a.Prep)...)
			d.rels = append(d.rels, s.caseToks(a.Head)...)
			d.promoted = true
			return
		}
	}
}

// lightNoun makes the object noun of a light verb part of the predicate,
// and its prepositional modifier (or, failing one, the first prepositional
// phrase after it) the object: "held talks with Lavrov" is (hold talk with,
// Lavrov).
func (s *sent) lightNoun(d *draft) {
	o := d.objs[0].Head
	nm := -1
	for _, k := range s.kids[o] {
		if base(s.dep[k]) == "nmod" && k > o && s.dep[k] != "nmod:poss" {
			// "a series of", "two rounds of" are quantities, not
			// nominal predicates.
			if pr, _ := s.caseOf(k); pr != "" && pr != "of" && !s.isTemporal(k) && !s.dateLike(k) {
				nm = k
				break
			}
		}
	}
	if nm >= 0 {
		a := s.phrase(nm, false, false)
		a.Prep, _ = s.caseOf(nm)
		d.c.Noun = o
		d.pred = append(d.pred, s.lem[o])
		d.pred = append(d.pred, strings.Fields(a.Prep)...)
		d.rels = append(d.rels, s.nounToks(o, nm)...)
		d.rels = append(d.rels, s.caseToks(nm)...)
		d.objs[0] = a
		return
	}
	for i, a := range d.adj {
		// "signed a protocol for 1990 with Dagolath": the partner,
		// not the time.
		if a.Head > o && a.Prep != "" && !s.isTemporal(a.Head) && !s.dateLike(a.Head) {
			d.c.Noun = o
			d.pred = append(d.pred, s.lem[o])
			d.pred = append(d.pred, strings.Fields(a.Prep)...)
			d.rels = append(d.rels, s.nounToks(o, -1)...)
			d.rels = append(d.rels, s.caseToks(a.Head)...)
			d.objs[0] = a
			d.adj = slices.Delete(d.adj, i, i+1)
			return
		}
	}
}

// complete fills in the clause from its parts: subject, adjuncts,
// predicate, relation, negation by a "no" determiner ("no troops", "no
// intention") and the clause pattern.
func (s *sent) complete(d *draft) {
	c := &d.c
	c.Subject = d.sub
	c.Adjuncts = d.adj
	c.Predicate = strings.Join(d.pred, " ")
	slices.Sort(d.rels)
	c.Relation = slices.Compact(d.rels)
	for _, o := range d.objs {
		if o.Head >= 0 && s.hasDetNo(o.Head) {
			c.Negated = true
		}
	}
	if d.sub.Head >= 0 && s.hasDetNo(d.sub.Head) && !c.Passive {
		c.Negated = true
	}
	c.Type = pattern(d.copular, d.promoted, d.objs)
	c.path = d.p
}

// pattern is the clause pattern of a clause with objects objs: a copula
// with its complement (SVC) or a prepositional one (SVA), a promoted
// prepositional object (SVA), two objects, one, or none.
func pattern(copular, promoted bool, objs []Arg) Pattern {
	switch {
	case copular && (promoted || len(objs) > 0 && objs[0].Prep != ""):
		return SVA
	case copular:
		return SVC
	case promoted:
		return SVA
	case len(objs) >= 2:
		return SVOO
	case len(objs) == 1:
		return SVO
	}
	return SV
}

// emitDraft emits the clause, once for each conjunct of its first object
// ("sanctioned Russia and Iran") when the object is coordinated.
func (s *sent) emitDraft(d *draft) {
	c, objs := d.c, d.objs
	if c.Passive && d.agent.Head >= 0 && d.sub.Head == d.agent.Head {
		if parts := s.agentConjuncts(d.agent.Head); len(parts) > 1 {
			// "was attended by farm ministers ... and by President
			// Mitterrand": each agent attended.
			c.Objects = objs
			for _, part := range parts {
				cc := c
				part.Prep = "by"
				cc.Subject = part
				s.emit(cc)
			}
			return
		}
	}
	if len(objs) > 0 && !c.Passive && objs[0].Head >= 0 && !d.copular {
		if parts, whole := s.splitConj(objs[0].Head, false); whole != nil && len(parts) > 1 {
			for _, part := range parts {
				cc := c
				part.Prep = objs[0].Prep
				cc.Objects = append([]Arg{part}, objs[1:]...)
				cc.JointObject = whole
				s.emit(cc)
			}
			return
		}
	}
	c.Objects = objs
	s.emit(c)
}
