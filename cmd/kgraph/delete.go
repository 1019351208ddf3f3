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
	docs := c.Args().Slice()
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
		fmt.Fprintf(c.App.ErrWriter, "kgraph: deleted %s, %s removed\n", plural(st.Documents, "document"), plural(st.Removed, "quad"))
	}
	return s.Close()
}
