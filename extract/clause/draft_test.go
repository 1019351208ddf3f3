package clause

import (
	"strings"
	"testing"
)

// draftAt parses one CoNLL-U sentence and starts the draft of the clause
// headed by token head (0-based) along its first verb path, as build does.
func draftAt(t *testing.T, src string, head int) (*sent, *draft) {
	t.Helper()
	s := newSent(loadConllu(t, src), 0)
	if s == nil {
		t.Fatal("newSent: no parse")
	}
	st, inherited, rel := s.subjectFor(head)
	sub := Arg{Head: -1}
	if st >= 0 {
		sub = s.phrase(st, rel, false)
	}
	p := s.paths(head)[0]
	last := p[len(p)-1]
	return s, &draft{
		c: Clause{Verb: last, Parent: -1, Noun: -1, Origin: OriginVerb},
		h: head, p: p, last: last, origin: OriginVerb, inherited: inherited, rel: rel, st: st, sub: sub,
		agent: Arg{Head: -1}, copular: s.hasCop(last),
	}
}

const notAgreed = `
1	Russia	Russia	PROPN	NNP	_	4	nsubj	_	_
2	had	have	AUX	VBD	_	4	aux	_	_
3	not	not	PART	RB	_	4	advmod	_	_
4	agreed	agree	VERB	VBN	_	0	root	_	_
5	to	to	PART	TO	_	6	mark	_	_
6	move	move	VERB	VB	_	4	xcomp	_	_
7	troops	troop	NOUN	NNS	_	6	obj	_	_
8	.	.	PUNCT	.	_	4	punct	_	_
`

const heldTalks = `
1	Kerry	Kerry	PROPN	NNP	_	2	nsubj	_	_
2	held	hold	VERB	VBD	_	0	root	_	_
3	talks	talk	NOUN	NNS	_	2	obj	_	_
4	with	with	ADP	IN	_	5	case	_	_
5	Lavrov	Lavrov	PROPN	NNP	_	3	nmod	_	_
6	on	on	ADP	IN	_	7	case	_	_
7	Sunday	Sunday	PROPN	NNP	_	2	obl	_	_
8	.	.	PUNCT	.	_	2	punct	_	_
`

const annexedBy = `
1	Crimea	Crimea	PROPN	NNP	_	3	nsubj:pass	_	_
2	was	be	AUX	VBD	_	3	aux:pass	_	_
3	annexed	annex	VERB	VBN	_	0	root	_	_
4	by	by	ADP	IN	_	5	case	_	_
5	Friday	Friday	PROPN	NNP	_	3	obl	_	_
6	by	by	ADP	IN	_	7	case	_	_
7	Russia	Russia	PROPN	NNP	_	3	obl	_	_
8	.	.	PUNCT	.	_	3	punct	_	_
`

func TestVerbChainAndVoice(t *testing.T) {
	s, d := draftAt(t, notAgreed, 3)
	s.verbChain(d)
	s.voice(d)
	s.predicateWords(d)
	if d.c.VerbText != "had not agreed to move" || !d.c.Negated || d.c.Passive {
		t.Errorf("verb chain of %q: VerbText %q Negated %v Passive %v, want %q true false",
			"Russia had not agreed to move troops", d.c.VerbText, d.c.Negated, d.c.Passive, "had not agreed to move")
	}
	if got := strings.Join(d.pred, " "); got != "agree to move" {
		t.Errorf("predicateWords: pred %q, want %q", got, "agree to move")
	}
	s.nominalObjects(d)
	if len(d.objs) != 1 || d.objs[0].Text != "troops" {
		t.Errorf("nominalObjects: %+v, want the object of the last verb, troops", d.objs)
	}
}

func TestLightNoun(t *testing.T) {
	s, d := draftAt(t, heldTalks, 1)
	s.verbChain(d)
	s.predicateWords(d)
	s.nominalObjects(d)
	for _, k := range s.kids[d.last] {
		s.adjunct(d, d.last, k)
	}
	s.lightNoun(d)
	if got := strings.Join(d.pred, " "); got != "hold talk with" || d.c.Noun != 2 {
		t.Errorf("lightNoun: pred %q noun %d, want %q 2", got, d.c.Noun, "hold talk with")
	}
	if d.objs[0].Text != "Lavrov" || d.objs[0].Prep != "with" {
		t.Errorf("lightNoun: object %q prep %q, want Lavrov with", d.objs[0].Text, d.objs[0].Prep)
	}
	if len(d.adj) != 1 || d.adj[0].Text != "Sunday" {
		t.Errorf("lightNoun: adjuncts %+v, want Sunday alone", d.adj)
	}
}

func TestPassiveRoles(t *testing.T) {
	s, d := draftAt(t, annexedBy, 2)
	s.verbChain(d)
	s.voice(d)
	for _, k := range s.kids[d.last] {
		s.adjunct(d, d.last, k)
	}
	if !d.c.Passive || d.agent.Text != "Russia" {
		t.Fatalf("adjunct: Passive %v agent %q, want true Russia", d.c.Passive, d.agent.Text)
	}
	if len(d.adj) != 1 || d.adj[0].Text != "Friday" {
		t.Errorf(`adjunct: "by Friday" is a deadline, not the agent: adjuncts %+v`, d.adj)
	}
	s.passiveRoles(d)
	if d.sub.Text != "Russia" || len(d.objs) != 1 || d.objs[0].Text != "Crimea" {
		t.Errorf("passiveRoles: subject %q objects %+v, want Russia and Crimea", d.sub.Text, d.objs)
	}
}

func TestPattern(t *testing.T) {
	obj, prep := Arg{Text: "x"}, Arg{Text: "x", Prep: "in"}
	for _, tt := range []struct {
		copular, promoted bool
		objs              []Arg
		want              Pattern
	}{
		{true, false, []Arg{obj}, SVC},
		{true, false, []Arg{prep}, SVA},
		{true, true, []Arg{obj}, SVA},
		{false, true, []Arg{prep}, SVA},
		{false, false, []Arg{obj, obj}, SVOO},
		{false, false, []Arg{obj}, SVO},
		{false, false, nil, SV},
	} {
		if got := pattern(tt.copular, tt.promoted, tt.objs); got != tt.want {
			t.Errorf("pattern(%v, %v, %d objects) = %s, want %s", tt.copular, tt.promoted, len(tt.objs), got, tt.want)
		}
	}
}
