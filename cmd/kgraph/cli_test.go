package main

import (
	"os"
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
// the store is in use, not that there is none. The build (a real process,
// its stdin kept open) opens and locks the store before it loads the
// models.
func TestQueryDuringBuild(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kgraph.db")
	build := kgraphProcess(t, nil, "build", "-q", "--db", db, "-")
	stdin, err := build.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := build.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stdin.Close()
		build.Process.Kill()
		build.Wait()
	}()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(filepath.Join(db, "kgraph.lock")); err == nil {
			break
		}
	}
	_, errs, code := runCLI(t, "", "query", "--db", db, "g.Emit(1)")
	if code != 1 || !strings.Contains(errs, "in use") {
		t.Errorf("query during a build: exit %d, stderr %q; want 1 and \"in use\"", code, errs)
	}
}

// TestFlagsAfterArguments runs every command with its flags after its
// arguments, as the README writes them: they must take effect (never a file
// named --db, never a store in the working directory), an unknown flag among
// the arguments is a usage error naming it, and "--" still ends the flags.
func TestFlagsAfterArguments(t *testing.T) {
	pkg, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	art := writeFile(t, dir, "art.txt", "The United States sanctioned Russia. Russia annexed Crimea.\n")
	nq := writeFile(t, dir, "a.nq", "<kg:a> <kg:b> <kg:c> .\n")
	writeFile(t, dir, "-odd.txt", "Russia annexed Crimea.\n")
	db := filepath.Join(dir, "y.db")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string // must appear on stdout
		stderr string // must appear on stderr
		file   string // must exist afterwards
	}{
		{"extract", []string{"extract", art, "--format", "tsv"}, 0, "document\tsentence", "", ""},
		{"extract -o", []string{"extract", art, "-o", "out.jsonl", "-q"}, 0, "", "", "out.jsonl"},
		{"build", []string{"build", art, "--db", db, "-q"}, 0, "", "", filepath.Join(db, "indexes.bolt")},
		{"query", []string{"query", "g.Emit(g.V().Count())", "--db", db}, 0, "", "", ""},
		{"query -f", []string{"query", "--db", db, "-f", writeFile(t, dir, "q.js", "g.Emit(1)"), "--format", "table"}, 0, "value", "", ""},
		{"render", []string{"render", art, "--focus", "Russia", "-o", "map.dot", "-q"}, 0, "", "", "map.dot"},
		{"load", []string{"load", nq, "--db", filepath.Join(dir, "z.db"), "-q"}, 0, "", "", filepath.Join(dir, "z.db", "indexes.bolt")},
		{"export", []string{"export", "--db", db, "-o", "out.nq"}, 0, "", "", "out.nq"},
		{"delete", []string{"delete", "art", "--db", db}, 0, "", "", ""},
		{"eval gold", []string{"eval", "gold", filepath.Join(pkg, "../../examples/kerry-lavrov-paris-2014-03-30.tsv"), filepath.Join(pkg, example), "--date", "2014-03-30"}, 0, "recall", "", ""},
		{"unknown flag among arguments", []string{"build", art, "--dbb", db}, 2, "", "dbb", ""},
		{"-- ends the flags", []string{"extract", "--format", "tsv", "--", "-odd.txt"}, 0, "annex", "", ""},
		{"flag value that looks like a flag", []string{"render", art, "--max-nodes", "-1", "-o", "m.dot", "-q"}, 0, "", "", "m.dot"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			out, errs, code := runCLI(t, "", args...)
			if code != tc.code {
				t.Fatalf("kgraph %v: exit %d, want %d; stderr %q", args, code, tc.code, errs)
			}
			if !strings.Contains(out, tc.stdout) || !strings.Contains(errs, tc.stderr) {
				t.Errorf("kgraph %v: stdout %q, stderr %q; want %q and %q", args, out, errs, tc.stdout, tc.stderr)
			}
			if tc.file != "" {
				if _, err := os.Stat(tc.file); err != nil {
					t.Errorf("kgraph %v: %v", args, err)
				}
			}
		})
	}
	for _, stray := range []string{"kgraph.db", "--db", "--format", "-o"} {
		if _, err := os.Stat(filepath.Join(dir, stray)); err == nil {
			t.Errorf("a command left %s in the working directory", stray)
		}
	}
}

