package event

import (
	"testing"

	"github.com/kgraph/kgraph/schema"
)

const published = "2014-03-30" // a Sunday

// want is one statement a sentence must give.
type want struct {
	subject, predicate, object string
	cameo                      string
	polarity                   schema.Polarity
	modality                   schema.Modality
	speaker, date              string
}

var sentences = []struct {
	name  string
	conll string
	want  []want
}{
	{"negated", `
1 Russia Russia PROPN NNP _ 4 nsubj _ _
2 had have AUX VBD _ 4 aux _ _
3 not not PART RB _ 4 advmod _ _
4 agreed agree VERB VBN _ 0 root _ _
5 to to PART TO _ 6 mark _ _
6 move move VERB VB _ 4 xcomp _ _
7 troops troop NOUN NNS _ 6 obj _ _
8 . . PUNCT . _ 4 punct _ _`,
		[]want{{"Russia", schema.RelAgree, "troops", "030", schema.Negated, schema.Fact, "", ""}}},
	{"intent", `
1 Russia Russia PROPN NNP _ 2 nsubj _ _
2 wants want VERB VBZ _ 0 root _ _
3 to to PART TO _ 4 mark _ _
4 support support VERB VB _ 2 xcomp _ _
5 Ukraine Ukraine PROPN NNP _ 4 obj _ _
6 . . PUNCT . _ 2 punct _ _`,
		[]want{{"Russia", schema.RelSupport, "Ukraine", "050", schema.Asserted, schema.Intent, "", ""}}},
	{"negated intent", `
1 Russia Russia PROPN NNP _ 2 nsubj _ _
2 had have VERB VBD _ 0 root _ _
3 no no DET DT _ 4 det _ _
4 intention intention NOUN NN _ 2 obj _ _
5 of of SCONJ IN _ 6 mark _ _
6 sending send VERB VBG _ 4 acl _ _
7 troops troop NOUN NNS _ 6 obj _ _
8 into into ADP IN _ 9 case _ _
9 Ukraine Ukraine PROPN NNP _ 6 obl _ _
10 . . PUNCT . _ 2 punct _ _`,
		[]want{{"Russia", schema.RelMobilize, "Ukraine", "154", schema.Negated, schema.Intent, "", ""}}},
	{"hedged", `
1 Russia Russia PROPN NNP _ 3 nsubj _ _
2 may may AUX MD _ 3 aux _ _
3 have have VERB VB _ 0 root _ _
4 40,000 40,000 NUM CD _ 5 nummod _ _
5 troops troop NOUN NNS _ 3 obj _ _
6 near near ADP IN _ 8 case _ _
7 the the DET DT _ 8 det _ _
8 border border NOUN NN _ 3 obl _ _
9 . . PUNCT . _ 3 punct _ _`,
		[]want{{"Russia", "have troop near", "the border", "", schema.Asserted, schema.Hedged, "", ""}}},
	{"hypothetical", `
1 More more ADJ JJR _ 2 amod _ _
2 sanctions sanction NOUN NNS _ 4 nsubj _ _
3 are be AUX VBP _ 4 cop _ _
4 possible possible ADJ JJ _ 0 root _ _
5 if if SCONJ IN _ 7 mark _ _
6 Russia Russia PROPN NNP _ 7 nsubj _ _
7 sends send VERB VBZ _ 4 advcl _ _
8 forces force NOUN NNS _ 7 obj _ _
9 . . PUNCT . _ 4 punct _ _`,
		[]want{
			{"More sanctions", "be", "possible", "", schema.Asserted, schema.Hypothetical, "", ""},
			{"Russia", "send", "forces", "", schema.Asserted, schema.Hypothetical, "", ""},
		}},
	{"demand", `
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
14 . . PUNCT . _ 2 punct _ _`,
		[]want{
			{"Lavrov", schema.RelAppeal, "Western powers", "020", schema.Asserted, schema.Fact, "", ""},
			{"Western powers", schema.RelSupport, "a proposal for a federal structure", "052", schema.Asserted, schema.Demand, "", ""},
			{"Lavrov", schema.RelPropose, "a federal structure", "020", schema.Asserted, schema.Fact, "", ""},
		}},
	{"future with date", `
1 Russia Russia PROPN NNP _ 3 nsubj _ _
2 will will AUX MD _ 3 aux _ _
3 meet meet VERB VB _ 0 root _ _
4 Ukraine Ukraine PROPN NNP _ 3 obj _ _
5 on on ADP IN _ 6 case _ _
6 Monday Monday PROPN NNP _ 3 obl _ _
7 . . PUNCT . _ 3 punct _ _`,
		[]want{{"Russia", schema.RelMeet, "Ukraine", "040", schema.Asserted, schema.Future, "", "2014-03-31"}}},
	{"going to", `
1 Russia Russia PROPN NNP _ 3 nsubj _ _
2 is be AUX VBZ _ 3 aux _ _
3 going go VERB VBG _ 0 root _ _
4 to to PART TO _ 5 mark _ _
5 send send VERB VB _ 3 xcomp _ _
6 troops troop NOUN NNS _ 5 obj _ _
7 . . PUNCT . _ 3 punct _ _`,
		[]want{{"Russia", schema.RelMobilize, "troops", "154", schema.Asserted, schema.Future, "", ""}}},
	{"light verb with date", `
1 Kerry Kerry PROPN NNP _ 2 nsubj _ _
2 held hold VERB VBD _ 0 root _ _
3 talks talk NOUN NNS _ 2 obj _ _
4 with with ADP IN _ 5 case _ _
5 Lavrov Lavrov PROPN NNP _ 3 nmod _ _
6 on on ADP IN _ 7 case _ _
7 Sunday Sunday PROPN NNP _ 2 obl _ _
8 . . PUNCT . _ 2 punct _ _`,
		[]want{{"Kerry", schema.RelConsult, "Lavrov", "046", schema.Asserted, schema.Fact, "", "2014-03-30"}}},
	{"impose sanctions on", `
1 The the DET DT _ 3 det _ _
2 United United PROPN NNP _ 3 compound _ _
3 States States PROPN NNP _ 4 nsubj _ _
4 imposed impose VERB VBD _ 0 root _ _
5 sanctions sanction NOUN NNS _ 4 obj _ _
6 on on ADP IN _ 7 case _ _
7 Russia Russia PROPN NNP _ 5 nmod _ _
8 . . PUNCT . _ 4 punct _ _`,
		[]want{{"The United States", schema.RelSanction, "Russia", "163", schema.Asserted, schema.Fact, "", ""}}},
	{"target with sanctions", `
1 The the DET DT _ 3 det _ _
2 United United PROPN NNP _ 3 compound _ _
3 States States PROPN NNP _ 4 nsubj _ _
4 targeted target VERB VBD _ 0 root _ _
5 members member NOUN NNS _ 4 obj _ _
6 of of ADP IN _ 10 case _ _
7 Putin Putin PROPN NNP _ 10 nmod:poss _ _
8 's 's PART POS _ 7 case _ _
9 inner inner ADJ JJ _ 10 amod _ _
10 circle circle NOUN NN _ 5 nmod _ _
11 with with ADP IN _ 12 case _ _
12 sanctions sanction NOUN NNS _ 4 obl _ _
13 . . PUNCT . _ 4 punct _ _`,
		[]want{{"The United States", schema.RelSanction, "members of Putin 's inner circle", "163", schema.Asserted, schema.Fact, "", ""}}},
	{"means noun inside the argument", `
1 Russia Russia PROPN NNP _ 2 nsubj _ _
2 targeted target VERB VBD _ 0 root _ _
3 Putin Putin PROPN NNP _ 2 obj _ _
4 with with ADP IN _ 6 case _ _
5 two two NUM CD _ 6 nummod _ _
6 rounds round NOUN NNS _ 2 obl _ _
7 of of ADP IN _ 8 case _ _
8 sanctions sanction NOUN NNS _ 6 nmod _ _
9 . . PUNCT . _ 2 punct _ _`,
		[]want{{"Russia", schema.RelSanction, "Putin", "163", schema.Asserted, schema.Fact, "", ""}}},
	{"no event without an actor target", `
1 Russia Russia PROPN NNP _ 2 nsubj _ _
2 found find VERB VBD _ 0 root _ _
3 a a DET DT _ 5 det _ _
4 diplomatic diplomatic ADJ JJ _ 5 amod _ _
5 solution solution NOUN NN _ 2 obj _ _
6 . . PUNCT . _ 2 punct _ _`,
		[]want{{"Russia", "find", "a diplomatic solution", "", schema.Asserted, schema.Fact, "", ""}}},
	{"phrase that is no event", `
1 Talks talk NOUN NNS _ 3 nsubj _ _
2 would would AUX MD _ 3 aux _ _
3 lead lead VERB VB _ 0 root _ _
4 to to ADP IN _ 5 case _ _
5 Russia Russia PROPN NNP _ 3 obl _ _
6 . . PUNCT . _ 3 punct _ _`,
		[]want{{"Talks", "lead to", "Russia", "", schema.Asserted, schema.Hypothetical, "", ""}}},
	{"phone call between", `
1 The the DET DT _ 2 det _ _
2 meeting meeting NOUN NN _ 3 nsubj _ _
3 follows follow VERB VBZ _ 0 root _ _
4 a a DET DT _ 6 det _ _
5 phone phone NOUN NN _ 6 compound _ _
6 call call NOUN NN _ 3 obj _ _
7 between between ADP IN _ 8 case _ _
8 Putin Putin PROPN NNP _ 6 nmod _ _
9 and and CCONJ CC _ 10 cc _ _
10 Obama Obama PROPN NNP _ 8 conj _ _
11 on on ADP IN _ 12 case _ _
12 Friday Friday PROPN NNP _ 6 nmod _ _
13 . . PUNCT . _ 3 punct _ _`,
		[]want{{"Putin", schema.RelConsult, "Obama", "040", schema.Asserted, schema.Fact, "", "2014-03-28"}}},
	{"phone call between titled people, misparsed", `
1 a a DET DT _ 3 det _ _
2 phone phone NOUN NN _ 3 compound _ _
3 call call NOUN NN _ 0 root _ _
4 between between ADP IN _ 6 case _ _
5 Russian Russian ADJ JJ _ 6 amod _ _
6 President President PROPN NNP _ 3 nmod _ _
7 Putin Putin PROPN NNP _ 11 compound _ _
8 and and CCONJ CC _ 9 cc _ _
9 U.S. U.S. PROPN NNP _ 7 conj _ _
10 President President PROPN NNP _ 9 flat _ _
11 Obama Obama PROPN NNP _ 6 list _ _
12 . . PUNCT . _ 3 punct _ _`,
		[]want{{"Putin", schema.RelConsult, "Obama", "040", schema.Asserted, schema.Fact, "", ""}}},
	{"verdict on the object", `
1 The the DET DT _ 3 det _ _
2 United United PROPN NNP _ 3 compound _ _
3 States States PROPN NNPS _ 4 nsubj _ _
4 called call VERB VBD _ 0 root _ _
5 the the DET DT _ 6 det _ _
6 referendum referendum NOUN NN _ 4 obj _ _
7 illegal illegal ADJ JJ _ 4 xcomp _ _
8 . . PUNCT . _ 4 punct _ _`,
		[]want{{"The United States", schema.RelCriticize, "the referendum", "111", schema.Asserted, schema.Fact, "", ""}}},
	{"a call without a verdict", `
1 Russia Russia PROPN NNP _ 2 nsubj _ _
2 called call VERB VBD _ 0 root _ _
3 the the DET DT _ 4 det _ _
4 meeting meeting NOUN NN _ 2 obj _ _
5 useful useful ADJ JJ _ 2 xcomp _ _
6 . . PUNCT . _ 2 punct _ _`,
		[]want{{"Russia", "call", "the meeting", "", schema.Asserted, schema.Fact, "", ""}}},
	{"a motion verb leaves the event to its complement", `
1 Kerry Kerry PROPN NNP _ 3 nsubj _ _
2 will will AUX MD _ 3 aux _ _
3 return return VERB VB _ 0 root _ _
4 to to ADP IN _ 5 case _ _
5 Washington Washington PROPN NNP _ 3 obl _ _
6 to to PART TO _ 7 mark _ _
7 consult consult VERB VB _ 3 xcomp _ _
8 with with ADP IN _ 9 case _ _
9 Obama Obama PROPN NNP _ 7 obl _ _
10 . . PUNCT . _ 3 punct _ _`,
		[]want{{"Kerry", schema.RelConsult, "Obama", "046", schema.Asserted, schema.Future, "", ""}}},
	{"phone call between, with between misparsed as a head", `
1 The the DET DT _ 2 det _ _
2 meeting meeting NOUN NN _ 3 nsubj _ _
3 follows follow VERB VBZ _ 0 root _ _
4 a a DET DT _ 6 det _ _
5 phone phone NOUN NN _ 6 compound _ _
6 call call NOUN NN _ 3 obj _ _
7 between between ADP IN _ 6 nmod _ _
8 Russian Russian ADJ JJ _ 7 xcomp _ _
9 Putin Putin PROPN NNP _ 8 obj _ _
10 and and CCONJ CC _ 11 cc _ _
11 Obama Obama PROPN NNP _ 9 obj _ _
12 on on ADP IN _ 13 case _ _
13 Friday Friday PROPN NNP _ 8 obl _ _
14 . . PUNCT . _ 3 punct _ _`,
		[]want{{"Putin", schema.RelConsult, "Obama", "040", schema.Asserted, schema.Fact, "", "2014-03-28"}}},
	{"annexation of", `
1 Moscow Moscow PROPN NNP _ 3 nmod:poss _ _
2 's 's PART POS _ 1 case _ _
3 annexation annexation NOUN NN _ 6 nsubj _ _
4 of of ADP IN _ 5 case _ _
5 Crimea Crimea PROPN NNP _ 3 nmod _ _
6 angered anger VERB VBD _ 0 root _ _
7 Kiev Kiev PROPN NNP _ 6 obj _ _
8 . . PUNCT . _ 6 punct _ _`,
		[]want{{"Moscow", schema.RelAnnex, "Crimea", "192", schema.Asserted, schema.Fact, "", ""}}},
	{"joint actors and speaker", `
1 Kerry Kerry PROPN NNP _ 2 nsubj _ _
2 said say VERB VBD _ 0 root _ _
3 Russia Russia PROPN NNP _ 8 nsubj _ _
4 and and CCONJ CC _ 7 cc _ _
5 the the DET DT _ 7 det _ _
6 United United PROPN NNP _ 7 compound _ _
7 States States PROPN NNP _ 3 conj _ _
8 agreed agree VERB VBD _ 2 ccomp _ _
9 to to PART TO _ 10 mark _ _
10 work work VERB VB _ 8 xcomp _ _
11 with with ADP IN _ 12 case _ _
12 Ukraine Ukraine PROPN NNP _ 10 obl _ _
13 . . PUNCT . _ 2 punct _ _`,
		[]want{
			{"Russia", schema.RelAgree, "Ukraine", "030", schema.Asserted, schema.Fact, "kg:John_Kerry", ""},
			{"the United States", schema.RelAgree, "Ukraine", "030", schema.Asserted, schema.Fact, "kg:John_Kerry", ""},
			{"Russia and the United States", schema.RelAgree, "Ukraine", "030", schema.Asserted, schema.Fact, "kg:John_Kerry", ""},
		}},
	{"reported by officials of a country: the country speaks", `
1 Two two NUM CD _ 3 nummod _ _
2 U.S. U.S. PROPN NNP _ 3 compound _ _
3 officials official NOUN NNS _ 4 nsubj _ _
4 said say VERB VBD _ 0 root _ _
5 Russia Russia PROPN NNP _ 6 nsubj _ _
6 massed mass VERB VBD _ 4 ccomp _ _
7 troops troop NOUN NNS _ 6 obj _ _
8 on on ADP IN _ 10 case _ _
9 the the DET DT _ 10 det _ _
10 border border NOUN NN _ 6 obl _ _
11 on on ADP IN _ 12 case _ _
12 Saturday Saturday PROPN NNP _ 6 obl _ _
13 . . PUNCT . _ 4 punct _ _`,
		[]want{
			{"Two U.S. officials", schema.RelSay, "", "010", schema.Asserted, schema.Fact, "", ""},
			{"Russia", schema.RelMobilize, "troops", "154", schema.Asserted, schema.Fact, "kg:country/USA", "2014-03-29"},
		}},
	{"according to", `
1 Russia Russia PROPN NNP _ 3 nsubj _ _
2 will will AUX MD _ 3 aux _ _
3 talk talk VERB VB _ 0 root _ _
4 with with ADP IN _ 5 case _ _
5 Ukraine Ukraine PROPN NNP _ 3 obl _ _
6 , , PUNCT , _ 9 punct _ _
7 according accord VERB VBG _ 9 case _ _
8 to to ADP IN _ 7 fixed _ _
9 ITAR-Tass ITAR-Tass PROPN NNP _ 3 obl _ _
10 . . PUNCT . _ 3 punct _ _`,
		[]want{{"Russia", schema.RelConsult, "Ukraine", "046", schema.Asserted, schema.Future, "kg:ITAR-Tass", ""}}},
}

