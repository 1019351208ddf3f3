package perceptron

import (
	"bufio"
	"bytes"
	"errors"
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
			m2, err := Read(bufio.NewReader(&buf))
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

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"magic", []byte("kgpc0")},
		{"truncated", []byte("kgpc1\x02\x01\x05\x01")},
		{"class out of range", []byte("kgpc1\x02\x01\x01\x01\x01\x07\x02")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tt.in)); err == nil {
				t.Errorf("Read(%q) succeeded, want error", tt.in)
			} else if tt.name != "truncated" && !errors.Is(err, ErrFormat) {
				t.Errorf("Read(%q) = %v, want ErrFormat", tt.in, err)
			}
		})
	}
}
