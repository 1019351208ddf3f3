package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/clog"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bbolt "go.etcd.io/bbolt"

	// The Gizmo query language and the N-Quads format register themselves.
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/quad/nquads"
)

// ErrLocked is returned (wrapped) by Open when another process holds the
// embedded store open.
var ErrLocked = errors.New("store is in use by another process")

// Store is an open kgraph quad store. A Store is safe for use by one
// goroutine at a time per write; queries may run concurrently.
type Store struct {
	qs      cgraph.QuadStore
	backend string // "memstore", "bolt" or "postgres"
	addr    string // what the user gave, for messages
	lock    *os.File
	batch   int
	pg      *pgWriter // bulk additions on Postgres
	bolt    *bbolt.DB // the embedded store's file, to release its pages
}

// Option configures Open.
type Option func(*options)

type options struct {
	mustExist   bool
	batch       int
	lockTimeout time.Duration
	noSync      bool
}

// Default numbers of quad deltas applied per write transaction. Larger
// batches amortise commits, but bolt slows down on very large transactions:
// in BenchmarkLoad 10,000 was fastest for bolt and 50,000 for Postgres.
const (
	DefaultBatch         = 10000
	DefaultPostgresBatch = 50000
)

// WithBatchSize sets how many quad deltas one write transaction applies
// (default DefaultBatch, DefaultPostgresBatch on Postgres). A document's
// deltas are never split across transactions.
func WithBatchSize(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.batch = n
		}
	}
}

// ErrNoStore is returned (wrapped) by Open with MustExist when there is no
// embedded store at the path.
var ErrNoStore = errors.New("no kgraph store here")

// MustExist makes Open fail with ErrNoStore instead of creating a new,
// empty embedded store: for commands that only read.
func MustExist() Option {
	return func(o *options) { o.mustExist = true }
}

// WithLockTimeout sets how long Open waits for another process to release an
// embedded store before it returns ErrLocked (default 1s).
func WithLockTimeout(d time.Duration) Option {
	return func(o *options) { o.lockTimeout = d }
}

// WithNoSync turns off bolt's fsync after each write transaction: much faster
// bulk loads, at the risk of losing the last transactions (not of corrupting
// earlier ones) if the machine crashes. Other backends ignore it.
func WithNoSync(on bool) Option {
	return func(o *options) { o.noSync = on }
}

func init() {
	// Cayley logs errors it also returns; kgraph reports them once, itself.
	clog.SetLogger(quietLogger{})
}

type quietLogger struct{}

func (quietLogger) Infof(string, ...any)    {}
func (quietLogger) Warningf(string, ...any) {}
func (quietLogger) Errorf(string, ...any)   {}
func (quietLogger) Fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "cayley: "+format+"\n", args...)
	os.Exit(1)
}
func (quietLogger) V(int) bool { return false }
func (quietLogger) SetV(int)   {}

