package graph

import (
	"context"
	"database/sql"
	"errors"
	"regexp"
	"slices"
	"testing"
)

// pgContent renders a PostgreSQL store's tables without what differs
// between two stores of the same content (horizons, timestamps, the
// schema's name): every node row, every quad's hashes, and the
// definitions of the quads' and nodes' indexes and constraints, with
// whether each is valid. It fails when a quad has no timestamp.
func pgContent(t *testing.T, s *Store) []string {
	t.Helper()
	db, err := sql.Open("postgres", s.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []string
	schema := regexp.MustCompile(`\bkgtest_[0-9_]+\.`)
	for _, q := range []string{
		`SELECT 'node ' || n::text FROM nodes n`,
		`SELECT 'quad ' || encode(subject_hash, 'hex') || ' ' || encode(predicate_hash, 'hex') || ' ' || encode(object_hash, 'hex') || ' ' || coalesce(encode(label_hash, 'hex'), '-') FROM quads`,
		`SELECT 'index ' || pg_get_indexdef(indexrelid) || ' ' || indisvalid || indisready FROM pg_index WHERE indrelid IN ('quads'::regclass, 'nodes'::regclass)`,
		`SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint WHERE conrelid IN ('quads'::regclass, 'nodes'::regclass)`,
		`SELECT 'quads without a timestamp: ' || count(*) FROM quads WHERE ts IS NULL HAVING count(*) > 0`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				t.Fatal(err)
			}
			out = append(out, schema.ReplaceAllString(line, ""))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	slices.Sort(out)
	for _, line := range out {
		if len(line) > 27 && line[:27] == "quads without a timestamp: " {
			t.Error(line)
		}
	}
	return out
}

func samePG(t *testing.T, what string, got, want *Store) {
	t.Helper()
	g, w := pgContent(t, got), pgContent(t, want)
	if slices.Equal(g, w) {
		return
	}
	extra, missing := diff(g, w)
	t.Errorf("%s: %d rows, want %d; extra %q; missing %q", what, len(g), len(w), first(extra, 5), first(missing, 5))
}

// TestPGBulkLoad loads the same documents into a new PostgreSQL store in
// bulk (in small batches, so that later ones meet nodes and quads of
// earlier ones) and through Cayley's writer, and compares the two stores
// row for row, indexes and constraints too; then loads more, replaces
// and deletes documents in both, the usual way, and queries.
func TestPGBulkLoad(t *testing.T) {
	ctx := context.Background()
	ex := syntheticExtractions(40)
	fast := openPostgres(t, WithBatchSize(300))
	slow := openPostgres(t, withCayleyWrites())
	if l, err := fast.newLoader(ctx); err != nil || !l.bulk {
		t.Fatalf("a load into a new store is not a bulk one (%v)", err)
	} else if err := l.end(); err != nil {
		t.Fatal(err)
	}
	st := load(t, fast, ex[:30]...)
	if want := load(t, slow, ex[:30]...); st != want {
		t.Errorf("Load = %+v, want %+v as Cayley's writer", st, want)
	}
	sameQuads(t, "bulk load", allQuads(t, fast), allQuads(t, slow))
	samePG(t, "bulk load", fast, slow)

	st = load(t, fast, ex[20:]...)
	if want := load(t, slow, ex[20:]...); st != want {
		t.Errorf("second Load = %+v, want %+v as Cayley's writer", st, want)
	}
	samePG(t, "second load", fast, slow)
	a2 := ex[3]
	a2.Document.Text += " Updated."
	a2.Statements = a2.Statements[2:]
	for _, s := range []*Store{fast, slow} {
		load(t, s, a2)
		if _, err := s.Delete(ctx, []string{ex[5].Document.ID, ex[6].Document.ID}); err != nil {
			t.Fatal(err)
		}
	}
	samePG(t, "after replacing and deleting", fast, slow)
}

// TestPGBulkLoadReplaces loads, into a new store, a document twice with
// different content: the bulk load ends at the second, which replaces the
// first, and the rest loads the usual way.
func TestPGBulkLoadReplaces(t *testing.T) {
	ex := syntheticExtractions(6)
	a2 := ex[1]
	a2.Document.Text += " Updated."
	a2.Statements = a2.Statements[1:]
	fast, slow := openPostgres(t, WithBatchSize(50)), openPostgres(t, withCayleyWrites())
	for _, s := range []*Store{fast, slow} {
		if st := load(t, s, ex[0], ex[1], ex[2], a2, ex[3], ex[4], ex[5]); st.Replaced != 1 || st.Documents != 7 {
			t.Errorf("Load = %+v, want 7 documents, 1 replaced", st)
		}
	}
	samePG(t, "a document replaced in a bulk load", fast, slow)
}

// TestPGBulkLoadInterrupted cancels a bulk load: the documents of the
// batches it staged are loaded, whole, as a load of them alone would
// leave the store.
func TestPGBulkLoadInterrupted(t *testing.T) {
	ex := syntheticExtractions(30)
	s := openPostgres(t, WithBatchSize(1000))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l, err := s.newLoader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ex {
		if i == 20 {
			cancel()
		}
		d, err := buildDoc(&ex[i], ex[i].Document.Hash())
		if err != nil {
			t.Fatal(err)
		}
		if err := l.doc(d); err != nil {
			break
		}
	}
	if err := l.end(); err != nil {
		t.Fatal(err)
	}
	stored, err := s.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	docs := len(stored)
	if docs == 0 || docs >= 20 {
		t.Fatalf("%d documents kept, want some of the 20 queued", docs)
	}
	want := openPostgres(t, withCayleyWrites())
	load(t, want, ex[:docs]...)
	samePG(t, "an interrupted bulk load", s, want)
}

// TestPGBulkLoadRace writes to a store from another process while a bulk
// load into it, begun when it was empty, stages its batches: the bulk
// load fails and writes nothing.
func TestPGBulkLoadRace(t *testing.T) {
	ctx := context.Background()
	ex := syntheticExtractions(10)
	s := openPostgres(t, WithBatchSize(100))
	l, err := s.newLoader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ex[:5] {
		d, err := buildDoc(&ex[i], ex[i].Document.Hash())
		if err != nil {
			t.Fatal(err)
		}
		if err := l.doc(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.flush(); err != nil {
		t.Fatal(err)
	}
	other := mustOpen(t, s.addr)
	load(t, other, ex[5:]...)
	if err := l.end(); !errors.Is(err, errPGBulkRace) {
		t.Errorf("bulk load into a store written meanwhile = %v, want %v", err, errPGBulkRace)
	}
	want := openPostgres(t, withCayleyWrites())
	load(t, want, ex[5:]...)
	samePG(t, "a bulk load that lost a race", s, want)
}
