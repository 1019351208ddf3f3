package graph

import (
	"testing"

	"github.com/kgraph/kgraph/schema"
)

func TestMakeMap(t *testing.T) {
	node := func(id string, typ schema.EntityType) schema.Entity {
		return schema.Entity{ID: id, Name: id, Type: typ}
	}
	g := &schema.Graph{
		Nodes: []schema.Entity{
			node("blair", schema.Person), node("brown", schema.Person), node("howard", schema.Person),
			node("uk", schema.Country), node("pm", schema.Role), node("tax", schema.Concept), node("war", schema.Concept),
		},
		Edges: []schema.Edge{
			{From: "blair", To: "brown", Relation: "meet", Count: 3, QuadClass: 1},
			{From: "blair", To: "brown", Relation: "criticize", Count: 1, QuadClass: 3},
			{From: "blair", To: "brown", Relation: "support", Count: 1, Unasserted: true},
			{From: "howard", To: "blair", Relation: "accuse", Count: 1, QuadClass: 3},
			{From: "blair", To: "uk", Relation: "visit", Count: 2, QuadClass: 1},
			{From: "blair", To: "pm", Relation: "hold_role", Count: 9},
			{From: "blair", To: "tax", Relation: "propose", Count: 4},
			{From: "howard", To: "war", Relation: "say", Count: 2},
		},
	}
	m := MakeMap(g, []string{"blair"}, MapOptions{MaxNodes: 3})
	var ids []string
	for _, n := range m.Nodes {
		ids = append(ids, n.ID)
	}
	// Actors first, by statements: Brown (5) and the UK (2) before Howard
	// (1); the role, though it has 9, comes after the actors.
	if got := ids; len(got) != 3 || got[0] != "blair" || got[1] != "brown" || got[2] != "uk" {
		t.Errorf("nodes %v, want blair brown uk", got)
	}
	if m.Folded["blair"] != 4 || len(m.Folded) != 1 {
		t.Errorf("folded %v, want blair's 4 statements about tax (howard was dropped)", m.Folded)
	}
	if m.Dropped != 2 {
		t.Errorf("dropped %d nodes, want howard and the role", m.Dropped)
	}
	var merged *schema.Edge
	for i, e := range m.Edges {
		if e.From == "blair" && e.To == "brown" && !e.Unasserted {
			merged = &m.Edges[i]
		}
	}
	if merged == nil || merged.Count != 4 || merged.Relation != "meet" || len(merged.Relations) != 2 || merged.QuadClass != 1 {
		t.Fatalf("Blair–Brown merged edge %+v, want meet 3 + criticize 1, quad class 1", merged)
	}
	if len(m.Edges) != 3 {
		t.Errorf("edges %+v, want the merged one, the unasserted support and the visit", m.Edges)
	}

	all := MakeMap(g, nil, MapOptions{Concepts: true, Parallel: true})
	if len(all.Nodes) != len(g.Nodes) || len(all.Edges) != len(g.Edges) || len(all.Folded) != 0 {
		t.Errorf("no choices: %d nodes, %d edges, folded %v; want the graph as it was", len(all.Nodes), len(all.Edges), all.Folded)
	}
}
