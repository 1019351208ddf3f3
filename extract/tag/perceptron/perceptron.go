// Package perceptron is the averaged multiclass perceptron shared by the
// tagger and the parser: a Trainer with lazily averaged sparse weights, and a
// compact, quantized Model for the binary, which is used in place from the
// bytes of its file (see model.go). Features are 64-bit hashes built with Mix
// and String, so the hot path does no string work and no map lookups.
package perceptron

import (
	"fmt"
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
// F0 to F4 return the same hashes for templates below 256
// without building a slice, and inline.
func Feature(tmpl uint64, v ...uint64) uint64 {
	h := Mix(tmpl, 0x5bd1e995)
	for _, x := range v {
		h = Mix(h, x)
	}
	return h
}

// seeds holds the hash of each template alone: Feature(t) = seeds[t].
var seeds = func() (s [256]uint64) {
	for t := range s {
		s[t] = Mix(uint64(t), 0x5bd1e995)
	}
	return s
}()

// F0 is Feature(t).
func F0(t uint8) uint64 { return seeds[t] }

// F1 is Feature(t, a).
func F1(t uint8, a uint64) uint64 { return Mix(seeds[t], a) }

// F2 is Feature(t, a, b).
func F2(t uint8, a, b uint64) uint64 { return Mix(Mix(seeds[t], a), b) }

// F3 is Feature(t, a, b, c).
func F3(t uint8, a, b, c uint64) uint64 { return Mix(Mix(Mix(seeds[t], a), b), c) }

// F4 is Feature(t, a, b, c, d).
func F4(t uint8, a, b, c, d uint64) uint64 { return Mix(Mix(Mix(Mix(seeds[t], a), b), c), d) }

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
func (tr *Trainer) Model(prune float64) *Model { return Mean(prune, tr) }

// Mean returns the model whose weights are the means of the averaged
// weights of the trainers, dropping those smaller than prune in absolute
// value, quantized to int16. Trainers that saw the same data in other
// orders give a model that depends less on any one order.
func Mean(prune float64, trs ...*Trainer) *Model {
	type cw struct {
		class int
		w     float64
	}
	classes := trs[0].classes
	sum := make(map[uint64][]cw, len(trs[0].index))
	for _, tr := range trs {
		t := float64(max(tr.t, 1))
		for k, r := range tr.index {
			row := sum[k]
		entries:
			for _, e := range tr.rows[r] {
				a := (float64(e.tot) + float64(tr.t-e.ts)*float64(e.w)) / t / float64(len(trs))
				for i := range row {
					if row[i].class == int(e.class) {
						row[i].w += a
						continue entries
					}
				}
				row = append(row, cw{int(e.class), a})
			}
			sum[k] = row
		}
	}
	keys := make([]uint64, 0, len(sum))
	maxAbs := 0.0
	for k, row := range sum {
		keys = append(keys, k)
		slices.SortFunc(row, func(a, b cw) int { return a.class - b.class })
		for _, e := range row {
			maxAbs = max(maxAbs, math.Abs(e.w))
		}
	}
	slices.Sort(keys)
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	// the rows that survive pruning, so that the table is sized for them
	type kept struct {
		key  uint64
		from int
	}
	var rows []kept
	var weights []Weight
	for _, k := range keys {
		from := len(weights)
		for _, e := range sum[k] {
			q := math.Round(e.w / scale)
			if math.Abs(e.w) < prune || q == 0 {
				continue
			}
			weights = append(weights, Weight{Class: e.class, W: int16(q)})
		}
		if len(weights) > from {
			rows = append(rows, kept{k, from})
		}
	}
	b := newBuilder(classes, float32(scale), len(rows))
	for i, r := range rows {
		to := len(weights)
		if i+1 < len(rows) {
			to = rows[i+1].from
		}
		b.add(r.key, weights[r.from:to])
	}
	return b.model()
}

func cmpUint64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
