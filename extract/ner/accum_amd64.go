package ner

import "golang.org/x/sys/cpu"

var hasAVX2 = cpu.X86.HasAVX2

// addWeights adds the weights of sl, scaled, to s: s[y] += float32(w[y]) *
// scale, each product and sum rounded as the scalar loop rounds them (no
// fused multiply-add), eight labels at a time.
func addWeights(s *[numLabels]float32, sl *slot) {
	if hasAVX2 {
		addWeightsAVX2(s, &sl.w, sl.scale)
		return
	}
	addWeightsGo(s, sl)
}

//go:noescape
func addWeightsAVX2(s *[numLabels]float32, w *[numLabels]int8, scale float32)
