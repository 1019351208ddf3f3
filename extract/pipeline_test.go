package extract

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/schema"
)

var update = flag.Bool("update", false, "update .golden files")

func newPipeline(t testing.TB, opts ...Option) *Pipeline {
	t.Helper()
	p, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// goldenLines renders statements one per line, sorted, in a form that reads
// well in a diff.
func goldenLines(st []schema.Statement) []byte {
	var lines []string
	for _, s := range st {
		subj := cmpOr(s.Subject.Name, s.Subject.Text)
		obj := cmpOr(s.Object.Name, s.Object.Text)
		lines = append(lines, fmt.Sprintf("%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s", s.SentenceIndex, subj, s.Predicate, obj, s.Polarity, s.Modality, s.Verb, s.CAMEO))
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	return []byte(strings.Join(lines, "\n") + "\n")
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// TestGolden extracts the example articles in testdata and compares the
// statements with the reviewed golden files: any change in what kgraph reads
// from them shows up as a diff (go test ./extract -run Golden -update).
func TestGolden(t *testing.T) {
	p := newPipeline(t)
	inputs, _ := filepath.Glob("testdata/*.txt")
	inputs = append(inputs, "../examples/kerry-lavrov-paris-2014-03-30.txt")
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			ex, err := p.Document(t.Context(), schema.Document{ID: name, Text: string(text)})
			if err != nil {
				t.Fatal(err)
			}
			got := goldenLines(ex.Statements)
			golden := filepath.Join("testdata", name+".golden.tsv")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("statements of %s differ from %s (go test ./extract -run Golden -update, then review the diff):\n%s", in, golden, diffLines(want, got))
			}
			// Deterministic: a second run gives the same statements.
			again, err := p.Document(t.Context(), schema.Document{ID: name, Text: string(text)})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(goldenLines(again.Statements), got) {
				t.Errorf("second extraction of %s differs from the first", in)
			}
		})
	}
}

func diffLines(want, got []byte) string {
	w := strings.Split(string(want), "\n")
	g := strings.Split(string(got), "\n")
	var b strings.Builder
	for _, l := range w {
		if !slices.Contains(g, l) {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	for _, l := range g {
		if !slices.Contains(w, l) {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	return b.String()
}

// TestExampleFacts checks the headline facts of the example directly, so that
// a golden update cannot quietly lose them.
func TestExampleFacts(t *testing.T) {
	text, err := os.ReadFile("../examples/kerry-lavrov-paris-2014-03-30.txt")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := newPipeline(t).Document(t.Context(), schema.Document{ID: "kerry-lavrov-paris-2014-03-30", Text: string(text)})
	if err != nil {
		t.Fatal(err)
	}
	has := func(subj, pred, objWord string, asserted bool) bool {
		for _, s := range ex.Statements {
			if s.Subject.Name == subj && s.Predicate == pred && s.IsAsserted() == asserted &&
				strings.Contains(strings.ToLower(s.Object.Name+" "+s.Object.Text), objWord) {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		subj, pred, obj string
		asserted        bool
	}{
		{"Sergey Lavrov", "propose", "federal", true},
		{"United States", "sanction", "inner circle", true},
		{"European Union", "sanction", "inner circle", true},
		{"Russia", "annex", "crimea", true},
		{"John Kerry", schema.HoldRole, "secretary of state", true},
	} {
		if !has(tc.subj, tc.pred, tc.obj, tc.asserted) {
			t.Errorf("no statement %s — %s — %q (asserted %v)", tc.subj, tc.pred, tc.obj, tc.asserted)
		}
	}
	for _, s := range ex.Statements {
		if s.Subject.Name == "Russia" && strings.Contains(s.Verb, "not agreed to move") && s.IsAsserted() {
			t.Errorf("negated fact stored as asserted: %s — %s — %s", s.Subject.Name, s.Verb, s.Object.Text)
		}
		if s.ID == "" || s.Doc == "" || s.SentenceText == "" || s.SentenceSpan.End <= s.SentenceSpan.Start {
			t.Errorf("statement without provenance: %+v", s)
		}
		if got := string(text[s.SentenceSpan.Start:s.SentenceSpan.End]); got != s.SentenceText {
			t.Errorf("span %v of %q holds %q", s.SentenceSpan, s.SentenceText, got)
		}
	}
}

// TestRunOrder runs many documents through several workers: results come
// out in input order.
func TestRunOrder(t *testing.T) {
	p := newPipeline(t, WithWorkers(4))
	var docs []schema.Document
	for i := range 40 {
		docs = append(docs, schema.Document{ID: fmt.Sprintf("d%02d", i), Text: fmt.Sprintf("Russia sanctioned %d officials. NATO criticized Russia.", i)})
	}
	var got []string
	src := func(yield func(schema.Document) error) error {
		for _, d := range docs {
			if err := yield(d); err != nil {
				return err
			}
		}
		return nil
	}
	err := p.Run(t.Context(), src, func(ex schema.Extraction) error {
		got = append(got, ex.Document.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range got {
		if id != docs[i].ID {
			t.Fatalf("Run output %d is %s, want %s (order %v)", i, id, docs[i].ID, got)
		}
	}
	if len(got) != len(docs) {
		t.Fatalf("Run gave %d results, want %d", len(got), len(docs))
	}
}

// TestRunStopsOnSinkError: an error from the sink ends the run with that error.
func TestRunStopsOnSinkError(t *testing.T) {
	p := newPipeline(t, WithWorkers(2))
	stop := fmt.Errorf("sink full")
	n := 0
	src := func(yield func(schema.Document) error) error {
		for i := range 100 {
			if err := yield(schema.Document{ID: fmt.Sprint(i), Text: "Russia annexed Crimea."}); err != nil {
				return err
			}
		}
		return nil
	}
	err := p.Run(context.Background(), src, func(schema.Extraction) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if err != stop {
		t.Fatalf("Run = %v, want the sink's error", err)
	}
}

func TestAssembleArguments(t *testing.T) {
	p := newPipeline(t)
	ex, err := p.Document(t.Context(), schema.Document{ID: "q", Text: `"I will consult with President Obama," Kerry said. It was a proposal.`})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ex.Statements {
		for _, a := range []schema.Arg{s.Subject, s.Object} {
			if lexicon.BarePronouns.Has(strings.ToLower(a.Text)) && a.Entity == "" {
				t.Errorf("statement keeps unresolved pronoun %q: %+v", a.Text, s)
			}
			if strings.HasPrefix(a.Entity, schema.Prefix+"concept/") && a.Name != conceptName(a.Text) {
				t.Errorf("concept %q named %q", a.Text, a.Name)
			}
		}
	}
}

func TestConceptName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a federal structure", "federal structure"},
		{`a "federal" structure in Ukraine`, "federal structure in Ukraine"},
		{"its commitment", "commitment"},
		{"the", "the"},
		{"The United Nations", "United Nations"},
	} {
		if got := conceptName(tc.in); got != tc.want {
			t.Errorf("conceptName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
