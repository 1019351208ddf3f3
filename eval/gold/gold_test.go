package gold

import (
	"os"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/internal/shared"
	"github.com/kgraph/kgraph/schema"
)

func TestReadSharedGold(t *testing.T) {
	p := shared.Example(t, "kerry-lavrov-paris-2014-03-30.tsv")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	file, err := Read(f, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(file.Facts) != 31 || file.Exhaustive {
		t.Fatalf("Read: %d facts, exhaustive %v, want 31, false", len(file.Facts), file.Exhaustive)
	}
	neg := 0
	for _, f := range file.Facts {
		if f.Polarity == Refused {
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
	file, err := Read(strings.NewReader(
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
			r := Score(file, tc.st, text)
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
		{"pay", "paid", true}, {"fly", "flew", true}, {"write", "written", true},
		{"control", "controlled", true}, {"travel", "travelling", true}, {"commit", "committed", true},
		{"deny", "denied", true}, {"try", "tries", true}, {"play", "plaied", false},
		{"agree", "disagreed", false}, {"move", "movement", false}, {"back", "background", false},
		{"show", "showwed", false}, {"control", "controlnned", false},
	} {
		if got := sameLemma(tc.lemma, tc.form); got != tc.want {
			t.Errorf("sameLemma(%q, %q) = %v, want %v", tc.lemma, tc.form, got, tc.want)
		}
	}
}

func TestReadMarkers(t *testing.T) {
	file, err := Read(strings.NewReader("# Gold facts for a.txt\n# exhaustive: actor relations and roles\n"+
		"subject\tpredicate\tobject\tpolarity\tkind\n"+
		"Iran\tretaliate against\tUnited States\t~\trelation\n"), "g.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !file.Exhaustive || len(file.Facts) != 1 || file.Facts[0].Polarity != Unasserted {
		t.Errorf("Read = exhaustive %v, facts %+v; want exhaustive, one ~ fact", file.Exhaustive, file.Facts)
	}
}

const text2 = "Iran vowed to retaliate against the United States. Kerry met Lavrov. Kerry met Hale."

func actorStmt(subj string, st schema.EntityType, pred, obj string, ot schema.EntityType, m schema.Modality, sentStart, sentEnd int) schema.Statement {
	return schema.Statement{
		Subject: schema.Arg{Text: subj, Name: subj, Entity: "kg:" + subj, Type: st}, Predicate: pred, Verb: pred,
		Object: schema.Arg{Text: obj, Name: obj, Entity: "kg:" + obj, Type: ot}, Polarity: schema.Asserted, Modality: m,
		Kind: schema.KindRelation, SentenceText: text2[sentStart:sentEnd], SentenceSpan: schema.Span{Start: sentStart, End: sentEnd},
	}
}

// TestScoreGuidelines checks the rules of GUIDELINES.md "How a file is
// scored": "~" facts, symmetric relations and the precision of actor edges.
func TestScoreGuidelines(t *testing.T) {
	file, err := Read(strings.NewReader("# exhaustive: actor relations and roles\n"+
		"Iran\tretaliate against\tUnited States\t~\trelation\n"+
		"Sergey Lavrov|Lavrov\tmeet\tJohn Kerry|Kerry\t+\trelation\n"), "g.tsv")
	if err != nil {
		t.Fatal(err)
	}
	intent := actorStmt("Iran", schema.Country, "retaliate against", "United States", schema.Country, schema.Intent, 0, 50)
	future := actorStmt("Iran", schema.Country, "retaliate against", "United States", schema.Country, schema.Future, 0, 50)
	asserted := actorStmt("Iran", schema.Country, "retaliate against", "United States", schema.Country, schema.Fact, 0, 50)
	met := actorStmt("John Kerry", schema.Person, "meet", "Lavrov", schema.Person, schema.Fact, 51, 68)
	metTwice := met
	wrong := actorStmt("John Kerry", schema.Person, "meet", "Hale", schema.Person, schema.Fact, 69, len(text2))
	concept := actorStmt("John Kerry", schema.Person, "meet", "talks", schema.Concept, schema.Fact, 69, len(text2))
	for _, tc := range []struct {
		name                          string
		st                            []schema.Statement
		matched, contra, edges, right int
	}{
		{"an intent finds a ~ fact", []schema.Statement{intent}, 1, 0, 0, 0},
		{"a future is not an asserted edge", []schema.Statement{future}, 1, 0, 0, 0},
		{"an asserted edge contradicts a ~ fact", []schema.Statement{asserted}, 0, 1, 1, 0},
		{"a symmetric relation matches either way", []schema.Statement{met}, 1, 0, 1, 1},
		{"one edge drawn twice counts once", []schema.Statement{met, metTwice}, 1, 0, 1, 1},
		{"a wrong actor edge counts against precision", []schema.Statement{met, wrong}, 1, 0, 2, 1},
		{"a concept object is no actor edge", []schema.Statement{concept}, 0, 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(file, tc.st, text2)
			if r.Matched != tc.matched || r.Contradicted != tc.contra || len(r.Edges) != tc.edges || r.Right() != tc.right {
				t.Errorf("Score = matched %d contradicted %d edges %d right %d, want %d %d %d %d",
					r.Matched, r.Contradicted, len(r.Edges), r.Right(), tc.matched, tc.contra, tc.edges, tc.right)
			}
		})
	}
}

func TestWordsDropPossessive(t *testing.T) {
	if got := words("Democrat John Kerry's campaign"); strings.Join(got, " ") != "democrat john kerry campaign" {
		t.Errorf("words = %q, want the possessive dropped", got)
	}
	if got := words("U.S. officials"); strings.Join(got, " ") != "u.s officials" {
		t.Errorf("words = %q", got)
	}
}
