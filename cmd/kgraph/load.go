package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/graph"
)

func init() {
	register(&cli.Command{
		Name:      "load",
		Usage:     "load N-Quads or JSON Lines statements made earlier into the store",
		ArgsUsage: "FILE... (- for stdin)",
		Flags: []cli.Flag{
			dbFlag,
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "do not report what was loaded"},
		},
		Action: loadAction,
	})
}

func loadAction(c *cli.Context) error {
	files := c.Args().Slice()
	if len(files) == 0 {
		return usagef("load: no input files (use - for stdin)")
	}
	s, err := openStore(c)
	if err != nil {
		return err
	}
	defer s.Close()
	// One load for all the files: into a new store, a bulk load.
	ld, err := s.NewLoader(c.Context)
	if err != nil {
		return err
	}
	failed := 0
	for _, name := range files {
		if err := loadOne(c, ld, name); err != nil {
			if c.Err() != nil {
				ld.Close()
				return err
			}
			fmt.Fprintf(c.App.ErrWriter, "kgraph: %v\n", err)
			failed++
			continue
		}
	}
	total, err := ld.Close()
	if err != nil {
		return err
	}
	if !c.Bool("quiet") && failed < len(files) {
		fmt.Fprintf(c.App.ErrWriter, "kgraph: loaded %s (%d unchanged, %d replaced), %s written, %d removed\n",
			plural(total.Documents, "document"), total.Skipped, total.Replaced, plural(total.Quads, "quad"), total.Removed)
	}
	if err := s.Close(); err != nil {
		return err
	}
	switch {
	case failed == len(files):
		return fmt.Errorf("load: no input loaded")
	case failed > 0:
		return errPartial
	}
	return nil
}

func loadOne(c *cli.Context, ld *graph.Loader, name string) error {
	if name == "-" {
		return ld.LoadFile(c.Context, c.App.Reader, "stdin")
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	rp := newReadProgress(c, f, name, size)
	defer rp.done()
	return ld.LoadFile(c.Context, rp, name)
}
