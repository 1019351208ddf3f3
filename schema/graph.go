package schema

// Edge is an asserted relation between two nodes, aggregated over the
// statements and documents that assert it.
type Edge struct {
	From, To string // node IRIs
	Relation string // canonical relation name ("propose", "hold_role")
	// Count is the number of statements asserting the edge.
	Count int
	// Docs are the IRIs of the documents asserting it, sorted.
	Docs []string
}

// Graph is a subgraph for drawing and exporting: the nodes (entities and
// concepts) and the asserted edges between them.
type Graph struct {
	Nodes []Entity
	Edges []Edge
}
