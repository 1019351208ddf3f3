// Package render draws relationship maps of a schema.Graph: DOT text built
// with emicklei/dot, SVG laid out in-process by Graphviz compiled to
// WebAssembly (goccy/go-graphviz), and PNG through the system's Graphviz dot
// when it is installed.
//
// Nodes are shaped and coloured by entity type with the Okabe–Ito palette,
// which colour-blind readers can tell apart, and the shape repeats the type
// so that a grey-scale print still reads. Output is deterministic: nodes and
// edges are sorted, so the same graph always gives the same bytes.
package render
