package tag

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/conllu"
)

func TestLexClasses(t *testing.T) {
	lex := newLexTable(map[string]uint16{
		"preoccupy": LexVerb, "cat": LexNoun, "tactile": LexAdj, "cap": LexNoun | LexVerb,
		"capped": LexVerbEd, "box": LexNoun | LexVerb, "like": LexVerb | LexAdj, "large": LexAdj, "happy": LexAdj,
		"woman": LexNoun, "women": LexPlural, "soon": LexAdv,
	})
	tests := []struct {
		word string
		want uint16
	}{
		{"preoccupies", LexVerbS},
		{"preoccupied", LexVerbEd},
		{"preoccupying", LexVerbIng},
		{"cats", LexPlural},
		{"tactile", LexAdj},
		{"capped", LexVerbEd},
		{"caps", LexPlural | LexVerbS},
		{"boxes", LexPlural | LexVerbS},
		{"liked", LexVerbEd},
		{"happier", LexAdjEr},
		{"liking", LexVerbIng},
		{"larger", LexAdjEr},
		{"largest", LexAdjEr},
		{"women", LexPlural},
		{"Soon", LexAdv},
		{"s", 0},
		{"zorblax", 0},
	}
	var buf []byte
	for _, tt := range tests {
		n := AppendNorm(nil, tt.word)
		if got := lex.classes(n, &buf); got != tt.want {
			t.Errorf("classes(%q) = %#x, want %#x", tt.word, got, tt.want)
		}
	}
	if got := lexTable(nil).classes([]byte("cats"), &buf); got != 0 {
		t.Errorf("no lexicon: classes(cats) = %#x, want 0", got)
	}
}

// TestLexiconRoundTrip trains a small tagger with a lexicon, writes and
// reads it, and checks that the read one finds the same classes and tags
// the same: the lexicon lies after the weights in the file.
func TestLexiconRoundTrip(t *testing.T) {
	mk := func(words ...string) conllu.Sentence {
		var s conllu.Sentence
		for i := 0; i+1 < len(words); i += 2 {
			w := conllu.Word{ID: len(s.Words) + 1, Form: words[i], XPOS: words[i+1], Lemma: strings.ToLower(words[i])}
			w.UPOS = map[string]string{"DT": "DET", "NN": "NOUN", "NNS": "NOUN", "VBD": "VERB", "VBZ": "VERB", ".": "PUNCT", "JJ": "ADJ"}[w.XPOS]
			s.Words = append(s.Words, w)
		}
		return s
	}
	sents := []conllu.Sentence{
		mk("The", "DT", "cat", "NN", "slept", "VBD", ".", "."),
		mk("The", "DT", "dog", "NN", "barked", "VBD", ".", "."),
		mk("The", "DT", "old", "JJ", "dog", "NN", "sleeps", "VBZ", ".", "."),
	}
	lex := map[string]uint16{"preoccupy": LexVerb, "tactile": LexAdj, "walrus": LexNoun}
	tg, err := Train(sents, TrainOptions{Iterations: 3, Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	read, err := Read(&buf)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	var scratch []byte
	for _, w := range []string{"preoccupies", "tactile", "walruses"} {
		n := AppendNorm(nil, w)
		if got, want := read.lex.classes(n, &scratch), tg.lex.classes(n, &scratch); got != want || got == 0 {
			t.Errorf("classes(%q) after reading = %#x, before %#x", w, got, want)
		}
	}
	s1, s2 := sentence("The", "walrus", "preoccupies", "."), sentence("The", "walrus", "preoccupies", ".")
	tg.Tag(s1)
	read.Tag(s2)
	for i := range s1.Tokens {
		if s1.Tokens[i] != s2.Tokens[i] {
			t.Errorf("token %d tagged %+v after reading, %+v before", i, s2.Tokens[i], s1.Tokens[i])
		}
	}
}
