package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/extract/tag"
)

// casing records the words (lower case) a document capitalizes in
// mid-sentence, and those it writes in lower case.
type casing struct {
	capital, lower map[string]bool
}

// documentCasing reads the casing of a document's words outside title-case
// sentences. A word after an abbreviation's period ("U.S. Moves") does not
// count as capitalized: Reuters capitalizes whatever follows "U.S.".
func documentCasing(d *doc.Doc) casing {
	c := casing{capital: map[string]bool{}, lower: map[string]bool{}}
	for si := range d.Sentences {
		toks := d.Sentences[si].Tokens
		if titleCased(toks) {
			continue
		}
		for i := 1; i < len(toks); i++ {
			w := toks[i].Text
			r, _ := utf8.DecodeRuneInString(w)
			switch lw := strings.ToLower(w); {
			case !unicode.IsLetter(r):
			case lw == w:
				c.lower[lw] = true
			case unicode.IsUpper(r) && !opensPhrase(toks[i-1].Text):
				c.capital[lw] = true
			}
		}
	}
	return c
}

// opensPhrase reports whether a token may be followed by a capital that
// starts no name: a period ("U.S. Moves"), a colon, a quotation mark or a
// bracket.
func opensPhrase(t string) bool {
	return strings.HasSuffix(t, ".") || t == ":" || t == `"` || t == "'" || t == "“" || t == "‘" || t == "(" ||
		t == "``" || t == "-" || t == "--"
}

// titleCased reports whether most words of a sentence are capitalized, as
// in a headline.
func titleCased(toks []doc.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLetter(r) {
			words++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// common reports whether a capitalized word is a common word the document
// never capitalizes in mid-sentence.
func (c casing) common(lw string) bool {
	return !c.capital[lw] && (c.lower[lw] || lexicon.FunctionWords.Has(lw) || tag.CommonWord(lw))
}

// cutAfterAbbreviation returns where a recognizer span [start, end) of
// sentence s ends when it runs on past an abbreviation's period into a
// common word capitalized only there, and no name follows it: "U.S. Moves
// towards protectionism", "The U.S. Said Iranians", "his U.S. Counterpart"
// (a title) are "U.S."; "the U.S.
// National Soybean Processors Association" stays whole.
func (st *state) cutAfterAbbreviation(s *sent, cs []*cand, start, end int, title func(k int) bool) int {
	for k := start + 1; k < end; k++ {
		prev := s.w.Text[k-1]
		if len(prev) <= 2 || !strings.HasSuffix(prev, ".") || !nameToken(s.w.Text[k]) {
			continue
		}
		if st.casing == nil {
			c := documentCasing(st.d)
			st.casing = &c
		}
		if !st.casing.common(s.w.Lower[k]) && !title(k) {
			continue
		}
		if k+1 < end && covered(cs, k+1) == nil {
			return end
		}
		return k
	}
	return end
}
