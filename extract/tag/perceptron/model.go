package perceptron

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"unsafe"
)

// A model file is the model's memory layout, little-endian, so that a model
// is used in place from the bytes of its file (embedded in the binary or
// read whole), with nothing to decompress or decode:
//
//	magic   "kgpc2\0\0\0"
//	header  8 × uint32: classes, scale (float32 bits), log2 of the number
//	        of slots, sparse weights, dense rows, dense stride, features,
//	        weights
//	slots   [1 << log2]uint64, an open-addressing table of the features
//	sparse  [sparse weights]uint32, class << 16 | uint16(weight)
//	dense   [dense rows × stride]int16, one weight per class
//
// A slot holds the high 32 bits of a feature's hash (its low bits choose the
// slot; collisions probe linearly) and its row: bits 0-7 the row's length n
// (1-254: the n sparse weights at offset; 255: the dense row at offset; 0: a
// row whose weights were pruned away), bits 8-31 the offset. 0 is an empty
// slot. Rows of many weights are dense: adding a dense row is a vector add
// (dense_amd64.s), much faster than scattering the same weights one by one.
const (
	magic      = "kgpc2\x00\x00\x00"
	headerSize = len(magic) + 8*4
	emptyRow   = 0
	denseRow   = 255
	// maxSparse is the longest sparse row
	maxSparse = 254
)

// MaxClasses and MaxWeights bound a Model: rows are found through slots
// with 8 bits of length and 24 bits of offset.
const (
	MaxClasses = 255
	MaxWeights = 1<<24 - 1
)

// ErrFormat reports a malformed model file.
var ErrFormat = errors.New("malformed perceptron model")

// Model is a compact averaged perceptron: for each feature hash, the
// weights of the classes it votes for. It is safe for concurrent use.
type Model struct {
	Classes int
	Scale   float32 // weight = int16 * Scale

	slots  []uint64
	mask   uint64
	sparse []uint32
	dense  []int16
	stride int // weights per dense row: Classes rounded up to 16
	// features and weights count the model's size
	features, weights int
}

// Weight is one class's weight in a row of the model.
type Weight struct {
	Class int
	W     int16
}

// Len returns the number of features and of weights.
func (m *Model) Len() (features, weights int) { return m.features, m.weights }

// denseMin is the length from which a row is stored dense: a vector add of
// stride weights costs about as much as scattering a few of them.
func denseMin(classes int) int { return max(16, classes/4) }

func strideOf(classes int) int { return (classes + 15) &^ 15 }

// builder lays out a model: rows are placed in a table of a fixed size.
type builder struct{ m *Model }

// newBuilder starts a model for about n features.
func newBuilder(classes int, scale float32, n int) *builder {
	log2 := 4
	for 1<<log2 < n*3/2+1 { // a load factor of at most 2/3
		log2++
	}
	return newBuilderLog2(classes, scale, log2)
}

func newBuilderLog2(classes int, scale float32, log2 int) *builder {
	m := &Model{Classes: classes, Scale: scale, slots: make([]uint64, 1<<log2), mask: 1<<log2 - 1,
		stride: strideOf(classes)}
	// dense row 0 stays zero, so that no row's slot is 0 (empty)
	m.dense = make([]int16, m.stride)
	return &builder{m}
}

// add places the row of feature key; rows that no longer fit are dropped.
func (b *builder) add(key uint64, row []Weight) {
	j := key & b.m.mask
	for b.m.slots[j] != 0 {
		j = (j + 1) & b.m.mask
	}
	b.put(j, key>>32, row)
}

// put stores a row in slot j.
func (b *builder) put(j, hi uint64, row []Weight) {
	m := b.m
	var n, off uint64
	switch {
	case len(row) == 0:
		n, off = emptyRow, 1
	case len(row) >= min(denseMin(m.Classes), maxSparse+1):
		off = uint64(len(m.dense) / m.stride)
		if off > MaxWeights || len(m.dense)+m.stride > math.MaxInt32 {
			return
		}
		n = denseRow
		m.dense = append(m.dense, make([]int16, m.stride)...)
		d := m.dense[len(m.dense)-m.stride:]
		for _, w := range row {
			d[w.Class] = w.W
		}
	default:
		if len(m.sparse)+len(row) > MaxWeights {
			return
		}
		n, off = uint64(len(row)), uint64(len(m.sparse))
		for _, w := range row {
			m.sparse = append(m.sparse, uint32(w.Class)<<16|uint32(uint16(w.W)))
		}
	}
	m.slots[j] = hi<<32 | off<<8 | n
	m.features++
	m.weights += len(row)
}

func (b *builder) model() *Model { return b.m }

