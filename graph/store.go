package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/clog"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

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
	drv     driver
	backend *backendInfo
	addr    string // what the user gave, for messages
	batch   int
	// bulkBatch is the batch of a load into an empty store (see
	// bulkLoader).
	bulkBatch int
	desc      descCache
}

// Option configures Open.
type Option func(*options)

type options struct {
	mustExist   bool
	batch       int
	lockTimeout time.Duration
	noSync      bool
	// cayleyWrites makes a bolt or PostgreSQL store write through
	// Cayley's own writer only, never the kvWriter or kgraph's COPY
	// writers: for tests and benchmarks that compare them.
	cayleyWrites bool
}

// Default numbers of quad deltas applied per write transaction. Larger
// batches amortise commits, but bolt slows down on very large transactions:
// in BenchmarkLoad 10,000 was fastest for bolt and 50,000 for Postgres.
//
// A load into an empty bolt store (see kvBulk) appends to a new file's log
// in transactions of DefaultBulkBatch quads and writes the rest once, at
// the end; from 16,384 to 262,144 the batch made no difference beyond the
// noise (BenchmarkLoadFile).
const (
	DefaultBatch         = 10000
	DefaultPostgresBatch = 50000
	DefaultBulkBatch     = 1 << 16
)

// WithBatchSize sets how many quad deltas one write transaction applies
// (default DefaultBatch, DefaultPostgresBatch on Postgres, and
// DefaultBulkBatch for a load into a new bolt store). A document's deltas
// are never split across transactions.
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

// withCayleyWrites sets options.cayleyWrites.
func withCayleyWrites() Option {
	return func(o *options) { o.cayleyWrites = true }
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

// Open opens (creating it when needed) the store at url. The URL's scheme
// picks the backend from the registry (see StoreURLs):
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
	be, rest, err := lookupBackend(url)
	if err != nil {
		return nil, err
	}
	drv, err := be.open(ctx, url, rest, o)
	if err != nil {
		return nil, err
	}
	s := &Store{drv: drv, backend: be, addr: url, batch: o.batch, bulkBatch: o.batch}
	if s.batch == 0 {
		s.batch, s.bulkBatch = be.batch, DefaultBulkBatch
	}
	return s, nil
}

// qs is the Cayley quad store.
func (s *Store) qs() cgraph.QuadStore { return s.drv.quadStore() }

// releasePages gives back the pages of a memory-mapped store file that
// reads left resident (a no-op for other backends).
func (s *Store) releasePages() {
	if r, ok := s.drv.(pageReleaser); ok {
		r.releasePages()
	}
}

// damaged returns the damage the store's file showed during the last
// reads (an error wrapping ErrDamaged), if any, else err. Cayley does not
// always pass on the errors of its storage, so that a read of a damaged
// file could otherwise look like a short answer.
func (s *Store) damaged(err error) error {
	if d, ok := s.drv.(damageReporter); ok {
		if e := d.damage(); e != nil {
			return e
		}
	}
	return err
}

// Close closes the store and releases its lock.
func (s *Store) Close() error {
	if s == nil || s.drv == nil {
		return nil
	}
	err := s.drv.close()
	s.drv = nil
	if err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// Backend names the Cayley backend of the store: "memstore", "bolt" or
// "postgres".
func (s *Store) Backend() string { return s.backend.name }

// QuadStore returns the underlying Cayley quad store, for callers that need
// Cayley's own APIs (the HTTP server, for example).
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs() }

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
