package tag

import (
	"fmt"
	"math/rand/v2"

	"github.com/kgraph/kgraph/extract/conllu"
	"github.com/kgraph/kgraph/extract/tag/perceptron"
)

// TrainOptions configure Train.
type TrainOptions struct {
	Iterations int     // passes over the data (default 10)
	Seed       uint64  // shuffling seed
	Prune      float64 // drop averaged weights smaller than this
	// Orders > 1 trains that many taggers, each on the sentences in an
	// order of its own (seeds Seed, Seed+1, ...), and keeps the mean of
	// their weights.
	Orders int
	// Lexicon, if set, gives the lexical classes (Lex*) of dictionary
	// forms: lemmas and irregular inflections.
	Lexicon map[string]uint16
	// Logf, if set, receives progress messages.
	Logf func(format string, a ...any)
}

// Train learns a tagger and lemmatizer from treebank sentences.
// Training is deterministic for given sentences and options.
func Train(sents []conllu.Sentence, opt TrainOptions) (*Tagger, error) {
	if opt.Iterations <= 0 {
		opt.Iterations = 10
	}
	logf := opt.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	t := &Tagger{}
	classID := map[Class]int{}
	var pairs []LemmaPair
	gold := make([][]int, len(sents))
	words := make([][]string, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			c := Class{w.UPOS, w.XPOS}
			id, ok := classID[c]
			if !ok {
				id = len(t.classes)
				classID[c] = id
				t.classes = append(t.classes, c)
			}
			gold[i] = append(gold[i], id)
			words[i] = append(words[i], w.Form)
			pairs = append(pairs, LemmaPair{w.Form, w.XPOS, w.Lemma})
		}
	}
	if len(t.classes) == 0 {
		return nil, fmt.Errorf("train tagger: no words")
	}
	if len(t.classes) > perceptron.MaxClasses {
		return nil, fmt.Errorf("train tagger: %d tags, too many", len(t.classes))
	}
	t.lem = TrainLemmatizer(pairs)
	t.dict = buildDict(words, gold, len(t.classes))
	logf("tag dictionary: %d words", len(t.dict))
	if opt.Lexicon != nil {
		t.lex = newLexTable(opt.Lexicon)
		logf("lexicon: %d forms", len(t.lex))
	}
	trs := make([]*perceptron.Trainer, max(opt.Orders, 1))
	for k := range trs {
		trs[k] = trainWords(words, gold, t.dict, t.lex, len(t.classes), opt.Seed+uint64(k), opt.Iterations, logf)
	}
	t.model = perceptron.Mean(opt.Prune, trs...)
	f, w := t.model.Len()
	logf("tagger model: %d tags, %d features, %d weights", len(t.classes), f, w)
	return t, nil
}

// trainWords trains the left-to-right tagger on the sentences shuffled
// with seed.
func trainWords(words [][]string, gold [][]int, dict map[uint64]dictEntry, lex lexTable, classes int,
	seed uint64, iterations int, logf func(string, ...any)) *perceptron.Trainer {
	tr := perceptron.NewTrainer(classes)
	scores := make([]float32, classes)
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7a9))
	var sc scratch
	var feats []uint64
	for it := 0; it < iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			sc.prepare(words[si], dict, lex)
			prev, prev2 := uint64(startTag), uint64(startTag)
			for i, g := range gold[si] {
				feats = sc.features(feats[:0], i, prev, prev2)
				tr.Scores(feats, scores)
				best := argmax(scores)
				tr.Tick()
				tr.Update(feats, g, best)
				if best == g {
					correct++
				}
				total++
				// condition on the guess, as at tagging time
				prev2, prev = prev, uint64(best+1)
			}
		}
		logf("tagger iteration %d: train accuracy %.2f%%, %d features", it+1, 100*float64(correct)/float64(total), tr.Features())
	}
	return tr
}

// dictMinCount is how often a word must occur to enter the tag dictionary:
// rarer words look unknown in training as they will at run time.
const dictMinCount = 5

// buildDict returns the ambiguity class (tags with at least 1% of the
// word's occurrences) and most frequent tag of each frequent word.
func buildDict(words [][]string, gold [][]int, classes int) map[uint64]dictEntry {
	counts := map[uint64][]int{}
	var buf []byte
	for i, ws := range words {
		for j, w := range ws {
			buf = AppendNorm(buf[:0], w)
			k := hashBytes(buf)
			c := counts[k]
			if c == nil {
				c = make([]int, classes)
				counts[k] = c
			}
			c[gold[i][j]]++
		}
	}
	dict := map[uint64]dictEntry{}
	for k, c := range counts {
		total, best := 0, 0
		for id, n := range c {
			total += n
			if n > c[best] {
				best = id
			}
		}
		if total < dictMinCount {
			continue
		}
		amb := uint64(0xa3b)
		for id, n := range c {
			if n*100 >= total {
				amb = perceptron.Mix(amb, uint64(id+1))
			}
		}
		dict[k] = dictEntry{amb: amb, mft: uint64(best + 1)}
	}
	return dict
}