// row appends the weights of slot sl to dst.
func (m *Model) row(dst []Weight, sl uint64) []Weight {
	n, off := sl&0xff, sl>>8&0xffffff
	switch n {
	case emptyRow:
	case denseRow:
		for c, w := range m.dense[int(off)*m.stride:][:m.Classes] {
			if w != 0 {
				dst = append(dst, Weight{c, w})
			}
		}
	default:
		for _, w := range m.sparse[off : off+n] {
			dst = append(dst, Weight{int(w >> 16), int16(uint16(w))})
		}
	}
	return dst
}

// Scores sets scores to the sum of the weights of feats, in units of Scale.
func (m *Model) Scores(feats []uint64, scores []int32) {
	var acc [256]int32 // MaxClasses rounded up: a class byte indexes it unchecked
	m.add(&acc, feats)
	copy(scores, acc[:m.Classes])
}

// ScoresPlus sets scores to base plus the sum of the weights of feats:
// with base the Scores of other features, the Scores of both sets (the
// sums are of integers, whatever their order).
func (m *Model) ScoresPlus(feats []uint64, base, scores []int32) {
	var acc [256]int32
	copy(acc[:m.Classes], base)
	m.add(&acc, feats)
	copy(scores, acc[:m.Classes])
}

// add adds the weights of feats to acc.
func (m *Model) add(acc *[256]int32, feats []uint64) {
	sum := acc[:m.stride]
	// First find the rows of all features, then add them up: the probes
	// are independent loads that the processor can overlap. The dense rows
	// are added last, all in one go.
	var rows [128]uint64
	var dense [128]int32
	for len(feats) > 0 {
		k := min(len(feats), len(rows))
		// Prefetch every feature's home slot before probing any: the
		// probe loop branches on the slots it loads, and a mispredicted
		// branch on a load that misses the cache would hold back the
		// loads after it, where prefetches are all under way at once.
		prefetchSlots(&m.slots[0], m.mask, &feats[0], k)
		for i, f := range feats[:k] {
			j := f & m.mask
			sl := m.slots[j]
			for sl != 0 && (sl^f)>>32 != 0 {
				j = (j + 1) & m.mask
				sl = m.slots[j]
			}
			rows[i] = sl
		}
		// Likewise prefetch the sparse rows before adding any.
		if len(m.sparse) > 0 {
			prefetchRows(&m.sparse[0], &rows[0], k)
		}
		nd := 0
		for _, sl := range rows[:k] {
			n, off := sl&0xff, sl>>8&0xffffff
			switch n {
			case emptyRow:
			case denseRow:
				dense[nd] = int32(int(off) * m.stride)
				nd++
			default:
				for _, w := range m.sparse[off : off+n] {
					acc[uint8(w>>16)] += int32(int16(uint16(w)))
				}
			}
		}
		addRows(sum, m.dense, dense[:nd], m.stride)
		feats = feats[k:]
	}
}

// Prune returns a copy of m without the weights smaller than min in
// absolute value (in the units of the averaged weights). The features keep
// their slots, so that the probe sequences stay intact.
func (m *Model) Prune(min float64) *Model {
	b := newBuilderLog2(m.Classes, m.Scale, bitsOf(m.mask))
	var row []Weight
	for j, sl := range m.slots {
		if sl == 0 {
			continue
		}
		row = row[:0]
		for _, w := range m.row(nil, sl) {
			if math.Abs(float64(w.W)*float64(m.Scale)) >= min {
				row = append(row, w)
			}
		}
		b.put(uint64(j), sl>>32, row)
	}
	return b.model()
}

func bitsOf(mask uint64) int {
	n := 0
	for mask != 0 {
		mask >>= 1
		n++
	}
	return n
}

// WriteTo writes the model file.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	b := m.AppendBinary(nil)
	n, err := w.Write(b)
	return int64(n), err
}

// AppendBinary appends the model file to b.
func (m *Model) AppendBinary(b []byte) []byte {
	le := binary.LittleEndian
	b = append(b, magic...)
	for _, v := range []uint32{uint32(m.Classes), math.Float32bits(m.Scale), uint32(bitsOf(m.mask)),
		uint32(len(m.sparse)), uint32(len(m.dense) / m.stride), uint32(m.stride),
		uint32(m.features), uint32(m.weights)} {
		b = le.AppendUint32(b, v)
	}
	for _, v := range m.slots {
		b = le.AppendUint64(b, v)
	}
	for _, v := range m.sparse {
		b = le.AppendUint32(b, v)
	}
	for _, v := range m.dense {
		b = le.AppendUint16(b, uint16(v))
	}
	return b
}

