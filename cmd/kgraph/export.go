package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/schema"
)

func init() {
	register(&cli.Command{
		Name:        "export",
		Usage:       "export the graph for RDF stores, Gephi, pandas or event analysis",
		Description: exportHelp(),
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "`FORMAT`: " + exportNames() + " (default: from the -o extension, else nquads)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (a directory for csv); - or none for stdout"},
		},
		Action: exportAction,
	})
}

// exportHelp lists the export formats, from graph's registry.
func exportHelp() string {
	var b strings.Builder
	b.WriteString("Formats:")
	for _, f := range graph.ExportFormats() {
		fmt.Fprintf(&b, "\n   %-10s %s", f.Name, f.Usage)
	}
	b.WriteString("\nIRIs in nquads and jsonld are absolute: kg: stands for " + schema.BaseIRI + ".")
	return b.String()
}

// exportNames lists the export format names, comma-separated.
func exportNames() string {
	var names []string
	for _, f := range graph.ExportFormats() {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}

func exportAction(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("export: unexpected argument %q (the store is chosen with --db)", c.Args().First())
	}
	out := c.String("output")
	name := c.String("format")
	var f graph.ExportFormat
	if name == "" {
		var ok bool
		if f, ok = graph.ExportFormatForFile(out); !ok {
			f, _ = graph.LookupExportFormat("nquads")
		}
	} else if fo, ok := graph.LookupExportFormat(name); ok {
		f = fo
	} else {
		return usagef("export: unknown --format %q (want %s)", name, exportNames())
	}
	if len(f.Files) > 0 && (out == "" || out == "-") {
		return usagef("export: --format %s writes %d files: give a directory with -o DIR", f.Name, len(f.Files))
	}
	s, err := openExistingStore(c)
	if err != nil {
		return err
	}
	defer s.Close()
	switch {
	case len(f.Files) > 0:
		if err := os.MkdirAll(out, 0o755); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		for _, file := range f.Files {
			if err := exportFile(c, s, file.Format, filepath.Join(out, file.Name)); err != nil {
				return err
			}
		}
	case out == "" || out == "-":
		if err := s.Export(c.Context, c.App.Writer, f.Name); err != nil {
			return err
		}
	default:
		if err := exportFile(c, s, f.Name, out); err != nil {
			return err
		}
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
