package graph

import (
	"context"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kgraph/kgraph/schema"
)

// BenchmarkNeighbourhood answers one-hop neighbourhoods as kgraph serve
// does for the page (Neighbourhood, then MakeMap with 60 nodes), on a bolt
// store of 3,000 Reuters-21578 articles (statements made by
// reutersExtractions), for the busiest entity ("hub") and for the 50th
// busiest ("typical"). KGRAPH_BENCH_STORE=PATH runs it on a store built
// earlier instead (kgraph build), with KGRAPH_BENCH_FOCUS=IRI,IRI naming the
// entities, each a sub-benchmark.
//
// As kgraph serve does at its start, it first describes every entity (for
// the search box). The first answer for an entity in the process is timed
// apart (first-ms): it maps the pages of the store it reads (a page fault
// each, even when the kernel has them cached); ns/op is that of the
// answers after it; cpu-ms/op their CPU time.
func BenchmarkNeighbourhood(b *testing.B) {
	ctx := context.Background()
	var s *Store
	focus := map[string]string{}
	if path := os.Getenv("KGRAPH_BENCH_STORE"); path != "" {
		var err error
		if s, err = Open(ctx, path, MustExist()); err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		for _, f := range strings.Split(os.Getenv("KGRAPH_BENCH_FOCUS"), ",") {
			focus[strings.TrimPrefix(f, schema.Prefix)] = f
		}
	} else {
		exs, _ := reutersExtractions(b, 3000)
		s = mustOpen(b, boltURL(b))
		if _, err := s.Load(ctx, exs); err != nil {
			b.Fatal(err)
		}
		ranked := busiest(exs)
		focus["hub"], focus["typical"] = ranked[0], ranked[min(49, len(ranked)-1)]
	}
	if _, err := s.Entities(ctx); err != nil {
		b.Fatal(err)
	}
	for _, name := range slices.Sorted(maps.Keys(focus)) {
		id := focus[name]
		b.Run(name, func(b *testing.B) {
			var nodes, statements int
			answer := func() {
				nb, err := s.Neighbourhood(ctx, NeighbourhoodOptions{Focus: []string{id}, MaxNodes: 240})
				if err != nil {
					b.Fatal(err)
				}
				m := MakeMap(nb.Graph, []string{id}, MapOptions{MaxNodes: 60})
				nodes, statements = len(m.Nodes), nb.Statements
			}
			start := time.Now()
			answer()
			first := time.Since(start)
			// On a shared machine wall time depends on the neighbours; CPU
			// time (of this process, all threads) much less.
			cpu, n := cpuUsed(), 0
			for b.Loop() {
				answer()
				n++
			}
			b.ReportMetric(float64((cpuUsed()-cpu).Microseconds())/1000/float64(n), "cpu-ms/op")
			b.ReportMetric(float64(first.Microseconds())/1000, "first-ms")
			b.ReportMetric(float64(nodes), "nodes")
			b.ReportMetric(float64(statements), "statements")
		})
	}
}

// busiest returns the entities of exs by the number of statements about
// them, most first.
func busiest(exs []schema.Extraction) []string {
	n := map[string]int{}
	for _, ex := range exs {
		for _, st := range ex.Statements {
			for _, a := range []schema.Arg{st.Subject, st.Object} {
				if a.Entity != "" {
					n[a.Entity]++
				}
			}
		}
	}
	out := make([]string, 0, len(n))
	for id := range n {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
