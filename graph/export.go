package graph

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"github.com/kgraph/kgraph/schema"
)

// ExportFormats lists the formats Export writes. csv-nodes and csv-edges are
// the two tables of the csv export (kgraph export --format csv -o DIR writes
// both as nodes.csv and edges.csv).
var ExportFormats = []string{"nquads", "jsonld", "graphml", "csv-nodes", "csv-edges", "jsonl", "events"}

// Namespaces of the JSON-LD context. The store's IRIs are short ("kg:X",
// "rdf:type"); JSON-LD needs absolute ones, so kg: stands for urn:kg: and
// rdf:, schema: and xsd: for their W3C and schema.org namespaces. Compacted
// with the context, the document shows the short forms again.
const (
	nsKG     = "urn:kg:"
	nsRDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsSchema = "http://schema.org/"
	nsXSD    = "http://www.w3.org/2001/XMLSchema#"
)

// Export writes the whole graph to w in format (one of ExportFormats):
//
//	nquads     every quad, sorted; LoadFile reads it back to the same graph
//	jsonld     JSON-LD with an @context for kg:, rdf:, schema: and xsd:
//	graphml    entities and aggregated asserted edges, for Gephi
//	csv-nodes  id,label,type,subtype,aliases,iso,wikidata
//	csv-edges  source,target,relation,weight,documents
//	jsonl      the statements, one schema.Statement per line
//	events     statements coded as events, as schema.WriteEventsCSV writes
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error {
	sn, err := s.snapshot(ctx)
	if err != nil {
		return err
	}
	switch format {
	case "nquads", "nq":
		err = sn.writeNQuads(w)
	case "jsonld":
		err = sn.writeJSONLD(w)
	case "graphml":
		err = sn.writeGraphML(w)
	case "csv-nodes":
		err = sn.writeNodesCSV(w)
	case "csv-edges":
		err = sn.writeEdgesCSV(w)
	case "jsonl":
		err = writeStatements(w, sn.statements())
	case "events":
		docs := make(map[string]schema.Document)
		for _, d := range sn.documents() {
			docs[d.ID] = d
		}
		err = schema.WriteEventsCSV(w, sn.statements(), docs)
	default:
		return fmt.Errorf("export: unknown format %q (want %s)", format, strings.Join(ExportFormats, ", "))
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

// writeNQuads writes the quads sorted as their lines sort. A line is its
// values' renderings joined by spaces; no rendering is a prefix of another
// but for a space or a character that sorts after one ("x" and "x"^^<t>),
// so comparing the renderings in turn gives the order of the lines without
// building them all first.
func (sn *snapshot) writeNQuads(w io.Writer) error {
	render := make([]string, len(sn.vals))
	for i, v := range sn.vals[1:] {
		render[i+1] = v.String()
	}
	order := slices.Clone(sn.quads)
	slices.SortFunc(order, func(a, b squad) int {
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

// ldIRI expands the rdf: and schema: prefixes; kg: IRIs stay.
func ldIRI(v quad.IRI) quad.IRI {
	s := string(v)
	switch {
	case strings.HasPrefix(s, schema.Prefix):
		return quad.IRI(nsKG + s[len(schema.Prefix):])
	case strings.HasPrefix(s, "rdf:"):
		return quad.IRI(nsRDF + s[4:])
	case strings.HasPrefix(s, "schema:"):
		return quad.IRI(nsSchema + s[7:])
	case strings.HasPrefix(s, "xsd:"):
		return quad.IRI(nsXSD + s[4:])
	}
	return v
}

func ldValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return ldIRI(v)
	case quad.TypedStringer:
		ts := v.TypedString()
		ts.Type = ldIRI(ts.Type)
		return ts
	}
	return v
}

func (sn *snapshot) writeJSONLD(w io.Writer) error {
	jw := jsonld.NewWriter(w)
	jw.SetLdContext(map[string]any{
		"kg":     nsKG,
		"rdf":    nsRDF,
		"schema": nsSchema,
		"xsd":    nsXSD,
	})
	for q := range sn.all() {
		q = quad.Quad{Subject: ldValue(q.Subject), Predicate: ldValue(q.Predicate), Object: ldValue(q.Object), Label: ldValue(q.Label)}
		if err := jw.WriteQuad(q); err != nil {
			return err
		}
	}
	return jw.Close()
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

// writeStatements writes statements as JSON Lines.
func writeStatements(w io.Writer, sts []schema.Statement) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range sts {
		if err := enc.Encode(&sts[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
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
