package main

import (
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyStore copies a bolt store directory.
func copyStore(t *testing.T, from string) string {
	t.Helper()
	to := filepath.Join(t.TempDir(), "copy.db")
	if err := os.Mkdir(to, 0o755); err != nil {
		t.Fatal(err)
	}
	src, err := os.Open(filepath.Join(from, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create(filepath.Join(to, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	return to
}

// builtExample builds the example article into a bolt store.
func builtExample(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kgraph.db")
	if _, errs, code := runCLI(t, "", "build", "-q", "--db", db, example); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	return db
}

// zero writes n zero bytes into a store's bolt file at off.
func zero(t *testing.T, db string, off, n int64) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(db, "indexes.bolt"), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(make([]byte, n), off); err != nil {
		t.Fatal(err)
	}
}

// usedPages reads the page size and the high water mark of a bolt file
// from its newer meta page.
func usedPages(t *testing.T, db string) (pageSize, hwm int64) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(db, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	pageSize = int64(le.Uint32(b[16+8:]))
	m0, m1 := b[16:], b[pageSize+16:]
	if le.Uint64(m1[48:]) > le.Uint64(m0[48:]) { // txid
		m0 = m1
	}
	return pageSize, int64(le.Uint64(m0[40:]))
}

// damageError checks that a command on a damaged store failed with the
// one-line error, exit 1 and no stack trace.
func damageError(t *testing.T, what string, errs string, code int) {
	t.Helper()
	if code != 1 || !strings.Contains(errs, "store file damaged") || !strings.Contains(errs, "restore from an export or rebuild") ||
		strings.Count(strings.TrimSpace(errs), "\n") > 0 || strings.Contains(errs, "goroutine") {
		t.Errorf("%s on a damaged store: exit %d, stderr %q; want 1 and one line saying the store file is damaged", what, code, errs)
	}
}

var commandsOnStore = [][]string{
	{"query", `g.V().Has("<rdf:type>", "<kg:Person>").Out("<schema:name>").All()`},
	{"export", "--format", "nquads"},
	{"export", "--format", "jsonl"},
	{"build", "-q", "../../examples/kerry-lavrov-paris-2014-03-30.txt"},
	{"check"},
}

// TestDamagedStore damages copies of a real store as a disk or a careless
// copy would and checks that every command gives a one-line error.
func TestDamagedStore(t *testing.T) {
	built := builtExample(t)
	if out, errs, code := runCLI(t, "", "check", "--db", built); code != 0 || !strings.HasPrefix(out, "ok: 1 document") {
		t.Fatalf("check of a sound store: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	pageSize, hwm := usedPages(t, built)
	damages := []struct {
		name string
		do   func(db string)
	}{
		{"TruncatedToHalf", func(db string) {
			if err := os.Truncate(filepath.Join(db, "indexes.bolt"), hwm*pageSize/2); err != nil {
				t.Fatal(err)
			}
		}},
		{"FirstPageZeroed", func(db string) { zero(t, db, 0, pageSize) }},
		{"SecondMetaZeroed", func(db string) { zero(t, db, pageSize, pageSize) }},
	}
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			db := copyStore(t, built)
			d.do(db)
			for _, args := range commandsOnStore {
				_, errs, code := runCLI(t, "", append([]string{args[0], "--db", db}, args[1:]...)...)
				damageError(t, args[0], errs, code)
			}
		})
	}
	// 4 KB of zeros over a page in use: check finds it, and a command
	// either does not read that page or stops with the one-line error.
	t.Run("PageZeroed", func(t *testing.T) {
		failed := 0
		for page := hwm - 1; page > 2 && failed < 3; page -= max(1, hwm/16) {
			db := copyStore(t, built)
			zero(t, db, page*pageSize, 4096)
			out, errs, code := runCLI(t, "", "check", "--db", db)
			if code == 0 {
				continue // a free page
			}
			if code != 1 || !strings.Contains(out+errs, "page") || strings.Contains(errs, "goroutine") {
				t.Errorf("check with page %d zeroed: exit %d, stdout %q, stderr %q", page, code, out, errs)
			}
			for _, args := range commandsOnStore[:3] {
				_, errs, code := runCLI(t, "", append([]string{args[0], "--db", db}, args[1:]...)...)
				if code != 0 {
					damageError(t, args[0], errs, code)
					failed++
				}
			}
		}
		if failed == 0 {
			t.Error("no zeroed page made a command fail")
		}
	})
}
