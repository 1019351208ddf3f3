package graph

import (
	"bufio"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"github.com/kgraph/kgraph/schema"
)

// ExportFormat is one format Export writes: a registry entry that drives
// kgraph export's help text, its validation and its choice of a format by
// the output file's extension.
type ExportFormat struct {
	Name string
	// Exts are the output file extensions that select the format.
	Exts []string
	// Usage says in a few words what the format holds, for help text.
	Usage string
	// Files, for a format written as several files into a directory,
	// names each file and the format written into it.
	Files []ExportFile
	write func(sn *snapshot, w io.Writer) error
}

// ExportFile is one file of a format written into a directory.
type ExportFile struct{ Name, Format string }

var exportFormats = []ExportFormat{
	{Name: "nquads", Exts: []string{".nq", ".nt", ".nquads"}, Usage: "every quad, IRIs absolute (kgraph load reads it back)",
		write: (*snapshot).writeNQuads},
	{Name: "jsonld", Exts: []string{".jsonld"}, Usage: "JSON-LD with an @context for kg:, rdf:, schema: and xsd:",
		write: (*snapshot).writeJSONLD},
	{Name: "graphml", Exts: []string{".graphml"}, Usage: "entities and aggregated edges, for Gephi",
		write: (*snapshot).writeGraphML},
	{Name: "csv", Usage: "nodes.csv and edges.csv in the directory given by -o",
		Files: []ExportFile{{"nodes.csv", "csv-nodes"}, {"edges.csv", "csv-edges"}}},
	{Name: "csv-nodes", Usage: "the nodes table of csv: " + strings.Join(NodesHeader, ","),
		write: (*snapshot).writeNodesCSV},
	{Name: "csv-edges", Usage: "the edges table of csv: " + strings.Join(EdgesHeader, ","),
		write: (*snapshot).writeEdgesCSV},
	{Name: "jsonl", Exts: []string{".jsonl", ".ndjson"}, Usage: "a line per document, then its statements (kgraph load reads it back)",
		write: (*snapshot).writeJSONL},
	{Name: "events", Usage: "a GDELT-like table of the statements coded as events",
		write: (*snapshot).writeEvents},
}

// ExportFormats lists the formats Export writes, in the order help text
// shows them.
func ExportFormats() []ExportFormat { return slices.Clone(exportFormats) }

// LookupExportFormat returns the format of that name ("nq" is nquads).
func LookupExportFormat(name string) (ExportFormat, bool) {
	if name == "nq" {
		name = "nquads"
	}
	for _, f := range exportFormats {
		if f.Name == name {
			return f, true
		}
	}
	return ExportFormat{}, false
}

// ExportFormatForFile returns the format a file extension selects.
func ExportFormatForFile(path string) (ExportFormat, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range exportFormats {
		if slices.Contains(f.Exts, ext) {
			return f, true
		}
	}
	return ExportFormat{}, false
}

