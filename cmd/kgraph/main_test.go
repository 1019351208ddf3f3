package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the command line in-process and returns stdout, stderr and the
// exit code.
func runCLI(t testing.TB, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(t.Context(), append([]string{"kgraph"}, args...), strings.NewReader(stdin), &out, &errb)
	code := exitCode(t.Context(), err, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestInputErrors(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", "Russia annexed Crimea in March.\n")
	empty := writeFile(t, dir, "empty.txt", "")
	binary := writeFile(t, dir, "binary.txt", "PK\x03\x04\x00\x00binary")
	badUTF := writeFile(t, dir, "latin1.txt", "Russia annexed Crimea.\nS\xe3o Paulo\n")
	badJSON := writeFile(t, dir, "docs.jsonl", `{"id":"a","text":"Russia annexed Crimea."}`+"\n{not json\n")
	mixed := filepath.Join(dir, "mixed")
	os.Mkdir(mixed, 0o755)
	writeFile(t, mixed, "a.txt", "The United States sanctioned Russia.\n")
	writeFile(t, mixed, "b.txt", "")

	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string // must appear on stderr
		stdout string // must appear on stdout ("" = stdout must be empty)
	}{
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, 1, "nope.txt: no such file", ""},
		{"empty file", []string{"extract", empty}, 1, "empty.txt: file is empty", ""},
		{"binary file", []string{"extract", binary}, 1, "binary.txt:1: binary file", ""},
		{"invalid UTF-8 names the line", []string{"extract", badUTF}, 1, "latin1.txt:2: invalid UTF-8", ""},
		{"malformed JSON line", []string{"extract", badJSON}, 3, "docs.jsonl:2:", "Crimea"},
		{"directory mixing good and bad", []string{"extract", "--format", "tsv", mixed}, 3, "b.txt: file is empty", "sanction"},
		{"good file", []string{"extract", "--format", "tsv", good}, 0, "", "annex"},
		{"unknown flag", []string{"extract", "--bogus"}, 2, "bogus", ""},
		{"unknown format", []string{"extract", "--format", "xml", good}, 2, "unknown --format", ""},
		{"unknown command", []string{"frobnicate"}, 2, "", ""},
		{"eval gold wants two files", []string{"eval", "gold", good}, 2, "GOLD.tsv ARTICLE", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCLI(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("kgraph %v: exit %d, want %d; stderr:\n%s", tc.args, code, tc.code, errs)
			}
			if tc.stderr != "" && !strings.Contains(errs, tc.stderr) {
				t.Errorf("kgraph %v: stderr %q does not contain %q", tc.args, errs, tc.stderr)
			}
			if tc.stdout == "" && out != "" && code != 0 {
				t.Errorf("kgraph %v: stdout %q, want nothing", tc.args, out)
			}
			if tc.stdout != "" && !strings.Contains(out, tc.stdout) {
				t.Errorf("kgraph %v: stdout %q does not contain %q", tc.args, out, tc.stdout)
			}
			if code != 0 && strings.Count(strings.TrimSpace(errs), "\n") > 0 && code != 3 {
				t.Errorf("kgraph %v: error is not one line:\n%s", tc.args, errs)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	out, errs, code := runCLI(t, "Russia annexed Crimea.\n", "extract", "--format", "tsv", "-")
	if code != 0 || !strings.Contains(out, "annex") {
		t.Fatalf("extract - : exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestOutputNotHalfWritten checks that a failed run leaves no output file.
func TestOutputNotHalfWritten(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	_, _, code := runCLI(t, "", "extract", "-o", out, filepath.Join(dir, "missing.txt"))
	if code == 0 {
		t.Fatal("extract of a missing file succeeded")
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("failed extract left %s behind (stat: %v)", out, err)
	}
}

// TestEvalGoldDirectories scores a directory of gold files against a
// directory of articles, pairing NAME.tsv with NAME.txt: examples/ holds
// both for the headline article.
func TestEvalGoldDirectories(t *testing.T) {
	out, errs, code := runCLI(t, "", "eval", "gold", "../../examples", "../../examples")
	if code != 0 {
		t.Fatalf("eval gold examples examples: exit %d, stderr %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[0], "kerry-lavrov-paris-2014-03-30 ") {
		t.Errorf("first line %q, want the article's score", lines[0])
	}
	if last := lines[len(lines)-1]; last != "recall 1.0000 precision - F1 - matched 31 of 31 contradicted 0" {
		t.Errorf("last line %q", last)
	}
	dir := t.TempDir()
	writeFile(t, dir, "a.tsv", "A\tb\tc\t+\trelation\n")
	if _, errs, code := runCLI(t, "", "eval", "gold", dir, dir); code != 1 || !strings.Contains(errs, "a.tsv: no article beside it") {
		t.Errorf("gold file without its article: exit %d, stderr %q", code, errs)
	}
}
