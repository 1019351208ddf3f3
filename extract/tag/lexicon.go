package tag

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// The lemma lexicon: verb and noun lemmas of UD English EWT and the verbs of
// PETRARCH2's CAMEO dictionary, with the irregular forms that dictionary
// lists (internal/train/lemmas writes it; model/NOTICE gives the licences).
//
//go:embed model/lemmas.txt.gz
var lexiconData []byte

type lexicon struct {
	verbs, nouns map[string]bool
	forms        map[string]string // irregular verb form -> lemma
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// theLexicon returns the embedded lexicon, read on first use. A damaged
// lexicon leaves it empty: the suffix rules alone still give lemmas.
func theLexicon() *lexicon {
	lexOnce.Do(func() {
		lex = &lexicon{verbs: map[string]bool{}, nouns: map[string]bool{}, forms: map[string]string{}}
		zr, err := gzip.NewReader(bytes.NewReader(lexiconData))
		if err != nil {
			return
		}
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			switch {
			case len(f) == 2 && f[0] == "v":
				lex.verbs[f[1]] = true
			case len(f) == 2 && f[0] == "n":
				lex.nouns[f[1]] = true
			case len(f) == 3 && f[0] == "f":
				lex.forms[f[1]] = f[2]
			}
		}
	})
	return lex
}

// inflection says which lexicon checks the lemma of a tag and how its
// endings come off.
func inflection(xpos string) (verb, noun bool) {
	switch xpos {
	case "VB", "VBP", "VBZ", "VBD", "VBN", "VBG":
		return true, false
	case "NNS":
		return false, true
	}
	return false, false
}

// verbPrefixes may stand before an irregular verb ("misled", "withdrew",
// "overtook").
var verbPrefixes = []string{"mis", "with", "over", "under", "out", "re", "fore", "up", "be"}

// checkLemma returns a lemma of lw (lower case, tagged xpos) that the
// lexicon knows: guess itself when known, else the first candidate from
// undoing a regular ending, else guess unchanged.
func checkLemma(lw, xpos, guess string) string {
	verb, noun := inflection(xpos)
	if !verb && !noun {
		return guess
	}
	lx := theLexicon()
	known := lx.nouns
	if verb {
		known = lx.verbs
		if lem, ok := lx.forms[lw]; ok && xpos != "VB" && xpos != "VBP" {
			return lem
		}
	}
	// A plural the treebank kept as its own lemma ("troops") is still
	// checked for its singular first.
	if known[guess] && !(noun && guess == lw) {
		return guess
	}
	for _, c := range candidates(lw, xpos) {
		if known[c] {
			return c
		}
	}
	if verb {
		if known[lw] {
			return lw // "withdraw" tagged VBD
		}
		if lem, ok := prefixedIrregular(lw, lx); ok {
			return lem
		}
		if lem, ok := silentE(lw); ok {
			return lem
		}
		if lem, ok := undoubled(lw); ok {
			return lem
		}
		// Otherwise the plain stem: the suffix rules guess strangely for
		// endings they rarely saw ("heaped" -> hea).
		if c := candidates(lw, xpos); len(c) > 0 && !slices.Contains(c, guess) {
			return c[0]
		}
	}
	// "re-joined": the last part of a hyphenated word carries the ending.
	if i := strings.LastIndexByte(lw, '-'); i > 0 && i < len(lw)-1 {
		rest := lw[i+1:]
		return lw[:i+1] + checkLemma(rest, xpos, rest)
	}
	return guess
}

// undoubled undoes the doubled final consonant of an unknown verb's -ed or
// -ing form ("nodded" -> nod).
func undoubled(lw string) (string, bool) {
	stem, ok := strings.CutSuffix(lw, "ed")
	if !ok {
		stem, ok = strings.CutSuffix(lw, "ing")
	}
	n := len(stem)
	if !ok || n < 3 || stem[n-1] != stem[n-2] || isVowel(stem[n-1]) || strings.IndexByte("lsz", stem[n-1]) >= 0 {
		return "", false
	}
	return stem[:n-1], true
}

