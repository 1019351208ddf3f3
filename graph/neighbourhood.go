package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kgraph/schema"
)

// Indexed reads for interactive use (kgraph serve): unlike Subgraph, which
// reads the whole store, these look up only the quads around the nodes they
// are asked about, so that they answer in milliseconds on a store of
// millions of quads, and see what a concurrent build on PostgreSQL has
// written so far.

// StatementFilter selects statements. Empty fields select everything.
type StatementFilter struct {
	// Relations keeps statements of these predicates ("meet", "propose").
	Relations []string
	// CAMEORoots keeps statements whose CAMEO code starts with one of these
	// two-digit roots ("04").
	CAMEORoots []string
	// PLOVER keeps statements of these PLOVER types ("CONSULT").
	PLOVER []string
	// Types keeps statements whose other end (not the node asked about) is
	// of one of these entity types.
	Types []schema.EntityType
	// From and To bound the event date (YYYY-MM-DD, inclusive); a statement
	// without an event date is left out when either is set.
	From, To string
	// AssertedOnly leaves out negated, intended and other unasserted
	// statements.
	AssertedOnly bool
}

// keep reports whether st passes the filter, but for Types, which applies
// to the end of a statement that was not asked about.
func (f *StatementFilter) keep(st *schema.Statement) bool {
	if len(f.Relations) > 0 && !slices.Contains(f.Relations, st.Predicate) {
		return false
	}
	if len(f.CAMEORoots) > 0 && (len(st.CAMEO) < 2 || !slices.Contains(f.CAMEORoots, st.CAMEO[:2])) {
		return false
	}
	if len(f.PLOVER) > 0 && !slices.Contains(f.PLOVER, st.PLOVER) {
		return false
	}
	if f.From != "" || f.To != "" {
		d := st.EventDate
		if d == "" || (f.From != "" && d < f.From) || (f.To != "" && d > f.To+"\xff") {
			return false
		}
	}
	return !f.AssertedOnly || st.IsAsserted()
}

// NeighbourhoodOptions select a neighbourhood.
type NeighbourhoodOptions struct {
	// Focus are the entity IRIs to start from.
	Focus []string
	// Depth is how many hops to follow (1 when 0). Concepts and roles end
	// a path: they are never expanded.
	Depth int
	// MaxNodes caps the nodes kept after each hop, the focus included: the
	// neighbours with the most statements stay. 0 means DefaultMaxNodes.
	MaxNodes int
	// MaxStatements caps the statements read in all; 0 means
	// DefaultMaxStatements. Reaching it sets Neighbourhood.Truncated.
	MaxStatements int
	Filter        StatementFilter
}

// Defaults of NeighbourhoodOptions.
const (
	DefaultMaxNodes      = 150
	DefaultMaxStatements = 20000
)

// Neighbourhood is the part of the graph around a focus.
type Neighbourhood struct {
	// Graph holds the nodes (focus first is not guaranteed: sorted by ID)
	// and one edge per subject, relation, object and assertedness, counted
	// over the statements that passed the filter.
	Graph *schema.Graph
	// Statements is how many statements were read.
	Statements int
	// Truncated is set when MaxStatements or MaxNodes left statements or
	// nodes out.
	Truncated bool
}

// edgeAgg gathers the statements of one edge.
type edgeAgg struct {
	edge    schema.Edge
	classes [5]int
	docs    map[string]bool
}

// aggKey identifies an edge of a neighbourhood.
type aggKey struct {
	from, rel, to string
	unasserted    bool
}

