package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/kgraph/kgraph/extract/internal/prefetch"
)

// Gazetteer categories (bits of Lexicon.Gaz values).
const (
	GazCountry  = 1 << iota // country names and codes
	GazPlace                // capitals, cities, regions
	GazDemonym              // "Russian", "British"
	GazPerson               // political actors
	GazOrg                  // international organizations, governments, armed groups
	numGazCats  = 5
	maxClusters = 4
)

// Lexicon holds the word-level resources the features read: word clusters
// and a gazetteer. The trainer builds it; the model file carries it.
type Lexicon struct {
	// Clusters maps a word to up to four cluster ids (16 bits each, coarse to
	// fine, 0 = none), learned from unlabeled news.
	Clusters map[string]uint64
	// Gaz maps PhraseHash of a lowercased phrase to its category bits; every
	// proper prefix of a phrase is present too (with 0 if not a phrase), so
	// that matching stops as soon as no phrase can continue.
	Gaz map[uint64]uint8
	// GazMaxLen is the longest gazetteer phrase in words.
	GazMaxLen int

	// words holds the clusters of a lexicon read from a model file, in
	// place of Clusters (nil: Clusters is looked up): a table whose slots a
	// sentence's lookups prefetch all at once.
	words *wordTable
	// phrases likewise holds the gazetteer of a lexicon read from a model
	// file, in place of Gaz.
	phrases *phraseTable
}

// phraseTable is a phrase hash -> category bits table with open
// addressing, which lookups can prefetch as they cannot a Go map's.
type phraseTable struct {
	keys  []uint64 // 0: an empty slot
	cats  []uint8
	mask  uint64
	shift uint // as wordTable's
}

// newPhraseTable returns the table of keys and their categories, or nil
// when a key is 0.
func newPhraseTable(keys []uint64, cats []uint8) *phraseTable {
	log2 := 4
	for 1<<log2 < len(keys)*3/2+1 { // a load factor of at most 2/3
		log2++
	}
	t := &phraseTable{keys: make([]uint64, 1<<log2), cats: make([]uint8, 1<<log2), mask: 1<<log2 - 1,
		shift: uint(64 - log2)}
	for i, k := range keys {
		if k == 0 {
			return nil
		}
		j := t.home(k)
		for t.keys[j] != 0 && t.keys[j] != k {
			j = (j + 1) & t.mask
		}
		t.keys[j], t.cats[j] = k, cats[i] // a repeated key: the last one's, as in a map
	}
	return t
}

func (t *phraseTable) home(k uint64) uint64 { return k * 0x9e3779b97f4a7c15 >> t.shift }

// get returns the categories of the phrase of hash k.
func (t *phraseTable) get(k uint64) (uint8, bool) {
	for j := t.home(k); ; j = (j + 1) & t.mask {
		switch t.keys[j] {
		case k:
			return t.cats[j], k != 0
		case 0:
			return 0, false
		}
	}
}

// prefetch asks for the home slot of the phrase of hash k.
func (t *phraseTable) prefetch(k uint64) { prefetch.Line(unsafe.Pointer(&t.keys[t.home(k)])) }

// gaz returns the categories of the phrase of hash k, and whether it is in
// the gazetteer.
func (l *Lexicon) gaz(k uint64) (uint8, bool) {
	if l.phrases != nil {
		return l.phrases.get(k)
	}
	c, ok := l.Gaz[k]
	return c, ok
}

// wordTable is a word -> cluster ids table with open addressing: a Go map
// of strings cannot be prefetched, and looked up word after word, each
// lookup waits on its own cache misses.
type wordTable struct {
	slots []wordSlot
	mask  uint64
	shift uint   // 64 - log2(len(slots)): the home slot is the top bits of hash*golden
	text  string // the words one after another
}

// wordSlot is a slot of a wordTable, 16 bytes.
type wordSlot struct {
	hash uint32 // the high bits of the word's hash
	ref  uint32 // offset<<8 | length of the word in text; 0 for an empty slot
	ids  uint64
}

