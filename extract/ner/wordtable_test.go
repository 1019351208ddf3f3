package ner

import (
	"strings"
	"testing"
)

// TestWordTable checks the embedded model's cluster table against a map of
// its words, on its words and on words it lacks.
func TestWordTable(t *testing.T) {
	r, m, err := parseModel(embedded)
	if err != nil {
		t.Fatal(err)
	}
	l := r.lex
	if l.words == nil || l.Clusters != nil {
		t.Fatal("the embedded model's clusters are not in a word table alone")
	}
	clusters := make(map[string]uint64, len(m.ClusterWords))
	for i, w := range m.ClusterWords {
		clusters[w] = m.ClusterIDs[i]
	}
	check := func(w string) {
		t.Helper()
		got, gotOK := l.lookup(hashString(offset64, w), w)
		want, wantOK := clusters[w]
		if got != want || gotOK != wantOK {
			t.Fatalf("lookup(%q) = %d, %v, want %d, %v", w, got, gotOK, want, wantOK)
		}
	}
	for w := range clusters {
		check(w)
		check(strings.ToUpper(w))
		check(w + "s")
		check(w[:len(w)-1])
	}
	for _, w := range []string{"", "a", "zzzzqx", strings.Repeat("x", 300)} {
		check(w)
	}
}

// TestNewWordTable covers the words a table cannot hold and repeated words.
func TestNewWordTable(t *testing.T) {
	for _, words := range [][]string{{""}, {strings.Repeat("x", 256)}} {
		if newWordTable(words, make([]uint64, len(words))) != nil {
			t.Errorf("newWordTable(%q) made a table", words)
		}
	}
	tb := newWordTable([]string{"a", "b", "a"}, []uint64{1, 2, 3})
	for w, want := range map[string]uint64{"a": 3, "b": 2, "c": 0} {
		if got, _ := tb.get(hashString(offset64, w), w); got != want {
			t.Errorf("get(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestPhraseTable checks the embedded model's gazetteer table against a map
// of its keys, on its keys and on keys it lacks.
func TestPhraseTable(t *testing.T) {
	r, m, err := parseModel(embedded)
	if err != nil {
		t.Fatal(err)
	}
	l := r.lex
	if l.phrases == nil || l.Gaz != nil {
		t.Fatal("the embedded model's gazetteer is not in a phrase table alone")
	}
	gaz := make(map[uint64]uint8, len(m.GazKeys))
	for i, k := range m.GazKeys {
		gaz[k] = m.GazCats[i]
	}
	check := func(k uint64) {
		t.Helper()
		got, gotOK := l.gaz(k)
		want, wantOK := gaz[k]
		if got != want || gotOK != wantOK {
			t.Fatalf("gaz(%#x) = %d, %v, want %d, %v", k, got, gotOK, want, wantOK)
		}
	}
	for k := range gaz {
		check(k)
		check(k + 1)
		check(k ^ 1<<63)
	}
	check(0)
	if newPhraseTable([]uint64{1, 0}, []uint8{1, 2}) != nil {
		t.Error("newPhraseTable made a table with a zero key")
	}
}
