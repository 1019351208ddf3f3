// Package conllu reads CoNLL-U treebanks (Universal Dependencies): sentences
// of syntactic words with their form, lemma, tags, head and relation.
// Multiword-token ranges ("1-2") and empty nodes ("1.1") are skipped.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/kgraph/kgraph/extract/doc"
)

// Word is one syntactic word of a sentence.
type Word struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Head   int // ID of the head word, 0 for the root, -1 when unknown ("_")
	Deprel string
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	// ID is the sent_id comment, Text the text comment, if present.
	ID, Text string
	// Line is the line number of the sentence's first word.
	Line  int
	Words []Word
}

// ParseError is an error in a CoNLL-U file, with its position.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Reader reads sentences one by one.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
}

// NewReader returns a Reader over r; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc, name: name}
}

func (r *Reader) errorf(format string, a ...any) error {
	return &ParseError{File: r.name, Line: r.line, Err: fmt.Errorf(format, a...)}
}

// Read returns the next sentence, or io.EOF after the last one.
// Errors are *ParseError values naming the file and line.
func (r *Reader) Read() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s != nil && len(s.Words) > 0 {
				return s, r.check(s)
			}
			s = nil
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if strings.HasPrefix(line, "#") {
			k, v, ok := strings.Cut(strings.TrimSpace(line[1:]), "=")
			if ok {
				switch strings.TrimSpace(k) {
				case "sent_id":
					s.ID = strings.TrimSpace(v)
				case "text":
					s.Text = strings.TrimSpace(v)
				}
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, r.errorf("want 10 tab-separated fields, have %d", len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue // multiword token range or empty node
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id < 1 {
			return nil, r.errorf("bad word id %q", f[0])
		}
		if id != len(s.Words)+1 {
			return nil, r.errorf("word id %d out of sequence, want %d", id, len(s.Words)+1)
		}
		head := -1
		if f[6] != "_" {
			head, err = strconv.Atoi(f[6])
			if err != nil || head < 0 {
				return nil, r.errorf("bad head %q", f[6])
			}
		}
		if len(s.Words) == 0 {
			s.Line = r.line
		}
		s.Words = append(s.Words, Word{ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head, Deprel: f[7]})
	}
	if err := r.sc.Err(); err != nil {
		return nil, &ParseError{File: r.name, Line: r.line + 1, Err: fmt.Errorf("read: %w", err)}
	}
	if s != nil && len(s.Words) > 0 {
		return s, r.check(s)
	}
	return nil, io.EOF
}

// check validates heads once a sentence is complete.
func (r *Reader) check(s *Sentence) error {
	for i, w := range s.Words {
		if w.Head > len(s.Words) {
			return &ParseError{File: r.name, Line: s.Line + i, Err: fmt.Errorf("head %d beyond sentence of %d words", w.Head, len(s.Words))}
		}
	}
	return nil
}

// ReadAll reads every sentence from r.
func ReadAll(r io.Reader, name string) ([]Sentence, error) {
	cr := NewReader(r, name)
	var out []Sentence
	for {
		s, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, *s)
	}
}

// ReadFile reads every sentence of a CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open treebank: %w", err)
	}
	defer f.Close()
	return ReadAll(f, path)
}

// Doc converts the sentence to a doc.Sentence with the gold annotation:
// Text is the form, heads become 0-based token indices (-1 for the root).
func (s *Sentence) Doc() doc.Sentence {
	ds := doc.Sentence{Tokens: make([]doc.Token, len(s.Words))}
	for i, w := range s.Words {
		ds.Tokens[i] = doc.Token{Text: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma, Head: max(w.Head-1, -1), Dep: w.Deprel}
	}
	return ds
}
