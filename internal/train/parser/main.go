// Command parser trains the dependency parser embedded in extract/parse from
// CoNLL-U treebanks (UD English EWT). The parser is trained on tags predicted
// by taggers trained on the other folds (jackknifing), so that it sees the
// same kind of tags it gets at run time. The shipped model is trained on EWT
// train and dev (scores are reported on EWT test, which it never saw):
//
//	go run ./internal/train/parser -o extract/parse/model/parser.bin.gz \
//		-train ../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu,../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/kgraph/kgraph/extract/conllu"
	"github.com/kgraph/kgraph/extract/parse"
	"github.com/kgraph/kgraph/extract/tag"
)

func main() {
	log.SetPrefix("train parser: ")
	log.SetFlags(0)
	var (
		train    = flag.String("train", "", "training treebanks, comma-separated CoNLL-U files")
		dev      = flag.String("dev", "", "held-out CoNLL-U file to report scores on (optional)")
		out      = flag.String("o", "extract/parse/model/parser.bin.gz", "output model file")
		iters    = flag.Int("iter", 15, "training iterations")
		prune    = flag.Float64("prune", 1.5, "drop averaged weights below this magnitude")
		seed     = flag.Uint64("seed", 1, "shuffling seed")
		folds    = flag.Int("jackknife", 5, "train on tags predicted by taggers trained on this many folds (0: gold tags)")
		tagIters = flag.Int("tagger-iter", 10, "iterations of the jackknife taggers")
		tagPrune = flag.Float64("tagger-prune", 0.05, "pruning of the jackknife taggers")
		tagSeed  = flag.Uint64("tagger-seed", 1, "seed of the jackknife taggers")
	)
	flag.Parse()
	if *train == "" {
		flag.Usage()
		os.Exit(2)
	}
	var sents []conllu.Sentence
	for _, p := range strings.Split(*train, ",") {
		s, err := conllu.ReadFile(p)
		if err != nil {
			log.Fatal(err)
		}
		sents = append(sents, s...)
	}
	start := time.Now()
	if *folds > 1 {
		if err := jackknife(sents, *folds, tag.TrainOptions{Iterations: *tagIters, Prune: *tagPrune, Seed: *tagSeed}); err != nil {
			log.Fatal(err)
		}
		log.Printf("jackknifed tags in %v", time.Since(start).Round(time.Millisecond))
	}
	p, err := parse.Train(sents, parse.TrainOptions{Iterations: *iters, Seed: *seed, Prune: *prune, Logf: log.Printf})
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("trained on %d sentences in %v", len(sents), time.Since(start).Round(time.Millisecond))
	if err := write(p, *out); err != nil {
		log.Fatal(err)
	}
	if *dev == "" {
		return
	}
	t, err := tag.Load()
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Open(*dev)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc, err := parse.EvalUD(context.Background(), f, *dev, t, p)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("%s (embedded tagger): UPOS %.2f UAS %.2f LAS %.2f", *dev, sc.UPOS, sc.UAS, sc.LAS)
}

// jackknife replaces the gold tags of sents by tags predicted by taggers
// trained on the other folds.
func jackknife(sents []conllu.Sentence, k int, opt tag.TrainOptions) error {
	for fold := range k {
		// contiguous folds, so that documents are rarely split
		lo, hi := fold*len(sents)/k, (fold+1)*len(sents)/k
		rest := append(append([]conllu.Sentence(nil), sents[:lo]...), sents[hi:]...)
		t, err := tag.Train(rest, opt)
		if err != nil {
			return fmt.Errorf("jackknife fold %d: %w", fold, err)
		}
		right, n := 0, 0
		for i := lo; i < hi; i++ {
			s := &sents[i]
			ds := s.Doc()
			t.Tag(&ds)
			// copy so as not to alias words shared with the caller's slices
			s.Words = append([]conllu.Word(nil), s.Words...)
			for j := range s.Words {
				if s.Words[j].UPOS == ds.Tokens[j].UPOS {
					right++
				}
				n++
				s.Words[j].UPOS, s.Words[j].XPOS = ds.Tokens[j].UPOS, ds.Tokens[j].XPOS
			}
		}
		log.Printf("jackknife fold %d/%d: UPOS %.2f%%", fold+1, k, 100*float64(right)/float64(max(n, 1)))
	}
	return nil
}

func write(p *parse.Parser, out string) error {
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create model: %w", err)
	}
	if _, err := p.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if fi, err := os.Stat(out); err == nil {
		log.Printf("wrote %s (%d bytes)", out, fi.Size())
	}
	return nil
}
