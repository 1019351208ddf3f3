package tag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kgraph/extract/tag/perceptron"
)

// Lemmatizer gives the lemma of a word with its Penn Treebank tag: first
// from an exception table of irregular forms, then from the suffix rule most
// often right for words of that tag ending the same way.
type Lemmatizer struct {
	exc   map[uint64]string // (lower form, xpos) -> lemma
	rules map[uint64]rule   // (xpos, capitalized, suffix) -> rule
}

// rule rewrites a form: optionally lower-case it, strip Strip bytes, append Add.
type rule struct {
	lower bool
	strip int
	add   string
}

const maxSuffix = 6

func excKey(lower, xpos string) uint64 {
	return perceptron.Mix(perceptron.String(lower), perceptron.String(xpos))
}

func ruleKey(xpos string, cap bool, suffix string) uint64 {
	return ruleKeyOf(rulePrefix(xpos, cap), suffix)
}

// rulePrefix is the part of ruleKey that does not depend on the suffix,
// hashed once for all the suffixes of a word.
func rulePrefix(xpos string, cap bool) uint64 {
	c := uint64(0)
	if cap {
		c = 1
	}
	return perceptron.Mix(perceptron.Feature(perceptron.String(xpos)), c)
}

// ruleKeyOf is ruleKey(xpos, cap, suffix) of p = rulePrefix(xpos, cap):
// Feature(String(xpos), c, len, String(suffix)).
func ruleKeyOf(p uint64, suffix string) uint64 {
	return perceptron.Mix(perceptron.Mix(p, uint64(len(suffix))), perceptron.String(suffix))
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// Lemma returns the lemma of word tagged xpos: the treebank's own when it
// saw the word, else the suffix rule's guess checked against the lemma
// lexicon (lexicon.go).
func (l *Lemmatizer) Lemma(word, xpos string) string {
	lw := strings.ToLower(word)
	if lem, ok := l.exc[excKey(lw, xpos)]; ok {
		return lem
	}
	return checkLemma(lw, xpos, l.ruleLemma(word, lw, xpos))
}

// ruleLemma applies the suffix rule of the longest ending that has one.
func (l *Lemmatizer) ruleLemma(word, lw, xpos string) string {
	p := rulePrefix(xpos, isCap(word))
	for n := min(maxSuffix, len(lw)); n >= 0; n-- {
		r, ok := l.rules[ruleKeyOf(p, lw[len(lw)-n:])]
		if !ok {
			continue
		}
		if lem, ok := r.apply(word, lw); ok {
			return lem
		}
	}
	return lw
}

func (r rule) apply(word, lower string) (string, bool) {
	f := word
	if r.lower {
		f = lower
	}
	if r.strip >= len(f) && r.add == "" {
		return "", false
	}
	if r.strip > len(f) {
		return "", false
	}
	return f[:len(f)-r.strip] + r.add, true
}

// ruleFor returns the rule that turns word into lemma.
func ruleFor(word, lemma string) rule {
	r := rule{lower: lemma == strings.ToLower(lemma) || word == strings.ToLower(word)}
	f := word
	if r.lower {
		f = strings.ToLower(word)
	}
	p := 0
	for p < len(f) && p < len(lemma) && f[p] == lemma[p] {
		p++
	}
	r.strip = len(f) - p
	r.add = lemma[p:]
	return r
}

// LemmaPair is a (form, tag, lemma) training triple.
type LemmaPair struct{ Form, XPOS, Lemma string }

// TrainLemmatizer learns suffix rules and an exception table from
// treebank words.
func TrainLemmatizer(pairs []LemmaPair) *Lemmatizer {
	type skey struct {
		xpos string
		cap  bool
		suf  string
	}
	// rules count word types, not tokens: a frequent irregular word
	// ("Nov" -> "November") must not make a rule for all words ending "ov".
	counts := map[skey]map[rule]int{}
	var order []skey
	seen := map[LemmaPair]bool{}
	for _, p := range pairs {
		if p.Lemma == "" || p.Lemma == "_" || seen[p] {
			continue
		}
		seen[p] = true
		r := ruleFor(p.Form, p.Lemma)
		lw := strings.ToLower(p.Form)
		for n := 0; n <= min(maxSuffix, len(lw)); n++ {
			k := skey{p.XPOS, isCap(p.Form), lw[len(lw)-n:]}
			m := counts[k]
			if m == nil {
				m = map[rule]int{}
				counts[k] = m
				order = append(order, k)
			}
			m[r]++
		}
	}
	type rc struct {
		r rule
		n int
	}
	best := map[skey]rc{}
	for _, k := range order {
		var b rc
		for r, n := range counts[k] {
			// deterministic: most frequent, then by rule text
			if n > b.n || n == b.n && ruleString(r) < ruleString(b.r) {
				b = rc{r, n}
			}
		}
		best[k] = b
	}
	l := &Lemmatizer{exc: map[uint64]string{}, rules: map[uint64]rule{}}
	for _, k := range order {
		b := best[k]
		if k.suf != "" {
			parent := best[skey{k.xpos, k.cap, k.suf[1:]}]
			if b.n < 2 || parent.r == b.r {
				continue // the exception table or a shorter suffix covers it
			}
		}
		l.rules[ruleKey(k.xpos, k.cap, k.suf)] = b.r
	}
	// exceptions: the most frequent lemma of each (form, tag) that the rules get wrong
	lemmas := map[uint64]map[string]int{}
	var keys []uint64
	forms := map[uint64]LemmaPair{}
	for _, p := range pairs {
		if p.Lemma == "" || p.Lemma == "_" {
			continue
		}
		k := excKey(strings.ToLower(p.Form), p.XPOS)
		if lemmas[k] == nil {
			lemmas[k] = map[string]int{}
			keys = append(keys, k)
			forms[k] = p
		}
		lemmas[k][p.Lemma]++
	}
	for _, k := range keys {
		best, bn := "", 0
		for lem, n := range lemmas[k] {
			if n > bn || n == bn && lem < best {
				best, bn = lem, n
			}
		}
		p := forms[k]
		if p.XPOS == "NNS" && best == strings.ToLower(p.Form) && strings.HasSuffix(best, "s") {
			// plurale tantum in EWT ("troops"); news wants the singular
			continue
		}
		if l.Lemma(p.Form, p.XPOS) != best {
			l.exc[k] = best
		}
	}
	return l
}

func ruleString(r rule) string {
	s := "k"
	if r.lower {
		s = "l"
	}
	return s + string(rune('0'+r.strip)) + r.add
}

func (l *Lemmatizer) write(e *encoder) {
	keys := make([]uint64, 0, len(l.exc))
	for k := range l.exc {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.uvarint(k)
		e.str(l.exc[k])
	}
	keys = keys[:0]
	for k := range l.rules {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		r := l.rules[k]
		e.uvarint(k)
		lw := uint64(r.strip) << 1
		if r.lower {
			lw |= 1
		}
		e.uvarint(lw)
		e.str(r.add)
	}
}

func readLemmatizer(d *decoder) *Lemmatizer {
	l := &Lemmatizer{exc: map[uint64]string{}, rules: map[uint64]rule{}}
	n := d.uvarint()
	for i := uint64(0); i < n && d.err == nil; i++ {
		k := d.uvarint()
		l.exc[k] = d.str()
	}
	n = d.uvarint()
	for i := uint64(0); i < n && d.err == nil; i++ {
		k := d.uvarint()
		lw := d.uvarint()
		l.rules[k] = rule{lower: lw&1 == 1, strip: int(lw >> 1), add: d.str()}
	}
	return l
}
