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
	if c.NArg() == 0 {
		return usagef("load: no input files (use - for stdin)")
	}
	s, err := openStore(c)
	if err != nil {
		return err
	}
	defer s.Close()
	var total graph.LoadStats
	failed := 0
	for _, name := range c.Args().Slice() {
		st, err := loadOne(c, s, name)
		if err != nil {
			if c.Err() != nil {
				return err
			}
			fmt.Fprintf(c.App.ErrWriter, "kgraph: %v\n", err)
			failed++
			continue
		}
		total.Documents += st.Documents
		total.Skipped += st.Skipped
		total.Replaced += st.Replaced
		total.Quads += st.Quads
		total.Removed += st.Removed
	}
	if !c.Bool("quiet") {
		fmt.Fprintf(c.App.ErrWriter, "kgraph: loaded %d documents (%d unchanged, %d replaced), %d quads written, %d removed\n",
			total.Documents, total.Skipped, total.Replaced, total.Quads, total.Removed)
	}
	if err := s.Close(); err != nil {
		return err
	}
	switch {
	case failed == c.NArg():
		return fmt.Errorf("load: no input loaded")
	case failed > 0:
		return errPartial
	}
	return nil
}

func loadOne(c *cli.Context, s *graph.Store, name string) (graph.LoadStats, error) {
	if name == "-" {
		return s.LoadFile(c.Context, c.App.Reader, "stdin")
	}
	f, err := os.Open(name)
	if err != nil {
		return graph.LoadStats{}, err
	}
	defer f.Close()
	return s.LoadFile(c.Context, f, name)
}
