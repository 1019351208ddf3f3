package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestAddWeights checks addWeights against the scalar loop bit for bit,
// on random weights, scales and sums, tiny and huge ones included.
func TestAddWeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	scales := []float32{0, 1, -1, 1e-38, 3e38, float32(math.SmallestNonzeroFloat32)}
	for i := range 20000 {
		var sl slot
		for y := range sl.w {
			sl.w[y] = int8(rng.IntN(256) - 128)
		}
		sl.scale = float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(20)-10)))
		if i < len(scales) {
			sl.scale = scales[i]
		}
		var got, want [numLabels]float32
		for y := range got {
			got[y] = float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(20)-10)))
			want[y] = got[y]
		}
		addWeights(&got, &sl)
		addWeightsGo(&want, &sl)
		for y := range got {
			if math.Float32bits(got[y]) != math.Float32bits(want[y]) {
				t.Fatalf("weights %v scale %g, label %d: addWeights = %g, want %g", sl.w, sl.scale, y, got[y], want[y])
			}
		}
	}
}
