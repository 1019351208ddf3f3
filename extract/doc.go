// Package extract turns documents into statements: it runs the stages of
// DESIGN.md — sentences and tokens, tags, dependency parse, entity mentions
// and coreference, clauses, and event coding — over each document, with
// bounded parallelism and output in input order. It knows nothing of the
// graph store.
package extract
