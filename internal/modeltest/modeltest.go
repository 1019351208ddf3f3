// Package modeltest holds test helpers shared by the packages whose models
// are used in place from the binary's bytes.
package modeltest

import (
	"bytes"
	"io"
	"runtime"
	"testing"
)

// InPlace checks that parse reads the model file embedded without copying
// its weights (it allocates less than 1 MiB), and that the model it returns
// writes embedded back byte for byte.
func InPlace[M io.WriterTo](t *testing.T, embedded []byte, parse func([]byte) (M, error)) {
	t.Helper()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	m, err := parse(embedded)
	runtime.ReadMemStats(&ms1)
	if err != nil {
		t.Fatal(err)
	}
	if n := ms1.TotalAlloc - ms0.TotalAlloc; n > 1<<20 {
		t.Errorf("loading the embedded model allocated %d bytes, want the weights used in place", n)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Errorf("the model read from the embedded file writes %d other bytes (of %d)", buf.Len(), len(embedded))
	}
}