// newWordTable returns the table of words and their ids, or nil when a
// word is empty, longer than 255 bytes, or the words exceed 16 MB.
func newWordTable(words []string, ids []uint64) *wordTable {
	n := 0
	for _, w := range words {
		if len(w) == 0 || len(w) > 255 {
			return nil
		}
		n += len(w)
	}
	if n >= 1<<24 {
		return nil
	}
	log2 := 4
	for 1<<log2 < len(words)*3/2+1 { // a load factor of at most 2/3
		log2++
	}
	t := &wordTable{slots: make([]wordSlot, 1<<log2), mask: 1<<log2 - 1, shift: uint(64 - log2)}
	var text strings.Builder
	text.Grow(n)
	for i, w := range words {
		h := hashString(offset64, w)
		j := t.home(h)
		for t.slots[j].ref != 0 && !t.is(&t.slots[j], h, w, text.String()) {
			j = (j + 1) & t.mask
		}
		if t.slots[j].ref != 0 { // a repeated word: the last one's ids, as in a map
			t.slots[j].ids = ids[i]
			continue
		}
		t.slots[j] = wordSlot{hash: uint32(h >> 32), ref: uint32(text.Len())<<8 | uint32(len(w)), ids: ids[i]}
		text.WriteString(w)
	}
	t.text = text.String()
	return t
}

func (t *wordTable) home(h uint64) uint64 { return h * 0x9e3779b97f4a7c15 >> t.shift }

// is reports whether slot sl holds the word w of hash h, its words in text.
func (t *wordTable) is(sl *wordSlot, h uint64, w, text string) bool {
	off, n := sl.ref>>8, sl.ref&0xff
	return sl.hash == uint32(h>>32) && int(n) == len(w) && text[off:off+n] == w
}

// get returns the ids of word w, whose hash (hashString from offset64)
// is h.
func (t *wordTable) get(h uint64, w string) (uint64, bool) {
	for j := t.home(h); ; j = (j + 1) & t.mask {
		sl := &t.slots[j]
		if sl.ref == 0 {
			return 0, false
		}
		if t.is(sl, h, w, t.text) {
			return sl.ids, true
		}
	}
}

// prefetch asks for the home slot of the word of hash h.
func (t *wordTable) prefetch(h uint64) { prefetch.Line(unsafe.Pointer(&t.slots[t.home(h)])) }

// Feature templates.
const (
	tBias = iota + 1
	tWord
	tLower
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShape
	tShapeM1
	tShapeP1
	tShortTri
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tBiM1
	tBiP1
	tFirstShape
	tCapsLower
	tGaz
	tGazM1
	tGazP1
	tLowerM1Shape
	tShapeLowerP1
	tLen
	tDocCase
	tDocCaseShape
	tCluster // + level*3 + offset
)

// DocContext records how each word is cased in the middle of sentences
// elsewhere in a document: it tells a name from a common word at the start
// of a sentence or in an all-caps headline.
type DocContext struct {
	cases map[uint64]uint8 // lowercase hash -> caseCap|caseLower|caseUpper
}

const (
	caseCap   = 1 << iota // seen capitalized ("Japan")
	caseLower             // seen lowercase ("japan")
	caseUpper             // seen all caps in mixed-case text ("NATO")
)

// NewDocContext reads the casing of the words of a document's sentences.
func NewDocContext(sents [][]string) *DocContext {
	d := &DocContext{cases: map[uint64]uint8{}}
	for _, words := range sents {
		if capsSentence(words) {
			continue
		}
		for i, w := range words {
			if i == 0 {
				continue
			}
			has, all, init := letterCase(w)
			if !has {
				continue
			}
			var c uint8
			switch {
			case all && utf8.RuneCountInString(w) > 1:
				c = caseUpper
			case init:
				c = caseCap
			case !all:
				r, _ := utf8.DecodeRuneInString(w)
				if unicode.IsLower(r) {
					c = caseLower
				}
			}
			if c != 0 {
				d.cases[hashLower(offset64, w)] |= c
			}
		}
	}
	return d
}

func capsSentence(words []string) bool {
	letters, caps := 0, 0
	for _, w := range words {
		if has, all, _ := letterCase(w); has && utf8.RuneCountInString(w) > 1 {
			letters++
			if all {
				caps++
			}
		}
	}
	return letters >= 2 && caps*10 >= letters*8
}

// token holds the per-token hashes that templates combine.
type token struct {
	word, lower, shape, short uint64
	pre, suf                  [4]uint64
	npre                      int
	clusters                  uint64
	gaz                       uint32 // bit cat*4+pos (pos 0..3 = B,I,L,U)
	gazCats                   uint8
	length                    int
	hasLetter                 bool
}

var (
	padStart = token{word: 1, lower: 1, shape: 1, short: 1}
	padEnd   = token{word: 2, lower: 2, shape: 2, short: 2}
)

