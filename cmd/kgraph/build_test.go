package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const example = "../../examples/kerry-lavrov-paris-2014-03-30.txt"

func count(t *testing.T, db string) string {
	t.Helper()
	out, errs, code := runCLI(t, "", "query", "--db", db, "g.Emit(g.V().Count())")
	if code != 0 {
		t.Fatalf("query count: exit %d: %s", code, errs)
	}
	return strings.TrimSpace(out)
}

// TestBuildIdempotent builds the example twice into a bolt store: the second
// build adds nothing.
func TestBuildIdempotent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kgraph.db")
	if _, errs, code := runCLI(t, "", "build", "--db", db, example); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	first := count(t, db)
	if first == "" || first == "0" {
		t.Fatalf("after build the store counts %q nodes", first)
	}
	if _, errs, code := runCLI(t, "", "build", "--db", db, example); code != 0 {
		t.Fatalf("second build: exit %d: %s", code, errs)
	}
	if again := count(t, db); again != first {
		t.Errorf("second build changed the node count from %s to %s", first, again)
	}
}

// TestBuildMixedInputs loads the good files of a directory and reports the
// bad ones with exit code 3.
func TestBuildMixedInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	writeFile(t, in, "a.txt", "The United States sanctioned Russia.\n")
	writeFile(t, in, "b.txt", "\x00\x01\x02")
	db := filepath.Join(dir, "kgraph.db")
	_, errs, code := runCLI(t, "", "build", "--db", db, in)
	if code != 3 || !strings.Contains(errs, "b.txt") {
		t.Fatalf("build of a mixed directory: exit %d, stderr %q; want 3 naming b.txt", code, errs)
	}
	out, errs, code := runCLI(t, "", "query", "--db", db, `g.V("<kg:country/USA>").Out("<kg:sanction>").All()`)
	if code != 0 || !strings.Contains(out, "kg:country/RUS") {
		t.Errorf("good file not loaded: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestLoadMalformedNQuads rejects the whole file, naming the line, and
// leaves the store as it was.
func TestLoadMalformedNQuads(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kgraph.db")
	good := writeFile(t, dir, "good.nq", "<kg:a> <kg:b> <kg:c> .\n")
	bad := writeFile(t, dir, "bad.nq", "<kg:x> <kg:y> <kg:z> .\n<kg:x> <kg:y> .\n")
	if _, errs, code := runCLI(t, "", "load", "--db", db, good); code != 0 {
		t.Fatalf("load good.nq: exit %d: %s", code, errs)
	}
	before := count(t, db)
	_, errs, code := runCLI(t, "", "load", "--db", db, bad)
	if code == 0 || !strings.Contains(errs, "bad.nq:2") {
		t.Errorf("load bad.nq: exit %d, stderr %q; want a failure naming bad.nq:2", code, errs)
	}
	if after := count(t, db); after != before {
		t.Errorf("failed load changed the node count from %s to %s", before, after)
	}
}

func TestQuerySyntaxError(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kgraph.db")
	runCLI(t, "", "load", "--db", db, writeFile(t, t.TempDir(), "a.nq", "<kg:a> <kg:b> <kg:c> .\n"))
	out, errs, code := runCLI(t, "", "query", "--db", db, "g.V(.All()")
	if code != 1 || out != "" {
		t.Errorf("query with a syntax error: exit %d, stdout %q; want 1 and nothing", code, out)
	}
	if lines := strings.Count(strings.TrimSpace(errs), "\n"); lines != 0 || !strings.Contains(errs, "kgraph:") {
		t.Errorf("syntax error message is not one kgraph: line: %q", errs)
	}
}

func TestRenderExample(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"map.dot", "map.svg"} {
		out := filepath.Join(dir, name)
		if _, errs, code := runCLI(t, "", "render", "-q", "-o", out, example); code != 0 {
			t.Fatalf("render -o %s: exit %d: %s", name, code, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Sergey Lavrov", "John Kerry", "sanction"} {
			if !strings.Contains(string(b), want) {
				t.Errorf("%s does not mention %q", name, want)
			}
		}
	}
	db := filepath.Join(dir, "kgraph.db")
	runCLI(t, "", "build", "-q", "--db", db, example)
	out, errs, code := runCLI(t, "", "render", "--db", db, "--focus", "Lavrov", "--depth", "1")
	if code != 0 || !strings.Contains(out, "digraph") || !strings.Contains(out, "Sergey Lavrov") {
		t.Errorf("render --focus Lavrov: exit %d, stderr %q", code, errs)
	}
	if strings.Contains(out, "Chuck Hagel") {
		t.Errorf("render --focus Lavrov --depth 1 draws Chuck Hagel, who is not his neighbour")
	}
}
