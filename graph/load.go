package graph

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kgraph/kgraph/schema"
)

// LoadStats counts what a load did.
type LoadStats struct {
	// Documents is the number of documents read.
	Documents int
	// Skipped documents were already stored with the same content hash.
	Skipped int
	// Replaced documents were stored with another hash; their own quads
	// (labelled with the document IRI) were replaced.
	Replaced int
	// Quads is the number of quads written. Shared entity quads that were
	// already stored are counted but not stored twice.
	Quads int
	// Removed is the number of quads of replaced documents removed.
	Removed int
}

// Load writes extractions to the store. It validates every extraction before
// writing anything. A document already stored with the same content hash is
// skipped; one stored with another hash has its statements, edges and
// document node replaced, and nothing else. A new document is written in one
// transaction. A replaced one loses its old quads in one transaction and gets
// its new ones in the next (Cayley's kv store cannot mix the two); the
// document hash is among the new quads, so if the second transaction fails
// the document reads as not loaded and loading it again completes it.
func (s *Store) Load(ctx context.Context, ex []schema.Extraction) (LoadStats, error) {
	docs := make([]docQuads, 0, len(ex))
	for i := range ex {
		d, err := buildDoc(&ex[i], ex[i].Document.Hash())
		if err != nil {
			return LoadStats{}, fmt.Errorf("%s: %w", docName(&ex[i].Document, i), err)
		}
		docs = append(docs, d)
	}
	return s.write(ctx, docs)
}

// docName names a document in an error message.
func docName(d *schema.Document, i int) string {
	switch {
	case d.Source != "":
		return d.Source
	case d.ID != "":
		return "document " + d.ID
	}
	return fmt.Sprintf("extraction %d", i+1)
}

var ignore = cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

// maxSharedCache bounds the subjects whose shared quads a load remembers.
const maxSharedCache = 100000

// write applies documents in batches of about s.batch deltas; a document's
// deltas always go into one batch. It consumes docs: each is cleared once
// written, so that a large load does not hold on to what it has written.
func (s *Store) write(ctx context.Context, docs []docQuads) (LoadStats, error) {
	var (
		st      LoadStats
		deltas  []cgraph.Delta
		pending = make(map[string]string) // doc IRI -> hash, written in this call
		seen    = make(map[quad.Quad]struct{})
		// shared holds the unlabelled quads known to be stored, by subject.
		shared = make(map[quad.Value]map[quad.Quad]bool)
	)
	empty, err := s.isEmpty(ctx)
	if err != nil {
		return st, err
	}
	if s.pg != nil {
		// One query per thousand shared quads instead of reading every
		// quad of each subject.
		if err := s.pg.prefetchShared(docs, shared); err != nil {
			return st, err
		}
	}
	flush := func() error {
		if len(deltas) == 0 {
			return nil
		}
		if err := s.addQuads(deltas); err != nil {
			return fmt.Errorf("write quads: %w", err)
		}
		deltas = deltas[:0]
		clear(seen)
		return nil
	}
	for i := range docs {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		docs[i].expand()
		d := docs[i]
		docs[i] = docQuads{} // written below: let it go
		if d.iri != "" {
			st.Documents++
		}
		var old []quad.Quad
		if d.iri != "" && d.hash != "" {
			if h, ok := pending[d.iri]; ok {
				if h == d.hash {
					st.Skipped++
					continue
				}
				if err := flush(); err != nil {
					return st, err
				}
			}
			stored, err := s.docHash(ctx, d.iri)
			if err != nil {
				return st, err
			}
			if stored == d.hash {
				st.Skipped++
				continue
			}
			if stored != "" {
				if old, err = s.quadsWith(ctx, quad.Label, iri(d.iri)); err != nil {
					return st, err
				}
				st.Replaced++
			}
			pending[d.iri] = d.hash
		}
		if len(old) > 0 {
			// Cayley's kv store mishandles a batch that both removes and
			// adds quads sharing a node, so removals go in a transaction of
			// their own, before the additions.
			if err := flush(); err != nil {
				return st, err
			}
			keep := make(map[quad.Quad]struct{}, len(d.own))
			for _, q := range d.own {
				keep[q] = struct{}{}
			}
			stored := make(map[quad.Quad]struct{}, len(old))
			var del []cgraph.Delta
			for _, q := range old {
				stored[q] = struct{}{}
				if _, ok := keep[q]; !ok {
					del = append(del, cgraph.Delta{Quad: q, Action: cgraph.Delete})
				}
			}
			err := s.qs.ApplyDeltas(del, ignore)
			s.releasePages()
			if err != nil {
				return st, fmt.Errorf("remove old quads of %s: %w", d.iri, err)
			}
			st.Removed += len(del)
			for _, q := range d.own {
				if _, ok := stored[q]; ok {
					continue
				}
				if _, ok := seen[q]; ok {
					continue
				}
				seen[q] = struct{}{}
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
				st.Quads++
			}
		} else {
			for _, q := range d.own {
				if _, ok := seen[q]; ok {
					continue
				}
				seen[q] = struct{}{}
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
				st.Quads++
			}
		}
		for _, q := range d.shared {
			stored, err := s.sharedStored(ctx, q, shared, !empty)
			if err != nil {
				return st, err
			}
			if stored {
				continue
			}
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			st.Quads++
		}
		if len(deltas) >= s.batch {
			if err := flush(); err != nil {
				return st, err
			}
			if s.pg == nil && len(shared) > maxSharedCache {
				// Nothing is on its way after a flush: the cache only
				// saves lookups, and a long load would grow it without
				// bound.
				clear(shared)
			}
		}
	}
	if err := flush(); err != nil {
		return st, err
	}
	return st, nil
}

