package main

import (
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/extract/parse"
	"github.com/kgraph/kgraph/extract/tag"
)

func init() {
	registerEval(&cli.Command{
		Name:      "ud",
		Usage:     "score the POS tagger, lemmatizer and dependency parser on a CoNLL-U treebank",
		ArgsUsage: "FILE.conllu",
		Description: "Tags and parses each sentence of FILE from its gold words and compares with the gold\n" +
			"annotation. All words count, punctuation included (CoNLL 2018). LAS compares full\n" +
			"relations (nsubj:pass); \"LAS, no subtypes\" compares the universal part only.\n" +
			"Ends with the line \"UPOS X UAS Y LAS Z\".",
		Action: evalUD,
	})
}

func evalUD(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("eval ud: want one FILE.conllu, got %d arguments", c.NArg())
	}
	name := c.Args().First()
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("eval ud: %w", err)
	}
	defer f.Close()
	t, err := tag.Load()
	if err != nil {
		return err
	}
	p, err := parse.Load()
	if err != nil {
		return err
	}
	sc, err := parse.EvalUD(c.Context, f, name, t, p)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "sentences\t%d\t\n", sc.Sentences)
	fmt.Fprintf(w, "words\t%d\t\n", sc.Words)
	for _, r := range []struct {
		name string
		v    float64
	}{{"UPOS", sc.UPOS}, {"XPOS", sc.XPOS}, {"lemma", sc.Lemma}, {"UAS", sc.UAS}, {"LAS", sc.LAS}, {"LAS, no subtypes", sc.LASBase}} {
		fmt.Fprintf(w, "%s\t%.2f%%\t\n", r.name, r.v)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("eval ud: %w", err)
	}
	_, err = fmt.Fprintf(c.App.Writer, "UPOS %.2f UAS %.2f LAS %.2f\n", sc.UPOS, sc.UAS, sc.LAS)
	return err
}
