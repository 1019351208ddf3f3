// Package text splits documents into sentences and tokens, keeping exact byte
// offsets into the original text.
//
// Tokens follow Universal Dependencies English EWT (and so Penn Treebank), the
// treebank the tagger and parser are trained on: clitics are split ("do"
// "n't", "Russia" "'s"), punctuation is split, abbreviations keep their
// period ("U.S.", "Gen."), currency symbols and percent signs are split from
// numbers, hyphenated compounds are split ("East" "-" "West") except after
// common prefixes ("anti-war", "e-mail"), and URLs and e-mail addresses stay
// whole. Token.Norm carries the form EWT uses when the text differs (curly
// quotes become straight ones).
//
// Sentences end after . ! ? (and any closing quotes or brackets), not after
// abbreviations, titles or initials; a blank line always ends a sentence, and
// a line without final punctuation (a headline) ends one when the next line
// starts a new paragraph. Very long sentences are cut at about MaxTokens
// tokens. Invalid UTF-8 never panics: its bytes are kept inside tokens.
package text
