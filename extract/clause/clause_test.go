package clause

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/schema"
)

// want describes one clause that must be found. Empty optional fields are
// not checked; "-" means the field must be empty.
type want struct {
	subj, pred, obj string
	neg, pass       bool
	verb            string // VerbText
	speaker         string
	joint           string // JointSubject text
	adj             string // one adjunct's text, prep included ("on several issues")
	parent          string // the parent clause's Predicate
}

func (w want) String() string { return fmt.Sprintf("(%s; %s; %s)", w.subj, w.pred, w.obj) }

func describe(cs []Clause) string {
	var b strings.Builder
	for _, c := range cs {
		obj := ""
		if len(c.Objects) > 0 {
			obj = c.Objects[0].Text
		}
		fmt.Fprintf(&b, "\n  [%s/%s] (%s; %s; %s) verb=%q neg=%v pass=%v", c.Type, c.Origin, c.Subject.Text, c.Predicate, obj, c.VerbText, c.Negated, c.Passive)
		if c.Speaker != nil {
			fmt.Fprintf(&b, " speaker=%q", c.Speaker.Text)
		}
		for _, a := range c.Adjuncts {
			fmt.Fprintf(&b, " adj=%q", strings.TrimSpace(a.Prep+" "+a.Text))
		}
	}
	return b.String()
}

func find(cs []Clause, w want) *Clause {
	for i := range cs {
		c := &cs[i]
		obj := ""
		if len(c.Objects) > 0 {
			obj = c.Objects[0].Text
		}
		objOK := w.obj == "" || obj == w.obj || w.obj == "-" && obj == ""
		if c.Subject.Text == w.subj && c.Predicate == w.pred && objOK {
			return c
		}
	}
	return nil
}

func check(t *testing.T, cs []Clause, w want) {
	t.Helper()
	c := find(cs, w)
	if c == nil {
		t.Errorf("clause %v not found in:%s", w, describe(cs))
		return
	}
	if c.Negated != w.neg {
		t.Errorf("clause %v: Negated = %v, want %v", w, c.Negated, w.neg)
	}
	if c.Passive != w.pass {
		t.Errorf("clause %v: Passive = %v, want %v", w, c.Passive, w.pass)
	}
	if w.verb != "" && c.VerbText != w.verb {
		t.Errorf("clause %v: VerbText = %q, want %q", w, c.VerbText, w.verb)
	}
	switch {
	case w.speaker == "-" && c.Speaker != nil:
		t.Errorf("clause %v: Speaker = %q, want none", w, c.Speaker.Text)
	case w.speaker != "" && w.speaker != "-" && (c.Speaker == nil || c.Speaker.Text != w.speaker):
		t.Errorf("clause %v: Speaker = %v, want %q", w, c.Speaker, w.speaker)
	}
	if w.joint != "" && (c.JointSubject == nil || c.JointSubject.Text != w.joint) {
		t.Errorf("clause %v: JointSubject = %v, want %q", w, c.JointSubject, w.joint)
	}
	if w.adj != "" {
		ok := false
		for _, a := range c.Adjuncts {
			ok = ok || strings.TrimSpace(a.Prep+" "+a.Text) == w.adj
		}
		if !ok {
			t.Errorf("clause %v: no adjunct %q in %v", w, w.adj, c.Adjuncts)
		}
	}
	if w.parent != "" {
		if c.Parent < 0 || c.Parent >= len(cs) || cs[c.Parent].Predicate != w.parent {
			t.Errorf("clause %v: Parent = %d, want the %q clause", w, c.Parent, w.parent)
		}
	}
	if c.Confidence <= 0 || c.Confidence > 1 {
		t.Errorf("clause %v: Confidence = %v, want in (0, 1]", w, c.Confidence)
	}
}

