// Package ner is a statistical named-entity recognizer for news text: a
// structured averaged perceptron over BILOU tags with Viterbi decoding, hashed
// word, shape, affix, context, word-cluster and gazetteer features, trained on
// CoNLL-2003 English (PER, ORG, LOC, MISC) by internal/train/ner and embedded
// in the binary (see model/NOTICE for the data it was trained on and its terms).
package ner
