package perceptron

// addDenseGo adds row to sum, element by element; len(row) == len(sum).
func addDenseGo(sum []int32, row []int16) {
	row = row[:len(sum)]
	for i, w := range row {
		sum[i] += int32(w)
	}
}
