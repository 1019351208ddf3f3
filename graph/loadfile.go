package graph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kgraph/schema"
)

// Input formats of LoadFile.
const (
	FormatNQuads = "nquads"
	FormatJSONL  = "jsonl"
)

// inputFormat is one format LoadFile reads: a registry entry.
type inputFormat struct {
	name string
	exts []string
	// sniff reports whether the first non-blank line of an input without
	// a known extension is in this format.
	sniff func(line []byte) bool
	// check reads and validates a whole input, writing nothing, and
	// returns the function that reads the documents of the same input
	// again, for writing.
	check func(r *bufio.Reader, name string) (docReader, error)
}

// docReader reads the documents of an input that check validated and
// passes each to yield, in the order they are written.
type docReader func(r *bufio.Reader, name string, yield func(docQuads) error) error

var inputFormats = []inputFormat{
	{name: FormatNQuads, exts: []string{".nq", ".nt", ".nquads"}, check: checkNQuads,
		sniff: func(l []byte) bool { return l[0] == '<' || bytes.HasPrefix(l, []byte("_:")) }},
	{name: FormatJSONL, exts: []string{".jsonl", ".ndjson", ".json"}, check: checkJSONL,
		sniff: func(l []byte) bool { return l[0] == '{' }},
}

// LoadFile loads N-Quads or kgraph's JSON Lines (as kgraph extract --format
// jsonl and kgraph export --format jsonl write them) from r; name is used
// for the format (by extension) and in error messages.
//
// The input is read twice: first to validate all of it, so that a
// malformed line gives an error "name:LINE:COLUMN: ..." and nothing is
// written; then to write it, a document at a time, so that memory stays
// bounded when each document's lines are together (as kgraph writes them).
// An input that cannot be read twice (stdin) is kept in a temporary file
// meanwhile.
//
// Quads labelled with a document IRI that carry the document's kg:hash
// form a document, skipped or replaced as Load does; unlabelled quads are
// written in the same transaction as the first document that mentions
// their subject. Statements read from JSON Lines are grouped by document;
// a document without a document line has the hash of its statements.
func (s *Store) LoadFile(ctx context.Context, r io.Reader, name string) (LoadStats, error) {
	ld, err := s.NewLoader(ctx)
	if err != nil {
		return LoadStats{}, err
	}
	err = ld.LoadFile(ctx, r, name)
	st, cerr := ld.Close()
	if err == nil {
		err = cerr
	}
	return st, err
}

// LoadFile loads a file as Store.LoadFile does. A file that is not valid
// gives an error and adds nothing, and the load goes on; a bulk load may
// write the file's documents as late as Close.
func (ld *Loader) LoadFile(ctx context.Context, r io.Reader, name string) error {
	if ld.err != nil {
		return ld.err
	}
	in, err := rereadable(r)
	if err != nil {
		return err
	}
	defer in.close()
	br := bufio.NewReaderSize(in.first, 1<<16)
	f, err := sniffFormat(name, br)
	if err != nil {
		return err
	}
	read, err := f.check(br, name)
	if err != nil {
		return err
	}
	again, err := in.again()
	if err != nil {
		return fmt.Errorf("%s: read again: %w", name, err)
	}
	return ld.run(ctx, func(yield func(docQuads) error) error {
		return read(bufio.NewReaderSize(again, 1<<16), name, yield)
	})
}

// rereader is an input that can be read twice.
type rereader struct {
	first io.Reader
	again func() (io.Reader, error)
	close func()
}

// rereadable returns r when it can seek back, else a reader that copies r
// into an unlinked temporary file as it is read the first time.
func rereadable(r io.Reader) (*rereader, error) {
	if rs, ok := r.(io.ReadSeeker); ok {
		if off, err := rs.Seek(0, io.SeekCurrent); err == nil {
			return &rereader{first: rs, close: func() {}, again: func() (io.Reader, error) {
				_, err := rs.Seek(off, io.SeekStart)
				return rs, err
			}}, nil
		}
	}
	tmp, err := os.CreateTemp("", "kgraph-load-*")
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	os.Remove(tmp.Name()) // unlinked: the file goes with the process
	return &rereader{
		first: io.TeeReader(r, tmp),
		close: func() { tmp.Close() },
		again: func() (io.Reader, error) {
			_, err := tmp.Seek(0, io.SeekStart)
			return tmp, err
		},
	}, nil
}

