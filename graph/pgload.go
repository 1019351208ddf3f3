package graph

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
)

// pgWriter adds quads to Cayley's Postgres tables with multi-row INSERTs.
// Cayley's own writer sends one INSERT per node and per quad, a round trip
// each; this writer builds the very same rows with Cayley's helpers
// (graphlog.SplitDeltas, csql.NodeValues, NodeHash.SQLValue) and sends a
// thousand at a time, in one transaction per batch. Removals still go through
// Cayley.
type pgWriter struct {
	db *sql.DB
}

// pgMaxParams stays below Postgres' limit of 65535 bind parameters.
const pgMaxParams = 60000

// add writes the additions of one batch in one transaction.
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

	// Nodes, grouped by the columns their value type fills.
	type group struct {
		cols []string
		rows [][]any
	}
	groups := make(map[csql.ValueType]*group)
	var order []csql.ValueType
	for _, n := range d.IncNode {
		if n.RefInc <= 0 {
			continue
		}
		key, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return fmt.Errorf("node %v: %w", n.Val, err)
		}
		g := groups[key]
		if g == nil {
			g = &group{cols: append([]string{"refs", "hash"}, key.Columns()...)}
			groups[key] = g
			order = append(order, key)
		}
		g.rows = append(g.rows, append([]any{n.RefInc}, vals...))
	}
	for _, key := range order {
		g := groups[key]
		suffix := ` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
		if err := insertRows(tx, "nodes", g.cols, "", g.rows, suffix); err != nil {
			return err
		}
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
	cols := []string{"subject_hash", "predicate_hash", "object_hash", "label_hash"}
	if err := insertRows(tx, "quads", cols, "now()", rows, ` ON CONFLICT DO NOTHING`); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// insertRows inserts rows into table with as few statements as the
// parameter limit allows. extra, when set, is a literal value appended to
// each row for a "ts" column.
func insertRows(tx *sql.Tx, table string, cols []string, extra string, rows [][]any, suffix string) error {
	if len(rows) == 0 {
		return nil
	}
	per := pgMaxParams / len(cols)
	for start := 0; start < len(rows); start += per {
		chunk := rows[start:min(start+per, len(rows))]
		var b strings.Builder
		b.WriteString("INSERT INTO " + table + "(" + strings.Join(cols, ", "))
		if extra != "" {
			b.WriteString(", ts")
		}
		b.WriteString(") VALUES ")
		args := make([]any, 0, len(chunk)*len(cols))
		for i, r := range chunk {
			if len(r) != len(cols) {
				return fmt.Errorf("insert into %s: row of %d values for %d columns", table, len(r), len(cols))
			}
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('(')
			for j := range r {
				if j > 0 {
					b.WriteByte(',')
				}
				b.WriteString("$" + strconv.Itoa(len(args)+j+1))
			}
			if extra != "" {
				b.WriteString("," + extra)
			}
			b.WriteByte(')')
			args = append(args, r...)
		}
		b.WriteString(suffix)
		if _, err := tx.Exec(b.String(), args...); err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
	}
	return nil
}

// pgLookupChunk is how many quads one prefetch query looks up (three bind
// parameters each).
const pgLookupChunk = 1000

// prefetchShared looks up which shared (unlabelled) quads of docs are
// stored and records them in the (new) cache, by subject, as sharedStored
// reads it: every subject of docs gets an entry, holding its stored quads.
func (w *pgWriter) prefetchShared(docs []docQuads, cache map[quad.Value]map[quad.Quad]bool) error {
	var batch []quad.Quad
	want := make(map[quad.Quad]bool)
	for i := range docs {
		docs[i].eachShared(func(q quad.Quad) {
			if q.Label != nil || want[q] {
				return
			}
			want[q] = true
			batch = append(batch, q)
		})
	}
	for len(batch) > 0 {
		k := min(len(batch), pgLookupChunk)
		if err := w.lookup(batch[:k], cache); err != nil {
			return err
		}
		batch = batch[k:]
	}
	return nil
}

// lookup marks which of qs are stored, in cache.
func (w *pgWriter) lookup(qs []quad.Quad, cache map[quad.Value]map[quad.Quad]bool) error {
	type key [3]refs.ValueHash
	byKey := make(map[key]quad.Quad, len(qs))
	var sb strings.Builder
	args := make([]any, 0, 3*len(qs))
	sb.WriteString(`SELECT subject_hash, predicate_hash, object_hash FROM quads WHERE label_hash IS NULL AND (subject_hash, predicate_hash, object_hash) IN (`)
	for i, q := range qs {
		k := key{refs.HashOf(q.Subject), refs.HashOf(q.Predicate), refs.HashOf(q.Object)}
		byKey[k] = q
		if i > 0 {
			sb.WriteByte(',')
		}
		n := len(args)
		fmt.Fprintf(&sb, "($%d,$%d,$%d)", n+1, n+2, n+3)
		for _, h := range k {
			args = append(args, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		if cache[q.Subject] == nil {
			cache[q.Subject] = make(map[quad.Quad]bool)
		}
	}
	sb.WriteByte(')')
	rows, err := w.db.Query(sb.String(), args...)
	if err != nil {
		return fmt.Errorf("look up shared quads: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s, p, o csql.NodeHash
		if err := rows.Scan(&s, &p, &o); err != nil {
			return fmt.Errorf("look up shared quads: %w", err)
		}
		if q, ok := byKey[key{s.ValueHash, p.ValueHash, o.ValueHash}]; ok {
			cache[q.Subject][q] = true
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("look up shared quads: %w", err)
	}
	return nil
}