// addQuads applies a batch of additions in one transaction.
func (s *Store) addQuads(deltas []cgraph.Delta) error {
	if s.pg == nil {
		defer s.releasePages()
		return s.qs.ApplyDeltas(deltas, ignore)
	}
	if err := s.pg.add(deltas); err != nil {
		return err
	}
	// An empty transaction through Cayley resets its cached quad count.
	return s.qs.ApplyDeltas(nil, ignore)
}

// sharedStored reports whether the unlabelled quad q is stored or already
// on its way (cache holds what this load has looked up, by subject; on
// PostgreSQL, prefetchShared fills it for all the load's shared quads), and
// marks it as on its way. Checking before writing keeps LoadStats.Quads
// exact and spares the SQL backend's node reference counts. lookup false
// skips the store (it is known to be empty).
func (s *Store) sharedStored(ctx context.Context, q quad.Quad, cache map[quad.Value]map[quad.Quad]bool, lookup bool) (bool, error) {
	m, ok := cache[q.Subject]
	if !ok {
		m = make(map[quad.Quad]bool)
		cache[q.Subject] = m
		if lookup && s.bolt == nil && s.pg == nil {
			// The memory store reads all the subject's quads at once (the
			// SQL store's were prefetched).
			qs, err := s.quadsWith(ctx, quad.Subject, q.Subject)
			if err != nil {
				return false, err
			}
			for _, q := range qs {
				if q.Label == nil {
					m[q] = true
				}
			}
		}
	}
	if stored, seen := m[q]; seen {
		return stored, nil
	}
	if lookup && s.bolt != nil {
		// On bolt, reading all the quads of a subject means reading every
		// statement about a popular entity from the log, once per batch;
		// the exact quad has an index entry of its own.
		stored, err := s.kvHas(ctx, q)
		if err != nil {
			return false, err
		}
		if stored {
			m[q] = true
			return true, nil
		}
	}
	m[q] = true
	return false, nil
}

// opsIndex is Cayley's kv index on object, predicate and subject (one of
// the DefaultQuadIndexes every kgraph store is created with).
var opsIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}

