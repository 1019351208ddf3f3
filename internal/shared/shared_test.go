package shared

import (
	"strings"
	"testing"
)

// recorder stands in for a test to see whether Require skips or fails.
type recorder struct {
	testing.TB
	skipped, failed string
}

type stop struct{}

func (r *recorder) Helper()                           {}
func (r *recorder) Skip(args ...any)                  { r.skipped = args[0].(string); panic(stop{}) }
func (r *recorder) Fatalf(format string, args ...any) { r.failed = format; panic(stop{}) }

func require(r *recorder, elem ...string) {
	defer func() {
		if v := recover(); v != nil && v != (stop{}) {
			panic(v)
		}
	}()
	Require(r, elem...)
}

// TestRequireMissing: without the data a test is skipped with one line
// naming what it needs; under CI it fails.
func TestRequireMissing(t *testing.T) {
	t.Setenv("KGRAPH_SHARED", t.TempDir())
	t.Setenv("CI", "")
	r := &recorder{}
	require(r, "corpora", "bbc-news")
	if !strings.Contains(r.skipped, "needs shared/corpora/bbc-news") || strings.Contains(r.skipped, "\n") || r.failed != "" {
		t.Errorf("without CI: skipped %q, failed %q; want one skip line naming shared/corpora/bbc-news", r.skipped, r.failed)
	}
	t.Setenv("CI", "true")
	r = &recorder{}
	require(r, "corpora", "bbc-news")
	if r.failed == "" || r.skipped != "" {
		t.Errorf("under CI: skipped %q, failed %q; want a failure", r.skipped, r.failed)
	}
}

func TestExample(t *testing.T) {
	if p := Example(t, "kerry-lavrov-paris-2014-03-30.txt"); !strings.HasSuffix(p, "examples/kerry-lavrov-paris-2014-03-30.txt") {
		t.Errorf("Example = %q", p)
	}
}
