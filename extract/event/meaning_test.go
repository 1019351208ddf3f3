package event

import (
	"testing"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/schema"
)

// lemmaReading is a reading of a clause whose verb path has the given
// lemmas, one token each.
func lemmaReading(lemmas ...string) *reading {
	r := &reading{cl: &clause.Clause{}}
	for i, l := range lemmas {
		r.toks = append(r.toks, doc.Token{Text: l, Lemma: l, UPOS: "VERB", Dep: "xcomp"})
		r.verbs = append(r.verbs, i)
		r.cl.VerbChain = append(r.cl.VerbChain, i)
	}
	return r
}

func TestEventVerb(t *testing.T) {
	for _, tt := range []struct {
		path  []string
		ev    string
		flags modFlags
		neg   bool
	}{
		{[]string{"want", "support"}, "support", flagIntent, false},
		{[]string{"go", "mobilize"}, "mobilize", flagFuture, false},
		{[]string{"seem", "back"}, "back", flagHedged, false},
		{[]string{"fail", "agree"}, "agree", 0, true},
		{[]string{"return", "consult"}, "consult", 0, false},
		{[]string{"want", "begin", "withdraw"}, "withdraw", flagIntent, false},
		{[]string{"about", "sign"}, "sign", flagFuture, false},
		{[]string{"agree", "move"}, "agree", 0, false},
		{[]string{"want"}, "want", 0, false},
	} {
		r := lemmaReading(tt.path...)
		r.eventVerb()
		if r.lem != tt.ev || r.flags != tt.flags || r.neg != tt.neg {
			t.Errorf("eventVerb(%v) = %s flags %b neg %v, want %s flags %b neg %v",
				tt.path, r.lem, r.flags, r.neg, tt.ev, tt.flags, tt.neg)
		}
	}
}

func TestChainModality(t *testing.T) {
	for _, tt := range []struct {
		chain []string
		flags modFlags
		would bool
		neg   bool
	}{
		{[]string{"will", "meet"}, flagFuture, false, false},
		{[]string{"would", "not", "meet"}, 0, true, true},
		{[]string{"may", "meet"}, flagHedged, false, false},
		{[]string{"must", "meet"}, flagDemand, false, false},
		{[]string{"met"}, 0, false, false},
	} {
		r := lemmaReading(tt.chain...)
		for i := range r.toks {
			if r.toks[i].Text == "not" {
				r.toks[i].UPOS, r.toks[i].Dep = "PART", "advmod"
			}
		}
		r.chainModality()
		if r.flags != tt.flags || r.would != tt.would || r.neg != tt.neg {
			t.Errorf("chainModality(%v) = flags %b would %v neg %v, want %b %v %v",
				tt.chain, r.flags, r.would, r.neg, tt.flags, tt.would, tt.neg)
		}
	}
}

func TestPhraseRelation(t *testing.T) {
	into := clause.Arg{Text: "Ukraine", Prep: "into"}
	for _, tt := range []struct {
		name    string
		r       reading
		want    string
		blocked bool
		object  string
	}{
		{"break away from", reading{lem: "break", parts: []string{"away"}, prep: "from"}, schema.RelBreakRelations, false, ""},
		{"call on", reading{lem: "call", prep: "on"}, schema.RelAppeal, false, ""},
		{"lead to", reading{lem: "lead", prep: "to"}, "", true, ""},
		{"send troops into", reading{lem: "send", objLemma: "troop", cl: &clause.Clause{Adjuncts: []clause.Arg{into}}}, schema.RelMobilize, false, "Ukraine"},
		{"break ties", reading{lem: "break", objLemma: "tie"}, schema.RelBreakRelations, false, ""},
		{"eat", reading{lem: "eat", prep: "with"}, "", false, ""},
	} {
		r := tt.r
		if r.cl == nil {
			r.cl = &clause.Clause{}
		}
		r.phraseRelation()
		obj := ""
		if r.m.object != nil {
			obj = r.m.object.Text
		}
		if r.relName != tt.want || r.blocked != tt.blocked || obj != tt.object {
			t.Errorf("phraseRelation(%s) = %q blocked %v object %q, want %q %v %q",
				tt.name, r.relName, r.blocked, obj, tt.want, tt.blocked, tt.object)
		}
	}
}
