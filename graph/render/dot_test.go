package render

import (
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

var update = flag.Bool("update", false, "update .golden files")

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    *schema.Graph
		opts Options
	}{
		{"ukraine", ukraine(t), Options{Title: "Ukraine, March 2014", Legend: true}},
		{"empty", &schema.Graph{}, Options{Title: "Nothing", Legend: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := DOT(tc.g, tc.opts)
			path := filepath.Join("testdata", tc.name+".golden.dot")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if got != string(want) {
				t.Errorf("DOT(%s) differs from %s; run go test -update and review the diff", tc.name, path)
			}
		})
	}
}

// TestDOTDeterministic checks that the order of the input does not change
// the output.
func TestDOTDeterministic(t *testing.T) {
	g := ukraine(t)
	want := DOT(g, Options{Legend: true})
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 5 {
		s := &schema.Graph{Nodes: append([]schema.Entity(nil), g.Nodes...), Edges: append([]schema.Edge(nil), g.Edges...)}
		r.Shuffle(len(s.Nodes), func(i, j int) { s.Nodes[i], s.Nodes[j] = s.Nodes[j], s.Nodes[i] })
		r.Shuffle(len(s.Edges), func(i, j int) { s.Edges[i], s.Edges[j] = s.Edges[j], s.Edges[i] })
		if got := DOT(s, Options{Legend: true}); got != want {
			t.Fatalf("shuffle %d: DOT differs from the unshuffled graph's", i)
		}
	}
}

func TestDOT(t *testing.T) {
	person := schema.Entity{ID: "kg:John_Kerry", Name: "John Kerry", Type: schema.Person}
	nato := schema.Entity{ID: "kg:NATO", Name: "NATO", Type: schema.Organization, Subtype: schema.OrgInternational}
	for _, tc := range []struct {
		name    string
		g       *schema.Graph
		opts    Options
		want    []string
		notWant []string
	}{
		{
			name: "nil graph",
			g:    nil,
			want: []string{`label="no relations to draw"`},
		},
		{
			name:    "shape and colour by type",
			g:       &schema.Graph{Nodes: []schema.Entity{person, nato}},
			want:    []string{`shape="ellipse"`, `color="#E69F00"`, `shape="doubleoctagon"`, `color="#009E73"`},
			notWant: []string{"cluster"},
		},
		{
			name: "count in label and pen width",
			g: &schema.Graph{Nodes: []schema.Entity{person, nato},
				Edges: []schema.Edge{{From: person.ID, To: nato.ID, Relation: "meet", Count: 4}}},
			want: []string{`label="meet (4)"`, `penwidth="3.2"`},
		},
		{
			name: "duplicate edges merge",
			g: &schema.Graph{Nodes: []schema.Entity{person, nato},
				Edges: []schema.Edge{{From: person.ID, To: nato.ID, Relation: "meet", Count: 1}, {From: person.ID, To: nato.ID, Relation: "meet", Count: 2}}},
			want: []string{`label="meet (3)"`},
		},
		{
			name: "standing relation dashed",
			g: &schema.Graph{Nodes: []schema.Entity{person, nato},
				Edges: []schema.Edge{{From: person.ID, To: nato.ID, Relation: schema.MemberOf, Count: 1}}},
			want:    []string{`label="member_of"`, `style="dashed"`},
			notWant: []string{"(1)"},
		},
		{
			name: "edge end missing from nodes",
			g: &schema.Graph{Nodes: []schema.Entity{person},
				Edges: []schema.Edge{{From: person.ID, To: "kg:concept/inner_circle", Relation: "sanction", Count: 1}}},
			want: []string{`label="inner circle"`},
		},
		{
			name: "legend lists only types present",
			g:    &schema.Graph{Nodes: []schema.Entity{person, nato}},
			opts: Options{Legend: true, Title: "T"},
			want: []string{"subgraph cluster_", `label="Legend"`, `label="Person"`,
				`label="Organization (international)"`, `label="T"`},
			notWant: []string{`label="Country"`, `label="Concept"`},
		},
		{
			name: "bad text made safe",
			g:    &schema.Graph{Nodes: []schema.Entity{{ID: "kg:x", Name: "a\x00b \"q\"\n\u200bc \xff", Type: "Alien"}}},
			want: []string{"label=\"a b \\\"q\\\" c \ufffd\"", `fillcolor="#EDEDED"`},
		},
		{
			name:    "force-directed layout",
			g:       synthetic(10),
			opts:    Options{Layout: "sfdp"},
			want:    []string{`layout="sfdp"`, `overlap="prism"`},
			notWant: []string{"rankdir"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := DOT(tc.g, tc.opts)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("DOT() lacks %s:\n%s", w, got)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(got, w) {
					t.Errorf("DOT() has %s:\n%s", w, got)
				}
			}
		})
	}
}

func TestNodeLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"John Kerry", "John Kerry"},
		{"  Sergey\tLavrov ", "Sergey Lavrov"},
		{"Putin's inner circle", "Putin's inner\ncircle"},
		{"diplomatic solution to the crisis in Ukraine", "diplomatic\nsolution to the\ncrisis in\nUkraine"},
		{"Organisation_for_Security_and_Cooperation", "Organisation_for_Security_and_Cooperation"},
		{strings.Repeat("word ", 20), "word word word\nword word word\nword word word\nword word..."},
		{"", "?"},
	} {
		if got := nodeLabel(tc.in); got != tc.want {
			t.Errorf("nodeLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