// eachLine calls fn with every line of r (without its newline) and its
// number, from 1, until fn returns an error.
func eachLine(r *bufio.Reader, name string, fn func(n int, line []byte) error) error {
	for n := 1; ; n++ {
		line, err := r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// a long line: gather it
			long := append([]byte(nil), line...)
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = r.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		if len(line) > 0 {
			if e := fn(n, bytes.TrimSuffix(line, []byte("\n"))); e != nil {
				return e
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: read: %w", name, n, err)
		}
	}
}

// sniffFormat picks the input format from the file extension or, failing
// that, from the first non-blank line, which it peeks at without consuming.
func sniffFormat(name string, r *bufio.Reader) (*inputFormat, error) {
	ext := strings.ToLower(filepath.Ext(name))
	for i := range inputFormats {
		if slices.Contains(inputFormats[i].exts, ext) {
			return &inputFormats[i], nil
		}
	}
	head, err := r.Peek(r.Size())
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	for line := range bytes.Lines(head) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		for i := range inputFormats {
			if inputFormats[i].sniff(line) {
				return &inputFormats[i], nil
			}
		}
		return nil, fmt.Errorf("%s: unknown input format (want N-Quads or JSON Lines statements)", name)
	}
	return &inputFormats[0], nil // empty input: nothing to load
}

// freeChunk is how many quads that belong to no kgraph document go into
// one docQuads, so that a large file of them is written in several
// transactions rather than one.
const freeChunk = 10000

// nqPlan is what checking an N-Quads input learnt about it.
type nqPlan struct {
	// labels numbers the graph labels in the order they first appear.
	labels map[quad.Value]int32
	// grouped reports that each label's quads are on consecutive lines
	// (unlabelled quads may come between).
	grouped bool
	// mention is, for each node that labelled quads mention, the number
	// of the first label that does.
	mention map[quad.Value]int32
}

