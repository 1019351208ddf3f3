package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kgraph/schema"
)

// snapshot is every quad of the store, sorted by subject. Exports and
// subgraphs read the whole graph once instead of one lookup per node. Each
// distinct value is held once and quads are four indexes into the values,
// so that a store of millions of quads fits in a fraction of the memory
// that as many quad.Quads would take.
type snapshot struct {
	vals   []quad.Value // vals[0] is nil: no label
	quads  []squad
	intern map[quad.Value]uint32 // while adding
}

// squad is a quad as indexes into snapshot.vals: subject, predicate, object
// and label.
type squad [4]uint32

// in returns the quad q stands for in the table vals.
func (q squad) in(vals []quad.Value) quad.Quad {
	return quad.Quad{Subject: vals[q[0]], Predicate: vals[q[1]], Object: vals[q[2]], Label: vals[q[3]]}
}

func newSnapshot() *snapshot {
	return &snapshot{vals: []quad.Value{nil}, intern: make(map[quad.Value]uint32)}
}

// add adds a quad; call done after the last.
func (sn *snapshot) add(q quad.Quad) {
	sn.quads = append(sn.quads, sn.squad(q))
}

// squad returns q as indexes into sn.vals, adding the values it lacks.
func (sn *snapshot) squad(q quad.Quad) squad {
	var sq squad
	for i, v := range [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v == nil {
			continue
		}
		id, ok := sn.intern[v]
		if !ok {
			id = uint32(len(sn.vals))
			sn.intern[v] = id
			sn.vals = append(sn.vals, v)
		}
		sq[i] = id
	}
	return sq
}

// done sorts the quads by subject and drops what only adding needed.
func (sn *snapshot) done() {
	sn.intern = nil
	slices.SortStableFunc(sn.quads, func(a, b squad) int {
		return strings.Compare(value(sn.vals[a[0]]), value(sn.vals[b[0]]))
	})
}

// all iterates over the quads, by subject.
func (sn *snapshot) all() iter.Seq[quad.Quad] {
	return func(yield func(quad.Quad) bool) {
		for _, q := range sn.quads {
			if !yield(q.in(sn.vals)) {
				return
			}
		}
	}
}

// about returns the range of quads with subject node.
func (sn *snapshot) about(node string) (lo, hi int) {
	lo, _ = slices.BinarySearchFunc(sn.quads, node, func(q squad, node string) int {
		return strings.Compare(value(sn.vals[q[0]]), node)
	})
	hi = lo
	for hi < len(sn.quads) && value(sn.vals[sn.quads[hi][0]]) == node {
		hi++
	}
	return lo, hi
}

// has reports whether node is the subject of a quad.
func (sn *snapshot) has(node string) bool {
	lo, hi := sn.about(node)
	return hi > lo
}

// releaseEvery is how many quads a snapshot reads between giving back the
// store file's pages (see Store.releasePages).
const releaseEvery = 1 << 18

func (s *Store) snapshot(ctx context.Context) (*snapshot, error) {
	sn := newSnapshot()
	err := iterator.Iterate(ctx, s.qs().QuadsAllIterator()).Paths(false).Each(func(r cgraph.Ref) error {
		q, err := s.qs().Quad(r)
		if err != nil {
			return err
		}
		sn.add(q)
		if len(sn.quads)%releaseEvery == 0 {
			s.releasePages()
		}
		return nil
	})
	s.releasePages()
	if err := s.damaged(err); err != nil {
		return nil, fmt.Errorf("read store: %w", err)
	}
	sn.done()
	return sn, nil
}

// ofType returns the subjects with rdf:type class, sorted.
func (sn *snapshot) ofType(class string) []string {
	var out []string
	for q := range sn.all() {
		if q.Predicate == iri(schema.Type) && q.Object == iri(class) {
			if s, ok := q.Subject.(quad.IRI); ok {
				out = append(out, string(s))
			}
		}
	}
	sort.Strings(out)
	return slicesCompact(out)
}

