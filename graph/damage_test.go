package graph

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTruncatedWhileOpen cuts a bolt file short under an open store: the
// reads that fault on the missing pages (SIGBUS) give an error wrapping
// ErrDamaged instead of killing the process.
func TestTruncatedWhileOpen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	s := mustOpen(t, "bolt:"+dir)
	load(t, s, articleA(), articleB())
	if err := os.Truncate(filepath.Join(dir, boltFile), 3*int64(os.Getpagesize())); err != nil {
		t.Fatal(err)
	}
	err := s.Export(context.Background(), &bytes.Buffer{}, "nquads")
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "restore from an export or rebuild") {
		t.Fatalf("Export of a truncated store = %v, want ErrDamaged", err)
	}
	if _, err := s.Query(context.Background(), `g.V().All()`, QueryOptions{}); !errors.Is(err, ErrDamaged) {
		t.Errorf("Query after the damage = %v, want ErrDamaged", err)
	}
}

// TestFaultDetail checks that only panics of the store's file count as
// damage.
func TestFaultDetail(t *testing.T) {
	defer func() {
		r := recover()
		if _, ok := faultDetail(r); ok {
			t.Errorf("faultDetail(%v) = damage, want a panic of kgraph's own", r)
		}
	}()
	var m map[string]int
	//lint:ignore SA5000 the test needs a programmer's error to panic
	m["x"] = 1 // a programmer's error, not the file's
}
