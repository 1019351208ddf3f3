package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bbolt "go.etcd.io/bbolt"
)

func init() {
	registerBackend(&backendInfo{
		name:    "bolt",
		schemes: []string{"bolt"},
		usage:   "PATH or bolt:PATH (embedded, a directory)",
		batch:   DefaultBatch,
		open: func(ctx context.Context, url, path string, o options) (driver, error) {
			if path == "" {
				return nil, fmt.Errorf("open %q: empty store path", url)
			}
			return openBolt(path, o)
		},
	})
}

// boltFile is the bolt file in a store directory.
const boltFile = "indexes.bolt"

// boltDriver is Cayley's kv store on a bolt file, in a directory that holds
// kgraph's lock file too.
type boltDriver struct {
	qs   cgraph.QuadStore
	db   *bbolt.DB
	g    *guardKV
	lock *os.File
	path string
	opts options // what it was opened with, to open it again
	bulk bool    // filling an empty store without a sync per commit
	// fill is the load into an empty store under way, writing a new file
	// (see kvBulk); nil when there is none.
	fill *kvBulk
}

// bulkFile is the new file of a load into an empty store, renamed to
// boltFile when the load is done; one left by a crash is removed when the
// store opens.
const bulkFile = boltFile + ".load"

var (
	_ driver         = (*boltDriver)(nil)
	_ pageReleaser   = (*boltDriver)(nil)
	_ fileChecker    = (*boltDriver)(nil)
	_ damageReporter = (*boltDriver)(nil)
	_ bulkLoader     = (*boltDriver)(nil)
)

// openBolt opens the bolt store in directory path, holding its lock file.
func openBolt(path string, o options) (*boltDriver, error) {
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("%s: not a kgraph store (a bolt store is a directory)", path)
	}
	if o.mustExist {
		if _, err := os.Stat(filepath.Join(path, boltFile)); err != nil {
			return nil, fmt.Errorf("%s: %w (build or load one first)", path, ErrNoStore)
		}
	}
	if err := os.MkdirAll(path, 0o755); err != nil {
		return nil, fmt.Errorf("create store: %w", err)
	}
	lock, err := lockDir(path, o.lockTimeout)
	if err != nil {
		return nil, err
	}
	d, err := openBoltLocked(path, o)
	if err == nil {
		err = os.Remove(filepath.Join(path, bulkFile))
		if errors.Is(err, os.ErrNotExist) {
			err = nil
		}
	}
	if err != nil {
		unlock(lock)
		return nil, err
	}
	d.lock = lock
	return d, nil
}

// openBoltLocked opens the bolt file of a directory whose lock is held.
// The store is opened here rather than through Cayley's registry, the same
// way its bbolt backend does, to keep hold of the bolt file (see
// releasePages) and to check it first: a damaged file gives an error
// wrapping ErrDamaged, at once or when a read meets the damage.
func openBoltLocked(path string, o options) (*boltDriver, error) {
	file := filepath.Join(path, boltFile)
	if _, err := checkBoltFile(file); err != nil {
		return nil, err
	}
	hdb, err := openBoltFile(file)
	if err != nil {
		return nil, err
	}
	bdb := hdb.DB()
	bdb.NoSync, bdb.NoGrowSync = o.noSync, o.noSync
	db := &guardKV{KV: hdb, path: file}
	if err := kv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return nil, fmt.Errorf("%s: init store: %w", path, err)
	}
	qs, err := kv.New(db, cgraph.Options{
		// Cayley's bloom filters cost ~80 MB on a new store and more than
		// they save: kgraph checks shared quads itself.
		kv.OptNoBloom: true,
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: open store: %w", path, err)
	}
	return &boltDriver{qs: qs, db: bdb, g: db, path: path, opts: o}, nil
}

// initialMmap is the address space bolt maps for a store file at first
// (not memory: only the pages read become resident). Bolt maps the file
// again whenever it outgrows its mapping, in the middle of a commit, and
// then copies every key and value the transaction holds out of the old
// mapping: a bulk load into a new store did that a dozen times. 4 GB on
// 64-bit systems, 4 MB on 32-bit ones.
const initialMmap = 1 << (22 + 10*(^uint(0)>>63))

// openBoltFile opens a bolt file, turning bolt's panics on a damaged file
// (a broken freelist page, say) into an error wrapping ErrDamaged.
func openBoltFile(file string) (db *hbolt.DB, err error) {
	defer guard()()
	defer func() {
		if r := recover(); r != nil {
			detail, ok := faultDetail(r)
			if !ok {
				panic(r)
			}
			db, err = nil, damaged(file, detail)
		}
	}()
	// kgraph's lock is held: bolt's own waits only a moment.
	db, err = hbolt.Open(file, &bbolt.Options{Timeout: time.Second, InitialMmapSize: initialMmap})
	if err != nil {
		return nil, fmt.Errorf("%s: open store: %w", filepath.Dir(file), err)
	}
	return db, nil
}

func (b *boltDriver) quadStore() cgraph.QuadStore { return b.qs }

func (b *boltDriver) add(_ context.Context, qs []quad.Quad) (int, error) {
	if b.fill != nil {
		n, err := b.fill.write(qs)
		if err != nil {
			err = fmt.Errorf("%s: %w", filepath.Join(b.path, bulkFile), err)
		}
		return n, err
	}
	defer b.releasePages()
	return len(qs), b.damaged(applyQuads(b.qs, qs, cgraph.Add))
}

func (b *boltDriver) remove(_ context.Context, qs []quad.Quad) error {
	defer b.releasePages()
	return b.damaged(applyQuads(b.qs, qs, cgraph.Delete))
}