// kvHas reports whether the kv store holds quad q, through the index entry
// of its object, predicate and subject.
func (s *Store) kvHas(ctx context.Context, q quad.Quad) (bool, error) {
	ids := make([]uint64, 0, 3)
	for _, v := range []quad.Value{q.Object, q.Predicate, q.Subject} {
		ref, err := s.qs.ValueOf(v)
		if err != nil {
			return false, fmt.Errorf("look up %v: %w", v, err)
		}
		id, ok := ref.(kv.Int64Value)
		if !ok || id == 0 {
			return false, nil // a node that is not stored
		}
		ids = append(ids, uint64(id))
	}
	found := false
	scan := kv.IndexScan{Index: opsIndex, Values: ids}.BuildIterator(s.qs)
	err := iterator.Iterate(ctx, scan).Paths(false).Each(func(r cgraph.Ref) error {
		got, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		if got.Label == q.Label {
			found = true
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("look up %v: %w", q, err)
	}
	return found, nil
}

// isEmpty reports whether the store holds no quads, when the backend knows
// that cheaply (bolt and memory stores count their quads).
func (s *Store) isEmpty(ctx context.Context) (bool, error) {
	if s.backend == "postgres" {
		return false, nil
	}
	cs, err := s.stats(ctx, false)
	if err != nil {
		return false, err
	}
	return cs.Quads.Exact && cs.Quads.Value == 0, nil
}

// docHash returns the stored content hash of a document, or "".
func (s *Store) docHash(ctx context.Context, doc string) (string, error) {
	qs, err := s.quadsWith(ctx, quad.Subject, iri(doc))
	if err != nil {
		return "", err
	}
	for _, q := range qs {
		if q.Predicate == iri(schema.Hash) {
			if v, ok := q.Object.(quad.String); ok {
				return string(v), nil
			}
		}
	}
	return "", nil
}

// quadsWith returns the stored quads with value v in direction dir.
func (s *Store) quadsWith(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("look up %v: %w", v, err)
	}
	if ref == nil {
		return nil, nil
	}
	var out []quad.Quad
	err = iterator.Iterate(ctx, s.qs.QuadIterator(dir, ref)).Paths(false).Each(func(r cgraph.Ref) error {
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		out = append(out, q)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read quads of %v: %w", v, err)
	}
	return out, nil
}

// Input formats of LoadFile.
const (
	FormatNQuads = "nquads"
	FormatJSONL  = "jsonl"
)

// LoadFile loads N-Quads or JSON Lines statements (one schema.Statement per
// line, as kgraph extract --format jsonl writes them) from r; name is used
// for the format (by extension) and in error messages. The whole input is
// parsed and validated first: a malformed line gives an error "name:LINE:
// ..." and nothing is written.
//
// N-Quads are stored as they are; when they carry a document's kg:hash, the
// document is skipped or replaced as Load does. Statements read from JSON
// Lines are grouped by document; such a document's hash is that of its
// statements.
func (s *Store) LoadFile(ctx context.Context, r io.Reader, name string) (LoadStats, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	format, err := sniffFormat(name, br)
	if err != nil {
		return LoadStats{}, err
	}
	var docs []docQuads
	if format == FormatNQuads {
		docs, err = parseNQuads(br, name)
	} else {
		docs, err = parseJSONL(br, name)
	}
	if err != nil {
		return LoadStats{}, err
	}
	return s.write(ctx, docs)
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
func sniffFormat(name string, r *bufio.Reader) (string, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".nq", ".nt", ".nquads":
		return FormatNQuads, nil
	case ".jsonl", ".ndjson", ".json":
		return FormatJSONL, nil
	}
	head, err := r.Peek(r.Size())
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return "", fmt.Errorf("%s: read: %w", name, err)
	}
	for line := range bytes.Lines(head) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		switch {
		case line[0] == '{':
			return FormatJSONL, nil
		case line[0] == '<' || bytes.HasPrefix(line, []byte("_:")):
			return FormatNQuads, nil
		}
		return "", fmt.Errorf("%s: unknown input format (want N-Quads or JSON Lines statements)", name)
	}
	return FormatNQuads, nil // empty input: nothing to load
}

