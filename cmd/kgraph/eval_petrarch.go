package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/eval/petrarch"
	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/schema"
)

func init() {
	registerEval(&cli.Command{
		Name:      "petrarch",
		Usage:     "score event coding against PETRARCH2's unit-test records",
		ArgsUsage: "RECORDS.xml",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "actors", Usage: "actor dictionary (default: PETR.Validate.actors.txt beside RECORDS.xml)"},
			&cli.StringFlag{Name: "agents", Usage: "agent dictionary (default: PETR.Validate.agents.txt beside RECORDS.xml)"},
			&cli.StringFlag{Name: "verbs", Usage: "verb dictionary (default: PETR.Validate.verbs.txt beside RECORDS.xml)"},
			&cli.BoolFlag{Name: "builtin-verbs", Usage: "let the built-in verbs code what the verb dictionary lacks"},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "print each record's gold and coded events on stderr"},
		},
		Action: evalPetrarchAction,
	})
}

func evalPetrarchAction(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("eval petrarch: want RECORDS.xml, got %d arguments", c.NArg())
	}
	path := c.Args().First()
	dir := filepath.Dir(path)
	actors, agents := c.String("actors"), c.String("agents")
	if actors == "" {
		actors = filepath.Join(dir, "PETR.Validate.actors.txt")
	}
	if agents == "" {
		agents = filepath.Join(dir, "PETR.Validate.agents.txt")
	}
	verbs := c.String("verbs")
	if verbs == "" {
		verbs = filepath.Join(dir, "PETR.Validate.verbs.txt")
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	recs, err := petrarch.ReadRecords(f, path)
	f.Close()
	if err != nil {
		return err
	}
	dict, err := petrarch.LoadDictionary(actors, agents)
	if err != nil {
		return err
	}
	vf, err := os.Open(verbs)
	if err != nil {
		return err
	}
	defer vf.Close()
	opts := []extract.Option{extract.WithVerbDictionary(vf), extract.WithActors(dict.Actors...)}
	if !c.Bool("builtin-verbs") {
		opts = append(opts, extract.WithoutBuiltinVerbs())
	}
	p, err := extract.New(opts...)
	if err != nil {
		return fmt.Errorf("load pipeline: %w", err)
	}
	n := 0
	ex := func(ctx context.Context, text string) ([]schema.Statement, error) {
		n++
		x, err := p.Document(ctx, schema.Document{ID: fmt.Sprintf("petrarch-%d", n), Text: text, Source: path})
		return x.Statements, err
	}
	var trace io.Writer
	if c.Bool("verbose") {
		trace = c.App.ErrWriter
	}
	res, err := petrarch.Evaluate(c.Context, recs, dict, ex, trace)
	if err != nil {
		return err
	}
	return res.Write(c.App.Writer)
}
