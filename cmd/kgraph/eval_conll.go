package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/eval/conll"
	"github.com/kgraph/kgraph/extract/ner"
)

func init() {
	registerEval(&cli.Command{
		Name:      "conll",
		Usage:     "score the named-entity recognizer on a CoNLL file (exact span and type)",
		ArgsUsage: "FILE",
		Description: "FILE has one token a line, the word in the first column and its IOB tag in the last\n" +
			"(IOB1, IOB2, IOBES); blank lines end sentences and -DOCSTART- lines documents.\n" +
			"Prints precision, recall and F1 per type, then the line \"F1 X\".",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "types", Usage: "score only these comma-separated types (e.g. PER,LOC,ORG)"},
		},
		Action: evalCoNLL,
	})
}

func evalCoNLL(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("eval conll: want one FILE, got %d arguments", c.NArg())
	}
	docs, err := conll.ReadFile(c.Args().First())
	if err != nil {
		return err
	}
	r, err := ner.Load()
	if err != nil {
		return err
	}
	var sc conll.Score
	if t := c.String("types"); t != "" {
		sc.Only = map[string]bool{}
		for _, x := range strings.Split(t, ",") {
			sc.Only[strings.TrimSpace(x)] = true
		}
	}
	for _, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			words[i] = s.Words
		}
		for i, tags := range r.TagDocument(words) {
			sc.Add(d.Sentences[i].Tags, tags)
		}
	}
	if err := sc.WriteTable(c.App.Writer); err != nil {
		return fmt.Errorf("eval conll: %w", err)
	}
	return nil
}
