package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/kgraph/kgraph/extract/ner"
)

// gazetteer collects lowercased phrases (as word lists) by category.
type gazetteer struct {
	m      map[uint64]uint8
	maxLen int
	counts map[uint8]int
}

func (g *gazetteer) add(phrase string, cat uint8) {
	words := strings.Fields(phrase)
	if len(words) == 0 || len(words) > 8 {
		return
	}
	if len(words) == 1 && len([]rune(words[0])) <= 2 {
		return // two-letter codes collide with common words
	}
	for n := 1; n < len(words); n++ {
		if _, ok := g.m[ner.PhraseHash(words[:n])]; !ok {
			g.m[ner.PhraseHash(words[:n])] = 0
		}
	}
	h := ner.PhraseHash(words)
	if g.m[h]&cat == 0 {
		g.counts[cat]++
	}
	g.m[h] |= cat
	g.maxLen = max(g.maxLen, len(words))
}

// tokenizePhrase splits punctuation the way CoNLL text is tokenized.
func tokenizePhrase(s string) string {
	return strings.Join(tokenize(s), " ")
}

func loadMledoze(g *gazetteer, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("countries: %w", err)
	}
	var cs []struct {
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		AltSpellings []string                         `json:"altSpellings"`
		Capital      []string                         `json:"capital"`
		Demonyms     map[string]struct{ F, M string } `json:"demonyms"`
	}
	if err := json.Unmarshal(b, &cs); err != nil {
		return fmt.Errorf("countries %s: %w", path, err)
	}
	for _, c := range cs {
		g.add(tokenizePhrase(c.Name.Common), ner.GazCountry)
		g.add(tokenizePhrase(c.Name.Official), ner.GazCountry)
		for _, a := range c.AltSpellings {
			g.add(tokenizePhrase(a), ner.GazCountry)
		}
		for _, a := range c.Capital {
			g.add(tokenizePhrase(a), ner.GazPlace)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			g.add(tokenizePhrase(d.M), ner.GazDemonym)
			g.add(tokenizePhrase(d.F), ner.GazDemonym)
		}
	}
	return nil
}

var (
	dated    = regexp.MustCompile(`\[[A-Z~]* *[<>]?\d{6}`)
	codeRe   = regexp.MustCompile(`\[~?([A-Z]{3,})`)
	parenRe  = regexp.MustCompile(`\([^)]*\)?`)
	badChars = regexp.MustCompile(`[!{}<>=&]`)
)

// loadPhoenix reads a TABARI actor dictionary. Entries with dated roles are
// people; in the countries file, entries coded with a bare country code are
// places; the rest are organizations.
func loadPhoenix(g *gazetteer, path string, countries bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("phoenix: %w", err)
	}
	defer f.Close()
	type entry struct {
		phrases []string
		codes   string
	}
	var es []*entry
	var cur *entry
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "["):
			if cur != nil {
				cur.codes += " " + trimmed
			}
			continue
		case strings.HasPrefix(line, "+"):
			if cur != nil {
				p, rest, _ := strings.Cut(line[1:], "[")
				cur.phrases = append(cur.phrases, strings.TrimSpace(p))
				if rest != "" {
					cur.codes += " [" + rest
				}
			}
			continue
		}
		p, rest, _ := strings.Cut(trimmed, "[")
		cur = &entry{phrases: []string{strings.TrimSpace(p)}}
		if rest != "" {
			cur.codes = "[" + rest
		}
		es = append(es, cur)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("phoenix %s: %w", path, err)
	}
	for _, e := range es {
		var cat uint8 = ner.GazOrg
		switch {
		case dated.MatchString(e.codes):
			cat = ner.GazPerson
		case countries:
			if m := codeRe.FindStringSubmatch(e.codes); m != nil && len(m[1]) == 3 {
				cat = ner.GazPlace
			}
		}
		for _, p := range e.phrases {
			if badChars.MatchString(p) {
				continue
			}
			p = parenRe.ReplaceAllString(p, " ")
			p = strings.ReplaceAll(p, "_", " ")
			g.add(tokenizePhrase(p), cat)
		}
	}
	return nil
}
