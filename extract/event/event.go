// Package event gives each clause its meaning as an event: the canonical
// relation with its CAMEO code, PLOVER type, quad class and Goldstein score
// (from a curated map of news verbs and PETRARCH2's CAMEO verb dictionary),
// polarity and modality from the verb chain and its context, who said it,
// and when it happened.
package event

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/extract/timex"
	"github.com/kgraph/kgraph/schema"
)

// Code turns the clauses of a document into statements with their meaning,
// with the built-in verb dictionaries. Every clause with a subject gives a
// statement; a clause whose subject is one conjunct of a coordination
// ("Russia and the United States agreed") also gives the joint statement
// once. Nominal events that no clause covers ("Moscow's annexation of
// Crimea", "a phone call between Putin and Obama") give statements of their
// own.
func Code(d *doc.Doc, cs []clause.Clause) []schema.Statement { return defaultCoder.Code(d, cs) }

var defaultCoder = NewCoder()

// Coder codes clauses as events. Its verb dictionaries come ahead of the
// built-in ones: a verb that one of them lists takes that dictionary's code
// (or no event when it codes none), and a paired code ("032:033") also
// gives the reverse event from the object to the subject. It is safe for
// concurrent use.
type Coder struct {
	verbs   []*Verbs
	builtin bool
}

// CoderOption configures a Coder.
type CoderOption func(*Coder)

// WithVerbs adds a verb dictionary, consulted after those added before it
// and ahead of the built-in ones.
func WithVerbs(v *Verbs) CoderOption {
	return func(k *Coder) {
		if v != nil {
			k.verbs = append(k.verbs, v)
		}
	}
}

// WithoutBuiltinVerbs makes the added dictionaries the only source of codes:
// verbs they do not list, light-verb nouns ("hold talks") and nominal
// events ("the annexation of") give no event. PETRARCH codes this way with
// its own dictionaries.
func WithoutBuiltinVerbs() CoderOption { return func(k *Coder) { k.builtin = false } }

// NewCoder returns a coder with the given options; with none it codes like
// Code.
func NewCoder(opts ...CoderOption) *Coder {
	k := &Coder{builtin: true}
	for _, o := range opts {
		o(k)
	}
	return k
}

// lookup codes verb token t with the coder's own dictionaries, by lemma and
// then by the word as written ("called" in PETRARCH's validation
// dictionary); ok=false when none lists it.
func (k *Coder) lookup(t *doc.Token, before, after []word, compound bool) (verbCode, bool) {
	for _, v := range k.verbs {
		if vc, ok := v.code(lemmaOf(t), before, after, compound); ok {
			return vc, true
		}
		if vc, ok := v.code(strings.ToLower(t.Text), before, after, compound); ok {
			return vc, true
		}
	}
	return verbCode{}, false
}

// Code turns the clauses of a document into statements with their meaning
// (see the package function Code).
func (k *Coder) Code(d *doc.Doc, cs []clause.Clause) []schema.Statement {
	if d == nil {
		return nil
	}
	c := &coder{k: k, d: d, cs: cs, times: map[int][]timex.Expr{}, joint: map[string]bool{}}
	c.ref, c.hasRef = timex.RefDate(d.Published)
	c.means = make([]meaning, len(cs))
	for i := range cs {
		if cs[i].Sentence < 0 || cs[i].Sentence >= len(d.Sentences) {
			continue
		}
		c.means[i] = c.meaningOf(i)
	}
	// Collect each clause's statements first, then copy them once into a
	// slice of the right size: growing one slice by append copied the
	// large Statement values about twice.
	per := make([][]schema.Statement, len(cs))
	n := 0
	for i := range cs {
		per[i] = c.statements(i)
		n += len(per[i])
	}
	var nominals []schema.Statement
	if k.builtin {
		nominals = c.nominals()
		n += len(nominals)
	}
	var out []schema.Statement
	if n > 0 {
		out = make([]schema.Statement, 0, n)
	}
	for _, st := range per {
		out = append(out, st...)
	}
	out = append(out, nominals...)
	for k := range out {
		out[k].ID = schema.StatementID(&out[k])
	}
	return out
}

type coder struct {
	k      *Coder
	d      *doc.Doc
	cs     []clause.Clause
	means  []meaning
	ref    time.Time
	hasRef bool
	times  map[int][]timex.Expr
	joint  map[string]bool
	inSent map[int][]int // the clauses of each sentence, by index in cs
}

// clausesIn returns the indices in c.cs of the clauses of sentence si.
func (c *coder) clausesIn(si int) []int {
	if c.inSent == nil {
		c.inSent = make(map[int][]int)
		for i := range c.cs {
			c.inSent[c.cs[i].Sentence] = append(c.inSent[c.cs[i].Sentence], i)
		}
	}
	return c.inSent[si]
}

func (c *coder) sent(si int) *doc.Sentence { return &c.d.Sentences[si] }

func lemmaOf(t *doc.Token) string {
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Text)
}

func depBase(dep string) string {
	if k := strings.IndexByte(dep, ':'); k >= 0 {
		return strings.ToLower(dep[:k])
	}
	return strings.ToLower(dep)
}

// statements builds the statements of clause i.
func (c *coder) statements(i int) []schema.Statement {
	cl := &c.cs[i]
	m := c.means[i]
	if cl.Sentence < 0 || cl.Sentence >= len(c.d.Sentences) || cl.Origin == clause.OriginAppos {
		return nil
	}
	if cl.Subject.Empty() && m.subject == nil {
		if st, pc, ok := c.agentlessPassive(cl, m); ok {
			return c.pairedConjuncts(pc, m, []schema.Statement{st})
		}
		return nil
	}
	s := c.base(cl, m)
	s.Extra = append(s.Extra, c.demandedActs(i, m)...)
	out := []schema.Statement{s}
	if m.refusal >= 0 {
		out = append(out, c.refusal(cl, m, s))
	}
	if m.stance >= 0 {
		out = append(out, c.stance(cl, m, s))
	}
	if st, ok := c.interview(cl, m, s); ok {
		out = append(out, st)
	}
	if st, ok := c.meetingPlace(m, s); ok {
		out = append(out, st)
	} else if st, ok := c.gatheringPlace(cl, s); ok {
		out = append(out, st)
	}
	out = append(out, c.talksHeld(cl, s)...)
	out = append(out, c.describedConjuncts(cl, m, s)...)
	out = append(out, c.throughNoun(cl, m, s)...)
	if st, ok := c.receivedEvent(cl, s); ok {
		out = append(out, st)
	}
	out = append(out, c.reportedVerdicts(i, m, s)...)
	out = c.pairedConjuncts(cl, m, out)
	out = append(out, c.possessorAgents(cl, m, s)...)
	recip := c.reciprocal(i, s)
	out = append(out, recip...)
	if m.pair != "" && len(recip) == 0 && (s.Object.Entity != "" || s.Object.Text != "") {
		// A paired event: the object receives what the subject did ("left
		// for Minas Tirith" -> a visit, and Minas Tirith hosts one).
		r := s
		r.Subject, r.Object = s.Object, s.Subject
		r.Extra = append([]schema.Arg(nil), s.Extra...)
		r.CAMEO, r.QuadClass = m.pair, schema.QuadClassOf(m.pair)
		if info, ok := cameoCodes[m.pair]; ok {
			r.Goldstein = info.Goldstein
		}
		out = append(out, r)
	}
	if cl.JointSubject != nil && !cl.JointSubject.Empty() {
		key := jointKey(cl)
		if !c.joint[key] {
			c.joint[key] = true
			j := s
			j.Subject = c.arg(cl.Sentence, *cl.JointSubject)
			j.Extra = append([]schema.Arg(nil), s.Extra...)
			out = append(out, j)
		}
	}
	return out
}

