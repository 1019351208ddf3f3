package ner

import (
	"bytes"
	"errors"
	"slices"
	"testing"
	"unsafe"
)

// TestModelFile checks that a model survives Encode and DecodeModel, and
// that the recognizer read from the file tags as the one built from the
// model does.
func TestModelFile(t *testing.T) {
	m, err := DecodeModel(bytes.NewReader(embedded))
	if err != nil {
		t.Fatalf("DecodeModel(embedded): %v", err)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Errorf("Encode(DecodeModel(embedded)) differs from embedded (%d and %d bytes)", buf.Len(), len(embedded))
	}
	built, err := New(m)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	words := []string{"Russian", "Foreign", "Minister", "Sergey", "Lavrov", "met", "John", "Kerry", "in", "PARIS", "."}
	if got, want := load(t).Tag(words), built.Tag(words); !slices.Equal(got, want) {
		t.Errorf("Tag from the file = %v, from the model = %v", got, want)
	}
}

func TestSlotSize(t *testing.T) {
	if n := unsafe.Sizeof(slot{}); n != 32 {
		t.Errorf("slot is %d bytes, the model file has 32", n)
	}
}

// TestLoadInPlace checks that Load does not copy the weight table.
func TestLoadInPlace(t *testing.T) {
	allocs := testing.AllocsPerRun(1, func() {
		if _, _, err := parseModel(embedded); err != nil {
			t.Fatal(err)
		}
	})
	r, _, _ := parseModel(embedded)
	if littleEndian && unsafe.Pointer(&r.slots[0]) != unsafe.Pointer(&embedded[len(embedded)-len(r.slots)*32-8*filterWords]) {
		t.Errorf("the weight table is a copy, not the embedded bytes (%.0f allocations)", allocs)
	}
}

func TestModelFileErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"magic", []byte("kgner1\x00\x00\x00\x00\x00\x00")},
		{"truncated preamble", embedded[:100]},
		{"truncated table", embedded[:len(embedded)-8]},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecodeModel(bytes.NewReader(tt.b)); !errors.Is(err, ErrFormat) {
				t.Errorf("DecodeModel(%s) = %v, want ErrFormat", tt.name, err)
			}
		})
	}
}
