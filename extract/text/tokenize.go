package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kgraph/extract/lexicon"
)

// kind classifies a token for the sentence splitter.
type kind uint8

const (
	kWord      kind = iota
	kTerm           // . ! ? ... and runs of them
	kAbbrTitle      // a title or initial: never ends a sentence ("Sen.", "J.")
	kAbbrOther      // another abbreviation: ends a sentence only before a sentence starter ("U.S.", "etc.")
	kQuote          // a quotation mark, straight or curly, single or double
	kClose          // a closing bracket
	kOpen           // an opening bracket
)

// tok is a token with what the sentence splitter needs to know about it. It
// holds no pointers, so that the garbage collector never scans a buffer of
// them and appending needs no write barriers.
type tok struct {
	start, end int
	nl         int   // newlines in the whitespace before the token
	norm       int32 // 0: the norm is the token's text; n: tokenizer.norms[n-1]
	kind       kind
}

// tokenizer splits one document into toks.
type tokenizer struct {
	text  string
	out   []tok
	norms []string // norms that differ from the token's text
	nl    int      // newlines seen since the last token
}

// norm returns the form of t that EWT uses.
func (tz *tokenizer) norm(t tok) string {
	if t.norm == 0 {
		return tz.text[t.start:t.end]
	}
	return tz.norms[t.norm-1]
}

// isSpace reports whether r separates tokens. Zero-width spaces and byte-order
// marks count as space; invalid UTF-8 bytes do not.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// asciiSpace is isSpace for bytes below utf8.RuneSelf.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// run scans the whole text.
func (tz *tokenizer) run() {
	s := tz.text
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c == '\n' {
					tz.nl++
				}
				i++
				continue
			}
		} else if r, w := utf8.DecodeRuneInString(s[i:]); isSpace(r) {
			i += w
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, w := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) {
				break
			}
			j += w
		}
		tz.split(i, j)
		i = j
	}
}

// emit appends the token text[start:end].
func (tz *tokenizer) emit(start, end int, k kind) {
	if start >= end {
		return
	}
	t := tok{start: start, end: end, kind: k, nl: tz.nl}
	tz.nl = 0
	if norm := normalize(tz.text[start:end]); norm != tz.text[start:end] {
		tz.norms = append(tz.norms, norm)
		t.norm = int32(len(tz.norms))
		if k == kWord && (norm == `"` || norm == "'") {
			t.kind = kQuote
		}
	}
	tz.out = append(tz.out, t)
}

// split tokenizes text[start:end], a run without spaces: URLs and e-mail
// addresses whole, then punctuation, then words. It runs in time linear in
// the length of the run.
func (tz *tokenizer) split(start, end int) {
	for start < end {
		a, b := findURL(tz.text[start:end])
		if a < 0 {
			tz.pieces(start, end)
			return
		}
		tz.pieces(start, start+a)
		tz.emit(start+a, start+b, kWord)
		start += b
	}
}

// pieces tokenizes text[start:end], a run without spaces or URLs.
func (tz *tokenizer) pieces(start, end int) {
	s := tz.text[start:end]
	p := 0
	for p < len(s) {
		a, b, k := findHard(s, p)
		if a < 0 {
			break
		}
		if a > p {
			tz.word(start+p, start+a)
		}
		tz.emit(start+a, start+b, k)
		p = b
	}
	if p < len(s) {
		tz.word(start+p, end)
	}
}

// firstRune and lastRune decode the ends of s.
func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
func lastRune(s string) (rune, int)  { return utf8.DecodeLastRuneInString(s) }

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʼ' }

