package perceptron

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

// train learns to map feature f(i) to class i%classes.
func train(classes, n int) *Trainer {
	tr := NewTrainer(classes)
	scores := make([]float32, classes)
	for range 5 {
		for i := range n {
			feats := []uint64{Feature(1, uint64(i)), Feature(2)}
			tr.Scores(feats, scores)
			guess := 0
			for c, v := range scores {
				if v > scores[guess] {
					guess = c
				}
			}
			tr.Tick()
			tr.Update(feats, i%classes, guess)
		}
	}
	return tr
}

func argmax(s []int32) int {
	best := 0
	for c, v := range s {
		if v > s[best] {
			best = c
		}
	}
	return best
}

func TestModelRoundTrip(t *testing.T) {
	tests := []struct {
		name       string
		classes, n int
	}{
		{"two classes", 2, 50},
		{"many classes", 103, 2000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := train(tt.classes, tt.n).Model(0)
			var buf bytes.Buffer
			if _, err := m.WriteTo(&buf); err != nil {
				t.Fatal(err)
			}
			m2, err := Read(&buf)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			s1, s2 := make([]int32, tt.classes), make([]int32, tt.classes)
			for i := range tt.n {
				feats := []uint64{Feature(1, uint64(i)), Feature(2), Feature(3)}
				m.Scores(feats, s1)
				m2.Scores(feats, s2)
				if !slices.Equal(s1, s2) {
					t.Fatalf("scores of %d differ after round trip: %v, %v", i, s1, s2)
				}
				if got := argmax(s1); got != i%tt.classes {
					t.Fatalf("class of %d = %d, want %d", i, got, i%tt.classes)
				}
			}
		})
	}
}

// TestFeatureArity checks that F0 to F4 hash as Feature does: the models
// were trained with Feature.
func TestFeatureArity(t *testing.T) {
	for tmpl := range uint8(255) {
		a, b, c, d := uint64(tmpl)*7, uint64(tmpl)<<40, ^uint64(tmpl), uint64(1)
		tm := uint64(tmpl)
		for _, tc := range []struct{ got, want uint64 }{
			{F0(tmpl), Feature(tm)},
			{F1(tmpl, a), Feature(tm, a)},
			{F2(tmpl, a, b), Feature(tm, a, b)},
			{F3(tmpl, a, b, c), Feature(tm, a, b, c)},
			{F4(tmpl, a, b, c, d), Feature(tm, a, b, c, d)},
		} {
			if tc.got != tc.want {
				t.Fatalf("template %d: %#x, Feature gives %#x", tmpl, tc.got, tc.want)
			}
		}
	}
}

