// Command carbrun runs the clause extractor over the CaRB dev sentences and
// scores the output with eval/carb: a development harness that needs only
// the tagger and parser (no entity stage), with diagnostics the CLI lacks.
//
//	go run ./internal/carbrun -o /tmp/carb.tsv        # extract and score
//	go run ./internal/carbrun -score SYSTEM.tsv       # score a system file
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/kgraph/kgraph/eval/carb"
	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/parse"
	"github.com/kgraph/kgraph/extract/tag"
	"github.com/kgraph/kgraph/extract/text"
	"github.com/kgraph/kgraph/internal/shared"
	"github.com/kgraph/kgraph/schema"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "carbrun:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("carbrun", flag.ContinueOnError)
	input := fs.String("input", shared.Path("benchmarks", "carb", "dev.txt"), "sentences, one a line")
	goldPath := fs.String("gold", shared.Path("benchmarks", "carb", "gold", "dev.tsv"), "CaRB gold tuples")
	out := fs.String("o", "", "write the system output here")
	scoreOnly := fs.String("score", "", "only score this system file")
	meta := fs.String("meta", "", "write each output line's clause origin and type here")
	article := fs.String("article", "", "print the clauses of this text file (full pipeline) and exit")
	show := fs.String("show", "", "print the parse and clauses of the input lines containing this text")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("usage: %w", err)
	}
	if *article != "" {
		return showArticle(*article, stdout)
	}
	var sysText []byte
	var err error
	if *scoreOnly != "" {
		if sysText, err = os.ReadFile(*scoreOnly); err != nil {
			return fmt.Errorf("system: %w", err)
		}
	} else {
		if sysText, err = runCarb(ctx, *input, *show, *meta, stdout); err != nil {
			return err
		}
		if *out != "" {
			if err := os.WriteFile(*out, sysText, 0o644); err != nil {
				return fmt.Errorf("output: %w", err)
			}
		}
	}
	gold, err := os.Open(*goldPath)
	if err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	defer gold.Close()
	r, err := carb.Score(gold, bytes.NewReader(sysText))
	if err != nil {
		return fmt.Errorf("score: %w", err)
	}
	_, err = fmt.Fprintf(stdout, "F1 %.3f AUC %.3f (P %.3f R %.3f)\n", r.F1, r.AUC, r.Precision, r.Recall)
	return err
}

func runCarb(ctx context.Context, input, show, meta string, stdout io.Writer) ([]byte, error) {
	var metaBuf bytes.Buffer
	raw, err := os.ReadFile(input)
	if err != nil {
		return nil, fmt.Errorf("input: %w", err)
	}
	lines := strings.Split(string(raw), "\n")
	tg, err := tag.Load()
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	ps, err := parse.Load()
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	var buf bytes.Buffer
	for i, line := range lines {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		d := &doc.Doc{}
		d.ID = fmt.Sprintf("carb-%d", i+1)
		d.Text = line
		d.Sentences = text.SegmentTokens(line)
		for k := range d.Sentences {
			tg.Tag(&d.Sentences[k])
			ps.Parse(&d.Sentences[k])
		}
		cs := clause.Extract(d)
		if show != "" && strings.Contains(line, show) {
			for _, t := range d.Sentences[0].Tokens {
				fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\t%d\t%s\n", t.Text, t.Lemma, t.UPOS, t.XPOS, t.Head+1, t.Dep)
			}
			for _, c := range cs {
				fmt.Fprintf(stdout, "%+v\n", c)
			}
			if err := clause.WriteCarb(stdout, d, cs); err != nil {
				return nil, err
			}
		}
		for k := range cs {
			n := buf.Len()
			if err := clause.WriteCarb(&buf, d, cs[k:k+1]); err != nil {
				return nil, fmt.Errorf("line %d: %w", i+1, err)
			}
			if buf.Len() > n {
				fmt.Fprintf(&metaBuf, "%s\t%s\n", cs[k].Origin, cs[k].Type)
			}
		}
	}
	if meta != "" {
		if err := os.WriteFile(meta, metaBuf.Bytes(), 0o644); err != nil {
			return nil, fmt.Errorf("meta: %w", err)
		}
	}
	return buf.Bytes(), nil
}

// showArticle prints the clauses of a text file read by the full pipeline.
func showArticle(path string, w io.Writer) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("article: %w", err)
	}
	p, err := extract.New(extract.WithWorkers(1))
	if err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}
	d, cs := p.Clauses(schema.Document{ID: path, Text: string(b)})
	for _, c := range cs {
		sp := ""
		if c.Speaker != nil {
			sp = " speaker=" + c.Speaker.Text
		}
		var objs, adj []string
		for _, o := range c.Objects {
			objs = append(objs, strings.TrimSpace(o.Prep+" "+o.Text)+"<"+o.Entity+">")
		}
		for _, a := range c.Adjuncts {
			adj = append(adj, strings.TrimSpace(a.Prep+" "+a.Text))
		}
		fmt.Fprintf(w, "s%d %.2f %s/%s (%s<%s> | %s [%s] | %s) adj=%q neg=%v pass=%v%s parent=%d\n", c.Sentence, c.Confidence,
			c.Origin, c.Type, c.Subject.Text, c.Subject.Entity, c.Predicate, c.VerbText, strings.Join(objs, "; "), adj,
			c.Negated, c.Passive, sp, c.Parent)
	}
	_ = d
	return nil
}
