package tag

import (
	"unicode"
	"unicode/utf8"
)

// AppendNorm appends the model-facing form of word to dst: lower case,
// digits as 0, and the many quote characters folded to ' and " so that raw
// text (“Kerry”, don’t) and PTB-style tokens (“Kerry”, do n't) look alike.
func AppendNorm(dst []byte, word string) []byte {
	switch word {
	case "``", "''", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\"":
		return append(dst, '"')
	case "`", "\u2018", "\u2019", "'":
		return append(dst, '\'')
	case "-LRB-", "-lrb-":
		return append(dst, '(')
	case "-RRB-", "-rrb-":
		return append(dst, ')')
	}
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		i += n
		switch r {
		case '\u2018', '\u2019', '\u201b', '\u2032':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u2033':
			r = '"'
		case '\u2013', '\u2014', '\u2012', '\u2015':
			r = '-'
		default:
			if unicode.IsDigit(r) {
				r = '0'
			} else {
				r = unicode.ToLower(r)
			}
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// AppendShape appends a compact word shape: X for upper case, x for lower,
// d for digits, other characters as they are, runs collapsed ("Kerry" ->
// "Xx", "U.S." -> "X.X.", "2014" -> "d").
func AppendShape(dst []byte, word string) []byte {
	var last byte
	for _, r := range word {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c != last || !(c == 'X' || c == 'x' || c == 'd') {
			dst = append(dst, c)
		}
		last = c
	}
	return dst
}
