package graph

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha1"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bbolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/kgraph/kgraph/schema"
)

// nodeReader reads the quads around given nodes, for the indexed reads of
// kgraph serve (see neighbourhood.go). One serves one request: it may hold
// a read transaction and remember the values it read. The quads it returns
// have no label, and a subject, predicate and object that several quads
// share (an alias that many documents give) come once. The quads of a
// predicate come in the order they were written; predicates in any order.
type nodeReader interface {
	// out returns the quads whose subject is node and whose predicate is
	// one of preds, or any when there are none.
	out(node string, preds ...string) ([]quad.Quad, error)
	// in returns the quads whose object is node and predicate pred, in
	// any order.
	in(node, pred string) ([]quad.Quad, error)
	// close ends the reads.
	close()
}

// batchReader is a nodeReader that reads the quads of many nodes faster
// together than one by one.
type batchReader interface {
	// outMany returns out(node, preds...) for each of nodes.
	outMany(nodes []string, preds ...string) ([][]quad.Quad, error)
}

// outMany returns out(node, preds...) for each of nodes, in one pass when
// the reader can.
func (r *reads) outMany(nodes []string, preds ...string) ([][]quad.Quad, error) {
	if b, ok := r.nodeReader.(batchReader); ok {
		return b.outMany(nodes, preds...)
	}
	out := make([][]quad.Quad, len(nodes))
	for i, n := range nodes {
		qs, err := r.out(n, preds...)
		if err != nil {
			return nil, err
		}
		out[i] = qs
	}
	return out, nil
}

// nodeReaderOpener is a driver with a faster nodeReader than Cayley's
// iterators give.
type nodeReaderOpener interface {
	nodeReader(ctx context.Context) (nodeReader, bool)
}

// nodeReader returns the fastest reader the store has.
func (s *Store) nodeReader(ctx context.Context) nodeReader {
	if o, ok := s.drv.(nodeReaderOpener); ok {
		if r, ok := o.nodeReader(ctx); ok {
			return r
		}
	}
	return &cayleyReader{s: s, ctx: ctx}
}

// cayleyReader reads through Cayley's quad iterators.
type cayleyReader struct {
	s   *Store
	ctx context.Context
}

func (r *cayleyReader) out(node string, preds ...string) ([]quad.Quad, error) {
	return r.with(quad.Subject, node, preds)
}

func (r *cayleyReader) in(node, pred string) ([]quad.Quad, error) {
	return r.with(quad.Object, node, []string{pred})
}