// Neighbourhood returns the statements around opts.Focus aggregated into
// edges, with the nodes they link. It returns an error naming the focus
// when none of its IRIs is in the store.
func (s *Store) Neighbourhood(ctx context.Context, opts NeighbourhoodOptions) (*Neighbourhood, error) {
	r := s.reads(ctx)
	defer r.close()
	for _, f := range opts.Focus {
		vs, err := objects(r, f, schema.Type)
		if err != nil {
			return nil, err
		}
		if len(vs) == 0 {
			return nil, fmt.Errorf("%w: %s", ErrNoEntity, f)
		}
	}
	w := &walk{
		r: r, opts: opts, aggs: map[aggKey]*edgeAgg{}, seen: map[stmtRef]bool{},
		nodes: map[string]bool{}, types: map[string]schema.EntityType{},
		maxStmts: cmpOr(opts.MaxStatements, DefaultMaxStatements),
		filtered: len(opts.Filter.CAMEORoots) > 0 || len(opts.Filter.PLOVER) > 0 || opts.Filter.From != "" || opts.Filter.To != "",
	}
	for _, f := range opts.Focus {
		w.nodes[f] = true
	}
	frontier := slices.Clone(opts.Focus)
	depth := max(opts.Depth, 1)
	for hop := 0; hop < depth && len(frontier) > 0; hop++ {
		var next []string
		for _, n := range frontier {
			added, err := w.expand(ctx, n, hop+1 < depth)
			if err != nil {
				return nil, err
			}
			next = append(next, added...)
		}
		kept := strongest(w.aggs, opts.Focus, w.nodes, cmpOr(opts.MaxNodes, DefaultMaxNodes))
		if len(kept) < len(w.nodes) {
			w.truncated = true
		}
		w.nodes = kept
		frontier = expandable(next, kept)
	}
	g, err := neighbourhoodGraph(r, w.aggs, w.nodes)
	if err != nil {
		return nil, err
	}
	return &Neighbourhood{Graph: g, Statements: len(w.seen), Truncated: w.truncated}, nil
}

// ErrNoEntity is returned (wrapped) when an IRI names no entity.
var ErrNoEntity = errors.New("no such entity in the store")

// walk is the state of one Neighbourhood call.
type walk struct {
	r         *reads
	opts      NeighbourhoodOptions
	aggs      map[aggKey]*edgeAgg
	seen      map[stmtRef]bool // statements read, by key
	nodes     map[string]bool
	types     map[string]schema.EntityType
	maxStmts  int
	truncated bool
	filtered  bool // by a field only edgeAndFilterPreds read
}

// expand reads the statements about n and returns the nodes they add, in
// the order of the statements' IRIs when ordered (the next hop expands
// them in that order, and MaxStatements may cut it).
func (w *walk) expand(ctx context.Context, n string, ordered bool) ([]string, error) {
	stmts, exact, err := statementRefs(w.r, n, false)
	if err != nil {
		return nil, err
	}
	capped := len(w.seen)+len(stmts) > w.maxStmts
	if (ordered || capped) && !exact {
		// The limit may cut these, or the order matters: only the
		// statements still about n, in the order of their IRIs, as
		// always, so that the same statements are left out.
		if stmts, _, err = statementRefs(w.r, n, true); err != nil {
			return nil, err
		}
	}
	if (ordered || capped) && len(w.seen) < w.maxStmts {
		if err := sortRefs(w.r, stmts); err != nil {
			return nil, err
		}
	}
	// The statements to read, up to the limit; then read in batches (one
	// pass over the index and the log for many statements).
	var todo []stmtRef
	for _, ref := range stmts {
		if w.seen[ref.key()] {
			continue
		}
		if len(w.seen) >= w.maxStmts {
			w.truncated = true
			break
		}
		w.seen[ref.key()] = true
		todo = append(todo, ref)
	}
	var added []string
	for len(todo) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		batch := todo[:min(len(todo), statementBatch)]
		todo = todo[len(batch):]
		sts, about, err := readStatements(w.r, batch, n, w.filtered)
		if err != nil {
			return nil, err
		}
		for i := range sts {
			if !about[i] {
				// Not about n any more: its quads were deleted, and
				// only the index still lists it.
				delete(w.seen, batch[i].key())
				continue
			}
			st := &sts[i]
			other := st.Object.Entity
			if other == n {
				other = st.Subject.Entity
			}
			if ok, err := w.keep(st, other); err != nil || !ok {
				if err != nil {
					return nil, err
				}
				continue
			}
			addStatement(w.aggs, st)
			if !w.nodes[other] {
				w.nodes[other] = true
				added = append(added, other)
			}
		}
	}
	return added, nil
}

