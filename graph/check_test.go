package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kgraph/schema"
)

func TestCheck(t *testing.T) {
	q := func(s, p string, o quad.Value, l string) quad.Quad {
		var lab quad.Value
		if l != "" {
			lab = iri(l)
		}
		return quad.Quad{Subject: iri(s), Predicate: iri(p), Object: o, Label: lab}
	}
	doc := "kg:doc/paris-talks"
	a := articleA()
	tests := []struct {
		name   string
		remove []quad.Quad
		want   string
	}{
		{"Sound", nil, ""},
		{"NoHash", []quad.Quad{q(doc, schema.Hash, str(a.Document.Hash()), doc)}, "documents without a hash"},
		{"Entity", []quad.Quad{q("kg:John_Kerry", schema.Type, iri(schema.Person.IRI()), ""), q("kg:John_Kerry", schema.Name, str("John Kerry"), ""),
			q("kg:John_Kerry", schema.Alias, str("Kerry"), doc), q("kg:John_Kerry", schema.Alias, str("he"), doc)}, "without type, name or alias: kg:John_Kerry"},
		{"Statement", []quad.Quad{q("kg:stmt/"+a.Statements[0].ID, schema.Subject, iri("kg:Sergey_Lavrov"), doc)}, "statements without kg:subject"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t, "bolt:"+t.TempDir()+"/kg.db")
			load(t, s, articleA(), articleB())
			if err := s.drv.remove(context.Background(), tt.remove); err != nil {
				t.Fatal(err)
			}
			problems, err := s.Check(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(problems, "\n")
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("Check() = %q, want %q", got, tt.want)
			}
		})
	}
}
