package perceptron

import "golang.org/x/sys/cpu"

var hasAVX2 = cpu.X86.HasAVX2

// addDense adds row to sum; len(row) == len(sum), a multiple of 16.
func addDense(sum []int32, row []int16) {
	if hasAVX2 && len(sum) > 0 {
		row = row[:len(sum)]
		addDenseAVX2(&sum[0], &row[0], len(sum))
		return
	}
	addDenseGo(sum, row)
}

// addDenseAVX2 adds n int16 at row to the n int32 at sum; n is a positive
// multiple of 16.
//
//go:noescape
func addDenseAVX2(sum *int32, row *int16, n int)
