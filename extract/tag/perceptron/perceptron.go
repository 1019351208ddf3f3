// Package perceptron is the averaged multiclass perceptron shared by the
// tagger and the parser: a Trainer with lazily averaged sparse weights, and a
// compact, quantized Model for the binary. Features are 64-bit hashes built
// with Mix and String, so the hot path does no string work and no map lookups.
package perceptron

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// String hashes s (FNV-1a, 64 bits).
func String(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Mix combines two hashes into one (splitmix64 finalizer).
func Mix(a, b uint64) uint64 {
	x := a ^ (b+0x9E3779B97F4A7C15)*0xBF58476D1CE4E5B9
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// Feature returns the hash of template tmpl with the given values.
func Feature(tmpl uint64, v ...uint64) uint64 {
	h := Mix(tmpl, 0x5bd1e995)
	for _, x := range v {
		h = Mix(h, x)
	}
	return h
}

type entry struct {
	class  uint16
	w, tot float32
	ts     int32
}

// Trainer learns averaged perceptron weights.
type Trainer struct {
	classes int
	index   map[uint64]int32
	rows    [][]entry
	t       int32
}

// NewTrainer returns a trainer for the given number of classes.
// It panics if classes > MaxClasses (a programming error).
func NewTrainer(classes int) *Trainer {
	if classes > MaxClasses {
		panic(fmt.Sprintf("perceptron: %d classes, at most %d", classes, MaxClasses))
	}
	return &Trainer{classes: classes, index: make(map[uint64]int32)}
}

// Features returns the number of distinct features seen in updates.
func (tr *Trainer) Features() int { return len(tr.rows) }

// Scores adds the current (not averaged) weights of feats to scores.
func (tr *Trainer) Scores(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r, ok := tr.index[f]
		if !ok {
			continue
		}
		for _, e := range tr.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// Tick advances the clock by one training instance.
func (tr *Trainer) Tick() { tr.t++ }

// Update moves weights toward truth and away from guess.
func (tr *Trainer) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := tr.index[f]
		if !ok {
			r = int32(len(tr.rows))
			tr.index[f] = r
			tr.rows = append(tr.rows, nil)
		}
		tr.add(r, truth, 1)
		tr.add(r, guess, -1)
	}
}

func (tr *Trainer) add(r int32, class int, d float32) {
	row := tr.rows[r]
	for i := range row {
		if int(row[i].class) == class {
			e := &row[i]
			e.tot += float32(tr.t-e.ts) * e.w
			e.ts = tr.t
			e.w += d
			return
		}
	}
	tr.rows[r] = append(row, entry{class: uint16(class), w: d, ts: tr.t})
}

// Model returns the averaged weights, dropping those smaller than prune in
// absolute value, quantized to int16.
func (tr *Trainer) Model(prune float64) *Model {
	type kv struct {
		key uint64
		row int32
	}
	keys := make([]kv, 0, len(tr.index))
	for k, r := range tr.index {
		keys = append(keys, kv{k, r})
	}
	slices.SortFunc(keys, func(a, b kv) int {
		if a.key < b.key {
			return -1
		}
		if a.key > b.key {
			return 1
		}
		return 0
	})
	t := float64(max(tr.t, 1))
	avg := func(e entry) float64 { return (float64(e.tot) + float64(tr.t-e.ts)*float64(e.w)) / t }
	maxAbs := 0.0
	for _, r := range tr.rows {
		for _, e := range r {
			maxAbs = max(maxAbs, math.Abs(avg(e)))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	m := &Model{Classes: tr.classes, Scale: float32(scale)}
	for _, k := range keys {
		n := 0
		for _, e := range tr.rows[k.row] {
			a := avg(e)
			q := math.Round(a / scale)
			if math.Abs(a) < prune || q == 0 || len(m.w) >= MaxWeights {
				continue
			}
			m.cls = append(m.cls, e.class)
			m.w = append(m.w, int16(q))
			n++
		}
		if n > 0 {
			m.keys = append(m.keys, k.key)
			m.start = append(m.start, uint32(len(m.cls)-n))
		}
	}
	m.start = append(m.start, uint32(len(m.cls)))
	m.buildTable()
	return m
}

// MaxClasses and MaxWeights bound a Model: rows are found through slots
// with 8 bits of length and 24 bits of offset.
const (
	MaxClasses = 255
	MaxWeights = 1<<24 - 1
)

// Model is a compact averaged perceptron: for each feature hash, a short list
// of (class, weight) pairs.
type Model struct {
	Classes int
	Scale   float32 // weight = int16 * Scale
	keys    []uint64
	start   []uint32 // rows: entries start[i]..start[i+1]
	cls     []uint16
	w       []int16
	packed  []weight // cls and w packed for scoring
	// open-addressing table of the rows: each slot packs the key's high 32
	// bits (the low bits choose the slot), the row's offset (24 bits) and
	// length (8 bits); 0 marks an empty slot
	table []uint64
	mask  uint64
}

// weight packs a class (high 16 bits) and an int16 weight (low 16 bits).
type weight uint32

// Len returns the number of features and of weights.
func (m *Model) Len() (features, weights int) { return len(m.keys), len(m.w) }

func (m *Model) buildTable() {
	n := 1
	for n < 2*len(m.keys)+2 {
		n <<= 1
	}
	m.table = make([]uint64, n)
	m.mask = uint64(n - 1)
	m.packed = make([]weight, len(m.w))
	for i := range m.w {
		m.packed[i] = weight(uint32(m.cls[i])<<16 | uint32(uint16(m.w[i])))
	}
	for i, k := range m.keys {
		for j := k & m.mask; ; j = (j + 1) & m.mask {
			if m.table[j] == 0 {
				m.table[j] = k&^0xffffffff | uint64(m.start[i])<<8 | uint64(m.start[i+1]-m.start[i])
				break
			}
		}
	}
}

// Scores sets scores to the sum of the weights of feats, in units of Scale.
func (m *Model) Scores(feats []uint64, scores []int32) {
	clear(scores)
	// First find the rows of all features, then add them up: the probes
	// are independent loads that the processor can overlap.
	var rows [128]uint64
	for len(feats) > 0 {
		k := min(len(feats), len(rows))
		for i, f := range feats[:k] {
			j := f & m.mask
			sl := m.table[j]
			for sl != 0 && (sl^f)>>32 != 0 {
				j = (j + 1) & m.mask
				sl = m.table[j]
			}
			rows[i] = sl
		}
		for _, sl := range rows[:k] {
			if sl == 0 {
				continue
			}
			off := uint32(sl>>8) & 0xffffff
			for _, w := range m.packed[off : off+uint32(sl&0xff)] {
				if c := w >> 16; int(c) < len(scores) {
					scores[c] += int32(int16(uint16(w)))
				}
			}
		}
		feats = feats[k:]
	}
}

const magic = "kgpc1"

// WriteTo writes the model in its binary form.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	buf := make([]byte, 0, 64)
	buf = append(buf, magic...)
	buf = appendUvarint(buf, uint64(m.Classes))
	buf = appendUvarint(buf, uint64(math.Float32bits(m.Scale)))
	buf = appendUvarint(buf, uint64(len(m.keys)))
	bw.Write(buf)
	var prev uint64
	for i, k := range m.keys {
		buf = appendUvarint(buf[:0], k-prev)
		prev = k
		n := m.start[i+1] - m.start[i]
		buf = appendUvarint(buf, uint64(n))
		for e := m.start[i]; e < m.start[i+1]; e++ {
			buf = appendUvarint(buf, uint64(m.cls[e]))
			v := int64(m.w[e])
			buf = appendUvarint(buf, uint64((v<<1)^(v>>63)))
		}
		bw.Write(buf)
	}
	return 0, bw.Flush()
}

func appendUvarint(b []byte, x uint64) []byte {
	for x >= 0x80 {
		b = append(b, byte(x)|0x80)
		x >>= 7
	}
	return append(b, byte(x))
}

// ErrFormat reports a malformed model file.
var ErrFormat = errors.New("malformed perceptron model")

// Read reads a model written by WriteTo.
func Read(r io.ByteReader) (*Model, error) {
	for i := 0; i < len(magic); i++ {
		c, err := r.ReadByte()
		if err != nil || c != magic[i] {
			return nil, ErrFormat
		}
	}
	var err error
	u := func() uint64 {
		if err != nil {
			return 0
		}
		var x uint64
		for s := uint(0); s < 64; s += 7 {
			var c byte
			c, err = r.ReadByte()
			if err != nil {
				return 0
			}
			x |= uint64(c&0x7f) << s
			if c < 0x80 {
				return x
			}
		}
		err = ErrFormat
		return 0
	}
	m := &Model{Classes: int(u()), Scale: math.Float32frombits(uint32(u()))}
	n := u()
	if err != nil || n > 1<<28 || m.Classes > 1<<16 {
		return nil, fmt.Errorf("model header: %w", ErrFormat)
	}
	m.keys = make([]uint64, n)
	m.start = make([]uint32, n+1)
	var prev uint64
	for i := range m.keys {
		prev += u()
		m.keys[i] = prev
		m.start[i] = uint32(len(m.cls))
		k := u()
		if k > 255 || uint64(len(m.cls))+k >= 1<<24 {
			return nil, fmt.Errorf("model weights: %w", ErrFormat)
		}
		for range k {
			c := u()
			v := u()
			if c >= uint64(m.Classes) {
				err = ErrFormat
			}
			m.cls = append(m.cls, uint16(c))
			m.w = append(m.w, int16(int64(v>>1)^-int64(v&1)))
		}
		if err != nil {
			return nil, fmt.Errorf("model weights: %w", err)
		}
	}
	m.start[n] = uint32(len(m.cls))
	m.buildTable()
	return m, nil
}

// Prune returns a copy of m without the weights smaller than min in
// absolute value (in the units of the averaged weights).
func (m *Model) Prune(min float64) *Model {
	out := &Model{Classes: m.Classes, Scale: m.Scale}
	for i, k := range m.keys {
		n := 0
		for e := m.start[i]; e < m.start[i+1]; e++ {
			if math.Abs(float64(m.w[e])*float64(m.Scale)) < min {
				continue
			}
			out.cls = append(out.cls, m.cls[e])
			out.w = append(out.w, m.w[e])
			n++
		}
		if n > 0 {
			out.keys = append(out.keys, k)
			out.start = append(out.start, uint32(len(out.cls)-n))
		}
	}
	out.start = append(out.start, uint32(len(out.cls)))
	out.buildTable()
	return out
}
