package ner_test

import (
	"fmt"
	"strings"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/ner"
)

func ExampleRecognizer_Tag() {
	r, err := ner.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Tag(strings.Fields("Sergey Lavrov met John Kerry in Paris .")))
	// Output: [B-PER I-PER O B-PER I-PER O B-LOC O]
}

func ExampleRecognizer_Recognize() {
	r, err := ner.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	s := &doc.Sentence{}
	for _, w := range strings.Fields("The United Nations Security Council met in New York .") {
		s.Tokens = append(s.Tokens, doc.Token{Text: w, SpaceAfter: true})
	}
	for _, m := range r.Recognize(s) {
		fmt.Printf("%d-%d %s %q\n", m.Start, m.End, m.Type, m.Text)
	}
	// Output:
	// 1-5 Organization "United Nations Security Council"
	// 7-9 Location "New York"
}
