package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kgraph/schema"
)

// LoadStats counts what a load or a delete did.
type LoadStats struct {
	// Documents is the number of documents read (deleted, for Delete).
	Documents int
	// Skipped documents were already stored with the same content hash.
	Skipped int
	// Replaced documents were stored with another hash; their own quads
	// (labelled with the document IRI) were replaced.
	Replaced int
	// Quads is the number of quads written. Shared entity quads that were
	// already stored are not written again and not counted.
	Quads int
	// Removed is the number of quads removed: those of replaced or deleted
	// documents, and those describing entities that no document mentions
	// any more.
	Removed int
}

// Load writes extractions to the store. It validates every extraction before
// writing anything. A document already stored with the same content hash is
// skipped; one stored with another hash has its own quads replaced, and the
// entities, aliases and concepts that only its old version mentioned are
// removed. A document is written whole in one transaction together with the
// entities it introduces, so that a crash leaves it either loaded or not.
// A replaced one loses its old quads in one transaction and gets its new
// ones in the next (Cayley's kv store cannot mix the two); the document hash
// is among the new quads, so if the second transaction fails the document
// reads as not loaded and loading it again completes it.
func (s *Store) Load(ctx context.Context, ex []schema.Extraction) (LoadStats, error) {
	docs, err := buildDocs(ex)
	if err != nil {
		return LoadStats{}, err
	}
	ld, err := s.NewLoader(ctx)
	if err != nil {
		return LoadStats{}, err
	}
	err = ld.write(ctx, docs)
	st, cerr := ld.Close()
	if err == nil {
		err = cerr
	}
	return st, err
}

