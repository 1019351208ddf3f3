package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/read"
	"github.com/kgraph/kgraph/schema"
)

// inputFlags are the flags of every command that reads articles.
func inputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "input-format", Value: read.Auto, Usage: "input `FORMAT`: " + strings.Join(read.Formats, "|")},
		&cli.StringFlag{Name: "date", Usage: "publication date (YYYY-MM-DD) for articles that carry none"},
		&cli.IntFlag{Name: "workers", Usage: "documents extracted at once", DefaultText: "number of CPUs"},
		&cli.StringFlag{Name: "max-doc-size", Value: "10MB", Usage: "refuse documents larger than `SIZE` (bytes, or with KB, MB, GB)"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress on stderr"},
	}
}

// inputs plans the reading of the command's arguments (no argument is
// stdin): the files, their document IDs and how many documents there are.
// Two inputs that would get one ID are a usage error, before anything runs.
func inputs(c *cli.Context) (*read.Plan, error) {
	if err := read.CheckFormat(c.String("input-format")); err != nil {
		return nil, usagef("--input-format: %v", err)
	}
	size, err := parseSize(c.String("max-doc-size"))
	if err != nil {
		return nil, usagef("--max-doc-size: %v", err)
	}
	args := c.Args().Slice()
	if len(args) == 0 {
		args = []string{"-"}
	}
	opts := read.Options{Format: c.String("input-format"), Stdin: c.App.Reader, MaxSize: size}
	plan, err := read.NewPlan(c.Context, args, opts)
	var de *read.DuplicateIDError
	if errors.As(err, &de) {
		return nil, usageError{err}
	}
	return plan, err
}

// source reads the documents of a plan.
func source(ctx context.Context, plan *read.Plan) extract.Source {
	return func(yield func(schema.Document) error) error { return plan.Read(ctx, yield) }
}

// parseSize reads a size: bytes, or a number with KB, MB or GB (powers of
// 1024; K, M, G alone too).
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size (say 10MB)", s)
	}
	return int64(n * float64(mult)), nil
}

// indent indents each line of s for a help text.
func indent(s string) string { return "   " + strings.ReplaceAll(s, "\n", "\n   ") }
