package tag

import (
	"slices"
	"sort"
)

// A word's lexical class: the parts of speech a dictionary (WordNet) gives
// the word as a lemma, and the inflections it can be of a lemma, found as
// WordNet's morphy finds them (its suffix rules and exception lists). It
// tells the tagger about words too rare in the treebank to be in its
// dictionary: "preoccupies" can only be a verb, "tactile" an adjective.
// The lexical classes, bits of a uint16.
const (
	LexNoun    uint16 = 1 << iota // a noun lemma
	LexVerb                       // a verb lemma
	LexAdj                        // an adjective lemma
	LexAdv                        // an adverb lemma
	LexPlural                     // a noun's plural
	LexVerbS                      // a verb's third person singular
	LexVerbEd                     // a verb's past tense or participle
	LexVerbIng                    // a verb's -ing form
	LexAdjEr                      // an adjective's comparative or superlative
	LexLemmas  = LexNoun | LexVerb | LexAdj | LexAdv
)

// lexTable is a sorted table of word entries: the high 48 bits of the hash
// of the normalized form, and 16 bits of lex* classes that the form has by
// itself (as a lemma, or as an irregular form of the exception lists).
type lexTable []uint64

const lexKeyMask = ^uint64(0xffff)

// newLexTable builds the table of forms with their classes.
func newLexTable(forms map[string]uint16) lexTable {
	byKey := map[uint64]uint16{}
	var buf []byte
	for w, c := range forms {
		buf = AppendNorm(buf[:0], w)
		byKey[hashBytes(buf)&lexKeyMask] |= c
	}
	t := make(lexTable, 0, len(byKey))
	for k, c := range byKey {
		t = append(t, k|uint64(c))
	}
	slices.Sort(t)
	return t
}

// lookup returns the classes of the form whose hash is h.
func (t lexTable) lookup(h uint64) uint16 {
	k := h & lexKeyMask
	i := sort.Search(len(t), func(i int) bool { return t[i]&lexKeyMask >= k })
	if i < len(t) && t[i]&lexKeyMask == k {
		return uint16(t[i])
	}
	return 0
}

// morphy is one suffix rule: a form ending in suffix may be an inflection of
// class infl of the lemma that ends in add instead, if the lemma has class
// base.
type morphy struct {
	suffix, add string
	base, infl  uint16
}

// morphyRules are WordNet's detachment rules (morph.c), and -ied, -ier and
// -iest, whose forms WordNet lists one by one in its exception lists.
var morphyRules = []morphy{
	{"s", "", LexNoun, LexPlural}, {"ses", "s", LexNoun, LexPlural}, {"xes", "x", LexNoun, LexPlural},
	{"zes", "z", LexNoun, LexPlural}, {"ches", "ch", LexNoun, LexPlural}, {"shes", "sh", LexNoun, LexPlural},
	{"men", "man", LexNoun, LexPlural}, {"ies", "y", LexNoun, LexPlural},
	{"s", "", LexVerb, LexVerbS}, {"ies", "y", LexVerb, LexVerbS}, {"es", "e", LexVerb, LexVerbS},
	{"es", "", LexVerb, LexVerbS},
	{"ed", "e", LexVerb, LexVerbEd}, {"ed", "", LexVerb, LexVerbEd}, {"ied", "y", LexVerb, LexVerbEd},
	{"ing", "e", LexVerb, LexVerbIng}, {"ing", "", LexVerb, LexVerbIng},
	{"er", "", LexAdj, LexAdjEr}, {"est", "", LexAdj, LexAdjEr}, {"er", "e", LexAdj, LexAdjEr},
	{"est", "e", LexAdj, LexAdjEr}, {"ier", "y", LexAdj, LexAdjEr}, {"iest", "y", LexAdj, LexAdjEr},
}

// classes returns the lexical classes of the normalized form n, using
// scratch as memory.
func (t lexTable) classes(n []byte, scratch *[]byte) uint16 {
	if len(t) == 0 {
		return 0
	}
	c := t.lookup(hashBytes(n))
	for _, r := range morphyRules {
		if c&r.infl != 0 || len(n) <= len(r.suffix)+1 || string(n[len(n)-len(r.suffix):]) != r.suffix {
			continue
		}
		*scratch = append(append((*scratch)[:0], n[:len(n)-len(r.suffix)]...), r.add...)
		if t.lookup(hashBytes(*scratch))&r.base != 0 {
			c |= r.infl
		}
	}
	return c
}
