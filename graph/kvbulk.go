package graph

import (
	"bytes"
	"cmp"
	"container/heap"
	"crypto/sha1"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"time"

	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	bbolt "go.etcd.io/bbolt"
)

// kvBulk fills a new bolt file in the very layout Cayley's own writer
// (graph/kv, ApplyDeltas) gives a store, for a load into an empty store;
// at the end the new file replaces the store's (see boltDriver.endBulk).
//
// Cayley's writer looks each value of each quad up, checks that the quad
// is not stored, and reads and rewrites the index entries and reference
// counts it touches, one transaction per batch. Its layout spreads the
// nodes over 65,536 buckets by the first two bytes of their hashes, so
// that every large transaction rewrites nearly all of them. kvBulk holds
// what it needs in memory instead: every node with its ID and reference
// count, and each quad's index keys. While the load runs it appends only
// the log (the "log" bucket: a Primitive per node and per quad, under its
// 8-byte big-endian ID, IDs given in ascending order); at the end it
// writes, each once and in key order, so that bolt only ever appends:
//
//   - the reference count of each node ("n" + the first two bytes of the
//     value's hash, key the hash, value a uvarint): the number of quads,
//     direction by direction, that use it;
//   - the ID of each node ("v" + two hash bytes, key the hash);
//   - each quad index (a bucket named by its directions, "sp" and "ops";
//     key the big-endian IDs of the quad in those directions, value the
//     uvarint IDs of the quads that have them, ascending);
//   - the store's horizon (last ID given) and size (quads) in "meta".
//
// The store's file is replaced only when all is written and synced: a
// crash before leaves the store as it was, every document unloaded. The
// tests compare a store written so with one Cayley wrote, entry for entry.
type kvBulk struct {
	db      *bbolt.DB
	file    string // the new file
	indexes []kv.QuadIndex
	lookup  int    // the index with subject, predicate and object
	horizon uint32 // the last ID given
	size    int64  // quads written
	nodes   map[refs.ValueHash]kvNode
	// unlabelled holds the quads written without a label: the loader
	// gives the shared quads of an entity with every document that
	// mentions it.
	unlabelled map[[3]uint32]struct{}
	// runs holds, for each index, a run of entries per batch, sorted.
	runs [][][]indexEntry
}

// kvNode is a node of the new file: its ID and how many quad directions
// use it. IDs fit 32 bits: four billion nodes and quads would make a file
// of hundreds of gigabytes.
type kvNode struct {
	id, refs uint32
}

// indexEntry is a quad in one index: its key (the IDs in the index's
// directions) and its ID.
type indexEntry struct {
	key [3]uint32
	id  uint32
}

// Cayley's kv buckets and meta keys (graph/kv/indexing.go).
var (
	kvMeta    = []byte("meta")
	kvVersion = []byte("version")
	kvLog     = []byte("log")
	kvHorizon = []byte("horizon")
	kvSize    = []byte("size")
	kvIndexes = []byte("indexes")
)

// errBulkFull is returned when a load into a new store would give more
// IDs than kvBulk holds.
var errBulkFull = errors.New("too many nodes and quads for one load into a new store")