// exportFormatNames lists the names of the formats, for messages.
func exportFormatNames() string {
	names := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// Export writes the whole graph to w in a format of ExportFormats that is
// written as one file. IRIs in the RDF formats (nquads, jsonld) are
// absolute: kg: stands for schema.BaseIRI, and rdf:, schema: and xsd: for
// their standard namespaces (schema.Namespaces).
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error {
	f, ok := LookupExportFormat(format)
	if !ok || f.write == nil {
		return fmt.Errorf("export: unknown format %q (want %s)", format, exportFormatNames())
	}
	sn, err := s.snapshot(ctx)
	if err != nil {
		return err
	}
	if err := f.write(sn, w); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

// writeNQuads writes the quads a document at a time, so that kgraph load
// can write them back a document at a time: the documents (quad labels)
// in the order of their IRIs, each with its own quads and then the
// unlabelled quads about the nodes it is the first to mention; then the
// unlabelled quads that no document mentions. Within each group the lines
// are sorted.
func (sn *snapshot) writeNQuads(w io.Writer) error {
	render := make([]string, len(sn.vals))
	for i, v := range sn.vals[1:] {
		render[i+1] = nqValue(v)
	}
	group := sn.docGroups(render)
	order := slices.Clone(sn.quads)
	slices.SortFunc(order, func(a, b squad) int {
		ga, gb := group(a), group(b)
		if ga != gb {
			return cmp.Compare(ga, gb)
		}
		if (a[3] == 0) != (b[3] == 0) {
			if a[3] == 0 {
				return 1 // a document's own quads first
			}
			return -1
		}
		for k := range a {
			if c := strings.Compare(render[a[k]], render[b[k]]); c != 0 {
				return c
			}
		}
		return 0
	})
	bw := bufio.NewWriter(w)
	for _, q := range order {
		// bufio keeps the first write error and Flush returns it.
		for k, id := range q {
			if k == 3 && id == 0 {
				break // no label
			}
			_, _ = bw.WriteString(render[id])
			_ = bw.WriteByte(' ')
		}
		_, _ = bw.WriteString(".\n")
	}
	return bw.Flush()
}

// docGroups returns the group of each quad, as writeNQuads orders them:
// the rank of its label among the labels sorted by their rendering, for an
// unlabelled quad the rank of the first label that mentions its subject,
// or one past the last rank when none does.
func (sn *snapshot) docGroups(render []string) func(squad) int {
	var labels []uint32
	isLabel := make([]bool, len(sn.vals))
	for _, q := range sn.quads {
		if q[3] != 0 && !isLabel[q[3]] {
			isLabel[q[3]] = true
			labels = append(labels, q[3])
		}
	}
	slices.SortFunc(labels, func(a, b uint32) int { return strings.Compare(render[a], render[b]) })
	rank := make([]int32, len(sn.vals))
	for i, l := range labels {
		rank[l] = int32(i)
	}
	none := int32(len(labels))
	first := make([]int32, len(sn.vals)) // by node: the first label that mentions it
	for i := range first {
		first[i] = none
	}
	for _, q := range sn.quads {
		if q[3] == 0 {
			continue
		}
		r := rank[q[3]]
		for _, v := range []uint32{q[0], q[2]} {
			first[v] = min(first[v], r)
		}
	}
	return func(q squad) int {
		if q[3] != 0 {
			return int(rank[q[3]])
		}
		return int(first[q[0]])
	}
}

// ldValue turns a value into its JSON-LD form: IRIs absolute.
func ldValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return quad.IRI(schema.ExpandIRI(string(v)))
	case quad.TypedStringer:
		ts := v.TypedString()
		ts.Type = quad.IRI(schema.ExpandIRI(string(ts.Type)))
		return ts
	}
	return v
}

func (sn *snapshot) writeJSONLD(w io.Writer) error {
	jw := jsonld.NewWriter(w)
	ctx := make(map[string]any, len(schema.Namespaces))
	for _, ns := range schema.Namespaces {
		ctx[strings.TrimSuffix(ns.Prefix, ":")] = ns.IRI
	}
	jw.SetLdContext(ctx)
	for q := range sn.all() {
		q = quad.Quad{Subject: ldValue(q.Subject), Predicate: ldValue(q.Predicate), Object: ldValue(q.Object), Label: ldValue(q.Label)}
		if err := jw.WriteQuad(q); err != nil {
			return err
		}
	}
	return jw.Close()
}

func (sn *snapshot) writeEvents(w io.Writer) error {
	docs := make(map[string]schema.Document)
	for _, d := range sn.documents() {
		docs[d.ID] = d
	}
	return schema.WriteEventsCSV(w, sn.statements(), docs)
}

// GraphML, with the attribute keys Gephi reads.
type (
	gmlDoc struct {
		XMLName xml.Name `xml:"graphml"`
		NS      string   `xml:"xmlns,attr"`
		Keys    []gmlKey `xml:"key"`
		Graph   gmlGraph `xml:"graph"`
	}
	gmlKey struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	gmlGraph struct {
		ID          string    `xml:"id,attr"`
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []gmlNode `xml:"node"`
		Edges       []gmlEdge `xml:"edge"`
	}
	gmlNode struct {
		ID   string    `xml:"id,attr"`
		Data []gmlData `xml:"data"`
	}
	gmlEdge struct {
		ID     string    `xml:"id,attr"`
		Source string    `xml:"source,attr"`
		Target string    `xml:"target,attr"`
		Data   []gmlData `xml:"data"`
	}
	gmlData struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
)

