package lexicon

import (
	"slices"
	"strings"
)

// Set is one word list. Words are lower-case; each list says whether it
// holds lemmas or forms as written. The zero Set is empty.
type Set struct {
	m map[string]bool
	// first has bit b set when a word of the list starts with byte b: most
	// words looked up are in no list, and most of those are turned away
	// here without hashing them.
	first [4]uint64
}

// Has reports whether w is in the list.
func (s Set) Has(w string) bool {
	return w != "" && s.first[w[0]>>6]&(1<<(w[0]&63)) != 0 && s.m[w]
}

// HasBytes reports whether the word w is in the list, without allocating.
func (s Set) HasBytes(w []byte) bool {
	return len(w) > 0 && s.first[w[0]>>6]&(1<<(w[0]&63)) != 0 && s.m[string(w)]
}

// Len is the number of words in the list.
func (s Set) Len() int { return len(s.m) }

// Words returns the words of the list, sorted.
func (s Set) Words() []string {
	out := make([]string, 0, len(s.m))
	for w := range s.m {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// words makes a list. A word given twice or not in lower case is a mistake
// in this package, caught when it loads.
func words(ws ...string) Set {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		if w == "" || w != strings.ToLower(w) || strings.TrimSpace(w) != w {
			panic("lexicon: word " + `"` + w + `"` + " is not a lower-case word")
		}
		if m[w] {
			panic("lexicon: word " + `"` + w + `"` + " listed twice")
		}
		m[w] = true
	}
	return newSet(m)
}

// newSet makes the list of the words of m.
func newSet(m map[string]bool) Set {
	s := Set{m: m}
	for w := range m {
		s.first[w[0]>>6] |= 1 << (w[0] & 63)
	}
	return s
}

// union makes a list of the words of all the sets.
func union(sets ...Set) Set {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s.m {
			m[w] = true
		}
	}
	return newSet(m)
}

// without makes a list of the words of s except ws, each of which must be
// in s.
func (s Set) without(ws ...string) Set {
	m := make(map[string]bool, len(s.m))
	for w := range s.m {
		m[w] = true
	}
	for _, w := range ws {
		if !m[w] {
			panic("lexicon: word " + `"` + w + `"` + " to leave out is not in the list")
		}
		delete(m, w)
	}
	return newSet(m)
}
