package graph

import (
	"bytes"
	"context"
	"testing"
)

// FuzzNQuadsRoundTrip loads arbitrary N-Quads: a bad input must give an
// error and write nothing, a good one must export and reload to the same
// graph.
//
//	go test ./graph/ -run '^$' -fuzz FuzzNQuadsRoundTrip -fuzztime 30s
func FuzzNQuadsRoundTrip(f *testing.F) {
	s := mustOpen(f, "mem:")
	load(f, s, articleA())
	var seed bytes.Buffer
	if err := s.Export(context.Background(), &seed, "nquads"); err != nil {
		f.Fatal(err)
	}
	f.Add(seed.Bytes())
	f.Add([]byte("<kg:a> <kg:b> \"x\\ny\" <kg:doc/z> .\n<kg:doc/z> <kg:hash> \"h\" <kg:doc/z> .\n"))
	f.Add([]byte("_:b <kg:p> \"1\"^^<xsd:integer> .\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := mustOpen(t, "mem:")
		if _, err := s.LoadFile(context.Background(), bytes.NewReader(data), "in.nq"); err != nil {
			if q := allQuads(t, s); len(q) != 0 {
				t.Fatalf("failed load wrote %d quads", len(q))
			}
			return
		}
		var out bytes.Buffer
		if err := s.Export(context.Background(), &out, "nquads"); err != nil {
			t.Fatal(err)
		}
		s2 := mustOpen(t, "mem:")
		if _, err := s2.LoadFile(context.Background(), bytes.NewReader(out.Bytes()), "export.nq"); err != nil {
			t.Fatalf("reloading the export: %v\n%s", err, out.Bytes())
		}
		sameQuads(t, "round trip", allQuads(t, s2), allQuads(t, s))
	})
}
