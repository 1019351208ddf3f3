package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kgraph/kgraph/internal/shared"
)

// BenchmarkBuildReuters builds the Reuters-21578 corpus (19,779 articles with
// text) into a fresh bolt store through the command line, as a user would:
// extraction on every core, batched idempotent loads. It reports documents
// per second, the peak anonymous memory of the build (heap, stacks, models)
// and its peak resident set, which also counts the pages of the store file
// that bolt maps into memory. The peaks cover the build alone, not the test
// binary's start nor the query that counts the documents afterwards.
// KGRAPH_BENCH_DOCS=N builds only the first N articles (make bench uses the
// whole corpus: about five minutes on two cores).
func BenchmarkBuildReuters(b *testing.B) {
	corpus := shared.Require(b, "corpora", "reuters21578", "reuters21578.jsonl")
	if n, err := strconv.Atoi(os.Getenv("KGRAPH_BENCH_DOCS")); err == nil && n > 0 {
		corpus = firstLines(b, corpus, n)
	}
	for b.Loop() {
		db := filepath.Join(b.TempDir(), "kgraph.db")
		stop := make(chan struct{})
		peakAnon := make(chan int)
		go samplePeakAnon(stop, peakAnon)
		resetPeakRSS(b)
		start := time.Now()
		_, errs, code := runCLI(b, "", "build", "-q", "--db", db, corpus)
		if code != 0 && code != exitPartial {
			b.Fatalf("build: exit %d: %s", code, errs)
		}
		secs := time.Since(start).Seconds()
		close(stop)
		b.ReportMetric(float64(<-peakAnon)/1024, "peak-anon-MB")
		if kb := statusKB("VmHWM:"); kb > 0 {
			b.ReportMetric(float64(kb)/1024, "peak-RSS-MB")
		}
		out, _, _ := runCLI(b, "", "query", "--db", db, `g.Emit(g.V().Has("<rdf:type>", "<kg:Document>").Count())`)
		docs, _ := strconv.Atoi(trimNL(out))
		b.ReportMetric(float64(docs)/secs, "docs/s")
	}
}

// resetPeakRSS resets the process's peak resident set (VmHWM) to its
// current resident set (Linux: /proc/self/clear_refs).
func resetPeakRSS(b *testing.B) {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		b.Logf("cannot reset the peak resident set (%v); it covers the whole process", err)
	}
}

// statusKB returns a kB field of /proc/self/status, such as "VmHWM:", or 0.
func statusKB(field string) int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == field {
			kb, _ := strconv.Atoi(f[1])
			return kb
		}
	}
	return 0
}

// samplePeakAnon reads the process's anonymous resident memory (the Go heap,
// stacks and models, without the store file that bolt maps into memory) every
// 100 ms until stop closes, then sends the peak in kB.
func samplePeakAnon(stop <-chan struct{}, peak chan<- int) {
	max := 0
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		if kb := statusKB("RssAnon:"); kb > max {
			max = kb
		}
		select {
		case <-stop:
			peak <- max
			return
		case <-t.C:
		}
	}
}

func trimNL(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == ' ') {
		s = s[:len(s)-1]
	}
	return s
}

// firstLines copies the first n lines of a JSON Lines file into a temporary file.
func firstLines(b *testing.B, path string, n int) string {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	end := 0
	for i := 0; i < n && end < len(data); i++ {
		for end < len(data) && data[end] != '\n' {
			end++
		}
		end++
	}
	p := filepath.Join(b.TempDir(), "reuters.jsonl")
	if err := os.WriteFile(p, data[:min(end, len(data))], 0o644); err != nil {
		b.Fatal(err)
	}
	return p
}