// checkNQuads validates N-Quads and plans how to write them.
func checkNQuads(r *bufio.Reader, name string) (docReader, error) {
	p := &nqPlan{labels: make(map[quad.Value]int32), grouped: true, mention: make(map[quad.Value]int32)}
	cur := int32(-1)
	terms := newTermCache()
	err := eachLine(r, name, func(n int, line []byte) error {
		q, blank, err := parseNQuadAt(line, name, n, terms)
		if err != nil || blank || q.Label == nil {
			return err
		}
		k, ok := p.labels[q.Label]
		if !ok {
			k = int32(len(p.labels))
			p.labels[q.Label] = k
		} else if k != cur {
			p.grouped = false
		}
		cur = k
		for _, v := range []quad.Value{q.Subject, q.Object} {
			if mentionable(v) {
				if _, ok := p.mention[v]; !ok {
					p.mention[v] = k
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if p.grouped {
		return p.stream, nil
	}
	return p.inMemory, nil
}

// parseNQuadAt parses one line, its errors positioned in the file.
func parseNQuadAt(line []byte, name string, n int, c *termCache) (quad.Quad, bool, error) {
	q, blank, err := parseNQuadWith(line, c)
	if err != nil {
		col := 0
		var se *syntaxError
		if errors.As(err, &se) {
			col = se.off + 1
		}
		return q, false, &ParseError{File: name, Line: n, Column: col, Err: err}
	}
	return q, blank, nil
}

// mentionable reports whether v may be an entity that a document
// mentions: a node other than a statement, argument or document node of
// kgraph's, which are described by their documents' own quads.
func mentionable(v quad.Value) bool {
	switch v := v.(type) {
	case quad.BNode:
		return true
	case quad.IRI:
		s := string(v)
		return !strings.HasPrefix(s, schema.Prefix+"stmt/") && !strings.HasPrefix(s, schema.Prefix+"doc/")
	}
	return false
}

// nqGroup collects the quads of one label.
type nqGroup struct {
	d docQuads
	k int32
}

// add adds a labelled quad of the group, noting the document hash.
func (g *nqGroup) add(q quad.Quad) {
	g.d.own = append(g.d.own, q)
	if q.Subject == q.Label && q.Predicate == iri(schema.Hash) {
		if h, ok := q.Object.(quad.String); ok {
			g.d.hash = string(h)
		}
	}
}

// done turns the group into what the loader writes: a document, or plain
// quads when the label carries no kgraph hash (never skipped or replaced).
func (g *nqGroup) done() docQuads {
	d := g.d
	if d.hash == "" {
		d.shared = append(d.own, d.shared...)
		d.own, d.iri = nil, ""
	}
	return d
}

// stream writes grouped N-Quads a label at a time. An unlabelled quad goes
// with the first label that mentions its subject: with the current one
// when that one came already, else it waits for it.
func (p *nqPlan) stream(r *bufio.Reader, name string, yield func(docQuads) error) error {
	var cur *nqGroup
	waiting := make(map[int32][]quad.Quad)
	var free []quad.Quad
	terms := newTermCache()
	emit := func() error {
		if cur == nil {
			return nil
		}
		cur.d.shared = append(cur.d.shared, waiting[cur.k]...)
		delete(waiting, cur.k)
		d := cur.done()
		cur = nil
		return yield(d)
	}
	err := eachLine(r, name, func(n int, line []byte) error {
		q, blank, err := parseNQuadAt(line, name, n, terms)
		if err != nil || blank {
			return err
		}
		if q.Label == nil {
			k, ok := p.mention[q.Subject]
			switch {
			case !ok:
				free = append(free, q)
				if len(free) >= freeChunk {
					err := yield(docQuads{shared: free})
					free = nil
					return err
				}
			case cur != nil && k <= cur.k:
				cur.d.shared = append(cur.d.shared, q)
			default:
				waiting[k] = append(waiting[k], q)
			}
			return nil
		}
		k := p.labels[q.Label]
		if cur == nil || k != cur.k {
			if err := emit(); err != nil {
				return err
			}
			cur = &nqGroup{k: k}
			if l, ok := q.Label.(quad.IRI); ok {
				cur.d.iri = string(l)
			}
		}
		cur.add(q)
		return nil
	})
	if err != nil {
		return err
	}
	if err := emit(); err != nil {
		return err
	}
	for _, qs := range waiting { // labels that never came: impossible after check
		free = append(free, qs...)
	}
	for len(free) > 0 {
		k := min(len(free), freeChunk)
		if err := yield(docQuads{shared: free[:k:k]}); err != nil {
			return err
		}
		free = free[k:]
	}
	return nil
}

// inMemory writes N-Quads whose labels interleave: it reads them all,
// compactly (each distinct value once, a quad as four indexes), groups
// them by label and then writes them a label at a time. Memory grows with
// the input.
func (p *nqPlan) inMemory(r *bufio.Reader, name string, yield func(docQuads) error) error {
	sn := newSnapshot()
	groups := make([]docQuads, len(p.labels))
	var free []squad
	terms := newTermCache()
	err := eachLine(r, name, func(n int, line []byte) error {
		q, blank, err := parseNQuadAt(line, name, n, terms)
		if err != nil || blank {
			return err
		}
		sq := sn.squad(q)
		if q.Label == nil {
			if k, ok := p.mention[q.Subject]; ok {
				groups[k].cshared = append(groups[k].cshared, sq)
			} else {
				free = append(free, sq)
			}
			return nil
		}
		g := &groups[p.labels[q.Label]]
		if l, ok := q.Label.(quad.IRI); ok {
			g.iri = string(l)
		}
		g.cown = append(g.cown, sq)
		if q.Subject == q.Label && q.Predicate == iri(schema.Hash) {
			if h, ok := q.Object.(quad.String); ok {
				g.hash = string(h)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	sn.intern = nil
	p.mention, p.labels = nil, nil
	for i := range groups {
		g := nqGroup{d: groups[i]}
		groups[i] = docQuads{}
		g.d.vals = &sn.vals
		g.d.expand()
		if err := yield(g.done()); err != nil {
			return err
		}
	}
	for len(free) > 0 {
		k := min(len(free), freeChunk)
		if err := yield(docQuads{vals: &sn.vals, cshared: free[:k:k]}); err != nil {
			return err
		}
		free = free[k:]
	}
	return nil
}
