package main

import (
	"context"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestWorkersHelp: the --workers default is said once, in words.
func TestWorkersHelp(t *testing.T) {
	out, _, code := runCLI(t, "", "extract", "--help")
	if code != 0 {
		t.Fatalf("extract --help: exit %d", code)
	}
	line := ""
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "--workers") {
			line = l
		}
	}
	if !strings.Contains(line, "(default: number of CPUs)") || strings.Count(line, "default") != 1 {
		t.Errorf("--workers help line %q, want one (default: number of CPUs)", line)
	}
}

// TestSmallOutputs checks the wording and numbers a user reads after a build
// of the example: confidences with three decimals at most, "1 document".
func TestSmallOutputs(t *testing.T) {
	out, errs, code := runCLI(t, "", "extract", example)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	if m := regexp.MustCompile(`"confidence":[0-9.]*[0-9]{4,}`).FindString(out); m != "" {
		t.Errorf("extract prints %s, want at most three decimals", m)
	}
	db := filepath.Join(t.TempDir(), "kgraph.db")
	_, errs, code = runCLI(t, "", "build", "--db", db, example)
	if code != 0 || !strings.Contains(errs, "loaded 1 document (") {
		t.Errorf("build of one article: exit %d, stderr %q; want \"loaded 1 document (\"", code, errs)
	}
	_, errs, code = runCLI(t, "", "render", "--db", db, "--relation", "bogus")
	if code != 2 || !strings.Contains(errs, `"bogus"`) || !strings.Contains(errs, "propose") {
		t.Errorf("render --relation bogus: exit %d, stderr %q; want 2 naming it and listing the relations", code, errs)
	}
	out, errs, code = runCLI(t, "", "render", "--db", db, "--relation", "sanction")
	if code != 0 || !strings.Contains(out, "sanction") {
		t.Errorf("render --relation sanction: exit %d, stderr %q", code, errs)
	}
}

// TestQueryDuringBuild: a query while a build holds a new store hears that
// the store is in use, not that there is none. The build opens the store
// before it loads the models; its stdin stays open until the test ends.
func TestQueryDuringBuild(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kgraph.db")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	stdin, w := io.Pipe()
	defer w.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		var out, errb strings.Builder
		_ = run(ctx, []string{"kgraph", "build", "-q", "--db", db, "-"}, stdin, &out, &errb)
	}()
	time.Sleep(100 * time.Millisecond)
	_, errs, code := runCLI(t, "", "query", "--db", db, "g.Emit(1)")
	cancel()
	w.Close()
	<-done
	if code != 1 || !strings.Contains(errs, "in use") {
		t.Errorf("query during a build: exit %d, stderr %q; want 1 and \"in use\"", code, errs)
	}
}
