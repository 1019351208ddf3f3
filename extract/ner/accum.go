package ner

// addWeightsGo adds the weights of sl, scaled, to s, label by label.
func addWeightsGo(s *[numLabels]float32, sl *slot) {
	for y := range s {
		s[y] += float32(sl.w[y]) * sl.scale
	}
}
