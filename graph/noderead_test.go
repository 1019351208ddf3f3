package graph

import (
	"cmp"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kgraph/schema"
)

// TestNodeReaders reads every node of a bolt store, written in bulk and
// then replaced and deleted in part (Cayley keeps the index entries of
// deleted quads), through the kvReader and through Cayley's iterators:
// both give the same quads, in the same order.
func TestNodeReaders(t *testing.T) {
	ctx := context.Background()
	ex := syntheticExtractions(12)
	s := mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "kgraph.db"))
	load(t, s, ex...)
	a2 := ex[3]
	a2.Document.Text += " Updated."
	a2.Statements = a2.Statements[2:]
	load(t, s, a2)
	if _, err := s.Delete(ctx, []string{ex[5].Document.ID}); err != nil {
		t.Fatal(err)
	}
	kr := s.nodeReader(ctx)
	defer kr.close()
	if _, ok := kr.(*kvReader); !ok {
		t.Fatalf("a bolt store reads through %T, want a kvReader", kr)
	}
	cr := &cayleyReader{s: s, ctx: ctx}
	nodes := map[string]bool{}
	preds := map[string]bool{}
	for _, line := range allQuads(t, s) {
		q, _, err := parseNQuad([]byte(line))
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []quad.Value{q.Subject, q.Object} {
			if v, ok := v.(quad.IRI); ok {
				nodes[string(v)] = true
			}
		}
		preds[value(q.Predicate)] = true
	}
	nodes["kg:doc/syn-5"] = true // deleted: no quads
	predList := append(slices.Sorted(func(yield func(string) bool) {
		for p := range preds {
			if !yield(p) {
				return
			}
		}
	}), "kg:nothing")
	// The order of the quads of a predicate is that of their writing;
	// predicates may come in any order.
	byPred := func(qs []quad.Quad) []quad.Quad {
		slices.SortStableFunc(qs, func(a, b quad.Quad) int { return cmp.Compare(value(a.Predicate), value(b.Predicate)) })
		return qs
	}
	same := func(what string, got, want []quad.Quad, gerr, werr error) {
		t.Helper()
		got, want = byPred(got), byPred(want)
		if gerr != nil || werr != nil || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: kvReader %v, %v; Cayley %v, %v", what, got, gerr, want, werr)
		}
	}
	for n := range nodes {
		got, gerr := kr.out(n)
		want, werr := cr.out(n)
		same("out("+n+")", got, want, gerr, werr)
		got, gerr = kr.out(n, schema.Subject, schema.Alias, schema.Type)
		want, werr = cr.out(n, schema.Subject, schema.Alias, schema.Type)
		same("out("+n+", 3 predicates)", got, want, gerr, werr)
		for _, p := range predList {
			got, gerr := kr.out(n, p)
			want, werr := cr.out(n, p)
			same("out("+n+", "+p+")", got, want, gerr, werr)
			got, gerr = kr.in(n, p)
			want, werr = cr.in(n, p)
			sortQuads := func(qs []quad.Quad) []quad.Quad {
				slices.SortFunc(qs, func(a, b quad.Quad) int { return cmp.Compare(a.NQuad(), b.NQuad()) })
				return qs
			}
			same("in("+n+", "+p+")", sortQuads(got), sortQuads(want), gerr, werr)
			// inIDs names the subjects of what in reads by ID; unchecked,
			// it may name more (those of deleted quads), never fewer.
			var wantIDs []uint64
			for _, q := range want {
				id, err := kr.(*kvReader).id(value(q.Subject))
				if err != nil {
					t.Fatal(err)
				}
				wantIDs = append(wantIDs, id)
			}
			slices.Sort(wantIDs)
			wantIDs = slices.Compact(wantIDs)
			checked, err := kr.(*kvReader).inIDs(n, p, true)
			if err != nil || !slices.Equal(checked, wantIDs) {
				t.Errorf("inIDs(%s, %s, checked) = %v, %v; want %v", n, p, checked, err, wantIDs)
			}
			all, err := kr.(*kvReader).inIDs(n, p, false)
			if err != nil || !slices.IsSorted(all) || len(slices.Compact(slices.Clone(all))) != len(all) {
				t.Errorf("inIDs(%s, %s) = %v, %v; want sorted, each once", n, p, all, err)
			}
			for _, id := range wantIDs {
				if _, ok := slices.BinarySearch(all, id); !ok {
					t.Errorf("inIDs(%s, %s) = %v, lacks %d", n, p, all, id)
				}
			}
		}
	}
	// outMany reads what out reads, node by node, for nodes in any order,
	// some twice, some not in the store.
	list := append(slices.Sorted(func(yield func(string) bool) {
		for n := range nodes {
			if !yield(n) {
				return
			}
		}
	}), "kg:nowhere")
	slices.Reverse(list)
	list = append(list, list[:3]...)
	for _, ps := range [][]string{nil, {schema.Subject, schema.Alias, schema.Type}, edgePreds, edgeAndFilterPreds[:], {"kg:nothing"}} {
		got, err := kr.(*kvReader).outMany(list, ps...)
		if err != nil || len(got) != len(list) {
			t.Fatalf("outMany(%d nodes, %v) = %d answers, %v", len(list), ps, len(got), err)
		}
		for i, n := range list {
			want, werr := cr.out(n, ps...)
			same(fmt.Sprintf("outMany(%s, %v)", n, ps), got[i], want, nil, werr)
		}
	}
}

// TestDescriptionsForgotten checks that a write makes the store describe
// entities afresh.
func TestDescriptionsForgotten(t *testing.T) {
	s := mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "kgraph.db"))
	load(t, s, articleA())
	describeLavrov := func() schema.Entity {
		t.Helper()
		r := s.reads(t.Context())
		defer r.close()
		e, err := describe(r, lavrov.ID, schema.Person)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	if e := describeLavrov(); slices.Contains(e.Aliases, "Mr Lavrov") {
		t.Fatalf("Lavrov described with aliases %q before the load that gives one", e.Aliases)
	}
	b := articleB()
	b.Statements = append(b.Statements, stmt(b.Document.ID, 9, ent(lavrov, "Mr Lavrov", 900), "say", "said", concept("nothing", 920), nil))
	load(t, s, b)
	if e := describeLavrov(); !slices.Contains(e.Aliases, "Mr Lavrov") {
		t.Errorf("after a load, Lavrov's aliases are %q, want Mr Lavrov among them", e.Aliases)
	}
}
