package event

import (
	"testing"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/doc"
)

// BenchmarkCode codes the hand-parsed test sentences as one document.
func BenchmarkCode(b *testing.B) {
	var src string
	for _, s := range sentences {
		src += s.conll + "\n\n"
	}
	d := parsed(b, published, src)
	cs := clause.Extract(d)
	b.ReportAllocs()
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		Code(d, cs)
	}
}

var fuzzDeps = []string{"root", "nsubj", "obj", "obl", "case", "mark", "xcomp", "ccomp", "advcl", "acl", "conj",
	"cc", "aux", "advmod", "det", "nmod", "nmod:poss", "compound:prt", "obl:tmod", "punct", "amod", "cop"}

var fuzzWords = []string{"Russia", "said", "not", "will", "agreed", "to", "sanctions", "on", "Sunday", "if", "no",
	"intention", "of", "between", "and", "Putin", "called", "according", "talks", "March", "16", "."}

// FuzzCode feeds arbitrary (often cyclic or out-of-range) parses through the
// clause extractor and the coder: they must not panic.
func FuzzCode(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
	f.Add([]byte{200, 3, 7, 1, 9, 250, 4, 4, 4, 0, 0, 1, 2, 3})
	f.Add([]byte("00L")) // a conjunct whose head lies outside the sentence (CI's fuzz, sharedAux)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 3*64 {
			data = data[:3*64]
		}
		s := doc.Sentence{}
		text := ""
		for i := 0; i+2 < len(data); i += 3 {
			w := fuzzWords[int(data[i])%len(fuzzWords)]
			tok := doc.Token{Text: w, Lemma: w, Start: len(text), End: len(text) + len(w), SpaceAfter: true,
				Head: int(int8(data[i+1])), Dep: fuzzDeps[int(data[i+2])%len(fuzzDeps)]}
			tok.UPOS = []string{"NOUN", "VERB", "PROPN", "ADP", "AUX", "PART", "DET", "CCONJ"}[int(data[i+2])%8]
			text += w + " "
			s.Tokens = append(s.Tokens, tok)
		}
		s.End = len(text)
		d := &doc.Doc{Sentences: []doc.Sentence{s}}
		d.Text, d.Published = text, "2014-03-30"
		if len(s.Tokens) > 0 {
			d.Mentions = []doc.Mention{{Sentence: 0, Start: 0, End: 1, Entity: "kg:x", Type: "Country"}}
		}
		for _, st := range Code(d, clause.Extract(d)) {
			if st.ID == "" {
				t.Fatalf("statement without ID: %+v", st)
			}
		}
	})
}
