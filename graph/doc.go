// Package graph is kgraph's Cayley adapter: it opens a quad store by URL
// through a registry of backends ("mem:", a bolt path, "postgres://..."),
// loads extracted statements into it idempotently, runs Gizmo queries
// through Cayley's own engine, reads subgraphs for maps and exports the
// graph as N-Quads, JSON-LD, GraphML, CSV and JSON Lines.
//
// The graph model is the one of DESIGN.md. Quads that belong to a document
// (its node, its statement nodes, its asserted edges, the entities it
// mentions and the aliases it gives them) carry the document IRI as their
// label, so that a changed document replaces exactly its own quads. Quads
// that say what an entity is (type, name, codes) are shared between
// documents and unlabelled: they are added with the first document that
// mentions the entity, in the same transaction, and removed when no
// document mentions it any more.
package graph
