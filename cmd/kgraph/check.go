package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:  "check",
		Usage: "check the store: its file (bolt's own consistency) and kgraph's invariants",
		Description: "Checks every page of an embedded store's file, then that every document is complete with\n" +
			"its hash, every statement node complete, and every entity an edge or statement points at typed\n" +
			"or named. Prints what is wrong, one line each, and exits 1 when anything is.",
		Flags:  []cli.Flag{dbFlag},
		Action: checkAction,
	})
}

// errUnsound is the error of a check that found problems.
var errUnsound = errors.New("the store has problems")

func checkAction(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("check: unexpected argument %q (the store is chosen with --db)", c.Args().First())
	}
	s, err := openExistingStore(c)
	if err != nil {
		return err
	}
	defer s.Close()
	problems, err := s.Check(c.Context)
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintln(c.App.Writer, p)
	}
	if len(problems) > 0 {
		return fmt.Errorf("check: %w (%s)", errUnsound, plural(len(problems), "problem"))
	}
	st, err := s.Stats(c.Context)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "ok: %s, %s, %s\n", plural(st.Documents, "document"), plural(st.Statements, "statement"), plural(int(st.Quads), "quad"))
	return s.Close()
}
