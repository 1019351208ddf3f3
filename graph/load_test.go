package graph

import (
	"bufio"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

func TestLoadFileErrors(t *testing.T) {
	good := `<kg:a> <kg:b> <kg:c> .` + "\n"
	tests := []struct {
		name, file, input, want string
	}{
		{"NQuadsSyntax", "x.nq", good + "# comment\n\n<kg:a> <kg:b> \"unterminated .\n", "x.nq:4:15: unterminated literal"},
		{"NQuadsIncomplete", "x.nq", good + "<kg:a> <kg:b> .\n", "x.nq:2:15: missing object"},
		{"JSONLSyntax", "s.jsonl", "{\"id\":\"1\",\"subject\":{\"text\":\"A\"},\"predicate\":\"p\",\"object\":{\"text\":\"B\"},\"doc\":\"d\"}\n{not json}\n", "s.jsonl:2: invalid statement"},
		{"JSONLUnknownField", "s.jsonl", "{\"id\":\"1\",\"subjekt\":{}}\n", "s.jsonl:1: invalid statement"},
		{"JSONLNoPredicate", "s.jsonl", "{\"id\":\"1\",\"subject\":{\"text\":\"A\"},\"object\":{\"text\":\"B\"},\"doc\":\"d\"}\n", "s.jsonl:1: statement 1 has no predicate"},
		{"JSONLNoDoc", "s.jsonl", "{\"id\":\"1\",\"subject\":{\"text\":\"A\"},\"predicate\":\"p\",\"object\":{\"text\":\"B\"}}\n", "s.jsonl:1: statement 1 has no document"},
		{"JSONLBadEntity", "s.jsonl", "{\"id\":\"1\",\"subject\":{\"text\":\"A\",\"entity\":\"kg:A B\"},\"predicate\":\"p\",\"object\":{\"text\":\"B\"},\"doc\":\"d\"}\n", "s.jsonl:1: statement 1: subject entity"},
		{"Unknown", "stdin", "hello world\n", "stdin: unknown input format"},
		// lines longer than the reader's buffer keep their numbers
		{"AfterLongLine", "x.nq", good + longQuad + "\n<kg:a> <kg:b> .\n", "x.nq:3:15: missing object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t, "mem:")
			_, err := s.LoadFile(context.Background(), strings.NewReader(tt.input), tt.file)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("LoadFile = %v, want an error starting %q", err, tt.want)
			}
			if q := allQuads(t, s); len(q) != 0 {
				t.Errorf("a failed load wrote %d quads: %q", len(q), first(q, 3))
			}
		})
	}
}

// longQuad is a quad whose literal is longer than LoadFile's read buffer.
var longQuad = `<kg:a> <kg:text> "` + strings.Repeat("word ", 40000) + `" .`

func TestLoadLongLine(t *testing.T) {
	s := mustOpen(t, "mem:")
	input := longQuad + "\n" + `<kg:a> <kg:b> <kg:c> .`
	st, err := s.LoadFile(context.Background(), strings.NewReader(input), "stdin")
	if err != nil || st.Quads != 2 {
		t.Fatalf("LoadFile = %+v, %v; want 2 quads", st, err)
	}
	got := allQuads(t, s)
	if !slices.Contains(got, longQuad) {
		t.Errorf("the long quad did not come back whole")
	}
}

// TestLoadFreeQuadsInBatches checks that quads of no kgraph document are
// written in several transactions, not one, and all of them.
func TestLoadFreeQuadsInBatches(t *testing.T) {
	var b strings.Builder
	n := 2*freeChunk + 5
	for i := range n {
		fmt.Fprintf(&b, "<kg:n%d> <kg:p> \"%d\" .\n", i, i)
	}
	docs := readDocs(t, b.String(), "x.nq")
	if len(docs) != 3 {
		t.Errorf("%d quads in %d groups, want 3", n, len(docs))
	}
	s := mustOpen(t, "mem:")
	st, err := s.LoadFile(context.Background(), strings.NewReader(b.String()), "x.nq")
	if err != nil || st.Quads != n {
		t.Errorf("LoadFile = %+v, %v; want %d quads", st, err, n)
	}
}

