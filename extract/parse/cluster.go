package parse

import (
	"slices"

	"github.com/kgraph/kgraph/extract/tag"
)

// clusters maps normalized words (tag.AppendNorm) to distributional word
// clusters, used as features in the manner of Koo et al. (2008): a coarse,
// a middle and the finest cluster of a word stand in for it where the word
// itself is too rare to have learnt weights.
type clusters map[string]uint64

// Cluster ids are packed coarse to fine, 16 bits each: bits 0-15 coarse,
// 16-31 middle, 32-47 finest. 0 in a field means "unknown".
func packCluster(coarse, mid, fine uint64) uint64 {
	return coarse&0xffff | (mid&0xffff)<<16 | (fine&0xffff)<<32
}

// newClusters builds the table from word clusters packed 16 bits a level,
// coarse to fine, 1-based (the table of the NER trainer). levels picks the
// coarse, middle and fine levels. Words that normalize alike keep the
// cluster of the lowest-sorting spelling that is already normalized, else of
// the lowest-sorting spelling, so that the table is deterministic.
func newClusters(words map[string]uint64, levels [3]int) clusters {
	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	c := make(clusters, len(keys))
	exact := map[string]bool{}
	var buf []byte
	for _, w := range keys {
		buf = tag.AppendNorm(buf[:0], w)
		k := string(buf)
		if _, seen := c[k]; seen && (exact[k] || k != w) {
			continue
		}
		p := words[w]
		lv := func(i int) uint64 { return p >> (16 * levels[i]) & 0xffff }
		c[k] = packCluster(lv(0), lv(1), lv(2))
		exact[k] = k == w
	}
	return c
}
