//go:build !amd64

package perceptron

// addDense adds row to sum; len(row) == len(sum), a multiple of 16.
func addDense(sum []int32, row []int16) { addDenseGo(sum, row) }

// addRows adds the dense rows at offsets offs of dense to sum.
func addRows(sum []int32, dense []int16, offs []int32, stride int) {
	for _, o := range offs {
		addDenseGo(sum, dense[o:int(o)+stride])
	}
}

// prefetchSlots and prefetchRows only hint: elsewhere they do nothing.
func prefetchSlots(slots *uint64, mask uint64, feats *uint64, n int) {}

func prefetchRows(sparse *uint32, rows *uint64, n int) {}
