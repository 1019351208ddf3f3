//go:build !amd64

package ner

// addWeights adds the weights of sl, scaled, to s.
func addWeights(s *[numLabels]float32, sl *slot) { addWeightsGo(s, sl) }
