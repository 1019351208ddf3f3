// Package read turns input files, directories and stdin into
// schema.Document values: plain text, HTML (markup stripped), JSON Lines of
// articles, and "lines" (one pre-tokenized sentence per line, for CaRB).
//
// Bad inputs (a missing, empty or binary file, invalid UTF-8, a malformed
// JSON line) are reported as *InputError values naming the file and line and
// do not stop the good inputs: Paths reads everything it can and returns the
// input errors joined at the end. Errors from the callback or the context
// stop it at once.
package read

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kgraph/kgraph/schema"
)

// Input formats.
const (
	Auto  = "auto"
	Text  = "text"
	HTML  = "html"
	JSONL = "jsonl"
	Lines = "lines"
)

// Formats lists the accepted values of Options.Format.
var Formats = []string{Auto, Text, HTML, JSONL, Lines}

// Errors wrapped in an InputError.
var (
	ErrEmpty       = errors.New("file is empty")
	ErrBinary      = errors.New("binary file (NUL byte)")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrNoText      = errors.New("no text")
	ErrFormat      = errors.New("unknown input format")
)

// InputError is a problem with one input: the file (or "stdin") and, when
// known, the 1-based line.
type InputError struct {
	Source string
	Line   int
	Err    error
}

// Error prints "source:line: msg", or "source: msg" without a line.
func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// Options configure Paths.
type Options struct {
	// Format is auto (by extension: .jsonl/.ndjson JSON Lines, .html/.htm
	// HTML, anything else text), text, html, jsonl or lines. Empty means auto.
	Format string
	// Stdin is read for the argument "-"; nil means os.Stdin.
	Stdin io.Reader
}

// textExts are the extensions read from directories ("" is no extension).
var textExts = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".html": true, ".htm": true,
	".jsonl": true, ".json": true, ".ndjson": true, "": true,
}

// CheckFormat returns an error wrapping ErrFormat unless f is a known format.
func CheckFormat(f string) error {
	if f == "" {
		return nil
	}
	for _, k := range Formats {
		if f == k {
			return nil
		}
	}
	return fmt.Errorf("%w %q (want %s)", ErrFormat, f, strings.Join(Formats, "|"))
}

// Paths reads every argument in order and calls fn with each document.
// An argument is a file, a directory (walked recursively in lexical order,
// taking regular text-like files and skipping hidden ones) or "-" for stdin.
// Input errors are collected and returned joined at the end; an error from
// fn or ctx is returned at once.
func Paths(ctx context.Context, args []string, opts Options, fn func(schema.Document) error) error {
	if err := CheckFormat(opts.Format); err != nil {
		return err
	}
	var inputErrs []error
	// do runs one input; input errors are kept, others end the walk.
	do := func(err error) error {
		var ie *InputError
		if errors.As(err, &ie) && ctx.Err() == nil {
			inputErrs = append(inputErrs, err)
			return nil
		}
		return err
	}
	for _, arg := range args {
		if err := ctx.Err(); err != nil {
			return err
		}
		if arg == "-" {
			in := opts.Stdin
			if in == nil {
				in = os.Stdin
			}
			if err := do(Reader(ctx, in, "stdin", "stdin", format(opts.Format, ""), fn)); err != nil {
				return err
			}
			continue
		}
		fi, err := os.Stat(arg)
		if err != nil {
			inputErrs = append(inputErrs, &InputError{Source: arg, Err: unwrapPath(err)})
			continue
		}
		if !fi.IsDir() {
			if err := do(File(ctx, arg, opts.Format, fn)); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return do(&InputError{Source: path, Err: unwrapPath(err)})
			}
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() || !textExts[strings.ToLower(filepath.Ext(path))] {
				return nil
			}
			return do(File(ctx, path, opts.Format, fn))
		})
		if err != nil {
			return err
		}
	}
	return errors.Join(inputErrs...)
}

// unwrapPath drops the *fs.PathError around err, whose path the InputError
// already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// format resolves auto by the file's extension.
func format(f, path string) string {
	if f != "" && f != Auto {
		return f
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return JSONL
	case ".html", ".htm":
		return HTML
	}
	return Text
}

// File reads one file in format f (auto by extension) and calls fn with its
// documents.
func File(ctx context.Context, path, f string, fn func(schema.Document) error) error {
	file, err := os.Open(path)
	if err != nil {
		return &InputError{Source: path, Err: unwrapPath(err)}
	}
	defer file.Close()
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return Reader(ctx, file, path, id, format(f, path), fn)
}

