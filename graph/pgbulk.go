package graph

import (
	"bytes"
	"context"
	"database/sql"
	sqldriver "database/sql/driver"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// errPGBulkRace reports that another process wrote a store while a load
// that found it empty staged its quads.
var errPGBulkRace = errors.New("another process wrote to the store during a load into it while it was empty; nothing was loaded: load again")

// pgBulk is a load into an empty PostgreSQL store (see
// pgDriver.beginBulk). Merging a batch into Cayley's tables costs little
// for the nodes but much for the quads: each row inserted updates seven
// indexes and fires four foreign-key triggers, which took nine tenths of
// a load's time (EXPLAIN ANALYZE: 3.2 s of index upkeep and 2.6 s of
// triggers for 170,000 quads, against 0.4 s for the same rows without
// them). So a bulk load does what PostgreSQL's manual advises for
// filling a table: it stages the nodes of each batch with COPY in a
// temporary table, on a connection of its own, and keeps the quads in
// memory, deduplicated; its finish writes them into Cayley's tables in
// one transaction that drops the quads' indexes and foreign keys first
// and makes them again after, each by the definition the catalog gives,
// so that the store ends exactly as Cayley's writer leaves it. The quads
// go in by COPY in the order of their subject, predicate, object and
// label hashes: three of the six indexes then find their rows sorted.
//
// The store reads as it was, empty, until that transaction commits;
// readers wait only for it. A crash before leaves it empty; a failed
// batch is not staged, and the batches before it are loaded at finish,
// as kvBulk keeps the whole documents it wrote.
//
// Quads are deduplicated here, as the loader expects of a bulk load:
// every value gets an ID when it is first staged, and a quad is kept
// once, by the IDs of its values (30 to 45 bytes a quad in the map,
// and 16 more while finish sorts them). Each node is staged once too,
// with the reference count of its first batch; finish corrects the
// counts that later batches raised.
type pgBulk struct {
	db   *sql.DB
	conn *sql.Conn // holds the temporary tables; nil until the first batch
	// ids gives the ID (1, 2, ...) of each staged node by its hash.
	ids map[refs.ValueHash]uint32
	// By ID less one: each staged node's hash, the number of quad
	// directions that use it, and that number when it was staged.
	hashes        []refs.ValueHash
	nrefs, staged []int32
	// quads holds the quads to write by the IDs of their subject,
	// predicate, object and label (0: none).
	quads map[[4]uint32]struct{}
}

func newPGBulk(db *sql.DB) *pgBulk {
	return &pgBulk{db: db, ids: make(map[refs.ValueHash]uint32), quads: make(map[[4]uint32]struct{})}
}

// start opens the connection that holds the staging tables.
func (b *pgBulk) start(ctx context.Context) error {
	conn, err := b.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `CREATE TEMP TABLE kg_nodes (LIKE nodes INCLUDING DEFAULTS)`); err != nil {
		discardConn(conn)
		return fmt.Errorf("create staging tables: %w", err)
	}
	b.conn = conn
	return nil
}

// discardConn closes a connection rather than give it back to the pool,
// so that its temporary tables go with it.
func discardConn(conn *sql.Conn) {
	_ = conn.Raw(func(any) error { return sqldriver.ErrBadConn })
	conn.Close()
}