// stmtRef names a statement node: by its IRI, or on bolt by its node ID
// alone (a neighbourhood does not show the IRIs of a hub's thousands of
// statements; reading them, and the log entries of the quads that link
// them to the hub, took a third of its time).
type stmtRef struct {
	id  uint64
	iri string
}

// key identifies the statement whichever way it is named.
func (s stmtRef) key() stmtRef {
	if s.id != 0 {
		return stmtRef{id: s.id}
	}
	return s
}

// idReader is a nodeReader that names nodes by their IDs in the store.
type idReader interface {
	// inIDs returns the IDs of the subjects of the quads whose object is
	// node and predicate pred, sorted; unless checked, it may return
	// some whose quads were deleted.
	inIDs(node, pred string, checked bool) ([]uint64, error)
	// outManyIDs is outMany of nodes given by their IDs (0: none),
	// leaving the quads' subject nil unless withSubject.
	outManyIDs(ids []uint64, withSubject bool, preds ...string) ([][]quad.Quad, error)
	// nodeValue returns the value of node id.
	nodeValue(id uint64) (quad.Value, error)
}

var _ idReader = (*kvReader)(nil)

// statementRefs returns the statement nodes whose subject or object is
// node: by IRI, sorted, or by ID where the reader has IDs. Unless exact,
// a reader with IDs takes them from the index alone, without the log, and
// may also return statements whose quads were deleted: then it reports
// them as not exact (isExact false), and readStatements tells which.
func statementRefs(r *reads, node string, exact bool) (refs []stmtRef, isExact bool, err error) {
	ir, ok := r.nodeReader.(idReader)
	if !ok {
		iris, err := statementsAbout(r, node)
		refs := make([]stmtRef, len(iris))
		for i, s := range iris {
			refs[i].iri = s
		}
		return refs, true, err
	}
	var ids []uint64
	for _, pred := range []string{schema.Subject, schema.Object} {
		got, err := ir.inIDs(node, pred, exact)
		if err != nil {
			return nil, false, err
		}
		ids = append(ids, got...)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	refs = make([]stmtRef, len(ids))
	for i, id := range ids {
		refs[i].id = id
	}
	return refs, exact, nil
}

// sortRefs sorts refs by IRI, reading the IRIs of those named by ID.
func sortRefs(r *reads, refs []stmtRef) error {
	for i := range refs {
		if refs[i].iri != "" {
			continue
		}
		ir, ok := r.nodeReader.(idReader)
		if !ok {
			return fmt.Errorf("statement node %d: %w", refs[i].id, errBadEntry)
		}
		v, err := ir.nodeValue(refs[i].id)
		if err != nil {
			return err
		}
		refs[i].iri = value(v)
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i].iri < refs[j].iri })
	return nil
}

// statementBatch is how many statements a neighbourhood reads at once: a
// batch reads the index and the log in ascending order, and the context is
// checked between batches.
const statementBatch = 4096

// keep applies the filter to st, whose end other is not the node expanded.
func (w *walk) keep(st *schema.Statement, other string) (bool, error) {
	if !w.opts.Filter.keep(st) {
		return false, nil
	}
	if len(w.opts.Filter.Types) == 0 {
		return true, nil
	}
	t, err := entityType(w.r, other, w.types)
	return slices.Contains(w.opts.Filter.Types, t), err
}

