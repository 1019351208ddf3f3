package parse

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kgraph/kgraph/extract/conllu"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/internal/shared"
)

// pud returns the sentences of UD English PUD (news and wiki text), words only.
func pud(b *testing.B) []doc.Sentence {
	ss, err := conllu.ReadFile(shared.Require(b, "corpora", "ud-english-pud", "en_pud-ud-test.conllu"))
	if err != nil {
		b.Fatal(err)
	}
	out := make([]doc.Sentence, len(ss))
	for i, s := range ss {
		out[i].Tokens = make([]doc.Token, len(s.Words))
		for j, w := range s.Words {
			out[i].Tokens[j] = doc.Token{Text: w.Form}
		}
	}
	return out
}

// BenchmarkParseModels compares the parsing speed of the embedded model with
// that of the model files named in $KGRAPH_PARSER_MODELS (comma-separated),
// on the 1,000 sentences of UD English PUD.
func BenchmarkParseModels(b *testing.B) {
	tg, p := load(b)
	sents := pud(b)
	for i := range sents {
		tg.Tag(&sents[i])
	}
	models := map[string]*Parser{"embedded": p}
	names := []string{"embedded"}
	for _, path := range strings.Split(os.Getenv("KGRAPH_PARSER_MODELS"), ",") {
		if path == "" {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		q, err := Read(f)
		f.Close()
		if err != nil {
			b.Fatalf("Read(%s): %v", path, err)
		}
		models[path] = q
		names = append(names, path)
	}
	for _, name := range names {
		b.Run(filepath.Base(name), func(b *testing.B) {
			n := 0
			for b.Loop() {
				models[name].Parse(&sents[n%len(sents)])
				n++
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}

// BenchmarkTagParse reports sentences per second for tagging, parsing and
// both, on the 1,000 sentences of UD English PUD.
func BenchmarkTagParse(b *testing.B) {
	tg, p := load(b)
	sents := pud(b)
	for i := range sents {
		tg.Tag(&sents[i])
	}
	run := func(b *testing.B, f func(*doc.Sentence)) {
		b.ReportAllocs()
		n := 0
		c0 := cpuTime()
		for b.Loop() {
			f(&sents[n%len(sents)])
			n++
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
		// on a shared machine wall time misleads: also report sentences
		// per second of this process's CPU time
		if c := cpuTime() - c0; c > 0 {
			b.ReportMetric(float64(n)/c.Seconds(), "sentences/cpu-s")
		}
	}
	b.Run("tag", func(b *testing.B) { run(b, tg.Tag) })
	b.Run("parse", func(b *testing.B) { run(b, p.Parse) })
	b.Run("tag+parse", func(b *testing.B) { run(b, func(s *doc.Sentence) { tg.Tag(s); p.Parse(s) }) })
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

// cpuTime returns the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