func (r *cayleyReader) with(dir quad.Direction, node string, preds []string) ([]quad.Quad, error) {
	qs, err := r.s.quadsWith(r.ctx, dir, iri(node))
	if err != nil {
		return nil, err
	}
	seen := make(map[quad.Quad]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		q.Label = nil
		if (len(preds) == 0 || slices.Contains(preds, value(q.Predicate))) && !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out, nil
}

func (r *cayleyReader) close() {}

// kvReader reads Cayley's kv layout on bolt directly, in one read
// transaction: a node's ID from its value bucket, the IDs of its quads from
// the index whose key starts with it (and the predicate), and the quads and
// their values from the log, each value read once per request. Cayley's
// iterators read the same entries, with a transaction and a decoding of
// every value for each quad.
type kvReader struct {
	d     *boltDriver
	tx    *bbolt.Tx
	log   *bbolt.Bucket
	byS   kvIndex // an index whose key starts with the subject
	byOP  kvIndex // one whose key starts with the object and predicate
	ids   map[string]uint64
	vals  map[uint64]quad.Value
	hbuf  []byte
	logc  *bbolt.Cursor
	logAt uint64 // the key logc is at, 0 if none
}

// kvIndex is an index of the store open for reading.
type kvIndex struct {
	b    *bbolt.Bucket
	dirs []quad.Direction
}

// nodeReader opens a kvReader, unless the store's indexes do not suit it.
func (b *boltDriver) nodeReader(context.Context) (r nodeReader, ok bool) {
	var err error
	defer guard()()
	defer b.g.catch(&err)
	tx, err := b.db.Begin(false)
	if err != nil {
		return nil, false
	}
	kr := &kvReader{d: b, tx: tx, log: tx.Bucket(kvLog), ids: make(map[string]uint64), vals: make(map[uint64]quad.Value)}
	if meta := tx.Bucket(kvMeta); meta != nil && kr.log != nil {
		if indexes, err := readQuadIndexes(meta); err == nil {
			for _, ind := range indexes {
				bk := tx.Bucket(indexBucket(ind))
				switch {
				case bk == nil:
				case ind.Dirs[0] == quad.Subject && (kr.byS.b == nil || len(ind.Dirs) > 1 && ind.Dirs[1] == quad.Predicate):
					kr.byS = kvIndex{bk, ind.Dirs}
				case len(ind.Dirs) > 1 && ind.Dirs[0] == quad.Object && ind.Dirs[1] == quad.Predicate:
					kr.byOP = kvIndex{bk, ind.Dirs}
				}
			}
		}
	}
	if kr.byS.b == nil || kr.byOP.b == nil {
		_ = tx.Rollback()
		return nil, false
	}
	return kr, true
}

func (r *kvReader) close() {
	defer guard()()
	var err error
	defer r.d.g.catch(&err)
	_ = r.tx.Rollback()
}

func (r *kvReader) out(node string, preds ...string) (qs []quad.Quad, err error) {
	return r.read(r.byS, quad.Subject, node, preds)
}

func (r *kvReader) in(node, pred string) (qs []quad.Quad, err error) {
	return r.read(r.byOP, quad.Object, node, []string{pred})
}

// read returns the quads with node in direction dir and a predicate of
// preds (any when there are none), through index ind, whose key starts
// with dir.
func (r *kvReader) read(ind kvIndex, dir quad.Direction, node string, preds []string) (qs []quad.Quad, err error) {
	defer guard()()
	defer r.d.g.catch(&err)
	links, err := r.links(ind, dir, node, preds)
	if err != nil {
		return nil, err
	}
	// Then their values, in the order of the quads.
	for _, p := range links {
		var q quad.Quad
		for i, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object} {
			v, err := r.value(p.ids[i])
			if err != nil {
				return nil, err
			}
			q.Set(d, v)
		}
		qs = append(qs, q)
	}
	return qs, nil
}

// inIDs returns the IDs of the subjects of the quads whose object is node
// and predicate pred, sorted, each once: what in returns, without reading
// the subjects' values. Unless checked, it takes the subjects from the keys
// of an index on object, predicate and subject without reading the quads
// from the log: then it also returns the subjects of deleted quads, whose
// index entries Cayley keeps.
func (r *kvReader) inIDs(node, pred string, checked bool) (ids []uint64, err error) {
	defer guard()()
	defer r.d.g.catch(&err)
	if ind := r.byOP; !checked && slices.Equal(ind.dirs, []quad.Direction{quad.Object, quad.Predicate, quad.Subject}) {
		id, err := r.id(node)
		if err != nil || id == 0 {
			return nil, err
		}
		pid, err := r.id(pred)
		if err != nil || pid == 0 {
			return nil, err
		}
		prefix := binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, id), pid)
		c := ind.b.Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			if len(k) != 24 {
				return nil, fmt.Errorf("index entry of %s: %w", node, errBadEntry)
			}
			ids = append(ids, binary.BigEndian.Uint64(k[16:]))
		}
		return ids, nil // sorted: the keys are, and each key is once
	}
	links, err := r.links(r.byOP, quad.Object, node, []string{pred})
	if err != nil {
		return nil, err
	}
	ids = make([]uint64, len(links))
	for i, p := range links {
		ids[i] = p.ids[0]
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}

