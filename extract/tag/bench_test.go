package tag

import (
	"testing"

	"github.com/kgraph/kgraph/extract/conllu"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/internal/shared"
)

// BenchmarkTag reports sentences per second on the 1,000 sentences of UD
// English PUD (news and wiki text). The parse package benchmarks tagging
// and parsing together.
func BenchmarkTag(b *testing.B) {
	tg := load(b)
	ss, err := conllu.ReadFile(shared.Require(b, "corpora", "ud-english-pud", "en_pud-ud-test.conllu"))
	if err != nil {
		b.Fatal(err)
	}
	sents := make([]doc.Sentence, len(ss))
	for i, s := range ss {
		for _, w := range s.Words {
			sents[i].Tokens = append(sents[i].Tokens, doc.Token{Text: w.Form})
		}
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		tg.Tag(&sents[n%len(sents)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkLoad reads the embedded model as Load does, in place.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseModel(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