// buildDocs validates extractions and turns them into quads.
func buildDocs(ex []schema.Extraction) ([]docQuads, error) {
	docs := make([]docQuads, 0, len(ex))
	for i := range ex {
		d, err := buildDoc(&ex[i], ex[i].Document.Hash())
		if err != nil {
			return nil, fmt.Errorf("%s: %w", docName(&ex[i].Document, i), err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Loader is one load into a store, of any number of extractions and
// files: Store.Load and Store.LoadFile each make one. A load into an empty
// bolt store is a bulk one (see kvBulk): what it writes becomes the
// store's content at Close, so that a build or a load of several files
// into a new store takes the fast way from start to end. Close must be
// called however the load ends.
type Loader struct {
	l   *loader
	err error // the first failure of a write
}

// NewLoader starts a load.
func (s *Store) NewLoader(ctx context.Context) (*Loader, error) {
	l, err := s.newLoader(ctx)
	if err != nil {
		return nil, err
	}
	return &Loader{l: l}, nil
}

// Load validates extractions, writing nothing when one is not valid, and
// then loads them as Store.Load does. A bulk load may write them as late
// as Close; any other has written them when Load returns.
func (ld *Loader) Load(ctx context.Context, ex []schema.Extraction) error {
	docs, err := buildDocs(ex)
	if err != nil {
		return err
	}
	return ld.write(ctx, docs)
}

// write queues documents, writing transactions as they fill.
func (ld *Loader) write(ctx context.Context, docs []docQuads) error {
	return ld.run(ctx, func(yield func(docQuads) error) error {
		for i := range docs {
			err := yield(docs[i])
			docs[i] = docQuads{} // written: let it go
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// run queues the documents that read gives, writing transactions as they
// fill; the transaction begun is written too, but in a bulk load.
func (ld *Loader) run(ctx context.Context, read func(yield func(docQuads) error) error) error {
	if ld.err != nil {
		return ld.err
	}
	ld.l.ctx = ctx
	if ld.err = read(ld.l.doc); ld.err != nil {
		return ld.err
	}
	if !ld.l.bulk {
		if ld.err = ld.l.flush(); ld.err != nil {
			return ld.err
		}
	}
	return nil
}

// Close writes what is pending, unless a write failed, and ends the load.
// It returns what the load did.
func (ld *Loader) Close() (LoadStats, error) {
	if ld.err != nil {
		return ld.l.st, ld.l.end()
	}
	return ld.l.finish()
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

// maxKnown bounds the shared quads a load remembers as stored.
const maxKnown = 1 << 20

// loader writes documents in transactions of about Store.batch quads. A
// document's quads, with the shared quads it introduces, always go into
// one transaction.
type loader struct {
	s   *Store
	ctx context.Context
	st  LoadStats
	// batch is the number of quads per transaction.
	batch int
	// lookupDocs is false when the store was empty when the load began:
	// the documents stored are then those in pending.
	lookupDocs bool
	// lookup is false while the store holds nothing but what this load
	// wrote and remembers in known, or in a bulk load: shared quads then
	// need no lookup.
	lookup bool
	// bulk is set during a bulk load (see bulkLoader): the driver skips
	// stored quads itself, and what the load wrote cannot be read before
	// leaveBulk.
	bulk  bool
	adds  []quad.Quad            // quads of the next transaction
	check []quad.Quad            // shared quads to look up before it
	inTx  map[quad.Quad]struct{} // adds and check, to skip duplicates
	known map[quad.Quad]struct{} // shared quads known to be stored
	// pending holds the hash of every document this load wrote, by IRI.
	pending map[string]string
}

func (s *Store) newLoader(ctx context.Context) (*loader, error) {
	empty, err := s.isEmpty(ctx)
	if err != nil {
		return nil, err
	}
	l := &loader{
		s: s, ctx: ctx, batch: s.batch, lookupDocs: !empty, lookup: !empty,
		inTx:    make(map[quad.Quad]struct{}),
		known:   make(map[quad.Quad]struct{}),
		pending: make(map[string]string),
	}
	if b, ok := s.drv.(bulkLoader); ok {
		batch, bulk, err := b.beginBulk(empty, s.bulkBatch)
		if err != nil {
			return nil, err
		}
		if batch > 0 {
			l.batch = batch
		}
		l.bulk = bulk
		l.lookup = l.lookup && !bulk
	}
	return l, nil
}

// leaveBulk ends a bulk load before the load reads the store: what it
// wrote becomes the store's content, and the rest of the load takes the
// usual way.
func (l *loader) leaveBulk() error {
	if !l.bulk {
		return nil
	}
	if err := l.flush(); err != nil {
		return err
	}
	l.bulk, l.lookup, l.batch = false, true, l.s.batch
	return l.s.drv.(bulkLoader).endBulk()
}

// doc queues one document, writing the pending transaction when it is
// full.
func (l *loader) doc(d docQuads) error {
	if err := l.ctx.Err(); err != nil {
		return err
	}
	d.expand()
	if d.iri != "" {
		l.st.Documents++
	}
	if d.iri != "" && d.hash != "" {
		skip, err := l.prepare(&d)
		if err != nil || skip {
			return err
		}
	}
	if l.bulk {
		// The driver skips quads it wrote already.
		l.adds = append(append(l.adds, d.own...), d.shared...)
	} else {
		for _, q := range d.own {
			if _, dup := l.inTx[q]; !dup {
				l.inTx[q] = struct{}{}
				l.adds = append(l.adds, q)
			}
		}
		for _, q := range d.shared {
			l.addShared(q)
		}
	}
	if len(l.adds)+len(l.check) >= l.batch {
		return l.flush()
	}
	return nil
}

// prepare decides what to do with a kgraph document: skip it (same hash
// stored), replace it (removing its old version now) or add it.
func (l *loader) prepare(d *docQuads) (skip bool, err error) {
	h, wrote := l.pending[d.iri]
	if wrote && h == d.hash {
		l.st.Skipped++
		return true, nil
	}
	if wrote {
		// The earlier version must be stored before it is replaced.
		if err := l.flush(); err != nil {
			return false, err
		}
		if err := l.leaveBulk(); err != nil {
			return false, err
		}
	}
	stored := ""
	if l.lookupDocs || wrote {
		if stored, err = l.s.docHash(l.ctx, d.iri); err != nil {
			return false, err
		}
	}
	if stored == d.hash {
		l.st.Skipped++
		return true, nil
	}
	if stored != "" {
		if err := l.flush(); err != nil {
			return false, err
		}
		if err := l.removeDoc(d.iri, d); err != nil {
			return false, err
		}
		l.st.Replaced++
	}
	l.pending[d.iri] = d.hash
	return false, nil
}

// addShared queues a shared quad unless it is known to be stored.
func (l *loader) addShared(q quad.Quad) {
	if _, ok := l.known[q]; ok {
		return
	}
	if _, dup := l.inTx[q]; dup {
		return
	}
	l.inTx[q] = struct{}{}
	if l.lookup {
		l.check = append(l.check, q)
	} else {
		l.adds = append(l.adds, q)
	}
}

// flush writes the pending transaction.
func (l *loader) flush() error {
	if len(l.check) > 0 {
		found, err := l.s.drv.stored(l.ctx, l.check)
		if err != nil {
			return err
		}
		for i, q := range l.check {
			if !found[i] {
				l.adds = append(l.adds, q)
			}
		}
	}
	if len(l.adds) > 0 {
		n, err := l.s.drv.add(l.ctx, l.adds)
		l.s.desc.clear()
		if err != nil {
			return fmt.Errorf("write quads: %w", err)
		}
		l.st.Quads += n
	}
	if len(l.known) > maxKnown {
		// Forget what is known to be stored rather than grow without
		// bound; from now on shared quads are looked up.
		clear(l.known)
		l.lookup = !l.bulk
	}
	for q := range l.inTx {
		if q.Label == nil {
			l.known[q] = struct{}{}
		}
	}
	l.adds, l.check = l.adds[:0], l.check[:0]
	clear(l.inTx)
	return nil
}

// finish writes what is pending and returns the statistics.
func (l *loader) finish() (LoadStats, error) {
	err := l.flush()
	if e := l.end(); err == nil {
		err = e
	}
	return l.st, err
}

// end ends a bulk load (see bulkLoader); call it however the load ends.
// What a bulk load wrote is kept even when the load fails: whole
// documents.
func (l *loader) end() error {
	defer l.s.desc.clear()
	if b, ok := l.s.drv.(bulkLoader); ok {
		return b.endBulk()
	}
	return nil
}

// removeDoc removes the quads of a stored document that its new version
// (nil when the document is deleted) does not have, and the shared quads
// of every node that the old version referenced and that no document
// references any more, all in one transaction.
func (l *loader) removeDoc(doc string, next *docQuads) error {
	if err := l.leaveBulk(); err != nil {
		return err
	}
	old, err := l.s.quadsWith(l.ctx, quad.Label, iri(doc))
	if err != nil {
		return err
	}
	keep := make(map[quad.Quad]bool)
	refs := make(map[quad.Value]bool)
	if next != nil {
		for _, q := range next.own {
			keep[q] = true
			refs[q.Subject], refs[q.Object] = true, true
		}
		for _, q := range next.shared {
			refs[q.Subject] = true
		}
	}
	gone := make(map[quad.Quad]bool, len(old))
	var del []quad.Quad
	var cands []quad.Value
	seen := make(map[quad.Value]bool)
	for _, q := range old {
		if !keep[q] {
			gone[q] = true
			del = append(del, q)
		}
		for _, v := range []quad.Value{q.Subject, q.Object} {
			if isNode(v) && !refs[v] && !seen[v] {
				seen[v] = true
				cands = append(cands, v)
			}
		}
	}
	for _, c := range cands {
		orphan, err := l.s.unreferenced(l.ctx, c, gone)
		if err != nil {
			return err
		}
		if !orphan {
			continue
		}
		about, err := l.s.quadsWith(l.ctx, quad.Subject, c)
		if err != nil {
			return err
		}
		for _, q := range about {
			if q.Label == nil {
				del = append(del, q)
			}
		}
	}
	err = l.s.drv.remove(l.ctx, del)
	l.s.desc.clear()
	if err != nil {
		return fmt.Errorf("remove old quads of %s: %w", doc, err)
	}
	for _, q := range del {
		delete(l.known, q)
	}
	l.st.Removed += len(del)
	return nil
}

// isNode reports whether v can be the subject of a quad: an IRI or a blank
// node.
func isNode(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return true
	}
	return false
}

// errFound stops an iteration early.
var errFound = errors.New("found")

// unreferenced reports whether no labelled quad but those in gone has node
// as its subject or object: no document mentions it any more.
func (s *Store) unreferenced(ctx context.Context, node quad.Value, gone map[quad.Quad]bool) (bool, error) {
	ref, err := s.qs().ValueOf(node)
	if err != nil {
		return false, fmt.Errorf("look up %v: %w", node, err)
	}
	if ref == nil {
		return true, nil
	}
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		err := iterator.Iterate(ctx, s.qs().QuadIterator(dir, ref)).Paths(false).Each(func(r cgraph.Ref) error {
			q, err := s.qs().Quad(r)
			if err != nil {
				return err
			}
			if q.Label != nil && !gone[q] {
				return errFound
			}
			return nil
		})
		if errors.Is(err, errFound) {
			return false, nil
		}
		if err := s.damaged(err); err != nil {
			return false, fmt.Errorf("read quads of %v: %w", node, err)
		}
	}
	return true, nil
}

// Delete removes documents from the store: their own quads, and the
// entities, aliases and concepts that no other document mentions. A
// document is named by its ID, or by its IRI (kg:doc/ID, with or without
// angle brackets). If any is not stored, Delete removes nothing and
// returns an error naming them. Each document goes in one transaction.
func (s *Store) Delete(ctx context.Context, docs []string) (LoadStats, error) {
	iris := make([]string, 0, len(docs))
	var missing []string
	for _, d := range docs {
		doc := docIRI(d)
		h, err := s.docHash(ctx, doc)
		if err != nil {
			return LoadStats{}, err
		}
		if h == "" {
			missing = append(missing, d)
			continue
		}
		iris = append(iris, doc)
	}
	if len(missing) > 0 {
		return LoadStats{}, fmt.Errorf("delete: no document %s in the store", strings.Join(missing, ", "))
	}
	l, err := s.newLoader(ctx)
	if err != nil {
		return LoadStats{}, err
	}
	defer l.end()
	for _, doc := range iris {
		if err := ctx.Err(); err != nil {
			return l.st, err
		}
		if err := l.removeDoc(doc, nil); err != nil {
			return l.st, err
		}
		l.st.Documents++
	}
	return l.st, nil
}

// docIRI reads a document name as Delete takes it.
func docIRI(name string) string {
	name = strings.TrimSuffix(strings.TrimPrefix(name, "<"), ">")
	if strings.HasPrefix(name, schema.Prefix+"doc/") {
		return name
	}
	if c := schema.CompactIRI(name); strings.HasPrefix(c, schema.Prefix+"doc/") {
		return c
	}
	return schema.DocIRI(name)
}

// isEmptier is a driver that tells cheaply whether it holds no quads.
type isEmptier interface {
	isEmpty(ctx context.Context) (bool, error)
}

// isEmpty reports whether the store holds no quads.
func (s *Store) isEmpty(ctx context.Context) (bool, error) {
	if e, ok := s.drv.(isEmptier); ok {
		return e.isEmpty(ctx)
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
	qs, err := quadsWith(ctx, s.qs(), dir, v)
	return qs, s.damaged(err)
}
