package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/event"
	"github.com/kgraph/kgraph/extract/text"
	"github.com/kgraph/kgraph/internal/shared"
	"github.com/kgraph/kgraph/schema"
)

// bbcDocs reads n BBC News articles (all sections, in name order).
func bbcDocs(b *testing.B, n int) []schema.Document {
	b.Helper()
	dir := shared.Require(b, "corpora", "bbc-news", "bbc")
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no BBC articles in %s", dir)
	}
	slices.Sort(paths)
	step := max(1, len(paths)/n)
	var docs []schema.Document
	for i := 0; i < len(paths) && len(docs) < n; i += step {
		t, err := os.ReadFile(paths[i])
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, schema.Document{ID: filepath.Base(paths[i]), Text: string(t), Published: "2005-01-01"})
	}
	return docs
}

// BenchmarkExtract measures whole extraction of 200 BBC News articles, one
// document after another (run with -cpu 1 for the one-core figure), and each
// stage alone on the same text. Reported: sentences/s, statements per
// document, MB/s, allocations; peak memory is the process's max RSS.
func BenchmarkExtract(b *testing.B) {
	docs := bbcDocs(b, 200)
	p := newPipeline(b, WithWorkers(1))
	var bytes int64
	sents := 0
	var annotated []*doc.Doc
	for _, d := range docs {
		bytes += int64(len(d.Text))
		ad := p.Annotate(d)
		sents += len(ad.Sentences)
		annotated = append(annotated, ad)
	}
	// On a shared machine wall time misleads: each part also reports
	// sentences per second of this process's CPU time (with -cpu 1, the
	// garbage collector's included).
	var cpu0 time.Duration
	start := func(b *testing.B) { b.Helper(); cpu0 = cpuTime() }
	report := func(b *testing.B) {
		if c := cpuTime() - cpu0; c > 0 {
			b.ReportMetric(float64(sents)*float64(b.N)/c.Seconds(), "sentences/cpu-s")
		}
		b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
		b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	}

	b.Run("whole", func(b *testing.B) {
		b.SetBytes(bytes)
		b.ReportAllocs()
		statements := 0
		start(b)
		for b.Loop() {
			statements = 0
			for _, d := range docs {
				ex, err := p.Document(b.Context(), d)
				if err != nil {
					b.Fatal(err)
				}
				statements += len(ex.Statements)
			}
		}
		report(b)
		b.ReportMetric(float64(statements)/float64(len(docs)), "statements/doc")
	})
	b.Run("segment", func(b *testing.B) {
		b.SetBytes(bytes)
		b.ReportAllocs()
		start(b)
		for b.Loop() {
			for _, d := range docs {
				text.Segment(d.Text)
			}
		}
		report(b)
	})
	b.Run("tag+parse", func(b *testing.B) {
		b.SetBytes(bytes)
		b.ReportAllocs()
		start(b)
		for b.Loop() {
			for _, ad := range annotated {
				for si := range ad.Sentences {
					p.tagger.Tag(&ad.Sentences[si])
					p.parser.Parse(&ad.Sentences[si])
				}
			}
		}
		report(b)
	})
	b.Run("entities", func(b *testing.B) { // recognizer, gazetteer, roles, coreference
		b.SetBytes(bytes)
		b.ReportAllocs()
		start(b)
		for b.Loop() {
			for _, ad := range annotated {
				ad.Mentions, ad.Roles, ad.Entities = nil, nil, nil
				p.resolver.Resolve(ad, p.ner.RecognizeDoc(ad))
			}
		}
		report(b)
	})
	b.Run("clauses+events", func(b *testing.B) {
		b.SetBytes(bytes)
		b.ReportAllocs()
		start(b)
		for b.Loop() {
			for _, ad := range annotated {
				event.Code(ad, clause.Extract(ad))
			}
		}
		report(b)
	})
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.Logf("heap in use after the run: %.1f MB (models loaded)", float64(ms.HeapInuse)/1e6)
}

// BenchmarkExtractReuters extracts the first 1,000 Reuters-21578 articles
// with text, one after another: what extraction costs of a build of the
// whole corpus (19,779 articles), the store's writes aside. It reports
// articles per second of wall time and of CPU time (run with -cpu 1).
func BenchmarkExtractReuters(b *testing.B) {
	f, err := os.Open(shared.Require(b, "corpora", "reuters21578", "reuters21578.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	var docs []schema.Document
	for sc.Scan() && len(docs) < 1000 {
		var a struct{ Title, Body string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		if a.Body != "" {
			docs = append(docs, schema.Document{ID: fmt.Sprint(len(docs)), Text: a.Title + "\n\n" + a.Body})
		}
	}
	p := newPipeline(b, WithWorkers(1))
	c0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			if _, err := p.Document(b.Context(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/(cpuTime()-c0).Seconds(), "docs/cpu-s")
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