// shapes returns the hashes of the shape of w (runs longer than two collapsed,
// at most 12 symbols) and its short shape (all runs collapsed).
func shapes(w string) (long, short uint64) {
	long, short = offset64, offset64
	var prev byte
	run, n := 0, 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r) || unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = 'o'
		}
		if c == prev {
			run++
		} else {
			run = 1
			short = hashByte(short, c)
		}
		prev = c
		if run <= 2 && n < 12 {
			long = hashByte(long, c)
			n++
		}
	}
	return long, short
}

func letterCase(w string) (hasLetter, allCaps, initCap bool) {
	allCaps = true
	for i, r := range w {
		if unicode.IsLetter(r) {
			hasLetter = true
			if unicode.IsLower(r) {
				allCaps = false
			}
			if i == 0 && unicode.IsUpper(r) {
				initCap = true
			}
		}
	}
	return hasLetter, hasLetter && allCaps, initCap
}

// scratch is the reusable per-call state of the featurizer.
type scratch struct {
	toks  []token
	buf   []byte
	feats []uint32
	offs  []int
}

// fill computes the token hashes of words.
func (l *Lexicon) fill(s *scratch, words []string) (capsSent bool) {
	n := len(words)
	if cap(s.toks) < n {
		s.toks = make([]token, n)
	}
	s.toks = s.toks[:n]
	capsSent = capsSentence(words)
	for i, w := range words {
		t := &s.toks[i]
		*t = token{}
		t.word = hashString(offset64, w)
		t.lower = hashLower(offset64, w)
		t.shape, t.short = shapes(w)
		// affixes by runes, at most 4
		k := 0
		for j := range w {
			if j == 0 {
				continue
			}
			if k < 4 {
				t.pre[k] = hashString(offset64, w[:j])
				k++
			}
		}
		if k < 4 && len(w) > 0 {
			t.pre[k] = t.word
			k++
		}
		t.npre = k
		m := 0
		for j := len(w); j > 0 && m < 4; {
			_, sz := utf8.DecodeLastRuneInString(w[:j])
			j -= sz
			t.suf[m] = hashString(offset64+7, w[j:])
			m++
		}
		t.length = utf8.RuneCountInString(w)
		t.hasLetter, _, _ = letterCase(w)
		if l.words != nil {
			l.words.prefetch(t.word)
		}
		if l.phrases != nil {
			l.phrases.prefetch(t.lower) // the hash of the phrase of w alone
		}
	}
	// The slots of the words and one-word phrases were prefetched above,
	// all under way at once.
	if l.Clusters != nil || l.words != nil {
		for i, w := range words {
			s.toks[i].clusters = l.cluster(s, w, s.toks[i].word, capsSent)
		}
	}
	if l.Gaz != nil || l.phrases != nil {
		l.gazetteer(s.toks, words)
	}
	return capsSent
}

// lookup returns the cluster ids of w, whose hash (hashString from
// offset64) is h.
func (l *Lexicon) lookup(h uint64, w string) (uint64, bool) {
	if l.words != nil {
		return l.words.get(h, w)
	}
	c, ok := l.Clusters[w]
	return c, ok
}

// cluster looks w, of hash h, up in the cluster table, falling back to its
// lowercase and title-case forms for all-caps text.
func (l *Lexicon) cluster(s *scratch, w string, h uint64, caps bool) uint64 {
	if c, ok := l.lookup(h, w); ok {
		return c
	}
	_, all, init := letterCase(w)
	if !all && !(caps && init) && !init {
		return 0
	}
	s.buf = s.buf[:0]
	for i, r := range w {
		if i == 0 && !all {
			s.buf = utf8.AppendRune(s.buf, unicode.ToLower(r))
			continue
		}
		s.buf = utf8.AppendRune(s.buf, unicode.ToLower(r))
	}
	if c, ok := l.lookup(hashBytes(offset64, s.buf), unsafe.String(unsafe.SliceData(s.buf), len(s.buf))); ok {
		return c
	}
	if !all {
		return 0
	}
	s.buf = s.buf[:0]
	for i, r := range w {
		if i == 0 {
			s.buf = utf8.AppendRune(s.buf, r)
		} else {
			s.buf = utf8.AppendRune(s.buf, unicode.ToLower(r))
		}
	}
	c, _ := l.lookup(hashBytes(offset64, s.buf), unsafe.String(unsafe.SliceData(s.buf), len(s.buf)))
	return c
}