// beginBulk starts a load. A load into an empty store writes a new file
// (see kvBulk) that replaces the store's at endBulk; until then the store
// reads as it was. Unless opened with options.cayleyWrites: then, as for
// a store that cannot be written so (one whose list of indexes kvBulk
// does not know), Cayley's writer fills the store without syncing the
// file at each commit, and endBulk syncs it once. A killed process loses
// nothing the kernel has (each commit is whole in the page cache); a
// machine that loses power during the first load of a store may leave it
// damaged, which Open then reports: load again into a new store.
func (b *boltDriver) beginBulk(empty bool, bulkBatch int) (batch int, bulk bool, err error) {
	if !empty {
		return 0, false, nil
	}
	if !b.opts.cayleyWrites {
		if b.fill, err = newKVBulk(b.db, filepath.Join(b.path, bulkFile)); err == nil {
			return bulkBatch, true, nil
		}
		if errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.ENOSPC) {
			return 0, false, fmt.Errorf("%s: %w", b.path, err)
		}
	}
	b.bulk = !b.db.NoSync
	b.db.NoSync = true
	return 0, false, nil
}

// endBulk ends a load begun with beginBulk. After a load into a new file
// it closes the store, renames the new file over the store's (synced, so
// that after a crash the store is either the old one or the new one) and
// opens the store again.
func (b *boltDriver) endBulk() error {
	if w := b.fill; w != nil {
		b.fill = nil
		if w.horizon == 0 {
			w.discard() // nothing loaded
			return nil
		}
		if err := w.finish(); err != nil {
			w.discard()
			return fmt.Errorf("%s: %w", w.file, err)
		}
		return b.replaceFile(w.file)
	}
	if !b.bulk {
		return nil
	}
	b.bulk = false
	b.db.NoSync = false
	if err := b.db.Sync(); err != nil {
		return fmt.Errorf("%s: sync: %w", b.path, err)
	}
	return nil
}

// replaceFile makes file the store's bolt file and opens it.
func (b *boltDriver) replaceFile(file string) error {
	if err := b.qs.Close(); err != nil {
		os.Remove(file)
		return fmt.Errorf("%s: close store: %w", b.path, err)
	}
	err := os.Rename(file, filepath.Join(b.path, boltFile))
	if err == nil {
		err = syncDir(b.path)
	}
	d, oerr := openBoltLocked(b.path, b.opts)
	if oerr != nil {
		b.qs = nil
		return errors.Join(err, oerr)
	}
	b.qs, b.db, b.g = d.qs, d.db, d.g
	return err
}

// syncDir makes a rename in directory dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// damaged returns the damage a read or write met, if any, else err:
// Cayley does not always pass on the errors of its kv iterators.
func (b *boltDriver) damaged(err error) error {
	if d := b.g.brokenErr(); d != nil {
		return d
	}
	return err
}

// damage reports the damage a read or write met so far.
func (b *boltDriver) damage() error { return b.g.brokenErr() }

// checkFile walks the bolt file's pages.
func (b *boltDriver) checkFile(context.Context) ([]string, error) {
	return walkBoltFile(filepath.Join(b.path, boltFile))
}

// stored looks each quad up through its own index entry: reading all the
// quads of a subject would mean reading every statement about a popular
// entity from the log.
func (b *boltDriver) stored(ctx context.Context, qs []quad.Quad) ([]bool, error) {
	out := make([]bool, len(qs))
	for i, q := range qs {
		ok, err := b.has(ctx, q)
		if err != nil {
			return nil, b.damaged(err)
		}
		out[i] = ok
	}
	return out, b.damaged(nil)
}

// opsIndex is Cayley's kv index on object, predicate and subject (one of
// the DefaultQuadIndexes every kgraph store is created with).
var opsIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}

// has reports whether the kv store holds quad q, through the index entry
// of its object, predicate and subject.
func (b *boltDriver) has(ctx context.Context, q quad.Quad) (bool, error) {
	ids := make([]uint64, 0, 3)
	for _, v := range []quad.Value{q.Object, q.Predicate, q.Subject} {
		ref, err := b.qs.ValueOf(v)
		if err != nil {
			return false, fmt.Errorf("look up %v: %w", v, err)
		}
		id, ok := ref.(kv.Int64Value)
		if !ok || id == 0 {
			return false, nil // a node that is not stored
		}
		ids = append(ids, uint64(id))
	}
	found := false
	scan := kv.IndexScan{Index: opsIndex, Values: ids}.BuildIterator(b.qs)
	err := iterator.Iterate(ctx, scan).Paths(false).Each(func(r cgraph.Ref) error {
		got, err := b.qs.Quad(r)
		if err != nil {
			return err
		}
		if got.Label == q.Label {
			found = true
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("look up %v: %w", q, err)
	}
	return found, nil
}

// releasePages gives back the resident pages of the store's file after a
// write. bbolt maps the whole file into memory and every lookup leaves the
// pages it read resident, so that a long build would otherwise end up with
// the whole file (1.6 GB for Reuters-21578) in its resident set. The kernel
// keeps the pages in its cache; the next read maps them again. Call it only
// between write transactions (a write may remap the file).
func (b *boltDriver) releasePages() {
	if b.db != nil {
		dropPages(b.db.Info().Data)
	}
}

func (b *boltDriver) close() error {
	if b.fill != nil {
		b.fill.discard()
		b.fill = nil
	}
	if b.qs == nil {
		return errors.New("store closed after a failed load")
	}
	err := b.qs.Close()
	if b.g.brokenErr() != nil {
		err = nil // the damage was reported already
	}
	b.db = nil
	if b.lock != nil {
		unlock(b.lock)
		b.lock = nil
	}
	return err
}
