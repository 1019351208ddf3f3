package prefetch

import (
	"testing"
	"unsafe"
)

// TestLine checks that a prefetch of any address, even nil, returns without faulting.
func TestLine(t *testing.T) {
	b := make([]byte, 1<<12)
	Line(unsafe.Pointer(&b[0]))
	Line(unsafe.Pointer(&b[len(b)-1]))
	Line(nil)
}