// gazetteer marks the longest gazetteer match of each category over toks.
func (l *Lexicon) gazetteer(toks []token, words []string) {
	for i := range words {
		h := uint64(offset64)
		for n := 1; n <= l.GazMaxLen && i+n <= len(words); n++ {
			if n > 1 {
				h = hashByte(h, ' ')
			}
			h = hashLower(h, words[i+n-1])
			cats, ok := l.gaz(h)
			if !ok {
				break
			}
			for c := range numGazCats {
				if cats&(1<<c) == 0 {
					continue
				}
				for j := i; j < i+n; j++ {
					pos := 1 // I
					switch {
					case n == 1:
						pos = 3 // U
					case j == i:
						pos = 0 // B
					case j == i+n-1:
						pos = 2 // L
					}
					// clear shorter matches of this category
					toks[j].gaz &^= 0xf << (c * 4)
					toks[j].gaz |= 1 << (c*4 + pos)
					toks[j].gazCats |= 1 << c
				}
			}
		}
	}
}

// Features returns the feature keys of every token of words, appended to a
// flat slice, with offs[i]:offs[i+1] the keys of token i; dc, which may be
// nil, is the context of the words' document. The trainer uses it; Tag calls
// the same code.
func (l *Lexicon) Features(words []string, dc *DocContext) (feats []uint32, offs []int) {
	var s scratch
	l.features(&s, words, dc)
	return s.feats, s.offs
}

func (l *Lexicon) features(s *scratch, words []string, dc *DocContext) {
	capsSent := l.fill(s, words)
	n := len(words)
	s.feats = s.feats[:0]
	s.offs = append(s.offs[:0], 0)
	at := func(i int) *token {
		switch {
		case i < 0:
			return &padStart
		case i >= n:
			return &padEnd
		}
		return &s.toks[i]
	}
	f := s.feats
	for i := range n {
		t, p, q := &s.toks[i], at(i-1), at(i+1)
		pp, qq := at(i-2), at(i+2)
		f = append(f,
			key(tBias, 0),
			key(tWord, t.word),
			key(tLower, t.lower),
			key(tLowerM1, p.lower),
			key(tLowerP1, q.lower),
			key(tLowerM2, pp.lower),
			key(tLowerP2, qq.lower),
			key(tShape, t.shape),
			key(tShapeM1, p.shape),
			key(tShapeP1, q.shape),
			key(tShortTri, combine(combine(p.short, t.short), q.short)),
			key(tBiM1, combine(p.lower, t.lower)),
			key(tBiP1, combine(t.lower, q.lower)),
			key(tLowerM1Shape, combine(p.lower, t.shape)),
			key(tShapeLowerP1, combine(t.shape, q.lower)),
		)
		for k := range t.npre {
			f = append(f, key(tPre1+k, t.pre[k]))
		}
		for k := range 4 {
			if t.suf[k] != 0 {
				f = append(f, key(tSuf1+k, t.suf[k]))
			}
		}
		ln := t.length
		if ln > 12 {
			ln = 12
		}
		f = append(f, key(tLen, uint64(ln)))
		if i == 0 {
			f = append(f, key(tFirstShape, t.short))
		}
		if capsSent {
			f = append(f, key(tCapsLower, t.lower))
		}
		if dc != nil && t.hasLetter {
			ctx := uint64(0)
			switch {
			case capsSent:
				ctx = 1
			case i == 0:
				ctx = 2
			}
			c := uint64(dc.cases[t.lower])
			f = append(f, key(tDocCase, c*4+ctx), key(tDocCaseShape, combine(c*4+ctx, t.short)))
		}
		for o := -1; o <= 1; o++ {
			c := at(i + o).clusters
			for lv := range maxClusters {
				id := (c >> (16 * lv)) & 0xffff
				if id == 0 && c != 0 {
					continue
				}
				f = append(f, key(tCluster+lv*3+o+1, id))
			}
		}
		for b := t.gaz; b != 0; b &= b - 1 {
			f = append(f, key(tGaz, uint64(trailing(b))))
		}
		if p.gazCats != 0 {
			f = append(f, key(tGazM1, uint64(p.gazCats)))
		}
		if q.gazCats != 0 {
			f = append(f, key(tGazP1, uint64(q.gazCats)))
		}
		s.offs = append(s.offs, len(f))
	}
	s.feats = f
}

func trailing(b uint32) int {
	n := 0
	for b&1 == 0 {
		b >>= 1
		n++
	}
	return n
}
