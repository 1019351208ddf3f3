package prefetch

import "unsafe"

// Line asks for the cache line holding p. It never faults: p need not
// point to mapped memory.
//
//go:noescape
func Line(p unsafe.Pointer)
