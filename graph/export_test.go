package graph

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"slices"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"github.com/kgraph/kgraph/schema"
)

func export(t *testing.T, s *Store, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := s.Export(context.Background(), &b, format); err != nil {
		t.Fatalf("Export(%s): %v", format, err)
	}
	return b.Bytes()
}

func loadFile(t *testing.T, s *Store, data []byte, name string) LoadStats {
	t.Helper()
	st, err := s.LoadFile(context.Background(), bytes.NewReader(data), name)
	if err != nil {
		t.Fatalf("LoadFile(%s): %v", name, err)
	}
	return st
}

func TestExport(t *testing.T) {
	for _, be := range backends() {
		t.Run(be.name, func(t *testing.T) {
			s := be.open(t)
			load(t, s, articleA(), articleB())

			t.Run("NQuadsRoundTrip", func(t *testing.T) {
				nq := export(t, s, "nquads")
				s2 := be.open(t)
				loadFile(t, s2, nq, "export.nq")
				sameQuads(t, "N-Quads round trip", allQuads(t, s2), allQuads(t, s))
				// Loading the export again is a no-op: the documents' hashes match.
				if st := loadFile(t, s2, nq, "export.nq"); st.Quads != 0 || st.Skipped != 2 {
					t.Errorf("reloading the export = %+v, want 2 skipped and no quads", st)
				}
				if got := export(t, s2, "nquads"); !bytes.Equal(got, nq) {
					t.Errorf("N-Quads export of the reloaded store differs")
				}
			})
			t.Run("JSONLRoundTrip", func(t *testing.T) {
				jl := export(t, s, "jsonl")
				if n := bytes.Count(jl, []byte("\n")); n != 8+2 {
					t.Errorf("jsonl export has %d lines, want 8 statements and 2 document lines", n)
				}
				sts, err := s.Statements(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				want := append(articleA().Statements, articleB().Statements...)
				checkStatements(t, sts, want)
				s2 := be.open(t)
				loadFile(t, s2, jl, "export.jsonl")
				sameQuads(t, "JSON Lines round trip", allQuads(t, s2), allQuads(t, s))
				if got := export(t, s2, "jsonl"); !bytes.Equal(got, jl) {
					t.Errorf("jsonl export of the reloaded store differs:\n%s\nwant:\n%s", got, jl)
				}
			})
			t.Run("JSONLD", func(t *testing.T) {
				out := export(t, s, "jsonld")
				var doc map[string]any
				if err := json.Unmarshal(out, &doc); err != nil {
					t.Fatalf("jsonld is not JSON: %v", err)
				}
				ctx, _ := doc["@context"].(map[string]any)
				for _, ns := range schema.Namespaces {
					if got := ctx[strings.TrimSuffix(ns.Prefix, ":")]; got != ns.IRI {
						t.Errorf("@context maps %s to %v, want %s", ns.Prefix, got, ns.IRI)
					}
				}
				exp, err := ld.NewJsonLdProcessor().Expand(doc, ld.NewJsonLdOptions(""))
				if err != nil {
					t.Fatalf("expand JSON-LD: %v", err)
				}
				flat, _ := json.Marshal(exp)
				if !bytes.Contains(out, []byte(`"kg:Sergey_Lavrov"`)) {
					t.Errorf("compact JSON-LD does not use the kg: prefix")
				}
				for _, want := range []string{`"` + schema.BaseIRI + `Sergey_Lavrov"`, "http://schema.org/name", `"Sergey Lavrov"`, `"` + schema.BaseIRI + `propose"`, `"@type"`} {
					if !bytes.Contains(flat, []byte(want)) {
						t.Errorf("expanded JSON-LD lacks %s", want)
					}
				}
			})
			t.Run("RDF", func(t *testing.T) {
				nq := export(t, s, "nquads")
				ds, err := ld.ParseNQuads(string(nq))
				if err != nil {
					t.Fatalf("json-gold cannot parse the N-Quads export: %v", err)
				}
				n := 0
				for _, g := range ds.Graphs {
					for _, q := range g {
						n++
						for _, node := range []ld.Node{q.Subject, q.Predicate, q.Object} {
							checkAbsolute(t, node)
						}
						if q.Graph != nil {
							checkAbsolute(t, q.Graph)
						}
					}
				}
				if lines := bytes.Count(nq, []byte("\n")); n != lines {
					t.Errorf("json-gold read %d quads from %d lines", n, lines)
				}
				// The JSON-LD export is the same dataset, with the same IRIs.
				fromNQ := normalize(t, string(nq), "application/n-quads")
				var doc map[string]any
				if err := json.Unmarshal(export(t, s, "jsonld"), &doc); err != nil {
					t.Fatalf("jsonld is not JSON: %v", err)
				}
				if fromLD := normalize(t, doc, ""); fromLD != fromNQ {
					a, b := diff(strings.Split(fromLD, "\n"), strings.Split(fromNQ, "\n"))
					t.Errorf("JSON-LD and N-Quads exports differ: only in JSON-LD %q; only in N-Quads %q", first(a, 3), first(b, 3))
				}
			})
			t.Run("GraphML", func(t *testing.T) {
				var g gmlDoc
				if err := xml.Unmarshal(export(t, s, "graphml"), &g); err != nil {
					t.Fatalf("graphml is not XML: %v", err)
				}
				keys := map[string]bool{}
				for _, k := range g.Keys {
					keys[k.For+"/"+k.Name] = true
				}
				for _, k := range []string{"node/label", "node/type", "edge/relation", "edge/weight"} {
					if !keys[k] {
						t.Errorf("graphml lacks key %s", k)
					}
				}
				nodes := map[string]bool{}
				for _, n := range g.Graph.Nodes {
					nodes[n.ID] = true
					if len(n.Data) < 2 || n.Data[0].Value == "" || n.Data[1].Value == "" {
						t.Errorf("node %s lacks label or type: %v", n.ID, n.Data)
					}
				}
				if len(g.Graph.Edges) != 6 {
					t.Errorf("graphml has %d edges, want 6 asserted relations", len(g.Graph.Edges))
				}
				for _, e := range g.Graph.Edges {
					if !nodes[e.Source] || !nodes[e.Target] {
						t.Errorf("edge %s %s->%s has an undeclared end", e.ID, e.Source, e.Target)
					}
				}
			})
			t.Run("CSV", func(t *testing.T) {
				nodes, err := csv.NewReader(bytes.NewReader(export(t, s, "csv-nodes"))).ReadAll()
				if err != nil {
					t.Fatalf("nodes csv: %v", err)
				}
				if !slices.Equal(nodes[0], NodesHeader) {
					t.Errorf("nodes header = %v", nodes[0])
				}
				var lavrovRow []string
				for _, r := range nodes[1:] {
					if r[0] == "kg:Sergey_Lavrov" {
						lavrovRow = r
					}
				}
				if lavrovRow == nil || lavrovRow[1] != "Sergey Lavrov" || lavrovRow[2] != "Person" || lavrovRow[4] != "Lavrov" {
					t.Errorf("Lavrov row = %q", lavrovRow)
				}
				edges, err := csv.NewReader(bytes.NewReader(export(t, s, "csv-edges"))).ReadAll()
				if err != nil {
					t.Fatalf("edges csv: %v", err)
				}
				if !slices.Equal(edges[0], EdgesHeader) || len(edges) != 7 {
					t.Errorf("edges csv = %q, want header and 6 rows", edges)
				}
				found := false
				for _, r := range edges[1:] {
					if r[0] == "kg:Sergey_Lavrov" && r[1] == "kg:concept/federal_structure" && r[2] == "propose" && r[3] == "1" && r[4] == "paris-talks" {
						found = true
					}
				}
				if !found {
					t.Errorf("edges csv lacks the proposal: %q", edges)
				}
			})
			t.Run("Events", func(t *testing.T) {
				rows, err := csv.NewReader(bytes.NewReader(export(t, s, "events"))).ReadAll()
				if err != nil {
					t.Fatalf("events csv: %v", err)
				}
				if len(rows) != 5 { // header and the 4 statements with a CAMEO code
					t.Errorf("events = %d rows, want 5: %q", len(rows), rows)
				}
			})
			t.Run("Unknown", func(t *testing.T) {
				if err := s.Export(context.Background(), &bytes.Buffer{}, "xlsx"); err == nil || !strings.Contains(err.Error(), "xlsx") {
					t.Errorf("Export(xlsx) = %v, want an error naming the format", err)
				}
			})
		})
	}
}

// checkAbsolute fails unless an RDF node is a blank node, a literal or an
// absolute http(s) IRI: no short kg:, rdf:, schema: or xsd: form.
func checkAbsolute(t *testing.T, n ld.Node) {
	t.Helper()
	check := func(iri string) {
		if !strings.HasPrefix(iri, "http://") && !strings.HasPrefix(iri, "https://") {
			t.Errorf("IRI %q is not absolute", iri)
		}
	}
	switch n := n.(type) {
	case *ld.IRI:
		check(n.Value)
	case *ld.Literal:
		check(n.Datatype)
	}
}

// normalize returns the canonical N-Quads (URDNA2015) of a JSON-LD
// document or, with format, of an N-Quads string.
func normalize(t *testing.T, input any, format string) string {
	t.Helper()
	opts := ld.NewJsonLdOptions("")
	opts.Format = "application/n-quads"
	opts.Algorithm = ld.AlgorithmURDNA2015
	opts.InputFormat = format
	out, err := ld.NewJsonLdProcessor().Normalize(input, opts)
	if err != nil {
		t.Fatalf("normalize: %v", err)
	}
	return out.(string)
}

// checkStatements compares statements read back with those loaded.
func checkStatements(t *testing.T, got, want []schema.Statement) {
	t.Helper()
	byID := make(map[string]schema.Statement)
	for _, st := range want {
		byID[st.ID] = st
	}

	if len(got) != len(want) {
		t.Errorf("Statements() = %d statements, want %d", len(got), len(want))
	}
	for _, g := range got {
		w, ok := byID[g.ID]
		if !ok {
			t.Errorf("unexpected statement %s", g.ID)
			continue
		}
		gj, _ := json.Marshal(g)
		wj, _ := json.Marshal(w)
		if !bytes.Equal(gj, wj) {
			t.Errorf("statement %s read back as\n%s\nwant\n%s", g.ID, gj, wj)
		}
	}
}