func cmpOr(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

// addStatement counts st in the edge it belongs to.
func addStatement(aggs map[aggKey]*edgeAgg, st *schema.Statement) {
	k := aggKey{st.Subject.Entity, st.Predicate, st.Object.Entity, !st.IsAsserted()}
	a := aggs[k]
	if a == nil {
		a = &edgeAgg{edge: schema.Edge{From: k.from, To: k.to, Relation: k.rel, Unasserted: k.unasserted}, docs: map[string]bool{}}
		aggs[k] = a
	}
	a.edge.Count++
	if st.QuadClass >= 1 && st.QuadClass <= 4 {
		a.classes[st.QuadClass]++
	}
	if st.Doc != "" {
		a.docs[schema.DocIRI(st.Doc)] = true
	}
}

// strongest keeps the focus and, of the other nodes, the maxNodes with the
// most statements linking them to nodes already kept.
func strongest(aggs map[aggKey]*edgeAgg, focus []string, nodes map[string]bool, maxNodes int) map[string]bool {
	if maxNodes < 0 || len(nodes) <= maxNodes {
		return nodes
	}
	weight := map[string]int{}
	for _, a := range aggs {
		if nodes[a.edge.From] && nodes[a.edge.To] {
			weight[a.edge.From] += a.edge.Count
			weight[a.edge.To] += a.edge.Count
		}
	}
	var others []string
	for n := range nodes {
		if !slices.Contains(focus, n) {
			others = append(others, n)
		}
	}
	sort.Slice(others, func(i, j int) bool {
		if weight[others[i]] != weight[others[j]] {
			return weight[others[i]] > weight[others[j]]
		}
		return others[i] < others[j]
	})
	kept := map[string]bool{}
	for _, f := range focus {
		kept[f] = true
	}
	for _, n := range others {
		if len(kept) >= maxNodes {
			break
		}
		kept[n] = true
	}
	return kept
}

// expandable returns the nodes of next that were kept and may be expanded:
// not concepts nor roles.
func expandable(next []string, kept map[string]bool) []string {
	var out []string
	for _, n := range next {
		if kept[n] && !strings.HasPrefix(n, schema.Prefix+"concept/") && !strings.HasPrefix(n, schema.Prefix+"role/") {
			out = append(out, n)
		}
	}
	return out
}

// neighbourhoodGraph turns the edges among the kept nodes into a graph.
func neighbourhoodGraph(r *reads, aggs map[aggKey]*edgeAgg, nodes map[string]bool) (*schema.Graph, error) {
	ids := make([]string, 0, len(nodes))
	for n := range nodes {
		ids = append(ids, n)
	}
	sort.Strings(ids)
	g := &schema.Graph{}
	types := map[string]schema.EntityType{}
	for _, id := range ids {
		t, err := entityType(r, id, types)
		if err != nil {
			return nil, err
		}
		e, err := describe(r, id, t)
		if err != nil {
			return nil, err
		}
		g.Nodes = append(g.Nodes, e)
	}
	for _, a := range aggs {
		if !nodes[a.edge.From] || !nodes[a.edge.To] {
			continue
		}
		e := a.edge
		for d := range a.docs {
			e.Docs = append(e.Docs, d)
		}
		sort.Strings(e.Docs)
		for c := 1; c <= 4; c++ {
			if a.classes[c] > a.classes[e.QuadClass] {
				e.QuadClass = c
			}
		}
		g.Edges = append(g.Edges, e)
	}
	sortEdges(g.Edges)
	return g, nil
}

// sortEdges orders edges by from, to, relation, asserted first.
func sortEdges(edges []schema.Edge) {
	sort.Slice(edges, func(i, j int) bool {
		a, b := edges[i], edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		return !a.Unasserted && b.Unasserted
	})
}

// statementsAbout returns the statement nodes whose subject or object is
// node, sorted.
func statementsAbout(r *reads, node string) ([]string, error) {
	var out []string
	for _, pred := range []string{schema.Subject, schema.Object} {
		qs, err := r.in(node, pred)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			out = append(out, value(q.Subject))
		}
	}
	sort.Strings(out)
	return slicesCompact(out), nil
}

