// Package graph is kgraph's Cayley adapter: it opens a quad store by URL
// ("mem:", a bolt path, "postgres://..."), loads extracted statements into it
// idempotently, runs Gizmo queries through Cayley's own engine, reads
// subgraphs for maps and exports the graph as N-Quads, JSON-LD, GraphML, CSV
// and JSON Lines.
//
// The graph model is the one of DESIGN.md. Quads that describe a document
// (its node, its statement nodes and its asserted edges) carry the document
// IRI as their label, so that a changed document replaces exactly its own
// quads. Quads that describe entities (type, name, aliases, codes) are shared
// between documents and unlabelled: they are added once and never removed by
// a replacement, so aliases accumulate.
package graph
