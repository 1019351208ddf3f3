package gold

import (
	"os"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/internal/shared"
	"github.com/kgraph/kgraph/schema"
)

func TestReadSharedGold(t *testing.T) {
	p := shared.Require(t, "gold", "kerry-lavrov-paris-2014-03-30.tsv")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	facts, err := Read(f, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(facts) != 31 {
		t.Fatalf("Read: %d facts, want 31", len(facts))
	}
	neg := 0
	for _, f := range facts {
		if f.Negated {
			neg++
		}
	}
	if neg != 2 {
		t.Errorf("negated facts = %d, want 2", neg)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"subject\tpredicate\tobject\tpolarity\tkind\nA\tb\tc\t+\n", "g.tsv:2: want 5"},
		{"A\tb\tc\t?\trelation\n", "g.tsv:1: polarity"},
		{"A\tb\tc\t+\tother\n", "g.tsv:1: kind"},
		{"# only comments\n", "no gold facts"},
	} {
		_, err := Read(strings.NewReader(tc.in), "g.tsv")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Read(%q) error = %v, want %q", tc.in, err, tc.want)
		}
	}
}

const text = "Lavrov called on Western powers to back a proposal for a federal structure. Russia had not agreed to move Russian troops."

func stmt(subj, pred, verb, obj string, pol schema.Polarity, sentStart, sentEnd int) schema.Statement {
	return schema.Statement{
		Subject: schema.Arg{Text: subj, Name: subj}, Predicate: pred, Verb: verb,
		Object: schema.Arg{Text: obj}, Polarity: pol, Modality: schema.Fact, Kind: schema.KindRelation,
		SentenceText: text[sentStart:sentEnd], SentenceSpan: schema.Span{Start: sentStart, End: sentEnd},
	}
}

func TestScore(t *testing.T) {
	facts, err := Read(strings.NewReader(
		"Sergey Lavrov\tpropose|call for|back\tfederal structure\t+\trelation\n"+
			"Russia\tagree to move|move\ttroops\t-\trelation\n"+
			"Sergey Lavrov\tcall on|appeal to\tWestern powers|West\t+\trelation\n"), "g.tsv")
	if err != nil {
		t.Fatal(err)
	}
	s1 := stmt("Sergey Lavrov", "propose", "back", "a proposal for a federal structure", schema.Asserted, 0, 75)
	s2 := stmt("Russia", "agree to move", "had not agreed to move", "Russian troops", schema.Negated, 76, len(text))
	s3 := stmt("Sergey Lavrov", "appeal", "called on", "Western powers", schema.Asserted, 0, 75)
	bad := stmt("Russia", "move", "move", "Russian troops", schema.Asserted, 76, len(text))
	wrongSpan := stmt("Sergey Lavrov", "appeal", "called on", "Western powers", schema.Asserted, 0, 75)
	wrongSpan.SentenceSpan = schema.Span{Start: 76, End: len(text)}

	for _, tc := range []struct {
		name            string
		st              []schema.Statement
		matched, contra int
	}{
		{"all", []schema.Statement{s1, s2, s3}, 3, 0},
		{"none", nil, 0, 0},
		{"contradiction", []schema.Statement{s1, s2, bad}, 2, 1},
		{"provenance must point at the sentence", []schema.Statement{wrongSpan}, 0, 0},
		{"negated fact needs a negated statement", []schema.Statement{bad}, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(facts, tc.st, text)
			if r.Matched != tc.matched || r.Contradicted != tc.contra {
				t.Errorf("Score = matched %d contradicted %d, want %d %d", r.Matched, r.Contradicted, tc.matched, tc.contra)
			}
		})
	}
}

func TestSameLemma(t *testing.T) {
	for _, tc := range []struct {
		lemma, form string
		want        bool
	}{
		{"agree", "agreed", true}, {"move", "move", true}, {"target", "targeted", true},
		{"ban", "banning", true}, {"hold", "held", true}, {"call", "calls", true},
		{"agree", "disagreed", false}, {"move", "movement", false}, {"back", "background", false},
	} {
		if got := sameLemma(tc.lemma, tc.form); got != tc.want {
			t.Errorf("sameLemma(%q, %q) = %v, want %v", tc.lemma, tc.form, got, tc.want)
		}
	}
}
