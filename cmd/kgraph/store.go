package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/graph"
)

// dbFlag selects the store: a bolt directory (the default kgraph.db),
// bolt:PATH, mem: or a postgres:// URL, as graph's backend registry lists
// them.
var dbFlag = &cli.StringFlag{
	Name:    "db",
	Usage:   "store `URL`: " + strings.Join(graph.StoreURLs(), "; "),
	EnvVars: []string{"KGRAPH_DB"},
	Value:   "kgraph.db",
}

// openStore opens the store the --db flag names, creating it if needed.
func openStore(c *cli.Context) (*graph.Store, error) {
	return open(c)
}

// openExistingStore opens the store the --db flag names for reading: a
// missing embedded store is an error, not a new empty one.
func openExistingStore(c *cli.Context) (*graph.Store, error) {
	return open(c, graph.MustExist())
}

func open(c *cli.Context, opts ...graph.Option) (*graph.Store, error) {
	url := c.String(dbFlag.Name)
	if url == "" {
		url = dbFlag.Value
	}
	s, err := graph.Open(c.Context, url, opts...)
	if errors.Is(err, graph.ErrLocked) {
		return nil, fmt.Errorf("%w; close the other kgraph (or use another --db)", err)
	}
	return s, err
}