// add takes the quads of one batch that it has not taken yet, staging
// their new nodes in one transaction, and returns how many it took.
func (b *pgBulk) add(ctx context.Context, qs []quad.Quad) (n int, err error) {
	if b.conn == nil {
		if err := b.start(ctx); err != nil {
			return 0, err
		}
	}
	// What the batch adds; b takes it in only once it is staged.
	var (
		byVal    = make(map[quad.Value]uint32, len(qs))
		newIDs   = make(map[refs.ValueHash]uint32)
		newNodes []bulkNode // by ID less len(b.hashes) less one
		newRefs  []int32
		inc      = make(map[uint32]int32) // on staged nodes
		added    = make(map[[4]uint32]struct{}, len(qs))
	)
	base := uint32(len(b.hashes))
	value := func(v quad.Value) uint32 {
		if id, ok := byVal[v]; ok {
			return id
		}
		h := refs.HashOf(v)
		id, ok := b.ids[h]
		if !ok {
			if id, ok = newIDs[h]; !ok {
				newNodes, newRefs = append(newNodes, bulkNode{v, h}), append(newRefs, 0)
				id = base + uint32(len(newNodes))
				newIDs[h] = id
			}
		}
		byVal[v] = id
		return id
	}
	for _, q := range qs {
		var key [4]uint32
		for i, v := range [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v != nil {
				key[i] = value(v)
			}
		}
		if _, dup := b.quads[key]; dup {
			continue
		}
		if _, dup := added[key]; dup {
			continue
		}
		added[key] = struct{}{}
		for _, id := range key {
			switch {
			case id == 0:
			case id > base:
				newRefs[id-base-1]++
			default:
				inc[id]++
			}
		}
	}
	if len(added) == 0 {
		return 0, nil
	}
	tx, err := b.conn.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if err := stageNodes(tx, newNodes, newRefs); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("commit: %w", err)
	}
	for h, id := range newIDs {
		b.ids[h] = id
	}
	for _, n := range newNodes {
		b.hashes = append(b.hashes, n.hash)
	}
	b.nrefs = append(b.nrefs, newRefs...)
	b.staged = append(b.staged, newRefs...)
	for id, n := range inc {
		b.nrefs[id-1] += n
	}
	for k := range added {
		b.quads[k] = struct{}{}
	}
	return len(added), nil
}

// bulkNode is a node a batch stages.
type bulkNode struct {
	val  quad.Value
	hash refs.ValueHash
}

// stageNodes copies the nodes a batch stages into kg_nodes, grouped by
// the columns their value type fills; nodes[i] has nrefs[i] references.
func stageNodes(tx *sql.Tx, nodes []bulkNode, nrefs []int32) error {
	var g nodeRows
	for i, n := range nodes {
		if err := g.add(n.hash, n.val, nrefs[i]); err != nil {
			return err
		}
	}
	return g.copy(tx)
}

