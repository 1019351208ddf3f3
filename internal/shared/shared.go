// Package shared locates the project's shared data folder (../shared beside
// the module root, or $KGRAPH_SHARED) for tests, benchmarks and model
// training. Nothing in the binary reads from it.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared data folder, or "" when it cannot be found.
func Dir() string {
	if d := os.Getenv("KGRAPH_SHARED"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(dir), "shared")
			if _, err := os.Stat(s); err == nil {
				return s
			}
			return ""
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

// Require returns the path of a shared file or folder and fails the test
// when it is missing: tests that measure against shared data must not pass
// silently without it.
func Require(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := Path(elem...)
	if Dir() == "" {
		tb.Fatalf("shared data folder not found (set KGRAPH_SHARED or put shared/ beside the module)")
	}
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("shared data: %v", err)
	}
	return p
}
