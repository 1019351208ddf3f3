package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

// simple builds a hand parse of "Russia VERB [PARTICLE] [PREP] Ukraine ."
// with the verb in the past tense.
func simple(form, lemma, particle, prep string) string {
	var lines []string
	add := func(f, l, upos, xpos string, head int, dep string) {
		lines = append(lines, fmt.Sprintf("%d %s %s %s %s _ %d %s _ _", len(lines)+1, f, l, upos, xpos, head, dep))
	}
	add("Russia", "Russia", "PROPN", "NNP", 2, "nsubj")
	add(form, lemma, "VERB", "VBD", 0, "root")
	obj := 3
	if particle != "" {
		obj++
	}
	if prep != "" {
		obj++
	}
	if particle != "" {
		add(particle, particle, "ADP", "RP", 2, "compound:prt")
	}
	if prep != "" {
		add(prep, prep, "ADP", "IN", obj, "case")
		add("Ukraine", "Ukraine", "PROPN", "NNP", 2, "obl")
	} else {
		add("Ukraine", "Ukraine", "PROPN", "NNP", 2, "obj")
	}
	add(".", ".", "PUNCT", ".", 2, "punct")
	return strings.Join(lines, "\n")
}

func TestVerbRelations(t *testing.T) {
	tests := []struct {
		form, lemma, particle, prep string
		want                        string // relation
		root                        string // CAMEO root code
	}{
		{"condemned", "condemn", "", "", schema.RelCriticize, "11"},
		{"accused", "accuse", "", "", schema.RelAccuse, "11"},
		{"threatened", "threaten", "", "", schema.RelThreaten, "13"},
		{"annexed", "annex", "", "", schema.RelAnnex, "19"},
		{"invaded", "invade", "", "", schema.RelAttack, "19"},
		{"praised", "praise", "", "", schema.RelPraise, "05"},
		{"rejected", "reject", "", "", schema.RelReject, "12"},
		{"sanctioned", "sanction", "", "", schema.RelSanction, "16"},
		{"investigated", "investigate", "", "", schema.RelInvestigate, "09"},
		{"visited", "visit", "", "", schema.RelVisit, "04"},
		{"called", "call", "", "on", schema.RelAppeal, "02"},
		{"consulted", "consult", "", "with", schema.RelConsult, "04"},
		{"worked", "work", "", "with", schema.RelCooperate, "06"},
		{"negotiated", "negotiate", "", "with", schema.RelNegotiate, "04"},
		{"broke", "break", "away", "from", schema.RelBreakRelations, "16"},
		{"seceded", "secede", "", "from", schema.RelBreakRelations, "16"},
		{"pulled", "pull", "back", "from", schema.RelWithdraw, "08"},
		{"protested", "protest", "", "against", schema.RelProtest, "14"},
		// Not in the curated map: PETRARCH2's dictionary codes them.
		{"lambasted", "lambaste", "", "", schema.RelCriticize, "11"},
		{"besieged", "besiege", "", "", schema.RelBlockade, "19"},
		{"pardoned", "pardon", "", "", schema.RelYield, "08"},
		// Neither: the lemma phrase stays the predicate.
		{"liked", "like", "", "", "like", ""},
		// CAMEO has no joining: not the ASSEMBLE block's default 040.
		{"joined", "join", "", "", "join", ""},
	}
	for _, tt := range tests {
		name := strings.TrimSpace(strings.Join([]string{tt.lemma, tt.particle, tt.prep}, " "))
		t.Run(name, func(t *testing.T) {
			st := code(t, published, simple(tt.form, tt.lemma, tt.particle, tt.prep))
			got := find(st, "Russia", tt.want)
			if len(got) != 1 {
				t.Fatalf("Code(Russia %s %s %s Ukraine): want one %q statement, got:%s", tt.form, tt.particle, tt.prep, tt.want, dump(st))
			}
			s := got[0]
			root := s.CAMEO
			if len(root) > 2 {
				root = root[:2]
			}
			if root != tt.root {
				t.Errorf("Code(%s): CAMEO %q, want root %q", name, s.CAMEO, tt.root)
			}
			if s.Object.Entity != "kg:country/UKR" || s.Subject.Entity != "kg:country/RUS" {
				t.Errorf("Code(%s): arguments %q -> %q not resolved", name, s.Subject.Entity, s.Object.Entity)
			}
			if !strings.Contains(s.Verb, tt.form) {
				t.Errorf("Code(%s): Verb = %q, want the verb as written", name, s.Verb)
			}
		})
	}
}