// findHard finds the first punctuation token in s at or after from that
// splits from whatever surrounds it, and returns its byte range and kind, or
// -1.
func findHard(s string, from int) (int, int, kind) {
	prev := rune(-1)
	if from > 0 {
		prev, _ = lastRune(s[:from])
	}
	for i := from; i < len(s); {
		r, w := decodeRune(s, i)
		next := rune(-1)
		if i+w < len(s) {
			next, _ = decodeRune(s, i+w)
		}
		switch r {
		case '"', '“', '”', '«', '»', '„', '‟', '″':
			return i, i + w, kQuote
		case '(', '[', '{':
			return i, i + w, kOpen
		case ')', ']', '}':
			return i, i + w, kClose
		case '—', '–', '―', '…', ';', '%', '$', '£', '€', '¥', '¢', '|', '=', '+', '~', '^', '\\', '<', '>':
			k := kWord
			if r == '…' {
				k = kTerm
			}
			if r == '–' && isAlnum(prev) && isAlnum(next) && !unicode.IsDigit(prev) {
				// an en dash joining words splits like a hyphen
				return i, i + w, kWord
			}
			return i, runEnd(s, i, r), k
		case '!', '?':
			j := i
			for j < len(s) && (s[j] == '!' || s[j] == '?') {
				j++
			}
			return i, j, kTerm
		case '.':
			if next == '.' {
				return i, runEnd(s, i, '.'), kTerm
			}
		case '-':
			if next == '-' {
				return i, runEnd(s, i, '-'), kWord
			}
		case '*':
			return i, runEnd(s, i, '*'), kWord
		case ',':
			if !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
				return i, i + w, kWord
			}
		case ':':
			if !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
				return i, runEnd(s, i, ':'), kWord
			}
		case '/':
			if splitSlash(s, i) {
				return i, i + w, kWord
			}
		case '`':
			if next == '`' {
				return i, runEnd(s, i, '`'), kQuote
			}
			if i > 0 && i+w < len(s) {
				return i, i + w, kQuote
			}
		case '\'', '’', '‘':
			if next == '\'' && r == '\'' {
				return i, runEnd(s, i, '\''), kQuote
			}
			// inside a word ("don't", "O'Brien") it stays for word();
			// at the edges of the run word() decides.
			if i > 0 && i+w < len(s) && !(isAlnum(prev) && isAlnum(next)) {
				return i, i + w, kQuote
			}
		}
		prev = r
		i += w
	}
	return -1, -1, kWord
}

// decodeRune decodes the rune at s[i], with a fast path for ASCII.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runEnd returns the end of the run of r starting at i.
func runEnd(s string, i int, r rune) int {
	for i < len(s) {
		c, w := utf8.DecodeRuneInString(s[i:])
		if c != r {
			break
		}
		i += w
	}
	return i
}

// splitSlash reports whether the slash at s[i] separates two words of two or
// more letters ("and/or"), as EWT splits them; "w/o", "I/O" and dates stay.
func splitSlash(s string, i int) bool {
	l := 0
	for j := i; j > 0; {
		r, w := lastRune(s[:j])
		if !unicode.IsLetter(r) {
			if unicode.IsDigit(r) {
				return false
			}
			break
		}
		l++
		j -= w
	}
	n := 0
	for j := i + 1; j < len(s); {
		r, w := firstRune(s[j:])
		if !unicode.IsLetter(r) {
			if unicode.IsDigit(r) {
				return false
			}
			break
		}
		n++
		j += w
	}
	return l >= 2 && n >= 2
}

