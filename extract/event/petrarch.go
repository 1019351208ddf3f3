package event

import "strings"

// word is one token seen by the pattern matcher: its lower-case text and
// lemma.
type word struct{ text, lemma string }

// petrarchCode codes a verb lemma with the built-in CAMEO.2.0 dictionary.
func petrarchCode(lemma string, before, after []word) (code string, ok bool) {
	c, ok := cameoVerbs.code(lemma, before, after, false)
	if ok && c.byDefault && noDefault[lemma] {
		return "", true
	}
	return c.code, ok
}

// noDefault lists verbs whose default code in the CAMEO.2.0 dictionary fits
// none of their common news senses: "join" defaults to 040 (consult) in the
// ASSEMBLE block, but "voted to join Russia" consults no one. Their patterns
// ("join talks", "join a coalition") still code.
var noDefault = map[string]bool{"join": true}

// verbCode is a dictionary's code for a verb: the event's code and, for a
// paired event, the code of the reverse event. recip is set when a pattern
// for a coordinated subject matched ("% * [030:030]": "X and Y agree"), the
// event then going both ways between the conjuncts; byDefault when no
// pattern matched.
type verbCode struct {
	code, pair string
	recip      bool
	byDefault  bool
}

// code codes a verb (its lemma or a form the dictionary lists) with the
// dictionary: the pattern of the verb's blocks that matches the most words
// of the clause (before: the subject's words; after: the words after the
// verb), else the verb's default code. Patterns marked for a coordinated
// subject ("%") apply only when isCompound is set, and count the
// coordination as one word matched. The code is "" when the dictionary
// has none (or codes "---", no event, or a code that is not a number);
// ok=false when the verb is not in it.
func (v *Verbs) code(lemma string, before, after []word, isCompound bool) (verbCode, bool) {
	refs, ok := v.Lemmas[lemma]
	if !ok {
		return verbCode{}, false
	}
	// Words present, to skip patterns that cannot match without walking them.
	present := make(map[string]bool, 2*(len(before)+len(after)))
	for _, ws := range [][]word{before, after} {
		for _, w := range ws {
			present[w.text] = true
			present[w.lemma] = true
		}
	}
	best, bestN := verbCode{}, 0
	for _, ref := range refs {
		bl := &v.Blocks[ref.Block]
		for i := range bl.Patterns {
			p := &bl.Patterns[i]
			n := len(p.Before) + len(p.After)
			if n <= bestN {
				continue
			}
			comp, pb := compound(p.Before)
			if comp && !isCompound {
				continue
			}
			if possible(pb, present) && possible(p.After, present) &&
				v.matchSlots(pb, before) && v.matchSlots(p.After, after) {
				best, bestN = verbCode{code: p.Code, pair: p.Pair, recip: comp}, n
			}
		}
	}
	if bestN == 0 {
		// The verb's own code, else its first block's.
		for _, ref := range refs {
			if best = (verbCode{code: ref.Code, pair: ref.Pair}); best.code == "" {
				best = verbCode{code: v.Blocks[ref.Block].Code, pair: v.Blocks[ref.Block].Pair}
			}
			if isCode(best.code) {
				break
			}
		}
	}
	best.byDefault = bestN == 0
	if !isCode(best.code) {
		best = verbCode{byDefault: best.byDefault}
	}
	if !isCode(best.pair) {
		best.pair = ""
	}
	return best, true
}

// isCode reports whether a dictionary code codes an event: it starts with a
// digit ("---" and "+++" do not).
func isCode(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// possible reports whether every slot of plain words has a word present
// (or its singular); slots with synsets or phrases are left to matchSlots.
func possible(slots [][]string, present map[string]bool) bool {
	for _, alts := range slots {
		ok := false
		for _, a := range alts {
			// The singular is looked up only when a ends in "s": else it
			// is a itself.
			if strings.HasPrefix(a, "&") || strings.Contains(a, " ") || present[a] ||
				strings.HasSuffix(a, "s") && (present[a[:len(a)-1]] ||
					strings.HasSuffix(a, "ies") && present[a[:len(a)-3]+"y"]) {
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
func (v *Verbs) matchSlots(slots [][]string, ws []word) bool {
	pos := 0
	for _, alts := range slots {
		found := false
		for pos < len(ws) && !found {
			if n := v.matchAlts(alts, ws[pos:], 0); n > 0 {
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
// its start, or 0. depth bounds synsets that contain themselves.
func (v *Verbs) matchAlts(alts []string, ws []word, depth int) int {
	for _, a := range alts {
		if strings.HasPrefix(a, "&") {
			if depth > 8 {
				continue
			}
			// Skip a set none of whose members can start at ws[0].
			if len(ws) == 0 {
				continue
			}
			if f, ok := v.synsetFirsts()[a[1:]]; ok && !f[ws[0].text] && !f[ws[0].lemma] {
				continue
			}
			if n := v.matchAlts(v.Synsets[a[1:]], ws, depth+1); n > 0 {
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
