package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/kgraph/kgraph/schema"

	"github.com/kgraph/kgraph/extract/read"
)

// parseDate checks a YYYY-MM-DD date.
func parseDate(s string) (time.Time, error) { return time.Parse(time.DateOnly, s) }

// plural writes a count with its noun, in the plural unless the count is
// one: "1 document", "2 documents".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// isInputErr reports whether err is only about unreadable inputs, after
// which the good inputs have still been processed.
func isInputErr(err error) bool {
	var ie *read.InputError
	return errors.As(err, &ie)
}

// readArticle reads one article with the same checks as every other input
// (missing, empty, binary, invalid UTF-8).
func readArticle(ctx context.Context, path string) (schema.Document, error) {
	var d schema.Document
	n := 0
	err := read.File(ctx, path, read.Auto, func(doc schema.Document) error {
		if n == 0 {
			d = doc
		}
		n++
		return nil
	})
	if err != nil {
		return d, err
	}
	if n == 0 {
		return d, fmt.Errorf("%s: no document", path)
	}
	return d, nil
}
