package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hidal-go/hidalgo/kv"
)

// ErrDamaged is returned (wrapped) when the store's file is damaged: Open
// found it truncated or a meta page broken, or a read met a page that is
// not what bolt expects. The message says to restore from an export or to
// rebuild.
var ErrDamaged = errors.New("store file damaged")

// damaged builds the one-line error for a damaged store file.
func damaged(path, detail string) error {
	return fmt.Errorf("%s: %w: %s; restore from an export or rebuild", path, ErrDamaged, oneLine(detail))
}

func oneLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// faultDetail turns what a read of a damaged file panicked with into a
// message, or reports that the panic is not about the file: a memory fault
// (a page beyond the end of a truncated file, with debug.SetPanicOnFault)
// or a panic inside bbolt or Cayley's kv layer (bbolt's "assertion failed:
// Page expected to be: N, but self identifies as 0" for a zeroed page).
func faultDetail(r any) (string, bool) {
	if e, ok := r.(runtime.Error); ok {
		if f, ok := r.(interface{ Addr() uintptr }); ok {
			return fmt.Sprintf("%v at address %#x (the file is shorter than bolt expects)", e, f.Addr()), true
		}
	}
	stack := debug.Stack()
	for _, pkg := range []string{"go.etcd.io/bbolt", "hidal-go/hidalgo/kv", "cayley/graph/kv"} {
		if bytes.Contains(stack, []byte(pkg)) {
			return fmt.Sprint(r), true
		}
	}
	return "", false
}

// guardKV wraps the bolt key-value store that Cayley reads and writes, so
// that a damaged file gives every reader (Gizmo's goroutine too) an error
// wrapping ErrDamaged instead of crashing the process: each call runs with
// debug.SetPanicOnFault and recovers bolt's panics. Once damage is seen the
// store is marked broken, and closing it waits for bolt only so long.
type guardKV struct {
	kv.KV
	path   string
	broken atomic.Pointer[error]
}

// catch recovers a panic of a read or write and turns it into err.
func (g *guardKV) catch(err *error) {
	r := recover()
	if r == nil {
		return
	}
	detail, ok := faultDetail(r)
	if !ok {
		panic(r)
	}
	e := damaged(g.path, detail)
	g.broken.CompareAndSwap(nil, &e)
	*err = e
}

// guard starts a guarded call; defer its result.
func guard() func() {
	old := debug.SetPanicOnFault(true)
	return func() { debug.SetPanicOnFault(old) }
}

// brokenErr is the damage seen so far, or nil.
func (g *guardKV) brokenErr() error {
	if e := g.broken.Load(); e != nil {
		return *e
	}
	return nil
}

func (g *guardKV) Tx(ctx context.Context, rw bool) (_ kv.Tx, err error) {
	if err := g.brokenErr(); err != nil {
		return nil, err
	}
	defer guard()()
	defer g.catch(&err)
	tx, err := g.KV.Tx(ctx, rw)
	if err != nil {
		return nil, err
	}
	return &guardTx{tx: tx, g: g}, nil
}

func (g *guardKV) View(ctx context.Context, fn func(tx kv.Tx) error) error {
	return kv.View(ctx, g, fn)
}

func (g *guardKV) Update(ctx context.Context, fn func(tx kv.Tx) error) error {
	return kv.Update(ctx, g, fn)
}

// closeWait bounds how long closing a damaged store waits for bolt: a
// write that panicked may have left bolt's locks held.
const closeWait = 2 * time.Second

func (g *guardKV) Close() (err error) {
	if g.brokenErr() == nil {
		return g.close()
	}
	done := make(chan error, 1)
	go func() { done <- g.close() }()
	select {
	case <-done:
	case <-time.After(closeWait):
		// Let go: the process's exit releases the file.
	}
	return nil
}

func (g *guardKV) close() (err error) {
	defer guard()()
	defer g.catch(&err)
	return g.KV.Close()
}

// guardTx is a transaction of a guardKV.
type guardTx struct {
	tx kv.Tx
	g  *guardKV
}

func (t *guardTx) Commit(ctx context.Context) (err error) {
	defer guard()()
	defer t.g.catch(&err)
	return t.tx.Commit(ctx)
}

func (t *guardTx) Close() (err error) {
	defer guard()()
	defer t.g.catch(&err)
	return t.tx.Close()
}

func (t *guardTx) Get(ctx context.Context, key kv.Key) (_ kv.Value, err error) {
	defer guard()()
	defer t.g.catch(&err)
	return t.tx.Get(ctx, key)
}

func (t *guardTx) GetBatch(ctx context.Context, keys []kv.Key) (_ []kv.Value, err error) {
	defer guard()()
	defer t.g.catch(&err)
	return t.tx.GetBatch(ctx, keys)
}

func (t *guardTx) Put(ctx context.Context, k kv.Key, v kv.Value) (err error) {
	defer guard()()
	defer t.g.catch(&err)
	return t.tx.Put(ctx, k, v)
}

func (t *guardTx) Del(ctx context.Context, k kv.Key) (err error) {
	defer guard()()
	defer t.g.catch(&err)
	return t.tx.Del(ctx, k)
}

func (t *guardTx) Scan(ctx context.Context, opts ...kv.IteratorOption) kv.Iterator {
	it := &guardIter{g: t.g}
	func() {
		defer guard()()
		defer t.g.catch(&it.err)
		it.it = t.tx.Scan(ctx, opts...)
	}()
	return it
}

// guardIter is an iterator of a guardTx; a panic ends it with an error.
type guardIter struct {
	it  kv.Iterator
	g   *guardKV
	err error
}

func (i *guardIter) Next(ctx context.Context) (ok bool) {
	if i.err != nil || i.it == nil {
		return false
	}
	defer guard()()
	defer i.g.catch(&i.err)
	return i.it.Next(ctx)
}

func (i *guardIter) Seek(ctx context.Context, key kv.Key) (ok bool) {
	if i.err != nil || i.it == nil {
		return false
	}
	defer guard()()
	defer i.g.catch(&i.err)
	return kv.Seek(ctx, i.it, key)
}

func (i *guardIter) Reset() {
	if i.err != nil || i.it == nil {
		return
	}
	defer guard()()
	defer i.g.catch(&i.err)
	i.it.Reset()
}

func (i *guardIter) Key() (k kv.Key) {
	if i.err != nil || i.it == nil {
		return nil
	}
	defer guard()()
	defer i.g.catch(&i.err)
	return i.it.Key()
}

func (i *guardIter) Val() (v kv.Value) {
	if i.err != nil || i.it == nil {
		return nil
	}
	defer guard()()
	defer i.g.catch(&i.err)
	return i.it.Val()
}

func (i *guardIter) Err() error {
	if i.err != nil {
		return i.err
	}
	if i.it == nil {
		return nil
	}
	return i.it.Err()
}

func (i *guardIter) Close() (err error) {
	if i.it == nil {
		return i.err
	}
	defer guard()()
	defer i.g.catch(&err)
	return i.it.Close()
}

var (
	_ kv.KV     = (*guardKV)(nil)
	_ kv.Tx     = (*guardTx)(nil)
	_ kv.Seeker = (*guardIter)(nil)
)
