package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kgraph/schema"
)

// SubgraphOptions select part of the graph for a map.
type SubgraphOptions struct {
	// Focus is an entity name or alias (any case) or an entity IRI
	// ("kg:Sergey_Lavrov", with or without angle brackets). Empty means the
	// whole graph.
	Focus string
	// Depth is how many edges, in either direction, to follow from the
	// focus; 0 keeps the focus entities and the edges among them.
	Depth int
	// Relations keeps only edges of these relations ("propose", "sanction");
	// empty keeps all.
	Relations []string
}

// edgeKey identifies an aggregated edge.
type edgeKey struct{ from, rel, to string }

// Subgraph returns the entities and the asserted edges, aggregated over
// statements and documents, around a focus. It returns an error naming the
// focus when nothing matches it.
func (s *Store) Subgraph(ctx context.Context, opts SubgraphOptions) (*schema.Graph, error) {
	if opts.Depth < 0 {
		return nil, fmt.Errorf("subgraph: negative depth %d", opts.Depth)
	}
	sn, err := s.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	return sn.subgraph(opts)
}

// Map returns the subgraph that opts selects with the map choices of mopts
// made around its focus: what kgraph render draws.
func (s *Store) Map(ctx context.Context, opts SubgraphOptions, mopts MapOptions) (*Map, error) {
	if opts.Depth < 0 {
		return nil, fmt.Errorf("subgraph: negative depth %d", opts.Depth)
	}
	sn, err := s.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	g, err := sn.subgraph(opts)
	if err != nil {
		return nil, err
	}
	var focus []string
	if opts.Focus != "" {
		focus = sn.matchFocus(opts.Focus)
	}
	return MakeMap(g, focus, mopts), nil
}

// edges aggregates the asserted edges of the snapshot: quads labelled with a
// document whose subject is neither a statement nor a document node.
func (sn *snapshot) edges(relations []string) map[edgeKey]*schema.Edge {
	keep := make(map[string]bool, len(relations))
	for _, r := range relations {
		keep[strings.TrimPrefix(strings.Trim(r, "<>"), schema.Prefix)] = true
	}
	// Statement counts per edge, from asserted statement nodes.
	counts := make(map[edgeKey]int)
	classes := make(map[edgeKey]*[5]int)
	for q := range sn.all() {
		if q.Predicate != iri(schema.Type) || q.Object != iri(schema.ClassStatement) {
			continue
		}
		p := sn.props(value(q.Subject))
		st := schema.Statement{Polarity: schema.Polarity(firstString(p[schema.PolarityP])), Modality: schema.Modality(firstString(p[schema.ModalityP]))}
		if st.IsAsserted() {
			k := edgeKey{firstString(p[schema.Subject]), firstString(p[schema.Predicate]), firstString(p[schema.Object])}
			counts[k]++
			if c := firstInt(p[schema.QuadClass]); c >= 1 && c <= 4 {
				if classes[k] == nil {
					classes[k] = new([5]int)
				}
				classes[k][c]++
			}
		}
	}
	out := make(map[edgeKey]*schema.Edge)
	docPrefix := schema.Prefix + "doc/"
	for q := range sn.all() {
		lab, ok := q.Label.(quad.IRI)
		if !ok || !strings.HasPrefix(string(lab), docPrefix) {
			continue
		}
		subj, ok1 := q.Subject.(quad.IRI)
		obj, ok2 := q.Object.(quad.IRI)
		pred, ok3 := q.Predicate.(quad.IRI)
		if !ok1 || !ok2 || !ok3 || strings.HasPrefix(string(subj), schema.Prefix+"stmt/") || strings.HasPrefix(string(subj), docPrefix) {
			continue
		}
		rel := strings.TrimPrefix(string(pred), schema.Prefix)
		if len(keep) > 0 && !keep[rel] {
			continue
		}
		k := edgeKey{string(subj), string(pred), string(obj)}
		e := out[k]
		if e == nil {
			e = &schema.Edge{From: string(subj), To: string(obj), Relation: rel}
			out[k] = e
		}
		e.Docs = append(e.Docs, string(lab))
	}
	for k, e := range out {
		sort.Strings(e.Docs)
		e.Docs = slicesCompact(e.Docs)
		e.Count = max(counts[k], len(e.Docs))
		if cs := classes[k]; cs != nil {
			for c := 1; c <= 4; c++ {
				if cs[c] > cs[e.QuadClass] {
					e.QuadClass = c
				}
			}
		}
	}
	return out
}

// matchFocus returns the entity IRIs that focus names.
func (sn *snapshot) matchFocus(focus string) []string {
	f := strings.TrimSpace(focus)
	if id := strings.Trim(f, "<>"); sn.has(id) {
		return []string{id}
	}
	if id := schema.Prefix + strings.Trim(f, "<>"); sn.has(id) {
		return []string{id}
	}
	var out []string
	for q := range sn.all() {
		if q.Predicate != iri(schema.Name) && q.Predicate != iri(schema.Alias) {
			continue
		}
		if strings.EqualFold(value(q.Object), f) {
			out = append(out, value(q.Subject))
		}
	}
	sort.Strings(out)
	return slicesCompact(out)
}

func (sn *snapshot) subgraph(opts SubgraphOptions) (*schema.Graph, error) {
	edges := sn.edges(opts.Relations)
	nodes := make(map[string]bool)
	var keys []edgeKey
	if opts.Focus == "" {
		for k := range edges {
			keys = append(keys, k)
			nodes[k.from], nodes[k.to] = true, true
		}
	} else {
		seeds := sn.matchFocus(opts.Focus)
		if len(seeds) == 0 {
			return nil, fmt.Errorf("focus %q matches no entity name, alias or IRI", opts.Focus)
		}
		adj := make(map[string][]edgeKey)
		for k := range edges {
			adj[k.from] = append(adj[k.from], k)
			adj[k.to] = append(adj[k.to], k)
		}
		frontier := seeds
		for _, n := range seeds {
			nodes[n] = true
		}
		for d := 0; d < opts.Depth && len(frontier) > 0; d++ {
			var next []string
			for _, n := range frontier {
				for _, k := range adj[n] {
					for _, m := range []string{k.from, k.to} {
						if !nodes[m] {
							nodes[m] = true
							next = append(next, m)
						}
					}
				}
			}
			frontier = next
		}
		for k := range edges {
			if nodes[k.from] && nodes[k.to] {
				keys = append(keys, k)
			}
		}
	}
	g := &schema.Graph{}
	ids := make([]string, 0, len(nodes))
	for n := range nodes {
		ids = append(ids, n)
	}
	sort.Strings(ids)
	for _, id := range ids {
		g.Nodes = append(g.Nodes, sn.displayEntity(id))
	}
	for _, k := range keys {
		g.Edges = append(g.Edges, *edges[k])
	}
	sortEdges(g.Edges)
	return g, nil
}
