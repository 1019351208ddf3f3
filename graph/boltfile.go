package graph

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// bolt's file format (go.etcd.io/bbolt v1, little-endian): kgraph reads
// it itself, with plain reads rather than bolt's memory map, to check a
// file before bolt opens it and to walk all of its pages for kgraph check
// without the panics bolt raises on damaged pages.
const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	boltPageHeader   = 16 // id u64, flags u16, count u16, overflow u32
	boltElement      = 16 // branch: pos, ksize, pgid; leaf: flags, pos, ksize, vsize
	boltBranchPage   = 0x01
	boltLeafPage     = 0x02
	boltFreelistPage = 0x10
	boltBucketLeaf   = 0x01 // a leaf element that is a bucket
	boltMetaChecksum = 56   // bytes of the meta covered by its checksum
)

// boltMeta is what kgraph reads of one of a bolt file's two meta pages.
type boltMeta struct {
	err      error
	pageSize int64
	root     uint64 // the root bucket's page, 0 if inline
	freelist uint64
	hwm      uint64 // the high water mark: pages in use are below it
	txid     uint64
}

// readBoltMeta reads the meta page at off.
func readBoltMeta(f io.ReaderAt, off int64) boltMeta {
	b := make([]byte, boltPageHeader+64)
	if _, err := f.ReadAt(b, off); err != nil {
		return boltMeta{err: fmt.Errorf("unreadable: %w", err)}
	}
	m := b[boltPageHeader:]
	le := binary.LittleEndian
	h := fnv.New64a()
	h.Write(m[:boltMetaChecksum])
	switch {
	case le.Uint32(m[0:]) != boltMagic:
		return boltMeta{err: errors.New("no bolt magic number")}
	case le.Uint32(m[4:]) != boltVersion:
		return boltMeta{err: fmt.Errorf("bolt version %d", le.Uint32(m[4:]))}
	case le.Uint64(m[boltMetaChecksum:]) != h.Sum64():
		return boltMeta{err: errors.New("bad checksum")}
	}
	return boltMeta{pageSize: int64(le.Uint32(m[8:])), root: le.Uint64(m[16:]), freelist: le.Uint64(m[32:]),
		hwm: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}
}

// checkBoltFile checks a bolt file before bolt maps it: both meta pages
// valid (bolt silently falls back to the other one, an older state of the
// store, when one is broken) and the file as long as the pages in use. A
// missing or empty file is a new store.
func checkBoltFile(path string) (boltMeta, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return boltMeta{}, nil
	}
	if err != nil {
		return boltMeta{}, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.Size() == 0 {
		return boltMeta{}, err
	}
	m0 := readBoltMeta(f, 0)
	ps := m0.pageSize
	if m0.err != nil {
		ps = int64(os.Getpagesize())
	}
	m1 := readBoltMeta(f, ps)
	switch {
	case m0.err != nil && m1.err != nil:
		return boltMeta{}, damaged(path, fmt.Sprintf("both meta pages are broken (%v; %v)", m0.err, m1.err))
	case m0.err != nil:
		return boltMeta{}, damaged(path, fmt.Sprintf("meta page 0 is broken (%v); bolt would fall back to meta page 1, an older state of the store (transaction %d)", m0.err, m1.txid))
	case m1.err != nil:
		return boltMeta{}, damaged(path, fmt.Sprintf("meta page 1 is broken (%v); bolt would fall back to meta page 0, an older state of the store (transaction %d)", m1.err, m0.txid))
	}
	m := m0
	if m1.txid > m0.txid {
		m = m1
	}
	if need := int64(m.hwm) * m.pageSize; fi.Size() < need {
		return boltMeta{}, damaged(path, fmt.Sprintf("the file is %d bytes but its pages reach %d bytes: it was cut short", fi.Size(), need))
	}
	if m.freelist != ^uint64(0) && m.freelist < m.hwm {
		h := make([]byte, boltPageHeader)
		if _, err := f.ReadAt(h, int64(m.freelist)*m.pageSize); err != nil {
			return boltMeta{}, fmt.Errorf("%s: %w", path, err)
		}
		if id, flags := binary.LittleEndian.Uint64(h), binary.LittleEndian.Uint16(h[8:]); id != m.freelist || flags&boltFreelistPage == 0 {
			return boltMeta{}, damaged(path, fmt.Sprintf("the freelist page %d is broken (it says page %d, type %#x)", m.freelist, id, flags))
		}
	}
	return m, nil
}

// boltWalk walks every page a bolt file uses, as bolt's own Tx.Check does,
// and lists what is wrong.
type boltWalk struct {
	f        io.ReaderAt
	m        boltMeta
	seen     []bool // reachable pages
	problems []string
	more     int // problems not listed
}

// maxProblems bounds the problems a check lists; the rest are counted.
const maxProblems = 20

func (w *boltWalk) problem(format string, a ...any) {
	if len(w.problems) < maxProblems {
		w.problems = append(w.problems, fmt.Sprintf(format, a...))
	} else {
		w.more++
	}
}

