// Package schema is kgraph's shared vocabulary: entity types, relations,
// statements, documents and the IRIs and predicates that the graph stores
// them under. It imports only the standard library, so that extract (which
// produces statements) and graph (which stores them) meet here and nowhere
// else.
package schema
