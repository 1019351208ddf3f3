package graph

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/kgraph/kgraph/internal/shared"
	"github.com/kgraph/kgraph/schema"
)

// reutersExtractions builds extractions from the first n Reuters-21578
// articles without the extractor: in each sentence, each pair of adjacent
// capitalised words becomes a statement between two entities.
func reutersExtractions(tb testing.TB, n int) ([]schema.Extraction, int) {
	tb.Helper()
	f, err := os.Open(shared.Require(tb, "corpora", "reuters21578", "reuters21578.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	preds := []string{"meet", "say", "propose", "sanction", "criticize"}
	types := []schema.EntityType{schema.Person, schema.Organization, schema.Country, schema.GPE}
	var out []schema.Extraction
	statements := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(out) < n {
		var a struct {
			NewID int    `json:"newid"`
			Title string `json:"title"`
			Date  string `json:"date"`
			Body  string `json:"body"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		if a.Body == "" {
			continue
		}
		doc := schema.Document{ID: fmt.Sprintf("reuters-%d", a.NewID), Title: a.Title, Published: a.Date, Text: a.Body}
		ex := schema.Extraction{Document: doc}
		pos := 0
		for si, sent := range strings.SplitAfter(a.Body, ". ") {
			var caps []string
			for _, w := range strings.FieldsFunc(sent, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if len(w) > 1 && unicode.IsUpper(rune(w[0])) {
					caps = append(caps, w)
				}
			}
			for i := 0; i+1 < len(caps); i++ {
				arg := func(w string) schema.Arg {
					t := types[len(w)%len(types)]
					return schema.Arg{Text: w, Entity: schema.EntityIRI(t, w, ""), Name: w, Type: t}
				}
				st := schema.Statement{
					Subject: arg(caps[i]), Predicate: preds[(si+i)%len(preds)], Verb: "v", Object: arg(caps[i+1]),
					Kind: schema.KindRelation, Polarity: schema.Asserted, Modality: schema.Fact, Confidence: 0.5,
					Doc: doc.ID, SentenceIndex: si, SentenceText: sent, SentenceSpan: schema.Span{Start: pos, End: pos + len(sent)},
				}
				if i%4 == 3 {
					st.Object = schema.Arg{Text: strings.ToLower(caps[i+1]) + " plan"}
				}
				st.ID = schema.StatementID(&st)
				ex.Statements = append(ex.Statements, st)
			}
			pos += len(sent)
		}
		statements += len(ex.Statements)
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out, statements
}

// peakHeap samples the live heap until stop is called and returns the
// largest sample in bytes.
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	go func() {
		defer close(finished)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak.Load()
	}
}

// BenchmarkLoad loads 500 Reuters articles into a new store per iteration
// and reports quads written per second and the peak live heap; bolt/cayley
// writes through Cayley's writer, as loads into a new store did before
// kvBulk.
//
//	go test ./graph/ -run '^$' -bench Load -benchtime 3x
func BenchmarkLoad(b *testing.B) {
	ex, nst := reutersExtractions(b, 500)
	type bench struct {
		name string
		url  func(b *testing.B) string
		opts []Option
	}
	benches := []bench{
		// a new bolt store: a bulk load (kvBulk)
		{"bolt", boltURL, nil},
		// the same through Cayley's writer, as every load did before
		{"bolt/cayley", boltURL, []Option{withCayleyWrites()}},
		{"mem", func(*testing.B) string { return "mem:" }, nil},
		{"postgres/batch=10000", pgURL, []Option{WithBatchSize(10000)}},
		{"postgres/batch=50000", pgURL, nil},
	}
	for _, bb := range benches {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			var quads int
			var peak uint64
			var loadTime, cpuTime time.Duration
			for b.Loop() {
				b.StopTimer()
				url := bb.url(b)
				s, err := Open(context.Background(), url, bb.opts...)
				if err != nil {
					b.Fatal(err)
				}
				stop := peakHeap()
				b.StartTimer()
				start, cpu := time.Now(), cpuUsed()
				st, err := s.Load(context.Background(), ex)
				loadTime += time.Since(start)
				cpuTime += cpuUsed() - cpu
				b.StopTimer()
				if p := stop(); p > peak {
					peak = p
				}
				if err != nil {
					b.Fatal(err)
				}
				quads += st.Quads
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(quads)/loadTime.Seconds(), "quads/s")
			// On a shared machine wall time depends on the neighbours; CPU
			// time (of this process, all threads) much less.
			b.ReportMetric(float64(quads)/cpuTime.Seconds(), "quads/cpu-s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(nst), "statements")
		})
	}
}

// cpuUsed is the user and system CPU time of this process so far.
func cpuUsed() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// pgURL makes a fresh schema and returns the URL that opens it.
func pgURL(b *testing.B) string {
	s := openPostgres(b)
	defer s.Close()
	return s.addr
}

// BenchmarkLoadIncremental loads 250 articles into a bolt store that holds
// 250 others, as a second kgraph build would: documents are looked up and
// shared entity quads checked against the stored ones.
func BenchmarkLoadIncremental(b *testing.B) {
	ex, _ := reutersExtractions(b, 500)
	var quads int
	var loadTime, cpuTime time.Duration
	for b.Loop() {
		b.StopTimer()
		s, err := Open(context.Background(), boltURL(b))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Load(context.Background(), ex[:250]); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start, cpu := time.Now(), cpuUsed()
		st, err := s.Load(context.Background(), ex[250:])
		loadTime += time.Since(start)
		cpuTime += cpuUsed() - cpu
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		quads += st.Quads
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(quads)/loadTime.Seconds(), "quads/s")
	b.ReportMetric(float64(quads)/cpuTime.Seconds(), "quads/cpu-s")
}

var benchDir atomic.Int64

func boltURL(b *testing.B) string {
	return "bolt:" + filepath.Join(b.TempDir(), fmt.Sprintf("kgraph-%d.db", benchDir.Add(1)))
}

// BenchmarkLoadFile exports 500 Reuters articles as N-Quads and as JSON
// Lines and loads each file into a new bolt store per iteration, as
// kgraph load does: validated whole first, then written (a bulk load);
// nquads-cayley writes through Cayley's writer, as loads did before
// kvBulk.
//
//	go test ./graph/ -run '^$' -bench LoadFile -benchtime 3x
func BenchmarkLoadFile(b *testing.B) {
	ex, _ := reutersExtractions(b, 500)
	src, err := Open(context.Background(), "mem:")
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	if _, err := src.Load(context.Background(), ex); err != nil {
		b.Fatal(err)
	}
	for _, run := range []struct {
		format string
		opts   []Option
	}{{"nquads", nil}, {"jsonl", nil}, {"nquads-cayley", []Option{withCayleyWrites()}}} {
		format := strings.TrimSuffix(run.format, "-cayley")
		var buf bytes.Buffer
		if err := src.Export(context.Background(), &buf, format); err != nil {
			b.Fatal(err)
		}
		b.Run(run.format, func(b *testing.B) {
			b.SetBytes(int64(buf.Len()))
			var quads int
			var loadTime, cpuTime time.Duration
			for b.Loop() {
				b.StopTimer()
				s, err := Open(context.Background(), boltURL(b), run.opts...)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start, cpu := time.Now(), cpuUsed()
				st, err := s.LoadFile(context.Background(), bytes.NewReader(buf.Bytes()), "export."+format)
				loadTime += time.Since(start)
				cpuTime += cpuUsed() - cpu
				b.StopTimer()
				if err != nil {
					b.Fatal(err)
				}
				quads += st.Quads
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(quads)/loadTime.Seconds(), "quads/s")
			b.ReportMetric(float64(quads)/cpuTime.Seconds(), "quads/cpu-s")
		})
	}
}
