package main

import (
	"bytes"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkExtractSentence runs `kgraph extract --format tsv` on one
// sentence as a whole process (package initialization and the models'
// loading included), as a user would. It reports the wall time per run
// (ns/op), the CPU time (cpu-ms/op) and the peak resident memory (max-RSS-MB).
func BenchmarkExtractSentence(b *testing.B) {
	var cpu time.Duration
	var rss int64
	for b.Loop() {
		cmd := kgraphProcess(b, nil, "extract", "--format", "tsv")
		cmd.Stdin = strings.NewReader("Russia annexed Crimea in March 2014.\n")
		var out bytes.Buffer
		cmd.Stdout = &out
		if err := cmd.Run(); err != nil {
			b.Fatalf("kgraph extract: %v", err)
		}
		if !strings.Contains(out.String(), "Crimea") {
			b.Fatalf("kgraph extract printed %q, want the statement about Crimea", out.String())
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = max(rss, int64(ru.Maxrss))
		}
	}
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(rss)/1024, "max-RSS-MB")
}
