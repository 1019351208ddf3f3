package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/eval/gold"
	"github.com/kgraph/kgraph/extract"
)

func init() {
	registerEval(&cli.Command{
		Name:      "gold",
		Usage:     "score extraction against hand-checked gold facts: one article, or a directory of them",
		ArgsUsage: "GOLD.tsv ARTICLE | GOLD_DIR ARTICLE_DIR",
		Description: "With two directories, each NAME.tsv of GOLD_DIR is paired with NAME.txt of ARTICLE_DIR.\n" +
			"Scoring follows shared/gold/GUIDELINES.md (\"How a file is scored\"): recall over all facts,\n" +
			"precision over the asserted edges between two named actors of the files marked exhaustive,\n" +
			"and contradicted facts (\"-\" or \"~\" facts stored as asserted edges). The last line is\n" +
			"  recall R precision P F1 F matched M of N contradicted C",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "date", Usage: "publication date (YYYY-MM-DD) of articles whose file name carries none"},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "list the misses, wrong edges and contradictions (one article: every fact)"},
		},
		Action: evalGoldAction,
	})
}

// goldPair is one gold file and the article it annotates.
type goldPair struct{ gold, article string }

func evalGoldAction(c *cli.Context) error {
	if c.NArg() != 2 {
		return usagef("eval gold: want GOLD.tsv ARTICLE or GOLD_DIR ARTICLE_DIR, got %d arguments", c.NArg())
	}
	pairs, dirs, err := goldPairs(c.Args().Get(0), c.Args().Get(1))
	if err != nil {
		return err
	}
	p, err := newPipeline(c)
	if err != nil {
		return err
	}
	w := c.App.Writer
	var total goldTotal
	for _, pr := range pairs {
		res, name, err := scoreGoldPair(c, p, pr)
		if err != nil {
			return err
		}
		total.add(res)
		if !dirs {
			printGoldDetail(w, pr.article, res, c.Bool("verbose"))
			continue
		}
		fmt.Fprintf(w, "%-60s %s\n", name, goldArticleLine(res))
		if c.Bool("verbose") {
			printGoldProblems(w, res)
		}
	}
	total.print(w)
	return nil
}

// goldPairs pairs gold files with articles: two files, or each NAME.tsv of
// a gold directory with NAME.txt of an article directory.
func goldPairs(goldPath, artPath string) (pairs []goldPair, dirs bool, err error) {
	gi, err := os.Stat(goldPath)
	if err != nil {
		return nil, false, err
	}
	ai, err := os.Stat(artPath)
	if err != nil {
		return nil, false, err
	}
	if gi.IsDir() != ai.IsDir() {
		return nil, false, usagef("eval gold: want two files or two directories, got %s and %s", goldPath, artPath)
	}
	if !gi.IsDir() {
		return []goldPair{{goldPath, artPath}}, false, nil
	}
	golds, err := filepath.Glob(filepath.Join(goldPath, "*.tsv"))
	if err != nil {
		return nil, true, err
	}
	sort.Strings(golds)
	for _, g := range golds {
		a := filepath.Join(artPath, strings.TrimSuffix(filepath.Base(g), ".tsv")+".txt")
		if _, err := os.Stat(a); err != nil {
			return nil, true, fmt.Errorf("%s: no article beside it: %w", g, err)
		}
		pairs = append(pairs, goldPair{g, a})
	}
	if len(pairs) == 0 {
		return nil, true, fmt.Errorf("%s: no gold files (*.tsv)", goldPath)
	}
	return pairs, true, nil
}

// scoreGoldPair extracts the article and scores it against its gold file.
func scoreGoldPair(c *cli.Context, p *extract.Pipeline, pr goldPair) (*gold.Result, string, error) {
	gf, err := os.Open(pr.gold)
	if err != nil {
		return nil, "", err
	}
	file, err := gold.Read(gf, pr.gold)
	gf.Close()
	if err != nil {
		return nil, "", err
	}
	art, err := readArticle(c.Context, pr.article)
	if err != nil {
		return nil, "", err
	}
	ex, err := p.Document(c.Context, art)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", pr.article, err)
	}
	return gold.Score(file, ex.Statements, art.Text), strings.TrimSuffix(filepath.Base(pr.gold), ".tsv"), nil
}