// demandedActs returns, for an appeal or demand, the acts it asks for as
// extra arguments: "urging European leaders to wake up from their state of
// denial" asks them to wake up (the act's own clause is read too).
func (c *coder) demandedActs(i int, m meaning) []schema.Arg {
	if m.rel.Name != schema.RelAppeal && m.rel.Name != schema.RelDemand {
		return nil
	}
	var out []schema.Arg
	for _, j := range c.clausesIn(c.cs[i].Sentence) {
		cj := &c.cs[j]
		if cj.Parent != i || cj.Origin != clause.OriginControl || cj.Verb < 0 {
			continue
		}
		a := c.arg(cj.Sentence, c.subtreeArg(cj.Sentence, cj.Verb))
		a.Entity, a.Name, a.Type = "", "", ""
		out = append(out, a)
	}
	return out
}

// possessorAgents gives the statement of a clause whose subject is an act
// of a named actor once more with that actor as subject: "Turkey's
// involvement with the EU would provide an invaluable bridge" (Turkey
// would), "Iran's offensive was timed to coincide with" (Iran's timing).
func (c *coder) possessorAgents(cl *clause.Clause, m meaning, s schema.Statement) []schema.Statement {
	h := cl.Subject.Head
	if m.subject != nil || h < 0 || s.Subject.Entity != "" && s.Subject.Type != schema.Concept {
		return nil
	}
	sn := c.sent(cl.Sentence)
	if h >= len(sn.Tokens) || sn.Tokens[h].UPOS != "NOUN" {
		return nil
	}
	l := lemmaOf(&sn.Tokens[h])
	if _, ok := nounRel[l]; !ok && !lexicon.ActNouns.Has(l) && !lexicon.MessageNouns.Has(l) {
		return nil
	}
	owners := c.possessors(cl.Sentence, h)
	if len(owners) == 0 && lexicon.MessageNouns.Has(l) {
		// "The Asean communique noted Japan's large trade surplus"
		if a := c.modifierAgent(cl.Sentence, h); a != nil {
			owners = append(owners, c.arg(cl.Sentence, *a))
		}
	}
	var out []schema.Statement
	for _, a := range owners {
		if a.Entity == s.Object.Entity {
			continue
		}
		st := s
		st.Subject = a
		out = append(out, st)
	}
	return out
}

// pairedActors returns the two actors that "both countries" or "the two
// countries" at head stands for: the last two countries or organizations
// coordinated before it, in its sentence or the three before ("a major
// rescheduling of Uganda's and Mozambique's debts ... both countries
// faced"). Nil when the head is no such phrase or no pair is near.
func (c *coder) pairedActors(si, head int) []string {
	sn := c.sent(si)
	if head < 0 || head >= len(sn.Tokens) || !lexicon.PairNouns.Has(lemmaOf(&sn.Tokens[head])) {
		return nil
	}
	if m := c.d.MentionAt(si, head); m != nil && m.Source != "coref" {
		return nil // a name of its own ("both Koreas")
	}
	both := false
	for _, ch := range kids(sn, head) {
		if w := strings.ToLower(sn.Tokens[ch].Text); ch < head && (w == "both" || w == "two" && sn.Tokens[ch].UPOS == "NUM") {
			both = true
		}
	}
	if !both {
		return nil
	}
	for k := si; k >= 0 && k >= si-maxPairBack; k-- {
		ks := c.sent(k)
		last := len(ks.Tokens)
		if k == si {
			last = head
		}
		for j := last - 1; j >= 0; j-- {
			if depBase(ks.Tokens[j].Dep) != "conj" {
				continue
			}
			h := ks.Tokens[j].Head
			a, b := c.actorMention(k, h), c.actorMention(k, j)
			if a != "" && b != "" && a != b && h >= 0 && h < j {
				return []string{a, b}
			}
		}
	}
	return nil
}

// maxPairBack is how many sentences back "both countries" looks for the
// pair it names; set on the news set (issue 14).
const maxPairBack = 4

// pairedConjuncts gives the statement once for each of the two actors its
// subject or object names as a pair ("both countries faced heavy debt
// service obligations"), in place of the phrase.
func (c *coder) pairedConjuncts(cl *clause.Clause, m meaning, out []schema.Statement) []schema.Statement {
	if len(out) == 0 {
		return out
	}
	s := out[0]
	var more []schema.Statement
	if m.subject == nil && !cl.Subject.Empty() {
		for _, e := range c.pairedActors(cl.Sentence, cl.Subject.Head) {
			st := s
			st.Subject = c.entityArg(s.Subject, e)
			more = append(more, st)
		}
	}
	if m.object == nil && len(cl.Objects) > 0 && cl.Objects[0].Prep == "" {
		for _, e := range c.pairedActors(cl.Sentence, cl.Objects[0].Head) {
			st := s
			st.Object = c.entityArg(s.Object, e)
			more = append(more, st)
		}
	}
	if len(more) == 0 {
		return out
	}
	return append(more, out[1:]...)
}

// describedConjuncts gives the statement again for each further actor its
// subject or object describes: "talks with officials of the U.S., Japan
// and Canada" are talks with each.
func (c *coder) describedConjuncts(cl *clause.Clause, m meaning, s schema.Statement) []schema.Statement {
	var out []schema.Statement
	if s.Subject.Sector != "" && m.subject == nil && cl.Subject.Head >= 0 {
		for _, e := range c.describedActors(cl.Sentence, cl.Subject.Head)[1:] {
			st := s
			st.Subject = c.entityArg(s.Subject, e)
			out = append(out, st)
		}
	}
	if s.Object.Sector == "" || m.rel.Name == schema.RelSay {
		return out
	}
	o := m.object
	if o == nil && len(cl.Objects) > 0 {
		o = &cl.Objects[0]
	}
	if o == nil || o.Head < 0 {
		return out
	}
	for _, e := range c.describedActors(cl.Sentence, o.Head)[1:] {
		st := s
		st.Object = c.entityArg(s.Object, e)
		out = append(out, st)
	}
	return out
}

// entityArg is argument a standing for entity e instead.
func (c *coder) entityArg(a schema.Arg, e string) schema.Arg {
	a.Entity = e
	if ent := c.d.Entities[e]; ent != nil {
		a.Name, a.Type = ent.Name, ent.Type
	}
	return a
}

