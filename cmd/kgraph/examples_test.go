package main

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "update the expected answers of examples/queries")

// TestExampleQueries builds the example article into a store and runs every
// Gizmo query of examples/queries/ through the CLI: each answer must equal the
// reviewed NAME.out beside it (as a set of lines; go test ./cmd/kgraph -run
// ExampleQueries -update rewrites them).
func TestExampleQueries(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kgraph.db")
	if _, errs, code := runCLI(t, "", "build", "-q", "--db", db, example); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	queries, _ := filepath.Glob("../../examples/queries/*.js")
	if len(queries) == 0 {
		t.Fatal("no queries in examples/queries")
	}
	for _, q := range queries {
		name := strings.TrimSuffix(filepath.Base(q), ".js")
		t.Run(name, func(t *testing.T) {
			out, errs, code := runCLI(t, "", "query", "--db", db, "-f", q)
			if code != 0 {
				t.Fatalf("query -f %s: exit %d: %s", q, code, errs)
			}
			got := sortedLines(out)
			if len(got) == 0 {
				t.Fatalf("query %s answered nothing", q)
			}
			want := strings.TrimSuffix(q, ".js") + ".out"
			if *update {
				if err := os.WriteFile(want, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			if exp := sortedLines(string(b)); !slices.Equal(got, exp) {
				t.Errorf("query %s answered\n%s\nwant\n%s", q, strings.Join(got, "\n"), strings.Join(exp, "\n"))
			}
		})
	}
}

func sortedLines(s string) []string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	slices.Sort(lines)
	return lines
}