// TestScoresDense checks Scores against a plain sum of the rows, for
// models whose rows are sparse and dense, and after Prune.
func TestScoresDense(t *testing.T) {
	for _, classes := range []int{2, 17, 103, 255} {
		rng := rand.New(rand.NewPCG(uint64(classes), 1))
		rows := map[uint64][]Weight{}
		b := newBuilder(classes, 0.5, 300)
		for range 300 {
			key := rng.Uint64()
			var row []Weight
			for c := range classes {
				if rng.IntN(3) == 0 || c == classes-1 && len(row) == 0 {
					row = append(row, Weight{c, int16(rng.IntN(65535) - 32767)})
				}
			}
			rows[key] = row
			b.add(key, row)
		}
		m := b.model()
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		read, err := Read(&buf)
		if err != nil {
			t.Fatalf("%d classes: Read: %v", classes, err)
		}
		pruned := m.Prune(0.5 * 20000)
		keys := make([]uint64, 0, len(rows))
		for k := range rows {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for i := 0; i+7 <= len(keys); i += 7 {
			feats := append(keys[i:i+7:i+7], rng.Uint64()) // and one unknown feature
			want, wantPruned := make([]int32, classes), make([]int32, classes)
			for _, f := range feats {
				for _, w := range rows[f] {
					want[w.Class] += int32(w.W)
					if abs(int(w.W)) >= 20000 {
						wantPruned[w.Class] += int32(w.W)
					}
				}
			}
			got := make([]int32, classes)
			for _, tc := range []struct {
				name string
				m    *Model
				want []int32
			}{{"built", m, want}, {"read", read, want}, {"pruned", pruned, wantPruned}} {
				tc.m.Scores(feats, got)
				if !slices.Equal(got, tc.want) {
					t.Fatalf("%d classes, %s: Scores = %v, want %v", classes, tc.name, got, tc.want)
				}
			}
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// FuzzAddDense compares the vector add with the plain loop.
func FuzzAddDense(f *testing.F) {
	f.Add([]byte{1, 2, 3}, 1)
	f.Add([]byte{0xff, 0x7f, 0x00, 0x80}, 3)
	f.Fuzz(func(t *testing.T, seed []byte, n int) {
		n = 16 * (1 + abs(n)%16)
		row, sum := make([]int16, n), make([]int32, n)
		for i := range row {
			if len(seed) > 0 {
				row[i] = int16(seed[i%len(seed)])<<8 | int16(seed[(i+1)%len(seed)]) - int16(i)
				sum[i] = int32(seed[(i+2)%len(seed)]) * int32(i-n/2) * 1000
			}
		}
		want := slices.Clone(sum)
		addDenseGo(want, row)
		addDense(sum, row)
		if !slices.Equal(sum, want) {
			t.Fatalf("addDense = %v, want %v", sum, want)
		}
	})
}

func TestReadErrors(t *testing.T) {
	var good bytes.Buffer
	if _, err := train(3, 10).Model(0).WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	// the first sparse weight (class << 16 | weight) names class 200
	badClass := slices.Clone(good.Bytes())
	log2 := int(badClass[len(magic)+8])
	badClass[headerSize+8<<log2+2] = 200
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"magic", []byte("kgpc1\x02\x01\x05\x01")},
		{"truncated", good.Bytes()[:good.Len()-2]},
		{"class out of range", badClass},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tt.in)); !errors.Is(err, ErrFormat) {
				t.Errorf("Read(%s) = %v, want ErrFormat", tt.name, err)
			}
		})
	}
}

// TestModelSizedForKeptRows checks that a pruned model's table is sized for
// the features that keep a weight, not for all the trainer saw.
func TestModelSizedForKeptRows(t *testing.T) {
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for i := range 20000 {
		feats := []uint64{Feature(1, uint64(i)), Feature(2, uint64(i%7))}
		tr.Scores(feats, scores)
		tr.Tick()
		tr.Update(feats, i%7%3, (i%7+1)%3)
	}
	all, pruned := tr.Model(0), tr.Model(1.5)
	if f, _ := pruned.Len(); f != 7 {
		t.Fatalf("pruned model keeps %d features, want the 7 frequent ones", f)
	}
	if len(pruned.slots) >= len(all.slots)/100 {
		t.Errorf("pruned model of 7 features has %d slots (unpruned: %d)", len(pruned.slots), len(all.slots))
	}
}

// TestMean checks that Mean averages the trainers' weights: the mean of a
// trainer with itself is that trainer's model, and the mean of two that
// disagree weighs each by its weights.
func TestMean(t *testing.T) {
	a := train(5, 200)
	scores := func(m *Model, feats []uint64) []int32 {
		s := make([]int32, m.Classes)
		m.Scores(feats, s)
		return s
	}
	feats := []uint64{Feature(1, 7), Feature(2)}
	if got, want := scores(Mean(0, a, a), feats), scores(a.Model(0), feats); !slices.Equal(got, want) {
		t.Errorf("Mean(a, a) scores %v, a's model %v", got, want)
	}
	// b votes feature 9 for class 1 three times, c for class 2 once
	b, c := NewTrainer(3), NewTrainer(3)
	f := []uint64{Feature(9)}
	for range 3 {
		b.Tick()
		b.Update(f, 1, 0)
	}
	c.Tick()
	c.Update(f, 2, 0)
	b.Tick()
	c.Tick()
	// averaged weights: b's class 1 (0+1+2+3)/4, c's class 2 (0+1)/2
	s := scores(Mean(0, b, c), f)
	if !(s[1] > s[2] && s[2] > 0 && s[0] < 0) {
		t.Errorf("Mean(b, c) scores %v, want class 1 > class 2 > 0 > class 0", s)
	}
}
