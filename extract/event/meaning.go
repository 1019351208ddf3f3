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
	// refusal is the verb that refused the event ("refuses to accept"),
	// which is an event of its own, or -1.
	refusal int
	// stance is the verb that promised, threatened, wanted or demanded the
	// event ("vowed to retaliate", "pledged to work towards lifting"),
	// itself a fact of its own, or -1.
	stance int
	// verbTail follows the clause's verb phrase in the statement's: the
	// event noun and preposition the clause stage did not read ("talks
	// with" of "start four days of talks with").
	verbTail string
}

// modFlags are the modalities a clause's words give it, as bits.
type modFlags uint8

// modality flags, strongest first.
const (
	flagHypothetical modFlags = 1 << iota
	flagDemand
	flagIntent
	flagHedged
	flagFuture
)

func modalityOf(flags modFlags) schema.Modality {
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
	if w := strings.ToLower(t.Text); lexicon.Negators.Has(w) || lexicon.NegativeDeterminers.Has(w) {
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

// reading is the meaning of one clause while meaningOf reads it: the
// clause, its verbs, the event verb and what the steps have found.
type reading struct {
	cl    *clause.Clause
	sn    *doc.Sentence
	toks  []doc.Token
	verbs []int // the lexical verbs of the verb chain
	ev    int   // the event verb: the first verb of the path that is no head verb
	lem   string
	// parts are the particles of the event verb ("back down"); prep the
	// preposition of its first object ("call on"); objLemma the lemma of a
	// bare first object ("hold talks").
	parts    []string
	prep     string
	objLemma string
	// before and after are the words around the event verb for dictionary
	// patterns; vc is the code of a supplied dictionary that lists the verb
	// (own); builtin is set when the built-in vocabularies decide.
	before, after []word
	vc            verbCode
	own, builtin  bool
	relName       string // the canonical relation found so far
	blocked       bool   // a phrase that is no event although its verb is one ("lead to")
	neg           bool
	would         bool
	flags         modFlags
	m             meaning
}

// meaningOf reads the meaning of clause i: the event verb and its relation
// and code, then polarity and modality from the verb chain and the context.
func (c *coder) meaningOf(i int) meaning {
	cl := &c.cs[i]
	sn := c.sent(cl.Sentence)
	r := &reading{cl: cl, sn: sn, toks: sn.Tokens, verbs: pathVerbs(sn, cl), neg: cl.Negated,
		m: meaning{predicate: cl.Predicate, polarity: schema.Asserted, noun: -1, refusal: -1, stance: -1}}
	if len(r.verbs) == 0 {
		r.m.modality = schema.Fact
		return r.m
	}
	if r.m.predicate == "" {
		r.m.predicate = lemmaOf(&r.toks[r.verbs[len(r.verbs)-1]])
	}
	r.chainModality()
	r.eventVerb()
	r.arrangement()
	r.verbWords()
	// A supplied dictionary that lists the verb decides its code.
	r.before, r.after = c.wordsOf(sn, cl.Subject.Start, cl.Subject.End), c.wordsOf(sn, r.ev+1, clauseEnd(cl, r.ev))
	r.vc, r.own = c.k.lookup(&r.toks[r.ev], r.before, r.after, cl.JointSubject != nil)
	r.builtin = c.k.builtin && !r.own
	if r.builtin {
		c.lightNounRelation(r)
		if r.relName == "" {
			r.psychPassive()
		}
		if r.relName == "" {
			c.intentNounRelation(r)
		}
		if r.relName == "" {
			c.meansRelation(r)
		}
		if r.relName == "" {
			r.phraseRelation()
		}
		if r.relName == "" {
			r.verdictRelation()
		}
		if r.relName == "" {
			c.stanceRelation(r)
		}
		if r.relName == "" && r.naming() {
			r.blocked = true // "what he called Japan's failure" phones nobody
		}
		if r.relName == "" && !r.blocked {
			r.relName = verbRel[r.lem]
			if r.relName == schema.LeaderOf && len(cl.Objects) > 0 && (cl.Objects[0].Prep != "" || c.clausal(cl.Sentence, cl.Objects[0])) {
				// "led a march on parliament" leads no parliament, nor
				// cooperates with it (PETRARCH's default for "lead"); "could
				// lead to Turkey reneging on reforms it has enacted" leads no
				// clause.
				r.relName, r.blocked = "", true
			}
		}
	}
	c.code(r)
	r.governorModality()
	r.conditionModality()
	if r.neg {
		r.m.polarity = schema.Negated
	}
	r.m.modality = modalityOf(r.flags)
	return r.m
}

// chainModality reads the modal auxiliaries and negation of the verb chain:
// "will meet" is future, "may meet" hedged, "must meet" demanded, "would
// meet" decided by the context.
func (r *reading) chainModality() {
	chain := r.cl.VerbChain
	if len(r.verbs) > 0 {
		chain = append(chain[:len(chain):len(chain)], r.sharedAux(r.verbs[0])...)
	}
	for _, t := range chain {
		if t < 0 || t >= len(r.toks) {
			continue
		}
		switch w := strings.ToLower(r.toks[t].Text); {
		case lexicon.FutureModals.Has(w):
			r.flags |= flagFuture
		case lexicon.ConditionalModals.Has(w):
			r.would = true
		case lexicon.HedgeModals.Has(w):
			r.flags |= flagHedged
		case lexicon.DemandModals.Has(w):
			r.flags |= flagDemand
		}
		if isNeg(&r.toks[t]) {
			r.neg = true
		}
	}
}

// arrangement reads a present progressive of travel or meeting as an
// arrangement, not yet a fact: "he is going to a memorial service", "Mr
// Bush is travelling to Europe", "Blair is meeting Abbas" (GUIDELINES.md ~).
func (r *reading) arrangement() {
	t := &r.toks[r.ev]
	if t.XPOS != "VBG" || !lexicon.ArrangedVerbs.Has(r.lem) {
		return
	}
	for _, ch := range kids(r.sn, r.ev) {
		if depBase(r.toks[ch].Dep) == "aux" && lexicon.PresentBe.Has(strings.ToLower(r.toks[ch].Text)) {
			r.flags |= flagFuture
			return
		}
	}
}

// sharedAux returns the auxiliaries a conjoined verb shares with the verb
// it is conjoined to: "will meet X and discuss Y" makes "discuss" future
// too, unless the conjunct has a subject or auxiliaries of its own.
func (r *reading) sharedAux(v int) []int {
	toks := r.toks
	if r.sn == nil || v < 0 || v >= len(toks) {
		return nil
	}
	// Bounded by the sentence's length: a damaged parse may point out of
	// the sentence or round in a cycle.
	for step := 0; step < len(toks) && depBase(toks[v].Dep) == "conj" && toks[v].Head >= 0 && toks[v].Head < len(toks); step++ {
		for _, ch := range kids(r.sn, v) {
			if d := depBase(toks[ch].Dep); d == "nsubj" || d == "aux" || d == "cop" {
				return nil
			}
		}
		v = toks[v].Head
	}
	var out []int
	for _, ch := range kids(r.sn, v) {
		if depBase(toks[ch].Dep) == "aux" && !slicesContains(r.cl.VerbChain, ch) {
			out = append(out, ch)
		}
	}
	return out
}

func slicesContains(s []int, x int) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// eventVerb finds the event verb: the head verbs of the path ("wants to",
// "is going to", "seems to", "failed to", "began to") only change what the
// verb after them is; "is about to" is future.
func (r *reading) eventVerb() {
	k := 0
	for k < len(r.verbs)-1 && r.headVerb(lemmaOf(&r.toks[r.verbs[k]])) {
		switch l := lemmaOf(&r.toks[r.verbs[k]]); {
		case lexicon.RefusalVerbs.Has(l):
			r.m.refusal = r.verbs[k]
		case lexicon.StanceVerbs.Has(l) && r.m.stance < 0:
			r.m.stance = r.verbs[k]
		}
		k++
	}
	r.ev = r.verbs[k]
	r.lem = lemmaOf(&r.toks[r.ev])
	if r.lem == "about" && k+1 < len(r.verbs) {
		r.flags |= flagFuture
		r.ev = r.verbs[k+1]
		r.lem = lemmaOf(&r.toks[r.ev])
	}
}

// headVerb applies what head verb l does to the rest of the path, and
// reports whether l is one.
func (r *reading) headVerb(l string) bool {
	switch {
	case lexicon.IntentVerbs.Has(l) || lexicon.IntentAdjectives.Has(l):
		r.flags |= flagIntent
	case lexicon.FutureVerbs.Has(l) || lexicon.FutureAdjectives.Has(l):
		r.flags |= flagFuture
	case lexicon.HedgeVerbs.Has(l) || lexicon.HedgeAdjectives.Has(l):
		r.flags |= flagHedged
	case lexicon.FailVerbs.Has(l):
		r.neg = true
	case lexicon.NeedVerbs.Has(l) || lexicon.DemandVerbs.Has(l):
		r.flags |= flagDemand // "needed to listen", "was urged to push for"
	case lexicon.CarryVerbs.Has(l):
	default:
		return false
	}
	return true
}

// verbWords reads the particles and hedging adverbs of the event verb, the
// preposition of its first object and the lemma of a bare first object.
func (r *reading) verbWords() {
	toks, cl := r.toks, r.cl
	for _, ch := range kids(r.sn, r.ev) {
		d := strings.ToLower(toks[ch].Dep)
		if d == "compound:prt" || (depBase(d) == "advmod" && lexicon.Particles.Has(lemmaOf(&toks[ch])) && ch > r.ev) {
			r.parts = append(r.parts, lemmaOf(&toks[ch]))
		}
		if depBase(d) == "advmod" && lexicon.HedgeAdverbs.Has(lemmaOf(&toks[ch])) {
			r.flags |= flagHedged
		}
	}
	if len(cl.Objects) > 0 && r.ev == r.verbs[len(r.verbs)-1] {
		r.prep = strings.ToLower(cl.Objects[0].Prep)
		if lexicon.Complementizers.Has(r.prep) {
			r.prep = ""
		}
	}
	if len(cl.Objects) > 0 && cl.Objects[0].Head >= 0 && cl.Objects[0].Head < len(toks) && cl.Objects[0].Prep == "" {
		r.objLemma = lemmaOf(&toks[cl.Objects[0].Head])
	}
}

// lightNounRelation reads the event of a light verb's noun: "hold talks
// with", "impose sanctions on" (the target is the noun's prepositional
// modifier when the clause stage did not make it the object).
func (c *coder) lightNounRelation(r *reading) {
	cl, toks := r.cl, r.toks
	noun := cl.Noun
	recipient := -1 // the object that receives the noun's event ("sent Mr Bush his congratulations")
	if noun < 0 && lexicon.EventNounVerbs.Has(r.lem) && r.objLemma != "" && toks[cl.Objects[0].Head].UPOS == "NOUN" {
		noun = cl.Objects[0].Head
		if len(cl.Objects) > 1 && cl.Objects[1].Prep == "" {
			recipient = 1
		}
	}
	if noun < 0 && lexicon.EventNounVerbs.Has(r.lem) && len(cl.Objects) > 1 && cl.Objects[1].Prep == "" && cl.Objects[0].Prep == "" &&
		cl.Objects[1].Head >= 0 && toks[cl.Objects[1].Head].UPOS == "NOUN" && toks[cl.Objects[0].Head].UPOS != "NOUN" {
		noun, recipient = cl.Objects[1].Head, 0
	}
	if noun < 0 || noun >= len(toks) {
		return
	}
	measure := -1 // "four days of talks": the noun that measures the event noun
	if inner := measuredNoun(r.sn, noun); inner >= 0 {
		measure, noun = noun, inner
	}
	nl := lemmaOf(&toks[noun])
	if rel, ok := lightNounRel[r.lem+" "+nl]; ok {
		r.relName = rel
	} else if rel, ok := nounRel[nl]; ok && lexicon.EventNounVerbs.Has(r.lem) {
		r.relName = rel
	} else if rel, ok := nounRel[strings.ToLower(toks[noun].Text)]; ok && lexicon.EventNounVerbs.Has(r.lem) {
		r.relName = rel
	}
	if r.relName == "" {
		return
	}
	r.m.noun = noun
	if cl.Noun < 0 {
		a, ok := c.childArg(cl.Sentence, noun, lexicon.TargetPreps)
		if !ok && measure >= 0 {
			a, ok = c.timeHeldArg(cl.Sentence, measure, lexicon.TargetPreps)
		}
		if ok && measure >= 0 {
			// The relation phrase names the event noun the measure hid:
			// "start talks with", as "hold talks with" would.
			r.m.verbTail = toks[noun].Text + " " + strings.ToLower(a.Prep)
		}
		if ok {
			r.m.object = &a
		} else if recipient >= 0 {
			o := cl.Objects[recipient]
			r.m.object = &o
			// "sent Mr Bush his congratulations": sent congratulations to him
			r.m.verbTail = strings.ToLower(toks[noun].Text) + " to"
		}
	}
}

// measuredNoun returns the event noun that noun n measures ("four days
// of talks", "a new round of sanctions", "a wave of attacks"), or -1.
func measuredNoun(sn *doc.Sentence, n int) int {
	if !lexicon.MeasureNouns.Has(lemmaOf(&sn.Tokens[n])) {
		return -1
	}
	for _, ch := range kids(sn, n) {
		if ch > n && depBase(sn.Tokens[ch].Dep) == "nmod" && sn.Tokens[ch].UPOS == "NOUN" && hasCase(sn, ch, "of") {
			if _, ok := nounRel[lemmaOf(&sn.Tokens[ch])]; ok {
				return ch
			}
		}
	}
	return -1
}

// timeHeldArg returns a prepositional phrase that the parse hung on a time
// word inside noun n's phrase rather than on the noun before it: "four
// days of talks tomorrow with officials of the U.S." talks with them.
func (c *coder) timeHeldArg(si, n int, preps lexicon.Set) (clause.Arg, bool) {
	sn := c.sent(si)
	for _, t := range kids(sn, n) {
		if t > n && c.temporal(si, t) {
			if a, ok := c.childArg(si, t, preps); ok {
				return a, true
			}
		}
	}
	return clause.Arg{}, false
}

// psychPassive reads a passive verb of feeling with its cause as the agent
// the other way round: "they were disturbed by a draft bill" is their
// objection to the bill (disapprove), "was encouraged by the talks" their
// praise of them; the one who feels is the subject.
func (r *reading) psychPassive() {
	cl := r.cl
	rel, ok := lexicon.FeelingVerbs[r.lem]
	if !ok || !cl.Passive || cl.Subject.Empty() || len(cl.Objects) == 0 || cl.Objects[0].Prep != "" {
		return
	}
	r.relName = rel
	felt, cause := cl.Objects[0], cl.Subject
	r.m.subject, r.m.object = &felt, &cause
}

// intentNounRelation reads an intended event from the verb of an intent
// noun: "have no intention of sending troops", "has plans to invade". The
// event verb becomes that verb.
func (c *coder) intentNounRelation(r *reading) {
	if (r.lem != "have" && r.lem != "be") || r.objLemma == "" || !lexicon.IntentNouns.Has(r.objLemma) {
		return
	}
	toks := r.toks
	for _, ch := range kids(r.sn, r.cl.Objects[0].Head) {
		if depBase(toks[ch].Dep) == "acl" && toks[ch].UPOS == "VERB" {
			if rel, obj := c.verbRelation(r.cl.Sentence, ch); rel != "" {
				r.relName = rel
				r.m.object = obj
				r.flags |= flagIntent
				r.ev, r.lem = ch, lemmaOf(&toks[ch])
			}
			return
		}
	}
}

// meansRelation reads the event of a "with" instrument: "targeted X with
// sanctions", "responded with sanctions on the United States".
func (c *coder) meansRelation(r *reading) {
	if !lexicon.MeansVerbs.Has(r.lem) {
		return
	}
	cl, toks := r.cl, r.toks
	args := append(append([]clause.Arg(nil), cl.Objects...), cl.Adjuncts...)
	for _, a := range args {
		if strings.ToLower(a.Prep) != "with" || a.Head < 0 || a.Head >= len(toks) {
			continue
		}
		n := eventNoun(toks, a)
		if n < 0 {
			continue
		}
		r.relName = nounRel[lemmaOf(&toks[n])]
		r.m.noun = n
		if len(cl.Objects) > 0 && cl.Objects[0].Prep == "with" {
			if t, ok := c.childArg(cl.Sentence, n, lexicon.TargetPreps); ok {
				r.m.object = &t
			} else {
				for _, adj := range cl.Adjuncts {
					if p := strings.ToLower(adj.Prep); p == "on" || p == "against" {
						adj := adj
						r.m.object = &adj
						break
					}
				}
			}
		}
		return
	}
}

// phraseRelation reads the relation of the verb with its particles and
// preposition ("back down", "call on", "break away from"), then with its
// object noun ("break ties", "send troops into"). A phrase that is no
// event ("lead to") blocks the verb's own relation.
func (r *reading) phraseRelation() {
	var keys []string
	pp := strings.Join(r.parts, " ")
	if pp != "" && r.prep != "" {
		keys = append(keys, r.lem+" "+pp+" "+r.prep)
	}
	if pp != "" {
		keys = append(keys, r.lem+" "+pp)
	}
	if r.prep != "" {
		keys = append(keys, r.lem+" "+r.prep)
	}
	for _, key := range keys {
		if rel, ok := phraseRel[key]; ok {
			r.relName = rel
			break
		}
	}
	if r.relName == noRelation {
		r.relName = ""
		r.blocked = true
	}
	if r.relName != "" || r.objLemma == "" {
		return
	}
	for _, a := range r.cl.Adjuncts {
		if rel, ok := phraseRel[r.lem+" "+r.objLemma+" "+strings.ToLower(a.Prep)]; ok {
			r.relName = rel
			a := a
			r.m.object = &a
			return
		}
	}
	if rel, ok := phraseRel[r.lem+" "+r.objLemma]; ok {
		r.relName = rel
	}
}

// stanceRelation reads the relation a copula states by a noun of stance
// or membership: "Mr Blair is an enthusiastic proponent of Turkish
// accession" supports it, "the staunchest backers of", "a critic of",
// "Cyprus is an EU member" (the body before the noun, or after "of").
func (c *coder) stanceRelation(r *reading) {
	cl, toks := r.cl, r.toks
	if cl.Type != clause.SVC || len(cl.Objects) == 0 || cl.Objects[0].Head < 0 {
		return
	}
	n := cl.Objects[0].Head
	rel, ok := lexicon.StanceNouns[lemmaOf(&toks[n])]
	if !ok {
		return
	}
	if a, ok := c.childArg(cl.Sentence, n, lexicon.OfPreps); ok {
		r.relName, r.m.object = rel, &a
		return
	}
	if a := c.modifierAgent(cl.Sentence, n); a != nil {
		r.relName, r.m.object = rel, a // "an EU member"
	}
}

// naming reports whether a judging verb names its object rather than acts
// on it: a second object that is no verdict ("called him a hero"), or the
// object of "what" ("what he called Japan's failure").
func (r *reading) naming() bool {
	if !lexicon.JudgeVerbs.Has(r.lem) {
		return false
	}
	if len(r.cl.Objects) >= 2 && (r.cl.Objects[1].Prep == "" || r.cl.Objects[1].Prep == "as") {
		return true // "did not consider the new Congress as protectionist"
	}
	h := r.toks[r.cl.Verb].Head
	return h >= 0 && h < len(r.toks) && lemmaOf(&r.toks[h]) == "what"
}

// verdictRelation reads the event of a verdict on the object: "called the
// referendum illegal", "branded the vote a sham".
func (r *reading) verdictRelation() {
	if !lexicon.JudgeVerbs.Has(r.lem) || len(r.cl.Objects) <= 1 {
		return
	}
	for _, o := range r.cl.Objects[1:] {
		if o.Head < 0 || o.Head >= len(r.toks) || o.Prep != "" && o.Prep != "as" {
			continue
		}
		if rel, ok := verdicts[lemmaOf(&r.toks[o.Head])]; ok {
			r.relName = rel
			return
		}
	}
}

// code settles the relation and CAMEO code: a supplied dictionary's code,
// else PETRARCH2's for the verb, which refines the relation's own code or
// stands for it; whether the event is symmetric.
func (c *coder) code(r *reading) {
	cl, m := r.cl, &r.m
	pc := ""
	switch {
	case r.own:
		pc, m.pair = r.vc.code, r.vc.pair
	case !r.blocked && r.builtin && !(cl.Noun >= 0 && r.relName == "" && lexicon.LightVerbs.Has(r.lem)):
		// A light verb whose noun is no event ("take measures against")
		// keeps no code of its own: PETRARCH's default for "take" is seizing.
		pc, _ = petrarchCode(r.lem, r.before, r.after)
	}
	m.symmetric = lexicon.SymmetricVerbs.Has(r.lem) || r.own && r.vc.recip ||
		r.objLemma != "" && lexicon.ReciprocalNouns.Has(r.objLemma) ||
		m.noun >= 0 && lexicon.ReciprocalNouns.Has(lemmaOf(&r.toks[m.noun]))
	// A symmetric event of a coordinated subject has its target: the other
	// conjunct ("X and Y agree that ...").
	if r.relName == "" && pc != "" && !c.hasActorTarget(cl) && (!m.symmetric || cl.JointSubject == nil) {
		// PETRARCH2 codes an event only between two actors; its default
		// codes for common verbs ("find", "give") are no event otherwise.
		pc, m.pair = "", ""
	}
	if r.relName != "" {
		m.rel, _ = schema.LookupRelation(r.relName)
		m.cameo = m.rel.CAMEO
		if pc != "" && m.cameo != "" && len(pc) >= 2 && pc[:2] == m.cameo[:2] &&
			(strings.HasPrefix(pc, m.cameo) || strings.HasSuffix(m.cameo, "0")) {
			m.cameo = pc
		}
	} else if pc != "" {
		if rel, ok := schema.RelationForCAMEO(pc); ok {
			m.rel, m.cameo = rel, pc
		} else if r.own {
			m.cameo = pc
		}
	}
	if m.rel.Name != "" {
		m.predicate = m.rel.Name
	}
}

// governorModality reads what the verbs governing the clause make of it:
// demanded ("urged Russia to withdraw", "demanded that"), wished ("hopes
// that"), believed ("thinks that"), denied ("denied that"), intended
// ("pledged to work towards lifting the ban"), and the modal auxiliaries of
// a governor ("would work towards ensuring"). It climbs the chain of open
// complements, adverbial and complement clauses up to maxGovernors verbs,
// and stops at a reporting verb: what is reported keeps its own modality.
func (r *reading) governorModality() {
	toks := r.toks
	first := r.verbs[0]
	r.negatingMarker(first)
	v := first
	for n := 0; n < maxGovernors; n++ {
		g := toks[v].Head
		if g < 0 || g >= len(toks) || g == v {
			return
		}
		dep := depBase(toks[v].Dep)
		gl := lemmaOf(&toks[g])
		if dep == "conj" && isVerbTok(&toks[g]) && !hasSubject(r.sn, v) {
			// "asked France to curb ... and stop selling": a conjunct
			// without a subject of its own shares its first verb's place.
			v = g
			continue
		}
		switch dep {
		case "xcomp", "advcl":
			r.openGovernor(v, dep, gl)
		case "ccomp":
			if questionMark(r.sn, v) {
				// "asked whether Russia had attacked": a question
				// asserts nothing, and demands nothing either.
				r.flags |= flagHypothetical
				return
			}
			r.clauseGovernor(g, gl)
		case "acl":
			if hasTo(r.sn, v) && lexicon.ControlNouns.Has(gl) {
				// "Turkey's bid to join the EU": intended; "Bush's refusal
				// to sign up to Kyoto": not done.
				if lexicon.RefusalNouns.Has(gl) {
					r.neg = true
				} else {
					r.flags |= flagIntent
				}
				return
			}
			r.claimModality(g)
			return
		default:
			return
		}
		if lexicon.SayVerbs.Has(gl) {
			return
		}
		if n > 0 || dep != "ccomp" {
			r.governorAux(g)
		}
		v = g
	}
}

// maxGovernors bounds how far up a clause's modality is read ("pledged to
// work towards lifting" is two up); set on the news set (issue 14).
const maxGovernors = 3

// openGovernor reads what governor gl makes of an open complement or an
// adverbial clause at v.
func (r *reading) openGovernor(v int, dep, gl string) {
	switch infinitive := dep == "xcomp" || hasTo(r.sn, v); {
	case lexicon.InfinitiveDemandVerbs.Has(gl) && infinitive:
		r.flags |= flagDemand
	case !infinitive && dep == "advcl" && hasMark(r.sn, v, "against"):
		// "warned against raising the alarm", "argued against lifting
		// the embargo": not done, and wanted not done.
		r.flags |= flagDemand
		r.neg = true
	case !infinitive && dep == "advcl":
		if r.topicGerund(v) {
			r.flags |= flagHypothetical // "talk about Turkey entering the EU"
		}
	case lexicon.IntentVerbs.Has(gl) || lexicon.IntentAdjectives.Has(gl):
		r.flags |= flagIntent // "prefer Turkey to admit", "wanted it to end"
	case lexicon.HedgeVerbs.Has(gl) || lexicon.BeliefVerbs.Has(gl) || lexicon.HedgeAdjectives.Has(gl):
		r.flags |= flagHedged // "expect Palestinians to give up"
	case lexicon.FutureAdjectives.Has(gl):
		r.flags |= flagFuture
	case lexicon.NeedVerbs.Has(gl):
		r.flags |= flagDemand
	case lexicon.FailVerbs.Has(gl):
		r.neg = true
	case dep == "advcl" && infinitive:
		r.flags |= flagIntent // a purpose: "in order to buy more weapons"
	}
}

// clauseGovernor reads what governor g (lemma gl) makes of a clausal
// complement: demanded, wished, believed, denied, or claimed when g is a
// claim noun ("the suggestion the EU was anti-Islamic").
func (r *reading) clauseGovernor(g int, gl string) {
	switch {
	case r.toks[g].UPOS == "NOUN":
		r.claimModality(g)
	case lexicon.DemandVerbs.Has(gl):
		r.flags |= flagDemand
	case lexicon.WishVerbs.Has(gl):
		r.flags |= flagIntent
	case lexicon.BeliefVerbs.Has(gl):
		r.flags |= flagHedged
	case lexicon.DenialVerbs.Has(gl):
		r.neg = true
	}
}

// governorAux reads the modal auxiliaries of a governing verb: "would work
// towards ensuring" is hypothetical for "ensuring" too.
func (r *reading) governorAux(g int) {
	for _, ch := range kids(r.sn, g) {
		if depBase(r.toks[ch].Dep) != "aux" {
			continue
		}
		switch w := strings.ToLower(r.toks[ch].Text); {
		case lexicon.FutureModals.Has(w):
			r.flags |= flagFuture
		case lexicon.ConditionalModals.Has(w):
			r.would = true
		case lexicon.HedgeModals.Has(w):
			r.flags |= flagHedged
		case lexicon.DemandModals.Has(w):
			r.flags |= flagDemand
		}
	}
}

// claimModality reads a clause that a claim noun governs ("allegations he
// pressured Sullivan", "any suggestion the EU was"): claimed, hedged; and
// refused when a verb of rejection takes the claim as its object.
func (r *reading) claimModality(noun int) {
	toks := r.toks
	if lexicon.DenialNouns.Has(lemmaOf(&toks[noun])) {
		r.neg = true // "Syria's denials that it was implicated"
		return
	}
	if !lexicon.ClaimNouns.Has(lemmaOf(&toks[noun])) {
		return
	}
	r.flags |= flagHedged
	if v := toks[noun].Head; v >= 0 && depBase(toks[noun].Dep) == "obj" && lexicon.RejectVerbs.Has(lemmaOf(&toks[v])) {
		r.neg = true
	}
}

// negatingMarker negates a clause introduced by "rather than" or "instead
// of": "rather than lay a wreath".
func (r *reading) negatingMarker(v int) {
	for _, ch := range kids(r.sn, v) {
		if d := depBase(r.toks[ch].Dep); (d == "mark" || d == "advmod" || d == "cc") &&
			lexicon.NegatingMarkers.Has(strings.ToLower(r.toks[ch].Text)) {
			r.neg = true
		}
	}
}

// conditionModality reads conditions and hedges on the clause's verbs ("if
// Russia annexes", "reportedly met"), a predicate of possibility ("are
// possible"), and "would": future in reported speech, hypothetical
// otherwise.
func (r *reading) conditionModality() {
	cl, toks := r.cl, r.toks
	check := append([]int{cl.Verb}, r.verbs...)
	for _, v := range check {
		if v < 0 || v >= len(toks) {
			continue
		}
		for _, ch := range kids(r.sn, v) {
			l := lemmaOf(&toks[ch])
			switch depBase(toks[ch].Dep) {
			case "mark":
				if lexicon.ConditionMarkers.Has(l) {
					r.flags |= flagHypothetical
				}
			case "advcl":
				for _, g := range kids(r.sn, ch) {
					if gl := lemmaOf(&toks[g]); depBase(toks[g].Dep) == "mark" && lexicon.ConditionMarkers.Has(gl) {
						r.flags |= flagHypothetical
					}
				}
			case "advmod":
				if lexicon.HedgeAdverbs.Has(l) {
					r.flags |= flagHedged
				}
			}
		}
	}
	if cl.Verb >= 0 && cl.Verb < len(toks) && lexicon.PossibilityAdjectives.Has(lemmaOf(&toks[cl.Verb])) {
		r.flags |= flagHypothetical
	}
	if cl.Verb >= 0 && cl.Verb < len(toks) && lexicon.FutureAdjectives.Has(lemmaOf(&toks[cl.Verb])) {
		r.flags |= flagFuture // "Mr Bush is due in Europe"
	}
	if r.would {
		if cl.Speaker != nil || cl.Parent >= 0 {
			r.flags |= flagFuture
		} else {
			r.flags |= flagHypothetical
		}
	}
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

// patternWindow bounds the words on each side of a verb that its dictionary
// patterns are matched against. It bounds the matcher's work rather than
// being tuned: 12 or 48 change some codes but no figure of kgraph eval
// petrarch (0.6184) or eval gold.
const patternWindow = 24

// wordsOf returns the words of tokens [start, end) for the pattern matcher.
func (c *coder) wordsOf(sn *doc.Sentence, start, end int) []word {
	start = max(start, 0)
	end = min(end, len(sn.Tokens))
	if end-start > patternWindow {
		end = start + patternWindow
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

// topicGerund reports whether gerund v is the topic of its governor:
// marked by a topic preposition ("about Turkey entering"), or, as the
// parse may have it, with its subject the object of one (the clause stage
// reads "Turkey" as the subject of "entering").
func (r *reading) topicGerund(v int) bool {
	if r.toks[v].XPOS != "VBG" {
		return false
	}
	heads := kids(r.sn, v)
	if h := r.cl.Subject.Head; h >= 0 && h < len(r.toks) && v == r.verbs[0] {
		heads = append(heads, kids(r.sn, h)...)
	}
	for _, ch := range heads {
		if d := depBase(r.toks[ch].Dep); (d == "mark" || d == "case") && ch < v && lexicon.TopicPreps.Has(lemmaOf(&r.toks[ch])) {
			return true
		}
	}
	return false
}

func isVerbTok(t *doc.Token) bool { return t.UPOS == "VERB" || t.UPOS == "AUX" }

// hasSubject reports whether verb v has a subject of its own.
func hasSubject(sn *doc.Sentence, v int) bool {
	for _, ch := range kids(sn, v) {
		if depBase(sn.Tokens[ch].Dep) == "nsubj" || depBase(sn.Tokens[ch].Dep) == "csubj" {
			return true
		}
	}
	return false
}

// questionMark reports whether clause v is an indirect question: "whether",
// or "if" after its governor ("asked if she was a member").
func questionMark(sn *doc.Sentence, v int) bool {
	for _, ch := range kids(sn, v) {
		if depBase(sn.Tokens[ch].Dep) == "mark" && ch < v {
			switch lemmaOf(&sn.Tokens[ch]) {
			case "whether":
				return true
			case "if":
				return sn.Tokens[v].Head >= 0 && sn.Tokens[v].Head < ch
			}
		}
	}
	return false
}

// hasTo reports whether verb v has the infinitive marker "to".
func hasTo(sn *doc.Sentence, v int) bool { return hasMark(sn, v, "to") }

// hasMark reports whether clause v is introduced by the marker word.
func hasMark(sn *doc.Sentence, v int, word string) bool {
	for _, ch := range kids(sn, v) {
		if depBase(sn.Tokens[ch].Dep) == "mark" && lemmaOf(&sn.Tokens[ch]) == word {
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
	start, end := c.d.MentionRange(cl.Sentence)
	for k := start; k < end; k++ {
		m := &c.d.Mentions[k]
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
