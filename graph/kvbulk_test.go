package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bbolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"

	"github.com/kgraph/kgraph/schema"
)

// TestKVPrimitives checks that the kvWriter encodes log entries byte for
// byte as Cayley does, with proto.Marshal.
func TestKVPrimitives(t *testing.T) {
	b := &kvBatch{now: 1712345678901234567}
	for _, v := range []quad.Value{
		quad.IRI("kg:Sergey_Lavrov"), quad.String("Lavrov"), quad.String(""), quad.String("a \"quoted\"\nline"),
		quad.Int(0), quad.Int(-3), quad.Int(517), quad.Float(0.8), quad.Bool(true),
		quad.BNode("b1"), quad.LangString{Value: "Russie", Lang: "fr"},
		quad.TypedString{Value: "2014-03-30", Type: "xsd:date"},
	} {
		got, err := b.nodePrimitive(42, v)
		if err != nil {
			t.Fatalf("nodePrimitive(%v): %v", v, err)
		}
		val, err := pquads.MarshalValue(v)
		if err != nil {
			t.Fatal(err)
		}
		want, err := proto.Marshal(&cproto.Primitive{ID: 42, Timestamp: b.now, Value: val})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("nodePrimitive(%#v) = %x, want %x", v, got, want)
		}
	}
	for _, ids := range [][4]uint32{{1, 2, 3, 4}, {300, 2, 70000, 0}, {1 << 31, 5, 6, 1 << 30}} {
		got := b.quadPrimitive(1000, ids)
		want, err := proto.Marshal(&cproto.Primitive{ID: 1000, Subject: uint64(ids[0]), Predicate: uint64(ids[1]), Object: uint64(ids[2]), Label: uint64(ids[3]), Timestamp: b.now})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("quadPrimitive(%v) = %x, want %x", ids, got, want)
		}
	}
}

// syntheticExtractions makes n documents that share entities, aliases,
// concepts and speakers, with negated statements and extra arguments.
func syntheticExtractions(n int) []schema.Extraction {
	pool := []schema.Entity{lavrov, kerry, russia, usa, ukr, eu}
	var out []schema.Extraction
	for i := range n {
		doc := schema.Document{ID: fmt.Sprintf("syn-%d", i), Title: fmt.Sprintf("Article %d", i), Published: "2014-03-30", Text: fmt.Sprintf("text %d", i)}
		local := schema.Entity{ID: fmt.Sprintf("kg:Person_%d", i%7), Name: fmt.Sprintf("Person %d", i%7), Type: schema.Person, Aliases: []string{fmt.Sprintf("Mr %d", i%7)}}
		ents := []schema.Entity{pool[i%6], pool[(i+1)%6], local}
		ex := schema.Extraction{Document: doc, Entities: ents}
		for j := range 5 {
			a, b := ents[j%3], ents[(j+1)%3]
			obj := ent(b, b.Name, 40)
			if j == 3 {
				obj = concept(fmt.Sprintf("plan %d", i%4), 40)
			}
			ex.Statements = append(ex.Statements, stmt(doc.ID, j, ent(a, strings.Fields(a.Name)[0], 10), []string{"meet", "propose", "criticize"}[j%3], "v", obj, func(s *schema.Statement) {
				switch j {
				case 1:
					s.Polarity = schema.Negated
					s.Speaker = kerry.ID
				case 2:
					s.CAMEO, s.QuadClass, s.Goldstein = "036", 1, 4
					s.Extra = []schema.Arg{{Text: "Paris", Prep: "in", Span: schema.Span{Start: 50, End: 55}}}
				case 4:
					s.Speaker = "a diplomat"
				}
			}))
		}
		out = append(out, ex)
	}
	return out
}

