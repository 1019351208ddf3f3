package graph

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// mappedKB returns the resident kB of the process's mappings of file.
func mappedKB(t *testing.T, file string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	defer f.Close()
	kb, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":"):
			in = len(fields) >= 6 && fields[5] == file
		case in && len(fields) >= 2 && fields[0] == "Rss:":
			n, _ := strconv.Atoi(fields[1])
			kb += n
		}
	}
	return kb
}

// TestReleasePages checks that a load leaves none of the store file's pages
// in the resident set, so that building a large store does not grow the
// process by the size of the file.
func TestReleasePages(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kgraph.db")
	file, err := filepath.EvalSymlinks(filepath.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	file = filepath.Join(file, "kgraph.db", "indexes.bolt")
	s := mustOpen(t, "bolt:"+dir)
	load(t, s, articleA())
	// Reading the store maps its pages in again; the next load gives them back.
	if n := len(allQuads(t, s)); n == 0 {
		t.Fatal("nothing stored")
	}
	if kb := mappedKB(t, file); kb == 0 {
		t.Fatalf("reading the store left no pages of %s resident; is it mapped under another name?", file)
	}
	load(t, s, articleB())
	if kb := mappedKB(t, file); kb > 8 {
		t.Errorf("after a load, %d kB of the store file are resident, want none", kb)
	}
}