func TestCode(t *testing.T) {
	for _, tt := range sentences {
		t.Run(tt.name, func(t *testing.T) {
			st := code(t, published, tt.conll)
			for _, w := range tt.want {
				var match *schema.Statement
				for _, s := range find(st, w.subject, w.predicate) {
					if w.object == "" || s.Object.Text == w.object {
						match = &s
						break
					}
				}
				if match == nil {
					t.Errorf("no statement (%s; %s; %s); got:%s", w.subject, w.predicate, w.object, dump(st))
					continue
				}
				s := match
				if s.CAMEO != w.cameo || s.Polarity != w.polarity || s.Modality != w.modality ||
					s.Speaker != w.speaker || s.EventDate != w.date {
					t.Errorf("(%s; %s; %s) = cameo %q %s/%s speaker %q date %q, want cameo %q %s/%s speaker %q date %q",
						w.subject, w.predicate, w.object, s.CAMEO, s.Polarity, s.Modality, s.Speaker, s.EventDate,
						w.cameo, w.polarity, w.modality, w.speaker, w.date)
				}
				asserted := w.polarity == schema.Asserted && w.modality == schema.Fact
				if s.IsAsserted() != asserted {
					t.Errorf("(%s; %s).IsAsserted() = %v, want %v", w.subject, w.predicate, s.IsAsserted(), asserted)
				}
				if s.Verb == "" || s.ID == "" {
					t.Errorf("(%s; %s): empty verb %q or ID %q", w.subject, w.predicate, s.Verb, s.ID)
				}
				if s.CAMEO != "" {
					info, ok := cameoCodes[s.CAMEO]
					if !ok || s.Goldstein != info.Goldstein || s.QuadClass != schema.QuadClassOf(s.CAMEO) {
						t.Errorf("(%s; %s): CAMEO %s Goldstein %v quad %d disagree with the table %+v",
							w.subject, w.predicate, s.CAMEO, s.Goldstein, s.QuadClass, info)
					}
				}
			}
		})
	}
}