// agentlessPassive reads a passive that names no agent as what it says of
// its patient (returned with the clause read that way), in its own words: "Syria was implicated in the bombing"
// gives Syria — be implicated in — the bombing, "British forces are
// stationed in Basra" British forces — be stationed in — Basra. No one is
// said to have done anything, so the statement carries no event code.
func (c *coder) agentlessPassive(cl *clause.Clause, m meaning) (schema.Statement, *clause.Clause, bool) {
	if !cl.Passive || len(cl.Objects) == 0 || cl.Objects[0].Prep != "" || cl.Objects[0].Head < 0 || m.object != nil {
		return schema.Statement{}, nil, false
	}
	sn := c.sent(cl.Sentence)
	if cl.Verb < 0 || cl.Verb >= len(sn.Tokens) || sn.Tokens[cl.Verb].UPOS != "VERB" || sn.Tokens[cl.Verb].XPOS != "VBN" {
		return schema.Statement{}, nil, false
	}
	// What the passive says of its patient: a noun phrase after a
	// preposition, or the second object of a verb of giving.
	nominal := func(a *clause.Arg) bool {
		p := strings.ToLower(a.Prep)
		if p == "by" || lexicon.Complementizers.Has(p) || a.Head < 0 || a.Head >= len(sn.Tokens) || c.temporal(cl.Sentence, a.Head) {
			return false
		}
		switch sn.Tokens[a.Head].UPOS {
		case "NOUN", "PROPN", "PRON":
			return true
		}
		return false
	}
	var target *clause.Arg
	if len(cl.Objects) > 1 && nominal(&cl.Objects[1]) && (cl.Objects[1].Prep != "" || lexicon.GiveVerbs.Has(lemmaOf(&sn.Tokens[cl.Verb]))) {
		target = &cl.Objects[1] // "was briefed on", "were accorded generous terms"
	}
	for k := range cl.Adjuncts {
		if a := &cl.Adjuncts[k]; target == nil && a.Prep != "" && nominal(a) {
			target = a
		}
	}
	if target == nil {
		return schema.Statement{}, nil, false
	}
	pc := *cl
	pc.Subject = cl.Objects[0]
	pc.Objects = []clause.Arg{*target}
	pc.Adjuncts = nil
	for _, a := range cl.Adjuncts {
		if a.Start != target.Start {
			pc.Adjuncts = append(pc.Adjuncts, a)
		}
	}
	prep := strings.ToLower(target.Prep)
	pm := m
	pm.rel, pm.cameo, pm.pair = schema.Relation{}, "", ""
	pm.predicate = strings.TrimSpace("be " + strings.ToLower(sn.Tokens[cl.Verb].Text) + " " + prep)
	st := c.base(&pc, pm)
	st.Verb = strings.TrimSpace(st.Verb + " " + prep)
	return st, &pc, true
}

// throughNoun reads the actor a verb reaches through its object noun:
// "Japan would consider measures under the GATT", "took retaliatory
// measures against the United States", "made progress on talks with
// Iran". The object names no actor; a prepositional phrase of the noun (or
// of the verb, after the noun) does. The statement it gives has that actor
// as its object and the noun and preposition in its predicate and verb
// phrase ("consider measure under", "would consider measures under"), as
// open information extraction writes such relations.
func (c *coder) throughNoun(cl *clause.Clause, m meaning, s schema.Statement) []schema.Statement {
	if len(cl.Objects) == 0 || s.Object.Entity != "" && s.Object.Type != schema.Concept || m.object != nil {
		return nil
	}
	o := cl.Objects[0]
	sn := c.sent(cl.Sentence)
	if v := lemmaOf(&sn.Tokens[cl.Verb]); o.Head >= 0 && o.Head < len(sn.Tokens) && !lexicon.MessageNouns.Has(lemmaOf(&sn.Tokens[o.Head])) &&
		lexicon.ContentVerbs.Has(v) {
		// "said French aid to Gabon ...", "expect closer ties with Japan":
		// a saying or an expectation reaches no actor through what it is
		// about; "wrote a letter to Delors" reaches Delors.
		return nil
	}
	if lexicon.Complementizers.Has(o.Prep) || o.Head < 0 || o.Head >= len(sn.Tokens) || sn.Tokens[o.Head].UPOS != "NOUN" || s.Subject.Entity == "" {
		return nil
	}
	pp, ok := c.childArg(cl.Sentence, o.Head, lexicon.ThroughPreps)
	if !ok {
		for _, a := range cl.Adjuncts {
			if a.Start >= o.End && lexicon.ThroughPreps.Has(strings.ToLower(a.Prep)) {
				pp, ok = a, true
				break
			}
		}
	}
	ofOwner := false
	if !ok {
		// "agreed to a rescheduling of Uganda's debts": the noun is done
		// to what an actor owns.
		pp, ok = c.childArg(cl.Sentence, o.Head, lexicon.OwnerPreps)
		ofOwner = true
	}
	if !ok {
		return nil
	}
	var objs []schema.Arg
	if obj := c.arg(cl.Sentence, pp); obj.Entity != "" && obj.Type.IsActor() && !ofOwner {
		objs = append(objs, obj)
	} else if ofOwner {
		// "a rescheduling of Uganda's and Mozambique's debts": the
		// actors owning what the noun is done to.
		objs = c.possessors(cl.Sentence, pp.Head)
	}
	noun := lemmaOf(&sn.Tokens[o.Head])
	prep := strings.ToLower(pp.Prep)
	var out []schema.Statement
	for _, obj := range objs {
		if obj.Entity == s.Subject.Entity {
			continue
		}
		st := s
		st.Object, st.Extra = obj, nil
		st.Verb = s.Verb + " " + strings.ToLower(c.nounWords(sn, o.Head)) + " " + prep
		if m.rel.Name == "" || lexicon.LightVerbs.Has(lemmaOf(&sn.Tokens[cl.Verb])) {
			// "take measures against" is no seizing: a light verb's own
			// code says nothing of the event its noun names.
			st.Predicate = cl.Predicate + " " + noun + " " + prep
			st.CAMEO, st.PLOVER, st.QuadClass, st.Goldstein = "", "", 0, 0
		}
		out = append(out, st)
	}
	return out
}

// nounWords is noun n with the common-noun, adjective and gerund modifiers
// right before it ("accession talks", "retaliatory measures", "selling
// weapons" as the parse may read "stop selling weapons to"), as written.
func (c *coder) nounWords(sn *doc.Sentence, n int) string {
	first := n
	for k := n - 1; k >= 0; k-- {
		t := &sn.Tokens[k]
		if t.Head != n || (t.Dep != "compound" || t.UPOS != "NOUN") && (t.Dep != "amod" || t.UPOS != "ADJ" && t.XPOS != "VBG") {
			break
		}
		first = k
	}
	idx := make([]int, 0, n-first+1)
	for k := first; k <= n; k++ {
		idx = append(idx, k)
	}
	return c.words(sn, idx)
}

