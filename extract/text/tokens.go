package text

import (
	"strings"
	"unicode/utf8"

	"github.com/kgraph/kgraph/extract/doc"
)

// ptbNorm maps Penn Treebank escapes and quotes of pre-tokenized text to the
// forms EWT uses.
var ptbNorm = map[string]string{
	"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
	"``": `"`, "''": `"`,
}

// SegmentTokens reads line as one pre-tokenized sentence: tokens are split on
// white space only, and offsets index line. PTB bracket escapes (-LRB-) and quotes
// (“ ”) get the Norm the models expect. A blank line gives no sentence.
func SegmentTokens(line string) []doc.Sentence {
	var s doc.Sentence
	for i := 0; i < len(line); {
		if r, n := utf8.DecodeRuneInString(line[i:]); isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(line) {
			r, n := utf8.DecodeRuneInString(line[j:])
			if isSpace(r) {
				break
			}
			j += n
		}
		w := line[i:j]
		norm, ok := ptbNorm[strings.ToUpper(w)]
		if !ok {
			norm = normalize(w)
		}
		s.Tokens = append(s.Tokens, doc.Token{Text: w, Norm: norm, Start: i, End: j, SpaceAfter: j < len(line), Head: -1})
		i = j
	}
	if len(s.Tokens) == 0 {
		return nil
	}
	s.Start, s.End = s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End
	return []doc.Sentence{s}
}