// Open opens (creating it when needed) the store at url:
//
//	mem:                      an in-memory store (memstore)
//	bolt:PATH or PATH         an embedded bolt store in the directory PATH
//	postgres://... (or postgresql://...)  Cayley's SQL backend
//
// An embedded store can be opened by one process at a time: a second Open
// waits up to the lock timeout and then returns an error wrapping ErrLocked
// that names the holder's pid.
func Open(ctx context.Context, url string, opts ...Option) (*Store, error) {
	o := options{lockTimeout: time.Second}
	for _, opt := range opts {
		opt(&o)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s := &Store{addr: url, batch: o.batch}
	if s.batch == 0 {
		s.batch = DefaultBatch
		if strings.HasPrefix(url, "postgres") {
			s.batch = DefaultPostgresBatch
		}
	}
	switch {
	case strings.HasPrefix(url, "mem:"):
		qs, err := cgraph.NewQuadStore(memstore.QuadStoreType, "", nil)
		if err != nil {
			return nil, fmt.Errorf("open memory store: %w", err)
		}
		s.qs, s.backend = qs, "memstore"
	case strings.HasPrefix(url, "postgres://") || strings.HasPrefix(url, "postgresql://"):
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
		s.qs, s.backend, s.pg = qs, "postgres", &pgWriter{db: db}
	default:
		path := strings.TrimPrefix(url, "bolt:")
		if path == "" {
			return nil, fmt.Errorf("open %q: empty store path", url)
		}
		if i := strings.Index(path, "://"); i > 0 && !strings.ContainsAny(path[:i], `/\.`) {
			return nil, fmt.Errorf("open %s: unsupported store URL scheme %q (want mem:, bolt:PATH, PATH or postgres://)", url, path[:i])
		}
		if err := s.openBolt(path, o); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// openBolt opens the bolt store in directory path, holding its lock file.
func (s *Store) openBolt(path string, o options) error {
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
		return fmt.Errorf("%s: not a kgraph store (a bolt store is a directory)", path)
	}
	if o.mustExist {
		if _, err := os.Stat(filepath.Join(path, "indexes.bolt")); err != nil {
			return fmt.Errorf("%s: %w (build or load one first)", path, ErrNoStore)
		}
	}
	if err := os.MkdirAll(path, 0o755); err != nil {
		return fmt.Errorf("create store: %w", err)
	}
	lock, err := lockDir(path, o.lockTimeout)
	if err != nil {
		return err
	}
	// The store is opened here rather than through Cayley's registry, the
	// same way its bbolt backend does, to keep hold of the bolt file: see
	// releasePages.
	db, err := hbolt.Open(filepath.Join(path, "indexes.bolt"), nil)
	if err != nil {
		unlock(lock)
		return fmt.Errorf("%s: open store: %w", path, err)
	}
	bdb := db.DB()
	bdb.NoSync, bdb.NoGrowSync = o.noSync, o.noSync
	if err := kv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		unlock(lock)
		return fmt.Errorf("%s: init store: %w", path, err)
	}
	qs, err := kv.New(db, cgraph.Options{
		// Cayley's bloom filters cost ~80 MB on a new store and more than
		// they save: kgraph checks shared quads itself.
		kv.OptNoBloom: true,
	})
	if err != nil {
		db.Close()
		unlock(lock)
		return fmt.Errorf("%s: open store: %w", path, err)
	}
	s.qs, s.backend, s.lock, s.bolt = qs, "bolt", lock, bdb
	return nil
}

// releasePages gives back the resident pages of the embedded store's file
// after a write. bbolt maps the whole file into memory and every lookup
// leaves the pages it read resident, so that a long build would otherwise
// end up with the whole file (1.6 GB for Reuters-21578) in its resident set.
// The kernel keeps the pages in its cache; the next read maps them again.
// Call it only between write transactions (a write may remap the file).
func (s *Store) releasePages() {
	if s.bolt == nil {
		return
	}
	dropPages(s.bolt.Info().Data)
}

// Close closes the store and releases its lock.
func (s *Store) Close() error {
	if s == nil || s.qs == nil {
		return nil
	}
	err := s.qs.Close()
	s.qs, s.bolt = nil, nil
	if s.pg != nil {
		if e := s.pg.db.Close(); err == nil {
			err = e
		}
		s.pg = nil
	}
	if s.lock != nil {
		unlock(s.lock)
		s.lock = nil
	}
	if err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// Backend names the Cayley backend of the store: "memstore", "bolt" or
// "postgres".
func (s *Store) Backend() string { return s.backend }

// QuadStore returns the underlying Cayley quad store, for callers that need
// Cayley's own APIs (the HTTP server, for example).
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// redact hides a password in a connection URL.
func redact(url string) string {
	at := strings.LastIndex(url, "@")
	scheme := strings.Index(url, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return url
	}
	userinfo := url[scheme+3 : at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return url[:scheme+3] + userinfo[:i] + ":xxxxx" + url[at:]
	}
	return url
}

// iri and str are shorthands for quad values.
func iri(s string) quad.IRI    { return quad.IRI(s) }
func str(s string) quad.String { return quad.String(s) }
