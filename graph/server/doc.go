// Package server is kgraph serve: an HTTP server that answers Cayley's HTTP
// API (/api/v2/query?lang=gizmo, /api/v2/read, ...) over a kgraph store, so
// that programs written for Cayley work unchanged, and serves an embedded
// single-page app to explore the graph in a browser: search an entity, see
// its neighbours, read the sentence behind every edge, run Gizmo.
//
// It is safe by default: read-only unless Options.Writable, every query
// bounded in time and results (and says when it was capped), request bodies
// size-limited, a Content-Security-Policy that allows only the app's own
// scripts, and article text sent as JSON data that the app shows as text,
// never as markup. Everything the page needs is embedded: it works
// without a network.
package server