func (sn *snapshot) writeGraphML(w io.Writer) error {
	g, err := sn.subgraph(SubgraphOptions{})
	if err != nil {
		return err
	}
	doc := gmlDoc{
		NS: "http://graphml.graphdrawing.org/xmlns",
		Keys: []gmlKey{
			{ID: "label", For: "node", Name: "label", Type: "string"},
			{ID: "type", For: "node", Name: "type", Type: "string"},
			{ID: "aliases", For: "node", Name: "aliases", Type: "string"},
			{ID: "relation", For: "edge", Name: "relation", Type: "string"},
			{ID: "weight", For: "edge", Name: "weight", Type: "double"},
			{ID: "documents", For: "edge", Name: "documents", Type: "string"},
		},
		Graph: gmlGraph{ID: "kgraph", EdgeDefault: "directed"},
	}
	for _, n := range g.Nodes {
		node := gmlNode{ID: n.ID, Data: []gmlData{{"label", n.Name}, {"type", string(n.Type)}}}
		if len(n.Aliases) > 0 {
			node.Data = append(node.Data, gmlData{"aliases", strings.Join(n.Aliases, "|")})
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, node)
	}
	for i, e := range g.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, gmlEdge{
			ID: "e" + strconv.Itoa(i), Source: e.From, Target: e.To,
			Data: []gmlData{{"relation", e.Relation}, {"weight", strconv.Itoa(e.Count)}, {"documents", strings.Join(docIDs(e.Docs), "|")}},
		})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

func docIDs(iris []string) []string {
	out := make([]string, len(iris))
	for i, d := range iris {
		out[i] = docID(d)
	}
	return out
}

// NodesHeader and EdgesHeader are the header rows of the CSV export.
var (
	NodesHeader = []string{"id", "label", "type", "subtype", "aliases", "iso", "wikidata"}
	EdgesHeader = []string{"source", "target", "relation", "weight", "documents"}
)

func (sn *snapshot) writeNodesCSV(w io.Writer) error {
	g, err := sn.subgraph(SubgraphOptions{})
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180
	_ = cw.Write(NodesHeader)
	for _, n := range g.Nodes {
		_ = cw.Write([]string{n.ID, n.Name, string(n.Type), n.Subtype, strings.Join(n.Aliases, "|"), n.ISO, n.Wikidata})
	}
	cw.Flush()
	return cw.Error()
}

func (sn *snapshot) writeEdgesCSV(w io.Writer) error {
	g, err := sn.subgraph(SubgraphOptions{})
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	_ = cw.Write(EdgesHeader)
	for _, e := range g.Edges {
		_ = cw.Write([]string{e.From, e.To, e.Relation, strconv.Itoa(e.Count), strings.Join(docIDs(e.Docs), "|")})
	}
	cw.Flush()
	return cw.Error()
}

// WriteNQuads writes the quads one extraction adds to a graph, sorted, as
// Export's nquads format would write them for a store holding only it; `kgraph
// load` of the output builds the same graph. No store is opened.
func WriteNQuads(w io.Writer, ex schema.Extraction) error {
	dq, err := buildDoc(&ex, ex.Document.Hash())
	if err != nil {
		return fmt.Errorf("%s: %w", docName(&ex.Document, 0), err)
	}
	seen := make(map[quad.Quad]bool, len(dq.own)+len(dq.shared))
	sn := newSnapshot()
	for _, qs := range [][]quad.Quad{dq.own, dq.shared} {
		for _, q := range qs {
			if !seen[q] {
				seen[q] = true
				sn.add(q)
			}
		}
	}
	sn.done()
	return sn.writeNQuads(w)
}
