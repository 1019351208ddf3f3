// Command ner trains the named-entity recognizer of extract/ner: a structured
// averaged perceptron over BILOU labels, on the words (not the POS or chunk
// columns) of CoNLL-2003 English, with distributional word clusters learned
// from Reuters-21578 and a gazetteer from the mledoze countries and Phoenix
// actor dictionaries. It is deterministic; `make model` runs it.
//
//	go run ./internal/train/ner -out extract/ner/model/ner.bin
package main

import (
	"bytes"
	"encoding/gob"
	"errors"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/kgraph/kgraph/eval/conll"
	"github.com/kgraph/kgraph/extract/ner"
	"github.com/kgraph/kgraph/internal/shared"
)

type sentence struct {
	words []string
	feats []int32 // feature indices, -1 for unknown
	offs  []int
	gold  []int
}

func main() {
	log.SetPrefix("train ner: ")
	log.SetFlags(0)
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	var (
		out      = flag.String("out", "extract/ner/model/ner.bin", "model file to write")
		epochs   = flag.Int("epochs", 10, "training epochs")
		minCount = flag.Int("min-count", 1, "drop features seen fewer times in training")
		prune    = flag.Float64("prune", 0, "drop features whose largest absolute weight is below this (0 keeps every feature with a nonzero weight)")
		cache    = flag.String("clusters-cache", "", "read/write the word clusters here (speeds up experiments)")
		nc       = flag.Bool("no-clusters", false, "train without word clusters")
		ng       = flag.Bool("no-gazetteer", false, "train without the gazetteer")
		noDoc    = flag.Int("no-doc", 3, "train this many sentences in 10 without document context")
	)
	flag.Parse()
	if shared.Dir() == "" {
		return errors.New("shared data folder not found (set KGRAPH_SHARED)")
	}
	train, err := conll.ReadFile(shared.Path("corpora", "conll2003-train", "eng.train.iob2.txt"))
	if err != nil {
		return err
	}
	dev, err := conll.ReadFile(shared.Path("corpora", "conll2003-dev", "eng.testa.iob2.txt"))
	if err != nil {
		return err
	}
	var lex ner.Lexicon
	if !*ng {
		g := &gazetteer{m: map[uint64]uint8{}, counts: map[uint8]int{}}
		if err := loadMledoze(g, shared.Path("corpora", "gazetteer-countries-mledoze", "countries.json")); err != nil {
			return err
		}
		for _, f := range []struct {
			name      string
			countries bool
		}{{"Phoenix.Countries.actors.txt", true}, {"Phoenix.International.actors.txt", false}, {"Phoenix.MilNonState.actors.txt", false}} {
			if err := loadPhoenix(g, shared.Path("corpora", "gazetteer-phoenix-actors", f.name), f.countries); err != nil {
				return err
			}
		}
		log.Printf("gazetteer: %d phrases, longest %d words, by category %v", len(g.m), g.maxLen, g.counts)
		lex.Gaz, lex.GazMaxLen = g.m, g.maxLen
	}
	if !*nc {
		lex.Clusters, err = clusters(*cache, train)
		if err != nil {
			return err
		}
	}

	feat := map[uint32]int32{}
	var keys []uint32
	var cnt []int32
	prep := func(docs []conll.Document, grow bool) []*sentence {
		var ss []*sentence
		for di, d := range docs {
			words := make([][]string, len(d.Sentences))
			for i, s := range d.Sentences {
				words[i] = s.Words
			}
			dc := ner.NewDocContext(words)
			for si, s := range d.Sentences {
				// Train on some sentences without their document, as
				// Tag sees them.
				sdc := dc
				if grow && (di*31+si)%10 < *noDoc {
					sdc = nil
				}
				fs, offs := lex.Features(s.Words, sdc)
				x := &sentence{words: s.Words, offs: offs, feats: make([]int32, len(fs)), gold: bilou(s.Tags)}
				for i, k := range fs {
					id, ok := feat[k]
					if !ok && grow {
						id = int32(len(keys))
						feat[k] = id
						keys = append(keys, k)
						cnt = append(cnt, 0)
						ok = true
					}
					if !ok {
						id = -1
					} else if grow {
						cnt[id]++
					}
					x.feats[i] = id
				}
				ss = append(ss, x)
			}
		}
		return ss
	}
	trs := prep(train, true)
	for _, s := range trs {
		for i, id := range s.feats {
			if cnt[id] < int32(*minCount) {
				s.feats[i] = -1
			}
		}
	}
	devs := prep(dev, false)
	log.Printf("%d training sentences, %d features", len(trs), len(keys))

	p := newPerceptron(len(keys))
	rng := rand.New(rand.NewPCG(1, 2))
	order := make([]int, len(trs))
	for i := range order {
		order[i] = i
	}
	for ep := range *epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, i := range order {
			errs += p.update(trs[i])
		}
		w, t := p.average()
		f1 := evalFloat(devs, w, t)
		log.Printf("epoch %d: %d token errors, dev F1 %.4f", ep+1, errs, f1)
	}
	w, t := p.average()
	m := quantize(keys, w, t, *prune)
	m.SetLexicon(lex)
	m.Note = "Trained on CoNLL-2003 English (Reuters, research use under the NIST agreement); clusters from Reuters-21578 (research use); gazetteer from mledoze/countries (ODbL) and Phoenix actor dictionaries (MIT)."
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	log.Printf("wrote %s: %d features, %d bytes", *out, len(m.Keys), buf.Len())
	r, err := ner.New(m)
	if err != nil {
		return err
	}
	for _, e := range []struct {
		name string
		path []string
		only map[string]bool
	}{
		{"CoNLL-2003 dev", []string{"corpora", "conll2003-dev", "eng.testa.iob2.txt"}, nil},
		{"wikigold", []string{"corpora", "wikigold", "wikigold.conll.txt"}, nil},
		{"UNER EWT test (PER/LOC/ORG)", []string{"corpora", "uner-english", "en_ewt-ud-test.iob2"}, map[string]bool{"PER": true, "LOC": true, "ORG": true}},
		{"UNER PUD test (PER/LOC/ORG)", []string{"corpora", "uner-english", "en_pud-ud-test.iob2"}, map[string]bool{"PER": true, "LOC": true, "ORG": true}},
	} {
		docs, err := conll.ReadFile(shared.Path(e.path...))
		if err != nil {
			log.Printf("%s: %v", e.name, err)
			continue
		}
		sc, sent := conll.Score{Only: e.only}, conll.Score{Only: e.only}
		for _, d := range docs {
			words := make([][]string, len(d.Sentences))
			for i, s := range d.Sentences {
				words[i] = s.Words
				sent.Add(s.Tags, r.Tag(s.Words))
			}
			for i, tags := range r.TagDocument(words) {
				sc.Add(d.Sentences[i].Tags, tags)
			}
		}
		log.Printf("quantized model: %s F1 %.4f (sentences alone %.4f)", e.name, sc.Total.F1(), sent.Total.F1())
	}
	return nil
}

