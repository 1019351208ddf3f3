package read

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/internal/shared"
	"github.com/kgraph/kgraph/schema"
)

func ids(docs []schema.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.ID)
	}
	return out
}

// TestSameFileNames: two directories holding the same file names give
// different documents (BBC News keeps 001.txt in every topic).
func TestSameFileNames(t *testing.T) {
	root := t.TempDir()
	for _, topic := range []string{"politics", "business"} {
		for _, n := range []string{"001", "002"} {
			p := filepath.Join(root, "bbc", topic, n+".txt")
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, []byte(topic+" article "+n+"."), 0o644)
		}
	}
	args := []string{filepath.Join(root, "bbc", "politics"), filepath.Join(root, "bbc", "business") + "/"}
	docs, err := collect(t, args, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"politics/001", "politics/002", "business/001", "business/002"}; !slices.Equal(ids(docs), want) {
		t.Errorf("IDs %q, want %q", ids(docs), want)
	}
	// The same directory from elsewhere gives the same IDs.
	t.Chdir(filepath.Join(root, "bbc", "politics"))
	docs, err = collect(t, []string{"."}, Options{})
	if err != nil || !slices.Equal(ids(docs), []string{"politics/001", "politics/002"}) {
		t.Errorf("from inside: IDs %q, %v", ids(docs), err)
	}
	// The same directory twice is read once.
	docs, _ = collect(t, []string{".", "."}, Options{})
	if len(docs) != 2 {
		t.Errorf("the same directory twice gave %d documents, want 2", len(docs))
	}
}

// TestDuplicateIDs: two inputs that would get one ID are an error naming
// both; nothing is read when files collide.
func TestDuplicateIDs(t *testing.T) {
	a := write(t, map[string]string{"politics/001.txt": "A."})
	b := write(t, map[string]string{"politics/001.txt": "B.", "x.jsonl": "{\"id\":\"k\",\"text\":\"one\"}\n{\"id\":\"k\",\"text\":\"two\"}\n"})
	n := 0
	err := Paths(t.Context(), []string{filepath.Join(a, "politics"), filepath.Join(b, "politics")}, Options{},
		func(schema.Document) error { n++; return nil })
	var de *DuplicateIDError
	if !errors.As(err, &de) || !strings.Contains(err.Error(), filepath.Join(a, "politics", "001.txt")) ||
		!strings.Contains(err.Error(), filepath.Join(b, "politics", "001.txt")) || n != 0 {
		t.Errorf("colliding directories: %v after %d documents; want a DuplicateIDError naming both, nothing read", err, n)
	}
	docs, err := collect(t, []string{filepath.Join(b, "x.jsonl")}, Options{})
	var ie *InputError
	if !errors.As(err, &ie) || !errors.As(err, &de) || !strings.Contains(err.Error(), "x.jsonl:1") ||
		!strings.Contains(err.Error(), "x.jsonl:2") || len(docs) != 1 || docs[0].Text != "one" {
		t.Errorf("JSON Lines with one id twice: %d docs, %v; want the first and an input error naming both lines", len(docs), err)
	}
}

// TestContentDetection: JSON on stdin and in .json files, HTML on stdin.
func TestContentDetection(t *testing.T) {
	dir := write(t, map[string]string{
		"array.json":  `[{"id":"a1","text":"First."}, {"text":"Second."}]`,
		"pretty.json": "{\n  \"id\": \"p\",\n  \"published\": \"2019-05-02\",\n  \"text\": \"Spread over lines.\"\n}\n",
		"lines.json":  "{\"id\":\"l1\",\"text\":\"One.\"}\n{\"id\":\"l2\",\"text\":\"Two.\"}\n",
		"notes.txt":   "{\"id\":\"t1\",\"text\":\"JSON in a .txt file.\"}\n",
	})
	for _, tc := range []struct {
		name  string
		args  []string
		stdin string
		want  []string
	}{
		{"JSON Lines on stdin", []string{"-"}, `{"id":"x","text":"Russia annexed Crimea.","published":"2019-05-02"}` + "\n", []string{"x"}},
		{"HTML on stdin", []string{"-"}, "<!DOCTYPE html><title>T</title><p>Russia annexed Crimea.</p>", []string{"stdin"}},
		{"text on stdin", []string{"-"}, "{Not JSON} but text.", []string{"stdin"}},
		{"array", []string{filepath.Join(dir, "array.json")}, "", []string{"a1", "array-2"}},
		{"pretty object", []string{filepath.Join(dir, "pretty.json")}, "", []string{"p"}},
		{"JSON Lines in .json", []string{filepath.Join(dir, "lines.json")}, "", []string{"l1", "l2"}},
		{"JSON in .txt", []string{filepath.Join(dir, "notes.txt")}, "", []string{"t1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := collect(t, tc.args, Options{Stdin: strings.NewReader(tc.stdin)})
			if err != nil || !slices.Equal(ids(docs), tc.want) {
				t.Fatalf("IDs %q, %v; want %q", ids(docs), err, tc.want)
			}
			if tc.name == "JSON Lines on stdin" && docs[0].Published != "2019-05-02" {
				t.Errorf("published %q", docs[0].Published)
			}
			if tc.name == "HTML on stdin" && (docs[0].Title != "T" || strings.Contains(docs[0].Text, "<")) {
				t.Errorf("HTML on stdin: title %q, text %q", docs[0].Title, docs[0].Text)
			}
		})
	}
}

