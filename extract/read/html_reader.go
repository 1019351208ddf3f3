package read

import (
	"bufio"
	"context"
	"strings"

	"github.com/kgraph/kgraph/schema"
)

// readHTML reads an HTML page: its title and readable text.
func readHTML(_ context.Context, br *bufio.Reader, s stream, fn func(schema.Document) error) error {
	data, err := readAll(br, s)
	if err != nil {
		return err
	}
	d := schema.Document{ID: s.id, Source: s.src}
	d.Title, d.Text = StripHTML(string(data))
	if strings.TrimSpace(d.Text) == "" {
		return &InputError{Source: s.src, Err: ErrNoText}
	}
	return fn(d)
}
