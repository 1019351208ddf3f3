package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/cayley/graph/iterator"

	"github.com/kgraph/kgraph/schema"
)

// backend opens a fresh, empty store of one kind.
type backend struct {
	name string
	open func(t testing.TB) *Store
}

// backends lists every store the conformance suite runs against. Postgres
// needs KGRAPH_TEST_POSTGRES (see .ci/postgres.sh); without it the postgres
// runs are skipped, except in CI (CI=true) where they fail.
func backends() []backend {
	return []backend{
		{"mem", func(t testing.TB) *Store { return mustOpen(t, "mem:") }},
		{"bolt", func(t testing.TB) *Store { return mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "kgraph.db")) }},
		{"postgres", func(t testing.TB) *Store { return openPostgres(t) }},
	}
}

func mustOpen(t testing.TB, url string, opts ...Option) *Store {
	t.Helper()
	s, err := Open(context.Background(), url, opts...)
	if err != nil {
		t.Fatalf("Open(%q): %v", url, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// allQuads returns every stored quad in N-Quads form, sorted.
func allQuads(t testing.TB, s *Store) []string {
	t.Helper()
	var out []string
	err := iterator.Iterate(context.Background(), s.qs().QuadsAllIterator()).Paths(false).Each(func(r quadRef) error {
		q, err := s.qs().Quad(r)
		if err != nil {
			return err
		}
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatalf("read all quads: %v", err)
	}
	sort.Strings(out)
	return out
}

func load(t testing.TB, s *Store, ex ...schema.Extraction) LoadStats {
	t.Helper()
	st, err := s.Load(context.Background(), ex)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return st
}

func diff(a, b []string) (onlyA, onlyB []string) {
	ma := make(map[string]bool, len(a))
	for _, x := range a {
		ma[x] = true
	}
	mb := make(map[string]bool, len(b))
	for _, x := range b {
		mb[x] = true
		if !ma[x] {
			onlyB = append(onlyB, x)
		}
	}
	for _, x := range a {
		if !mb[x] {
			onlyA = append(onlyA, x)
		}
	}
	return onlyA, onlyB
}

func sameQuads(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	extra, missing := diff(got, want)
	t.Errorf("%s: %d quads, want %d; extra %q; missing %q", what, len(got), len(want), first(extra, 5), first(missing, 5))
}

func first(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func TestConformance(t *testing.T) {
	for _, be := range backends() {
		t.Run(be.name, func(t *testing.T) {
			if be.name == "postgres" {
				postgresURL(t)
			}
			t.Run("LoadTwice", func(t *testing.T) {
				s := be.open(t)
				st := load(t, s, articleA(), articleB())
				if st.Documents != 2 || st.Skipped != 0 || st.Quads == 0 {
					t.Fatalf("first load = %+v, want 2 new documents", st)
				}
				before := allQuads(t, s)
				st = load(t, s, articleA(), articleB())
				if st.Skipped != 2 || st.Quads != 0 {
					t.Errorf("second load = %+v, want 2 skipped and no quads", st)
				}
				sameQuads(t, "after loading twice", allQuads(t, s), before)
			})
			t.Run("TwoHalves", func(t *testing.T) {
				once := be.open(t)
				load(t, once, articleA(), articleB())
				halves := be.open(t)
				a := load(t, halves, articleA())
				b := load(t, halves, articleB())
				all := allQuads(t, once)
				sameQuads(t, "two halves", allQuads(t, halves), all)
				// The halves share entities: the second must count only
				// the quads it added.
				if a.Quads+b.Quads != len(all) {
					t.Errorf("the halves wrote %d + %d quads, the store holds %d", a.Quads, b.Quads, len(all))
				}
			})
			t.Run("Replace", func(t *testing.T) {
				s := be.open(t)
				load(t, s, articleA(), articleB())
				a2 := articleA()
				a2.Document.Text += " Updated."
				a2.Statements = a2.Statements[1:] // the proposal is gone
				a2.Statements = append(a2.Statements, stmt(a2.Document.ID, 5, ent(lavrov, "Lavrov", 500), "reject", "rejected", concept("the ultimatum", 520), nil))
				st := load(t, s, a2)
				if st.Replaced != 1 || st.Removed == 0 {
					t.Errorf("replacing load = %+v, want 1 replaced", st)
				}
				// Replacing equals loading the new version over the other
				// document: what only the old version mentioned (the
				// federal structure, the aliases it gave) is gone.
				fresh := be.open(t)
				load(t, fresh, articleB(), a2)
				sameQuads(t, "after replace", allQuads(t, s), allQuads(t, fresh))
				res := runQuery(t, s, `g.V("<kg:Sergey_Lavrov>").Out("<kg:propose>").All()`)
				if len(res) != 0 {
					t.Errorf("the replaced proposal edge is still there: %v", res)
				}
				res = runQuery(t, s, `g.V("<kg:Sergey_Lavrov>").Out("<kg:reject>").All()`)
				if len(res) != 1 {
					t.Errorf("the new edge is missing: %v", res)
				}
			})
			t.Run("Delete", func(t *testing.T) {
				s := be.open(t)
				load(t, s, articleA(), articleB())
				if _, err := s.Delete(context.Background(), []string{"paris-talks", "nope"}); err == nil || !strings.Contains(err.Error(), "nope") {
					t.Errorf("Delete of a missing document = %v, want an error naming it", err)
				}
				st, err := s.Delete(context.Background(), []string{"<kg:doc/paris-talks>"})
				if err != nil || st.Documents != 1 || st.Removed == 0 {
					t.Fatalf("Delete = %+v, %v", st, err)
				}
				fresh := be.open(t)
				load(t, fresh, articleB())
				sameQuads(t, "after delete", allQuads(t, s), allQuads(t, fresh))
				if _, err := s.Delete(context.Background(), []string{"sanctions"}); err != nil {
					t.Fatal(err)
				}
				if q := allQuads(t, s); len(q) != 0 {
					t.Errorf("deleting every document leaves %d quads: %q", len(q), first(q, 5))
				}
			})
			t.Run("JSONL", func(t *testing.T) {
				// kgraph's JSON Lines of an extraction load to the same
				// store as the extraction itself.
				var b bytes.Buffer
				for _, ex := range []schema.Extraction{articleA(), articleB()} {
					if err := WriteJSONL(&b, ex); err != nil {
						t.Fatal(err)
					}
				}
				s := be.open(t)
				if _, err := s.LoadFile(context.Background(), &b, "x.jsonl"); err != nil {
					t.Fatal(err)
				}
				want := be.open(t)
				load(t, want, articleA(), articleB())
				sameQuads(t, "JSON Lines of the extractions", allQuads(t, s), allQuads(t, want))
			})
			t.Run("Query", func(t *testing.T) {
				s := be.open(t)
				load(t, s, articleA(), articleB())
				testQueries(t, s)
			})
		})
	}
}

func runQuery(t *testing.T, s *Store, q string) []any {
	t.Helper()
	res, err := s.Query(context.Background(), q, QueryOptions{})
	if err != nil {
		t.Fatalf("Query(%s): %v", q, err)
	}
	return res
}

// ids collects the "id" of each result, sorted.
func ids(res []any, tag string) []string {
	var out []string
	for _, r := range res {
		if m, ok := r.(map[string]any); ok {
			if v, ok := m[tag]; ok {
				out = append(out, strings.Trim(toString(v), "<>"))
			}
		}
	}
	sort.Strings(out)
	return out
}

func toString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	if s, ok := v.(interface{ String() string }); ok {
		return s.String()
	}
	return ""
}

func testQueries(t *testing.T, s *Store) {
	tests := []struct {
		name, query, tag string
		want             []string
	}{
		{"Out", `g.V("<kg:Sergey_Lavrov>").Out("<kg:propose>").All()`, "id", []string{"kg:concept/federal_structure"}},
		{"In", `g.V("<kg:concept/Putin_s_inner_circle>").In("<kg:sanction>").All()`, "id", []string{"kg:European_Union", "kg:country/USA"}},
		{"Both", `g.V("<kg:Sergey_Lavrov>").Both("<kg:meet>").All()`, "id", []string{"kg:John_Kerry"}},
		{"Has", `g.V().Has("<rdf:type>", "<kg:Person>").Out("<schema:name>").All()`, "id", []string{"John Kerry", "Sergey Lavrov"}},
		{"Alias", `g.V().Has("<kg:alias>", "Lavrov").All()`, "id", []string{"kg:Sergey_Lavrov"}},
		{"Tag", `g.V().Has("<rdf:type>", "<kg:Person>").Tag("who").Out("<kg:meet>").All()`, "who", []string{"kg:John_Kerry"}},
		{"Labels", `g.V("<kg:Sergey_Lavrov>").Out("<kg:propose>").Labels().All()`, "id", []string{"kg:doc/paris-talks"}},
		// Negated and hypothetical statements are statement nodes only.
		{"NegatedNoEdge", `g.V("<kg:country/RUS>").Out("<kg:move_troops>").All()`, "id", nil},
		{"HypotheticalNoEdge", `g.V("<kg:country/RUS>").Out("<kg:threaten>").All()`, "id", nil},
		{"NegatedNode", `g.V().Has("<kg:polarity>", "negated").Out("<kg:subject>").All()`, "id", []string{"kg:country/RUS"}},
		{"Concept", `g.V().Has("<rdf:type>", "<kg:Concept>").Out("<schema:name>").All()`, "id", []string{"Putin's inner circle", "federal structure", "the ultimatum", "troops"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "Concept" {
				tt.want = slices.DeleteFunc(tt.want, func(s string) bool { return s == "the ultimatum" })
			}
			got := ids(runQuery(t, s, tt.query), tt.tag)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Query(%s) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
	t.Run("Count", func(t *testing.T) {
		res := runQuery(t, s, `g.Emit(g.V().Has("<rdf:type>", "<kg:Statement>").Count())`)
		if len(res) != 1 || toInt(res[0]) != 8 {
			t.Errorf("statement count = %v, want [8]", res)
		}
	})
	t.Run("Limit", func(t *testing.T) {
		res, err := s.Query(context.Background(), `g.V().Has("<rdf:type>", "<kg:Statement>").All()`, QueryOptions{Limit: 3})
		if !errors.Is(err, ErrTruncated) || len(res) != 3 {
			t.Errorf("limited query = %d results, %v; want 3 and ErrTruncated", len(res), err)
		}
		res, err = s.Query(context.Background(), `g.V().Has("<rdf:type>", "<kg:Statement>").All()`, QueryOptions{Limit: 8})
		if err != nil || len(res) != 8 {
			t.Errorf("query at its limit = %d results, %v; want 8 and no error", len(res), err)
		}
	})
	t.Run("Errors", func(t *testing.T) {
		for _, q := range []string{"g.V(\n.All(", `g.V().NoSuchStep()`, `throw new Error("boom")`} {
			_, err := s.Query(context.Background(), q, QueryOptions{})
			var qe *QueryError
			if !errors.As(err, &qe) || strings.Contains(err.Error(), "\n") {
				t.Errorf("Query(%q) error = %v, want one-line *QueryError", q, err)
			}
		}
		_, err := s.Query(context.Background(), "g.V(\n.All(", QueryOptions{})
		if !strings.Contains(err.Error(), "line 2") {
			t.Errorf("syntax error %q does not give line 2", err)
		}
	})
}

func toInt(v any) int64 {
	switch v := v.(type) {
	case int64:
		return v
	case int:
		return int64(v)
	case float64:
		return int64(v)
	}
	return -1
}

var pgSeq atomic.Int64

// postgresURL returns $KGRAPH_TEST_POSTGRES. Unset, it skips the test, or
// fails it when CI=true: CI must not pass without testing postgres.
func postgresURL(t testing.TB) string {
	t.Helper()
	url := os.Getenv("KGRAPH_TEST_POSTGRES")
	if url == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("KGRAPH_TEST_POSTGRES is not set; in CI run eval \"$(.ci/postgres.sh)\" first")
		}
		t.Skip("KGRAPH_TEST_POSTGRES is not set; run eval \"$(.ci/postgres.sh)\" to test the postgres backend")
	}
	return url
}

// openPostgres opens a store in a fresh schema of the test database, so
// that stores opened by one test do not see each other.
func openPostgres(t testing.TB, opts ...Option) *Store {
	t.Helper()
	url := postgresURL(t)
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatalf("connect to %s: %v", url, err)
	}
	name := fmt.Sprintf("kgtest_%d_%d", os.Getpid(), pgSeq.Add(1))
	if _, err := db.Exec("DROP SCHEMA IF EXISTS " + name + " CASCADE; CREATE SCHEMA " + name); err != nil {
		db.Close()
		t.Fatalf("create schema %s: %v", name, err)
	}
	t.Cleanup(func() {
		if _, err := db.Exec("DROP SCHEMA IF EXISTS " + name + " CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", name, err)
		}
		db.Close()
	})
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return mustOpen(t, url+sep+"search_path="+name, opts...)
}
