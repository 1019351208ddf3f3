package event

import "strings"

// word is one token seen by the pattern matcher: its lower-case text and
// lemma.
type word struct{ text, lemma string }

// petrarchCode codes a verb lemma with PETRARCH2's dictionary: the pattern of
// the verb's block that matches the most words of the clause (before: the
// subject's words; after: the words after the verb), else the verb's default
// code. It returns "" when the dictionary has no code (or codes "---", no
// event) and ok=false when the verb is not in it.
func petrarchCode(lemma string, before, after []word) (code string, ok bool) {
	refs, ok := petrarchVerbs[lemma]
	if !ok {
		return "", false
	}
	// Words present, to skip patterns that cannot match without walking them.
	present := make(map[string]bool, 2*(len(before)+len(after)))
	for _, ws := range [][]word{before, after} {
		for _, w := range ws {
			present[w.text] = true
			present[w.lemma] = true
		}
	}
	best, bestN := "", 0
	for _, ref := range refs {
		bl := &petrarchBlocks[ref.block]
		for i := range bl.patterns {
			p := &bl.patterns[i]
			n := len(p.before) + len(p.after)
			if n <= bestN {
				continue
			}
			if possible(p.before, present) && possible(p.after, present) &&
				matchSlots(p.before, before) && matchSlots(p.after, after) {
				best, bestN = p.code, n
			}
		}
	}
	if bestN == 0 {
		// The verb's own code, else its first block's.
		for _, ref := range refs {
			if best = ref.code; best == "" {
				best = petrarchBlocks[ref.block].code
			}
			if best != "---" && best != "" {
				break
			}
		}
	}
	if best == "---" {
		best = ""
	}
	return best, true
}

// possible reports whether every slot of plain words has a word present
// (or its singular); slots with synsets or phrases are left to matchSlots.
func possible(slots [][]string, present map[string]bool) bool {
	for _, alts := range slots {
		ok := false
		for _, a := range alts {
			if strings.HasPrefix(a, "&") || strings.Contains(a, " ") || present[a] ||
				present[strings.TrimSuffix(a, "s")] || (strings.HasSuffix(a, "ies") && present[a[:len(a)-3]+"y"]) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// matchSlots reports whether the slots occur in order in ws, other words
// allowed in between.
func matchSlots(slots [][]string, ws []word) bool {
	pos := 0
	for _, alts := range slots {
		found := false
		for pos < len(ws) && !found {
			if n := matchAlts(alts, ws[pos:]); n > 0 {
				pos += n
				found = true
				break
			}
			pos++
		}
		if !found {
			return false
		}
	}
	return true
}

// matchAlts returns how many words of ws one of the alternatives matches at
// its start, or 0.
func matchAlts(alts []string, ws []word) int {
	for _, a := range alts {
		if strings.HasPrefix(a, "&") {
			if n := matchAlts(synsets[a[1:]], ws); n > 0 {
				return n
			}
			continue
		}
		if n := matchPhrase(a, ws); n > 0 {
			return n
		}
	}
	return 0
}

func matchPhrase(a string, ws []word) int {
	n := 0
	for a != "" {
		p, rest, _ := strings.Cut(a, " ")
		if n >= len(ws) || !sameWord(p, ws[n]) {
			return 0
		}
		n++
		a = rest
	}
	return n
}

// sameWord compares a dictionary word (a surface form, often plural) with a
// token.
func sameWord(p string, w word) bool {
	if p == w.text || p == w.lemma {
		return true
	}
	if s := strings.TrimSuffix(p, "s"); s != p && s == w.lemma {
		return true
	}
	return strings.HasSuffix(p, "ies") && p[:len(p)-3]+"y" == w.lemma
}