// receivedEvent reads the event a subject receives from an actor: "the
// decision won praise from two Democratic leaders" is their praise of it,
// "drew criticism from Japan" Japan's criticism. The event noun is the
// verb's object and the actor follows "from".
func (c *coder) receivedEvent(cl *clause.Clause, s schema.Statement) (schema.Statement, bool) {
	sn := c.sent(cl.Sentence)
	if len(cl.Objects) == 0 || cl.Passive || cl.Verb < 0 || cl.Verb >= len(sn.Tokens) || !lexicon.ReceiveVerbs.Has(lemmaOf(&sn.Tokens[cl.Verb])) {
		return schema.Statement{}, false
	}
	o := cl.Objects[0]
	if o.Prep != "" || o.Head < 0 || o.Head >= len(sn.Tokens) {
		return schema.Statement{}, false
	}
	rn, ok := nounRel[lemmaOf(&sn.Tokens[o.Head])]
	if !ok {
		return schema.Statement{}, false
	}
	rel, known := schema.LookupRelation(rn)
	if !known {
		rel = schema.Relation{Name: rn} // a verb phrase outside the vocabulary ("oppose")
	}
	from, ok := c.childArg(cl.Sentence, o.Head, lexicon.SourcePreps)
	if !ok {
		for _, a := range cl.Adjuncts {
			if lexicon.SourcePreps.Has(strings.ToLower(a.Prep)) {
				from, ok = a, true
				break
			}
		}
	}
	if !ok {
		return schema.Statement{}, false
	}
	st := s
	st.Subject, st.Object, st.Extra = c.arg(cl.Sentence, from), s.Subject, nil
	st.Subject.Prep = ""
	st.Predicate, st.CAMEO, st.PLOVER, st.QuadClass, st.Goldstein = rel.Name, rel.CAMEO, rel.PLOVER, rel.QuadClass, rel.Goldstein
	st.Verb = s.Verb + " " + strings.ToLower(sn.Tokens[o.Head].Text) + " from"
	return st, true
}

// possessors returns the actors named as the possessors of noun n, with
// their conjuncts ("Uganda's and Mozambique's debts").
func (c *coder) possessors(si, n int) []schema.Arg {
	sn := c.sent(si)
	if n < 0 || n >= len(sn.Tokens) {
		return nil
	}
	var out []schema.Arg
	for _, p := range kids(sn, n) {
		if sn.Tokens[p].Dep != "nmod:poss" || p > n {
			continue
		}
		for _, h := range append([]int{p}, kids(sn, p)...) {
			if h != p && depBase(sn.Tokens[h].Dep) != "conj" {
				continue
			}
			m := c.d.MentionAt(si, h)
			if m == nil || m.Entity == "" || m.Source == "coref" {
				continue // a pronoun's owner is too often misread
			}
			typ := m.Type
			if e := c.d.Entities[m.Entity]; e != nil {
				typ = e.Type
			}
			if typ.IsActor() {
				out = append(out, c.arg(si, clause.Arg{Start: m.Start, End: m.End, Head: h, Entity: m.Entity}))
			}
		}
	}
	return out
}

// reportedVerdicts reads the verdict a speaker gives in what they say:
// "Mr Ancram said Mr Straw was naive beyond belief" criticizes Straw, "the
// deal is of fundamental importance, Mr Blair said" praises the deal. The
// reported clause is a copula whose predicate is a verdict (lexicon.go
// verdicts); the speaker judges its subject.
func (c *coder) reportedVerdicts(i int, m meaning, s schema.Statement) []schema.Statement {
	if m.rel.Name != schema.RelSay {
		return nil
	}
	var out []schema.Statement
	for _, j := range c.clausesIn(c.cs[i].Sentence) {
		cj := &c.cs[j]
		if cj.Parent != i || cj.Origin != clause.OriginCopula || cj.Subject.Empty() || cj.Negated {
			continue
		}
		sn := c.sent(cj.Sentence)
		rn, ok := verdicts[lemmaOf(&sn.Tokens[cj.Verb])]
		if !ok {
			continue
		}
		rel, _ := schema.LookupRelation(rn)
		st := s
		st.Object, st.Extra = c.arg(cj.Sentence, cj.Subject), nil
		st.Predicate, st.CAMEO, st.PLOVER, st.QuadClass, st.Goldstein = rel.Name, rel.CAMEO, rel.PLOVER, rel.QuadClass, rel.Goldstein
		st.Verb = s.Verb + " " + c.words(sn, []int{cj.Verb})
		out = append(out, st)
	}
	return out
}

// interview reads the interview a saying was given in: "said in an
// interview with the BBC", "In an interview with the Times, Mr Blair said".
// The speaker gives it to the interviewer, a statement of its own (CAMEO
// 010) whose verb phrase names the interview.
func (c *coder) interview(cl *clause.Clause, m meaning, s schema.Statement) (schema.Statement, bool) {
	if m.rel.Name != schema.RelSay {
		return schema.Statement{}, false
	}
	sn := c.sent(cl.Sentence)
	args := append(append([]clause.Arg(nil), cl.Adjuncts...), cl.Objects...)
	for _, a := range args {
		if a.Head < 0 || a.Head >= len(sn.Tokens) || !lexicon.InterviewNouns.Has(lemmaOf(&sn.Tokens[a.Head])) {
			continue
		}
		with, ok := c.childArg(cl.Sentence, a.Head, lexicon.InterviewPreps)
		if !ok {
			continue
		}
		st := s
		st.Object = c.arg(cl.Sentence, with)
		st.Extra = nil
		st.Verb = c.words(sn, []int{cl.Verb}) + " in " + strings.ToLower(sn.Tokens[a.Head].Text) + " " + strings.ToLower(with.Prep)
		return st, true
	}
	return schema.Statement{}, false
}

// meetingPlace is the visit that a meeting in a named place makes: "Mr
// Blunkett met his EU counterparts in Luxembourg", "he met leaders in
// Baghdad" (he visits the place). A person meets in no country that is
// their own.
func (c *coder) meetingPlace(m meaning, s schema.Statement) (schema.Statement, bool) {
	if m.rel.Name != schema.RelMeet || s.Subject.Type != schema.Person {
		return schema.Statement{}, false
	}
	for _, e := range s.Extra {
		if !namedPlaceIn(e) || c.ownCountry(s.Subject.Entity, e.Entity) {
			continue
		}
		rel, _ := schema.LookupRelation(schema.RelVisit)
		st := s
		st.Object, st.Extra = e, nil
		st.Predicate, st.CAMEO, st.PLOVER, st.QuadClass, st.Goldstein = rel.Name, rel.CAMEO, rel.PLOVER, rel.QuadClass, rel.Goldstein
		st.Verb = s.Verb + " in"
		return st, true
	}
	return schema.Statement{}, false
}

