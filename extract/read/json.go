package read

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kgraph/kgraph/schema"
)

// article is one JSON article. ID may be a string or a number; Body is
// accepted for Text (as in the Reuters corpus).
type article struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	Author    string          `json:"author"`
	Text      string          `json:"text"`
	Body      string          `json:"body"`
}

// readJSON reads JSON articles: one a line (JSON Lines), a JSON array of
// them, or objects spread over lines (a pretty-printed article). JSON Lines
// are read line by line, so that a bad line is reported with its number and
// the good lines around it are still read.
func readJSON(ctx context.Context, br *bufio.Reader, s stream, fn func(schema.Document) error) error {
	first, err := firstByte(br)
	if err != nil {
		return &InputError{Source: s.src, Err: ErrEmpty}
	}
	if first == '[' {
		return readJSONValues(ctx, br, s, true, fn)
	}
	if line := peekLine(br); !json.Valid(line) && incomplete(line) {
		// The first object spans lines (a pretty-printed article).
		return readJSONValues(ctx, br, s, false, fn)
	}
	return eachLine(ctx, br, s, func(line []byte, n int) error {
		if len(bytes.TrimSpace(line)) == 0 {
			return nil
		}
		d, err := jsonDoc(line, s, n, 0)
		if err != nil {
			return err
		}
		return fn(d)
	})
}

// peekLine returns the first line of br without consuming it (as much of it
// as the buffer holds).
func peekLine(br *bufio.Reader) []byte {
	b, _ := br.Peek(br.Size())
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i]
	}
	return bytes.TrimSpace(b)
}

// incomplete reports whether line is the start of a JSON object that goes
// on over the next lines ("{", or `{"id": 1,`).
func incomplete(line []byte) bool {
	var v any
	err := json.Unmarshal(line, &v)
	var se *json.SyntaxError
	return err != nil && (errors.As(err, &se) && se.Offset >= int64(len(bytes.TrimRight(line, " \t"))) ||
		err.Error() == "unexpected end of JSON input")
}

// firstByte returns the first byte of br that is not white space or a byte
// order mark, without consuming it.
func firstByte(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.Peek(1)
		if err != nil {
			return 0, err
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			br.ReadByte()
			continue
		case 0xEF:
			if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\uFEFF")) {
				br.Discard(3)
				continue
			}
		}
		return b[0], nil
	}
}

// readJSONValues reads a JSON array of articles (array) or a sequence of
// article objects. Item N (from 1) is reported as "src: item N: ...". A
// syntax error ends the stream: what follows it cannot be found.
func readJSONValues(ctx context.Context, r io.Reader, s stream, array bool, fn func(schema.Document) error) error {
	dec := json.NewDecoder(r)
	if array {
		if _, err := dec.Token(); err != nil {
			return &InputError{Source: s.src, Err: fmt.Errorf("malformed JSON: %w", err)}
		}
	}
	var errs []error
	n := 0
	for dec.More() {
		if err := ctx.Err(); err != nil {
			return err
		}
		n++
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return errors.Join(append(errs, &InputError{Source: s.src, Err: fmt.Errorf("item %d: malformed JSON: %w", n, err)})...)
		}
		if int64(len(raw)) > s.max {
			errs = append(errs, &InputError{Source: s.src, Err: fmt.Errorf("item %d: %w", n, tooLarge(int64(len(raw)), s.max))})
			continue
		}
		d, err := jsonDoc(raw, s, 0, n)
		if err == nil {
			err = fn(d)
		}
		var ie *InputError
		if err != nil && !errors.As(err, &ie) {
			return err
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	if n == 0 {
		errs = append(errs, &InputError{Source: s.src, Err: ErrEmpty})
	}
	return errors.Join(errs...)
}

// jsonDoc makes the document of one JSON article: on line (JSON Lines) or
// item (an array or a spread object) of the stream.
func jsonDoc(raw []byte, s stream, line, item int) (schema.Document, error) {
	pos, n := s.src+":"+strconv.Itoa(line), line
	fail := func(err error) (schema.Document, error) {
		if item > 0 {
			err = fmt.Errorf("item %d: %w", item, err)
		}
		return schema.Document{}, &InputError{Source: s.src, Line: line, Err: err}
	}
	if item > 0 {
		pos, n = s.src+"["+strconv.Itoa(item)+"]", item
	}
	if err := checkLine(raw, s.src, line); err != nil {
		var ie *InputError
		errors.As(err, &ie)
		return fail(ie.Err)
	}
	var a article
	if err := json.Unmarshal(raw, &a); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			err = fmt.Errorf("malformed JSON at column %d: %w", se.Offset, err)
		} else {
			err = fmt.Errorf("malformed JSON: %w", err)
		}
		return fail(err)
	}
	text := a.Text
	if text == "" {
		text = a.Body
	}
	if strings.TrimSpace(text) == "" {
		return fail(ErrNoText)
	}
	id := s.id + "-" + strconv.Itoa(n)
	if len(a.ID) > 0 && string(a.ID) != "null" {
		var str string
		if err := json.Unmarshal(a.ID, &str); err == nil {
			if str != "" {
				id = str
			}
		} else {
			id = string(a.ID) // a number
		}
	}
	return schema.Document{ID: id, Title: a.Title, URL: a.URL, Published: a.Published, Author: a.Author, Text: text, Source: pos}, nil
}