func slicesCompact(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// props collects the values of a node by predicate.
func (sn *snapshot) props(node string) map[string][]quad.Value {
	m := make(map[string][]quad.Value)
	lo, hi := sn.about(node)
	for i := lo; i < hi; i++ {
		q := sn.quads[i]
		if p, ok := sn.vals[q[1]].(quad.IRI); ok {
			m[string(p)] = append(m[string(p)], sn.vals[q[2]])
		}
	}
	return m
}

// value renders a quad value as the string it holds.
func value(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(v)
	case quad.String:
		return string(v)
	}
	return fmt.Sprint(v.Native())
}

func firstString(vs []quad.Value) string {
	best := ""
	for i, v := range vs {
		if s := value(v); i == 0 || s < best {
			best = s
		}
	}
	return best
}

func firstInt(vs []quad.Value) int {
	for _, v := range vs {
		if n, ok := v.(quad.Int); ok {
			return int(n)
		}
	}
	return 0
}

func firstFloat(vs []quad.Value) float64 {
	for _, v := range vs {
		switch n := v.(type) {
		case quad.Float:
			return float64(n)
		case quad.Int:
			return float64(n)
		}
	}
	return 0
}

// entity reads the description of a node; the type falls back to Concept
// for concept IRIs and Misc otherwise, the name to an alias or the IRI.
func (sn *snapshot) entity(id string) schema.Entity {
	p := sn.props(id)
	e := schema.Entity{ID: id, Name: firstString(p[schema.Name])}
	if t := firstString(p[schema.Type]); t != "" {
		e.Type = schema.EntityType(strings.TrimPrefix(t, schema.Prefix))
	}
	for _, a := range p[schema.Alias] {
		if s := value(a); s != e.Name {
			e.Aliases = append(e.Aliases, s)
		}
	}
	for _, n := range p[schema.Name] {
		if s := value(n); s != e.Name {
			e.Aliases = append(e.Aliases, s) // a second canonical name
		}
	}
	sort.Strings(e.Aliases)
	e.Aliases = slicesCompact(e.Aliases)
	e.Subtype = firstString(p[schema.Subtype])
	e.ISO = firstString(p[schema.ISO])
	e.Wikidata = firstString(p[schema.Wikidata])
	return e
}

// displayEntity is entity with the fallbacks a map needs.
func (sn *snapshot) displayEntity(id string) schema.Entity {
	e := sn.entity(id)
	if e.Type == "" {
		if strings.HasPrefix(id, schema.Prefix+"concept/") {
			e.Type = schema.Concept
		} else {
			e.Type = schema.Misc
		}
	}
	if e.Name == "" {
		if len(e.Aliases) > 0 {
			e.Name = e.Aliases[0]
		} else {
			e.Name = strings.ReplaceAll(id[strings.LastIndexAny(id, ":/")+1:], "_", " ")
		}
	}
	return e
}

// docID is the document ID of a document IRI.
func docID(docIRI string) string { return strings.TrimPrefix(docIRI, schema.Prefix+"doc/") }

// arg reads a statement argument back: the node, its name and type, and the
// text as written.
func (sn *snapshot) arg(node, text string) schema.Arg {
	e := sn.entity(node)
	// The text is stored only when it differs from the argument's name.
	// A plain noun phrase (no entity, no name) is stored as the concept
	// its text names and reads back as text alone; an argument the
	// extractor resolved (a concept "federal structure" for "a federal
	// structure", or any entity) keeps its node, name and type.
	if text != "" && e.Type == schema.Concept && node == schema.EntityIRI(schema.Concept, text, "") {
		return schema.Arg{Text: text}
	}
	a := schema.Arg{Entity: node, Name: e.Name, Type: e.Type, Text: text}
	if a.Text == "" {
		a.Text = e.Name
	}
	return a
}

