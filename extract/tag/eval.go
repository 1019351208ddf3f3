package tag

import "github.com/kgraph/kgraph/extract/conllu"

// Accuracy holds tagging accuracies in percent.
type Accuracy struct {
	UPOS, XPOS, Lemma float64
	// UPOSFromXPOS is the UPOS accuracy had UPOS been derived from the
	// predicted XPOS by the most frequent gold UPOS of each XPOS in the
	// evaluated data: an upper bound for "predict XPOS, derive UPOS".
	UPOSFromXPOS float64
	Words        int
}

// Evaluate tags the gold tokens of sents and compares with the gold tags.
func Evaluate(t *Tagger, sents []conllu.Sentence) Accuracy {
	var a Accuracy
	best := map[string]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if best[w.XPOS] == nil {
				best[w.XPOS] = map[string]int{}
			}
			best[w.XPOS][w.UPOS]++
		}
	}
	derive := map[string]string{}
	for x, m := range best {
		bu, bn := "", 0
		for u, n := range m {
			if n > bn || n == bn && u < bu {
				bu, bn = u, n
			}
		}
		derive[x] = bu
	}
	var up, xp, lem, der int
	for _, s := range sents {
		ds := s.Doc()
		t.Tag(&ds)
		for i, w := range s.Words {
			tk := ds.Tokens[i]
			if tk.UPOS == w.UPOS {
				up++
			}
			if tk.XPOS == w.XPOS {
				xp++
			}
			if tk.Lemma == w.Lemma {
				lem++
			}
			if derive[tk.XPOS] == w.UPOS {
				der++
			}
			a.Words++
		}
	}
	if a.Words > 0 {
		n := float64(a.Words) / 100
		a.UPOS, a.XPOS, a.Lemma, a.UPOSFromXPOS = float64(up)/n, float64(xp)/n, float64(lem)/n, float64(der)/n
	}
	return a
}
