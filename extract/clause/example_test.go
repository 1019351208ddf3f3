package clause_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/doc"
)

func ExampleExtract() {
	// "Russia had not imposed sanctions on Ukraine", tagged and parsed.
	words := []struct {
		text, lemma, upos string
		head              int
		dep               string
	}{
		{"Russia", "Russia", "PROPN", 3, "nsubj"},
		{"had", "have", "AUX", 3, "aux"},
		{"not", "not", "PART", 3, "advmod"},
		{"imposed", "impose", "VERB", -1, "root"},
		{"sanctions", "sanction", "NOUN", 3, "obj"},
		{"on", "on", "ADP", 6, "case"},
		{"Ukraine", "Ukraine", "PROPN", 3, "obl"},
	}
	d := &doc.Doc{}
	var s doc.Sentence
	for _, w := range words {
		start := len(d.Text)
		d.Text += w.text + " "
		s.Tokens = append(s.Tokens, doc.Token{Text: w.text, Lemma: w.lemma, UPOS: w.upos, Head: w.head, Dep: w.dep,
			Start: start, End: start + len(w.text), SpaceAfter: true})
	}
	d.Text = strings.TrimSpace(d.Text)
	s.End = len(d.Text)
	d.Sentences = []doc.Sentence{s}

	for _, c := range clause.Extract(d) {
		fmt.Printf("%s | %s | %s | negated=%v\n", c.Subject.Text, c.Predicate, c.Objects[0].Text, c.Negated)
	}
	if err := clause.WriteCarb(os.Stdout, d, clause.Extract(d)); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Russia | impose sanction on | Ukraine | negated=true
	// Russia had not imposed sanctions on Ukraine	0.8000	had not imposed sanctions on	Russia	Ukraine
}
