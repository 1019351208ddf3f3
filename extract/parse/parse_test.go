package parse

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/tag"
	"github.com/kgraph/kgraph/internal/modeltest"
	"github.com/kgraph/kgraph/internal/shared"
)

func load(tb testing.TB) (*tag.Tagger, *Parser) {
	tb.Helper()
	t, err := tag.Load()
	if err != nil {
		tb.Fatalf("tag.Load: %v", err)
	}
	p, err := Load()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return t, p
}

func sentence(text string) *doc.Sentence {
	s := &doc.Sentence{}
	for _, w := range strings.Fields(text) {
		s.Tokens = append(s.Tokens, doc.Token{Text: w})
	}
	return s
}

func TestParse(t *testing.T) {
	tg, p := load(t)
	tests := []struct {
		text string
		// want lists "dependent -dep-> head" arcs (head "ROOT" for the root)
		want []string
	}{
		{"Russia annexed Crimea .", []string{"Russia -nsubj-> annexed", "annexed -root-> ROOT", "Crimea -obj-> annexed", ". -punct-> annexed"}},
		{"Kerry met Lavrov in Paris on Sunday .", []string{"Kerry -nsubj-> met", "Lavrov -obj-> met", "Paris -obl-> met", "in -case-> Paris"}},
		{"The sanctions were imposed by the United States .", []string{"sanctions -nsubj:pass-> imposed", "were -aux:pass-> imposed", "States -obl:agent-> imposed"}},
		{"Lavrov said that Russia had not agreed to move troops .", []string{"said -root-> ROOT", "agreed -ccomp-> said", "Russia -nsubj-> agreed", "not -advmod-> agreed", "move -xcomp-> agreed", "troops -obj-> move"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			s := sentence(tt.text)
			tg.Tag(s)
			p.Parse(s)
			var got []string
			for _, tk := range s.Tokens {
				h := "ROOT"
				if tk.Head >= 0 {
					h = s.Tokens[tk.Head].Text
				}
				got = append(got, tk.Text+" -"+tk.Dep+"-> "+h)
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("Parse(%q) lacks %q; got %q", tt.text, w, got)
				}
			}
		})
	}
}

// checkTree fails unless s holds a tree with one root and known relations.
func checkTree(t *testing.T, p *Parser, s *doc.Sentence) {
	t.Helper()
	n := len(s.Tokens)
	roots := 0
	for i, tk := range s.Tokens {
		if tk.Head == -1 {
			roots++
			continue
		}
		if tk.Head < 0 || tk.Head >= n || tk.Head == i {
			t.Fatalf("token %d: head %d out of range", i, tk.Head)
		}
		if tk.Dep == "" || tk.Dep == "root" {
			t.Fatalf("token %d: relation %q for a non-root word", i, tk.Dep)
		}
	}
	if n > 0 && roots != 1 {
		t.Fatalf("%d roots, want 1", roots)
	}
	for i := range s.Tokens {
		steps := 0
		for j := i; j != -1; j = s.Tokens[j].Head {
			if steps++; steps > n {
				t.Fatalf("cycle through token %d", i)
			}
		}
	}
}

func TestParseEdgeCases(t *testing.T) {
	tg, p := load(t)
	long := strings.Repeat("the cat sat on the mat and ", 1429) // 10,003 tokens
	tests := []struct {
		name   string
		s      *doc.Sentence
		tagged bool
	}{
		{"empty", &doc.Sentence{}, true},
		{"one word", sentence("Yes"), true},
		{"untagged", sentence("Kerry met Lavrov ."), false},
		{"punctuation", sentence(", , . ; -- ''"), true},
		{"long", sentence(long), true},
		{"odd tags", &doc.Sentence{Tokens: []doc.Token{{Text: "x", UPOS: "???", XPOS: "\xff"}, {Norm: "\u201c", Text: "\""}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.tagged {
				tg.Tag(tt.s)
			}
			p.Parse(tt.s)
			checkTree(t, p, tt.s)
		})
	}
}

func TestEvalUD(t *testing.T) {
	tg, p := load(t)
	tests := []struct {
		path           []string
		upos, uas, las float64
	}{
		{[]string{"corpora", "ud-english-ewt", "en_ewt-ud-test.conllu"}, 96, 85.8, 83},
		{[]string{"corpora", "ud-english-pud", "en_pud-ud-test.conllu"}, 95.5, 82.6, 79.2},
	}
	for _, tt := range tests {
		t.Run(tt.path[len(tt.path)-1], func(t *testing.T) {
			f, err := os.Open(shared.Require(t, tt.path...))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sc, err := EvalUD(t.Context(), f, f.Name(), tg, p)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d sentences: UPOS %.2f UAS %.2f LAS %.2f (LAS without subtypes %.2f)", sc.Sentences, sc.UPOS, sc.UAS, sc.LAS, sc.LASBase)
			if sc.UPOS < tt.upos || sc.UAS < tt.uas || sc.LAS < tt.las {
				t.Errorf("UPOS %.2f UAS %.2f LAS %.2f, want >= %.1f, %.1f, %.1f", sc.UPOS, sc.UAS, sc.LAS, tt.upos, tt.uas, tt.las)
			}
		})
	}
}

func TestEvalUDErrors(t *testing.T) {
	tg, p := load(t)
	in := "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n\n1\tNo\n"
	_, err := EvalUD(t.Context(), strings.NewReader(in), "bad.conllu", tg, p)
	if err == nil || !strings.Contains(err.Error(), "bad.conllu:3:") {
		t.Errorf("EvalUD(bad) error = %v, want one naming bad.conllu:3", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("Russia annexed Crimea .", "PROPN VERB PROPN PUNCT")
	f.Add("", "")
	f.Add("a b c d e f g", "X X X X")
	f.Fuzz(func(t *testing.T, text, tags string) {
		_, p := load(t)
		s := sentence(text)
		ts := strings.Fields(tags)
		for i := range s.Tokens {
			if i < len(ts) {
				s.Tokens[i].UPOS, s.Tokens[i].XPOS = ts[i], ts[len(ts)-1-i]
			}
		}
		p.Parse(s)
		checkTree(t, p, s)
	})
}

func TestReadCorrupt(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"old format", []byte("kgparse1")},
		{"truncated", embedded[:len(embedded)/2]},
		{"truncated preamble", embedded[:40]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tt.in)); err == nil {
				t.Errorf("Read(%s) succeeded, want error", tt.name)
			}
		})
	}
}

// TestLoadInPlace checks that the embedded model's weights are used where
// they lie, not copied: loading then costs next to nothing.
func TestLoadInPlace(t *testing.T) { modeltest.InPlace(t, embedded, parseModel) }
