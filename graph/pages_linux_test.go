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

// vmaRSS returns the resident kB of the process's mapping that starts at
// addr, and whether there is one.
func vmaRSS(t *testing.T, addr uintptr) (int, bool) {
	t.Helper()
	data, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	in := false
	for _, line := range strings.Split(string(data), "\n") {
		fields := strings.Fields(line)
		if len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			start, err := strconv.ParseUint(strings.SplitN(fields[0], "-", 2)[0], 16, 64)
			in = err == nil && uintptr(start) == addr
			continue
		}
		if in && len(fields) >= 2 && fields[0] == "Rss:" {
			kb, _ := strconv.Atoi(fields[1])
			return kb, true
		}
	}
	return 0, false
}

// sink keeps reads that fault pages in from being optimized away.
var sink byte

// TestDropPagesClipped checks that dropping the pages of a mapping never
// reaches past its end, and that private memory is never dropped.
func TestDropPagesClipped(t *testing.T) {
	page := syscall.Getpagesize()
	f, err := os.Create(filepath.Join(t.TempDir(), "f"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(make([]byte, 2*page)); err != nil {
		t.Fatal(err)
	}
	// Two pages of a file, shared and read-only like bolt's mapping; the
	// second made a mapping of its own by other protections, standing for
	// whatever follows bolt's mapping.
	mem, err := syscall.Mmap(int(f.Fd()), 0, 2*page, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	defer syscall.Munmap(mem)
	sink = mem[0] + mem[page] // fault both pages in
	if err := syscall.Mprotect(mem[page:], syscall.PROT_NONE); err != nil {
		t.Skipf("mprotect: %v", err)
	}
	addr := uintptr(unsafe.Pointer(&mem[0]))
	next := addr + uintptr(page)
	if kb, ok := vmaRSS(t, next); !ok || kb == 0 {
		t.Skipf("the second page is not a resident mapping of its own (%d kB, %v)", kb, ok)
	}
	dropPages(addr)
	if kb, _ := vmaRSS(t, addr); kb != 0 {
		t.Errorf("the mapping's page is still resident (%d kB)", kb)
	}
	if kb, _ := vmaRSS(t, next); kb == 0 {
		t.Errorf("the page after the mapping was dropped too")
	}

	// Private memory (the Go heap, for one) is left alone.
	anon, err := syscall.Mmap(-1, 0, page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	defer syscall.Munmap(anon)
	anon[0] = 7
	dropPages(uintptr(unsafe.Pointer(&anon[0])))
	if anon[0] != 7 {
		t.Errorf("private memory was dropped")
	}
}