// TestDocumentIdentity builds two directories with the same file names: every
// document is stored (files were named by their base name, so business/001
// replaced politics/001). Two inputs that would get one ID are a usage error
// naming both, before anything is stored.
func TestDocumentIdentity(t *testing.T) {
	dir := t.TempDir()
	for _, topic := range []string{"politics", "business"} {
		os.MkdirAll(filepath.Join(dir, topic), 0o755)
		writeFile(t, filepath.Join(dir, topic), "001.txt", "The United States sanctioned Russia over Crimea.\n")
		writeFile(t, filepath.Join(dir, topic), "002.txt", "Russia annexed Crimea in March.\n")
	}
	db := filepath.Join(dir, "kgraph.db")
	if _, errs, code := runCLI(t, "", "build", "-q", "--db", db, filepath.Join(dir, "politics"), filepath.Join(dir, "business")); code != 0 {
		t.Fatalf("build politics business: exit %d: %s", code, errs)
	}
	out, errs, code := runCLI(t, "", "query", "--db", db, `g.Emit(g.V().Has("<rdf:type>", "<kg:Document>").Count())`)
	if code != 0 || strings.TrimSpace(out) != "4" {
		t.Errorf("documents stored: %q (exit %d, %s), want 4", out, code, errs)
	}
	other := filepath.Join(dir, "elsewhere", "politics")
	os.MkdirAll(other, 0o755)
	writeFile(t, other, "001.txt", "Another article.\n")
	db2 := filepath.Join(dir, "two.db")
	_, errs, code = runCLI(t, "", "build", "--db", db2, filepath.Join(dir, "politics"), other)
	if code != 2 || !strings.Contains(errs, filepath.Join(dir, "politics", "001.txt")) || !strings.Contains(errs, filepath.Join(other, "001.txt")) {
		t.Errorf("colliding IDs: exit %d, stderr %q; want 2 naming both files", code, errs)
	}
	if _, err := os.Stat(db2); err == nil {
		t.Errorf("a build refused for colliding IDs created its store")
	}
}