// readNodes adds the quads whose subject is one of ids to sn, those of
// predicates preds when there are any.
func readNodes(r *reads, sn *snapshot, ids []string, preds ...string) error {
	for _, id := range ids {
		qs, err := r.out(id, preds...)
		if err != nil {
			return err
		}
		for _, q := range qs {
			sn.add(q)
		}
	}
	return nil
}

// readStatements reads what a neighbourhood needs of statement nodes (see
// edgePreds, and edgeAndFilterPreds when filtered by them), with the IRIs of
// their subject and object and the types their IRIs tell; about tells which
// have node as their subject or object.
func readStatements(r *reads, refs []stmtRef, node string, filtered bool) (sts []schema.Statement, about []bool, err error) {
	preds := edgePreds
	if filtered {
		preds = edgeAndFilterPreds[:]
	}
	var qss [][]quad.Quad
	if ir, ok := r.nodeReader.(idReader); ok && refs[0].id != 0 {
		ids := make([]uint64, len(refs))
		for i, ref := range refs {
			ids[i] = ref.id
		}
		qss, err = ir.outManyIDs(ids, false, preds...)
	} else {
		iris := make([]string, len(refs))
		for i, ref := range refs {
			iris[i] = ref.iri
		}
		qss, err = r.outMany(iris, preds...)
	}
	if err != nil {
		return nil, nil, err
	}
	sts = make([]schema.Statement, len(refs))
	about = make([]bool, len(refs))
	for i, ref := range refs {
		sts[i] = edgeStatement(ref.iri, qss[i])
		for _, q := range qss[i] {
			if p := value(q.Predicate); (p == schema.Subject || p == schema.Object) && q.Object == quad.IRI(node) {
				about[i] = true
				break
			}
		}
	}
	return sts, about, nil
}

// edgeStatement makes a statement of what readStatements read of node id.
// It reads the quads' values straight into the statement: a snapshot's
// maps cost more than the reads on a node with a thousand statements.
func edgeStatement(id string, qs []quad.Quad) schema.Statement {
	st := schema.Statement{ID: strings.TrimPrefix(id, schema.Prefix+"stmt/")}
	// Where a predicate has several values, the smallest string counts,
	// as for a snapshot (firstString).
	var set [len(edgeAndFilterPreds)]bool
	first := func(i int, dst *string, v string) {
		if !set[i] || v < *dst {
			*dst, set[i] = v, true
		}
	}
	var pred, doc, polarity, modality string
	for _, q := range qs {
		v := value(q.Object)
		switch value(q.Predicate) {
		case schema.Subject:
			first(0, &st.Subject.Entity, v)
		case schema.Predicate:
			first(1, &pred, v)
		case schema.Object:
			first(2, &st.Object.Entity, v)
		case schema.InDocument:
			first(3, &doc, v)
		case schema.PolarityP:
			first(4, &polarity, v)
		case schema.ModalityP:
			first(5, &modality, v)
		case schema.QuadClass:
			if n, ok := q.Object.(quad.Int); ok && !set[6] {
				st.QuadClass, set[6] = int(n), true
			}
		case schema.EventDate:
			first(7, &st.EventDate, v)
		case schema.CAMEO:
			first(8, &st.CAMEO, v)
		case schema.PLOVER:
			first(9, &st.PLOVER, v)
		}
	}
	st.Predicate = strings.TrimPrefix(pred, schema.Prefix)
	st.Doc = docID(doc)
	st.Polarity, st.Modality = schema.Polarity(polarity), schema.Modality(modality)
	st.Subject.Type = typeOfIRI(st.Subject.Entity)
	st.Object.Type = typeOfIRI(st.Object.Entity)
	return st
}

// edgePreds are the predicates of a statement node that a neighbourhood
// reads for its edges: the ends, the relation, the document, what makes a
// statement asserted (IsAsserted) and the quad class; edgeAndFilterPreds
// adds those the filters read.
var (
	edgePreds = []string{schema.Subject, schema.Predicate, schema.Object, schema.InDocument, schema.PolarityP,
		schema.ModalityP, schema.QuadClass}
	edgeAndFilterPreds = [...]string{schema.Subject, schema.Predicate, schema.Object, schema.InDocument,
		schema.PolarityP, schema.ModalityP, schema.QuadClass, schema.EventDate, schema.CAMEO, schema.PLOVER}
)

