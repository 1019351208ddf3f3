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

// addRows adds the dense rows at offsets offs of dense to sum; the rows and
// sum are stride long, a multiple of 16. Rows of 112 (the tagger's 108
// classes and the parser's 103) are added with the sums held in registers.
func addRows(sum []int32, dense []int16, offs []int32, stride int) {
	if len(offs) == 0 {
		return
	}
	if hasAVX2 && stride == 112 && len(sum) >= stride {
		for _, o := range offs {
			_ = dense[int(o)+stride-1] // bounds, checked before the unchecked adds
		}
		addRows112AVX2(&sum[0], &dense[0], &offs[0], len(offs))
		return
	}
	for _, o := range offs {
		addDense(sum, dense[o:int(o)+stride])
	}
}

// addDenseAVX2 adds n int16 at row to the n int32 at sum; n is a positive
// multiple of 16.
//
//go:noescape
func addDenseAVX2(sum *int32, row *int16, n int)

// addRows112AVX2 adds the n rows of 112 int16 at dense+offs[i] to the 112
// int32 at sum; n > 0.
//
//go:noescape
func addRows112AVX2(sum *int32, dense *int16, offs *int32, n int)

// prefetchSlots prefetches the home slots of n features.
//
//go:noescape
func prefetchSlots(slots *uint64, mask uint64, feats *uint64, n int)

// prefetchRows prefetches the sparse rows of n slots, both lines of a row
// that crosses a line boundary.
//
//go:noescape
func prefetchRows(sparse *uint32, rows *uint64, n int)