// silentEEndings are stem endings that an English verb never ends in
// without a silent e ("received", "forced", "seized", "eroded", "provided"):
// used for verbs the lexicon does not know.
var silentEEndings = []string{"v", "c", "z", "ud", "id", "ad", "od", "ut", "at", "ot", "ur", "in", "ol",
	"vr", "tr", "br", "gr", "cr", "dr", "pr"}

// silentE restores the silent e of an unknown verb's -ed or -ing form.
func silentE(lw string) (string, bool) {
	stem, ok := strings.CutSuffix(lw, "ed")
	if !ok {
		stem, ok = strings.CutSuffix(lw, "ing")
	}
	if !ok || len(stem) < 3 {
		return "", false
	}
	for _, e := range silentEEndings {
		// A vowel pair before the consonant ("treated", "gained", "failed",
		// "poured") keeps no e.
		if strings.HasSuffix(stem, e) && !isVowel(stem[len(stem)-len(e)-1]) {
			return stem + "e", true
		}
	}
	return "", false
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// candidates lists the lemmas a regular ending of lw may hide, most likely
// first.
func candidates(lw, xpos string) []string {
	var c []string
	add := func(stem, end string) {
		if len(stem) >= 2 {
			c = append(c, stem+end)
		}
	}
	undouble := func(stem string) {
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiousl", rune(stem[n-1])) {
			add(stem[:n-1], "")
		}
	}
	switch {
	case (xpos == "VBD" || xpos == "VBN") && len(lw) == 4 && strings.HasSuffix(lw, "ied"):
		c = append(c, lw[:1]+"ie") // tied, vied, died
	case (xpos == "VBD" || xpos == "VBN") && strings.HasSuffix(lw, "ied"):
		add(lw[:len(lw)-3], "y")
	case (xpos == "VBD" || xpos == "VBN") && strings.HasSuffix(lw, "ed"):
		stem := lw[:len(lw)-2]
		add(stem, "")
		add(stem, "e")
		undouble(stem)
	case xpos == "VBG" && strings.HasSuffix(lw, "ying"):
		add(lw[:len(lw)-4], "ie")
		add(lw[:len(lw)-3], "")
	case xpos == "VBG" && strings.HasSuffix(lw, "ing"):
		stem := lw[:len(lw)-3]
		add(stem, "")
		add(stem, "e")
		undouble(stem)
	case (xpos == "VBZ" || xpos == "NNS") && strings.HasSuffix(lw, "ies"):
		add(lw[:len(lw)-3], "y")
	case (xpos == "VBZ" || xpos == "NNS") && strings.HasSuffix(lw, "es"):
		add(lw[:len(lw)-2], "")
		add(lw[:len(lw)-1], "")
	case (xpos == "VBZ" || xpos == "NNS") && strings.HasSuffix(lw, "s"):
		add(lw[:len(lw)-1], "")
	}
	return c
}

// prefixedIrregular lemmatizes a prefixed irregular form the lexicon does
// not know through the form without its prefix ("misled" -> mis + lead).
func prefixedIrregular(lw string, lx *lexicon) (string, bool) {
	for _, p := range verbPrefixes {
		rest, ok := strings.CutPrefix(lw, p)
		if !ok || len(rest) < 3 {
			continue
		}
		if lem, ok := lx.forms[rest]; ok {
			return p + lem, true
		}
	}
	return "", false
}

// CommonWord reports whether the lexicon knows lw (lower case) as a verb or
// noun, itself or with a regular ending ("looks", "tension", "fails"): a
// capitalized word of a title-case headline that is one is no name.
func CommonWord(lw string) bool {
	lx := theLexicon()
	if lx.verbs[lw] || lx.nouns[lw] || lx.forms[lw] != "" {
		return true
	}
	for _, xpos := range []string{"VBZ", "VBD", "VBG", "NNS"} {
		for _, c := range candidates(lw, xpos) {
			if lx.verbs[c] || xpos == "NNS" && lx.nouns[c] {
				return true
			}
		}
	}
	return false
}

// baseVerb reports whether the lexicon knows lw (lower case) as the base
// form of a verb.
func baseVerb(lw string) bool { return theLexicon().verbs[lw] }
