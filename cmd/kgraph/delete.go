package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "delete",
		Usage:     "remove documents from the store, with the entities, aliases and concepts only they mention",
		ArgsUsage: "DOC... (document IDs, or their IRIs kg:doc/ID)",
		Flags: []cli.Flag{
			dbFlag,
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "do not report what was removed"},
		},
		Action: deleteAction,
	})
}

func deleteAction(c *cli.Context) error {
	docs, err := trailingFlags(c)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return usagef("delete: no documents named (give their IDs)")
	}
	s, err := openExistingStore(c)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Delete(c.Context, docs)
	if err != nil {
		return err
	}
	if !c.Bool("quiet") {
		fmt.Fprintf(c.App.ErrWriter, "kgraph: deleted %d %s, %d quads removed\n", st.Documents, plural(st.Documents, "document"), st.Removed)
	}
	return s.Close()
}

// plural returns word, with an s unless n is 1.
func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