// gatheringPlace reads where the meeting, summit or conference that a
// clause's object names took place: "Saddam Hussein presided over a
// meeting of his top military commanders in Baghdad" (preside over meeting
// in Baghdad). The noun and "in" join the verb phrase, as throughNoun
// writes relations reached through a noun; no event code.
func (c *coder) gatheringPlace(cl *clause.Clause, s schema.Statement) (schema.Statement, bool) {
	if len(cl.Objects) == 0 || s.Subject.Entity == "" || !s.Subject.Type.IsActor() || s.Object.Entity != "" && s.Object.Type != schema.Concept {
		return schema.Statement{}, false
	}
	sn := c.sent(cl.Sentence)
	o := cl.Objects[0]
	if o.Head < 0 || o.Head >= len(sn.Tokens) || !lexicon.GatheringNouns.Has(lemmaOf(&sn.Tokens[o.Head])) {
		return schema.Statement{}, false
	}
	for _, e := range s.Extra {
		if !namedPlaceIn(e) {
			continue
		}
		noun := lemmaOf(&sn.Tokens[o.Head])
		st := s
		st.Object, st.Extra = e, nil
		st.Predicate = cl.Predicate + " " + noun + " in"
		st.CAMEO, st.PLOVER, st.QuadClass, st.Goldstein = "", "", 0, 0
		st.Verb = s.Verb + " " + noun + " in"
		return st, true
	}
	return schema.Statement{}, false
}

// talksHeld reads the talks a clause's setting says its subject held:
// "At a news conference following talks with Mr Blair, Mr Abbas said"
// (Abbas held talks with Blair). Only talks that took place: after,
// following, during, at or in them.
func (c *coder) talksHeld(cl *clause.Clause, s schema.Statement) []schema.Statement {
	if s.Subject.Entity == "" || !s.Subject.Type.IsActor() || s.Polarity == schema.Negated {
		return nil
	}
	sn := c.sent(cl.Sentence)
	var out []schema.Statement
	for _, a := range cl.Adjuncts {
		for k := a.Start; k < a.End && k < len(sn.Tokens); k++ {
			if !lexicon.TalkNouns.Has(lemmaOf(&sn.Tokens[k])) || sn.Tokens[k].UPOS != "NOUN" || !lexicon.HeldPreps.Has(c.caseOf(sn, k, a)) {
				continue
			}
			with, ok := c.childArg(cl.Sentence, k, lexicon.TalkPreps)
			if !ok {
				continue
			}
			obj := c.arg(cl.Sentence, with)
			if obj.Entity == "" || !obj.Type.IsActor() || obj.Entity == s.Subject.Entity {
				continue
			}
			rel, _ := schema.LookupRelation(schema.RelConsult)
			st := s
			st.Object, st.Extra = obj, nil
			st.Predicate, st.CAMEO, st.PLOVER, st.QuadClass, st.Goldstein = rel.Name, rel.CAMEO, rel.PLOVER, rel.QuadClass, rel.Goldstein
			st.Modality = schema.Fact
			st.Verb = strings.ToLower(sn.Tokens[k].Text) + " with"
			out = append(out, st)
		}
	}
	return out
}

// caseOf returns the preposition (lower case) that marks noun k of
// adjunct a: the adjunct's own for its head, else k's case word.
func (c *coder) caseOf(sn *doc.Sentence, k int, a clause.Arg) string {
	if k == a.Head {
		return strings.ToLower(a.Prep)
	}
	for _, ch := range kids(sn, k) {
		if sn.Tokens[ch].Dep == "case" {
			return strings.ToLower(sn.Tokens[ch].Text)
		}
	}
	return ""
}

// namedPlaceIn reports whether extra argument e is a named country or
// city introduced by "in".
func namedPlaceIn(e schema.Arg) bool {
	return e.Prep == "in" && e.Entity != "" && (e.Type == schema.Country || e.Type == schema.GPE)
}

// ownCountry reports whether the document makes person a member of
// country.
func (c *coder) ownCountry(person, country string) bool {
	for k := range c.d.Roles {
		if r := &c.d.Roles[k]; r.Person == person && r.Of == country {
			return true
		}
	}
	return false
}

// stance is the act of the verb that intended or demanded the clause's
// event: "Iran vowed to retaliate against the United States" vows (a fact)
// what it intends, "the EU pledged to work towards lifting the ban" pledges.
// Its object is what follows the verb in the clause, its relation the
// verb's own when the vocabulary has one (threaten, demand, agree).
func (c *coder) stance(cl *clause.Clause, m meaning, s schema.Statement) schema.Statement {
	sn := c.sent(cl.Sentence)
	v := m.stance
	st := s
	st.Polarity, st.Modality = schema.Asserted, schema.Fact
	if cl.Negated && m.polarity == schema.Negated {
		st.Polarity = schema.Negated
	}
	st.Extra = nil
	lem := lemmaOf(&sn.Tokens[v])
	st.Predicate, st.CAMEO, st.PLOVER, st.QuadClass, st.Goldstein = lem, "", "", 0, 0
	if rel, ok := schema.LookupRelation(verbRel[lem]); ok {
		st.Predicate, st.CAMEO, st.PLOVER, st.QuadClass, st.Goldstein = rel.Name, rel.CAMEO, rel.PLOVER, rel.QuadClass, rel.Goldstein
	}
	var head []int
	for _, t := range cl.VerbChain {
		if t <= v {
			head = append(head, t)
		}
	}
	st.Verb = c.words(sn, head)
	end := clauseEnd(cl, v)
	var obj []int
	for t := v + 1; t < end && t < len(sn.Tokens); t++ {
		if sn.Tokens[t].UPOS != "PUNCT" {
			obj = append(obj, t)
		}
	}
	if len(obj) > 0 {
		st.Object = schema.Arg{Text: c.words(sn, obj), Span: schema.Span{Start: sn.Tokens[obj[0]].Start, End: sn.Tokens[obj[len(obj)-1]].End}}
	}
	return st
}

// refusal is the rejection that a refused event stands for: "refuses to
// accept Syria's denials" rejects them (CAMEO 12), with the refusing verb
// alone as its verb phrase.
func (c *coder) refusal(cl *clause.Clause, m meaning, s schema.Statement) schema.Statement {
	r := s
	r.Extra = append([]schema.Arg(nil), s.Extra...)
	r.Polarity = schema.Asserted
	r.Verb = c.sent(cl.Sentence).Tokens[m.refusal].Text
	rel, _ := schema.LookupRelation(schema.RelReject)
	r.Predicate, r.CAMEO, r.PLOVER, r.QuadClass, r.Goldstein = rel.Name, rel.CAMEO, rel.PLOVER, rel.QuadClass, rel.Goldstein
	if m.modality == schema.Intent {
		r.Modality = schema.Fact
	}
	return r
}