var patterns = []struct {
	name   string
	conllu string
	want   []want
	absent []want // clauses that must not be produced
}{
	{
		name: "reported speech with coordinated subject and control verb",
		// Kerry said Russia and the United States agreed to work with Ukraine on several issues
		conllu: `
1 Kerry Kerry PROPN NNP _ 2 nsubj _ _
2 said say VERB VBD _ 0 root _ _
3 Russia Russia PROPN NNP _ 8 nsubj _ _
4 and and CCONJ CC _ 7 cc _ _
5 the the DET DT _ 7 det _ _
6 United United PROPN NNP _ 7 compound _ _
7 States States PROPN NNPS _ 3 conj _ _
8 agreed agree VERB VBD _ 2 ccomp _ _
9 to to PART TO _ 10 mark _ _
10 work work VERB VB _ 8 xcomp _ _
11 with with ADP IN _ 12 case _ _
12 Ukraine Ukraine PROPN NNP _ 10 obl _ _
13 on on ADP IN _ 15 case _ _
14 several several ADJ JJ _ 15 amod _ _
15 issues issue NOUN NNS _ 10 obl _ _`,
		want: []want{
			{subj: "Kerry", pred: "say", obj: "Russia and the United States agreed to work with Ukraine on several issues", speaker: "-"},
			{subj: "Russia", pred: "agree to work with", obj: "Ukraine", verb: "agreed to work", speaker: "Kerry",
				joint: "Russia and the United States", adj: "on several issues", parent: "say"},
			{subj: "the United States", pred: "agree to work with", obj: "Ukraine", speaker: "Kerry", joint: "Russia and the United States"},
		},
		absent: []want{{subj: "Russia", pred: "work with", obj: "-"}},
	},
	{
		name: "a time phrase with on controls nothing",
		// Ithilen's militia vowed on Thursday to wage war on the Rohans
		conllu: `
1 militia militia NOUN NN _ 2 nsubj _ _
2 vowed vow VERB VBD _ 0 root _ _
3 on on ADP IN _ 4 case _ _
4 Thursday Thursday PROPN NNP _ 2 obl _ _
5 to to PART TO _ 6 mark _ _
6 wage wage VERB VB _ 2 xcomp _ _
7 war war NOUN NN _ 6 obj _ _
8 on on ADP IN _ 10 case _ _
9 the the DET DT _ 10 det _ _
10 Rohans Rohans PROPN NNPS _ 6 obl _ _`,
		want:   []want{{subj: "militia", pred: "vow to wage war on", obj: "the Rohans", adj: "on Thursday"}},
		absent: []want{{subj: "Thursday", pred: "wage"}},
	},
	{
		name: "an infinitive hung on a date belongs to the verb",
		// Crimeans voted March 16 to break away from Ukraine and join Russia
		conllu: `
1 Crimeans Crimeans PROPN NNPS _ 2 nsubj _ _
2 voted vote VERB VBD _ 0 root _ _
3 March March PROPN NNP _ 4 nmod:unmarked _ _
4 16 16 NUM CD _ 2 obj _ _
5 to to PART TO _ 6 mark _ _
6 break break VERB VB _ 4 acl _ _
7 away away ADV RB _ 6 advmod _ _
8 from from ADP IN _ 9 case _ _
9 Ukraine Ukraine PROPN NNP _ 7 obl _ _
10 and and CCONJ CC _ 11 cc _ _
11 join join VERB VB _ 6 conj _ _
12 Russia Russia PROPN NNP _ 11 obj _ _`,
		want: []want{
			{subj: "Crimeans", pred: "vote to break away from", obj: "Ukraine", adj: "March 16"},
			{subj: "Crimeans", pred: "vote to join", obj: "Russia"},
		},
		absent: []want{{subj: "March 16", pred: "join"}},
	},
	{
		name: "a that clause with its own subject hung on a noun is the reporting verb's complement",
		// Kerry said after four hours of talks that Russia had reaffirmed its commitment
		conllu: `
1 Kerry Kerry PROPN NNP _ 2 nsubj _ _
2 said say VERB VBD _ 0 root _ _
3 after after ADP IN _ 5 case _ _
4 four four NUM CD _ 5 nummod _ _
5 hours hour NOUN NNS _ 2 obl _ _
6 of of ADP IN _ 7 case _ _
7 talks talk NOUN NNS _ 5 nmod _ _
8 that that SCONJ IN _ 11 mark _ _
9 Russia Russia PROPN NNP _ 11 nsubj _ _
10 had have AUX VBD _ 11 aux _ _
11 reaffirmed reaffirm VERB VBN _ 5 acl _ _
12 its its PRON PRP$ _ 13 nmod:poss _ _
13 commitment commitment NOUN NN _ 11 obj _ _`,
		want: []want{
			{subj: "Kerry", pred: "say", obj: "Russia had reaffirmed its commitment", adj: "after four hours of talks"},
			{subj: "Russia", pred: "reaffirm", obj: "its commitment", verb: "had reaffirmed", speaker: "Kerry", parent: "say"},
		},
	},
	{
		name: "a date after by is no agent",
		// Maternity leave would be increased by 2007
		conllu: `
1 Maternity maternity NOUN NN _ 2 compound _ _
2 leave leave NOUN NN _ 5 nsubj:pass _ _
3 would would AUX MD _ 5 aux _ _
4 be be AUX VB _ 5 aux:pass _ _
5 increased increase VERB VBN _ 0 root _ _
6 by by ADP IN _ 7 case _ _
7 2007 2007 NUM CD _ 5 obl _ _`,
		want:   []want{{subj: "", pred: "increase", obj: "Maternity leave", pass: true, adj: "by 2007"}},
		absent: []want{{subj: "2007", pred: "increase"}},
	},
	{
		name: "a date is no subject of an action",
		// Last year revealed that many Britons believe ... (a misparse)
		conllu: `
1 Last last ADJ JJ _ 2 amod _ _
2 year year NOUN NN _ 3 nsubj _ _
3 revealed reveal VERB VBD _ 0 root _ _
4 that that SCONJ IN _ 7 mark _ _
5 many many ADJ JJ _ 6 amod _ _
6 Britons Briton PROPN NNPS _ 7 nsubj _ _
7 believe believe VERB VBP _ 3 ccomp _ _
8 it it PRON PRP _ 7 obj _ _`,
		want:   []want{{subj: "many Britons", pred: "believe", obj: "it"}},
		absent: []want{{subj: "Last year", pred: "reveal"}},
	},
	{
		name: "a light verb's partner, not its time",
		// Arnor signed a protocol for 1990 with Dagolath
		conllu: `
1 Arnor Arnor PROPN NNP _ 2 nsubj _ _
2 signed sign VERB VBD _ 0 root _ _
3 a a DET DT _ 4 det _ _
4 protocol protocol NOUN NN _ 2 obj _ _
5 for for ADP IN _ 6 case _ _
6 1990 1990 NUM CD _ 4 nmod _ _
7 with with ADP IN _ 8 case _ _
8 Dagolath Dagolath PROPN NNP _ 2 obl _ _`,
		want:   []want{{subj: "Arnor", pred: "sign protocol with", obj: "Dagolath"}},
		absent: []want{{subj: "Arnor", pred: "sign protocol for"}},
	},
	{
		name: "object control with a prepositional object",
		// Lavrov called on Western powers to back a proposal for a federal structure in Ukraine
		conllu: `
1 Lavrov Lavrov PROPN NNP _ 2 nsubj _ _
2 called call VERB VBD _ 0 root _ _
3 on on ADP IN _ 5 case _ _
4 Western western ADJ JJ _ 5 amod _ _
5 powers power NOUN NNS _ 2 obl _ _
6 to to PART TO _ 7 mark _ _
7 back back VERB VB _ 2 xcomp _ _
8 a a DET DT _ 9 det _ _
9 proposal proposal NOUN NN _ 7 obj _ _
10 for for ADP IN _ 13 case _ _
11 a a DET DT _ 13 det _ _
12 federal federal ADJ JJ _ 13 amod _ _
13 structure structure NOUN NN _ 9 nmod _ _
14 in in ADP IN _ 15 case _ _
15 Ukraine Ukraine PROPN NNP _ 13 nmod _ _`,
		want: []want{
			{subj: "Lavrov", pred: "call on", obj: "Western powers"},
			{subj: "Western powers", pred: "back", obj: "a proposal for a federal structure in Ukraine", parent: "call on"},
		},
	},
	{
		name: "verb coordination with negation and subject control",
		// Russia had reaffirmed its commitment to finding a diplomatic solution in Ukraine but had not agreed to move Russian troops from the Ukraine border
		conllu: `
1 Russia Russia PROPN NNP _ 3 nsubj _ _
2 had have AUX VBD _ 3 aux _ _
3 reaffirmed reaffirm VERB VBN _ 0 root _ _
4 its its PRON PRP$ _ 5 nmod:poss _ _
5 commitment commitment NOUN NN _ 3 obj _ _
6 to to SCONJ IN _ 7 mark _ _
7 finding find VERB VBG _ 5 acl _ _
8 a a DET DT _ 10 det _ _
9 diplomatic diplomatic ADJ JJ _ 10 amod _ _
10 solution solution NOUN NN _ 7 obj _ _
11 in in ADP IN _ 12 case _ _
12 Ukraine Ukraine PROPN NNP _ 10 nmod _ _
13 but but CCONJ CC _ 16 cc _ _
14 had have AUX VBD _ 16 aux _ _
15 not not PART RB _ 16 advmod _ _
16 agreed agree VERB VBN _ 3 conj _ _
17 to to PART TO _ 18 mark _ _
18 move move VERB VB _ 16 xcomp _ _
19 Russian Russian ADJ JJ _ 20 amod _ _
20 troops troop NOUN NNS _ 18 obj _ _
21 from from ADP IN _ 24 case _ _
22 the the DET DT _ 24 det _ _
23 Ukraine Ukraine PROPN NNP _ 24 compound _ _
24 border border NOUN NN _ 18 obl _ _`,
		want: []want{
			{subj: "Russia", pred: "reaffirm", obj: "its commitment to finding a diplomatic solution in Ukraine", verb: "had reaffirmed"},
			{subj: "Russia", pred: "agree to move", obj: "Russian troops", neg: true, verb: "had not agreed to move", adj: "from the Ukraine border"},
		},
	},
	{
		name: "coordinated subject with adjunct",
		// The United States and the European Union have targeted members of Putin's inner circle with two rounds of sanctions
		conllu: `
1 The the DET DT _ 3 det _ _
2 United United PROPN NNP _ 3 compound _ _
3 States States PROPN NNPS _ 9 nsubj _ _
4 and and CCONJ CC _ 7 cc _ _
5 the the DET DT _ 7 det _ _
6 European European PROPN NNP _ 7 compound _ _
7 Union Union PROPN NNP _ 3 conj _ _
8 have have AUX VBP _ 9 aux _ _
9 targeted target VERB VBN _ 0 root _ _
10 members member NOUN NNS _ 9 obj _ _
11 of of ADP IN _ 15 case _ _
12 Putin Putin PROPN NNP _ 15 nmod:poss _ SpaceAfter=No
13 's 's PART POS _ 12 case _ _
14 inner inner ADJ JJ _ 15 amod _ _
15 circle circle NOUN NN _ 10 nmod _ _
16 with with ADP IN _ 18 case _ _
17 two two NUM CD _ 18 nummod _ _
18 rounds round NOUN NNS _ 9 obl _ _
19 of of ADP IN _ 20 case _ _
20 sanctions sanction NOUN NNS _ 18 nmod _ _`,
		want: []want{
			{subj: "The United States", pred: "target", obj: "members of Putin's inner circle", verb: "have targeted",
				joint: "The United States and the European Union", adj: "with two rounds of sanctions"},
			{subj: "the European Union", pred: "target", obj: "members of Putin's inner circle", joint: "The United States and the European Union"},
		},
	},
	{
		name: "open complement with coordinated verbs and a particle",
		// Crimeans voted March 16 to break away from Ukraine and join Russia
		conllu: `
1 Crimeans Crimean PROPN NNPS _ 2 nsubj _ _
2 voted vote VERB VBD _ 0 root _ _
3 March March PROPN NNP _ 2 obl:tmod _ _
4 16 16 NUM CD _ 3 nummod _ _
5 to to PART TO _ 6 mark _ _
6 break break VERB VB _ 2 xcomp _ _
7 away away ADV RB _ 6 compound:prt _ _
8 from from ADP IN _ 9 case _ _
9 Ukraine Ukraine PROPN NNP _ 6 obl _ _
10 and and CCONJ CC _ 11 cc _ _
11 join join VERB VB _ 6 conj _ _
12 Russia Russia PROPN NNP _ 11 obj _ _`,
		want: []want{
			{subj: "Crimeans", pred: "vote to break away from", obj: "Ukraine", verb: "voted to break away", adj: "March 16"},
			{subj: "Crimeans", pred: "vote to join", obj: "Russia", verb: "voted to join"},
		},
		absent: []want{{subj: "Crimeans", pred: "join", obj: "Russia"}},
	},
	{
		name: "open complement hung on a date object",
		// Crimeans voted March 16 to break away from Ukraine and join Russia, as a parser may read it.
		conllu: `
1 Crimeans Crimean PROPN NNPS _ 2 nsubj _ _
2 voted vote VERB VBD _ 0 root _ _
3 March March PROPN NNP _ 4 nmod:unmarked _ _
4 16 16 NUM CD _ 2 obj _ _
5 to to PART TO _ 6 mark _ _
6 break break VERB VB _ 4 xcomp _ _
7 away away ADV RB _ 6 advmod _ _
8 from from ADP IN _ 9 case _ _
9 Ukraine Ukraine PROPN NNP _ 7 obl _ _
10 and and CCONJ CC _ 11 cc _ _
11 join join VERB VB _ 6 conj _ _
12 Russia Russia PROPN NNP _ 11 obj _ _`,
		want: []want{
			{subj: "Crimeans", pred: "vote to break away from", obj: "Ukraine", verb: "voted to break away", adj: "March 16"},
			{subj: "Crimeans", pred: "vote to join", obj: "Russia", verb: "voted to join"},
		},
		absent: []want{{subj: "Crimeans", pred: "vote", obj: "March 16"}},
	},
	{
		name: "reported speech with a negative determiner",
		// Lavrov said Russia had no intention of sending troops into Ukraine
		conllu: `
1 Lavrov Lavrov PROPN NNP _ 2 nsubj _ _
2 said say VERB VBD _ 0 root _ _
3 Russia Russia PROPN NNP _ 4 nsubj _ _
4 had have VERB VBD _ 2 ccomp _ _
5 no no DET DT _ 6 det _ _
6 intention intention NOUN NN _ 4 obj _ _
7 of of SCONJ IN _ 8 mark _ _
8 sending send VERB VBG _ 6 acl _ _
9 troops troop NOUN NNS _ 8 obj _ _
10 into into ADP IN _ 11 case _ _
11 Ukraine Ukraine PROPN NNP _ 8 obl _ _`,
		want: []want{
			{subj: "Russia", pred: "have", obj: "no intention of sending troops into Ukraine", neg: true, speaker: "Lavrov", parent: "say"},
			{subj: "Lavrov", pred: "say"},
		},
	},
	{
		name: "reported object control",
		// Lavrov said Russia urged Kiev to withdraw
		conllu: `
1 Lavrov Lavrov PROPN NNP _ 2 nsubj _ _
2 said say VERB VBD _ 0 root _ _
3 Russia Russia PROPN NNP _ 4 nsubj _ _
4 urged urge VERB VBD _ 2 ccomp _ _
5 Kiev Kiev PROPN NNP _ 4 obj _ _
6 to to PART TO _ 7 mark _ _
7 withdraw withdraw VERB VB _ 4 xcomp _ _`,
		want: []want{
			{subj: "Russia", pred: "urge", obj: "Kiev", speaker: "Lavrov", parent: "say"},
			{subj: "Kiev", pred: "withdraw", obj: "-", speaker: "Lavrov", parent: "urge"},
		},
	},
	{
		name: "prepositional object and auxiliary chain",
		// I will return to Washington to consult with President Obama
		conllu: `
1 I I PRON PRP _ 3 nsubj _ _
2 will will AUX MD _ 3 aux _ _
3 return return VERB VB _ 0 root _ _
4 to to ADP IN _ 5 case _ _
5 Washington Washington PROPN NNP _ 3 obl _ _
6 to to PART TO _ 7 mark _ _
7 consult consult VERB VB _ 3 advcl _ _
8 with with ADP IN _ 10 case _ _
9 President President PROPN NNP _ 10 compound _ _
10 Obama Obama PROPN NNP _ 7 obl _ _`,
		want: []want{
			{subj: "I", pred: "return to", obj: "Washington", verb: "will return"},
			{subj: "I", pred: "consult with", obj: "President Obama"},
		},
	},
	{
		name: "passive with agent and phrasal verb",
		// The troops were pulled back by Moscow
		conllu: `
1 The the DET DT _ 2 det _ _
2 troops troop NOUN NNS _ 4 nsubj:pass _ _
3 were be AUX VBD _ 4 aux:pass _ _
4 pulled pull VERB VBN _ 0 root _ _
5 back back ADP RP _ 4 compound:prt _ _
6 by by ADP IN _ 7 case _ _
7 Moscow Moscow PROPN NNP _ 4 obl:agent _ _`,
		want: []want{
			{subj: "Moscow", pred: "pull back", obj: "The troops", pass: true, verb: "were pulled back"},
		},
	},
	{
		name: "passive without agent",
		// The subject was not discussed with Lavrov
		conllu: `
1 The the DET DT _ 2 det _ _
2 subject subject NOUN NN _ 5 nsubj:pass _ _
3 was be AUX VBD _ 5 aux:pass _ _
4 not not PART RB _ 5 advmod _ _
5 discussed discuss VERB VBN _ 0 root _ _
6 with with ADP IN _ 7 case _ _
7 Lavrov Lavrov PROPN NNP _ 5 obl _ _`,
		want: []want{
			{subj: "", pred: "discuss", obj: "The subject", pass: true, neg: true, verb: "was not discussed", adj: "with Lavrov"},
		},
	},
	{
		name: "apposition",
		// Dianne Feinstein, chairwoman of the Senate Intelligence Committee, told CNN
		conllu: `
1 Dianne Dianne PROPN NNP _ 11 nsubj _ _
2 Feinstein Feinstein PROPN NNP _ 1 flat _ SpaceAfter=No
3 , , PUNCT , _ 4 punct _ _
4 chairwoman chairwoman NOUN NN _ 1 appos _ _
5 of of ADP IN _ 9 case _ _
6 the the DET DT _ 9 det _ _
7 Senate Senate PROPN NNP _ 9 compound _ _
8 Intelligence Intelligence PROPN NNP _ 9 compound _ _
9 Committee Committee PROPN NNP _ 4 nmod _ SpaceAfter=No
10 , , PUNCT , _ 4 punct _ _
11 told tell VERB VBD _ 0 root _ _
12 CNN CNN PROPN NNP _ 11 obj _ _`,
		want: []want{
			{subj: "Dianne Feinstein", pred: "be", obj: "chairwoman of the Senate Intelligence Committee"},
			{subj: "Dianne Feinstein", pred: "tell", obj: "CNN"},
		},
	},
	{
		name: "copula and relative clause",
		// Celeski is an Australian footballer who plays for the Newcastle Jets
		conllu: `
1 Celeski Celeski PROPN NNP _ 5 nsubj _ _
2 is be AUX VBZ _ 5 cop _ _
3 an a DET DT _ 5 det _ _
4 Australian Australian ADJ JJ _ 5 amod _ _
5 footballer footballer NOUN NN _ 0 root _ _
6 who who PRON WP _ 7 nsubj _ _
7 plays play VERB VBZ _ 5 acl:relcl _ _
8 for for ADP IN _ 11 case _ _
9 the the DET DT _ 11 det _ _
10 Newcastle Newcastle PROPN NNP _ 11 compound _ _
11 Jets Jets PROPN NNPS _ 7 obl _ _`,
		want: []want{
			{subj: "Celeski", pred: "be", obj: "an Australian footballer", verb: "is"},
			{subj: "Celeski", pred: "play for", obj: "the Newcastle Jets"},
		},
	},
	{
		name: "relative clause with object gap",
		// Ukraine's leaders must make a decision that Russia opposes
		conllu: `
1 Ukraine Ukraine PROPN NNP _ 3 nmod:poss _ SpaceAfter=No
2 's 's PART POS _ 1 case _ _
3 leaders leader NOUN NNS _ 5 nsubj _ _
4 must must AUX MD _ 5 aux _ _
5 make make VERB VB _ 0 root _ _
6 a a DET DT _ 7 det _ _
7 decision decision NOUN NN _ 5 obj _ _
8 that that PRON WDT _ 10 obj _ _
9 Russia Russia PROPN NNP _ 10 nsubj _ _
10 opposes oppose VERB VBZ _ 7 acl:relcl _ _`,
		want: []want{
			{subj: "Russia", pred: "oppose", obj: "a decision"},
			{subj: "Ukraine's leaders", pred: "make", obj: "a decision", verb: "must make"},
		},
	},
	{
		name: "relative clause on a place",
		// They met in the city where the talks began
		conllu: `
1 They they PRON PRP _ 2 nsubj _ _
2 met meet VERB VBD _ 0 root _ _
3 in in ADP IN _ 5 case _ _
4 the the DET DT _ 5 det _ _
5 city city NOUN NN _ 2 obl _ _
6 where where ADV WRB _ 9 advmod _ _
7 the the DET DT _ 8 det _ _
8 talks talk NOUN NNS _ 9 nsubj _ _
9 began begin VERB VBD _ 5 acl:relcl _ _`,
		want: []want{
			{subj: "the talks", pred: "begin", obj: "-", adj: "in the city"},
			{subj: "They", pred: "meet in", obj: "the city"},
		},
	},
	{
		name: "light verb with nominal predicate",
		// Lavrov held talks with Kerry in Paris
		conllu: `
1 Lavrov Lavrov PROPN NNP _ 2 nsubj _ _
2 held hold VERB VBD _ 0 root _ _
3 talks talk NOUN NNS _ 2 obj _ _
4 with with ADP IN _ 5 case _ _
5 Kerry Kerry PROPN NNP _ 3 nmod _ _
6 in in ADP IN _ 7 case _ _
7 Paris Paris PROPN NNP _ 2 obl _ _`,
		want: []want{
			{subj: "Lavrov", pred: "hold talk with", obj: "Kerry", adj: "in Paris"},
		},
	},
	{
		name: "light verb with the prepositional phrase on the verb",
		// Russia imposed sanctions on the United States
		conllu: `
1 Russia Russia PROPN NNP _ 2 nsubj _ _
2 imposed impose VERB VBD _ 0 root _ _
3 sanctions sanction NOUN NNS _ 2 obj _ _
4 on on ADP IN _ 7 case _ _
5 the the DET DT _ 7 det _ _
6 United United PROPN NNP _ 7 compound _ _
7 States States PROPN NNPS _ 2 obl _ _`,
		want: []want{
			{subj: "Russia", pred: "impose sanction on", obj: "the United States"},
		},
	},
	{
		name: "quote with the reporting verb in parataxis",
		// "We are trying to find a way," Kerry said.
		conllu: `
1 " " PUNCT ` + "``" + ` _ 4 punct _ SpaceAfter=No
2 We we PRON PRP _ 4 nsubj _ _
3 are be AUX VBP _ 4 aux _ _
4 trying try VERB VBG _ 0 root _ _
5 to to PART TO _ 6 mark _ _
6 find find VERB VB _ 4 xcomp _ _
7 a a DET DT _ 8 det _ _
8 way way NOUN NN _ 6 obj _ SpaceAfter=No
9 , , PUNCT , _ 4 punct _ SpaceAfter=No
10 " " PUNCT '' _ 4 punct _ _
11 Kerry Kerry PROPN NNP _ 12 nsubj _ _
12 said say VERB VBD _ 4 parataxis _ SpaceAfter=No
13 . . PUNCT . _ 4 punct _ _`,
		want: []want{
			{subj: "We", pred: "try to find", obj: "a way", verb: "are trying to find", speaker: "Kerry", parent: "say"},
			{subj: "Kerry", pred: "say", obj: "We are trying to find a way"},
		},
	},
	{
		name: "coordinated objects",
		// Russia banned officials and diplomats
		conllu: `
1 Russia Russia PROPN NNP _ 2 nsubj _ _
2 banned ban VERB VBD _ 0 root _ _
3 officials official NOUN NNS _ 2 obj _ _
4 and and CCONJ CC _ 5 cc _ _
5 diplomats diplomat NOUN NNS _ 3 conj _ _`,
		want: []want{
			{subj: "Russia", pred: "ban", obj: "officials"},
			{subj: "Russia", pred: "ban", obj: "diplomats"},
		},
	},
}

