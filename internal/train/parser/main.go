// Command parser trains the dependency parser embedded in extract/parse from
// CoNLL-U treebanks (UD English EWT). The parser is trained on tags predicted
// by taggers trained on the other folds (jackknifing), so that it sees the
// same kind of tags it gets at run time. The shipped model is trained on EWT
// train and dev (scores are reported on EWT test, which it never saw), with
// the default settings:
//
//	go run ./internal/train/parser -o extract/parse/model/parser.bin \
//		-train ../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu,../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu
//
// -clusters extract/ner/model/ner.bin adds word-cluster features (see
// extract/parse); they gave +0.0 to +0.2 UAS on EWT dev for 20-40% of the
// parsing speed, so the shipped model has none. -wordnet gives the
// jackknife taggers the shipped tagger's lexicon, and -orders 2 keeps the
// mean of two parsers trained in two orders: trained on EWT train, scored
// on EWT dev with a tagger with the lexicon, UAS 84.91 with the shipped
// settings, 84.69 with -wordnet, 84.64 with both (EWT test 85.67, 85.49,
// 85.79; PUD 82.60, 82.47, 82.86). -prune 0.01 then -eval
// MODEL -eval-prune 1,1.5,2 scores several model sizes from one training
// run. To tune, train on EWT train only and score EWT dev tagged by a
// tagger trained on EWT train only (the embedded one saw dev):
//
//	go run ./internal/train/tagger -train .../en_ewt-ud-train.conllu -o /tmp/tagger.bin
//	go run ./internal/train/parser -train .../en_ewt-ud-train.conllu -o /tmp/p.bin \
//		-tags-cache /tmp/tags.gob -dev .../en_ewt-ud-dev.conllu -dev-tagger /tmp/tagger.bin [-dev-every]
package main

import (
	"bytes"
	"context"
	"encoding/gob"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/kgraph/kgraph/extract/conllu"
	"github.com/kgraph/kgraph/extract/ner"
	"github.com/kgraph/kgraph/extract/parse"
	"github.com/kgraph/kgraph/extract/tag"
	"github.com/kgraph/kgraph/internal/train/wordnet"
)

func main() {
	log.SetPrefix("train parser: ")
	log.SetFlags(0)
	var (
		train     = flag.String("train", "", "training treebanks, comma-separated CoNLL-U files")
		dev       = flag.String("dev", "", "held-out CoNLL-U file to report scores on (optional)")
		out       = flag.String("o", "extract/parse/model/parser.bin", "output model file")
		iters     = flag.Int("iter", 15, "training iterations")
		orders    = flag.Int("orders", 1, "train this many parsers on the sentences in other orders and keep the mean of their weights")
		prune     = flag.Float64("prune", 1.5, "drop averaged weights below this magnitude")
		seed      = flag.Uint64("seed", 1, "shuffling seed")
		folds     = flag.Int("jackknife", 5, "train on tags predicted by taggers trained on this many folds (0: gold tags)")
		tagIters  = flag.Int("tagger-iter", 10, "iterations of the jackknife taggers")
		tagPrune  = flag.Float64("tagger-prune", 0.05, "pruning of the jackknife taggers")
		tagSeed   = flag.Uint64("tagger-seed", 1, "seed of the jackknife taggers")
		tagCache  = flag.String("tags-cache", "", "read/write the jackknifed tags here (speeds up experiments on the same -train and tagger options)")
		tagLex    = flag.String("wordnet", "", "WordNet's dictionary directory for the jackknife taggers' lexicon, as for internal/train/tagger (empty: none)")
		clFile    = flag.String("clusters", "", "NER model whose word clusters the parser uses as features, e.g. extract/ner/model/ner.bin (empty: none)")
		clLevels  = flag.String("cluster-levels", "1,2,3", "coarse, middle and fine cluster levels")
		evalAll   = flag.Bool("dev-every", false, "report dev scores after every iteration")
		devTag    = flag.String("dev-tagger", "", "tagger model to tag -dev with (default: the embedded one, which saw EWT dev)")
		evalOnly  = flag.String("eval", "", "only score this parser model on -dev")
		evalPrune = flag.String("eval-prune", "0", "with -eval: comma-separated pruning thresholds to score")
		pruneTo   = flag.String("write-pruned", "", "with -eval: write the model pruned at the last -eval-prune threshold here")
	)
	flag.Parse()
	devTagger = *devTag
	if *evalOnly != "" {
		f, err := os.Open(*evalOnly)
		if err != nil {
			log.Fatal(err)
		}
		p, err := parse.Read(f)
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
		var p2 *parse.Parser
		for _, v := range strings.Split(*evalPrune, ",") {
			var min float64
			if _, err := fmt.Sscan(v, &min); err != nil {
				log.Fatalf("-eval-prune: %v", err)
			}
			q := p.Prune(min)
			f, w := q.Size()
			var buf bytes.Buffer
			if _, err := q.WriteTo(&buf); err != nil {
				log.Fatal(err)
			}
			log.Printf("pruned at %g: %d features, %d weights, %d bytes", min, f, w, buf.Len())
			if *dev != "" {
				if err := evalDev(q, *dev); err != nil {
					log.Fatal(err)
				}
			}
			p2 = q
		}
		if *pruneTo != "" {
			if err := write(p2, *pruneTo); err != nil {
				log.Fatal(err)
			}
		}
		return
	}
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
		if !readTags(*tagCache, sents) {
			topt := tag.TrainOptions{Iterations: *tagIters, Prune: *tagPrune, Seed: *tagSeed}
			if *tagLex != "" {
				lex, err := wordnet.Read(*tagLex)
				if err != nil {
					log.Fatal(err)
				}
				topt.Lexicon = lex
			}
			if err := jackknife(sents, *folds, topt); err != nil {
				log.Fatal(err)
			}
			log.Printf("jackknifed tags in %v", time.Since(start).Round(time.Millisecond))
			if err := writeTags(*tagCache, sents); err != nil {
				log.Fatal(err)
			}
		}
	}
	opt := parse.TrainOptions{Iterations: *iters, Seed: *seed, Prune: *prune, Orders: *orders, Logf: log.Printf}
	if *clFile != "" {
		cl, err := readClusters(*clFile)
		if err != nil {
			log.Fatal(err)
		}
		opt.Clusters = cl
		if _, err := fmt.Sscanf(*clLevels, "%d,%d,%d", &opt.ClusterLevels[0], &opt.ClusterLevels[1], &opt.ClusterLevels[2]); err != nil {
			log.Fatalf("-cluster-levels: %v", err)
		}
	}
	if *evalAll && *dev != "" {
		opt.Iteration = func(it int, p *parse.Parser) {
			if err := evalDev(p, *dev); err != nil {
				log.Fatal(err)
			}
		}
	}
	p, err := parse.Train(sents, opt)
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
	if err := evalDev(p, *dev); err != nil {
		log.Fatal(err)
	}
}

