package doc

import (
	"math/rand/v2"
	"testing"
)

// TestMentionAt compares MentionAt with a scan of every mention, on
// mentions in sentence order as entity resolution writes them.
func TestMentionAt(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	d := &Doc{}
	for si := range 50 {
		for range rng.IntN(6) {
			start := rng.IntN(20)
			d.Mentions = append(d.Mentions, Mention{Sentence: si, Start: start, End: start + 1 + rng.IntN(4)})
		}
	}
	scan := func(si, i int) *Mention {
		for k := range d.Mentions {
			if m := &d.Mentions[k]; m.Sentence == si && m.Start <= i && i < m.End {
				return m
			}
		}
		return nil
	}
	for si := -1; si <= 51; si++ {
		for i := -1; i < 26; i++ {
			if got, want := d.MentionAt(si, i), scan(si, i); got != want {
				t.Fatalf("MentionAt(%d, %d) = %v, want %v", si, i, got, want)
			}
		}
	}
}