func TestExtractPatterns(t *testing.T) {
	for _, tc := range patterns {
		t.Run(tc.name, func(t *testing.T) {
			d := loadConllu(t, tc.conllu)
			cs := Extract(d)
			for _, w := range tc.want {
				check(t, cs, w)
			}
			for _, w := range tc.absent {
				if find(cs, w) != nil {
					t.Errorf("clause %v produced, want none:%s", w, describe(cs))
				}
			}
		})
	}
}

func TestRoles(t *testing.T) {
	d := loadConllu(t, `
1 Colombian Colombian ADJ JJ _ 2 amod _ _
2 President President PROPN NNP _ 5 nsubj _ _
3 Virgilio Virgilio PROPN NNP _ 2 flat _ _
4 Barco Barco PROPN NNP _ 2 flat _ _
5 spoke speak VERB VBD _ 0 root _ _`)
	d.Mentions = []doc.Mention{{Sentence: 0, Start: 2, End: 4, Text: "Virgilio Barco", Type: schema.Person, Entity: "kg:Virgilio_Barco"}}
	d.Roles = []doc.Role{{Sentence: 0, Person: "kg:Virgilio_Barco", Title: "President", TitleStart: 1, TitleEnd: 2}}
	cs := Extract(d)
	c := find(cs, want{subj: "Virgilio Barco", pred: "be", obj: "President"})
	if c == nil {
		t.Fatalf("Extract: no (Virgilio Barco; be; President) in:%s", describe(cs))
	}
	if c.Subject.Entity != "kg:Virgilio_Barco" || c.Origin != OriginAppos {
		t.Errorf("role clause = %+v, want subject entity kg:Virgilio_Barco and origin appos", c)
	}
}

