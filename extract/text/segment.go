package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kgraph/extract/doc"
)

// MaxTokens is the longest sentence Segment returns; longer runs are cut,
// preferably after a comma, semicolon, colon or dash, so that the parser
// never sees a pathological sentence.
const MaxTokens = 250

// Segment splits text into sentences of tokens. Token offsets index text:
// Token.Text == text[Token.Start:Token.End].
func Segment(text string) []doc.Sentence {
	tz := &tokenizer{text: text}
	tz.run()
	toks := tz.out
	if len(toks) == 0 {
		return nil
	}
	breaks := sentenceBreaks(text, toks)
	var out []doc.Sentence
	from := 0
	for i := 1; i <= len(toks); i++ {
		if i < len(toks) && !breaks[i] {
			continue
		}
		for _, r := range capLength(toks, from, i) {
			out = append(out, makeSentence(text, toks[r[0]:r[1]]))
		}
		from = i
	}
	return out
}

// makeSentence builds a doc.Sentence from toks.
func makeSentence(text string, toks []tok) doc.Sentence {
	s := doc.Sentence{Start: toks[0].start, End: toks[len(toks)-1].end, Tokens: make([]doc.Token, len(toks))}
	for i, t := range toks {
		space := false
		if t.end < len(text) {
			r, _ := utf8.DecodeRuneInString(text[t.end:])
			space = isSpace(r)
		}
		s.Tokens[i] = doc.Token{Text: text[t.start:t.end], Norm: t.norm, Start: t.start, End: t.end, SpaceAfter: space, Head: -1}
	}
	return s
}

// capLength cuts toks[from:to] into pieces of at most MaxTokens tokens.
func capLength(toks []tok, from, to int) [][2]int {
	var out [][2]int
	for to-from > MaxTokens {
		cut := from + MaxTokens
	search:
		for j := from + MaxTokens; j > from+MaxTokens*3/5; j-- {
			switch toks[j-1].norm {
			case ",", ";", ":", "--", "-":
				cut = j
				break search
			}
		}
		out = append(out, [2]int{from, cut})
		from = cut
	}
	return append(out, [2]int{from, to})
}

// starters are words that begin sentences; an abbreviation such as "U.S." or
// "etc." followed by one of them (capitalized) ends its sentence.
var starters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"you": true, "but": true, "and": true, "in": true, "on": true, "at": true, "this": true, "that": true,
	"these": true, "those": true, "there": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "as": true, "after": true, "if": true, "when": true, "while": true, "so": true,
	"however": true, "meanwhile": true, "what": true, "why": true, "how": true, "who": true, "for": true,
	"to": true, "with": true, "one": true, "some": true, "many": true, "most": true, "all": true, "no": true,
	"yet": true, "also": true, "then": true, "since": true, "because": true, "although": true, "officials": true,
}

// speechVerbs follow a quotation that ends in ? or ! inside the same sentence:
// "Is it smart ...?" Kerry said.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "asked": true, "asks": true, "told": true, "added": true, "adds": true,
	"wrote": true, "writes": true, "replied": true, "shouted": true, "insisted": true, "declared": true,
	"exclaimed": true, "wondered": true, "tweeted": true,
}

// sentenceBreaks marks the tokens that start a new sentence.
func sentenceBreaks(text string, toks []tok) []bool {
	br := make([]bool, len(toks))
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
			t := toks[i].norm
			if quoted && (t != ".") && followsSpeech(toks, j, word) {
				continue
			}
			if strings.HasPrefix(t, "..") && !upperStart(j) && toks[j].kind != kQuote {
				continue
			}
			br[j] = true
		case kAbbrOther:
			j := i + 1
			if toks[j].nl == 0 && upperStart(j) && starters[strings.ToLower(word(j))] {
				br[j] = true
			}
		}
	}
	return br
}

// followsSpeech reports whether a speech verb comes within two words of
// token j: `...?" Kerry said`, `...!" said Kerry`.
func followsSpeech(toks []tok, j int, word func(int) string) bool {
	for k := j; k < len(toks) && k <= j+2; k++ {
		if speechVerbs[strings.ToLower(word(k))] {
			return true
		}
	}
	return false
}

// wrapInfo reports whether text is hard-wrapped (lines broken inside
// sentences, as in old newswire) and the width of its longest line.
func wrapInfo(text string) (bool, int) {
	width, breaks, inside := 0, 0, 0
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if n := utf8.RuneCountInString(t); n > width {
			width = n
		}
		if i+1 >= len(lines) || t == "" {
			continue
		}
		next := strings.TrimSpace(lines[i+1])
		if next == "" {
			continue
		}
		breaks++
		last, _ := utf8.DecodeLastRuneInString(t)
		first, _ := utf8.DecodeRuneInString(next)
		if !strings.ContainsRune(".!?:\"'”’)", last) && unicode.IsLower(first) {
			inside++
		}
	}
	return inside > 0 && inside*5 >= breaks, width
}