// clusters learns the word clusters, or reads them from cache.
func clusters(cache string, train []conll.Document) (map[string]uint64, error) {
	if cache != "" {
		if b, err := os.ReadFile(cache); err == nil {
			var m map[string]uint64
			if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&m); err == nil {
				log.Printf("clusters: %d words from %s", len(m), cache)
				return m, nil
			}
		}
	}
	texts, err := readReuters(shared.Path("corpora", "reuters21578", "reuters21578.jsonl"))
	if err != nil {
		return nil, err
	}
	bbc, err := readBBC(shared.Path("corpora", "bbc-news", "bbc"))
	if err != nil {
		return nil, err
	}
	texts = append(texts, bbc...)
	for _, d := range train {
		for _, s := range d.Sentences {
			texts = append(texts, s.Words)
		}
	}
	m := clusterWords(texts, 3, 60000, 1000, []int{32, 128, 512}, 4, 12)
	log.Printf("clusters: %d words", len(m))
	if cache != "" {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(m); err != nil {
			return nil, fmt.Errorf("clusters cache: %w", err)
		}
		if err := os.MkdirAll(filepath.Dir(cache), 0o755); err != nil {
			return nil, fmt.Errorf("clusters cache: %w", err)
		}
		if err := os.WriteFile(cache, buf.Bytes(), 0o644); err != nil {
			return nil, fmt.Errorf("clusters cache: %w", err)
		}
	}
	return m, nil
}

// bilou converts IOB2 tags to BILOU label indices.
func bilou(tags []string) []int {
	y := make([]int, len(tags))
	for _, sp := range conll.Spans(tags) {
		t := slices.Index(ner.Types, sp.Type)
		if t < 0 {
			continue
		}
		base := 1 + 4*t
		if sp.End-sp.Start == 1 {
			y[sp.Start] = base + 3
			continue
		}
		y[sp.Start] = base
		for i := sp.Start + 1; i < sp.End-1; i++ {
			y[i] = base + 1
		}
		y[sp.End-1] = base + 2
	}
	return y
}

type perceptron struct {
	nl   int
	w    []int32
	u    []int64
	tw   []int32
	tu   []int64
	c    int64
	emit []float64
	back []int
}

func newPerceptron(nf int) *perceptron {
	nl := len(ner.Labels)
	return &perceptron{nl: nl, w: make([]int32, nf*nl), u: make([]int64, nf*nl),
		tw: make([]int32, (nl+1)*nl), tu: make([]int64, (nl+1)*nl), c: 1}
}