// links returns the log entries of the quads read returns, each subject,
// predicate and object once; call it under guard.
func (r *kvReader) links(ind kvIndex, dir quad.Direction, node string, preds []string) ([]link, error) {
	id, err := r.id(node)
	if err != nil || id == 0 {
		return nil, err
	}
	var pids []uint64
	for _, p := range preds {
		pid, err := r.id(p)
		if err != nil {
			return nil, err
		}
		if pid != 0 {
			pids = append(pids, pid)
		}
	}
	if len(preds) > 0 && len(pids) == 0 {
		return nil, nil // no such predicate
	}
	prefix := binary.BigEndian.AppendUint64(nil, id)
	byPred := len(pids) > 0 && len(ind.dirs) > 1 && ind.dirs[1] == quad.Predicate
	if len(pids) == 1 && byPred {
		prefix = binary.BigEndian.AppendUint64(prefix, pids[0])
	}
	// The IDs of the quads, read from the log in ascending order (the
	// index lists them by key, that is by predicate or subject). When the
	// key holds the predicate, the entries of other predicates are passed
	// over without reading their quads (a statement node has about 20
	// quads, a neighbourhood reads 11 of them).
	var qids []uint64
	c := ind.b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if byPred && len(pids) > 1 && len(k) >= 16 && !slices.Contains(pids, binary.BigEndian.Uint64(k[8:16])) {
			continue
		}
		for len(v) > 0 {
			qid, n := binary.Uvarint(v)
			if n <= 0 {
				return nil, fmt.Errorf("index entry of %s: %w", node, errBadEntry)
			}
			qids, v = append(qids, qid), v[n:]
		}
	}
	slices.Sort(qids)
	links := make([]link, 0, len(qids))
	seen := make(map[[3]uint64]bool, len(qids))
	for _, qid := range qids {
		p, err := r.link(qid)
		if err != nil {
			return nil, err
		}
		if p.deleted || p.ids[dirIndex(dir)] != id || len(pids) > 0 && !slices.Contains(pids, p.ids[1]) || seen[[3]uint64(p.ids[:3])] {
			continue
		}
		seen[[3]uint64(p.ids[:3])] = true
		p.value = nil
		links = append(links, p)
	}
	return links, nil
}

var _ batchReader = (*kvReader)(nil)

// outMany reads the quads of many nodes as read does, in one ascending
// pass over the index (nodes in the order of their IDs, the cursor
// stepping to the next one when it is near) and one over the log (every
// quad ID of every node sorted): a statement's node and quads were written
// together, so a neighbourhood's reads go forward through the file rather
// than searching it from the root for each statement.
func (r *kvReader) outMany(nodes []string, preds ...string) (out [][]quad.Quad, err error) {
	defer guard()()
	defer r.d.g.catch(&err)
	ids := make([]uint64, len(nodes))
	for i, n := range nodes {
		if ids[i], err = r.id(n); err != nil {
			return nil, err
		}
	}
	return r.outManyIDs(ids, true, preds...)
}

