package schema

// Edge is a relation between two nodes, aggregated over the statements and
// documents that state it.
type Edge struct {
	From, To string // node IRIs
	Relation string // canonical relation name ("propose", "hold_role")
	// Count is the number of statements behind the edge.
	Count int
	// Docs are the IRIs of the documents stating it, sorted.
	Docs []string
	// Unasserted marks an edge whose statements are negated, intended,
	// demanded, hedged, hypothetical or future rather than asserted facts
	// (Statement.IsAsserted); maps draw it dashed.
	Unasserted bool
	// QuadClass is the GDELT quad class most of its statements have (1 to
	// 4; 0 when none is coded).
	QuadClass int
	// Relations, on an edge that merges the parallel edges between two
	// nodes, counts its statements by relation, most first; Relation is
	// then the first of them.
	Relations []RelationCount
}

// RelationCount is the number of statements of one relation.
type RelationCount struct {
	Relation string `json:"relation"`
	Count    int    `json:"count"`
}

// Graph is a subgraph for drawing and exporting: the nodes (entities and
// concepts) and the edges between them.
type Graph struct {
	Nodes []Entity
	Edges []Edge
}
