// Package lexicon holds the word lists that the extraction stages share:
// reporting and light verbs, particles, negation and modal words, the verbs
// that make a clause intended, demanded or hedged, time and date words,
// prepositions, determiners and pronouns, and the words that the entity
// and text stages use to tell names and sentences apart.
//
// A word list lives here and nowhere else: a stage reads a list, never a
// copy of its own. When a stage needs only part of a list, the part is a
// named list here too, defined from the whole ("DateWords: the weekdays,
// the months but May, ..."), so that a word added to the whole reaches the
// part.
//
// Each list says what it is for and where its words came from. Lists hold
// lemmas unless they say they hold forms as written; every word is lower
// case. Larger vocabularies that map words to meanings (the news verbs and
// their CAMEO codes, the relations of event nouns) stay with the one stage
// that reads them (extract/event).
package lexicon
