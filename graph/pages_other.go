//go:build !linux

package graph

// dropPages does nothing where madvise is not available; the resident set
// then includes the store pages the process has read.
func dropPages(addr uintptr) {}
