package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/eval/gold"
)

func init() {
	registerEval(&cli.Command{
		Name:      "gold",
		Usage:     "score extraction of one article against its hand-checked gold facts",
		ArgsUsage: "GOLD.tsv ARTICLE",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "date", Usage: "publication date (YYYY-MM-DD); default: a date in the file name"},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "print the matching statement of each fact"},
		},
		Action: evalGoldAction,
	})
}

func evalGoldAction(c *cli.Context) error {
	if c.NArg() != 2 {
		return usagef("eval gold: want GOLD.tsv ARTICLE, got %d arguments", c.NArg())
	}
	goldPath, artPath := c.Args().Get(0), c.Args().Get(1)
	gf, err := os.Open(goldPath)
	if err != nil {
		return err
	}
	facts, err := gold.Read(gf, goldPath)
	gf.Close()
	if err != nil {
		return err
	}
	art, err := readArticle(c.Context, artPath)
	if err != nil {
		return err
	}
	text := art.Text
	p, err := newPipeline(c)
	if err != nil {
		return err
	}
	ex, err := p.Document(c.Context, art)
	if err != nil {
		return err
	}
	res := gold.Score(facts, ex.Statements, text)
	w := c.App.Writer
	fmt.Fprintf(w, "%s: %d statements, %d gold facts\n\n", artPath, len(ex.Statements), len(facts))
	for _, m := range res.Matches {
		mark := "MISS "
		if m.By != nil {
			mark = "match"
		}
		if m.By != nil && len(m.Fact.Roots()) > 0 {
			mark += fmt.Sprintf(" cameo %-3s", m.By.CAMEO)
			if !m.RootOK {
				mark += fmt.Sprintf(" WRONG ROOT, want %s", strings.Join(m.Fact.Roots(), "|"))
			}
		}
		fmt.Fprintf(w, "%s  %s\n", mark, m.Fact)
		if m.By != nil && c.Bool("verbose") {
			fmt.Fprintf(w, "         by %s — %s [%s] — %s (sentence %d)\n", m.By.Subject.Text, m.By.Predicate, m.By.Verb, m.By.Object.Text, m.By.SentenceIndex)
		}
		for _, s := range m.Contradicted {
			fmt.Fprintf(w, "CONTRADICTED by asserted %s — %s — %s (sentence %d)\n", s.Subject.Text, s.Predicate, s.Object.Text, s.SentenceIndex)
		}
	}
	fmt.Fprintf(w, "\ncameo root right %d of %d coded facts\n", res.RootRight, res.Coded)
	fmt.Fprintf(w, "recall %.4f matched %d of %d contradicted %d\n", res.Recall(), res.Matched, len(res.Matches), res.Contradicted)
	return nil
}
