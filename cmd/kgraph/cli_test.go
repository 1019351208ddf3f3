package main

import (
	"context"
	"io"
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
