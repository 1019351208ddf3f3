package parse

import (
	"bytes"
	"testing"

	"github.com/kgraph/kgraph/extract/conllu"
)

func TestNewClusters(t *testing.T) {
	pack := func(a, b, c, d uint64) uint64 { return a | b<<16 | c<<32 | d<<48 }
	words := map[string]uint64{
		"Paris":  pack(1, 2, 3, 4),
		"paris":  pack(5, 6, 7, 8),
		"Obama":  pack(9, 10, 11, 12),
		"OBAMA":  pack(13, 14, 15, 16),
		"1987":   pack(17, 18, 400, 2000),
		"\u201c": pack(20, 21, 22, 23),
	}
	cl := newClusters(words, [3]int{0, 1, 3})
	tests := []struct {
		word string
		want uint64
	}{
		{"paris", packCluster(5, 6, 8)},    // the normalized spelling wins
		{"obama", packCluster(13, 14, 16)}, // else the lowest-sorting one
		{"0000", packCluster(17, 18, 2000)},
		{"\"", packCluster(20, 21, 23)},
	}
	for _, tt := range tests {
		if got := cl[tt.word]; got != tt.want {
			t.Errorf("newClusters()[%q] = %#x, want %#x", tt.word, got, tt.want)
		}
	}
	// levels above 255 clusters keep their ids
	if got, want := newClusters(words, [3]int{1, 2, 3})["0000"], packCluster(18, 400, 2000); got != want {
		t.Errorf("newClusters(1, 2, 3)[\"0000\"] = %#x, want %#x", got, want)
	}
	if len(cl) != 4 {
		t.Errorf("newClusters() has %d words, want 4", len(cl))
	}
}

// treeWord is a word of a hand-made training tree.
func treeWord(form, upos string, head int, rel string) conllu.Word {
	return conllu.Word{Form: form, UPOS: upos, XPOS: upos, Head: head, Deprel: rel}
}

// TestTrainClusters trains a tiny parser with clusters, and checks that the
// clusters survive writing and reading and change the features.
func TestTrainClusters(t *testing.T) {
	w := treeWord
	sents := []conllu.Sentence{
		{Words: []conllu.Word{w("Russia", "PROPN", 2, "nsubj"), w("annexed", "VERB", 0, "root"), w("Crimea", "PROPN", 2, "obj")}},
		{Words: []conllu.Word{w("Kerry", "PROPN", 2, "nsubj"), w("met", "VERB", 0, "root"), w("Lavrov", "PROPN", 2, "obj")}},
	}
	table := map[string]uint64{"Russia": 1 | 1<<16 | 1<<48, "Crimea": 2 | 2<<16 | 2<<48}
	p, err := Train(sents, TrainOptions{Iterations: 3, Clusters: table})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(q.cl) != 2 || q.cl["russia"] != p.cl["russia"] || q.cl["russia"] == 0 {
		t.Errorf("Read(WriteTo()) clusters = %v, want %v", q.cl, p.cl)
	}
	// the same words give more features with clusters than without
	toks := sentenceTokens(nil, &sents[0])
	var st state
	st.reset(len(toks))
	with, without := words{cl: q.cl}, words{}
	with.prepare(toks)
	without.prepare(toks)
	nw, nwo := len(with.features(nil, &st)), len(without.features(nil, &st))
	if nw <= nwo {
		t.Errorf("features with clusters: %d, without: %d; want more with", nw, nwo)
	}
}

// TestTrainOrders trains a tiny parser as the mean of two orders and checks
// that it parses its training sentences.
func TestTrainOrders(t *testing.T) {
	w := treeWord
	sents := []conllu.Sentence{
		{Words: []conllu.Word{w("Russia", "PROPN", 2, "nsubj"), w("annexed", "VERB", 0, "root"), w("Crimea", "PROPN", 2, "obj")}},
		{Words: []conllu.Word{w("Kerry", "PROPN", 2, "nsubj"), w("met", "VERB", 0, "root"), w("Lavrov", "PROPN", 2, "obj")}},
		{Words: []conllu.Word{w("the", "DET", 2, "det"), w("talks", "NOUN", 3, "nsubj"), w("ended", "VERB", 0, "root")}},
	}
	p, err := Train(sents, TrainOptions{Iterations: 5, Orders: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		ds := s.Doc()
		for i := range ds.Tokens {
			ds.Tokens[i].UPOS, ds.Tokens[i].XPOS = s.Words[i].UPOS, s.Words[i].XPOS
		}
		p.Parse(&ds)
		for i, w := range s.Words {
			if ds.Tokens[i].Head != w.Head-1 || ds.Tokens[i].Dep != w.Deprel {
				t.Errorf("%s: head %d %s, want %d %s", w.Form, ds.Tokens[i].Head, ds.Tokens[i].Dep, w.Head-1, w.Deprel)
			}
		}
	}
}
