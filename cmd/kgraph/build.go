package main

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/schema"
)

func init() {
	register(&cli.Command{
		Name:      "build",
		Usage:     "extract statements from articles and load them into the store (idempotent)",
		ArgsUsage: "[FILE|DIR|-]...",
		Flags:     append(inputFlags(), dbFlag),
		Action:    buildAction,
	})
}

// loadBatch is how many extracted documents go to the store at once.
const loadBatch = 64

func buildAction(c *cli.Context) error {
	opts, err := pipelineOptions(c)
	if err != nil {
		return err
	}
	plan, err := inputs(c)
	if err != nil {
		return err
	}
	// The store is opened (and locked) before the models load, so that a
	// query meanwhile hears that the store is in use, not that there is none.
	st, err := openStore(c)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := loadPipeline(c.Context, opts)
	if err != nil {
		return err
	}
	start := time.Now()
	var total graph.LoadStats
	var batch []schema.Extraction
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		s, err := st.Load(c.Context, batch)
		if err != nil {
			return err
		}
		total.Documents += s.Documents
		total.Skipped += s.Skipped
		total.Replaced += s.Replaced
		total.Quads += s.Quads
		batch = batch[:0]
		return nil
	}
	prog := newProgress(c, "built", plan.Docs)
	err = p.Run(c.Context, source(c.Context, plan), func(ex schema.Extraction) error {
		prog.add(1, len(ex.Statements))
		batch = append(batch, ex)
		if len(batch) >= loadBatch {
			return flush()
		}
		return nil
	})
	prog.done()
	if err == nil || isInputErr(err) {
		if ferr := flush(); ferr != nil {
			return ferr
		}
	}
	if !c.Bool("quiet") {
		fmt.Fprintf(c.App.ErrWriter, "kgraph: loaded %s (%d unchanged, %d replaced), %s in %s\n",
			plural(total.Documents, "document"), total.Skipped, total.Replaced, plural(total.Quads, "quad"),
			time.Since(start).Round(time.Millisecond))
	}
	return inputErrors(err, prog.docs)
}
