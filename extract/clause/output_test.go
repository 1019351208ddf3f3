package clause

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/schema"
)

func TestStatements(t *testing.T) {
	d := loadConllu(t, patternText(t, "reported speech with coordinated subject and control verb")+"\n\n"+
		patternText(t, "verb coordination with negation and subject control"))
	d.Mentions = []doc.Mention{
		{Sentence: 0, Start: 0, End: 1, Text: "Kerry", Type: schema.Person, Entity: "kg:John_Kerry"},
		{Sentence: 0, Start: 2, End: 3, Text: "Russia", Type: schema.Country, Entity: "kg:country/RUS"},
		{Sentence: 1, Start: 0, End: 1, Text: "Russia", Type: schema.Country, Entity: "kg:country/RUS"},
	}
	d.Entities = map[string]*schema.Entity{
		"kg:John_Kerry":  {ID: "kg:John_Kerry", Name: "John Kerry", Type: schema.Person},
		"kg:country/RUS": {ID: "kg:country/RUS", Name: "Russia", Type: schema.Country},
	}
	cs := Extract(d)
	st := Statements(d, cs)
	tests := []struct {
		subj, pred, obj string
		entity          string
		speaker         string
		polarity        schema.Polarity
		sentence        int
	}{
		{"Russia", "agree to work with", "Ukraine", "kg:country/RUS", "kg:John_Kerry", schema.Asserted, 0},
		{"Russia", "agree to move", "Russian troops", "kg:country/RUS", "", schema.Negated, 1},
	}
	for _, tc := range tests {
		t.Run(tc.pred, func(t *testing.T) {
			var got *schema.Statement
			for i := range st {
				if st[i].Subject.Text == tc.subj && st[i].Predicate == tc.pred && st[i].Object.Text == tc.obj {
					got = &st[i]
				}
			}
			if got == nil {
				t.Fatalf("Statements: no (%s; %s; %s) in %+v", tc.subj, tc.pred, tc.obj, st)
			}
			if got.Subject.Entity != tc.entity || got.Subject.Name != "Russia" || got.Subject.Type != schema.Country {
				t.Errorf("subject = %+v, want entity %s named Russia", got.Subject, tc.entity)
			}
			if got.Speaker != tc.speaker {
				t.Errorf("speaker = %q, want %q", got.Speaker, tc.speaker)
			}
			if got.Polarity != tc.polarity {
				t.Errorf("polarity = %q, want %q", got.Polarity, tc.polarity)
			}
			if got.SentenceIndex != tc.sentence || got.Doc != "test" || got.ID == "" || got.Modality != schema.Fact {
				t.Errorf("provenance = %d %q %q %q", got.SentenceIndex, got.Doc, got.ID, got.Modality)
			}
			sn := d.Sentences[tc.sentence]
			if got.SentenceText != d.Text[sn.Start:sn.End] || !strings.HasPrefix(got.SentenceText, tc.subj) && tc.sentence == 1 {
				t.Errorf("sentence text = %q", got.SentenceText)
			}
			if txt := d.Text[got.Object.Span.Start:got.Object.Span.End]; txt != tc.obj {
				t.Errorf("object span gives %q, want %q", txt, tc.obj)
			}
		})
	}
}

func TestWriteCarb(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string // relation<TAB>args... that must appear
	}{
		{"object control with a prepositional object", []string{"called on\tLavrov\tWestern powers", "to back\tWestern powers\ta proposal for a federal structure in Ukraine"}},
		{"open complement with coordinated verbs and a particle", []string{"voted to break away from\tCrimeans\tUkraine\tMarch 16", "voted to join\tCrimeans\tRussia\tMarch 16"}},
		{"passive with agent and phrasal verb", []string{"were pulled back by\tThe troops\tMoscow"}},
		{"passive without agent", []string{"was not discussed with\tThe subject\tLavrov"}},
		{"apposition", []string{"is\tDianne Feinstein\tchairwoman of the Senate Intelligence Committee"}},
		{"light verb with nominal predicate", []string{"held talks with\tLavrov\tKerry\tin Paris"}},
		{"light verb with the prepositional phrase on the verb", []string{"imposed sanctions on\tRussia\tthe United States"}},
	}
	for _, tc := range tests {
		t.Run(tc.pattern, func(t *testing.T) {
			d := loadConllu(t, patternText(t, tc.pattern))
			var buf bytes.Buffer
			if err := WriteCarb(&buf, d, Extract(d)); err != nil {
				t.Fatalf("WriteCarb: %v", err)
			}
			lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
			for _, l := range lines {
				f := strings.Split(l, "\t")
				if len(f) < 5 || f[0] != strings.TrimSpace(d.Text) {
					t.Errorf("line %q: want sentence, confidence, relation and 2 args", l)
				}
			}
			for _, w := range tc.want {
				found := false
				for _, l := range lines {
					f := strings.SplitN(l, "\t", 3)
					found = found || len(f) == 3 && f[2] == w
				}
				if !found {
					t.Errorf("WriteCarb: no %q in\n%s", w, buf.String())
				}
			}
		})
	}
}

func patternText(t *testing.T, name string) string {
	t.Helper()
	for _, p := range patterns {
		if p.name == name {
			return p.conllu
		}
	}
	t.Fatalf("no pattern %q", name)
	return ""
}