func goldArticleLine(res *gold.Result) string {
	line := fmt.Sprintf("recall %.2f (%2d of %2d)", res.Recall(), res.Matched, len(res.Matches))
	if res.Exhaustive {
		line += fmt.Sprintf("  edges %2d right of %2d", res.Right(), len(res.Edges))
	}
	return line + fmt.Sprintf("  contradicted %d", res.Contradicted)
}

// printGoldProblems lists what an article's score lost: missed facts,
// contradicted facts and wrong actor edges.
func printGoldProblems(w io.Writer, res *gold.Result) {
	for _, m := range res.Matches {
		if m.By == nil {
			fmt.Fprintf(w, "    MISS   %s\n", m.Fact)
		}
		for _, s := range m.Contradicted {
			fmt.Fprintf(w, "    CONTRA %s\n           by asserted %s — %s [%s] — %s (sentence %d)\n", m.Fact,
				s.Subject.Text, s.Predicate, s.Verb, s.Object.Text, s.SentenceIndex)
		}
	}
	for _, e := range res.Edges {
		if !e.Right {
			s := e.Statements[0]
			fmt.Fprintf(w, "    WRONG  %s [%s] (sentence %d)\n", e, s.Verb, s.SentenceIndex)
		}
	}
}

// printGoldDetail prints every fact of one article, as a single-file run does.
func printGoldDetail(w io.Writer, article string, res *gold.Result, verbose bool) {
	fmt.Fprintf(w, "%s: %d gold facts\n\n", article, len(res.Matches))
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
		if m.By != nil && verbose {
			fmt.Fprintf(w, "         by %s — %s [%s] — %s (sentence %d)\n", m.By.Subject.Text, m.By.Predicate, m.By.Verb, m.By.Object.Text, m.By.SentenceIndex)
		}
		for _, s := range m.Contradicted {
			fmt.Fprintf(w, "CONTRADICTED by asserted %s — %s — %s (sentence %d)\n", s.Subject.Text, s.Predicate, s.Object.Text, s.SentenceIndex)
		}
	}
	if verbose {
		for _, e := range res.Edges {
			if !e.Right {
				fmt.Fprintf(w, "WRONG EDGE %s (sentence %d)\n", e, e.Statements[0].SentenceIndex)
			}
		}
	}
	fmt.Fprintf(w, "\ncameo root right %d of %d coded facts\n", res.RootRight, res.Coded)
}

// goldTotal sums article scores.
type goldTotal struct {
	facts, matched, contradicted int
	edges, right                 int
	exhaustive                   bool
	coded, rootRight             int
}

func (t *goldTotal) add(res *gold.Result) {
	t.facts += len(res.Matches)
	t.matched += res.Matched
	t.contradicted += res.Contradicted
	t.coded += res.Coded
	t.rootRight += res.RootRight
	if res.Exhaustive {
		t.exhaustive = true
		t.edges += len(res.Edges)
		t.right += res.Right()
	}
}

// print writes the summary: the actor edges, then the last line
// "recall R precision P F1 F matched M of N contradicted C". Precision and
// F1 are "-" when no file is exhaustive.
func (t *goldTotal) print(w io.Writer) {
	recall := ratio(t.matched, t.facts)
	prec, f1 := "-", "-"
	if t.exhaustive {
		p := ratio(t.right, t.edges)
		prec = fmt.Sprintf("%.4f", p)
		f := 0.0
		if p+recall > 0 {
			f = 2 * p * recall / (p + recall)
		}
		f1 = fmt.Sprintf("%.4f", f)
		fmt.Fprintf(w, "\nactor edges %d, right %d\n", t.edges, t.right)
	}
	fmt.Fprintf(w, "cameo root right %d of %d coded facts\n", t.rootRight, t.coded)
	fmt.Fprintf(w, "recall %.4f precision %s F1 %s matched %d of %d contradicted %d\n",
		recall, prec, f1, t.matched, t.facts, t.contradicted)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
