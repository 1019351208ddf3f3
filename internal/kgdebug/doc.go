// Command kgdebug prints what each stage read from a document, sentence by
// sentence, for whoever improves the extraction: tokens with their tags,
// lemma, head, dependency relation and entity mention; the clauses; and the
// statements with their types, polarity, modality and CAMEO code.
//
//	go run ./internal/kgdebug ARTICLE.txt [SENTENCE]
//	echo "Russia annexed Crimea." | go run ./internal/kgdebug -
package main