// reciprocal gives the statements of a symmetric event whose subject is
// one conjunct of a coordination and whose object names no actor ("Lavrov
// and Kerry met for four hours", "X and Y agree that ..."): the conjunct
// did it with each other conjunct. The clause's own object and adjuncts
// become extra arguments. The other conjuncts' clauses give the reverse
// statements.
func (c *coder) reciprocal(i int, s schema.Statement) []schema.Statement {
	cl := &c.cs[i]
	if !c.means[i].symmetric || cl.JointSubject == nil || cl.Passive || c.actorObject(i) {
		return nil
	}
	var out []schema.Statement
	seen := map[int]bool{cl.Subject.Head: true}
	lo, hi := i, i
	for lo > 0 && c.cs[lo-1].Sentence == cl.Sentence {
		lo--
	}
	for hi+1 < len(c.cs) && c.cs[hi+1].Sentence == cl.Sentence {
		hi++
	}
	for j := lo; j <= hi; j++ {
		o := &c.cs[j]
		if o.Verb != cl.Verb || o.JointSubject == nil || o.Origin == clause.OriginAppos || o.Subject.Empty() ||
			o.JointSubject.Start != cl.JointSubject.Start || o.JointSubject.End != cl.JointSubject.End ||
			seen[o.Subject.Head] {
			continue
		}
		seen[o.Subject.Head] = true
		r := s
		r.Object = c.arg(o.Sentence, o.Subject)
		r.Extra = nil
		if s.Object.Text != "" || s.Object.Entity != "" {
			r.Extra = append(r.Extra, s.Object)
		}
		r.Extra = append(r.Extra, s.Extra...)
		out = append(out, r)
	}
	return out
}

// actorObject reports whether the event of clause i has an object that
// names an actor ("agreed to work with Ukraine"); a clausal object ("agree
// that ...") names none, whatever it mentions.
func (c *coder) actorObject(i int) bool {
	cl := &c.cs[i]
	objs := cl.Objects
	if m := c.means[i]; m.object != nil {
		objs = []clause.Arg{*m.object}
	}
	sn := c.sent(cl.Sentence)
	for _, o := range objs {
		switch p := strings.ToLower(o.Prep); {
		case lexicon.Complementizers.Has(p) || lexicon.SettingPreps.Has(p):
			continue
		}
		if o.Head >= 0 && o.Head < len(sn.Tokens) && (sn.Tokens[o.Head].UPOS == "VERB" || sn.Tokens[o.Head].UPOS == "AUX") {
			continue
		}
		start, end := c.d.MentionRange(cl.Sentence)
		for k := start; k < end; k++ {
			mn := &c.d.Mentions[k]
			if !(mn.Start < o.End && o.Start < mn.End) {
				continue
			}
			typ := mn.Type
			if e, ok := c.d.Entities[mn.Entity]; ok && e != nil {
				typ = e.Type
			}
			if typ.IsActor() {
				return true
			}
		}
	}
	return false
}

func jointKey(cl *clause.Clause) string {
	var b strings.Builder
	for _, v := range []int{cl.Sentence, cl.JointSubject.Start, cl.JointSubject.End, cl.Verb} {
		b.WriteString(strconv.Itoa(v))
		b.WriteByte(',')
	}
	for _, o := range cl.Objects {
		b.WriteString(strconv.Itoa(o.Start) + "-" + strconv.Itoa(o.End) + ",")
	}
	return b.String()
}

// Confidences of statements. No benchmark reads them (eval gold and eval
// petrarch score every statement; CaRB ranks the clause stage's own
// confidence), so they were set by hand (5d05591): a clause without a
// confidence of its own (a hand-built one) gets defaultConfidence, a
// statement that codes no event keeps uncodedFactor of its clause's, and a
// nominal event ("Moscow's annexation of Crimea") gets nominalConfidence.
const (
	defaultConfidence = 0.5
	uncodedFactor     = 0.9
	nominalConfidence = 0.6
)

// base builds the statement of a clause from its meaning.
func (c *coder) base(cl *clause.Clause, m meaning) schema.Statement {
	sn := c.sent(cl.Sentence)
	st := schema.Statement{
		Subject:       c.arg(cl.Sentence, cl.Subject),
		Predicate:     m.predicate,
		Verb:          strings.TrimSpace(c.verbText(cl) + " " + m.verbTail),
		Kind:          schema.KindRelation,
		Polarity:      m.polarity,
		Modality:      m.modality,
		Speaker:       c.speaker(cl),
		Doc:           c.d.ID,
		SentenceIndex: cl.Sentence,
		SentenceText:  c.sentenceText(sn),
		SentenceSpan:  schema.Span{Start: sn.Start, End: sn.End},
		Confidence:    cl.Confidence,
	}
	if m.subject != nil {
		st.Subject = c.arg(cl.Sentence, *m.subject)
	}
	objs := cl.Objects
	if m.object != nil {
		objs = append([]clause.Arg{*m.object}, objs...)
		if len(cl.Objects) > 0 {
			objs = append(objs[:1], cl.Objects[1:]...)
		}
	}
	objs, listener := c.listener(cl, m, objs)
	if m.symmetric && m.object == nil && len(objs) > 0 && lexicon.SettingPreps.Has(strings.ToLower(objs[0].Prep)) {
		// "met in Paris", "talked for hours": where and when they met is
		// no one they met.
		for _, o := range objs {
			st.Extra = append(st.Extra, c.arg(cl.Sentence, o))
		}
		objs = nil
	}
	if len(objs) > 0 {
		st.Object = c.arg(cl.Sentence, objs[0])
		if objs[0].Head != cl.Verb && c.clausal(cl.Sentence, objs[0]) {
			// "said the British prime minister was in a unique position":
			// what was said, not the prime minister.
			st.Object.Entity, st.Object.Name, st.Object.Type, st.Object.Sector = "", "", "", ""
		}
		for _, o := range objs[1:] {
			st.Extra = append(st.Extra, c.arg(cl.Sentence, o))
		}
	}
	for _, a := range cl.Adjuncts {
		st.Extra = append(st.Extra, c.arg(cl.Sentence, a))
	}
	if listener != nil {
		st.Extra = append(st.Extra, c.arg(cl.Sentence, *listener))
	}
	if st.Confidence == 0 {
		st.Confidence = defaultConfidence
	}
	if m.rel.Name != "" {
		st.CAMEO = m.cameo
		st.PLOVER = m.rel.PLOVER
		st.QuadClass = m.rel.QuadClass
		st.Goldstein = m.rel.Goldstein
		if info, ok := cameoCodes[m.cameo]; ok {
			st.Goldstein = info.Goldstein
			if info.PLOVER != "" {
				st.PLOVER = info.PLOVER
			}
			st.QuadClass = schema.QuadClassOf(m.cameo)
		}
		if schema.IsStanding(m.rel.Name) {
			st.Kind = schema.KindRole
		}
	} else if m.cameo != "" {
		// A code of a supplied dictionary with no canonical relation.
		st.CAMEO, st.QuadClass = m.cameo, schema.QuadClassOf(m.cameo)
		if info, ok := cameoCodes[m.cameo]; ok {
			st.Goldstein, st.PLOVER = info.Goldstein, info.PLOVER
		}
	} else {
		st.Confidence *= uncodedFactor
	}
	// Three decimals: 0.72, not the 0.7200000000000001 of 0.8*0.9.
	st.Confidence = math.Round(st.Confidence*1000) / 1000
	var later bool
	st.EventDate, later = c.eventDate(cl, m.modality == schema.Future)
	if later && st.Modality == schema.Fact {
		// "before Britain takes over the presidency in July", "when
		// Britain chairs the G8 next year": not yet a fact.
		st.Modality = schema.Future
	}
	return st
}

