// Package conll reads CoNLL-style NER files and scores tag sequences by the
// conventions of the CoNLL-2000 conlleval script: an entity counts as correct
// only when its span and type both match exactly; precision, recall and F1
// are reported per type and overall.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Sentence is one sentence of a CoNLL file: its words and their gold tags.
type Sentence struct {
	Words []string
	Tags  []string
	// Line is the line number of the sentence's first word.
	Line int
}

// Document is a run of sentences between -DOCSTART- markers.
type Document struct {
	Sentences []Sentence
}

// ReadFile reads a CoNLL file; see Read.
func ReadFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	defer f.Close()
	return Read(f, path)
}

// isTag reports whether s looks like an IOB/IOBES/BILOU tag.
func isTag(s string) bool {
	if s == "O" {
		return true
	}
	return len(s) > 2 && s[1] == '-' && strings.ContainsRune("BIESLU", rune(s[0]))
}

func isIndex(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Read reads sentences from r, one token a line with the word in the first
// column and the tag in the last; blank lines end sentences and "-DOCSTART-"
// lines end documents. A file with CoNLL-U comments ("# sent_id", "# text")
// and a token index in the first column, as Universal NER has, takes the word
// from the second column and the tag from the third, and "# newdoc" lines
// end documents. Tags are converted to
// IOB2. name is used in error messages, which read "name:line: msg".
func Read(r io.Reader, name string) ([]Document, error) {
	var (
		docs   = []Document{{}}
		cur    Sentence
		conllu bool
	)
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Tags = ToIOB2(cur.Tags)
			d := &docs[len(docs)-1]
			d.Sentences = append(d.Sentences, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(text, "# ") && len(cur.Words) == 0 && !strings.Contains(text, "\t") {
			if strings.HasPrefix(text, "# sent_id") || strings.HasPrefix(text, "# text") || strings.HasPrefix(text, "# newdoc") {
				conllu = true
			}
			if strings.HasPrefix(text, "# newdoc") && len(docs[len(docs)-1].Sentences) > 0 {
				docs = append(docs, Document{})
			}
			continue
		}
		cols := strings.Fields(text)
		if strings.Contains(text, "\t") {
			cols = strings.Split(text, "\t")
		}
		if cols[0] == "-DOCSTART-" {
			flush()
			if len(docs[len(docs)-1].Sentences) > 0 {
				docs = append(docs, Document{})
			}
			continue
		}
		if len(cols) < 2 {
			return nil, fmt.Errorf("%s:%d: want word and tag columns, got %q", name, line, text)
		}
		wc, tc := 0, len(cols)-1
		if conllu && isIndex(cols[0]) && len(cols) >= 3 {
			wc, tc = 1, 2
		}
		if !isTag(cols[tc]) {
			return nil, fmt.Errorf("%s:%d: not an IOB tag: %q", name, line, cols[tc])
		}
		if len(cur.Words) == 0 {
			cur.Line = line
		}
		cur.Words = append(cur.Words, cols[wc])
		cur.Tags = append(cur.Tags, cols[tc])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	flush()
	if len(docs[len(docs)-1].Sentences) == 0 && len(docs) > 1 {
		docs = docs[:len(docs)-1]
	}
	return docs, nil
}

// split returns the prefix letter and type of a tag ("B-PER" -> 'B', "PER").
func split(tag string) (byte, string) {
	if len(tag) > 2 && tag[1] == '-' {
		return tag[0], tag[2:]
	}
	if tag == "" {
		return 'O', ""
	}
	return 'O', ""
}

// ToIOB2 converts IOB1, IOBES or BILOU tags to IOB2, where every entity starts
// with B-. The entities are the ones Spans reads.
func ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	for i := range tags {
		out[i] = "O"
	}
	for _, s := range Spans(tags) {
		out[s.Start] = "B-" + s.Type
		for j := s.Start + 1; j < s.End; j++ {
			out[j] = "I-" + s.Type
		}
	}
	return out
}

// Span is an entity: tokens [Start, End) of type Type.
type Span struct {
	Type       string
	Start, End int
}

// Spans returns the entities of a tag sequence by the conlleval rules, which
// read IOB1, IOB2, IOBES and BILOU alike: an entity starts at B-/S-/U-, at an
// I-/E-/L- after O or after another type, and ends before a tag that starts a
// new one.
func Spans(tags []string) []Span {
	var spans []Span
	start, typ := -1, ""
	prevTag, prevType := byte('O'), ""
	for i := 0; i <= len(tags); i++ {
		tag, t := byte('O'), ""
		if i < len(tags) {
			tag, t = split(tags[i])
			switch tag {
			case 'L':
				tag = 'E'
			case 'U':
				tag = 'S'
			}
		}
		if start >= 0 && endOfChunk(prevTag, tag, prevType, t) {
			spans = append(spans, Span{Type: typ, Start: start, End: i})
			start = -1
		}
		if startOfChunk(prevTag, tag, prevType, t) {
			start, typ = i, t
		}
		prevTag, prevType = tag, t
	}
	return spans
}

func endOfChunk(prev, tag byte, prevType, typ string) bool {
	switch {
	case prev == 'E' || prev == 'S':
		return true
	case (prev == 'B' || prev == 'I') && (tag == 'B' || tag == 'O' || tag == 'S'):
		return true
	case prev != 'O' && prevType != typ:
		return true
	}
	return false
}

func startOfChunk(prev, tag byte, prevType, typ string) bool {
	switch {
	case tag == 'B' || tag == 'S':
		return true
	case tag == 'O':
		return false
	case prev == 'O' || prev == 'E' || prev == 'S':
		return true
	case prevType != typ:
		return true
	}
	return false
}

// Counts are the entity counts of one type.
type Counts struct {
	Correct, Gold, Predicted int
}

// Precision is Correct/Predicted, 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold, 0 when there is no gold entity.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score accumulates entity counts over sentences.
type Score struct {
	ByType map[string]*Counts
	Total  Counts
	// Only, when non-empty, restricts scoring to these types; entities of
	// other types are ignored on both sides.
	Only map[string]bool
}

// Add scores one sentence: pred against gold tags of the same length.
func (s *Score) Add(gold, pred []string) {
	if s.ByType == nil {
		s.ByType = map[string]*Counts{}
	}
	count := func(t string) *Counts {
		c := s.ByType[t]
		if c == nil {
			c = &Counts{}
			s.ByType[t] = c
		}
		return c
	}
	g, p := s.keep(Spans(gold)), s.keep(Spans(pred))
	in := make(map[Span]bool, len(g))
	for _, sp := range g {
		in[sp] = true
		count(sp.Type).Gold++
		s.Total.Gold++
	}
	for _, sp := range p {
		count(sp.Type).Predicted++
		s.Total.Predicted++
		if in[sp] {
			count(sp.Type).Correct++
			s.Total.Correct++
		}
	}
}

func (s *Score) keep(spans []Span) []Span {
	if len(s.Only) == 0 {
		return spans
	}
	out := spans[:0]
	for _, sp := range spans {
		if s.Only[sp.Type] {
			out = append(out, sp)
		}
	}
	return out
}

// WriteTable writes a per-type table of precision, recall and F1, then the
// overall row, and last the line "F1 X" with four decimals.
func (s *Score) WriteTable(w io.Writer) error {
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "f1", "gold", "pred", "correct")
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-8s %9.4f %9.4f %9.4f %7d %7d %7d\n", name, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Predicted, c.Correct)
	}
	for _, t := range types {
		row(t, *s.ByType[t])
	}
	row("overall", s.Total)
	fmt.Fprintf(&b, "F1 %.4f\n", s.Total.F1())
	_, err := io.WriteString(w, b.String())
	return err
}