// freeChunk is how many quads that belong to no kgraph document go into
// one docQuads, so that a large file of them is written in several
// transactions rather than one.
const freeChunk = 10000

// parseNQuads parses N-Quads, grouping quads by label. The quads are held
// compactly (each distinct value once, a quad as four indexes) until they
// are written: a file of millions of quads takes a fraction of the memory
// that as many quad.Quads would.
func parseNQuads(r *bufio.Reader, name string) ([]docQuads, error) {
	sn := newSnapshot()
	byLabel := make(map[string]*docQuads)
	var order []string
	var free []squad
	err := eachLine(r, name, func(n int, line []byte) error {
		text := strings.TrimSpace(string(line))
		if text == "" || text[0] == '#' {
			return nil
		}
		q, err := nquads.Parse(text)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, trimParseError(err))
		}
		if !q.IsValid() {
			return fmt.Errorf("%s:%d: incomplete quad", name, n)
		}
		sq := sn.squad(q)
		lab, ok := q.Label.(quad.IRI)
		if q.Label == nil || !ok {
			free = append(free, sq)
			return nil
		}
		d := byLabel[string(lab)]
		if d == nil {
			d = &docQuads{iri: string(lab), vals: &sn.vals}
			byLabel[string(lab)] = d
			order = append(order, string(lab))
		}
		d.cown = append(d.cown, sq)
		if q.Subject == lab && q.Predicate == iri(schema.Hash) {
			if h, ok := q.Object.(quad.String); ok {
				d.hash = string(h)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sn.intern = nil
	docs := make([]docQuads, 0, len(order)+len(free)/freeChunk+1)
	for _, l := range order {
		d := byLabel[l]
		if d.hash == "" {
			// Not a kgraph document: plain quads, never skipped or replaced.
			free = append(free, d.cown...)
			continue
		}
		d.cown = slices.Clip(d.cown)
		docs = append(docs, *d)
	}
	for len(free) > 0 {
		k := min(len(free), freeChunk)
		docs = append(docs, docQuads{vals: &sn.vals, cshared: free[:k:k]})
		free = free[k:]
	}
	return docs, nil
}

// trimParseError shortens the N-Quads parser's messages.
func trimParseError(err error) error {
	msg := err.Error()
	if i := strings.Index(msg, "\n"); i >= 0 {
		msg = msg[:i]
	}
	return errors.New(msg)
}

// parseJSONL parses statements, one per line, grouped by document.
func parseJSONL(r *bufio.Reader, name string) ([]docQuads, error) {
	byDoc := make(map[string]*schema.Extraction)
	var order []string
	err := eachLine(r, name, func(n int, line []byte) error {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			return nil
		}
		var st schema.Statement
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&st); err != nil {
			return fmt.Errorf("%s:%d: invalid statement: %w", name, n, err)
		}
		if dec.More() {
			return fmt.Errorf("%s:%d: more than one JSON value on the line", name, n)
		}
		if err := checkStatement(&st, ""); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
		ex := byDoc[st.Doc]
		if ex == nil {
			ex = &schema.Extraction{Document: schema.Document{ID: st.Doc, Source: fmt.Sprintf("%s:%d", name, n)}}
			byDoc[st.Doc] = ex
			order = append(order, st.Doc)
		}
		ex.Statements = append(ex.Statements, st)
		return nil
	})
	if err != nil {
		return nil, err
	}
	docs := make([]docQuads, 0, len(order))
	for _, id := range order {
		ex := byDoc[id]
		d, err := buildDoc(ex, statementsHash(ex.Statements))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ex.Document.Source, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}
