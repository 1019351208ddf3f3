package render

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/kgraph/kgraph/internal/third_party/go-graphviz"
	"github.com/kgraph/kgraph/schema"
)

// synthetic returns a graph of n nodes in the shape of news maps: a few hubs
// (countries, leaders) with many spokes, and some edges between spokes.
func synthetic(n int) *schema.Graph {
	types := []schema.EntityType{schema.Person, schema.Country, schema.Organization, schema.Concept, schema.GPE, schema.Role}
	rels := []string{"meet", "consult", "sanction", "support", "criticize", schema.HoldRole}
	g := &schema.Graph{}
	for i := range n {
		t := types[i%len(types)]
		g.Nodes = append(g.Nodes, schema.Entity{ID: fmt.Sprintf("kg:n%04d", i), Name: fmt.Sprintf("%s %d", t, i), Type: t})
	}
	for i := 1; i < n; i++ {
		hub := (i * 7919) % min(i, 1+n/20) // a node among the first n/20
		g.Edges = append(g.Edges, schema.Edge{From: g.Nodes[i].ID, To: g.Nodes[hub].ID, Relation: rels[i%len(rels)], Count: 1 + i%4})
		if i%3 == 0 {
			j := (i * 31) % n
			g.Edges = append(g.Edges, schema.Edge{From: g.Nodes[i].ID, To: g.Nodes[j].ID, Relation: rels[(i/3)%len(rels)], Count: 1})
		}
	}
	return g
}

// fifty is the Ukraine map grown to 50 nodes.
func fifty(b *testing.B) *schema.Graph {
	g := ukraine(b)
	extra := synthetic(50 - len(g.Nodes))
	g.Nodes = append(g.Nodes, extra.Nodes...)
	g.Edges = append(g.Edges, extra.Edges...)
	for i, n := range extra.Nodes {
		g.Edges = append(g.Edges, schema.Edge{From: n.ID, To: g.Nodes[i].ID, Relation: "mention", Count: 1})
	}
	return g
}

func BenchmarkDOT(b *testing.B) {
	g := fifty(b)
	opts := Options{Title: "Ukraine", Legend: true}
	b.ReportAllocs()
	for b.Loop() {
		_ = DOT(g, opts)
	}
}

func BenchmarkRender(b *testing.B) {
	for _, tc := range []struct {
		name   string
		g      *schema.Graph
		format string
		opts   Options
	}{
		{"svg/50", fifty(b), "svg", Options{Legend: true}},
		{"png/50", fifty(b), "png", Options{Legend: true}},
		{"svg/300", synthetic(DefaultMaxNodes), "svg", Options{}},
		{"svg/100/sfdp", synthetic(100), "svg", Options{Layout: "sfdp"}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			if tc.format == "png" {
				if _, err := dotPath(); err != nil {
					b.Skip("no dot")
				}
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := Render(b.Context(), io.Discard, tc.g, tc.format, tc.opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStart measures starting a Graphviz instance, which Render does
// once per process. The first start also compiles the WebAssembly module
// (internal/third_party/go-graphviz loads it on first use, not at program
// start): about 0.05 s with wazero's compilation cache in
// $TMPDIR/go-graphviz and 0.9 s without it.
func BenchmarkStart(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		gv, err := graphviz.New(ctx)
		if err != nil {
			b.Fatal(err)
		}
		// Close reports the count of Graphviz errors and warnings of the
		// whole process (one WebAssembly module), so an earlier layout's
		// warning fails it; that is not what is measured here.
		if err := gv.Close(); err != nil {
			b.Logf("close graphviz: %v", err)
		}
	}
}