// outManyIDs is outMany of nodes given by their IDs (0: none), leaving
// the quads' subject nil unless withSubject.
func (r *kvReader) outManyIDs(ids []uint64, withSubject bool, preds ...string) (out [][]quad.Quad, err error) {
	defer guard()()
	defer r.d.g.catch(&err)
	ind := r.byS
	out = make([][]quad.Quad, len(ids))
	var pids []uint64
	for _, p := range preds {
		pid, err := r.id(p)
		if err != nil {
			return nil, err
		}
		if pid != 0 {
			pids = append(pids, pid)
		}
	}
	if len(preds) > 0 && len(pids) == 0 {
		return out, nil // no such predicate
	}
	byPred := len(pids) > 0 && len(ind.dirs) > 1 && ind.dirs[1] == quad.Predicate
	type node struct {
		id uint64
		i  int
	}
	ns := make([]node, 0, len(ids))
	for i, id := range ids {
		if id != 0 {
			ns = append(ns, node{id, i})
		}
	}
	slices.SortFunc(ns, func(a, b node) int { return cmp.Compare(a.id, b.id) })
	// The quad IDs of every node, with the node they are of.
	type ref struct{ qid, node uint64 }
	refs := make([]ref, 0, len(ns)*(len(pids)+1))
	c := ind.b.Cursor()
	var k, v []byte
	var prefix [8]byte
	for j, n := range ns {
		if j > 0 && n.id == ns[j-1].id {
			continue
		}
		binary.BigEndian.PutUint64(prefix[:], n.id)
		// Step from where the last node's entries ended when the next
		// node is near, else search.
		steps := 0
		for k != nil && bytes.Compare(k[:min(8, len(k))], prefix[:]) < 0 && steps < 32 {
			k, v = c.Next()
			steps++
		}
		if k == nil || bytes.Compare(k[:min(8, len(k))], prefix[:]) < 0 || j == 0 {
			k, v = c.Seek(prefix[:])
		}
		for ; k != nil && bytes.HasPrefix(k, prefix[:]); k, v = c.Next() {
			if byPred && len(k) >= 16 && !slices.Contains(pids, binary.BigEndian.Uint64(k[8:16])) {
				continue
			}
			for len(v) > 0 {
				qid, m := binary.Uvarint(v)
				if m <= 0 {
					return nil, fmt.Errorf("index entry of node %d: %w", n.id, errBadEntry)
				}
				refs, v = append(refs, ref{qid, n.id}), v[m:]
			}
		}
	}
	slices.SortFunc(refs, func(a, b ref) int { return cmp.Compare(a.qid, b.qid) })
	// The quads' log entries in ascending order; then grouped by node
	// (stably: in the order of writing within a node).
	type nodeLink struct {
		node uint64
		ids  [3]uint64
	}
	links := make([]nodeLink, 0, len(refs))
	for _, rf := range refs {
		p, err := r.link(rf.qid)
		if err != nil {
			return nil, err
		}
		if p.deleted || p.ids[0] != rf.node || len(pids) > 0 && !slices.Contains(pids, p.ids[1]) {
			continue
		}
		links = append(links, nodeLink{rf.node, [3]uint64(p.ids[:3])})
	}
	slices.SortStableFunc(links, func(a, b nodeLink) int { return cmp.Compare(a.node, b.node) })
	// Then their values, a quad once however many labels it has.
	quads := make([]quad.Quad, 0, len(links))
	starts := make(map[uint64][2]int, len(ns))
	for i := 0; i < len(links); {
		j, from := i, len(quads)
		for ; j < len(links) && links[j].node == links[i].node; j++ {
			if slices.ContainsFunc(links[i:j], func(l nodeLink) bool { return l.ids == links[j].ids }) {
				continue
			}
			var q quad.Quad
			for k, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object} {
				if d == quad.Subject && !withSubject {
					continue
				}
				v, err := r.value(links[j].ids[k])
				if err != nil {
					return nil, err
				}
				q.Set(d, v)
			}
			quads = append(quads, q)
		}
		starts[links[i].node] = [2]int{from, len(quads)}
		i = j
	}
	for _, n := range ns {
		if se, ok := starts[n.id]; ok {
			out[n.i] = quads[se[0]:se[1]:se[1]]
		}
	}
	return out, nil
}

// errBadEntry is a kv entry that does not decode.
var errBadEntry = errors.New("bad entry")

// id returns the ID of an IRI node, 0 when the store does not have it.
func (r *kvReader) id(node string) (uint64, error) {
	if id, ok := r.ids[node]; ok {
		return id, nil
	}
	r.hbuf = append(append(append(r.hbuf[:0], '<'), node...), '>')
	var id uint64
	h := refs.ValueHash(sha1.Sum(r.hbuf))
	if bk := r.tx.Bucket([]byte{'v', h[0], h[1]}); bk != nil {
		if v := bk.Get(h[:]); v != nil {
			var n int
			if id, n = binary.Uvarint(v); n <= 0 {
				return 0, fmt.Errorf("node %s: %w", node, errBadEntry)
			}
		}
	}
	r.ids[node] = id
	return id, nil
}

// link is what readers need of a quad's log entry.
type link struct {
	ids     [4]uint64 // subject, predicate, object, label
	deleted bool
	value   []byte // of a node
}

