package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kgraph/schema"
)

// Check verifies a store and returns what is wrong with it, nothing when
// it is sound. It checks the backend's own storage where the backend can
// (every page of a bolt file, as bolt's Tx.Check does, but without
// crashing on a damaged page), then kgraph's invariants:
//
//   - every document node has its type and one content hash, and every
//     quad labelled with a document IRI belongs to such a document (a
//     half-written document would lack its hash);
//   - every statement node has its subject, predicate, object and
//     document, the document is stored, and the statement's quads carry
//     that document's label;
//   - every node that an asserted edge, a statement or a document's
//     mentions point at is described: it has a type, a name or an alias.
func (s *Store) Check(ctx context.Context) ([]string, error) {
	if fc, ok := s.drv.(fileChecker); ok {
		problems, err := fc.checkFile(ctx)
		if err != nil || len(problems) > 0 {
			return problems, err
		}
	}
	sn, err := s.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	c := &checker{sn: sn, found: make(map[string][]string)}
	c.documents()
	c.statements()
	c.described()
	return c.report(), nil
}

// checker collects the problems of a snapshot by kind, with examples.
type checker struct {
	sn    *snapshot
	docs  map[string]bool // document IRIs with their type and hash
	found map[string][]string
	kinds []string
}

func (c *checker) problem(kind, example string) {
	if _, ok := c.found[kind]; !ok {
		c.kinds = append(c.kinds, kind)
	}
	c.found[kind] = append(c.found[kind], example)
}

// report lists each kind of problem once: how many, and a few examples.
func (c *checker) report() []string {
	var out []string
	for _, k := range c.kinds {
		ex := c.found[k]
		sort.Strings(ex)
		n := len(ex)
		if len(ex) > 3 {
			ex = append(ex[:3:3], "...")
		}
		out = append(out, fmt.Sprintf("%d %s: %s", n, k, strings.Join(ex, ", ")))
	}
	return out
}

// documents checks document nodes and the labels of quads.
func (c *checker) documents() {
	c.docs = make(map[string]bool)
	for _, d := range c.sn.ofType(schema.ClassDocument) {
		switch n := len(c.sn.props(d)[schema.Hash]); n {
		case 1:
			c.docs[d] = true
		case 0:
			c.problem("documents without a hash (half-written)", d)
		default:
			c.problem("documents with several hashes", d)
		}
	}
	orphans := make(map[string]int)
	for _, q := range c.sn.quads {
		if l, ok := c.sn.vals[q[3]].(quad.IRI); ok && strings.HasPrefix(string(l), schema.Prefix+"doc/") && !c.docs[string(l)] {
			orphans[string(l)]++
		}
	}
	for l, n := range orphans {
		c.problem("labels of no complete document (a document half-written or half-removed)", fmt.Sprintf("%s (%d quads)", l, n))
	}
}

// statements checks statement nodes.
func (c *checker) statements() {
	for _, st := range c.sn.ofType(schema.ClassStatement) {
		p := c.sn.props(st)
		for _, need := range []string{schema.Subject, schema.Predicate, schema.Object, schema.InDocument} {
			if len(p[need]) == 0 {
				c.problem("statements without "+need, st)
			}
		}
		doc := firstString(p[schema.InDocument])
		if doc != "" && !c.docs[doc] {
			c.problem("statements of a missing document", st+" in "+doc)
		}
		lo, hi := c.sn.about(st)
		for i := lo; i < hi; i++ {
			if l := value(c.sn.vals[c.sn.quads[i][3]]); l != doc {
				c.problem("statement quads labelled with another document", st+" in "+l)
				break
			}
		}
	}
}

// described checks that what edges, statements and mentions point at is
// described.
func (c *checker) described() {
	checked := make(map[string]bool)
	need := func(node, what string) {
		if checked[node] {
			return
		}
		checked[node] = true
		p := c.sn.props(node)
		if len(p[schema.Type]) == 0 && len(p[schema.Name]) == 0 && len(p[schema.Alias]) == 0 {
			c.problem(what+" without type, name or alias", node)
		}
	}
	for _, q := range c.sn.quads {
		if q[3] == 0 || !c.docs[value(c.sn.vals[q[3]])] {
			continue // not a kgraph document's quad
		}
		s, p := value(c.sn.vals[q[0]]), value(c.sn.vals[q[1]])
		o, isIRI := c.sn.vals[q[2]].(quad.IRI)
		switch {
		case p == schema.Mentions:
			need(string(o), "mentioned entities")
		case p == schema.Subject || p == schema.Object:
			need(string(o), "statement arguments")
		case isIRI && !isDocNode(s) && p != schema.Type && p != schema.Alias:
			need(s, "edge ends")
			need(string(o), "edge ends")
		}
	}
}

// isDocNode reports whether a node belongs to a document: its document or
// statement nodes.
func isDocNode(node string) bool {
	return strings.HasPrefix(node, schema.Prefix+"doc/") || strings.HasPrefix(node, schema.Prefix+"stmt/")
}