// finish moves what the load staged into Cayley's tables, in one
// transaction, and closes the staging connection.
func (b *pgBulk) finish(ctx context.Context) (err error) {
	if b.conn == nil {
		return nil
	}
	defer discardConn(b.conn)
	tx, err := b.conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	// From here until the commit other writers wait, and readers of
	// the quads too.
	if _, err := tx.Exec(`LOCK TABLE nodes IN SHARE ROW EXCLUSIVE MODE; LOCK TABLE quads IN ACCESS EXCLUSIVE MODE`); err != nil {
		return fmt.Errorf("lock tables: %w", err)
	}
	var filled bool
	if err := tx.QueryRow(`SELECT EXISTS (SELECT 1 FROM quads)`).Scan(&filled); err != nil {
		return fmt.Errorf("postgres store: %w", err)
	}
	if filled {
		return errPGBulkRace
	}
	if err := b.fixRefs(tx); err != nil {
		return err
	}
	drop, create, err := quadIndexes(tx)
	if err != nil {
		return err
	}
	for _, s := range drop {
		if _, err := tx.Exec(s); err != nil {
			return fmt.Errorf("drop quad indexes: %w", err)
		}
	}
	if _, err := tx.Exec(`INSERT INTO nodes SELECT * FROM kg_nodes ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`); err != nil {
		return fmt.Errorf("insert nodes: %w", err)
	}
	if err := b.copyQuads(tx); err != nil {
		return err
	}
	for _, s := range create {
		if _, err := tx.Exec(s); err != nil {
			return fmt.Errorf("make quad indexes: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// copyQuads writes the quads, sorted by their hashes as PostgreSQL
// orders them (bytewise; a quad without a label before one with), with
// the transaction's time, as Cayley's writer gives it.
func (b *pgBulk) copyQuads(tx *sql.Tx) error {
	var now string
	if err := tx.QueryRow(`SELECT now()::timestamp::text`).Scan(&now); err != nil {
		return fmt.Errorf("insert quads: %w", err)
	}
	// Node IDs ranked by hash, so that quads sort by comparing numbers.
	byHash := make([]uint32, len(b.hashes))
	for i := range byHash {
		byHash[i] = uint32(i + 1)
	}
	slices.SortFunc(byHash, func(x, y uint32) int { return bytes.Compare(b.hashes[x-1][:], b.hashes[y-1][:]) })
	rank := make([]uint32, len(b.hashes)+1) // rank[0]: no label
	for r, id := range byHash {
		rank[id] = uint32(r + 1)
	}
	keys := make([][4]uint32, 0, len(b.quads))
	for k := range b.quads {
		keys = append(keys, [4]uint32{rank[k[0]], rank[k[1]], rank[k[2]], rank[k[3]]})
	}
	slices.SortFunc(keys, func(x, y [4]uint32) int { return slices.Compare(x[:], y[:]) })
	row := make([]any, 5)
	return copyEach(tx, "quads", []string{"subject_hash", "predicate_hash", "object_hash", "label_hash", "ts"}, len(keys), func(i int) []any {
		for j, r := range keys[i] {
			row[j] = nil
			if r != 0 {
				row[j] = b.hashes[byHash[r-1]-1][:]
			}
		}
		row[4] = now
		return row
	})
}

// fixRefs gives the staged nodes whose count later batches raised their
// final count.
func (b *pgBulk) fixRefs(tx *sql.Tx) error {
	var rows [][]any
	for i, n := range b.nrefs {
		if n != b.staged[i] {
			rows = append(rows, []any{b.hashes[i][:], n})
		}
	}
	if len(rows) == 0 {
		return nil
	}
	if _, err := tx.Exec(`CREATE TEMP TABLE kg_refs (hash BYTEA, refs INT) ON COMMIT DROP`); err != nil {
		return fmt.Errorf("create staging tables: %w", err)
	}
	if err := copyRows(tx, "kg_refs", []string{"hash", "refs"}, rows); err != nil {
		return err
	}
	if _, err := tx.Exec(`UPDATE kg_nodes SET refs = kg_refs.refs FROM kg_refs WHERE kg_nodes.hash = kg_refs.hash`); err != nil {
		return fmt.Errorf("count node references: %w", err)
	}
	return nil
}

// quadIndexes returns the statements that drop the quads table's
// foreign keys and its indexes but the primary key, and those that make
// them again as they are.
func quadIndexes(tx *sql.Tx) (drop, create []string, err error) {
	rows, err := tx.Query(`SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
WHERE conrelid = 'quads'::regclass AND contype = 'f' ORDER BY conname`)
	if err != nil {
		return nil, nil, fmt.Errorf("read quad indexes: %w", err)
	}
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("read quad indexes: %w", err)
		}
		drop = append(drop, "ALTER TABLE quads DROP CONSTRAINT "+pq.QuoteIdentifier(name))
		create = append(create, "ALTER TABLE quads ADD CONSTRAINT "+pq.QuoteIdentifier(name)+" "+def)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("read quad indexes: %w", err)
	}
	// Indexes that back a constraint (the primary key) stay.
	rows, err = tx.Query(`SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
WHERE i.indrelid = 'quads'::regclass
AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
ORDER BY 1`)
	if err != nil {
		return nil, nil, fmt.Errorf("read quad indexes: %w", err)
	}
	defer rows.Close()
	var indexes, defs []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			return nil, nil, fmt.Errorf("read quad indexes: %w", err)
		}
		indexes, defs = append(indexes, name), append(defs, def)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("read quad indexes: %w", err)
	}
	if len(indexes) > 0 {
		drop = append(drop, "DROP INDEX "+strings.Join(indexes, ", "))
	}
	return drop, append(defs, create...), nil
}