// TestInputDetection: JSON Lines on stdin, a directory of symbolic links,
// and a directory with nothing readable.
func TestInputDetection(t *testing.T) {
	out, errs, code := runCLI(t, `{"id":"x","text":"Russia annexed Crimea in March 2014.","published":"2019-05-02"}`+"\n", "extract", "--format", "tsv")
	if code != 0 || !strings.Contains(out, "\nx\t") || strings.Contains(out, "{") {
		t.Errorf("JSON Lines on stdin: exit %d, stdout %q, stderr %q; want document x", code, out, errs)
	}
	dir := t.TempDir()
	links := filepath.Join(dir, "links")
	os.Mkdir(links, 0o755)
	art := writeFile(t, dir, "art.txt", "The United States sanctioned Russia.\n")
	if err := os.Symlink(art, filepath.Join(links, "a.txt")); err != nil {
		t.Fatal(err)
	}
	os.Symlink(links, filepath.Join(links, "loop"))
	out, errs, code = runCLI(t, "", "extract", "--format", "tsv", links)
	if code != 0 || !strings.Contains(out, "sanction") {
		t.Errorf("directory of links: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	writeFile(t, empty, "map.png", "x")
	_, errs, code = runCLI(t, "", "extract", empty)
	if code != 1 || !strings.Contains(errs, "empty: no readable document") {
		t.Errorf("directory with nothing readable: exit %d, stderr %q; want 1 and no readable document", code, errs)
	}
}

// TestMaxDocSize: a document over the limit is refused at once, naming the
// file and the flag; the flag raises the limit.
func TestMaxDocSize(t *testing.T) {
	big := writeFile(t, t.TempDir(), "big.txt", strings.Repeat("Russia annexed Crimea. ", 100))
	_, errs, code := runCLI(t, "", "extract", "--max-doc-size", "1KB", big)
	if code != 1 || !strings.Contains(errs, "big.txt: document too large") || !strings.Contains(errs, "--max-doc-size") {
		t.Errorf("over the limit: exit %d, stderr %q", code, errs)
	}
	if _, errs, code := runCLI(t, "", "extract", "--max-doc-size", "1MB", big); code != 0 {
		t.Errorf("limit raised: exit %d, stderr %q", code, errs)
	}
	if _, errs, code := runCLI(t, "", "extract", "--max-doc-size", "lots", big); code != 2 {
		t.Errorf("--max-doc-size lots: exit %d, stderr %q; want 2", code, errs)
	}
}

// TestProgressLine: the total, the rate and the time left.
func TestProgressLine(t *testing.T) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := &progress{verb: "built", total: 927, start: start, docs: 120, stmt: 3400}
	got := p.line(start.Add(10 * time.Second))
	if want := "built 120/927 documents (12%), 3400 statements, 12.0 documents/s, 1:07 left"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
	p.total = -1
	if got, want := p.line(start.Add(10*time.Second)), "built 120 documents, 3400 statements, 12.0 documents/s"; got != want {
		t.Errorf("line without a total = %q, want %q", got, want)
	}
	var b strings.Builder
	p = &progress{w: &b, on: true, verb: "built", total: 2, start: start, now: func() time.Time { return start.Add(time.Second) }}
	p.add(1, 5)
	p.add(1, 5)
	p.done()
	if !strings.HasSuffix(b.String(), "built 2/2 documents (100%), 10 statements, 2.0 documents/s\n") {
		t.Errorf("progress output %q", b.String())
	}
}

// TestHTMLPage: a saved news page gives the article's statements, not its
// menus, with the date, author and canonical URL of its metadata.
func TestHTMLPage(t *testing.T) {
	page := writeFile(t, t.TempDir(), "page.html", `<html><head><title>Sanctions - News</title>
<meta property="article:published_time" content="2014-03-20T09:00:00Z"><meta name="author" content="Jane Reporter">
<link rel="canonical" href="https://news.example/sanctions"></head><body>
<nav><ul><li><a href="/">Germany criticized France</a></li></ul></nav>
<article><h1>New sanctions</h1><p>The United States sanctioned Russia on Thursday.</p>
<aside class="related"><ul><li><a href="/x">China condemned Japan</a></li></ul></aside></article></body></html>`)
	out, errs, code := runCLI(t, "", "extract", page)
	if code != 0 {
		t.Fatalf("extract page.html: exit %d: %s", code, errs)
	}
	for _, want := range []string{`"published":"2014-03-20"`, `"author":"Jane Reporter"`, `"url":"https://news.example/sanctions"`, `"predicate":"sanction"`} {
		if !strings.Contains(out, want) {
			t.Errorf("extract page.html lacks %s:\n%s", want, out)
		}
	}
	for _, junk := range []string{"Germany", "China"} {
		if strings.Contains(out, junk) {
			t.Errorf("extract page.html reads the page's boxes: %s", junk)
		}
	}
}

// TestReadProgressLine: load shows how much of its file it has read.
func TestReadProgressLine(t *testing.T) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	rp := &readProgress{p: &progress{verb: "load", start: start}, name: "out.nq", size: 200 << 20, n: 50 << 20}
	if got, want := rp.line(start.Add(5*time.Second)), "load out.nq: 50.0/200.0 MB (25%), 10.0 MB/s, 0:15 left"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
}
