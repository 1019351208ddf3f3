package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/graph"
)

func init() {
	register(&cli.Command{
		Name:  "export",
		Usage: "export the graph for RDF stores, Gephi, pandas or event analysis",
		Description: `Formats:
   nquads     every quad (kgraph load reads it back)
   jsonld     JSON-LD with an @context for kg:, rdf:, schema:
   graphml    entities and aggregated edges, for Gephi
   csv        nodes.csv and edges.csv in the directory given by -o
   csv-nodes, csv-edges   one of the two tables
   jsonl      the statements, one JSON object per line (kgraph load reads it back)
   events     a GDELT-like table of the statements coded as events`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "`FORMAT`: nquads, jsonld, graphml, csv, csv-nodes, csv-edges, jsonl or events (default: from the -o extension, else nquads)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (a directory for csv); - or none for stdout"},
		},
		Action: exportAction,
	})
}

// exportExts maps output file extensions to formats.
var exportExts = map[string]string{
	".nq": "nquads", ".nt": "nquads", ".jsonld": "jsonld", ".graphml": "graphml",
	".jsonl": "jsonl", ".ndjson": "jsonl",
}

func exportAction(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("export: unexpected argument %q (the store is chosen with --db)", c.Args().First())
	}
	out := c.String("output")
	format := c.String("format")
	if format == "" {
		format = exportExts[strings.ToLower(filepath.Ext(out))]
		if format == "" {
			format = "nquads"
		}
	}
	known := format == "csv"
	for _, f := range graph.ExportFormats {
		known = known || f == format
	}
	if !known {
		return usagef("export: unknown --format %q (want nquads, jsonld, graphml, csv, csv-nodes, csv-edges, jsonl or events)", format)
	}
	if format == "csv" && (out == "" || out == "-") {
		return usagef("export: --format csv writes nodes.csv and edges.csv: give a directory with -o DIR (or use csv-nodes / csv-edges for stdout)")
	}
	s, err := openExistingStore(c)
	if err != nil {
		return err
	}
	defer s.Close()
	if format == "csv" {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		for _, t := range []struct{ format, file string }{{"csv-nodes", "nodes.csv"}, {"csv-edges", "edges.csv"}} {
			if err := exportFile(c, s, t.format, filepath.Join(out, t.file)); err != nil {
				return err
			}
		}
		return s.Close()
	}
	if out == "" || out == "-" {
		if err := s.Export(c.Context, c.App.Writer, format); err != nil {
			return err
		}
		return s.Close()
	}
	if err := exportFile(c, s, format, out); err != nil {
		return err
	}
	return s.Close()
}

// exportFile writes one export to path through a temporary file, so that a
// failed export leaves no half-written file behind.
func exportFile(c *cli.Context, s *graph.Store, format, path string) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := s.Export(c.Context, f, format); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
