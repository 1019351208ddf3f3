// Package read turns input files, directories and stdin into
// schema.Document values. The input formats are one registry (format.go):
// plain text, HTML (the article's text and metadata), JSON (JSON Lines of
// articles, an array of them, or one), and "lines" (one pre-tokenized
// sentence per line, for CaRB). In auto mode a file's extension picks the
// format, or else its content does.
//
// Document identity: a file given as an argument is the document named by
// its base name without extension ("news/a.txt" -> "a"); a file found in a
// directory argument is named by its path below the argument's parent
// ("politics/" holding 001.txt -> "politics/001"), so that two directories
// with the same file names give different documents, and the same directory
// gives the same IDs from any working directory. A JSON article's "id"
// names it; without one it is FILE-N (its line or item number). Two inputs
// of one run that would get one ID are an error naming both.
//
// Bad inputs (a missing, empty, binary or too large file, invalid UTF-8, a
// malformed JSON line, a directory with nothing readable) are reported as
// *InputError values naming the file and line and do not stop the good
// inputs: Plan.Read reads everything it can and returns the input errors
// joined at the end. Errors from the callback or the context stop it at
// once.
package read

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"unicode/utf8"

	"github.com/kgraph/kgraph/schema"
)

// Errors wrapped in an InputError.
var (
	ErrEmpty       = errors.New("file is empty")
	ErrBinary      = errors.New("binary file (NUL byte)")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrNoText      = errors.New("no text")
	ErrFormat      = errors.New("unknown input format")
	ErrTooLarge    = errors.New("document too large")
	ErrNoDocuments = errors.New("no readable document")
)

// DefaultMaxSize is the largest document read unless Options.MaxSize says
// otherwise: 10 MB, far above any news article.
const DefaultMaxSize = 10 << 20

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

// DuplicateIDError says that two inputs of one run would get one document
// ID, so that the second would replace the first in the store.
type DuplicateIDError struct {
	ID            string
	First, Second string
}

func (e *DuplicateIDError) Error() string {
	return fmt.Sprintf("%s and %s would both be document %q (a file in a directory argument is named by its path "+
		"below the argument's parent: give one directory another name, or the articles their own \"id\")",
		e.First, e.Second, e.ID)
}

// tooLarge is the error for a document of size bytes over the limit.
func tooLarge(size, limit int64) error {
	return fmt.Errorf("%w: %s, over the limit of %s per document (raise it with --max-doc-size)",
		ErrTooLarge, megabytes(size), megabytes(limit))
}

func megabytes(n int64) string {
	if n < 1<<20 {
		return strconv.FormatInt(n, 10) + " bytes"
	}
	return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
}

// Options configure a Plan.
type Options struct {
	// Format is auto (by extension, else by content), or one of the
	// registry's formats (text, html, jsonl, lines). Empty means auto.
	Format string
	// Stdin is read for the argument "-"; nil means os.Stdin.
	Stdin io.Reader
	// MaxSize is the largest document read, in bytes; 0 means
	// DefaultMaxSize. A larger one is an input error naming it.
	MaxSize int64
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// stream is what a format's reader knows of the stream it reads.
type stream struct {
	src string // its name in messages: a path or "stdin"
	id  string // the document ID, or the base of numbered IDs
	max int64  // the largest document
}

// Paths reads every argument in order and calls fn with each document: it
// is NewPlan followed by Plan.Read.
func Paths(ctx context.Context, args []string, opts Options, fn func(schema.Document) error) error {
	p, err := NewPlan(ctx, args, opts)
	if err != nil {
		return err
	}
	return p.Read(ctx, fn)
}

// File reads one file in format f (auto by extension, else by content) and
// calls fn with its documents, named as a file argument is.
func File(ctx context.Context, path, f string, fn func(schema.Document) error) error {
	return Paths(ctx, []string{path}, Options{Format: f}, fn)
}

// Reader reads one stream named src in format f (auto: by content) and
// calls fn with its documents. Documents of text and HTML streams get the
// ID id; JSON articles without an id and lines get id-N and id:N.
func Reader(ctx context.Context, r io.Reader, src, id, f string, fn func(schema.Document) error) error {
	return readStream(ctx, r, f, stream{src: src, id: id, max: DefaultMaxSize}, fn)
}

// readStream reads one stream in format f, sniffing its content when f is
// auto.
func readStream(ctx context.Context, r io.Reader, f string, s stream, fn func(schema.Document) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	if f == "" || f == Auto {
		head, err := br.Peek(512)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return &InputError{Source: s.src, Err: fmt.Errorf("read: %w", err)}
		}
		f = sniff(head)
	}
	format, ok := formatByName(f)
	if !ok {
		return fmt.Errorf("%w %q", ErrFormat, f)
	}
	return format.read(ctx, br, s, fn)
}