// TestReciprocal: a coordinated subject of a symmetric event does it with
// each other conjunct, unless the event has an actor object of its own.
func TestReciprocal(t *testing.T) {
	tests := []struct {
		name     string
		conll    string
		want     [][3]string // subject, object, CAMEO root
		wantNone [][2]string // subject, object
	}{
		{"met, with a duration adjunct", `
1 Lavrov Lavrov PROPN NNP _ 4 nsubj _ _
2 and and CCONJ CC _ 3 cc _ _
3 Kerry Kerry PROPN NNP _ 1 conj _ _
4 met meet VERB VBD _ 0 root _ _
5 for for ADP IN _ 7 case _ _
6 four four NUM CD _ 7 nummod _ _
7 hours hour NOUN NNS _ 4 obl _ _
8 in in ADP IN _ 9 case _ _
9 Paris Paris PROPN NNP _ 4 obl _ _
10 . . PUNCT . _ 4 punct _ _`,
			[][3]string{{"Lavrov", "Kerry", "04"}, {"Kerry", "Lavrov", "04"}},
			[][2]string{{"Lavrov", "four hours"}, {"Lavrov", "Paris"}}},
		{"held talks", `
1 Russia Russia PROPN NNP _ 4 nsubj _ _
2 and and CCONJ CC _ 3 cc _ _
3 Ukraine Ukraine PROPN NNP _ 1 conj _ _
4 held hold VERB VBD _ 0 root _ _
5 talks talk NOUN NNS _ 4 obj _ _
6 . . PUNCT . _ 4 punct _ _`,
			[][3]string{{"Russia", "Ukraine", "04"}, {"Ukraine", "Russia", "04"}},
			nil},
		{"an actor object keeps the event one-way", `
1 Russia Russia PROPN NNP _ 5 nsubj _ _
2 and and CCONJ CC _ 4 cc _ _
3 the the DET DT _ 4 det _ _
4 United United PROPN NNP _ 1 conj _ _
5 agreed agree VERB VBD _ 0 root _ _
6 to to PART TO _ 7 mark _ _
7 work work VERB VB _ 5 xcomp _ _
8 with with ADP IN _ 9 case _ _
9 Ukraine Ukraine PROPN NNP _ 7 obl _ _
10 . . PUNCT . _ 5 punct _ _`,
			[][3]string{{"Russia", "Ukraine", "03"}},
			[][2]string{{"Russia", "the United"}, {"the United", "Russia"}}},
		{"not a symmetric event", `
1 Russia Russia PROPN NNP _ 4 nsubj _ _
2 and and CCONJ CC _ 3 cc _ _
3 Ukraine Ukraine PROPN NNP _ 1 conj _ _
4 protested protest VERB VBD _ 0 root _ _
5 . . PUNCT . _ 4 punct _ _`,
			nil,
			[][2]string{{"Russia", "Ukraine"}, {"Ukraine", "Russia"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := code(t, published, tt.conll)
			has := func(subj, obj string) *schema.Statement {
				for i := range st {
					if st[i].Subject.Text == subj && st[i].Object.Text == obj {
						return &st[i]
					}
				}
				return nil
			}
			for _, w := range tt.want {
				s := has(w[0], w[1])
				if s == nil {
					t.Errorf("no statement %s -> %s; got:%s", w[0], w[1], dump(st))
					continue
				}
				if len(s.CAMEO) < 2 || s.CAMEO[:2] != w[2] {
					t.Errorf("%s -> %s: CAMEO %q, want root %s", w[0], w[1], s.CAMEO, w[2])
				}
			}
			for _, w := range tt.wantNone {
				if s := has(w[0], w[1]); s != nil {
					t.Errorf("unwanted statement %s -> %s; got:%s", w[0], w[1], dump(st))
				}
			}
		})
	}
}
