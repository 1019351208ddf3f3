package wasm

import "sync"

// kgraph: upstream compiles and instantiates graphviz.wasm in this package's
// init, so every program that links go-graphviz pays for it at start (about
// 0.05 s with wazero's compilation cache in $TMPDIR/go-graphviz, 0.9 s and a
// 5.9 MB cache without it), whether it draws or not. Here init became load,
// and Load runs it on first use.

var (
	loadOnce sync.Once
	onLoad   []func()
)

// OnLoad registers f to run once, right after the module is loaded. The
// packages that upstream set up in their init call it from init.
func OnLoad(f func()) { onLoad = append(onLoad, f) }

// Load compiles and instantiates graphviz.wasm on its first call and runs the
// functions given to OnLoad; later calls return at once. Every exported
// function of this module's packages that does not take an object made by
// another calls it first.
func Load() {
	loadOnce.Do(func() {
		load()
		for _, f := range onLoad {
			f()
		}
	})
}