// readDocs checks an input and returns the documents LoadFile would write.
func readDocs(t *testing.T, input, name string) []docQuads {
	t.Helper()
	f, err := sniffFormat(name, bufio.NewReader(strings.NewReader(input)))
	if err != nil {
		t.Fatal(err)
	}
	read, err := f.check(bufio.NewReader(strings.NewReader(input)), name)
	if err != nil {
		t.Fatal(err)
	}
	var docs []docQuads
	err = read(bufio.NewReader(strings.NewReader(input)), name, func(d docQuads) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestLoadSniff(t *testing.T) {
	jl := `{"id":"1","subject":{"text":"A"},"predicate":"p","object":{"text":"B"},"doc":"d"}` + "\n"
	nq := `<kg:a> <kg:b> <kg:c> .` + "\n"
	for _, tt := range []struct{ name, input string }{{"stdin", jl}, {"stdin", nq}, {"x.jsonl", jl}, {"x.nq", nq}} {
		s := mustOpen(t, "mem:")
		st, err := s.LoadFile(context.Background(), strings.NewReader(tt.input), tt.name)
		if err != nil || st.Quads == 0 {
			t.Errorf("LoadFile(%s, %.10q) = %+v, %v", tt.name, tt.input, st, err)
		}
	}
}

// TestLoadJSONLDocumentWord loads JSON Lines whose statements hold the
// string "document" as a value, and a document line whose keys come in
// another order than kgraph writes them: only the objects with a
// "document" key are document lines.
func TestLoadJSONLDocumentWord(t *testing.T) {
	in := `{"entities":[],"document":{"id":"d","hash":"h"}}
{"id":"1","subject":{"text":"A"},"predicate":"sign","object":{"text":"the document","name":"document"},"doc":"d"}
{"id":"2","subject":{"text":"\"document\""},"predicate":"p","object":{"text":"document"},"doc":"d"}
`
	s := mustOpen(t, "mem:")
	st, err := s.LoadFile(context.Background(), strings.NewReader(in), "in.jsonl")
	if err != nil || st.Documents != 1 {
		t.Fatalf("LoadFile = %+v, %v; want 1 document", st, err)
	}
	sts, err := s.Statements(context.Background())
	if err != nil || len(sts) != 2 {
		t.Errorf("Statements = %d, %v; want 2", len(sts), err)
	}
}

func TestLoadValidation(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*schema.Extraction)
		want string
	}{
		{"NoDocID", func(e *schema.Extraction) { e.Document.ID = "" }, "extraction 2: document without id"},
		{"WrongDoc", func(e *schema.Extraction) { e.Statements[0].Doc = "other" }, "belongs to document"},
		{"EmptyArg", func(e *schema.Extraction) { e.Statements[1].Object = schema.Arg{} }, "object has neither text nor entity"},
		{"BadEntity", func(e *schema.Extraction) { e.Entities[0].ID = "kg:has space" }, "not a valid IRI"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t, "mem:")
			b := articleB()
			tt.mod(&b)
			_, err := s.Load(context.Background(), []schema.Extraction{articleA(), b})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load = %v, want an error with %q", err, tt.want)
			}
			if q := allQuads(t, s); len(q) != 0 {
				t.Errorf("an invalid load wrote %d quads (article A too)", len(q))
			}
		})
	}
}

