// Package wordnet reads the lexical classes of English words from
// WordNet's dictionary files for the tagger's trainers (extract/tag's
// TrainOptions.Lexicon).
package wordnet

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kgraph/kgraph/extract/tag"
)

// Read reads the lemmas of WordNet's index files (index.noun,
// index.verb, index.adj, index.adv) and the irregular forms of its
// exception lists (noun.exc, verb.exc, adj.exc) in dir, as Debian's
// wordnet-base installs them in /usr/share/wordnet. Multi-word lemmas are
// left out.
func Read(dir string) (map[string]uint16, error) {
	forms := map[string]uint16{}
	for _, f := range []struct {
		file  string
		class func(form string) uint16
	}{
		{"index.noun", func(string) uint16 { return tag.LexNoun }},
		{"index.verb", func(string) uint16 { return tag.LexVerb }},
		{"index.adj", func(string) uint16 { return tag.LexAdj }},
		{"index.adv", func(string) uint16 { return tag.LexAdv }},
		{"noun.exc", func(string) uint16 { return tag.LexPlural }},
		{"verb.exc", func(form string) uint16 {
			switch {
			case strings.HasSuffix(form, "ing"):
				return tag.LexVerbIng
			case strings.HasSuffix(form, "s"):
				return tag.LexVerbS
			}
			return tag.LexVerbEd
		}},
		{"adj.exc", func(string) uint16 { return tag.LexAdjEr }},
	} {
		if err := readFile(filepath.Join(dir, f.file), forms, f.class); err != nil {
			return nil, err
		}
	}
	return forms, nil
}

// readFile adds the first word of each line of file, whose lines
// that start with a space are its licence.
func readFile(file string, forms map[string]uint16, class func(string) uint16) error {
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("wordnet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" || s[0] == ' ' {
			continue
		}
		w, _, _ := strings.Cut(s, " ")
		if strings.Contains(w, "_") {
			continue
		}
		forms[w] |= class(w)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("wordnet: %s: %w", file, err)
	}
	return nil
}
