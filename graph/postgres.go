package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

func init() {
	registerBackend(&backendInfo{
		name:    "postgres",
		schemes: []string{"postgres", "postgresql"},
		usage:   "postgres://USER@HOST:PORT/DB (Cayley's SQL backend on PostgreSQL)",
		batch:   DefaultPostgresBatch,
		shared:  true,
		open: func(_ context.Context, url, _ string, o options) (driver, error) {
			d, err := openPostgresDriver(url)
			if err == nil {
				d.cayley = o.cayleyWrites
			}
			return d, err
		},
	})
}

// pgDriver is Cayley's SQL backend on PostgreSQL, with kgraph's own
// bulk writer and batched lookups beside it.
type pgDriver struct {
	qs   cgraph.QuadStore
	w    *pgWriter
	bulk *pgBulk // during a load into an empty store
	// cayley: see options.cayleyWrites.
	cayley bool
}

var (
	_ driver     = (*pgDriver)(nil)
	_ isEmptier  = (*pgDriver)(nil)
	_ bulkLoader = (*pgDriver)(nil)
)

func openPostgresDriver(url string) (*pgDriver, error) {
	if err := cgraph.InitQuadStore(postgres.Type, url, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil, fmt.Errorf("init postgres store %s: %w", redact(url), err)
	}
	qs, err := cgraph.NewQuadStore(postgres.Type, url, nil)
	if err != nil {
		return nil, fmt.Errorf("open postgres store %s: %w", redact(url), err)
	}
	db, err := sql.Open("postgres", url)
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("open postgres store %s: %w", redact(url), err)
	}
	return &pgDriver{qs: qs, w: &pgWriter{db: db}}, nil
}

func (p *pgDriver) quadStore() cgraph.QuadStore { return p.qs }

func (p *pgDriver) add(ctx context.Context, qs []quad.Quad) (int, error) {
	if len(qs) == 0 {
		return 0, nil
	}
	if p.bulk != nil {
		return p.bulk.add(ctx, qs)
	}
	if p.cayley {
		return len(qs), applyQuads(p.qs, qs, cgraph.Add)
	}
	deltas := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	if err := p.w.add(deltas); err != nil {
		return 0, err
	}
	// An empty transaction through Cayley resets its cached quad count.
	return len(qs), p.qs.ApplyDeltas(nil, cgraph.IgnoreOpts{})
}

func (p *pgDriver) remove(_ context.Context, qs []quad.Quad) error {
	return applyQuads(p.qs, qs, cgraph.Delete)
}

// stored looks quads up a thousand at a time.
func (p *pgDriver) stored(_ context.Context, qs []quad.Quad) ([]bool, error) {
	found := make(map[quad.Quad]bool, len(qs))
	for start := 0; start < len(qs); start += pgLookupChunk {
		if err := p.w.lookup(qs[start:min(start+pgLookupChunk, len(qs))], found); err != nil {
			return nil, err
		}
	}
	out := make([]bool, len(qs))
	for i, q := range qs {
		out[i] = found[q]
	}
	return out, nil
}

// beginBulk starts a load. A load into an empty store stages its
// batches and writes them at endBulk (see pgBulk), in batches of the
// store's usual size.
func (p *pgDriver) beginBulk(empty bool, _ int) (batch int, bulk bool, err error) {
	if !empty || p.cayley {
		return 0, false, nil
	}
	p.bulk = newPGBulk(p.w.db)
	return 0, true, nil
}

// endBulk writes what a load into an empty store staged, in one
// transaction.
func (p *pgDriver) endBulk() error {
	b := p.bulk
	if b == nil {
		return nil
	}
	p.bulk = nil
	if err := b.finish(context.Background()); err != nil {
		return fmt.Errorf("postgres store: %w", err)
	}
	// An empty transaction through Cayley resets its cached quad count.
	return p.qs.ApplyDeltas(nil, cgraph.IgnoreOpts{})
}