// TestSymlinks: links to files and directories are followed, a loop is
// walked once, and a file reached twice is read once.
func TestSymlinks(t *testing.T) {
	store := write(t, map[string]string{"a.txt": "Article A.", "deep/b.txt": "Article B."})
	dir := filepath.Join(t.TempDir(), "links")
	os.Mkdir(dir, 0o755)
	for name, target := range map[string]string{
		"a.txt": filepath.Join(store, "a.txt"), "deep": filepath.Join(store, "deep"),
		"again.txt": filepath.Join(store, "a.txt"), "loop": dir,
	} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := collect(t, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"links/a", "links/deep/b"}; !slices.Equal(ids(docs), want) {
		t.Errorf("IDs %q, want %q", ids(docs), want)
	}
}

// TestNothingReadable: a directory without one readable document is an
// error, not a silent success.
func TestNothingReadable(t *testing.T) {
	dir := write(t, map[string]string{"map.png": "png", "q.js": "g.V()", ".hidden.txt": "x"})
	_, err := collect(t, []string{dir}, Options{})
	if !errors.Is(err, ErrNoDocuments) {
		t.Errorf("empty directory: %v, want no readable document", err)
	}
	var ie *InputError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), dir) {
		t.Errorf("empty directory: %v, want an input error naming it", err)
	}
}

// TestTooLarge: a document over the limit is an input error naming it, in
// a file or on one JSON line, and the others are read.
func TestTooLarge(t *testing.T) {
	dir := write(t, map[string]string{
		"big.txt": strings.Repeat("word ", 100), "small.txt": "Small.",
		"docs.jsonl": `{"text":"` + strings.Repeat("x", 200) + `"}` + "\n" + `{"text":"fine"}` + "\n",
	})
	docs, err := collect(t, []string{dir}, Options{MaxSize: 100})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "big.txt: document too large: 500 bytes") ||
		!strings.Contains(err.Error(), "docs.jsonl:1: document too large") || !strings.Contains(err.Error(), "--max-doc-size") {
		t.Errorf("err = %v", err)
	}
	if want := []string{"news/docs-2", "news/small"}; !slices.Equal(ids(docs), want) {
		t.Errorf("IDs %q, want %q", ids(docs), want)
	}
}

// TestPlanCounts: the plan counts documents without reading them.
func TestPlanCounts(t *testing.T) {
	dir := write(t, map[string]string{"a.txt": "A.", "b.jsonl": "{\"text\":\"1\"}\n\n{\"text\":\"2\"}\n{\"text\":\"3\"}", "c.html": "<p>C</p>"})
	p, err := NewPlan(t.Context(), []string{dir}, Options{})
	if err != nil || p.Docs != 5 || len(p.Inputs) != 3 {
		t.Errorf("NewPlan: %d documents in %d inputs, %v; want 5 in 3", p.Docs, len(p.Inputs), err)
	}
	p, _ = NewPlan(t.Context(), []string{dir, "-"}, Options{})
	if p.Docs != -1 {
		t.Errorf("with stdin: %d documents, want -1 (unknown)", p.Docs)
	}
}

// TestBBCTopics plans BBC News politics/ and business/, whose files share
// their names (001.txt...): 927 documents, 927 IDs.
func TestBBCTopics(t *testing.T) {
	bbc := shared.Require(t, "corpora", "bbc-news", "bbc")
	p, err := NewPlan(t.Context(), []string{filepath.Join(bbc, "politics") + "/", filepath.Join(bbc, "business")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, in := range p.Inputs {
		seen[schema.DocIRI(in.ID)] = true
	}
	if p.Docs != 927 || len(seen) != 927 {
		t.Errorf("politics/ business/: %d documents, %d distinct IDs; want 927 and 927", p.Docs, len(seen))
	}
}