// viterbi returns the best labels of s under weights w and transitions t.
func viterbi(s *sentence, nl int, weight func(i int) float64, trans func(i int) float64, emit []float64, back []int) []int {
	n := len(s.gold)
	for i := range n {
		e := emit[i*nl : (i+1)*nl]
		clear(e)
		for _, f := range s.feats[s.offs[i]:s.offs[i+1]] {
			if f < 0 {
				continue
			}
			for y := range nl {
				e[y] += weight(int(f)*nl + y)
			}
		}
	}
	for y := range nl {
		if ner.Allowed(-1, y) {
			emit[y] += trans(nl*nl + y)
		} else {
			emit[y] = math.Inf(-1)
		}
	}
	for i := 1; i < n; i++ {
		for y := range nl {
			best, arg := math.Inf(-1), 0
			for p := range nl {
				if !ner.Allowed(p, y) {
					continue
				}
				if v := emit[(i-1)*nl+p] + trans(p*nl+y); v > best {
					best, arg = v, p
				}
			}
			emit[i*nl+y] += best
			back[i*nl+y] = arg
		}
	}
	path := make([]int, n)
	if n == 0 {
		return path
	}
	best, arg := math.Inf(-1), 0
	for y := range nl {
		if v := emit[(n-1)*nl+y]; ner.Allowed(y, -1) && v > best {
			best, arg = v, y
		}
	}
	for i := n - 1; i >= 0; i-- {
		path[i] = arg
		arg = back[i*nl+arg]
	}
	return path
}

func (p *perceptron) buffers(n int) {
	if len(p.emit) < n*p.nl {
		p.emit = make([]float64, n*p.nl)
		p.back = make([]int, n*p.nl)
	}
}

// update decodes s and moves the weights toward its gold labels; it returns
// the number of wrong labels.
func (p *perceptron) update(s *sentence) int {
	nl := p.nl
	p.buffers(len(s.gold))
	pred := viterbi(s, nl, func(i int) float64 { return float64(p.w[i]) },
		func(i int) float64 { return float64(p.tw[i]) }, p.emit, p.back)
	wrong := 0
	for i, g := range s.gold {
		y := pred[i]
		if y != g {
			wrong++
			for _, f := range s.feats[s.offs[i]:s.offs[i+1]] {
				if f < 0 {
					continue
				}
				p.w[int(f)*nl+g]++
				p.u[int(f)*nl+g] += p.c
				p.w[int(f)*nl+y]--
				p.u[int(f)*nl+y] -= p.c
			}
		}
		pg, py := nl, nl
		if i > 0 {
			pg, py = s.gold[i-1], pred[i-1]
		}
		if pg != py || g != y {
			p.tw[pg*nl+g]++
			p.tu[pg*nl+g] += p.c
			p.tw[py*nl+y]--
			p.tu[py*nl+y] -= p.c
		}
	}
	p.c++
	return wrong
}

// average returns the averaged weights.
func (p *perceptron) average() ([]float32, []float32) {
	w := make([]float32, len(p.w))
	for i := range w {
		w[i] = float32(float64(p.w[i]) - float64(p.u[i])/float64(p.c))
	}
	t := make([]float32, len(p.tw))
	for i := range t {
		t[i] = float32(float64(p.tw[i]) - float64(p.tu[i])/float64(p.c))
	}
	return w, t
}

func evalFloat(ss []*sentence, w, t []float32) float64 {
	nl := len(ner.Labels)
	var sc conll.Score
	var emit []float64
	var back []int
	for _, s := range ss {
		if len(emit) < len(s.gold)*nl {
			emit = make([]float64, len(s.gold)*nl)
			back = make([]int, len(s.gold)*nl)
		}
		pred := viterbi(s, nl, func(i int) float64 { return float64(w[i]) },
			func(i int) float64 { return float64(t[i]) }, emit, back)
		sc.Add(tags(s.gold), tags(pred))
	}
	return sc.Total.F1()
}

func tags(y []int) []string {
	out := make([]string, len(y))
	for i, l := range y {
		out[i] = ner.Labels[l]
	}
	return out
}

// quantize maps each feature's weights to int8 with a scale of its own
// (the largest weight maps to 127) and drops features whose weights are all
// below prune.
func quantize(keys []uint32, w, t []float32, prune float64) *ner.Model {
	nl := len(ner.Labels)
	type row struct {
		k   uint32
		i   int
		max float64
	}
	var rows []row
	for i, k := range keys {
		hi := 0.0
		for y := range nl {
			hi = max(hi, math.Abs(float64(w[i*nl+y])))
		}
		if hi >= prune && hi > 0 {
			rows = append(rows, row{k, i, hi})
		}
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a].k < rows[b].k })
	m := &ner.Model{Trans: t}
	for _, r := range rows {
		scale := r.max / 127
		m.Keys = append(m.Keys, r.k)
		m.Scales = append(m.Scales, float32(scale))
		for y := range nl {
			q := math.Round(float64(w[r.i*nl+y]) / scale)
			m.Weights = append(m.Weights, int8(max(-127, min(127, q))))
		}
	}
	log.Printf("quantized: kept %d of %d features", len(m.Keys), len(keys))
	return m
}