func TestSubgraph(t *testing.T) {
	s := mustOpen(t, "mem:")
	load(t, s, articleA(), articleB())
	nodeIDs := func(g *schema.Graph) []string {
		var out []string
		for _, n := range g.Nodes {
			out = append(out, n.ID)
		}
		return out
	}
	tests := []struct {
		name  string
		opts  SubgraphOptions
		nodes []string
		edges int
	}{
		{"Alias", SubgraphOptions{Focus: "lavrov", Depth: 1}, []string{"kg:John_Kerry", "kg:Sergey_Lavrov", "kg:concept/federal_structure"}, 2},
		{"Depth2", SubgraphOptions{Focus: "Sergey Lavrov", Depth: 2}, []string{"kg:John_Kerry", "kg:Sergey_Lavrov", "kg:concept/federal_structure", "kg:role/Secretary_of_State"}, 3},
		{"IRI", SubgraphOptions{Focus: "<kg:Sergey_Lavrov>", Depth: 0}, []string{"kg:Sergey_Lavrov"}, 0},
		{"Relation", SubgraphOptions{Focus: "kg:Sergey_Lavrov", Depth: 3, Relations: []string{"meet"}}, []string{"kg:John_Kerry", "kg:Sergey_Lavrov"}, 1},
		{"Whole", SubgraphOptions{Relations: []string{"sanction"}}, []string{"kg:European_Union", "kg:concept/Putin_s_inner_circle", "kg:country/USA"}, 2},
		{"In", SubgraphOptions{Focus: "Putin's inner circle", Depth: 1}, []string{"kg:European_Union", "kg:concept/Putin_s_inner_circle", "kg:country/USA"}, 2},
		// Hypothetical "might retaliate" is no edge; Obama criticized Moscow.
		{"Russia", SubgraphOptions{Focus: "russian federation", Depth: 1}, []string{"kg:Barack_Obama", "kg:country/RUS"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := s.Subgraph(context.Background(), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := nodeIDs(g); !slices.Equal(got, tt.nodes) || len(g.Edges) != tt.edges {
				t.Errorf("Subgraph(%+v) = %q with %d edges, want %q with %d", tt.opts, got, len(g.Edges), tt.nodes, tt.edges)
			}
		})
	}
	t.Run("Entities", func(t *testing.T) {
		g, err := s.Subgraph(context.Background(), SubgraphOptions{Focus: "Obama", Depth: 0})
		if err != nil {
			t.Fatal(err)
		}
		// Obama has no canonical name in the input: his text is an alias
		// and serves as the label.
		want := schema.Entity{ID: "kg:Barack_Obama", Name: "Obama", Type: schema.Misc, Aliases: []string{"Obama"}}
		if len(g.Nodes) != 1 || g.Nodes[0].Name != want.Name || g.Nodes[0].Type != want.Type {
			t.Errorf("Obama node = %+v, want %+v", g.Nodes, want)
		}
		g, _ = s.Subgraph(context.Background(), SubgraphOptions{Focus: "EU"})
		if n := g.Nodes[0]; n.Name != "European Union" || n.Type != schema.Organization || n.Subtype != schema.OrgInternational || !slices.Equal(n.Aliases, []string{"EU", "the European Union"}) {
			t.Errorf("EU node = %+v", n)
		}
	})
	t.Run("Aggregate", func(t *testing.T) {
		// The same edge from a second document counts twice.
		c := articleB()
		c.Document.ID, c.Document.Text = "sanctions-2", "again"
		for i := range c.Statements {
			c.Statements[i].Doc = c.Document.ID
			c.Statements[i].ID = schema.StatementID(&c.Statements[i])
		}
		load(t, s, c)
		g, err := s.Subgraph(context.Background(), SubgraphOptions{Focus: "United States", Relations: []string{"sanction"}, Depth: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Edges) != 1 || g.Edges[0].Count != 2 || !slices.Equal(g.Edges[0].Docs, []string{"kg:doc/sanctions", "kg:doc/sanctions-2"}) {
			t.Errorf("aggregated edge = %+v", g.Edges)
		}
	})
	t.Run("NoMatch", func(t *testing.T) {
		_, err := s.Subgraph(context.Background(), SubgraphOptions{Focus: "Atlantis"})
		if err == nil || !strings.Contains(err.Error(), `"Atlantis"`) {
			t.Errorf("Subgraph(Atlantis) = %v, want an error naming it", err)
		}
	})
}

func TestStats(t *testing.T) {
	for _, be := range backends() {
		t.Run(be.name, func(t *testing.T) {
			s := be.open(t)
			load(t, s, articleA(), articleB())
			st, err := s.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			want := StoreStats{Quads: int64(len(allQuads(t, s))), Statements: 8, Documents: 2, Entities: 10} // 7 typed entities, 3 concepts; Obama has no type
			st.Nodes = 0
			if st != want {
				t.Errorf("Stats() = %+v, want %+v", st, want)
			}
		})
	}
}
