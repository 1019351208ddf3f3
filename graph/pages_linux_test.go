package graph

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
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

// TestDropPagesClipped checks that dropping the pages of a mapping never
// reaches past its end, even when asked for more (bolt's file outgrows its
// mapping): the memory after it must keep its contents.
func TestDropPagesClipped(t *testing.T) {
	page := syscall.Getpagesize()
	// Two adjacent anonymous pages: the first stands for the mapping, the
	// second for what follows it. Mapping them separately keeps them apart
	// in /proc/self/maps only if their protections differ.
	mem, err := syscall.Mmap(-1, 0, 2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	defer syscall.Munmap(mem)
	mem[0], mem[page] = 1, 2
	if err := syscall.Mprotect(mem[page:], syscall.PROT_READ); err != nil {
		t.Skipf("mprotect: %v", err)
	}
	addr := uintptr(unsafe.Pointer(&mem[0]))
	if end := mappingEnd(addr); end != addr+uintptr(page) {
		t.Fatalf("mappingEnd = %#x, want %#x", end, addr+uintptr(page))
	}
	dropPages(addr, int64(2*page))
	if mem[0] != 0 {
		t.Errorf("the mapping's page was not dropped")
	}
	if mem[page] != 2 {
		t.Errorf("the page after the mapping was dropped too")
	}
}
