package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exportOf exports a store in a format and returns the output.
func exportOf(t *testing.T, db, format string) string {
	t.Helper()
	out, errs, code := runCLI(t, "", "export", "--db", db, "--format", format)
	if code != 0 {
		t.Fatalf("export --format %s: exit %d: %s", format, code, errs)
	}
	return out
}

// TestJSONLLosslessRoundTrip checks that extract's JSON Lines load into the
// same store as build gives, and that a JSON Lines export loads back to a
// store whose export is byte-identical.
func TestJSONLLosslessRoundTrip(t *testing.T) {
	dir := t.TempDir()
	built := filepath.Join(dir, "built.db")
	if _, errs, code := runCLI(t, "", "build", "-q", "--db", built, example); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	jl := filepath.Join(dir, "x.jsonl")
	if _, errs, code := runCLI(t, "", "extract", "-q", "--format", "jsonl", "-o", jl, example); code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	loaded := filepath.Join(dir, "loaded.db")
	if _, errs, code := runCLI(t, "", "load", "-q", "--db", loaded, jl); code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	want := exportOf(t, built, "nquads")
	if got := exportOf(t, loaded, "nquads"); got != want {
		t.Errorf("extract --format jsonl | load gives %d quads, build %d", strings.Count(got, "\n"), strings.Count(want, "\n"))
	}

	enq := filepath.Join(dir, "x.nq")
	if _, errs, code := runCLI(t, "", "extract", "-q", "--format", "nquads", "-o", enq, example); code != 0 {
		t.Fatalf("extract --format nquads: exit %d: %s", code, errs)
	}
	fromExtractNQ := filepath.Join(dir, "enq.db")
	if _, errs, code := runCLI(t, "", "load", "-q", "--db", fromExtractNQ, enq); code != 0 {
		t.Fatalf("load x.nq: exit %d: %s", code, errs)
	}
	if got := exportOf(t, fromExtractNQ, "nquads"); got != want {
		t.Errorf("extract --format nquads | load gives %d quads, build %d", strings.Count(got, "\n"), strings.Count(want, "\n"))
	}

	exp := exportOf(t, built, "jsonl")
	again := filepath.Join(dir, "again.db")
	if _, errs, code := runCLI(t, exp, "load", "-q", "--db", again, "-"); code != 0 {
		t.Fatalf("load - : exit %d: %s", code, errs)
	}
	if got := exportOf(t, again, "jsonl"); got != exp {
		t.Errorf("export jsonl | load | export jsonl differs from the first export")
	}
	if got := exportOf(t, again, "nquads"); got != want {
		t.Errorf("export jsonl | load gives %d quads, the store had %d", strings.Count(got, "\n"), strings.Count(want, "\n"))
	}
	nq := filepath.Join(dir, "export.nq")
	if err := os.WriteFile(nq, []byte(want), 0o644); err != nil {
		t.Fatal(err)
	}
	fromNQ := filepath.Join(dir, "nq.db")
	if _, errs, code := runCLI(t, "", "load", "-q", "--db", fromNQ, nq); code != 0 {
		t.Fatalf("load x.nq: exit %d: %s", code, errs)
	}
	if got := exportOf(t, fromNQ, "nquads"); got != want {
		t.Errorf("export nquads | load | export nquads differs")
	}
}

// TestDeleteCommand deletes the example's document: nothing of it stays.
func TestDeleteCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kgraph.db")
	if _, errs, code := runCLI(t, "", "build", "-q", "--db", db, example); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	_, errs, code := runCLI(t, "", "delete", "--db", db, "nope")
	if code != 1 || !strings.Contains(errs, "no document nope") {
		t.Errorf("delete nope: exit %d, stderr %q; want 1 naming it", code, errs)
	}
	id := strings.TrimSuffix(filepath.Base(example), ".txt")
	_, errs, code = runCLI(t, "", "delete", "--db", db, id)
	if code != 0 || !strings.Contains(errs, "deleted 1 document") {
		t.Fatalf("delete %s: exit %d, stderr %q", id, code, errs)
	}
	if n := count(t, db); n != "0" {
		t.Errorf("after deleting the only document the store counts %s nodes", n)
	}
}
