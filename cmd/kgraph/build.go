package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

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
	// One load for the whole build: into a new store, a bulk load.
	ld, err := st.NewLoader(c.Context)
	if err != nil {
		return err
	}
	var batch []schema.Extraction
	flush := func() error {
		err := ld.Load(c.Context, batch)
		batch = batch[:0]
		return err
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
			ld.Close()
			return ferr
		}
	}
	total, cerr := ld.Close()
	if cerr != nil {
		if err == nil || isInputErr(err) {
			return cerr
		}
		return errors.Join(err, cerr)
	}
	if !c.Bool("quiet") {
		fmt.Fprintf(c.App.ErrWriter, "kgraph: loaded %s (%d unchanged, %d replaced), %s in %s\n",
			plural(total.Documents, "document"), total.Skipped, total.Replaced, plural(total.Quads, "quad"),
			time.Since(start).Round(time.Millisecond))
	}
	return inputErrors(err, prog.docs)
}
