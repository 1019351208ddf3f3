// Package shared locates the project's shared data folder (../shared beside
// the module root, or $KGRAPH_SHARED) for tests, benchmarks and model
// training, and the repository's own example files for tests. Nothing in the
// binary reads from it.
//
// A test that needs a large corpus asks for it with Require. Without the
// shared folder the test is skipped with one line saying what it needs and
// where to put it, so that a fresh clone tests green; under CI (the CI
// environment variable set, as .ci/run does) it fails instead, so that the
// measurement cannot be skipped silently there.
package shared

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Dir returns the shared data folder, or "" when it cannot be found.
func Dir() string {
	if d := os.Getenv("KGRAPH_SHARED"); d != "" {
		return d
	}
	root := moduleRoot()
	if root == "" {
		return ""
	}
	s := filepath.Join(filepath.Dir(root), "shared")
	if _, err := os.Stat(s); err != nil {
		return ""
	}
	return s
}

// moduleRoot returns the directory holding go.mod above the working
// directory (a test runs in its package's directory), or "".
func moduleRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		if filepath.Dir(dir) == dir {
			return ""
		}
	}
}

// Path joins elem onto the shared folder.
func Path(elem ...string) string {
	return filepath.Join(append([]string{Dir()}, elem...)...)
}

// Example returns the path of a file in the repository's examples/ folder
// (the headline article, its gold facts, the example queries), which every
// clone has.
func Example(tb testing.TB, elem ...string) string {
	tb.Helper()
	root := moduleRoot()
	if root == "" {
		tb.Fatalf("examples: no go.mod above the working directory")
	}
	p := filepath.Join(append([]string{root, "examples"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("examples: %v", err)
	}
	return p
}

// inCI reports whether the tests run under CI, where shared data must be
// there.
func inCI() bool {
	v := strings.ToLower(os.Getenv("CI"))
	return v != "" && v != "0" && v != "false"
}

// Require returns the path of a shared file or folder. When it is missing
// the test is skipped with one line naming what it needs and how to get it,
// or, under CI, fails: tests that measure against shared data must not pass
// silently without it where it is expected.
func Require(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := Path(elem...)
	if Dir() != "" {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	msg := "needs shared/" + filepath.ToSlash(filepath.Join(elem...)) +
		": put the project's data folder beside the checkout as ../shared, or set KGRAPH_SHARED (README, Tests)"
	if inCI() {
		tb.Fatalf("%s [CI is set: shared data must be there]", msg)
	}
	tb.Skip(msg)
	return ""
}