// readAll reads a whole stream that holds one document, refusing one over
// the size limit, and checks its bytes.
func readAll(r io.Reader, s stream) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, s.max+1))
	if err != nil {
		return nil, &InputError{Source: s.src, Err: fmt.Errorf("read: %w", err)}
	}
	if int64(len(data)) > s.max {
		n, _ := io.Copy(io.Discard, r)
		return nil, &InputError{Source: s.src, Err: tooLarge(int64(len(data))+n, s.max)}
	}
	if err := check(data, s.src); err != nil {
		return nil, err
	}
	return bytes.TrimPrefix(data, []byte("\uFEFF")), nil
}

// readText reads a plain-text article.
func readText(_ context.Context, br *bufio.Reader, s stream, fn func(schema.Document) error) error {
	data, err := readAll(br, s)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return &InputError{Source: s.src, Err: ErrNoText}
	}
	return fn(schema.Document{ID: s.id, Source: s.src, Text: string(data)})
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

// eachLine calls fn with every line of br (without its line end) and its
// 1-based number. A line longer than max is reported, not read into memory.
// Errors of fn that are input errors are collected and returned joined at
// the end; others stop at once.
func eachLine(ctx context.Context, br *bufio.Reader, s stream, fn func(line []byte, n int) error) error {
	var errs []error
	var buf []byte
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		buf = buf[:0]
		long := false
		var rerr error
		for {
			chunk, err := br.ReadSlice('\n')
			if !long {
				buf = append(buf, chunk...)
				if int64(len(buf)) > s.max {
					long, buf = true, buf[:0]
				}
			}
			if err != bufio.ErrBufferFull {
				rerr = err
				break
			}
		}
		if rerr != nil && rerr != io.EOF {
			return errors.Join(append(errs, &InputError{Source: s.src, Line: n + 1, Err: fmt.Errorf("read: %w", rerr)})...)
		}
		if len(buf) == 0 && !long && rerr == io.EOF {
			break
		}
		n++
		if long {
			errs = append(errs, &InputError{Source: s.src, Line: n, Err: tooLarge(s.max+1, s.max)})
		} else {
			line := bytes.TrimRight(buf, "\r\n")
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\uFEFF"))
			}
			if err := fn(line, n); err != nil {
				var ie *InputError
				if !errors.As(err, &ie) {
					return err
				}
				errs = append(errs, err)
			}
		}
		if rerr == io.EOF {
			break
		}
	}
	if n == 0 {
		errs = append(errs, &InputError{Source: s.src, Err: ErrEmpty})
	}
	return errors.Join(errs...)
}

// readLines reads one pre-tokenized sentence per line: documents ID:N.
func readLines(ctx context.Context, br *bufio.Reader, s stream, fn func(schema.Document) error) error {
	docs := 0
	err := eachLine(ctx, br, s, func(line []byte, n int) error {
		if len(bytes.TrimSpace(line)) == 0 {
			return nil
		}
		if err := checkLine(line, s.src, n); err != nil {
			return err
		}
		docs++
		return fn(schema.Document{ID: s.id + ":" + strconv.Itoa(n), Source: s.src + ":" + strconv.Itoa(n), Text: string(line)})
	})
	if err == nil && docs == 0 {
		return &InputError{Source: s.src, Err: ErrEmpty}
	}
	return err
}

// checkLine rejects a line with a NUL byte or invalid UTF-8.
func checkLine(line []byte, src string, n int) error {
	if bytes.IndexByte(line, 0) >= 0 {
		return &InputError{Source: src, Line: n, Err: ErrBinary}
	}
	if !utf8.Valid(line) {
		return &InputError{Source: src, Line: n, Err: ErrInvalidUTF8}
	}
	return nil
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

// open opens a file argument or "-" (stdin). Stdin is read so that a
// cancelled ctx ends a read that waits for input.
func (p *Plan) open(ctx context.Context, in Input) (io.ReadCloser, error) {
	if in.Path == "-" {
		r := p.opts.Stdin
		if r == nil {
			r = os.Stdin
		}
		return io.NopCloser(&ctxReader{ctx: ctx, r: r}), nil
	}
	f, err := os.Open(in.Path)
	if err != nil {
		return nil, &InputError{Source: in.Source, Err: unwrapPath(err)}
	}
	return f, nil
}

// ctxReader reads r until ctx is done: a read that waits (on a terminal or
// a pipe) returns ctx's error when ctx is cancelled. The read it abandons
// goes on in the background into a buffer of its own.
type ctxReader struct {
	ctx     context.Context
	r       io.Reader
	pending chan readResult // a read under way, or nil
}

type readResult struct {
	b   []byte
	err error
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	if c.pending == nil {
		ch := make(chan readResult, 1)
		buf := make([]byte, len(p))
		go func() {
			n, err := c.r.Read(buf)
			ch <- readResult{buf[:n], err}
		}()
		c.pending = ch
	}
	select {
	case <-c.ctx.Done():
		return 0, c.ctx.Err()
	case res := <-c.pending:
		c.pending = nil
		n := copy(p, res.b)
		if n < len(res.b) {
			// p is smaller than the buffer read into: keep the rest.
			rest := readResult{res.b[n:], res.err}
			c.pending = make(chan readResult, 1)
			c.pending <- rest
			return n, nil
		}
		return n, res.err
	}
}
