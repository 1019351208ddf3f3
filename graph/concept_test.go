package graph

import (
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

// TestNamedConceptRoundTrip: a concept the extractor named itself (IRI and
// name without the determiner) reads back with the same node, so that every
// export names the IRI the edges use.
func TestNamedConceptRoundTrip(t *testing.T) {
	s := mustOpen(t, "mem:")
	lavrov := schema.Entity{ID: "kg:Sergey_Lavrov", Name: "Sergey Lavrov", Type: schema.Person}
	obj := schema.Arg{Text: "a federal structure", Entity: "kg:concept/federal_structure", Name: "federal structure", Type: schema.Concept}
	st := stmt("d", 0, ent(lavrov, "Lavrov", 0), "propose", "proposed", obj, nil)
	load(t, s, schema.Extraction{Document: schema.Document{ID: "d", Text: "Lavrov proposed a federal structure."},
		Entities: []schema.Entity{lavrov}, Statements: []schema.Statement{st}})
	got, err := s.Statements(t.Context())
	if err != nil || len(got) != 1 {
		t.Fatalf("Statements = %d, %v; want 1", len(got), err)
	}
	if o := got[0].Object; o.Entity != obj.Entity || o.Name != obj.Name || o.Text != obj.Text {
		t.Errorf("object read back as %+v, want entity %s name %q text %q", o, obj.Entity, obj.Name, obj.Text)
	}
}

// TestWriteNQuadsMatchesStore: the N-Quads written without a store are the
// ones a store holding only that extraction exports.
func TestWriteNQuadsMatchesStore(t *testing.T) {
	ex := articleA()
	s := mustOpen(t, "mem:")
	load(t, s, ex)
	var fromStore, direct strings.Builder
	if err := s.Export(t.Context(), &fromStore, "nquads"); err != nil {
		t.Fatal(err)
	}
	if err := WriteNQuads(&direct, ex); err != nil {
		t.Fatal(err)
	}
	if direct.String() != fromStore.String() {
		a, b := diff(strings.Split(direct.String(), "\n"), strings.Split(fromStore.String(), "\n"))
		t.Errorf("WriteNQuads differs from the store's export: only direct %q, only store %q", first(a, 5), first(b, 5))
	}
}
