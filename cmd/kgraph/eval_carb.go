package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/eval/carb"
)

func init() {
	registerEval(&cli.Command{
		Name:      "carb",
		Usage:     "score Open IE extractions against CaRB (the reference scorer, ported)",
		ArgsUsage: "SYSTEM.tsv",
		Description: "SYSTEM.tsv has one extraction a line: sentence, confidence, relation, arg1, arg2...\n" +
			"(tab-separated), as `kgraph extract --input-format lines --format carb` writes it.\n" +
			"Prints precision, recall and the confidence threshold of the best F1, then the line \"F1 X AUC Y\".",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Usage: "CaRB gold file (sentence, relation, args; tab-separated)"},
		},
		Action: evalCarb,
	})
}

func evalCarb(c *cli.Context) error {
	gold := c.String("gold")
	if gold == "" {
		return usagef("eval carb: --gold GOLD.tsv is required")
	}
	if c.NArg() != 1 {
		return usagef("eval carb: want one SYSTEM.tsv, got %d arguments", c.NArg())
	}
	r, err := carb.ScoreFiles(gold, c.Args().First())
	if err != nil {
		return fmt.Errorf("eval carb: %w", err)
	}
	w := c.App.Writer
	_, err = fmt.Fprintf(w, "precision %.4f\nrecall %.4f\nthreshold %.4f\npoints %d\nF1 %.4f AUC %.4f\n",
		r.Precision, r.Recall, r.Threshold, len(r.Points), r.F1, r.AUC)
	return err
}
