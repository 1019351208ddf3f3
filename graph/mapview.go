package graph

import (
	"slices"
	"sort"

	"github.com/kgraph/kgraph/schema"
)

// MapOptions are the choices that make a map readable. kgraph render and
// kgraph serve make the same ones, so that a static map and the browser
// show the same picture.
type MapOptions struct {
	// MaxNodes keeps the focus and, of the other nodes, actors first and
	// then those with the most statements, up to this many nodes in all;
	// 0 or less keeps every node.
	MaxNodes int
	// Concepts keeps concept nodes (the noun phrases statements point at
	// that name no actor). Without it each is folded into the node at the
	// other end of its edges, which counts them in Map.Folded.
	Concepts bool
	// Parallel keeps the edges between two nodes apart, one per relation.
	// Without it they are merged into one edge (one for asserted and one
	// for unasserted statements) whose Relations count each relation.
	Parallel bool
}

// Map is a graph chosen for drawing.
type Map struct {
	*schema.Graph
	// Folded counts, for each node, the statements about concepts folded
	// into it.
	Folded map[string]int
	// Dropped counts the nodes that MaxNodes left out (folded concepts are
	// not counted).
	Dropped int
}

// MakeMap applies the map choices of opts to g, around the nodes of focus
// (IRIs; none for a map of the whole graph). g is not changed.
func MakeMap(g *schema.Graph, focus []string, opts MapOptions) *Map {
	m := &Map{Graph: &schema.Graph{}, Folded: map[string]int{}}
	if g == nil {
		return m
	}
	types := make(map[string]schema.EntityType, len(g.Nodes))
	for _, n := range g.Nodes {
		types[n.ID] = n.Type
	}
	edges := g.Edges
	if !opts.Concepts {
		edges = foldConcepts(edges, types, m.Folded)
	}
	kept := chooseNodes(g.Nodes, edges, focus, types, opts)
	for _, e := range edges {
		if kept[e.From] && kept[e.To] {
			m.Edges = append(m.Edges, e)
		}
	}
	linked := map[string]bool{}
	for _, e := range m.Edges {
		linked[e.From], linked[e.To] = true, true
	}
	for _, n := range g.Nodes {
		switch {
		case kept[n.ID] && (linked[n.ID] || slices.Contains(focus, n.ID)):
			m.Nodes = append(m.Nodes, n)
		case opts.Concepts || n.Type != schema.Concept:
			m.Dropped++
		}
	}
	for id := range m.Folded {
		if !kept[id] {
			delete(m.Folded, id)
		}
	}
	if !opts.Parallel {
		m.Edges = mergeParallel(m.Edges)
	}
	return m
}

// foldConcepts drops the edges that touch a concept, counting their
// statements in folded under the other end.
func foldConcepts(edges []schema.Edge, types map[string]schema.EntityType, folded map[string]int) []schema.Edge {
	var out []schema.Edge
	for _, e := range edges {
		fromC, toC := types[e.From] == schema.Concept, types[e.To] == schema.Concept
		switch {
		case fromC && toC:
		case toC:
			folded[e.From] += e.Count
		case fromC:
			folded[e.To] += e.Count
		default:
			out = append(out, e)
		}
	}
	return out
}

// chooseNodes returns the nodes a map keeps: the focus, then actors before
// other nodes, each by the statements of their edges.
func chooseNodes(nodes []schema.Entity, edges []schema.Edge, focus []string, types map[string]schema.EntityType, opts MapOptions) map[string]bool {
	weight := map[string]int{}
	for _, e := range edges {
		weight[e.From] += e.Count
		weight[e.To] += e.Count
	}
	kept := map[string]bool{}
	var others []string
	for _, n := range nodes {
		switch {
		case slices.Contains(focus, n.ID):
			kept[n.ID] = true
		case weight[n.ID] > 0:
			others = append(others, n.ID)
		}
	}
	sort.Slice(others, func(i, j int) bool {
		a, b := others[i], others[j]
		if aa, ab := types[a].IsActor(), types[b].IsActor(); aa != ab {
			return aa
		}
		if weight[a] != weight[b] {
			return weight[a] > weight[b]
		}
		return a < b
	})
	for _, id := range others {
		if opts.MaxNodes > 0 && len(kept) >= opts.MaxNodes {
			break
		}
		kept[id] = true
	}
	return kept
}

// parallelKey identifies the edges that mergeParallel merges.
type parallelKey struct {
	from, to   string
	unasserted bool
}

// mergeParallel merges the edges with the same ends and assertedness into
// one, whose Relations count each relation, most first, and whose quad
// class is that of most of its statements.
func mergeParallel(edges []schema.Edge) []schema.Edge {
	groups := map[parallelKey][]schema.Edge{}
	var keys []parallelKey
	for _, e := range edges {
		k := parallelKey{e.From, e.To, e.Unasserted}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], e)
	}
	out := make([]schema.Edge, 0, len(keys))
	for _, k := range keys {
		out = append(out, mergeGroup(groups[k]))
	}
	sortEdges(out)
	return out
}

func mergeGroup(group []schema.Edge) schema.Edge {
	m := schema.Edge{From: group[0].From, To: group[0].To, Unasserted: group[0].Unasserted}
	counts := map[string]int{}
	var classes [5]int
	for _, e := range group {
		c := max(e.Count, 1)
		m.Count += c
		counts[e.Relation] += c
		m.Docs = append(m.Docs, e.Docs...)
		if e.QuadClass >= 1 && e.QuadClass <= 4 {
			classes[e.QuadClass] += c
		}
	}
	for r, c := range counts {
		m.Relations = append(m.Relations, schema.RelationCount{Relation: r, Count: c})
	}
	sort.Slice(m.Relations, func(i, j int) bool {
		a, b := m.Relations[i], m.Relations[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Relation < b.Relation
	})
	m.Relation = m.Relations[0].Relation
	if len(m.Relations) == 1 {
		m.Relations = nil
	}
	sort.Strings(m.Docs)
	m.Docs = slices.Compact(m.Docs)
	for c := 1; c <= 4; c++ {
		if classes[c] > classes[m.QuadClass] {
			m.QuadClass = c
		}
	}
	return m
}