// A coordination inside one entity name is not split into subjects.
func TestConjunctionInsideName(t *testing.T) {
	src := `
1 the the DET DT _ 2 det _ _
2 Trade Trade PROPN NNP _ 6 nsubj _ _
3 and and CCONJ CC _ 4 cc _ _
4 Industry Industry PROPN NNP _ 2 conj _ _
5 Secretary Secretary PROPN NNP _ 4 flat _ _
6 spoke speak VERB VBD _ 0 root _ _`
	d := loadConllu(t, src)
	d.Mentions = []doc.Mention{{Sentence: 0, Start: 1, End: 4, Text: "Trade and Industry", Type: schema.Organization, Entity: "kg:Trade_and_Industry"}}
	cs := Extract(d)
	if c := find(cs, want{subj: "the Trade and Industry Secretary", pred: "speak"}); c == nil || c.JointSubject != nil {
		t.Errorf("Extract: want one (the Trade and Industry Secretary; speak) without joint subject, got:%s", describe(cs))
	}
	for _, w := range []want{{subj: "the Trade", pred: "speak"}, {subj: "Industry Secretary", pred: "speak"}} {
		if find(cs, w) != nil {
			t.Errorf("Extract: clause %v produced, want none:%s", w, describe(cs))
		}
	}
	// Without the mention the conjuncts are split, as for "Russia and Ukraine".
	d = loadConllu(t, src)
	if find(Extract(d), want{subj: "the Trade", pred: "speak"}) == nil {
		t.Errorf("Extract without mentions: want the conjunct split")
	}
}