// entry reads a log entry, nil when there is none. The quads of a node
// were mostly written together, with IDs close to each other: the log's
// cursor steps to the next ones rather than searching the log again.
func (r *kvReader) entry(id uint64) []byte {
	if r.logc == nil {
		r.logc = r.log.Cursor()
	}
	var want [8]byte
	binary.BigEndian.PutUint64(want[:], id)
	var k, v []byte
	if r.logAt != 0 && id > r.logAt && id-r.logAt <= 16 {
		for k, v = r.logc.Next(); k != nil && bytes.Compare(k, want[:]) < 0; k, v = r.logc.Next() {
		}
	} else {
		k, v = r.logc.Seek(want[:])
	}
	if k == nil {
		r.logAt = 0
		return nil
	}
	r.logAt = binary.BigEndian.Uint64(k)
	if r.logAt != id {
		return nil
	}
	return v
}

// link decodes a log entry (Cayley's Primitive) of a quad or node.
func (r *kvReader) link(id uint64) (link, error) {
	var l link
	b := r.entry(id)
	if b == nil {
		return link{deleted: true}, nil // a quad whose entry is gone
	}
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return l, fmt.Errorf("log entry %d: %w", id, errBadEntry)
		}
		b = b[n:]
		switch {
		case typ == protowire.VarintType:
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return l, fmt.Errorf("log entry %d: %w", id, errBadEntry)
			}
			b = b[n:]
			switch num {
			case primSubject, primPredicate, primObject, primLabel:
				l.ids[num-primSubject] = v
			case primDeleted:
				l.deleted = v != 0
			}
		case num == primValue && typ == protowire.BytesType:
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return l, fmt.Errorf("log entry %d: %w", id, errBadEntry)
			}
			l.value, b = v, b[n:]
		default:
			n := protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return l, fmt.Errorf("log entry %d: %w", id, errBadEntry)
			}
			b = b[n:]
		}
	}
	return l, nil
}

// nodeValue returns the value of node id (nil for 0).
func (r *kvReader) nodeValue(id uint64) (v quad.Value, err error) {
	defer guard()()
	defer r.d.g.catch(&err)
	return r.value(id)
}

// value returns the value of node id (nil for 0); call it under guard.
func (r *kvReader) value(id uint64) (quad.Value, error) {
	if id == 0 {
		return nil, nil
	}
	if v, ok := r.vals[id]; ok {
		return v, nil
	}
	p, err := r.link(id)
	if err != nil {
		return nil, err
	}
	if len(p.value) == 0 {
		return nil, fmt.Errorf("node %d: not in the log", id)
	}
	v, err := pquads.UnmarshalValue(p.value)
	if err != nil {
		return nil, fmt.Errorf("node %d: %w", id, err)
	}
	r.vals[id] = v
	if s, ok := v.(quad.IRI); ok {
		r.ids[string(s)] = id
	}
	return v, nil
}

// reads is what one indexed read of the store uses: its nodeReader and the
// store's descriptions of entities.
type reads struct {
	nodeReader
	desc *descCache
}

// reads starts an indexed read; close it.
func (s *Store) reads(ctx context.Context) *reads {
	r := &reads{nodeReader: s.nodeReader(ctx)}
	if !s.backend.shared {
		r.desc = &s.desc
	}
	return r
}

// descCache remembers the entities described (name, aliases, subtype) until
// the store is written: describing a country reads an alias quad of every
// document that names it. kgraph serve fills it at its start (Entities,
// for the search box), so that its maps find every actor described. Stores
// that other processes write (PostgreSQL) describe afresh every time: a
// nil descCache remembers nothing.
type descCache struct {
	mu sync.Mutex
	m  map[string]schema.Entity
}

// maxDescribed bounds a descCache.
const maxDescribed = 1 << 18

func (c *descCache) get(id string) (schema.Entity, bool) {
	if c == nil {
		return schema.Entity{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[id]
	return e, ok
}

func (c *descCache) put(e schema.Entity) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxDescribed {
		c.m = make(map[string]schema.Entity)
	}
	c.m[e.ID] = e
}

// clear forgets every description: call it when the store is written.
func (c *descCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m = nil
}