func (c *coder) sentenceText(sn *doc.Sentence) string {
	if sn.Start >= 0 && sn.End <= len(c.d.Text) && sn.Start < sn.End {
		return c.d.Text[sn.Start:sn.End]
	}
	return c.words(sn, allTokens(len(sn.Tokens)))
}

func allTokens(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// verbText is the surface relation phrase: the verb chain with the noun of a
// light verb and the preposition of a prepositional object ("held talks
// with"); the verb chain as written otherwise.
func (c *coder) verbText(cl *clause.Clause) string {
	if len(cl.Relation) > 0 {
		return c.words(c.sent(cl.Sentence), cl.Relation)
	}
	if cl.VerbText != "" {
		return cl.VerbText
	}
	return c.words(c.sent(cl.Sentence), cl.VerbChain)
}

// words joins tokens as written, with a space where the text has one.
func (c *coder) words(sn *doc.Sentence, idx []int) string {
	var b strings.Builder
	prev := -1
	for _, i := range idx {
		if i < 0 || i >= len(sn.Tokens) {
			continue
		}
		if prev >= 0 {
			if i != prev+1 || sn.Tokens[prev].SpaceAfter || sn.Tokens[prev].End < sn.Tokens[i].Start {
				b.WriteByte(' ')
			}
		}
		b.WriteString(sn.Tokens[i].Text)
		prev = i
	}
	return b.String()
}

// arg converts a clause argument, resolving its entity from the mentions.
func (c *coder) arg(si int, a clause.Arg) schema.Arg {
	sn := c.sent(si)
	out := schema.Arg{Text: a.Text, Entity: a.Entity, Prep: a.Prep}
	toks := a.Tokens
	if len(toks) == 0 && a.Start < a.End {
		for i := a.Start; i < a.End && i < len(sn.Tokens); i++ {
			toks = append(toks, i)
		}
	}
	if out.Text == "" {
		out.Text = c.words(sn, toks)
	}
	if len(toks) > 0 && toks[0] >= 0 && toks[len(toks)-1] < len(sn.Tokens) {
		out.Span = schema.Span{Start: sn.Tokens[toks[0]].Start, End: sn.Tokens[toks[len(toks)-1]].End}
	}
	var men *doc.Mention
	if a.Head >= 0 && a.Head < len(sn.Tokens) {
		men = c.d.MentionAt(si, a.Head)
	}
	if out.Entity == "" && men != nil {
		out.Entity = men.Entity
	}
	if out.Entity == "" && a.Head >= 0 && a.Head < len(sn.Tokens) {
		out.Entity = c.titleHolder(si, a.Head)
	}
	if out.Entity == "" && a.Head >= 0 && a.Head < len(sn.Tokens) {
		out.Entity = c.apposedPerson(si, a.Head)
	}
	if out.Entity == "" && a.Head >= 0 && a.Head < len(sn.Tokens) {
		out.Entity, out.Sector = c.describedActor(si, a.Head)
	}
	if out.Entity != "" {
		if e, ok := c.d.Entities[out.Entity]; ok && e != nil {
			out.Name, out.Type = e.Name, e.Type
		} else if men != nil {
			out.Name, out.Type = men.Text, men.Type
		}
	}
	return out
}

// listener takes the listener out of the objects of a saying whose
// listener is no named actor: "the senator told reporters the talks had
// failed" says that the talks failed, to reporters. A named listener stays
// the object: telling BBC News, or Japan telling Britain, is news
// (GUIDELINES.md). It returns the objects and the listener (Prep "to").
func (c *coder) listener(cl *clause.Clause, m meaning, objs []clause.Arg) ([]clause.Arg, *clause.Arg) {
	if m.rel.Name != schema.RelSay || len(objs) < 2 || objs[0].Prep != "" || c.namedActor(cl.Sentence, objs[0]) ||
		!c.nounPhrase(cl.Sentence, objs[0]) || c.nounPhrase(cl.Sentence, objs[1]) {
		return objs, nil
	}
	l := objs[0]
	l.Prep = "to"
	return objs[1:], &l
}

// clausal reports whether an argument is a clause: its head is a verb or
// has a subject, copula, auxiliary or complementizer of its own.
func (c *coder) clausal(si int, a clause.Arg) bool {
	sn := c.sent(si)
	if a.Head < 0 || a.Head >= len(sn.Tokens) {
		return false
	}
	if isVerbTok(&sn.Tokens[a.Head]) {
		return true
	}
	for _, k := range kids(sn, a.Head) {
		switch depBase(sn.Tokens[k].Dep) {
		case "nsubj", "csubj", "cop", "aux":
			return true
		case "mark":
			if lexicon.Complementizers.Has(lemmaOf(&sn.Tokens[k])) {
				return true
			}
		}
	}
	return false
}

// nounPhrase reports whether an argument is a noun phrase (not a clause).
func (c *coder) nounPhrase(si int, a clause.Arg) bool {
	if a.Head < 0 || a.Head >= len(c.sent(si).Tokens) {
		return false
	}
	switch c.sent(si).Tokens[a.Head].UPOS {
	case "NOUN", "PROPN", "PRON":
		return true
	}
	return false
}

// namedActor reports whether an argument's head names an actor.
func (c *coder) namedActor(si int, a clause.Arg) bool {
	if a.Entity != "" {
		if e := c.d.Entities[a.Entity]; e != nil {
			return e.Type.IsActor()
		}
	}
	m := c.d.MentionAt(si, a.Head)
	return m != nil && m.Type.IsActor()
}

// titleHolder returns the person whose title the argument's head is,
// when the entity stage read one there: "held talks with his Israeli
// counterpart, Ariel Sharon" talks with Sharon.
func (c *coder) titleHolder(si, head int) string {
	for _, k := range c.d.RolesIn(si) {
		if r := &c.d.Roles[k]; r.Title != "" && head >= r.TitleStart && head < r.TitleEnd {
			return r.Person
		}
	}
	return ""
}

// apposedPerson returns the person an apposition names after a noun that
// describes them: "has written to his U.S. Counterpart, Trade
// Representative Clayton Yeutter" wrote to Yeutter. A noun the entity stage
// read as a title is titleHolder's.
func (c *coder) apposedPerson(si, head int) string {
	sn := c.sent(si)
	if u := sn.Tokens[head].UPOS; u != "NOUN" && u != "PROPN" || c.d.MentionAt(si, head) != nil {
		return ""
	}
	for _, ch := range kids(sn, head) {
		if sn.Tokens[ch].Dep != "appos" || ch < head {
			continue
		}
		if m := c.d.MentionAt(si, ch); m != nil && m.Entity != "" && m.Type == schema.Person {
			return m.Entity
		}
	}
	return ""
}

// describedActor reads an argument that describes a part of a country or
// organization rather than naming it: an agent noun ("officials", "army",
// "warships", "parliament") with the actor as its modifier ("senior
// Iranian officials", "U.S. warships", "EC foreign ministers", "Peru's
// parliament", "the army of Iraq", "producers from New Mexico"). It returns
// the actor's IRI and the sector, or "" when the head is no such noun.
func (c *coder) describedActor(si, head int) (string, schema.Sector) {
	ch, sector := c.describedBy(si, head)
	if ch < 0 {
		return "", ""
	}
	return c.d.MentionAt(si, ch).Entity, sector
}

// describedActors returns every actor an agent noun describes: the one
// describedActor reads and those coordinated with it ("officials of the
// U.S., Japan and Canada").
func (c *coder) describedActors(si, head int) []string {
	ch, _ := c.describedBy(si, head)
	if ch < 0 {
		return nil
	}
	sn := c.sent(si)
	out := []string{c.d.MentionAt(si, ch).Entity}
	for _, cj := range kids(sn, ch) {
		if depBase(sn.Tokens[cj].Dep) != "conj" {
			continue
		}
		if e := c.actorMention(si, cj); e != "" && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// actorMention returns the country, organization or place token t names,
// or "".
func (c *coder) actorMention(si, t int) string {
	m := c.d.MentionAt(si, t)
	if m == nil || m.Entity == "" {
		return ""
	}
	if e := c.d.Entities[m.Entity]; e != nil && (e.Type == schema.Country || e.Type == schema.Organization || e.Type == schema.GPE) {
		return m.Entity
	}
	return ""
}

// describedBy returns the token naming the actor that agent noun head
// describes, with the sector, or -1.
func (c *coder) describedBy(si, head int) (int, schema.Sector) {
	sn := c.sent(si)
	if lexicon.PartitiveWords.Has(lemmaOf(&sn.Tokens[head])) {
		// "many in France would prefer": people of France
		for _, ch := range kids(sn, head) {
			if ch > head && depBase(sn.Tokens[ch].Dep) == "nmod" && hasCase(sn, ch, "in") && c.actorMention(si, ch) != "" {
				return ch, ""
			}
		}
		return -1, ""
	}
	sector, ok := lexicon.AgentNouns[lemmaOf(&sn.Tokens[head])]
	if !ok {
		return -1, ""
	}
	for _, ch := range kids(sn, head) {
		switch depBase(sn.Tokens[ch].Dep) {
		case "amod", "compound", "nmod", "flat":
			if d := sn.Tokens[ch].Dep; depBase(d) == "nmod" && d != "nmod:poss" && !hasCase(sn, ch, "of", "from") {
				continue
			}
			if c.actorMention(si, ch) != "" {
				return ch, schema.Sector(sector)
			}
		}
	}
	return -1, ""
}

// hasCase reports whether token n has one of the prepositions as its case
// marker ("of Iraq", "from New Mexico").
func hasCase(sn *doc.Sentence, n int, preps ...string) bool {
	for _, ch := range kids(sn, n) {
		if depBase(sn.Tokens[ch].Dep) == "case" {
			for _, p := range preps {
				if strings.EqualFold(sn.Tokens[ch].Text, p) {
					return true
				}
			}
		}
	}
	return false
}

// speaker returns who said the clause: the subject of its reporting verb,
// or the source of "according to X" in its sentence; the entity IRI when
// resolved, the text otherwise.
func (c *coder) speaker(cl *clause.Clause) string {
	if cl.Speaker != nil && !cl.Speaker.Empty() {
		a := c.arg(cl.Sentence, *cl.Speaker)
		if a.Entity != "" {
			return a.Entity
		}
		return a.Text
	}
	if cl.Parent >= 0 && cl.Parent < len(c.cs) {
		p := &c.cs[cl.Parent]
		if p.Sentence == cl.Sentence && p.Verb >= 0 && p.Verb < len(c.sent(p.Sentence).Tokens) &&
			lexicon.SayVerbs.Has(lemmaOf(&c.sent(p.Sentence).Tokens[p.Verb])) && !p.Subject.Empty() {
			a := c.arg(p.Sentence, p.Subject)
			if a.Entity != "" {
				return a.Entity
			}
			return a.Text
		}
	}
	return c.accordingTo(cl.Sentence)
}

// accordingTo finds "according to X" in a sentence and returns X.
func (c *coder) accordingTo(si int) string {
	sn := c.sent(si)
	for i := 0; i+2 < len(sn.Tokens); i++ {
		if !strings.EqualFold(sn.Tokens[i].Text, "according") || !strings.EqualFold(sn.Tokens[i+1].Text, "to") {
			continue
		}
		start := i + 2
		// The source is the mention that starts the phrase, or the last
		// mention of the phrase ("state news agency ITAR-Tass").
		end := start
		for end < len(sn.Tokens) && sn.Tokens[end].UPOS != "PUNCT" && !isPunctText(sn.Tokens[end].Text) {
			end++
		}
		var best *doc.Mention
		ms, me := c.d.MentionRange(si)
		for k := ms; k < me; k++ {
			m := &c.d.Mentions[k]
			if m.Start >= start && m.End <= end {
				best = m
			}
		}
		if best != nil {
			if best.Entity != "" {
				return best.Entity
			}
			return best.Text
		}
		idx := make([]int, 0, end-start)
		for k := start; k < end; k++ {
			idx = append(idx, k)
		}
		return c.words(sn, idx)
	}
	return ""
}

func isPunctText(s string) bool {
	return s == "," || s == "." || s == ";" || s == ":" || s == "\"" || s == "''" || s == "``" || s == "--"
}

// eventDate resolves the time expression that the clause governs.
// eventDate returns the date of the clause's event from the first time
// expression it governs, at that expression's precision, and whether that
// time lies after the day of writing ("next year", "in July" of a future
// clause, "on June 3" after the publication date).
func (c *coder) eventDate(cl *clause.Clause, future bool) (string, bool) {
	ex, ok := c.times[cl.Sentence]
	if !ok {
		ex = timex.Find(c.sent(cl.Sentence))
		c.times[cl.Sentence] = ex
	}
	sn := c.sent(cl.Sentence)
	for _, e := range ex {
		if !c.governs(cl, sn, e) {
			continue
		}
		if !c.hasRef && !e.Absolute() {
			return "", e.Future()
		}
		if t, ok := e.Resolve(c.ref, future); ok {
			date := e.Format(t)
			return date, e.Future() || c.hasRef && date > e.Format(c.ref)
		}
	}
	return "", false
}

// governs reports whether the time expression attaches to the clause: its
// head hangs from one of the clause's verbs (obl:tmod, obl with "on",
// nmod:tmod) or lies inside one of its adjuncts.
func (c *coder) governs(cl *clause.Clause, sn *doc.Sentence, e timex.Expr) bool {
	h := sn.Tokens[e.Head].Head
	for _, v := range cl.VerbChain {
		if h == v || e.Head == v {
			return true
		}
	}
	if h == cl.Verb {
		return true
	}
	for _, a := range cl.Adjuncts {
		if e.Head >= a.Start && e.Head < a.End {
			return true
		}
	}
	// A prepositional object promoted from an adjunct ("met for four hours
	// in Paris on Sunday").
	for _, a := range cl.Objects {
		if a.Prep != "" && e.Head >= a.Start && e.Head < a.End {
			return true
		}
	}
	return false
}