// Reader reads one stream named src in format f (text, html, jsonl or lines)
// and calls fn with its documents. Documents of text and HTML streams get the
// ID id; JSON Lines without an id and lines get IDs derived from the base
// name of src and the line number.
func Reader(ctx context.Context, r io.Reader, src, id, f string, fn func(schema.Document) error) error {
	base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	switch f {
	case JSONL, Lines:
		return readLines(ctx, r, src, base, f, fn)
	case Text, HTML:
	default:
		return fmt.Errorf("%w %q", ErrFormat, f)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return &InputError{Source: src, Err: fmt.Errorf("read: %w", err)}
	}
	if err := check(data, src); err != nil {
		return err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	d := schema.Document{ID: id, Source: src, Text: string(data)}
	if f == HTML {
		d.Title, d.Text = StripHTML(d.Text)
	}
	if strings.TrimSpace(d.Text) == "" {
		return &InputError{Source: src, Err: ErrNoText}
	}
	return fn(d)
}

// check rejects empty, binary and invalid UTF-8 content, naming the line.
func check(data []byte, src string) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return &InputError{Source: src, Err: ErrEmpty}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &InputError{Source: src, Line: 1 + bytes.Count(data[:i], []byte("\n")), Err: ErrBinary}
	}
	if !utf8.Valid(data) {
		line := 1
		for len(data) > 0 {
			r, w := utf8.DecodeRune(data)
			if r == utf8.RuneError && w == 1 {
				break
			}
			if r == '\n' {
				line++
			}
			data = data[w:]
		}
		return &InputError{Source: src, Line: line, Err: ErrInvalidUTF8}
	}
	return nil
}

// article is one JSON line. ID may be a string or a number; Body is
// accepted for Text (as in the Reuters corpus).
type article struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	Text      string          `json:"text"`
	Body      string          `json:"body"`
}

// readLines reads JSON Lines or one pre-tokenized sentence per line. Bad
// lines are reported together after the good ones have been passed to fn.
func readLines(ctx context.Context, r io.Reader, src, base, f string, fn func(schema.Document) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	var errs []error
	n, docs := 0, 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, rerr := br.ReadBytes('\n')
		if rerr != nil && rerr != io.EOF {
			return errors.Join(append(errs, &InputError{Source: src, Line: n + 1, Err: fmt.Errorf("read: %w", rerr)})...)
		}
		if len(line) == 0 && rerr == io.EOF {
			break
		}
		n++
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(bytes.TrimSpace(line)) > 0 {
			d, err := lineDoc(line, src, base, f, n)
			if err != nil {
				errs = append(errs, err)
			} else {
				docs++
				if err := fn(d); err != nil {
					return err
				}
			}
		}
		if rerr == io.EOF {
			break
		}
	}
	if n == 0 || docs == 0 && len(errs) == 0 {
		errs = append(errs, &InputError{Source: src, Err: ErrEmpty})
	}
	return errors.Join(errs...)
}

// lineDoc makes the document of line n.
func lineDoc(line []byte, src, base, f string, n int) (schema.Document, error) {
	pos := src + ":" + strconv.Itoa(n)
	if bytes.IndexByte(line, 0) >= 0 {
		return schema.Document{}, &InputError{Source: src, Line: n, Err: ErrBinary}
	}
	if !utf8.Valid(line) {
		return schema.Document{}, &InputError{Source: src, Line: n, Err: ErrInvalidUTF8}
	}
	if f == Lines {
		return schema.Document{ID: base + ":" + strconv.Itoa(n), Source: pos, Text: string(line)}, nil
	}
	var a article
	if err := json.Unmarshal(line, &a); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			err = fmt.Errorf("malformed JSON at column %d: %w", se.Offset, err)
		} else {
			err = fmt.Errorf("malformed JSON: %w", err)
		}
		return schema.Document{}, &InputError{Source: src, Line: n, Err: err}
	}
	text := a.Text
	if text == "" {
		text = a.Body
	}
	if strings.TrimSpace(text) == "" {
		return schema.Document{}, &InputError{Source: src, Line: n, Err: ErrNoText}
	}
	id := base + "-" + strconv.Itoa(n)
	if len(a.ID) > 0 && string(a.ID) != "null" {
		var s string
		if err := json.Unmarshal(a.ID, &s); err == nil {
			if s != "" {
				id = s
			}
		} else {
			id = string(a.ID) // a number
		}
	}
	return schema.Document{ID: id, Title: a.Title, URL: a.URL, Published: a.Published, Text: text, Source: pos}, nil
}
