package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/read"
	"github.com/kgraph/kgraph/schema"
)

func init() {
	register(&cli.Command{
		Name:      "extract",
		Usage:     "extract statements from articles and write them to stdout",
		ArgsUsage: "[FILE|DIR|-]...",
		Description: "No argument or - reads stdin. Input formats (--input-format):\n" + indent(read.FormatHelp()) +
			"\nOutput formats (--format):\n" + indent(outFormatHelp()),
		Flags: append(inputFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "output `FORMAT`: " + strings.Join(outFormatNames(), "|"), DefaultText: "from the -o extension, else jsonl"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "-", Usage: "output file (- for stdout)"},
			shardFlag,
		),
		Action: extractAction,
	})
}

// newPipeline builds the extraction pipeline from the input flags.
func newPipeline(c *cli.Context) (*extract.Pipeline, error) {
	opts, err := pipelineOptions(c)
	if err != nil {
		return nil, err
	}
	return loadPipeline(c.Context, opts)
}

// loadPipeline loads the models, or gives up when ctx is cancelled meanwhile
// (loading does not look at ctx; the process is about to end).
func loadPipeline(ctx context.Context, opts []extract.Option) (*extract.Pipeline, error) {
	type loaded struct {
		p   *extract.Pipeline
		err error
	}
	ch := make(chan loaded, 1)
	go func() {
		p, err := extract.New(opts...)
		ch <- loaded{p, err}
	}()
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case l := <-ch:
		return l.p, l.err
	}
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

// inputErrors maps read errors to errPartial when some inputs could not be
// read but others (ok of them) were; when none was, it is a plain failure.
func inputErrors(err error, ok int) error {
	if err == nil || !isInputErr(err) || ok == 0 {
		return err
	}
	return fmt.Errorf("%w:\n%v", errPartial, err)
}

func extractAction(c *cli.Context) error {
	f, err := outFormatOf(c.String("format"), c.String("output"))
	if err != nil {
		return err
	}
	plan, err := inputs(c)
	if err != nil {
		return err
	}
	src, err := shardSource(c, source(c.Context, plan))
	if err != nil {
		return err
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
	prog := newProgress(c, "extracted", plan.Docs)
	if f.clauses {
		err = writeCarb(c.Context, p, src, bw, prog)
	} else {
		w := f.new(bw)
		err = p.Run(c.Context, src, func(ex schema.Extraction) error {
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