// objects returns the values of node's predicate pred.
func objects(r *reads, node, pred string) ([]quad.Value, error) {
	qs, err := r.out(node, pred)
	if err != nil {
		return nil, fmt.Errorf("read %s of %s: %w", pred, node, err)
	}
	vs := make([]quad.Value, len(qs))
	for i, q := range qs {
		vs[i] = q.Object
	}
	return vs, nil
}

// entityType returns the type of an entity, from its IRI's shape or its
// rdf:type, remembered in cache.
func entityType(r *reads, id string, cache map[string]schema.EntityType) (schema.EntityType, error) {
	if t := typeOfIRI(id); t != "" {
		return t, nil
	}
	if t, ok := cache[id]; ok {
		return t, nil
	}
	vs, err := objects(r, id, schema.Type)
	if err != nil {
		return "", err
	}
	t := schema.Misc
	if len(vs) > 0 {
		t = schema.EntityType(strings.TrimPrefix(firstString(vs), schema.Prefix))
	}
	cache[id] = t
	return t, nil
}

// typeOfIRI guesses an entity type from the shape of its IRI, for filters:
// concepts, roles and countries have their own prefixes; anything else
// counts as an actor whose type is read later.
func typeOfIRI(id string) schema.EntityType {
	switch {
	case strings.HasPrefix(id, schema.Prefix+"concept/"):
		return schema.Concept
	case strings.HasPrefix(id, schema.Prefix+"role/"):
		return schema.Role
	case strings.HasPrefix(id, schema.Prefix+"country/"):
		return schema.Country
	}
	return ""
}