// kvContent renders a bolt store's whole kv layout without its IDs, which
// differ between two stores of the same content: each node with its
// reference count, each live quad, and each index entry as its key's
// values and the quads it lists. It fails when a node's value entry and
// log disagree or an index entry's IDs are not ascending.
func kvContent(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	err := s.drv.(*boltDriver).db.View(func(tx *bbolt.Tx) error {
		log := tx.Bucket(kvLog)
		val := func(id uint64) string {
			var k [8]byte
			binary.BigEndian.PutUint64(k[:], id)
			var p cproto.Primitive
			if err := proto.Unmarshal(log.Get(k[:]), &p); err != nil {
				t.Fatalf("log %d: %v", id, err)
			}
			if !p.IsNode() {
				return fmt.Sprintf("quad(%s %s %s %s)", nodeVal(t, log, p.Subject), nodeVal(t, log, p.Predicate), nodeVal(t, log, p.Object), nodeVal(t, log, p.Label))
			}
			return nodeVal(t, log, id)
		}
		c := tx.Cursor()
		for name, v := c.First(); name != nil; name, v = c.Next() {
			if v != nil || string(name) == "meta" || string(name) == "log" {
				continue
			}
			err := tx.Bucket(name).ForEach(func(k, v []byte) error {
				switch name[0] {
				case 'v':
					id, _ := binary.Uvarint(v)
					out = append(out, "node "+val(id))
				case 'n':
					n, _ := binary.Uvarint(v)
					out = append(out, fmt.Sprintf("count %x %d", k, n))
				default:
					var key []string
					for i := 0; i < len(k); i += 8 {
						key = append(key, val(binary.BigEndian.Uint64(k[i:])))
					}
					var ids []uint64
					for len(v) > 0 {
						id, n := binary.Uvarint(v)
						if n <= 0 {
							return fmt.Errorf("index %s: bad entry", name)
						}
						ids, v = append(ids, id), v[n:]
					}
					if !slices.IsSorted(ids) {
						t.Errorf("index %s %v: IDs %v not ascending", name, key, ids)
					}
					var qs []string
					for _, id := range ids {
						qs = append(qs, val(id))
					}
					sort.Strings(qs)
					out = append(out, fmt.Sprintf("index %s %v: %v", name, key, qs))
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		meta := tx.Bucket(kvMeta)
		for _, k := range [][]byte{kvSize, kvVersion, kvIndexes} {
			out = append(out, fmt.Sprintf("meta %s %x", k, meta.Get(k)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// nodeVal is the value of node id in the log, "" for 0.
func nodeVal(t *testing.T, log *bbolt.Bucket, id uint64) string {
	if id == 0 {
		return ""
	}
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], id)
	var p cproto.Primitive
	if err := proto.Unmarshal(log.Get(k[:]), &p); err != nil {
		t.Fatalf("log %d: %v", id, err)
	}
	v, err := pquads.UnmarshalValue(p.Value)
	if err != nil {
		t.Fatalf("log %d: %v", id, err)
	}
	return quad.StringOf(v)
}

// sameKV compares the kv layouts of two bolt stores.
func sameKV(t *testing.T, what string, got, want *Store) {
	t.Helper()
	g, w := kvContent(t, got), kvContent(t, want)
	if slices.Equal(g, w) {
		return
	}
	extra, missing := diff(g, w)
	t.Errorf("%s: %d kv entries, want %d; extra %q; missing %q", what, len(g), len(w), first(extra, 5), first(missing, 5))
}

// TestBulkLoad loads the same documents into a new bolt store in bulk (in
// small transactions, so that later ones meet nodes and quads of earlier
// ones) and through Cayley's writer, and compares the two stores entry for
// entry; then loads more, replaces and deletes documents in both, through
// Cayley's writer on the bulk-written store.
func TestBulkLoad(t *testing.T) {
	ctx := context.Background()
	ex := syntheticExtractions(40)
	open := func(opts ...Option) *Store {
		return mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "kgraph.db"), append(opts, WithBatchSize(300))...)
	}
	fast, slow := open(), open(withCayleyWrites())
	if l, err := fast.newLoader(ctx); err != nil || !l.bulk {
		t.Fatalf("a load into a new store is not a bulk one (%v)", err)
	} else if err := l.end(); err != nil {
		t.Fatal(err)
	}
	st := load(t, fast, ex[:30]...)
	if want := load(t, slow, ex[:30]...); st != want {
		t.Errorf("Load = %+v, want %+v as Cayley's writer", st, want)
	}
	sameQuads(t, "bulk load", allQuads(t, fast), allQuads(t, slow))
	sameKV(t, "bulk load", fast, slow)
	problems, err := fast.Check(ctx)
	if err != nil || len(problems) > 0 {
		t.Errorf("Check = %q, %v", problems, err)
	}

	st = load(t, fast, ex[20:]...)
	if want := load(t, slow, ex[20:]...); st != want {
		t.Errorf("second Load = %+v, want %+v as Cayley's writer", st, want)
	}
	sameKV(t, "second load", fast, slow)
	a2 := ex[3]
	a2.Document.Text += " Updated."
	a2.Statements = a2.Statements[2:]
	for _, s := range []*Store{fast, slow} {
		load(t, s, a2)
		if _, err := s.Delete(ctx, []string{ex[5].Document.ID, ex[6].Document.ID}); err != nil {
			t.Fatal(err)
		}
	}
	sameKV(t, "after replacing and deleting", fast, slow)
}

// TestBulkLoadReplaces loads, into a new store, a document twice with
// different content: the bulk load ends at the second, which replaces the
// first, and the rest loads the usual way.
func TestBulkLoadReplaces(t *testing.T) {
	ex := syntheticExtractions(6)
	a2 := ex[1]
	a2.Document.Text += " Updated."
	a2.Statements = a2.Statements[1:]
	in := []schema.Extraction{ex[0], ex[1], ex[2], a2, ex[3], ex[4], ex[5]}
	var stores []*Store
	for _, opts := range [][]Option{{WithBatchSize(50)}, {withCayleyWrites()}} {
		s := mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "kgraph.db"), opts...)
		if st := load(t, s, in...); st.Replaced != 1 || st.Documents != 7 {
			t.Errorf("Load = %+v, want 7 documents, 1 replaced", st)
		}
		stores = append(stores, s)
	}
	sameKV(t, "a document replaced in a bulk load", stores[0], stores[1])
}

// TestBulkLoadInterrupted cancels a bulk load: the documents of the
// transactions it wrote are kept, whole.
func TestBulkLoadInterrupted(t *testing.T) {
	ex := syntheticExtractions(30)
	s := mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "kgraph.db"), WithBatchSize(1000))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l, err := s.newLoader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ex {
		if i == 20 {
			cancel()
		}
		d, err := buildDoc(&ex[i], ex[i].Document.Hash())
		if err != nil {
			t.Fatal(err)
		}
		if err := l.doc(d); err != nil {
			break
		}
	}
	if err := l.end(); err != nil {
		t.Fatal(err)
	}
	stored, err := s.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	docs := len(stored)
	if docs == 0 || docs >= 20 {
		t.Errorf("%d documents kept, want some of the 20 queued", docs)
	}
	if problems, err := s.Check(context.Background()); err != nil || len(problems) > 0 {
		t.Errorf("Check = %q, %v", problems, err)
	}
}

// TestBulkLoadPlainQuads loads N-Quads without kgraph documents, some
// repeated, in several transactions: the kvWriter skips those stored.
func TestBulkLoadPlainQuads(t *testing.T) {
	var in strings.Builder
	for i := range 50 {
		fmt.Fprintf(&in, "<kg:a%d> <kg:p> \"v%d\" .\n", i%10, i%3)
		fmt.Fprintf(&in, "<kg:a%d> <kg:q> <kg:b%d> <kg:g%d> .\n", i%10, i%4, i%2)
	}
	text := in.String() + in.String()
	var stores []*Store
	for _, opts := range [][]Option{{WithBatchSize(7)}, {WithBatchSize(7), withCayleyWrites()}} {
		s := mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "kgraph.db"), opts...)
		st, err := s.LoadFile(context.Background(), strings.NewReader(text), "plain.nq")
		if err != nil {
			t.Fatal(err)
		}
		if got := len(allQuads(t, s)); st.Quads != got {
			t.Errorf("LoadFile wrote %d quads, the store holds %d", st.Quads, got)
		}
		stores = append(stores, s)
	}
	sameKV(t, "plain quads", stores[0], stores[1])
}

