package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/schema"
)

// extractionWriter writes extractions in one output format.
type extractionWriter interface{ write(schema.Extraction) error }

// outFormat is one output format of extract: its name, the -o extension
// that selects it, a line of help and how to make its writer. A new output
// format is one entry of outFormats (DESIGN.md, "Where to add things").
type outFormat struct {
	name string
	ext  string
	doc  string
	new  func(w io.Writer) extractionWriter
	// clauses: the format writes the clauses of each sentence (CaRB's
	// system format), not coded statements; new is nil.
	clauses bool
}

// outFormats is the registry of extract's output formats; the first is the
// default.
var outFormats = []outFormat{
	{name: "jsonl", ext: ".jsonl", doc: "a line for each document and its entities, then one a statement (kgraph load reads it)",
		new: func(w io.Writer) extractionWriter { return &jsonlWriter{w: w} }},
	{name: "tsv", ext: ".tsv", doc: "one statement a line, tab-separated, with a header",
		new: func(w io.Writer) extractionWriter { return &tsvWriter{w: w} }},
	{name: "nquads", ext: ".nq", doc: "the quads the store would hold (kgraph load reads it)",
		new: func(w io.Writer) extractionWriter { return &nquadsWriter{w: w} }},
	{name: "carb", ext: ".carb", doc: "CaRB's system format: the clauses of each sentence, for kgraph eval carb", clauses: true},
}

// outFormatOf picks the output format: --format by name, else the -o
// file's extension, else the first of the registry.
func outFormatOf(name, output string) (outFormat, error) {
	for _, f := range outFormats {
		if f.name == name || name == "" && output != "-" && strings.EqualFold(filepath.Ext(output), f.ext) {
			return f, nil
		}
	}
	if name == "" {
		return outFormats[0], nil
	}
	return outFormat{}, usagef("unknown --format %q (want %s)", name, strings.Join(outFormatNames(), ", "))
}

func outFormatNames() []string {
	var n []string
	for _, f := range outFormats {
		n = append(n, f.name)
	}
	return n
}

// outFormatHelp describes the output formats, one a line.
func outFormatHelp() string {
	var b strings.Builder
	for _, f := range outFormats {
		fmt.Fprintf(&b, "%-6s %s (-o *%s)\n", f.name, f.doc, f.ext)
	}
	return strings.TrimRight(b.String(), "\n")
}

// jsonlWriter writes kgraph's JSON Lines: a line for the document and its
// entities, then one statement per line with its provenance.
type jsonlWriter struct{ w io.Writer }

func (j *jsonlWriter) write(ex schema.Extraction) error { return graph.WriteJSONL(j.w, ex) }

// tsvWriter writes a header, then one statement per line.
type tsvWriter struct {
	w      io.Writer
	header bool
}

var tsvHeader = []string{"document", "sentence", "subject", "subject_entity", "predicate", "object", "object_entity",
	"polarity", "modality", "kind", "verb", "cameo", "event_date", "speaker", "confidence", "start", "end"}

func (t *tsvWriter) write(ex schema.Extraction) error {
	if !t.header {
		t.header = true
		if _, err := fmt.Fprintln(t.w, strings.Join(tsvHeader, "\t")); err != nil {
			return err
		}
	}
	for _, s := range ex.Statements {
		row := []string{s.Doc, strconv.Itoa(s.SentenceIndex), s.Subject.Text, s.Subject.Entity, s.Predicate,
			s.Object.Text, s.Object.Entity, string(s.Polarity), string(s.Modality), string(s.Kind), s.Verb, s.CAMEO,
			s.EventDate, s.Speaker, strconv.FormatFloat(s.Confidence, 'f', 3, 64),
			strconv.Itoa(s.SentenceSpan.Start), strconv.Itoa(s.SentenceSpan.End)}
		for i, v := range row {
			row[i] = tsvField(v)
		}
		if _, err := fmt.Fprintln(t.w, strings.Join(row, "\t")); err != nil {
			return err
		}
	}
	return nil
}

// tsvField keeps a value on one line and in one column.
func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

// nquadsWriter writes each extraction as the N-Quads the store would hold
// for it, so that `kgraph load` of the output builds the same graph.
type nquadsWriter struct{ w io.Writer }

func (n *nquadsWriter) write(ex schema.Extraction) error { return graph.WriteNQuads(n.w, ex) }
