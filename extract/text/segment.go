package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
)

// MaxTokens is the longest sentence Segment returns; longer runs are cut,
// preferably after a comma, semicolon, colon or dash, so that the parser
// never sees a pathological sentence.
const MaxTokens = 250

// Segment splits text into sentences of tokens. Token offsets index text:
// Token.Text == text[Token.Start:Token.End].
func Segment(text string) []doc.Sentence {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	tz := &tokenizer{text: text, out: sc.toks[:0], norms: sc.norms[:0]}
	tz.run()
	toks := tz.out
	sc.toks, sc.norms = toks, tz.norms
	if len(toks) == 0 {
		return nil
	}
	breaks := sentenceBreaks(tz, sc.breaks)
	sc.breaks = breaks
	n := 1
	for _, b := range breaks[1:] {
		if b {
			n++
		}
	}
	// All the sentences share one token array; each gets a slice of it with
	// its capacity capped, so that appending to one never writes into the
	// next.
	all := make([]doc.Token, len(toks))
	for i, t := range toks {
		// Field by field: a composite literal is copied with a bulk write
		// barrier over the whole struct.
		d := &all[i]
		d.Text = text[t.start:t.end]
		d.Norm = d.Text
		if t.norm != 0 {
			d.Norm = tz.norms[t.norm-1]
		}
		d.Start, d.End = t.start, t.end
		d.SpaceAfter = spaceAt(text, t.end)
		d.Head = -1
	}
	out := make([]doc.Sentence, 0, n)
	add := func(from, to int) {
		out = append(out, doc.Sentence{Start: toks[from].start, End: toks[to-1].end, Tokens: all[from:to:to]})
	}
	from := 0
	for i := 1; i <= len(toks); i++ {
		if i < len(toks) && !breaks[i] {
			continue
		}
		from = capLength(tz, from, i, add)
		add(from, i)
		from = i
	}
	return out
}

// scratch holds the buffers Segment needs only while it runs; they are
// reused across calls through scratchPool.
type scratch struct {
	toks   []tok
	norms  []string
	breaks []bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release returns sc to the pool; buffers grown by a huge document are
// dropped instead.
func (sc *scratch) release() {
	if cap(sc.toks) > maxScratch {
		sc.toks, sc.norms, sc.breaks = nil, nil, nil
	}
	clear(sc.norms)
	scratchPool.Put(sc)
}

// maxScratch is the most tokens a pooled buffer keeps room for (2 MB).
const maxScratch = 1 << 16

// spaceAt reports whether text[i:] starts with a space.
func spaceAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return asciiSpace[c]
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isSpace(r)
}

// capLength cuts pieces of at most MaxTokens tokens off the front of
// toks[from:to], passing each to add, and returns where the rest (at most
// MaxTokens tokens) starts.
func capLength(tz *tokenizer, from, to int, add func(from, to int)) int {
	for to-from > MaxTokens {
		cut := from + MaxTokens
	search:
		for j := from + MaxTokens; j > from+MaxTokens*3/5; j-- {
			switch tz.norm(tz.out[j-1]) {
			case ",", ";", ":", "--", "-":
				cut = j
				break search
			}
		}
		add(from, cut)
		from = cut
	}
	return from
}

