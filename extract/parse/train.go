package parse

import (
	"fmt"
	"math/rand/v2"

	"github.com/kgraph/kgraph/extract/conllu"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/tag/perceptron"
)

// TrainOptions configure Train.
type TrainOptions struct {
	Iterations int     // passes over the data (default 15)
	Seed       uint64  // shuffling and exploration seed
	Prune      float64 // drop averaged weights smaller than this
	// Explore is the probability of following the model's own (possibly
	// wrong) move from the second iteration on (default 0.9).
	Explore float64
	// Clusters, if set, maps words to hierarchical word clusters, 16 bits
	// a level, coarse to fine, 1-based (as the NER trainer packs them), and
	// turns on cluster features; ClusterLevels picks the coarse, middle and
	// fine level (default 1, 2, 3; the features use the middle and fine ones).
	Clusters      map[string]uint64
	ClusterLevels [3]int
	// Orders > 1 trains that many parsers, each on the sentences in an
	// order of its own (seeds Seed, Seed+1, ...), and keeps the mean of
	// their weights.
	Orders int
	// Iteration, if set, is called after each iteration with the parser
	// averaged so far (to score it on held-out data).
	Iteration func(it int, p *Parser)
	// Logf, if set, receives progress messages.
	Logf func(format string, a ...any)
}

// Train learns a parser from treebank sentences, using the UPOS and XPOS
// tags on their words (give it predicted tags, e.g. jackknifed, to match
// what the parser sees at run time). Non-projective trees are made
// projective by lifting arcs. Training is deterministic.
func Train(sents []conllu.Sentence, opt TrainOptions) (*Parser, error) {
	if opt.Iterations <= 0 {
		opt.Iterations = 15
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	logf := opt.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	p := &Parser{root: -1}
	if opt.Clusters != nil {
		if opt.ClusterLevels == [3]int{} {
			opt.ClusterLevels = [3]int{1, 2, 3}
		}
		p.cl = newClusters(opt.Clusters, opt.ClusterLevels)
		logf("parser: %d cluster words", len(p.cl))
	}
	labelID := map[string]int{}
	var data []example
	lifted := 0
	for i := range sents {
		s := &sents[i]
		gh := make([]int, len(s.Words)+1)
		gl := make([]int, len(s.Words)+1)
		gh[0] = -1
		ok := true
		for j, w := range s.Words {
			if w.Head < 0 {
				ok = false
				break
			}
			gh[j+1] = w.Head
			id, seen := labelID[w.Deprel]
			if !seen {
				id = len(p.labels)
				labelID[w.Deprel] = id
				p.labels = append(p.labels, w.Deprel)
			}
			gl[j+1] = id
		}
		if !ok || !isTree(gh) {
			continue
		}
		if projectivize(gh) {
			lifted++
		}
		data = append(data, example{s, gh, gl})
	}
	root, ok := labelID["root"]
	if !ok {
		return nil, fmt.Errorf("train parser: no root relation in the data")
	}
	p.root = root
	logf("parser: %d training sentences (%d lifted to projective), %d labels", len(data), lifted, len(p.labels))

	classes := 1 + 2*len(p.labels)
	if classes > perceptron.MaxClasses {
		return nil, fmt.Errorf("train parser: %d relations, too many", len(p.labels))
	}
	trs := make([]*perceptron.Trainer, max(opt.Orders, 1))
	for k := range trs {
		trs[k] = trainOrder(p, data, opt, opt.Seed+uint64(k), logf)
	}
	p.model = perceptron.Mean(opt.Prune, trs...)
	f, w := p.model.Len()
	logf("parser model: %d classes, %d features, %d weights", classes, f, w)
	return p, nil
}

// example is a training sentence with its gold heads and labels.
type example struct {
	s      *conllu.Sentence
	gh, gl []int
}

// trainOrder trains a perceptron on data, shuffled with seed, by the
// dynamic oracle with exploration.
func trainOrder(p *Parser, data []example, opt TrainOptions, seed uint64, logf func(string, ...any)) *perceptron.Trainer {
	classes := 1 + 2*len(p.labels)
	tr := perceptron.NewTrainer(classes)
	scores := make([]float32, classes)
	rng := rand.New(rand.NewPCG(seed, 0x9a75e))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var (
		st    state
		ws    = words{cl: p.cl}
		feats []uint64
	)
	toks := make([]docToken, 0, 64)
	for it := 0; it < opt.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, ei := range order {
			ex := data[ei]
			toks = sentenceTokens(toks[:0], ex.s)
			ws.prepare(toks)
			st.reset(len(ex.s.Words))
			for !st.terminal() {
				feats = ws.features(feats[:0], &st)
				tr.Scores(feats, scores)
				pred, predCost, gold := p.oracle(&st, ex, scores)
				tr.Tick()
				if predCost > 0 {
					tr.Update(feats, gold, pred)
				} else {
					correct++
				}
				total++
				next := gold
				if it > 0 && predCost > 0 && rng.Float64() < opt.Explore {
					next = pred
				}
				st.apply(moveOf(next))
			}
		}
		logf("parser iteration %d: %.2f%% zero-cost moves, %d features", it+1, 100*float64(correct)/float64(max(total, 1)), tr.Features())
		if opt.Iteration != nil && it+1 < opt.Iterations {
			opt.Iteration(it+1, &Parser{labels: p.labels, root: p.root, cl: p.cl, model: tr.Model(opt.Prune)})
		}
	}
	return tr
}

