package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/read"
	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/schema"
)

func init() {
	register(&cli.Command{
		Name:      "extract",
		Usage:     "extract statements from articles and write them to stdout",
		ArgsUsage: "[FILE|DIR|-]...",
		Description: "Reads plain text, HTML, JSON Lines ({\"id\",\"title\",\"url\",\"published\",\"text\"}) or,\n" +
			"with --input-format lines, one pre-tokenized sentence per line. No argument or - reads stdin.",
		Flags: append(inputFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "jsonl", Usage: "output format: " + strings.Join(formatNames(), "|")},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "-", Usage: "output file (- for stdout)"},
		),
		Action: extractAction,
	})
}

// inputFlags are the flags of every command that reads articles.
func inputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "input-format", Value: "auto", Usage: "input format: auto|text|html|jsonl|lines"},
		&cli.StringFlag{Name: "date", Usage: "publication date (YYYY-MM-DD) for articles that carry none"},
		&cli.IntFlag{Name: "workers", Usage: "documents extracted at once", DefaultText: "number of CPUs"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress on stderr"},
	}
}

// newPipeline builds the extraction pipeline from the input flags.
func newPipeline(c *cli.Context) (*extract.Pipeline, error) {
	opts, err := pipelineOptions(c)
	if err != nil {
		return nil, err
	}
	return extract.New(opts...)
}

// pipelineOptions checks the input flags and turns them into pipeline
// options, without loading the models.
func pipelineOptions(c *cli.Context) ([]extract.Option, error) {
	date := c.String("date")
	if date != "" {
		if _, err := parseDate(date); err != nil {
			return nil, usagef("--date %q: want YYYY-MM-DD", date)
		}
	}
	if c.Int("workers") < 0 {
		return nil, usagef("--workers must not be negative")
	}
	return []extract.Option{
		extract.WithWorkers(c.Int("workers")),
		extract.WithPretokenized(c.String("input-format") == "lines"),
		extract.WithDate(date),
	}, nil
}

// source reads the command's arguments as documents.
func source(c *cli.Context) extract.Source {
	args := c.Args().Slice()
	if len(args) == 0 {
		args = []string{"-"}
	}
	opts := read.Options{Format: c.String("input-format"), Stdin: c.App.Reader}
	return func(yield func(schema.Document) error) error {
		return read.Paths(c.Context, args, opts, yield)
	}
}

// inputErrors maps read errors to errPartial when some inputs could not be
// read but others (ok of them) were; when none was, it is a plain failure.
func inputErrors(err error, ok int) error {
	if err == nil || !isInputErr(err) || ok == 0 {
		return err
	}
	return fmt.Errorf("%w:\n%v", errPartial, err)
}

func extractAction(c *cli.Context) error {
	if err := checkInputFormat(c); err != nil {
		return err
	}
	name := c.String("format")
	f, ok := formatByName(name)
	if !ok {
		return usagef("unknown --format %q (want %s)", name, strings.Join(formatNames(), ", "))
	}
	p, err := newPipeline(c)
	if err != nil {
		return err
	}
	out, done, err := createOutput(c.String("output"), c.App.Writer)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(out)
	prog := newProgress(c, "extracted")
	if name == "carb" {
		err = writeCarb(c.Context, p, source(c), bw, prog)
	} else {
		w := f.new(bw)
		err = p.Run(c.Context, source(c), func(ex schema.Extraction) error {
			prog.add(1, len(ex.Statements))
			return w.write(ex)
		})
	}
	prog.done()
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if derr := done(err); err == nil {
		err = derr
	}
	return inputErrors(err, prog.docs)
}

// writeCarb writes CaRB's system format: clauses, not coded statements.
func writeCarb(ctx context.Context, p *extract.Pipeline, src extract.Source, w io.Writer, prog *progress) error {
	return src(func(d schema.Document) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		ad, cs := p.Clauses(d)
		prog.add(1, len(cs))
		return clause.WriteCarb(w, ad, cs)
	})
}

func checkInputFormat(c *cli.Context) error {
	switch f := c.String("input-format"); f {
	case "auto", "text", "html", "jsonl", "lines":
		return nil
	default:
		return usagef("unknown --input-format %q (want auto, text, html, jsonl or lines)", f)
	}
}

// createOutput opens path for writing ("-" is stdout). The returned done
// function closes the file and, when the command failed, removes it so that
// nothing half-written is left behind.
func createOutput(path string, stdout io.Writer) (io.Writer, func(error) error, error) {
	if path == "" || path == "-" {
		return stdout, func(error) error { return nil }, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".kgraph-*")
	if err != nil {
		return nil, nil, fmt.Errorf("create output: %w", err)
	}
	return tmp, func(failed error) error {
		cerr := tmp.Close()
		if failed != nil && !errors.Is(failed, errPartial) {
			os.Remove(tmp.Name())
			return nil
		}
		if cerr != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("write %s: %w", path, cerr)
		}
		os.Chmod(tmp.Name(), 0o644)
		if err := os.Rename(tmp.Name(), path); err != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	}, nil
}

// extractionWriter writes extractions in one output format.
type extractionWriter interface{ write(schema.Extraction) error }

type outFormat struct {
	name string
	new  func(w io.Writer) extractionWriter
}

var outFormats = []outFormat{
	{"jsonl", func(w io.Writer) extractionWriter { return &jsonlWriter{w: w} }},
	{"tsv", func(w io.Writer) extractionWriter { return &tsvWriter{w: w} }},
	{"nquads", func(w io.Writer) extractionWriter { return &nquadsWriter{w: w} }},
	{"carb", nil},
}

func formatByName(name string) (outFormat, bool) {
	for _, f := range outFormats {
		if f.name == name {
			return f, true
		}
	}
	return outFormat{}, false
}

func formatNames() []string {
	var n []string
	for _, f := range outFormats {
		n = append(n, f.name)
	}
	return n
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

// progress reports on stderr when it is a terminal and --quiet is off.
type progress struct {
	w          io.Writer
	on         bool
	verb       string
	docs, stmt int
}

func newProgress(c *cli.Context, verb string) *progress {
	p := &progress{w: c.App.ErrWriter, verb: verb}
	if f, ok := c.App.ErrWriter.(*os.File); ok && !c.Bool("quiet") {
		p.on = term.IsTerminal(int(f.Fd()))
	}
	return p
}

func (p *progress) add(docs, statements int) {
	p.docs += docs
	p.stmt += statements
	if p.on && (p.docs < 100 || p.docs%100 == 0) {
		fmt.Fprintf(p.w, "\rkgraph: %s %s, %s", p.verb, plural(p.docs, "document"), plural(p.stmt, "statement"))
	}
}

func (p *progress) done() {
	if p.on && p.docs > 0 {
		fmt.Fprintf(p.w, "\rkgraph: %s %s, %s\n", p.verb, plural(p.docs, "document"), plural(p.stmt, "statement"))
	}
}

// nquadsWriter writes each extraction as the N-Quads the store would hold
// for it, so that `kgraph load` of the output builds the same graph.
type nquadsWriter struct{ w io.Writer }

func (n *nquadsWriter) write(ex schema.Extraction) error { return graph.WriteNQuads(n.w, ex) }
