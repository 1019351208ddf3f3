package parse

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kgraph/kgraph/extract/conllu"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/tag"
)

// Scores are the results of EvalUD, in percent of all syntactic words,
// punctuation included (the CoNLL 2018 shared task convention).
type Scores struct {
	Sentences, Words int
	UPOS, XPOS       float64
	Lemma            float64
	UAS              float64
	// LAS counts a word right when head and full relation, subtype
	// included (nsubj:pass), are right; LASBase ignores subtypes, as the
	// CoNLL 2018 shared task did.
	LAS, LASBase float64
}

// EvalUD tags and parses every sentence of a CoNLL-U treebank from its gold
// words (forms only) and scores the result against the gold annotation.
// name is used in error messages, which name the file and line.
func EvalUD(ctx context.Context, r io.Reader, name string, t *tag.Tagger, p *Parser) (Scores, error) {
	var sc Scores
	var upos, xpos, lem, uas, las, lasb int
	cr := conllu.NewReader(r, name)
	for {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		s, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return sc, fmt.Errorf("eval ud: %w", err)
		}
		ds := doc.Sentence{Tokens: make([]doc.Token, len(s.Words))}
		for i, w := range s.Words {
			ds.Tokens[i] = doc.Token{Text: w.Form}
		}
		t.Tag(&ds)
		p.Parse(&ds)
		sc.Sentences++
		for i, w := range s.Words {
			tk := ds.Tokens[i]
			sc.Words++
			if tk.UPOS == w.UPOS {
				upos++
			}
			if tk.XPOS == w.XPOS {
				xpos++
			}
			if tk.Lemma == w.Lemma {
				lem++
			}
			if tk.Head == w.Head-1 {
				uas++
				if tk.Dep == w.Deprel {
					las++
				}
				if base(tk.Dep) == base(w.Deprel) {
					lasb++
				}
			}
		}
	}
	if sc.Words > 0 {
		n := float64(sc.Words) / 100
		sc.UPOS, sc.XPOS, sc.Lemma = float64(upos)/n, float64(xpos)/n, float64(lem)/n
		sc.UAS, sc.LAS, sc.LASBase = float64(uas)/n, float64(las)/n, float64(lasb)/n
	}
	return sc, nil
}

func base(rel string) string {
	b, _, _ := strings.Cut(rel, ":")
	return b
}
