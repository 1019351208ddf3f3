package entity

import (
	"flag"
	"fmt"
	"sort"
	"testing"
)

var top = flag.Bool("top", false, "print the most-mentioned entities of the BBC politics articles")

// TestTopBBC prints the 20 most-mentioned entities over the BBC UK politics
// articles (go test ./extract/entity -run TopBBC -top -v); it checks that
// Tony Blair is among them.
func TestTopBBC(t *testing.T) {
	if !*top {
		t.Skip("pass -top to count entities over the BBC politics articles")
	}
	count := map[string]int{}
	var ents = map[string]string{}
	for _, f := range readDir(t, "corpora", "bbc-news", "bbc", "politics") {
		d := annotate(t, f, readShared(t, "corpora", "bbc-news", "bbc", "politics", f), true)
		for _, m := range d.Mentions {
			count[m.Entity]++
			e := d.Entities[m.Entity]
			ents[m.Entity] = fmt.Sprintf("%s | %s", e.Name, e.Type)
			if e.Subtype != "" {
				ents[m.Entity] += " (" + e.Subtype + ")"
			}
		}
	}
	ids := make([]string, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool {
		return count[ids[a]] > count[ids[b]] || count[ids[a]] == count[ids[b]] && ids[a] < ids[b]
	})
	for i, id := range ids[:min(20, len(ids))] {
		fmt.Printf("| %d | %s | %d |\n", i+1, ents[id], count[id])
	}
	if count["kg:Tony_Blair"] == 0 {
		t.Error("Tony Blair not found in the BBC politics articles")
	}
}