// Entities returns every entity of the store that has a type other than
// Concept, with its name, aliases and subtype, sorted by ID: what a search
// box completes.
func (s *Store) Entities(ctx context.Context) ([]schema.Entity, error) {
	r := s.reads(ctx)
	defer r.close()
	var out []schema.Entity
	for _, t := range schema.EntityTypes {
		if t == schema.Concept {
			continue
		}
		qs, err := r.in(t.IRI(), schema.Type)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			e, err := describe(r, value(q.Subject), t)
			if err != nil {
				return nil, err
			}
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return slices.CompactFunc(out, func(a, b schema.Entity) bool { return a.ID == b.ID }), nil
}

// describe reads the name, aliases and subtype of an entity of type t
// through exact index lookups (not every quad of a node, which for a
// country is thousands of edges).
func describe(r *reads, id string, t schema.EntityType) (schema.Entity, error) {
	if e, ok := r.desc.get(id); ok {
		e.Type = t
		return e, nil
	}
	e := schema.Entity{ID: id, Type: t}
	names, err := objects(r, id, schema.Name)
	if err != nil {
		return e, err
	}
	aliases, err := objects(r, id, schema.Alias)
	if err != nil {
		return e, err
	}
	sub, err := objects(r, id, schema.Subtype)
	if err != nil {
		return e, err
	}
	e.Name = firstString(names)
	for _, v := range append(names, aliases...) {
		if a := value(v); a != e.Name {
			e.Aliases = append(e.Aliases, a)
		}
	}
	sort.Strings(e.Aliases)
	e.Aliases = slicesCompact(e.Aliases)
	e.Subtype = firstString(sub)
	if e.Name == "" {
		e.Name = strings.ReplaceAll(id[strings.LastIndexAny(id, ":/")+1:], "_", " ")
	}
	r.desc.put(e)
	return e, nil
}

// Evidence is a list of statements with the documents they come from.
type Evidence struct {
	Statements []schema.Statement
	// Documents by ID: title, URL and publication date.
	Documents map[string]schema.Document
	// Entities by IRI: name and type of every subject, object and speaker.
	Entities map[string]schema.Entity
	// Total counts the statements found before Limit cut them.
	Total int
}

// StatementsAbout returns the statements whose subject or object is node
// and, when other is not empty, whose other end is other (in either
// direction); filtered, newest event first, at most limit (0: all).
func (s *Store) StatementsAbout(ctx context.Context, node, other string, f StatementFilter, limit int) (*Evidence, error) {
	r := s.reads(ctx)
	defer r.close()
	ids, err := statementsAbout(r, node)
	if err != nil {
		return nil, err
	}
	if other != "" {
		theirs, err := statementsAbout(r, other)
		if err != nil {
			return nil, err
		}
		ids = intersectSorted(ids, theirs)
	}
	ev := &Evidence{Documents: map[string]schema.Document{}, Entities: map[string]schema.Entity{}}
	types := map[string]schema.EntityType{}
	for _, id := range ids {
		st, err := fullStatement(r, id)
		if err != nil {
			return nil, err
		}
		if !f.keep(&st) {
			continue
		}
		if len(f.Types) > 0 {
			end := st.Object.Entity
			if end == node {
				end = st.Subject.Entity
			}
			t, err := entityType(r, end, types)
			if err != nil {
				return nil, err
			}
			if !slices.Contains(f.Types, t) {
				continue
			}
		}
		ev.Statements = append(ev.Statements, st)
	}
	sortEvidence(ev.Statements)
	ev.Total = len(ev.Statements)
	if limit > 0 && len(ev.Statements) > limit {
		ev.Statements = ev.Statements[:limit]
	}
	return ev, describeEvidence(r, ev)
}

// sortEvidence orders statements by event date (newest first, undated
// last), then document, sentence and ID.
func sortEvidence(sts []schema.Statement) {
	sort.SliceStable(sts, func(i, j int) bool {
		a, b := &sts[i], &sts[j]
		if a.EventDate != b.EventDate {
			return a.EventDate > b.EventDate
		}
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.SentenceIndex != b.SentenceIndex {
			return a.SentenceIndex < b.SentenceIndex
		}
		return a.ID < b.ID
	})
}

// describeEvidence fills the documents and entities the statements name.
func describeEvidence(r *reads, ev *Evidence) error {
	for _, st := range ev.Statements {
		if _, ok := ev.Documents[st.Doc]; !ok && st.Doc != "" {
			sn := newSnapshot()
			if err := readNodes(r, sn, []string{schema.DocIRI(st.Doc)}); err != nil {
				return err
			}
			sn.done()
			for _, d := range sn.documents() {
				ev.Documents[st.Doc] = d
			}
		}
		for _, id := range []string{st.Subject.Entity, st.Object.Entity, st.Speaker} {
			if _, ok := ev.Entities[id]; ok || !strings.HasPrefix(id, schema.Prefix) {
				continue
			}
			t, err := entityType(r, id, map[string]schema.EntityType{})
			if err != nil {
				return err
			}
			e, err := describe(r, id, t)
			if err != nil {
				return err
			}
			ev.Entities[id] = e
		}
	}
	return nil
}

// fullStatement reads a statement node as Statements would, with its
// sentence and extra arguments.
func fullStatement(r *reads, id string) (schema.Statement, error) {
	sn := newSnapshot()
	if err := readNodes(r, sn, []string{id}); err != nil {
		return schema.Statement{}, err
	}
	var args []string
	for q := range sn.all() {
		if q.Predicate == iri(schema.Argument) {
			args = append(args, value(q.Object))
		}
	}
	if err := readNodes(r, sn, args); err != nil {
		return schema.Statement{}, err
	}
	sn.done()
	st := sn.statement(id)
	st.Subject.Entity = firstString(sn.props(id)[schema.Subject])
	st.Object.Entity = firstString(sn.props(id)[schema.Object])
	return st, nil
}

// intersectSorted returns the strings in both sorted slices.
func intersectSorted(a, b []string) []string {
	var out []string
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return out
}