// oracle returns the model's best legal move with its cost, and the best
// of the moves that cost nothing (Goldberg & Nivre's dynamic oracle, with
// a wrong label costing 1).
func (p *Parser) oracle(st *state, ex example, scores []float32) (pred, predCost, gold int) {
	sh, l, r := st.legal()
	cs, cl, cr := st.costs(ex.gh)
	s0 := st.s(0)
	toRoot := r && st.s(1) == 0
	pred, predCost, gold = -1, 0, -1
	consider := func(c, cost int) {
		if pred < 0 || scores[c] > scores[pred] {
			pred, predCost = c, cost
		}
		if cost == 0 && (gold < 0 || scores[c] > scores[gold]) {
			gold = c
		}
	}
	if sh {
		consider(0, cs)
	}
	for lab := range p.labels {
		isRoot := lab == p.root
		if l && !isRoot {
			c := cl
			if cl == 0 && ex.gh[s0] == st.b && ex.gl[s0] != lab {
				c = 1
			}
			consider(classOf(left, lab), c)
		}
		if r && isRoot == toRoot {
			c := cr
			if cr == 0 && ex.gh[s0] == st.s(1) && ex.gl[s0] != lab {
				c = 1
			}
			consider(classOf(right, lab), c)
		}
	}
	if gold < 0 {
		// no zero-cost move (can happen only on odd input): follow the model
		gold = pred
	}
	return pred, predCost, gold
}

// isTree reports whether heads (index 0 the root) form a tree rooted at 0.
func isTree(h []int) bool {
	for i := 1; i < len(h); i++ {
		if h[i] < 0 || h[i] >= len(h) || h[i] == i {
			return false
		}
		steps := 0
		for j := i; j != 0; j = h[j] {
			if steps++; steps > len(h) {
				return false // cycle
			}
		}
	}
	return true
}

// projectivize lifts non-projective arcs (the shortest first) to the head's
// head until the tree is projective. It reports whether it changed anything.
func projectivize(h []int) bool {
	changed := false
	for {
		best, bestLen := -1, 0
		for d := 1; d < len(h); d++ {
			if nonProjective(h, d) {
				if n := abs(h[d] - d); best < 0 || n < bestLen {
					best, bestLen = d, n
				}
			}
		}
		if best < 0 {
			return changed
		}
		h[best] = h[h[best]]
		changed = true
	}
}

// nonProjective reports whether some word between d and its head is not
// dominated by the head.
func nonProjective(h []int, d int) bool {
	hd := h[d]
	if hd <= 0 {
		return false
	}
	lo, hi := min(d, hd), max(d, hd)
	for k := lo + 1; k < hi; k++ {
		j := k
		for j != hd && j != 0 {
			j = h[j]
		}
		if j != hd {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type docToken = doc.Token

func sentenceTokens(dst []doc.Token, s *conllu.Sentence) []doc.Token {
	for _, w := range s.Words {
		dst = append(dst, doc.Token{Text: w.Form, UPOS: w.UPOS, XPOS: w.XPOS})
	}
	return dst
}
