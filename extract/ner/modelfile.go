package ner

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"unsafe"
)

// A model file holds the recognizer's weight table as it is in memory,
// little-endian, so that Load uses it in place from the binary's bytes:
//
//	magic     "kgner2\0\0"
//	uint32    length of the preamble
//	preamble  varints and strings: the note, the transition weights, the
//	          longest gazetteer phrase, the word clusters, the gazetteer
//	padding   to a multiple of 8 bytes
//	uint32    log2 of the number of slots, then 4 bytes of padding
//	slots     [1 << log2] slots of 32 bytes (key, scale, 17 weights)
//	filter    [filterWords]uint64, the filter of the keys (Recognizer.seen)
const fileMagic = "kgner2\x00\x00"

// ErrFormat reports a malformed model file.
var ErrFormat = errors.New("malformed entity recognizer model")

// Encode writes m's model file to w.
func (m *Model) Encode(w io.Writer) error {
	r, err := New(m)
	if err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	pre := appendPreamble(nil, m)
	le := binary.LittleEndian
	b := le.AppendUint32([]byte(fileMagic), uint32(len(pre)))
	b = append(b, pre...)
	b = append(b, make([]byte, pad8(len(b))-len(b))...)
	b = le.AppendUint32(b, uint32(bitsOf(len(r.slots))))
	b = le.AppendUint32(b, 0)
	for i := range r.slots {
		sl := &r.slots[i]
		b = le.AppendUint32(b, sl.key)
		b = le.AppendUint32(b, math.Float32bits(sl.scale))
		for _, v := range sl.w {
			b = append(b, byte(v))
		}
		b = append(b, make([]byte, 32-8-numLabels)...)
	}
	for _, v := range r.seen {
		b = le.AppendUint64(b, v)
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	return nil
}

// DecodeModel reads a model written by Encode.
func DecodeModel(rd io.Reader) (*Model, error) {
	b, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	r, m, err := parseModel(b)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	for i := range r.slots {
		if r.slots[i].key != 0 {
			m.Keys = append(m.Keys, r.slots[i].key)
		}
	}
	slices.Sort(m.Keys)
	for _, k := range m.Keys {
		sl := r.lookup(k)
		m.Scales = append(m.Scales, sl.scale)
		m.Weights = append(m.Weights, sl.w[:]...)
	}
	return m, nil
}

func pad8(n int) int { return (n + 7) &^ 7 }

func bitsOf(n int) int {
	k := 0
	for 1<<k < n {
		k++
	}
	return k
}

// appendPreamble appends what the model file holds besides the weights.
func appendPreamble(b []byte, m *Model) []byte {
	str := func(s string) { b = binary.AppendUvarint(b, uint64(len(s))); b = append(b, s...) }
	str(m.Note)
	b = binary.AppendUvarint(b, uint64(len(m.Trans)))
	for _, v := range m.Trans {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	b = binary.AppendUvarint(b, uint64(m.GazMaxLen))
	b = binary.AppendUvarint(b, uint64(len(m.ClusterWords)))
	for i, w := range m.ClusterWords {
		str(w)
		b = binary.AppendUvarint(b, m.ClusterIDs[i])
	}
	b = binary.AppendUvarint(b, uint64(len(m.GazKeys)))
	for i, k := range m.GazKeys {
		b = binary.LittleEndian.AppendUint64(b, k)
		b = append(b, m.GazCats[i])
	}
	return b
}

// preamble reads what appendPreamble wrote.
type preamble struct {
	b   []byte
	err error
}

func (p *preamble) uvarint() uint64 {
	if p.err != nil {
		return 0
	}
	v, n := binary.Uvarint(p.b)
	if n <= 0 {
		p.err = ErrFormat
		return 0
	}
	p.b = p.b[n:]
	return v
}

func (p *preamble) bytes(n uint64) []byte {
	if p.err != nil {
		return nil
	}
	if n > uint64(len(p.b)) {
		p.err = ErrFormat
		return nil
	}
	v := p.b[:n]
	p.b = p.b[n:]
	return v
}

// count reads a length of items of at least size bytes each.
func (p *preamble) count(size int) int {
	n := p.uvarint()
	if n > uint64(len(p.b)/size) {
		p.err = ErrFormat
		return 0
	}
	return int(n)
}

func (p *preamble) model() (*Model, error) {
	m := &Model{}
	m.Note = string(p.bytes(p.uvarint()))
	m.Trans = make([]float32, p.count(4))
	for i := range m.Trans {
		m.Trans[i] = math.Float32frombits(binary.LittleEndian.Uint32(p.bytes(4)))
	}
	m.GazMaxLen = int(p.uvarint())
	n := p.count(2)
	m.ClusterWords, m.ClusterIDs = make([]string, n), make([]uint64, n)
	for i := range n {
		m.ClusterWords[i] = string(p.bytes(p.uvarint()))
		m.ClusterIDs[i] = p.uvarint()
	}
	n = p.count(9)
	m.GazKeys, m.GazCats = make([]uint64, n), make([]uint8, n)
	for i := range n {
		if b := p.bytes(9); b != nil {
			m.GazKeys[i], m.GazCats[i] = binary.LittleEndian.Uint64(b), b[8]
		}
	}
	if p.err != nil {
		return nil, fmt.Errorf("model preamble: %w", p.err)
	}
	return m, nil
}

// parseModel returns the recognizer of the model file b, whose weight table
// it uses in place, and the model's preamble (without the weights).
func parseModel(b []byte) (*Recognizer, *Model, error) {
	le := binary.LittleEndian
	h := len(fileMagic) + 4
	if len(b) < h || string(b[:len(fileMagic)]) != fileMagic {
		return nil, nil, fmt.Errorf("bad magic: %w", ErrFormat)
	}
	n := int(le.Uint32(b[len(fileMagic):]))
	if n > len(b)-h {
		return nil, nil, fmt.Errorf("truncated preamble: %w", ErrFormat)
	}
	pre := preamble{b: b[h : h+n]}
	m, err := pre.model()
	if err != nil {
		return nil, nil, err
	}
	lex, err := m.lexicon()
	if err != nil {
		return nil, nil, err
	}
	rest := b[pad8(h+n):]
	if len(rest) < 8 || le.Uint32(rest) > 28 {
		return nil, nil, fmt.Errorf("weight table header: %w", ErrFormat)
	}
	size := 1 << le.Uint32(rest)
	rest = rest[8:]
	if len(rest) != size*int(unsafe.Sizeof(slot{}))+8*filterWords {
		return nil, nil, fmt.Errorf("weight table of %d bytes for %d slots: %w", len(rest), size, ErrFormat)
	}
	r := &Recognizer{lex: lex, nl: numLabels, mask: uint32(size - 1)}
	r.slots = slotsOf(rest[:size*int(unsafe.Sizeof(slot{}))])
	r.seen = wordsOf(rest[size*int(unsafe.Sizeof(slot{})):])
	if err := r.setTrans(m.Trans); err != nil {
		return nil, nil, err
	}
	return r, m, nil
}

var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// slotsOf returns the slots in b, in place when the memory layout allows.
func slotsOf(b []byte) []slot {
	n := len(b) / int(unsafe.Sizeof(slot{}))
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%unsafe.Alignof(slot{}) == 0 {
		return unsafe.Slice((*slot)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]slot, n)
	for i := range out {
		p := b[i*int(unsafe.Sizeof(slot{})):]
		out[i].key = binary.LittleEndian.Uint32(p)
		out[i].scale = math.Float32frombits(binary.LittleEndian.Uint32(p[4:]))
		for y := range out[i].w {
			out[i].w[y] = int8(p[8+y])
		}
	}
	return out
}

// wordsOf returns the uint64s in b, in place when the memory layout allows.
func wordsOf(b []byte) []uint64 {
	n := len(b) / 8
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%8 == 0 {
		return unsafe.Slice((*uint64)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out
}