// Size returns the length of the model file that starts b, read from its
// header, so that a container can find what follows it.
func Size(b []byte) (int, error) {
	h, err := header(b)
	if err != nil {
		return 0, err
	}
	return h.size, nil
}

type hdr struct {
	classes, log2, sparse, denseRows, stride, features, weights int
	scale                                                       float32
	size                                                        int
}

func header(b []byte) (hdr, error) {
	if len(b) < headerSize || string(b[:len(magic)]) != magic {
		return hdr{}, fmt.Errorf("model header: %w", ErrFormat)
	}
	u := func(i int) int { return int(binary.LittleEndian.Uint32(b[len(magic)+4*i:])) }
	h := hdr{classes: u(0), scale: math.Float32frombits(uint32(u(1))), log2: u(2), sparse: u(3),
		denseRows: u(4), stride: u(5), features: u(6), weights: u(7)}
	if h.classes < 1 || h.classes > MaxClasses || h.stride != strideOf(h.classes) || h.log2 > 30 ||
		h.sparse > MaxWeights || h.denseRows < 1 || h.denseRows*h.stride > math.MaxInt32 {
		return hdr{}, fmt.Errorf("model header: %w", ErrFormat)
	}
	h.size = headerSize + 8<<h.log2 + 4*h.sparse + 2*h.denseRows*h.stride
	if len(b) < h.size {
		return hdr{}, fmt.Errorf("model: %d bytes, header says %d: %w", len(b), h.size, ErrFormat)
	}
	return h, nil
}

// Parse returns the model of the model file that starts b, using b in
// place: b must not change while the model is in use. Parse checks the
// header only; Check checks every row.
func Parse(b []byte) (*Model, error) {
	h, err := header(b)
	if err != nil {
		return nil, err
	}
	m := &Model{Classes: h.classes, Scale: h.scale, mask: 1<<h.log2 - 1, stride: h.stride,
		features: h.features, weights: h.weights}
	p := headerSize
	m.slots = uint64s(b[p : p+8<<h.log2])
	p += 8 << h.log2
	m.sparse = uint32s(b[p : p+4*h.sparse])
	p += 4 * h.sparse
	m.dense = int16s(b[p : p+2*h.denseRows*h.stride])
	return m, nil
}

// Read reads a model file whole and checks it.
func Read(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	m, err := Parse(b)
	if err != nil {
		return nil, err
	}
	return m, m.Check()
}

// Check reports whether every row of m lies within its weights and names
// classes of the model.
func (m *Model) Check() error {
	rows := len(m.dense) / m.stride
	for _, sl := range m.slots {
		if sl == 0 {
			continue
		}
		n, off := int(sl&0xff), int(sl>>8&0xffffff)
		switch n {
		case emptyRow:
		case denseRow:
			if off >= rows {
				return fmt.Errorf("model: dense row %d of %d: %w", off, rows, ErrFormat)
			}
		default:
			if off+n > len(m.sparse) {
				return fmt.Errorf("model: row at %d+%d of %d weights: %w", off, n, len(m.sparse), ErrFormat)
			}
			for _, w := range m.sparse[off : off+n] {
				if int(w>>16) >= m.Classes {
					return fmt.Errorf("model: class %d of %d: %w", w>>16, m.Classes, ErrFormat)
				}
			}
		}
	}
	return nil
}

// littleEndian: the file's layout is the memory's, so slices of it are
// used in place when suitably aligned.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

func aligned(b []byte, n uintptr) bool {
	return littleEndian && uintptr(unsafe.Pointer(unsafe.SliceData(b)))%n == 0
}

func uint64s(b []byte) []uint64 { return view(b, binary.LittleEndian.Uint64) }

// Uint64s returns the little-endian numbers in b, b itself when the memory
// layout allows (as a model file's are read): b must not change while they
// are in use.
func Uint64s(b []byte) []uint64 { return uint64s(b) }

func uint32s(b []byte) []uint32 { return view(b, binary.LittleEndian.Uint32) }

func int16s(b []byte) []int16 {
	return view(b, func(b []byte) int16 { return int16(binary.LittleEndian.Uint16(b)) })
}

// view returns the little-endian numbers in b: b itself when the memory
// layout allows, else a copy made with decode.
func view[T uint64 | uint32 | int16](b []byte, decode func([]byte) T) []T {
	size := int(unsafe.Sizeof(T(0)))
	if len(b) < size {
		return nil
	}
	if aligned(b, uintptr(size)) {
		return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), len(b)/size)
	}
	out := make([]T, len(b)/size)
	for i := range out {
		out[i] = decode(b[size*i:])
	}
	return out
}