// statement reads one statement node back.
func (sn *snapshot) statement(node string) schema.Statement {
	p := sn.props(node)
	st := schema.Statement{
		ID:            strings.TrimPrefix(node, schema.Prefix+"stmt/"),
		Subject:       sn.arg(firstString(p[schema.Subject]), firstString(p[subjectText])),
		Predicate:     strings.TrimPrefix(firstString(p[schema.Predicate]), schema.Prefix),
		Verb:          firstString(p[schema.Verb]),
		Object:        sn.arg(firstString(p[schema.Object]), firstString(p[objectText])),
		Kind:          schema.Kind(firstString(p[schema.KindP])),
		Polarity:      schema.Polarity(firstString(p[schema.PolarityP])),
		Modality:      schema.Modality(firstString(p[schema.ModalityP])),
		Speaker:       firstString(p[schema.Speaker]),
		EventDate:     firstString(p[schema.EventDate]),
		CAMEO:         firstString(p[schema.CAMEO]),
		PLOVER:        firstString(p[schema.PLOVER]),
		QuadClass:     firstInt(p[schema.QuadClass]),
		Goldstein:     firstFloat(p[schema.Goldstein]),
		Confidence:    firstFloat(p[schema.Confidence]),
		Doc:           docID(firstString(p[schema.InDocument])),
		SentenceIndex: firstInt(p[sentenceIndex]),
		SentenceText:  firstString(p[schema.Sentence]),
		SentenceSpan:  schema.Span{Start: firstInt(p[schema.Start]), End: firstInt(p[schema.End])},
	}
	st.Subject.Span = schema.Span{Start: firstInt(p[subjectStart]), End: firstInt(p[subjectEnd])}
	st.Object.Span = schema.Span{Start: firstInt(p[objectStart]), End: firstInt(p[objectEnd])}
	st.Subject.Sector = schema.Sector(firstString(p[subjectSector]))
	st.Object.Sector = schema.Sector(firstString(p[objectSector]))
	args := make([]string, 0, len(p[schema.Argument]))
	for _, a := range p[schema.Argument] {
		args = append(args, value(a))
	}
	sort.Slice(args, func(i, j int) bool { return argIndex(args[i]) < argIndex(args[j]) })
	for _, a := range args {
		ap := sn.props(a)
		arg := sn.arg(firstString(ap[argEntity]), firstString(ap[argText]))
		arg.Prep = firstString(ap[argPrep])
		arg.Sector = schema.Sector(firstString(ap[argSector]))
		arg.Span = schema.Span{Start: firstInt(ap[argStart]), End: firstInt(ap[argEnd])}
		st.Extra = append(st.Extra, arg)
	}
	return st
}

// argIndex is N of an argument node kg:stmt/ID/arg/N.
func argIndex(node string) int {
	n := 0
	for _, r := range node[strings.LastIndexByte(node, '/')+1:] {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// Statements reads every statement node back as a schema.Statement, sorted
// by document, sentence and ID.
func (s *Store) Statements(ctx context.Context) ([]schema.Statement, error) {
	sn, err := s.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	return sn.statements(), nil
}

func (sn *snapshot) statements() []schema.Statement {
	nodes := sn.ofType(schema.ClassStatement)
	out := make([]schema.Statement, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, sn.statement(n))
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.SentenceIndex != b.SentenceIndex {
			return a.SentenceIndex < b.SentenceIndex
		}
		return a.ID < b.ID
	})
	return out
}

// Documents returns the stored documents, sorted by ID. The text is not
// stored, so Text is empty; the ID is the local part of the document IRI.
func (s *Store) Documents(ctx context.Context) ([]schema.Document, error) {
	sn, err := s.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	return sn.documents(), nil
}

func (sn *snapshot) documents() []schema.Document {
	var out []schema.Document
	for _, n := range sn.ofType(schema.ClassDocument) {
		p := sn.props(n)
		out = append(out, schema.Document{
			ID:        docID(n),
			Title:     firstString(p[schema.Title]),
			URL:       firstString(p[schema.URL]),
			Published: firstString(p[schema.Published]),
			Author:    firstString(p[schema.Author]),
		})
	}
	return out
}