// sentenceBreaks marks the tokens that start a new sentence, in br (reused
// when it is long enough).
func sentenceBreaks(tz *tokenizer, br []bool) []bool {
	text, toks := tz.text, tz.out
	if cap(br) < len(toks) {
		br = make([]bool, len(toks))
	} else {
		br = br[:len(toks)]
		clear(br)
	}
	wrapped, width := wrapInfo(text)
	word := func(i int) string { return text[toks[i].start:toks[i].end] }
	lowerStart := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(word(i))
		return unicode.IsLower(r)
	}
	upperStart := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(word(i))
		return unicode.IsUpper(r)
	}
	// glued reports whether token i follows token i-1 with no space between.
	glued := func(i int) bool { return toks[i].start == toks[i-1].end }

	for i := 1; i < len(toks); i++ {
		// Line breaks.
		switch nl := toks[i].nl; {
		case nl >= 2:
			br[i] = true
		case nl == 1 && !lowerStart(i):
			if !wrapped {
				br[i] = true
				break
			}
			// Hard-wrapped text: a new paragraph is indented, a headline is short.
			ls := strings.LastIndexByte(text[:toks[i].start], '\n')
			prev := strings.LastIndexByte(text[:ls], '\n') + 1
			indented := toks[i].start > ls+1
			if indented || utf8.RuneCountInString(strings.TrimSpace(text[prev:ls]))*10 < width*6 {
				br[i] = true
			}
		}
	}
	for i := 0; i < len(toks)-1; i++ {
		switch toks[i].kind {
		case kTerm:
			// A sentence ends after . ! ? and any closing quotes or brackets
			// glued to them.
			j := i + 1
			quoted := false
			for j < len(toks) && toks[j].nl == 0 && glued(j) && (toks[j].kind == kClose || toks[j].kind == kQuote) {
				quoted = quoted || toks[j].kind == kQuote
				j++
			}
			if j >= len(toks) || br[j] || lowerStart(j) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(word(j))
			if unicode.IsPunct(r) && toks[j].kind != kQuote && toks[j].kind != kOpen {
				continue // "?!" ", he said" and the like
			}
			t := tz.norm(toks[i])
			if quoted && (t != ".") && followsSpeech(toks, j, word) {
				continue
			}
			if strings.HasPrefix(t, "..") && !upperStart(j) && toks[j].kind != kQuote {
				continue
			}
			br[j] = true
		case kAbbrOther:
			j := i + 1
			if toks[j].nl == 0 && upperStart(j) && inLower(lexicon.SentenceStarters, word(j)) && !titleCaseLine(text, toks[i].start) {
				// Not in a title-case headline, whose capitals say nothing:
				// "Japan Warns U.S. It May Retaliate".
				br[j] = true
			}
		}
	}
	return br
}

// titleCaseLine reports whether the line around byte offset at is a
// title-case headline: at least three words, nearly all of them
// capitalized.
func titleCaseLine(text string, at int) bool {
	from := strings.LastIndexByte(text[:at], '\n') + 1
	to := strings.IndexByte(text[at:], '\n')
	if to < 0 {
		to = len(text)
	} else {
		to += at
	}
	words, caps := 0, 0
	for _, w := range strings.Fields(text[from:to]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*9
}

// followsSpeech reports whether a speech verb comes within two words of
// token j: `...?" Kerry said`, `...!" said Kerry`.
func followsSpeech(toks []tok, j int, word func(int) string) bool {
	for k := j; k < len(toks) && k <= j+2; k++ {
		if inLower(lexicon.SpeechVerbForms, word(k)) {
			return true
		}
	}
	return false
}

// wrapInfo reports whether text is hard-wrapped (lines broken inside
// sentences, as in old newswire) and the width of its longest line.
func wrapInfo(text string) (bool, int) {
	width, breaks, inside := 0, 0, 0
	line, rest, more := strings.Cut(text, "\n")
	t := strings.TrimSpace(line)
	for {
		if n := utf8.RuneCountInString(t); n > width {
			width = n
		}
		if !more {
			break
		}
		line, rest, more = strings.Cut(rest, "\n")
		next := strings.TrimSpace(line)
		if t != "" && next != "" {
			breaks++
			last, _ := utf8.DecodeLastRuneInString(t)
			first, _ := utf8.DecodeRuneInString(next)
			if !strings.ContainsRune(".!?:\"'”’)", last) && unicode.IsLower(first) {
				inside++
			}
		}
		t = next
	}
	return inside > 0 && inside*5 >= breaks, width
}