// findURL finds the first URL or e-mail address in s and returns its byte
// range, or -1. The scan stops at the first candidate, so splitting a run
// with many addresses stays linear.
func findURL(s string) (int, int) {
	a := -1
	for i := 0; i < len(s) && a < 0; i++ {
		switch c := s[i]; {
		case c == ':' && strings.HasPrefix(s[i:], "://"):
			j := i
			for j > 0 && isASCIILetter(s[j-1]) {
				j--
			}
			if j < i {
				a = j
			}
		case c|0x20 == 'w' && len(s) > i+4 && strings.EqualFold(s[i:i+4], "www.") && (i == 0 || !isASCIIAlnum(s[i-1])) && isASCIIAlnum(s[i+4]):
			a = i
		case c == '@' && i > 0 && i+1 < len(s) && isASCIIAlnum(s[i-1]) && isASCIIAlnum(s[i+1]):
			j := i + 1
			for j < len(s) && (isASCIIAlnum(s[j]) || s[j] == '-') {
				j++
			}
			if j+1 < len(s) && s[j] == '.' && isASCIILetter(s[j+1]) {
				a = i
				for a > 0 && (isASCIIAlnum(s[a-1]) || strings.IndexByte("._%+-", s[a-1]) >= 0) {
					a--
				}
			}
		}
	}
	if a < 0 {
		return -1, -1
	}
	b := a
	for b < len(s) && strings.IndexByte("\"<>", s[b]) < 0 && !strings.HasPrefix(s[b:], "”") && !strings.HasPrefix(s[b:], "“") {
		b++
	}
	// trailing punctuation belongs to the sentence, not the address
	for b > a {
		c := s[b-1]
		if strings.IndexByte(".,;:!?'", c) >= 0 || (c == ')' && !strings.Contains(s[a:b], "(")) || c == ']' || c == '}' {
			b--
			continue
		}
		if strings.HasSuffix(s[a:b], "’") {
			b -= len("’")
			continue
		}
		break
	}
	if b-a < 4 {
		return -1, -1
	}
	return a, b
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIIAlnum(c byte) bool  { return isASCIILetter(c) || c >= '0' && c <= '9' }

// word tokenizes a run without hard punctuation: clitics, apostrophes at the
// edges, a final period and hyphens.
func (tz *tokenizer) word(start, end int) {
	s := tz.text[start:end]
	// A leading single quote opens a quotation unless it starts a clitic
	// ("'s" written apart) or an elided number ("'90s").
	if r, w := firstRune(s); isApos(r) && len(s) > w {
		n, _ := firstRune(s[w:])
		if !isClitic(s) && !unicode.IsDigit(n) {
			tz.emit(start, start+w, kQuote)
			tz.word(start+w, end)
			return
		}
	}
	// Peel a trailing quote, possessive apostrophe or period.
	if r, w := lastRune(s); len(s) > w {
		switch {
		case isApos(r) && !isClitic(s):
			tz.word(start, end-w)
			tz.emit(end-w, end, kQuote)
			return
		case r == '.':
			if k := tz.abbrev(s, end); k != kWord {
				tz.emit(start, end, k)
				return
			}
			tz.word(start, end-1)
			tz.emit(end-1, end, kTerm)
			return
		}
	} else if len(s) == w && (r == '.') {
		tz.emit(start, end, kTerm)
		return
	} else if isApos(r) {
		tz.emit(start, end, kQuote)
		return
	}
	if c := clitic(s); c > 0 && c < len(s) {
		tz.hyphens(start, start+c)
		tz.emit(start+c, end, kWord)
		return
	}
	tz.hyphens(start, end)
}

// clitics split off the end of a word, as EWT does.
var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// isClitic reports whether s is a clitic on its own ("'s", "n't").
func isClitic(s string) bool {
	if isASCII(s) {
		// isCliticFold without its allocations
		for _, c := range clitics {
			if strings.EqualFold(s, c) {
				return true
			}
		}
		return false
	}
	return isCliticFold(s)
}

// isCliticFold is isClitic for any s: curly apostrophes straightened, then
// lowered.
func isCliticFold(s string) bool {
	l := strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	for _, c := range clitics {
		if l == c {
			return true
		}
	}
	return false
}

// clitic returns where the clitic at the end of s starts, or 0.
func clitic(s string) int {
	if isASCII(s) {
		return cliticASCII(s)
	}
	return cliticFold(s)
}

// cliticFold is clitic for any s: curly apostrophes straightened, then
// lowered, which may change the length of s.
func cliticFold(s string) int {
	l := strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	// l may be shorter than s; map back by counting from the end in runes of s
	switch l {
	case "cannot":
		return 3
	case "gonna", "wanna":
		return 3
	case "gotta":
		return 3
	}
	for _, c := range clitics {
		if strings.HasSuffix(l, c) && len(l) > len(c) {
			// the clitic in s spans the same number of runes
			n := utf8.RuneCountInString(c)
			i := len(s)
			for ; n > 0; n-- {
				_, w := lastRune(s[:i])
				i -= w
			}
			if c == "n't" {
				head := l[:len(l)-3]
				if head == "ca" || head == "wo" || head == "ai" || head == "sha" {
					return i
				}
				if !isLetters(head) {
					return 0
				}
			}
			prev, _ := lastRune(s[:i])
			if !isAlnum(prev) {
				return 0
			}
			return i
		}
	}
	return 0
}

// splitWords split after their third letter ("can" "not", "gon" "na").
var splitWords = []string{"cannot", "gonna", "wanna", "gotta"}

// ntHeads split before "n't" even though the head is not a word ("ca" "n't").
var ntHeads = []string{"ca", "wo", "ai", "sha"}

// cliticASCII is cliticFold for an ASCII s, where lowering keeps every byte
// in place, so that s can be compared case-insensitively instead of lowered,
// without allocating.
func cliticASCII(s string) int {
	if len(s) == 5 || len(s) == 6 {
		for _, w := range splitWords {
			if strings.EqualFold(s, w) {
				return 3
			}
		}
	}
	// Every clitic has its apostrophe second or third from the end.
	if n := len(s); n < 3 || s[n-2] != '\'' && s[n-3] != '\'' {
		return 0
	}
	for _, c := range clitics {
		if len(s) > len(c) && strings.EqualFold(s[len(s)-len(c):], c) {
			i := len(s) - len(c)
			if c == "n't" {
				head := s[:i]
				for _, h := range ntHeads {
					if strings.EqualFold(head, h) {
						return i
					}
				}
				if !isLetters(head) {
					return 0
				}
			}
			if prev := s[i-1]; !isAlnum(rune(prev)) {
				return 0
			}
			return i
		}
	}
	return 0
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerASCII appends s lowered as strings.ToLower does, without allocating
// when s is ASCII and fits in dst.
func lowerASCII(dst []byte, s string) []byte {
	if !isASCII(s) {
		return append(dst, strings.ToLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// inLower reports whether the list holds strings.ToLower(s).
func inLower(list lexicon.Set, s string) bool {
	var buf [32]byte
	return list.HasBytes(lowerASCII(buf[:0], s))
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// hyphens tokenizes a word at its hyphens: compounds split into word "-"
// word, except after a prefix, after a single letter ("X-ray"), before a
// number that names a model ("AK-47", "F-16"), and in phone-like numbers.
func (tz *tokenizer) hyphens(start, end int) {
	s := tz.text[start:end]
	if strings.IndexByte(s, '-') <= 0 || strings.Count(s, "-") >= 2 && isPhone(s) {
		tz.emit(start, end, kWord)
		return
	}
	from := 0
	for i := 1; i < len(s)-1; i++ {
		if s[i] != '-' {
			continue
		}
		left, right := s[from:i], s[i+1:]
		rr, _ := firstRune(right)
		keep := inLower(lexicon.HyphenPrefixes, left) ||
			utf8.RuneCountInString(left) == 1 ||
			(isLetters(left) && unicode.IsDigit(rr)) ||
			!isAlnum(rr)
		if lr, _ := lastRune(left); !isAlnum(lr) {
			keep = true
		}
		if keep {
			continue
		}
		tz.emit(start+from, start+i, kWord)
		tz.emit(start+i, start+i+1, kWord)
		from = i + 1
	}
	tz.emit(start+from, end, kWord)
}

func isPhone(s string) bool {
	for i := 0; i < len(s); i++ {
		if !(s[i] >= '0' && s[i] <= '9' || s[i] == '-') {
			return false
		}
	}
	return true
}

// abbrev decides whether s, ending in a period at end, is an abbreviation.
func (tz *tokenizer) abbrev(s string, end int) kind {
	core := s[:len(s)-1]
	if core == "" {
		return kWord
	}
	if r, w := firstRune(core); w == len(core) && unicode.IsLetter(r) {
		if unicode.IsUpper(r) {
			return kAbbrTitle // an initial
		}
		return kAbbrOther
	}
	var buf [32]byte
	switch l := string(lowerASCII(buf[:0], core)); {
	case lexicon.TitleAbbreviations.Has(l):
		return kAbbrTitle
	case core == "Rear" || core == "Vice": // "Rear. Adm." as written in the news
		if nextWord(tz.text[end:]) != "" && strings.HasSuffix(nextWord(tz.text[end:]), ".") {
			return kAbbrTitle
		}
	case l == "no" || l == "nos" || l == "art" || l == "p":
		if r, _ := firstRune(strings.TrimLeftFunc(tz.text[end:], isSpace)); unicode.IsDigit(r) {
			return kAbbrTitle
		}
		return kWord
	case lexicon.Abbreviations.Has(l):
		return kAbbrOther
	}
	if strings.IndexByte(core, '.') > 0 {
		for _, r := range core {
			if r != '.' && !unicode.IsLetter(r) {
				return kWord
			}
		}
		if !strings.Contains(core, "..") {
			return kAbbrOther
		}
	}
	return kWord
}

// nextWord returns the next run of non-space characters in s.
func nextWord(s string) string {
	s = strings.TrimLeftFunc(s, isSpace)
	if i := strings.IndexFunc(s, isSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// aposReplacer maps curly and modifier apostrophes to straight ones.
var aposReplacer = strings.NewReplacer("’", "'", "ʼ", "'")

// normalize returns the form of a token that EWT uses.
func normalize(t string) string {
	if isASCII(t) {
		// the cases below that are ASCII
		switch t {
		case "``", "''":
			return `"`
		case "`":
			return "'"
		}
		return t
	}
	switch t {
	case "“", "”", "«", "»", "„", "‟", "″", "``", "''":
		return `"`
	case "‘", "’", "`", "‚", "‛":
		return "'"
	case "…":
		return "..."
	case "—", "―":
		return "--"
	}
	if strings.ContainsAny(t, "’ʼ") {
		return aposReplacer.Replace(t)
	}
	return t
}