// StoreStats counts what a store holds.
type StoreStats struct {
	Quads      int64
	Nodes      int64
	Entities   int // nodes with an entity type, concepts included
	Statements int
	Documents  int
}

// stats is Cayley's Stats; a bolt store that was never written to has no
// counter yet and is empty.
func (s *Store) stats(ctx context.Context, exact bool) (cgraph.Stats, error) {
	cs, err := s.qs().Stats(ctx, exact)
	err = s.damaged(err)
	if errors.Is(err, ckv.ErrNoBucket) {
		return cgraph.Stats{Quads: refs.Size{Exact: true}, Nodes: refs.Size{Exact: true}}, nil
	}
	if err != nil {
		return cs, fmt.Errorf("store stats: %w", err)
	}
	return cs, nil
}

// Stats counts the quads, nodes, entities, statements and documents of the
// store.
func (s *Store) Stats(ctx context.Context) (StoreStats, error) {
	cs, err := s.stats(ctx, true)
	if err != nil {
		return StoreStats{}, err
	}
	st := StoreStats{Quads: cs.Quads.Value, Nodes: cs.Nodes.Value}
	count := func(class string) (int, error) {
		qs, err := s.quadsWith(ctx, quad.Object, iri(class))
		n := 0
		seen := make(map[quad.Value]bool)
		for _, q := range qs {
			if q.Predicate == iri(schema.Type) && !seen[q.Subject] {
				seen[q.Subject] = true
				n++
			}
		}
		return n, err
	}
	if st.Statements, err = count(schema.ClassStatement); err != nil {
		return st, err
	}
	if st.Documents, err = count(schema.ClassDocument); err != nil {
		return st, err
	}
	for _, t := range schema.EntityTypes {
		n, err := count(t.IRI())
		if err != nil {
			return st, err
		}
		st.Entities += n
	}
	return st, nil
}

// entityIn reads the description of an entity as one document gives it:
// what is shared (type, name, codes) and the aliases of that document.
func (sn *snapshot) entityIn(id string, doc quad.Value) schema.Entity {
	e := sn.entity(id)
	e.Aliases = nil
	lo, hi := sn.about(id)
	for i := lo; i < hi; i++ {
		q := sn.quads[i]
		if sn.vals[q[1]] == iri(schema.Alias) && sn.vals[q[3]] == doc {
			if a := value(sn.vals[q[2]]); a != e.Name {
				e.Aliases = append(e.Aliases, a)
			}
		}
	}
	sort.Strings(e.Aliases)
	e.Aliases = slicesCompact(e.Aliases)
	return e
}

// docRecord reads a document back as the document line of kgraph's JSON
// Lines: its description and the entities it mentions, sorted by ID.
func (sn *snapshot) docRecord(doc string) DocRecord {
	p := sn.props(doc)
	rec := DocRecord{Document: DocHeader{
		ID:        docID(doc),
		Title:     firstString(p[schema.Title]),
		URL:       firstString(p[schema.URL]),
		Published: firstString(p[schema.Published]),
		Author:    firstString(p[schema.Author]),
		Hash:      firstString(p[schema.Hash]),
	}}
	var ents []string
	for _, m := range p[schema.Mentions] {
		ents = append(ents, value(m))
	}
	sort.Strings(ents)
	for _, id := range slicesCompact(ents) {
		rec.Entities = append(rec.Entities, sn.entityIn(id, iri(doc)))
	}
	return rec
}

// writeJSONL writes kgraph's JSON Lines: the documents sorted by ID, each
// as its document line and its statements.
func (sn *snapshot) writeJSONL(w io.Writer) error {
	sts := sn.statements()
	byDoc := make(map[string][]schema.Statement)
	for _, st := range sts {
		byDoc[st.Doc] = append(byDoc[st.Doc], st)
	}
	j := newJSONLWriter(w)
	for _, doc := range sn.ofType(schema.ClassDocument) {
		rec := sn.docRecord(doc)
		if err := j.write(&rec, byDoc[rec.Document.ID]); err != nil {
			return err
		}
	}
	return j.bw.Flush()
}