// TestKVBulkSkipsWritten gives a bulk load quads it wrote in earlier
// transactions and in the same one: it writes each once.
func TestKVBulkSkipsWritten(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "kgraph.db"))
	d := s.drv.(*boltDriver)
	if _, bulk, err := d.beginBulk(true, 10); err != nil || !bulk {
		t.Fatalf("beginBulk = %v, %v", bulk, err)
	}
	var qs []quad.Quad
	for i := range 12 {
		q := quad.Make(quad.IRI(fmt.Sprintf("kg:a%d", i%4)), quad.IRI("kg:p"), quad.String(fmt.Sprint(i%3)), nil)
		if i%2 == 1 {
			q.Label = quad.IRI(fmt.Sprintf("kg:g%d", i%3))
		}
		qs = append(qs, q)
	}
	want := make(map[string]bool)
	for _, q := range qs {
		want[q.NQuad()] = true
	}
	n1, err := d.add(ctx, qs[:5])
	if err != nil {
		t.Fatal(err)
	}
	n2, err := d.add(ctx, append(qs, qs...))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.endBulk(); err != nil {
		t.Fatal(err)
	}
	if got := allQuads(t, s); n1+n2 != len(want) || len(got) != len(want) {
		t.Errorf("wrote %d + %d quads, store holds %d, want %d", n1, n2, len(got), len(want))
	}
}