// isEmpty asks for one quad rather than counting them.
func (p *pgDriver) isEmpty(ctx context.Context) (bool, error) {
	var any bool
	if err := p.w.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM quads)`).Scan(&any); err != nil {
		return false, fmt.Errorf("postgres store: %w", err)
	}
	return !any, nil
}

func (p *pgDriver) close() error {
	err := p.qs.Close()
	if e := p.w.db.Close(); err == nil {
		err = e
	}
	return err
}

// pgWriter adds quads to Cayley's Postgres tables in bulk. Cayley's own
// writer sends one INSERT per node and per quad, a round trip each; this
// writer builds the very same rows with Cayley's helpers
// (graphlog.SplitDeltas, csql.NodeValues, NodeHash.SQLValue), streams them
// with COPY into temporary tables and merges those into Cayley's tables,
// all in one transaction per batch. Removals still go through Cayley.
type pgWriter struct {
	db *sql.DB
}

// add writes the additions of one batch in one transaction: nodes and
// quads go through COPY into temporary tables (dropped at commit), then
// into Cayley's tables with the same conflict rules as Cayley's writer: a
// stored node has its reference count raised, a stored quad is kept.
func (w *pgWriter) add(deltas []cgraph.Delta) (err error) {
	d := graphlog.SplitDeltas(deltas)
	tx, err := w.db.Begin()
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if _, err := tx.Exec(`CREATE TEMP TABLE kg_nodes (LIKE nodes INCLUDING DEFAULTS) ON COMMIT DROP;
CREATE TEMP TABLE kg_quads (subject_hash BYTEA, predicate_hash BYTEA, object_hash BYTEA, label_hash BYTEA) ON COMMIT DROP`); err != nil {
		return fmt.Errorf("create temporary tables: %w", err)
	}
	if err := copyNodes(tx, d.IncNode); err != nil {
		return err
	}
	rows := make([][]any, 0, len(d.QuadAdd))
	for _, q := range d.QuadAdd {
		if q.Del {
			continue
		}
		row := make([]any, 0, 4)
		for _, h := range q.Quad.Dirs() {
			row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		rows = append(rows, row)
	}
	if err := copyRows(tx, "kg_quads", []string{"subject_hash", "predicate_hash", "object_hash", "label_hash"}, rows); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO nodes SELECT * FROM kg_nodes ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`); err != nil {
		return fmt.Errorf("insert nodes: %w", err)
	}
	if _, err := tx.Exec(`INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
SELECT subject_hash, predicate_hash, object_hash, label_hash, now() FROM kg_quads ON CONFLICT DO NOTHING`); err != nil {
		return fmt.Errorf("insert quads: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// copyNodes copies the nodes a batch adds into kg_nodes, grouped by the
// columns their value type fills.
func copyNodes(tx *sql.Tx, nodes []graphlog.NodeUpdate) error {
	var g nodeRows
	for _, n := range nodes {
		if n.RefInc <= 0 {
			continue
		}
		if err := g.add(n.Hash, n.Val, n.RefInc); err != nil {
			return err
		}
	}
	return g.copy(tx)
}

// nodeRows are kg_nodes rows grouped by the columns their value type fills,
// in the order the types were first seen, for one COPY per group.
type nodeRows struct {
	groups map[csql.ValueType]*nodeGroup
	order  []csql.ValueType
}

type nodeGroup struct {
	cols []string
	rows [][]any
}

// add adds the row of node val with hash h and nrefs references.
func (g *nodeRows) add(h refs.ValueHash, val quad.Value, nrefs any) error {
	key, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, val)
	if err != nil {
		return fmt.Errorf("node %v: %w", val, err)
	}
	if g.groups == nil {
		g.groups = make(map[csql.ValueType]*nodeGroup)
	}
	grp := g.groups[key]
	if grp == nil {
		grp = &nodeGroup{cols: append([]string{"refs", "hash"}, key.Columns()...)}
		g.groups[key] = grp
		g.order = append(g.order, key)
	}
	grp.rows = append(grp.rows, append([]any{nrefs}, vals...))
	return nil
}

// copy writes the rows into kg_nodes.
func (g *nodeRows) copy(tx *sql.Tx) error {
	for _, key := range g.order {
		if err := copyRows(tx, "kg_nodes", g.groups[key].cols, g.groups[key].rows); err != nil {
			return err
		}
	}
	return nil
}

// copyRows streams rows into a table with COPY FROM STDIN.
func copyRows(tx *sql.Tx, table string, cols []string, rows [][]any) error {
	return copyEach(tx, table, cols, len(rows), func(i int) []any { return rows[i] })
}

// copyEach streams n rows into a table with COPY FROM STDIN; row(i)
// gives the i-th, which may reuse the slice it gave before.
func copyEach(tx *sql.Tx, table string, cols []string, n int, row func(i int) []any) error {
	if n == 0 {
		return nil
	}
	stmt, err := tx.Prepare(pq.CopyIn(table, cols...))
	if err != nil {
		return fmt.Errorf("copy into %s: %w", table, err)
	}
	for i := range n {
		if _, err := stmt.Exec(row(i)...); err != nil {
			stmt.Close()
			return fmt.Errorf("copy into %s: %w", table, err)
		}
	}
	if _, err := stmt.Exec(); err != nil {
		stmt.Close()
		return fmt.Errorf("copy into %s: %w", table, err)
	}
	if err := stmt.Close(); err != nil {
		return fmt.Errorf("copy into %s: %w", table, err)
	}
	return nil
}

// pgLookupChunk is how many quads one lookup query takes (three or four
// bind parameters each).
const pgLookupChunk = 1000

// lookup marks which of qs are stored, in found: one query for the
// unlabelled quads, one for the labelled ones, each through a unique index.
func (w *pgWriter) lookup(qs []quad.Quad, found map[quad.Quad]bool) error {
	var free, labelled []quad.Quad
	for _, q := range qs {
		if q.Label == nil {
			free = append(free, q)
		} else {
			labelled = append(labelled, q)
		}
	}
	if err := w.lookupSome(free, 3, found); err != nil {
		return err
	}
	return w.lookupSome(labelled, 4, found)
}

// lookupSome looks up quads on their first dirs directions (3: unlabelled
// quads, 4: labelled ones).
func (w *pgWriter) lookupSome(qs []quad.Quad, dirs int, found map[quad.Quad]bool) error {
	if len(qs) == 0 {
		return nil
	}
	type key [4]refs.ValueHash
	byKey := make(map[key]quad.Quad, len(qs))
	var sb strings.Builder
	args := make([]any, 0, dirs*len(qs))
	cols := []string{"subject_hash", "predicate_hash", "object_hash", "label_hash"}[:dirs]
	sb.WriteString("SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads WHERE ")
	if dirs == 3 {
		sb.WriteString("label_hash IS NULL AND ")
	}
	sb.WriteString("(" + strings.Join(cols, ", ") + ") IN (")
	for i, q := range qs {
		k := key{refs.HashOf(q.Subject), refs.HashOf(q.Predicate), refs.HashOf(q.Object), refs.HashOf(q.Label)}
		byKey[k] = q
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteByte('(')
		for j := range dirs {
			if j > 0 {
				sb.WriteByte(',')
			}
			args = append(args, csql.NodeHash{ValueHash: k[j]}.SQLValue())
			sb.WriteString("$" + strconv.Itoa(len(args)))
		}
		sb.WriteByte(')')
	}
	sb.WriteByte(')')
	rows, err := w.db.Query(sb.String(), args...)
	if err != nil {
		return fmt.Errorf("look up quads: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s, p, o, l csql.NodeHash
		if err := rows.Scan(&s, &p, &o, &l); err != nil {
			return fmt.Errorf("look up quads: %w", err)
		}
		if q, ok := byKey[key{s.ValueHash, p.ValueHash, o.ValueHash, l.ValueHash}]; ok {
			found[q] = true
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("look up quads: %w", err)
	}
	return nil
}