// devTagger is the -dev-tagger flag.
var devTagger string

// evalDev logs the scores of p on the treebank dev, tagged by the embedded
// tagger.
func evalDev(p *parse.Parser, dev string) error {
	t, err := tag.Load()
	name := "embedded tagger"
	if devTagger != "" {
		name = devTagger
		var f *os.File
		if f, err = os.Open(devTagger); err == nil {
			t, err = tag.Read(f)
			f.Close()
		}
	}
	if err != nil {
		return err
	}
	f, err := os.Open(dev)
	if err != nil {
		return err
	}
	defer f.Close()
	sc, err := parse.EvalUD(context.Background(), f, dev, t, p)
	if err != nil {
		return err
	}
	log.Printf("%s (%s): UPOS %.2f UAS %.2f LAS %.2f", dev, name, sc.UPOS, sc.UAS, sc.LAS)
	return nil
}

// readClusters returns the word clusters of the NER model in file.
func readClusters(file string) (map[string]uint64, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	defer f.Close()
	m, err := ner.DecodeModel(f)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	if len(m.ClusterWords) != len(m.ClusterIDs) || len(m.ClusterWords) == 0 {
		return nil, fmt.Errorf("clusters: %s has no cluster table", file)
	}
	cl := make(map[string]uint64, len(m.ClusterWords))
	for i, w := range m.ClusterWords {
		cl[w] = m.ClusterIDs[i]
	}
	log.Printf("clusters: %d words from %s", len(cl), file)
	return cl, nil
}

// readTags sets the tags of sents from the cache file written by writeTags
// and reports whether it could.
func readTags(file string, sents []conllu.Sentence) bool {
	if file == "" {
		return false
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return false
	}
	var tags [][2]string
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&tags); err != nil {
		return false
	}
	n := 0
	for _, s := range sents {
		n += len(s.Words)
	}
	if n != len(tags) {
		return false
	}
	k := 0
	for i := range sents {
		s := &sents[i]
		s.Words = append([]conllu.Word(nil), s.Words...)
		for j := range s.Words {
			s.Words[j].UPOS, s.Words[j].XPOS = tags[k][0], tags[k][1]
			k++
		}
	}
	log.Printf("jackknifed tags from %s", file)
	return true
}

func writeTags(file string, sents []conllu.Sentence) error {
	if file == "" {
		return nil
	}
	var tags [][2]string
	for _, s := range sents {
		for _, w := range s.Words {
			tags = append(tags, [2]string{w.UPOS, w.XPOS})
		}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(tags); err != nil {
		return fmt.Errorf("tags cache: %w", err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("tags cache: %w", err)
	}
	return nil
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