// newKVBulk creates the new file and lays out an empty Cayley store in it
// as kv.Init does: the buckets of the log and of the quad indexes, and the
// meta bucket with the data version and the list of indexes, copied from
// the store's file.
func newKVBulk(store *bbolt.DB, file string) (*kvBulk, error) {
	var indexes []kv.QuadIndex
	meta := make(map[string][]byte)
	err := store.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(kvMeta)
		if b == nil {
			return fmt.Errorf("no %q bucket", kvMeta)
		}
		for _, k := range [][]byte{kvVersion, kvIndexes} {
			meta[string(k)] = bytes.Clone(b.Get(k))
		}
		var err error
		indexes, err = readQuadIndexes(b)
		return err
	})
	if err != nil {
		return nil, err
	}
	w := &kvBulk{
		file: file, indexes: indexes, lookup: -1, runs: make([][][]indexEntry, len(indexes)),
		nodes: make(map[refs.ValueHash]kvNode), unlabelled: make(map[[3]uint32]struct{}),
	}
	for i, ind := range indexes {
		if len(ind.Dirs) == 3 {
			w.lookup = i
		}
	}
	if w.lookup < 0 {
		return nil, fmt.Errorf("no quad index on subject, predicate and object")
	}
	if err := os.Remove(file); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if w.db, err = bbolt.Open(file, 0o644, &bbolt.Options{NoSync: true, NoGrowSync: true, InitialMmapSize: initialMmap}); err != nil {
		return nil, err
	}
	err = w.db.Update(func(tx *bbolt.Tx) error {
		for _, name := range append([][]byte{kvMeta, kvLog}, indexBuckets(indexes)...) {
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		b := tx.Bucket(kvMeta)
		for k, v := range meta {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		w.discard()
		return nil, err
	}
	return w, nil
}

// indexBuckets names the buckets of indexes.
func indexBuckets(indexes []kv.QuadIndex) [][]byte {
	var out [][]byte
	for _, ind := range indexes {
		out = append(out, indexBucket(ind))
	}
	return out
}

// readQuadIndexes reads the store's list of quad indexes as Cayley wrote
// it at creation: kvBulk takes indexes on up to three of subject,
// predicate and object (as Cayley's default ones are).
func readQuadIndexes(meta *bbolt.Bucket) ([]kv.QuadIndex, error) {
	data := meta.Get(kvIndexes)
	if len(data) == 0 {
		return nil, fmt.Errorf("no list of quad indexes (a store of Cayley before 0.7.6)")
	}
	var out []kv.QuadIndex
	if err := json.Unmarshal(data, &out); err != nil || len(out) == 0 {
		return nil, fmt.Errorf("list of quad indexes %q: %v", data, err)
	}
	for _, ind := range out {
		if ind.Unique || len(ind.Dirs) == 0 || len(ind.Dirs) > 3 || slices.Contains(ind.Dirs, quad.Label) {
			return nil, fmt.Errorf("quad index %v not supported", ind.Dirs)
		}
	}
	return out, nil
}

// discard closes and removes the new file.
func (w *kvBulk) discard() {
	if w.db != nil {
		w.db.Close()
		w.db = nil
	}
	os.Remove(w.file)
}

// kvBatch is what one transaction of a kvBulk writes.
type kvBatch struct {
	w     *kvBulk
	tx    *bbolt.Tx
	log   *bbolt.Bucket
	start uint32 // the horizon before the batch: IDs above are new
	next  uint32 // the last ID given in the batch
	nodes []batchNode
	byVal map[quad.Value]int32 // index in nodes
	seen  map[[4]uint32]struct{}
	index [][]indexEntry // by w.indexes
	quads int64
	now   int64
	mem   arena
	hbuf  []byte // for hashOf
	// scratch is where log entries are encoded before the arena gets
	// them.
	scratch []byte
}

// batchNode is a node a batch uses.
type batchNode struct {
	hash refs.ValueHash
	node kvNode // refs after the batch
}

// arena hands out byte slices that live until the transaction commits, as
// bolt's Put needs them to, with few allocations.
type arena struct{ buf []byte }

func (a *arena) alloc(n int) []byte {
	if n > len(a.buf) {
		a.buf = make([]byte, max(n, 1<<20))
	}
	out := a.buf[:n:n]
	a.buf = a.buf[n:]
	return out
}

// copy returns a copy of p that lives until the commit.
func (a *arena) copy(p []byte) []byte {
	out := a.alloc(len(p))
	copy(out, p)
	return out
}

// write adds quads in one transaction; quads already written are ignored.
// It returns how many it wrote.
func (w *kvBulk) write(quads []quad.Quad) (int, error) {
	tx, err := w.db.Begin(true)
	if err != nil {
		return 0, err
	}
	defer func() { _ = tx.Rollback() }() // a no-op after Commit
	b := &kvBatch{
		w: w, tx: tx, log: tx.Bucket(kvLog), start: w.horizon, next: w.horizon,
		byVal: make(map[quad.Value]int32, len(quads)),
		seen:  make(map[[4]uint32]struct{}, len(quads)),
		index: make([][]indexEntry, len(w.indexes)),
		now:   time.Now().UnixNano(),
	}
	b.log.FillPercent = 1 // only ever appended to
	for _, q := range quads {
		if err := b.add(q); err != nil {
			return 0, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	for _, n := range b.nodes {
		w.nodes[n.hash] = n.node
	}
	for ids := range b.seen {
		if ids[3] == 0 {
			w.unlabelled[[3]uint32(ids[:3])] = struct{}{}
		}
	}
	for i, entries := range b.index {
		slices.SortFunc(entries, compareEntries)
		w.runs[i] = append(w.runs[i], entries)
	}
	w.horizon = b.next
	w.size += b.quads
	return int(b.quads), nil
}

// compareEntries orders index entries by key, then ID.
func compareEntries(x, y indexEntry) int {
	if c := slices.Compare(x.key[:], y.key[:]); c != 0 {
		return c
	}
	return cmp.Compare(x.id, y.id)
}

// add adds a quad to the batch unless it is written or in the batch.
func (b *kvBatch) add(q quad.Quad) error {
	var ids [4]uint32
	var nodes [4]int32
	fresh := false
	for i, v := range [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		nodes[i] = -1
		if v == nil {
			continue
		}
		k, err := b.node(v)
		if err != nil {
			return err
		}
		nodes[i], ids[i] = k, b.nodes[k].node.id
		fresh = fresh || ids[i] > b.start
	}
	if _, dup := b.seen[ids]; dup {
		return nil
	}
	if ids[3] == 0 {
		if _, dup := b.w.unlabelled[[3]uint32(ids[:3])]; dup {
			return nil
		}
	} else if !fresh {
		written, err := b.written(ids)
		if err != nil || written {
			return err
		}
	}
	b.seen[ids] = struct{}{}
	for _, k := range nodes {
		if k >= 0 {
			b.nodes[k].node.refs++
		}
	}
	id, err := b.newID()
	if err != nil {
		return err
	}
	b.quads++
	if err := b.putLog(id, b.quadPrimitive(id, ids)); err != nil {
		return err
	}
	for i, ind := range b.w.indexes {
		e := indexEntry{id: id}
		for j, d := range ind.Dirs {
			e.key[j] = ids[dirIndex(d)]
		}
		b.index[i] = append(b.index[i], e)
	}
	return nil
}

// newID gives the next ID.
func (b *kvBatch) newID() (uint32, error) {
	if b.next == math.MaxUint32 {
		return 0, errBulkFull
	}
	b.next++
	return b.next, nil
}

// putLog appends an entry to the log.
func (b *kvBatch) putLog(id uint32, data []byte) error {
	k := b.mem.alloc(8)
	binary.BigEndian.PutUint64(k, uint64(id))
	if err := b.log.Put(k, data); err != nil {
		return fmt.Errorf("log: %w", err)
	}
	return nil
}

// dirIndex is the position of a direction in a quad's [4] arrays.
func dirIndex(d quad.Direction) int {
	switch d {
	case quad.Subject:
		return 0
	case quad.Predicate:
		return 1
	case quad.Object:
		return 2
	}
	return 3
}

// node returns the batch's node for v, giving it an ID (and a log entry)
// when it is new.
func (b *kvBatch) node(v quad.Value) (int32, error) {
	if k, ok := b.byVal[v]; ok {
		return k, nil
	}
	h := b.hashOf(v)
	k := int32(len(b.nodes))
	if n, ok := b.w.nodes[h]; ok {
		b.nodes = append(b.nodes, batchNode{hash: h, node: n})
	} else {
		id, err := b.newID()
		if err != nil {
			return 0, err
		}
		data, err := b.nodePrimitive(id, v)
		if err != nil {
			return 0, fmt.Errorf("value %v: %w", v, err)
		}
		if err := b.putLog(id, data); err != nil {
			return 0, err
		}
		b.nodes = append(b.nodes, batchNode{hash: h, node: kvNode{id: id}})
	}
	b.byVal[v] = k
	return k, nil
}

// hashOf is Cayley's hash of a value (refs.HashOf): SHA-1 of its N-Quads
// form, without the allocations for IRIs.
func (b *kvBatch) hashOf(v quad.Value) refs.ValueHash {
	if s, ok := v.(quad.IRI); ok {
		b.hbuf = append(append(append(b.hbuf[:0], '<'), s...), '>')
		return sha1.Sum(b.hbuf)
	}
	return refs.HashOf(v)
}

// Field numbers of Cayley's Primitive (graph/proto/primitive.proto) and of
// the string and IRI values of pquads.Value (quad/pquads/quads.proto).
const (
	primID, primSubject, primPredicate, primObject, primLabel = 1, 2, 3, 4, 5
	primTimestamp, primValue, primDeleted                     = 7, 8, 9
	valueStr, valueIRI                                        = 2, 3
)

// nodePrimitive encodes the log entry of a new node as proto.Marshal
// encodes Cayley's Primitive{ID, Timestamp, Value}.
func (b *kvBatch) nodePrimitive(id uint32, v quad.Value) ([]byte, error) {
	var val []byte
	switch v := v.(type) {
	case quad.IRI:
		val = protowire.AppendString(protowire.AppendTag(nil, valueIRI, protowire.BytesType), string(v))
	case quad.String:
		val = protowire.AppendString(protowire.AppendTag(nil, valueStr, protowire.BytesType), string(v))
	default:
		var err error
		if val, err = pquads.MarshalValue(v); err != nil {
			return nil, err
		}
	}
	p := appendUintField(b.scratch[:0], primID, uint64(id))
	p = appendUintField(p, primTimestamp, uint64(b.now))
	p = protowire.AppendTag(p, primValue, protowire.BytesType)
	b.scratch = protowire.AppendBytes(p, val)
	return b.mem.copy(b.scratch), nil
}

// quadPrimitive encodes the log entry of a quad as proto.Marshal encodes
// Cayley's Primitive{ID, Subject, Predicate, Object, Label, Timestamp}.
func (b *kvBatch) quadPrimitive(id uint32, ids [4]uint32) []byte {
	p := appendUintField(b.scratch[:0], primID, uint64(id))
	for i, f := range []protowire.Number{primSubject, primPredicate, primObject, primLabel} {
		p = appendUintField(p, f, uint64(ids[i]))
	}
	b.scratch = appendUintField(p, primTimestamp, uint64(b.now))
	return b.mem.copy(b.scratch)
}

// appendUintField appends a varint field, omitted when 0 as proto3 does.
func appendUintField(p []byte, f protowire.Number, v uint64) []byte {
	if v == 0 {
		return p
	}
	return protowire.AppendVarint(protowire.AppendTag(p, f, protowire.VarintType), v)
}

// written reports whether an earlier batch wrote a labelled quad: its subject,
// predicate and object are looked up in the sorted runs of the index that
// has all three, and its label in the log entries found.
func (b *kvBatch) written(ids [4]uint32) (bool, error) {
	var key [3]uint32
	for j, d := range b.w.indexes[b.w.lookup].Dirs {
		key[j] = ids[dirIndex(d)]
	}
	for _, run := range b.w.runs[b.w.lookup] {
		i, _ := slices.BinarySearchFunc(run, key, func(e indexEntry, k [3]uint32) int { return slices.Compare(e.key[:], k[:]) })
		for ; i < len(run) && run[i].key == key; i++ {
			var k [8]byte
			binary.BigEndian.PutUint64(k[:], uint64(run[i].id))
			var p cproto.Primitive
			if err := proto.Unmarshal(b.log.Get(k[:]), &p); err != nil {
				return false, fmt.Errorf("log entry %d: %w", run[i].id, err)
			}
			if p.Label == uint64(ids[3]) {
				return true, nil
			}
		}
	}
	return false, nil
}

// finishTx bounds the puts of one transaction when kvBulk writes its
// nodes and indexes: bolt holds a transaction's pages in memory until it
// commits.
const finishTx = 1 << 18

// finish writes the nodes, the indexes and the meta of the new file and
// closes it, synced.
func (w *kvBulk) finish() error {
	nodes := make([]batchNode, 0, len(w.nodes))
	for h, n := range w.nodes {
		nodes = append(nodes, batchNode{hash: h, node: n})
	}
	w.nodes = nil
	slices.SortFunc(nodes, func(x, y batchNode) int { return bytes.Compare(x.hash[:], y.hash[:]) })
	for _, kind := range []byte{'n', 'v'} {
		if err := w.putNodes(kind, nodes); err != nil {
			return err
		}
	}
	nodes = nil
	for i, ind := range w.indexes {
		if err := w.putIndex(ind, w.runs[i]); err != nil {
			return err
		}
		w.runs[i] = nil
	}
	err := w.db.Update(func(tx *bbolt.Tx) error {
		meta := tx.Bucket(kvMeta)
		for _, m := range []struct {
			key []byte
			v   uint64
		}{{kvHorizon, uint64(w.horizon)}, {kvSize, uint64(w.size)}} {
			var v [8]byte
			binary.LittleEndian.PutUint64(v[:], m.v)
			if err := meta.Put(m.key, v[:]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("meta: %w", err)
	}
	if err := w.db.Sync(); err != nil {
		return err
	}
	err = w.db.Close()
	w.db = nil
	return err
}

// txWriter writes key-ordered puts in transactions of at most finishTx
// puts.
type txWriter struct {
	db  *bbolt.DB
	tx  *bbolt.Tx
	n   int
	mem arena
}

// begin returns the open transaction, committing the one before when it
// is full.
func (t *txWriter) begin() (*bbolt.Tx, bool, error) {
	if t.tx != nil && t.n < finishTx {
		return t.tx, false, nil
	}
	if err := t.commit(); err != nil {
		return nil, false, err
	}
	tx, err := t.db.Begin(true)
	t.tx, t.n, t.mem = tx, 0, arena{}
	return tx, true, err
}

func (t *txWriter) commit() error {
	if t.tx == nil {
		return nil
	}
	err := t.tx.Commit()
	t.tx = nil
	return err
}

func (t *txWriter) rollback() {
	if t.tx != nil {
		_ = t.tx.Rollback()
	}
}

// putNodes writes the count ('n') or ID ('v') of every node, in hash
// order, a bucket at a time.
func (w *kvBulk) putNodes(kind byte, nodes []batchNode) error {
	t := &txWriter{db: w.db}
	defer t.rollback()
	var bk *bbolt.Bucket
	for i := range nodes {
		n := &nodes[i]
		tx, fresh, err := t.begin()
		if err != nil {
			return err
		}
		if fresh || i == 0 || [2]byte(n.hash[:2]) != [2]byte(nodes[i-1].hash[:2]) {
			if bk, err = tx.CreateBucketIfNotExists([]byte{kind, n.hash[0], n.hash[1]}); err != nil {
				return fmt.Errorf("node bucket: %w", err)
			}
			bk.FillPercent = 1
		}
		v := n.node.refs
		if kind == 'v' {
			v = n.node.id
		}
		var buf [binary.MaxVarintLen64]byte
		if err := bk.Put(t.mem.copy(n.hash[:]), t.mem.copy(buf[:binary.PutUvarint(buf[:], uint64(v))])); err != nil {
			return fmt.Errorf("node: %w", err)
		}
		t.n++
	}
	return t.commit()
}

// putIndex writes an index: its runs merged in key order, each key's
// quads in one entry.
func (w *kvBulk) putIndex(ind kv.QuadIndex, runs [][]indexEntry) error {
	t := &txWriter{db: w.db}
	defer t.rollback()
	name := indexBucket(ind)
	m := newRunMerge(runs)
	var val []byte
	for m.Len() > 0 {
		first := m.pop()
		val = binary.AppendUvarint(val[:0], uint64(first.id))
		for m.Len() > 0 && m.peek().key == first.key {
			val = binary.AppendUvarint(val, uint64(m.pop().id))
		}
		tx, _, err := t.begin()
		if err != nil {
			return err
		}
		bk := tx.Bucket(name)
		bk.FillPercent = 1
		key := t.mem.alloc(8 * len(ind.Dirs))
		for d := range ind.Dirs {
			binary.BigEndian.PutUint64(key[8*d:], uint64(first.key[d]))
		}
		if err := bk.Put(key, t.mem.copy(val)); err != nil {
			return fmt.Errorf("index %s: %w", name, err)
		}
		t.n++
	}
	return t.commit()
}

// indexBucket is the name of an index's bucket: its directions' letters.
func indexBucket(ind kv.QuadIndex) []byte {
	name := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		name[i] = d.Prefix()
	}
	return name
}

// runMerge merges sorted runs of index entries (a heap of their heads).
type runMerge [][]indexEntry

func newRunMerge(runs [][]indexEntry) *runMerge {
	m := make(runMerge, 0, len(runs))
	for _, r := range runs {
		if len(r) > 0 {
			m = append(m, r)
		}
	}
	heap.Init(&m)
	return &m
}

func (m runMerge) Len() int           { return len(m) }
func (m runMerge) Less(i, j int) bool { return compareEntries(m[i][0], m[j][0]) < 0 }
func (m runMerge) Swap(i, j int)      { m[i], m[j] = m[j], m[i] }
func (m *runMerge) Push(x any)        { *m = append(*m, x.([]indexEntry)) }
func (m *runMerge) Pop() any {
	old := *m
	r := old[len(old)-1]
	*m = old[:len(old)-1]
	return r
}

func (m *runMerge) peek() indexEntry { return (*m)[0][0] }

// pop takes the smallest entry.
func (m *runMerge) pop() indexEntry {
	e := (*m)[0][0]
	if (*m)[0] = (*m)[0][1:]; len((*m)[0]) == 0 {
		heap.Pop(m)
	} else {
		heap.Fix(m, 0)
	}
	return e
}