// walkBoltFile checks the structure of a bolt file: every page reachable
// from the root bucket is a branch or leaf page that says its own number,
// lies below the high water mark, is used once and not free, with its keys
// in order; every other page below the mark is free.
func walkBoltFile(path string) ([]string, error) {
	m, err := checkBoltFile(path)
	if err != nil {
		return []string{err.Error()}, nil
	}
	if m.pageSize == 0 {
		return nil, nil // a new store
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	w := &boltWalk{f: f, m: m, seen: make([]bool, m.hwm)}
	w.seen[0], w.seen[1] = true, true
	free := w.freePages()
	if m.root != 0 {
		w.visit(m.root, nil)
	}
	for id := uint64(2); id < m.hwm; id++ {
		switch {
		case w.seen[id] && free[id]:
			w.problem("page %d: in use and free", id)
		case !w.seen[id] && !free[id]:
			w.problem("page %d: neither in use nor free", id)
		}
	}
	if w.more > 0 {
		w.problems = append(w.problems, fmt.Sprintf("and %d more problems", w.more))
	}
	return w.problems, nil
}

// page reads page id with its overflow pages; ok is false (and a problem
// noted) when it cannot be read or does not say its own number.
func (w *boltWalk) page(id uint64) (p []byte, ok bool) {
	if id >= w.m.hwm {
		w.problem("page %d: beyond the high water mark %d", id, w.m.hwm)
		return nil, false
	}
	p = make([]byte, w.m.pageSize)
	if _, err := w.f.ReadAt(p, int64(id)*w.m.pageSize); err != nil {
		w.problem("page %d: unreadable: %v", id, err)
		return nil, false
	}
	if got := binary.LittleEndian.Uint64(p); got != id {
		w.problem("page %d: says it is page %d (zeroed or overwritten)", id, got)
		return nil, false
	}
	if n := int64(binary.LittleEndian.Uint32(p[12:])); n > 0 {
		if id+uint64(n) >= w.m.hwm {
			w.problem("page %d: overflows beyond the high water mark", id)
			return nil, false
		}
		p = make([]byte, (1+n)*w.m.pageSize)
		if _, err := w.f.ReadAt(p, int64(id)*w.m.pageSize); err != nil {
			w.problem("page %d: unreadable: %v", id, err)
			return nil, false
		}
	}
	return p, true
}

// freePages reads the freelist.
func (w *boltWalk) freePages() []bool {
	free := make([]bool, w.m.hwm)
	if w.m.freelist == ^uint64(0) || w.m.freelist == 0 {
		return free
	}
	p, ok := w.page(w.m.freelist)
	if !ok {
		return free
	}
	if flags := binary.LittleEndian.Uint16(p[8:]); flags&boltFreelistPage == 0 {
		w.problem("page %d: the freelist page has type %#x", w.m.freelist, flags)
		return free
	}
	w.mark(w.m.freelist, p)
	n, at := int(binary.LittleEndian.Uint16(p[10:])), boltPageHeader
	if n == 0xFFFF {
		n, at = int(binary.LittleEndian.Uint64(p[at:])), at+8
	}
	for i := range n {
		if at+8*i+8 > len(p) {
			w.problem("page %d: freelist longer than its page", w.m.freelist)
			break
		}
		id := binary.LittleEndian.Uint64(p[at+8*i:])
		if id >= w.m.hwm {
			w.problem("freelist: page %d beyond the high water mark", id)
			continue
		}
		if free[id] {
			w.problem("freelist: page %d freed twice", id)
		}
		free[id] = true
	}
	return free
}

// mark marks a page and its overflow pages as in use.
func (w *boltWalk) mark(id uint64, p []byte) {
	n := uint64(binary.LittleEndian.Uint32(p[12:]))
	for i := id; i <= id+n && i < w.m.hwm; i++ {
		if w.seen[i] {
			w.problem("page %d: used twice", i)
		}
		w.seen[i] = true
	}
}

// visit checks the branch or leaf page id of a bucket's tree, and the
// trees below it; lo bounds its keys from below.
func (w *boltWalk) visit(id uint64, lo []byte) {
	p, ok := w.page(id)
	if !ok {
		if id < w.m.hwm {
			w.seen[id] = true // reported already
		}
		return
	}
	w.mark(id, p)
	w.elements(id, p, lo)
}

// elements checks the elements of a branch or leaf page (p may be an
// inline bucket's page, whose id is 0).
func (w *boltWalk) elements(id uint64, p []byte, lo []byte) {
	flags, count := binary.LittleEndian.Uint16(p[8:]), int(binary.LittleEndian.Uint16(p[10:]))
	if flags != boltBranchPage && flags != boltLeafPage {
		w.problem("page %d: type %#x, want a branch or leaf page", id, flags)
		return
	}
	prev := lo
	for i := range count {
		e := boltPageHeader + i*boltElement
		if e+boltElement > len(p) {
			w.problem("page %d: %d elements do not fit", id, count)
			return
		}
		le := binary.LittleEndian
		var pos, ksize, vsize int
		if flags == boltBranchPage {
			pos, ksize = int(le.Uint32(p[e:])), int(le.Uint32(p[e+4:]))
		} else {
			pos, ksize, vsize = int(le.Uint32(p[e+4:])), int(le.Uint32(p[e+8:])), int(le.Uint32(p[e+12:]))
		}
		k0 := e + pos
		if pos < 0 || k0+ksize+vsize > len(p) {
			w.problem("page %d: element %d points outside the page", id, i)
			return
		}
		key := p[k0 : k0+ksize]
		if prev != nil && bytes.Compare(key, prev) < 0 {
			w.problem("page %d: keys out of order at element %d", id, i)
		}
		prev = key
		if flags == boltBranchPage {
			w.visit(le.Uint64(p[e+8:]), key)
			continue
		}
		if le.Uint32(p[e:])&boltBucketLeaf != 0 {
			w.bucket(id, p[k0+ksize:k0+ksize+vsize])
		}
	}
}

// bucket checks a bucket whose header (root page, sequence) and, for an
// inline bucket, page are v.
func (w *boltWalk) bucket(id uint64, v []byte) {
	if len(v) < 16 {
		w.problem("page %d: bucket header of %d bytes", id, len(v))
		return
	}
	if root := binary.LittleEndian.Uint64(v); root != 0 {
		w.visit(root, nil)
		return
	}
	if inline := v[16:]; len(inline) >= boltPageHeader {
		w.elements(id, inline, nil)
	}
}
