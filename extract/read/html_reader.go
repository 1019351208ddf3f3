package read

import (
	"bufio"
	"context"
	"strings"

	"github.com/kgraph/kgraph/schema"
)

// readHTML reads an HTML page: the article's text and its metadata (see
// ParseHTML). The document's spans point into that text, not into the
// page's markup.
func readHTML(_ context.Context, br *bufio.Reader, s stream, fn func(schema.Document) error) error {
	data, err := readAll(br, s)
	if err != nil {
		return err
	}
	p := ParseHTML(string(data))
	if strings.TrimSpace(p.Text) == "" {
		return &InputError{Source: s.src, Err: ErrNoText}
	}
	return fn(schema.Document{ID: s.id, Source: s.src, Title: p.Title, URL: p.URL, Published: p.Published,
		Author: p.Author, Text: p.Text})
}
