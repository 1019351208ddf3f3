package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/extract/tag"
)

// truecase gives the common words of title-case sentences their lower-case
// form for the models (Token.Norm): in "Uk Minister Looks To Ease Tension
// With Japan" the tagger, recognizer and title reader took "Looks To Ease
// Tension" for a name. A capitalized word of such a sentence is common when
// the document writes it in lower case elsewhere and never capitalized in
// mid-sentence, or (never capitalized there either) when the lemma lexicon
// knows it as a verb or noun; and function words always.
func truecase(ad *doc.Doc) {
	var titled []int
	for si := range ad.Sentences {
		if titleCase(ad.Sentences[si].Tokens) {
			titled = append(titled, si)
		}
	}
	lower, capital := documentCasing(ad)
	afterAbbreviations(ad, lower)
	if len(titled) == 0 {
		return
	}
	acronyms := documentAcronyms(ad)
	for _, si := range titled {
		toks := ad.Sentences[si].Tokens
		for i := range toks {
			t := &toks[i]
			lw := strings.ToLower(t.Text)
			if lw == t.Text || !capitalized(t.Text) || t.Norm != t.Text || inName(ad.Text, toks, i) {
				continue
			}
			if a, ok := acronyms[lw]; ok {
				t.Norm = a // "Uk Minister", "Ec Warns": the article's "U.K.", "EC"
				continue
			}
			if lexicon.HeadlineFunctionWords.Has(lw) || !capital[lw] && (lower[lw] || tag.CommonWord(lw)) {
				t.Norm = lw
			}
		}
	}
}

// afterAbbreviations gives the common words that a dotted abbreviation
// capitalized their lower-case form: Reuters' 1987 wire writes "U.S.
// Attack on an Iranian oil site", "when U.S. Warships bombarded them",
// "The U.S. Said Iranians used", as if a sentence began after "U.S.". A
// word stays capitalized when a capitalized word follows it ("U.S.
// Agriculture Department"), unless it is a verb of saying, and when it
// names a body ("the U.S. Congress").
func afterAbbreviations(ad *doc.Doc, lower map[string]bool) {
	for si := range ad.Sentences {
		toks := ad.Sentences[si].Tokens
		for i := 1; i < len(toks); i++ {
			t := &toks[i]
			p := toks[i-1].Text
			if !capitalized(t.Text) || t.Text == strings.ToUpper(t.Text) || t.Norm != t.Text ||
				len(p) < 3 || !strings.HasSuffix(p, ".") || !strings.Contains(p[:len(p)-1], ".") {
				continue
			}
			lw := strings.ToLower(t.Text)
			if !lexicon.HeadlineFunctionWords.Has(lw) && !lower[lw] && !tag.CommonWord(lw) {
				continue
			}
			if lexicon.InstitutionNouns.Has(lw) {
				continue // "the U.S. Congress", "U.S. Senate": a body's name
			}
			if i+1 < len(toks) && capitalized(toks[i+1].Text) && !lexicon.SpeechVerbForms.Has(lw) {
				continue
			}
			t.Norm = lw
		}
	}
}

// inName reports whether token i of a title-case sentence begins or ends a
// pair of capitalized words that the document writes elsewhere as they
// stand ("New Zealand Imposes Sanctions": "New Zealand" is a name).
func inName(text string, toks []doc.Token, i int) bool {
	pair := func(a, b int) bool {
		if a < 0 || b >= len(toks) || !capitalized(toks[a].Text) || !capitalized(toks[b].Text) {
			return false
		}
		return strings.Count(text, toks[a].Text+" "+toks[b].Text) > 1
	}
	return pair(i, i+1) || pair(i-1, i)
}

// titleCase reports whether a sentence capitalizes its words as headlines
// do: most words, function words among them after the first.
func titleCase(toks []doc.Token) bool {
	words, caps, function, common := 0, 0, false, 0
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
			lw := strings.ToLower(t.Text)
			if i > 0 && lexicon.HeadlineFunctionWords.Has(lw) && t.Text != strings.ToUpper(t.Text) {
				function = true
			}
			if i > 0 && t.Text != strings.ToUpper(t.Text) && tag.CommonWord(lw) {
				common++
			}
		}
	}
	if words >= 4 && caps == words && common*2 >= words {
		// No function word, but every word capitalized and most of them
		// common: "Uganda, Mozambique Win Debt Rescheduling Accord".
		return true
	}
	return function && words >= 3 && caps*10 >= words*8
}

// documentCasing records the words the document writes in lower case, and
// those it capitalizes in mid-sentence, outside title-case sentences.
func documentCasing(ad *doc.Doc) (lower, capital map[string]bool) {
	lower, capital = map[string]bool{}, map[string]bool{}
	for si := range ad.Sentences {
		toks := ad.Sentences[si].Tokens
		if titleCase(toks) {
			continue
		}
		for i, t := range toks {
			switch {
			case t.Text == strings.ToLower(t.Text):
				lower[t.Text] = true
			case i > 0 && capitalized(t.Text):
				capital[strings.ToLower(t.Text)] = true
			}
		}
	}
	return lower, capital
}

// documentAcronyms maps the acronyms the document writes outside
// title-case sentences ("EC", "U.K."), by their letters in lower case
// ("ec", "uk"), to their form.
func documentAcronyms(ad *doc.Doc) map[string]string {
	out := map[string]string{}
	for si := range ad.Sentences {
		toks := ad.Sentences[si].Tokens
		if titleCase(toks) {
			continue
		}
		for _, t := range toks {
			letters := strings.ReplaceAll(t.Text, ".", "")
			if n := len(letters); n < 2 || n > 4 || letters != strings.ToUpper(letters) || strings.ToLower(letters) == letters {
				continue
			}
			out[strings.ToLower(letters)] = t.Text
		}
	}
	return out
}

// capitalized reports whether w starts with an upper-case letter and goes
// on in lower case ("Looks", not "UK").
func capitalized(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToLower(w[n:]) == w[n:]
}
