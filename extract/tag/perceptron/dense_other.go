//go:build !amd64

package perceptron

// addDense adds row to sum; len(row) == len(sum), a multiple of 16.
func addDense(sum []int32, row []int16) { addDenseGo(sum, row) }
