package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
)

// driver is an open store of one backend: the Cayley quad store that
// answers reads and Gizmo, and the way that backend writes and looks up
// kgraph's quads fastest. Backends register in an init function
// (registerBackend), as Cayley's graph/registry.go registers quad stores.
type driver interface {
	// quadStore returns the Cayley quad store.
	quadStore() cgraph.QuadStore
	// add writes quads in one transaction; quads already stored are
	// ignored. It returns how many it wrote, when it can tell, else
	// len(qs).
	add(ctx context.Context, qs []quad.Quad) (int, error)
	// remove deletes quads in one transaction; quads not stored are
	// ignored.
	remove(ctx context.Context, qs []quad.Quad) error
	// stored reports, for each of qs, whether the store holds it.
	stored(ctx context.Context, qs []quad.Quad) ([]bool, error)
	// close closes the store and releases what it holds.
	close() error
}

// pageReleaser is a driver that maps its file into memory and can give the
// pages it read back between transactions (see boltDriver.releasePages).
type pageReleaser interface{ releasePages() }

// fileChecker is a driver whose storage can check its own consistency
// (kgraph check): it lists what is wrong.
type fileChecker interface {
	checkFile(ctx context.Context) ([]string, error)
}

// bulkLoader is a driver with a faster way to fill an empty store. Every
// load calls beginBulk first, telling whether the store is empty and the
// batch size the store was opened with for bulk loads, and endBulk when it
// ends, however it ends, or before it reads the store. beginBulk returns
// the number of quads per transaction the load should use (0: the store's
// usual batch) and whether the load is a bulk one: then add skips quads
// already written itself (the loader need not look them up), and what the
// load writes may not be read (nor removed) before endBulk.
type bulkLoader interface {
	beginBulk(empty bool, bulkBatch int) (batch int, bulk bool, err error)
	endBulk() error
}

// damageReporter is a driver that notices damage to its storage while it
// reads (see guardKV) and reports it: the first error wrapping ErrDamaged,
// or nil.
type damageReporter interface{ damage() error }

// backendInfo registers one backend.
type backendInfo struct {
	// name is what Store.Backend reports: "bolt", "memstore", "postgres".
	name string
	// schemes select the backend in a store URL ("bolt" for bolt:PATH).
	schemes []string
	// usage describes the URL forms, for help text.
	usage string
	// batch is the default number of quads per write transaction.
	batch int
	// shared is set for stores that other processes may write while
	// this one reads (PostgreSQL).
	shared bool
	// open opens the store; url is what the user gave, rest what follows
	// the scheme and its colon.
	open func(ctx context.Context, url, rest string, o options) (driver, error)
}

var backendRegistry = make(map[string]*backendInfo)

// defaultBackend opens a store URL that names no registered scheme: a path.
const defaultBackend = "bolt"

// registerBackend adds a backend to the registry. It panics on a scheme
// registered twice: a programmer's error, found at start.
func registerBackend(b *backendInfo) {
	for _, s := range b.schemes {
		if _, dup := backendRegistry[s]; dup {
			panic(fmt.Sprintf("graph: store scheme %q registered twice", s))
		}
		backendRegistry[s] = b
	}
}

// StoreURLs describes the store URLs Open accepts, one line per backend,
// for help text.
func StoreURLs() []string {
	seen := make(map[*backendInfo]bool)
	var out []string
	for _, b := range backendRegistry {
		if !seen[b] {
			seen[b] = true
			out = append(out, b.usage)
		}
	}
	sort.Strings(out)
	return out
}

// lookupBackend picks the backend of a store URL by its scheme and returns
// what follows the scheme. A URL without a registered scheme is a path of
// the default backend, unless it has the form scheme://..., which is an
// error naming the schemes there are.
func lookupBackend(url string) (*backendInfo, string, error) {
	if i := strings.IndexByte(url, ':'); i > 1 && isScheme(url[:i]) {
		if b, ok := backendRegistry[strings.ToLower(url[:i])]; ok {
			return b, url[i+1:], nil
		}
		if strings.HasPrefix(url[i:], "://") {
			return nil, "", fmt.Errorf("open %s: unsupported store URL scheme %q (want %s)", redact(url), url[:i], strings.Join(StoreURLs(), ", "))
		}
	}
	return backendRegistry[defaultBackend], url, nil
}

// isScheme reports whether s is a URL scheme: a letter, then letters,
// digits, '+', '-' or '.'.
func isScheme(s string) bool {
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return s != ""
}

// storedByScan is a driver's stored for stores that read a node's quads
// cheaply: it reads the quads of each subject once.
func storedByScan(ctx context.Context, qs cgraph.QuadStore, quads []quad.Quad) ([]bool, error) {
	out := make([]bool, len(quads))
	bySubject := make(map[quad.Value]map[quad.Quad]bool)
	for i, q := range quads {
		m, ok := bySubject[q.Subject]
		if !ok {
			all, err := quadsWith(ctx, qs, quad.Subject, q.Subject)
			if err != nil {
				return nil, err
			}
			m = make(map[quad.Quad]bool, len(all))
			for _, a := range all {
				m[a] = true
			}
			bySubject[q.Subject] = m
		}
		out[i] = m[q]
	}
	return out, nil
}

// applyQuads writes additions or removals through Cayley in one
// transaction.
func applyQuads(qs cgraph.QuadStore, quads []quad.Quad, action cgraph.Procedure) error {
	if len(quads) == 0 {
		return nil
	}
	deltas := make([]cgraph.Delta, len(quads))
	for i, q := range quads {
		deltas[i] = cgraph.Delta{Quad: q, Action: action}
	}
	return qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
}

// quadsWith returns the quads of qs with value v in direction dir.
func quadsWith(ctx context.Context, qs cgraph.QuadStore, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("look up %v: %w", v, err)
	}
	if ref == nil {
		return nil, nil
	}
	var out []quad.Quad
	err = iterator.Iterate(ctx, qs.QuadIterator(dir, ref)).Paths(false).Each(func(r cgraph.Ref) error {
		q, err := qs.Quad(r)
		if err != nil {
			return err
		}
		out = append(out, q)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read quads of %v: %w", v, err)
	}
	return out, nil
}
