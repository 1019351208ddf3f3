package read

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kgraph/kgraph/schema"
)

// Input is one stream a Plan reads: a file, or stdin.
type Input struct {
	// Path is the file, or "-" for stdin.
	Path string
	// Source names it in messages: the path as given, or "stdin".
	Source string
	// ID is the document ID of a text or HTML input, and the base of the
	// numbered IDs of JSON and lines inputs.
	ID string
	// Format is the resolved format, or Auto when the content decides on
	// reading (stdin).
	Format string
	// Docs is how many documents it holds, or -1 when that is not known
	// before reading it.
	Docs int
}

// Plan is the list of inputs of a run, made before anything is read: the
// files of every argument (directories walked), their document IDs checked
// for collisions, and the number of documents counted cheaply, for progress.
type Plan struct {
	Inputs []Input
	// Docs is the number of documents, or -1 when it is not known (stdin, a
	// JSON array).
	Docs int

	opts Options
	errs []error          // input errors found while planning
	ids  map[string]Input // document IRI -> the input that has it
}

// NewPlan walks the arguments: a file, a directory (walked recursively in
// lexical order, following symbolic links but never into a directory twice,
// taking files whose extension is one of a format's and skipping hidden
// ones) or "-" for stdin. Unreadable arguments are kept as input errors that
// Read returns; two inputs that would get one document ID make NewPlan fail
// with a *DuplicateIDError, before anything is read.
func NewPlan(ctx context.Context, args []string, opts Options) (*Plan, error) {
	if err := CheckFormat(opts.Format); err != nil {
		return nil, err
	}
	p := &Plan{opts: opts, ids: map[string]Input{}}
	w := &walker{plan: p, seenDirs: map[string]bool{}, seenFiles: map[string]bool{}}
	for _, arg := range args {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := w.arg(ctx, arg); err != nil {
			return nil, err
		}
	}
	p.Docs = 0
	for _, in := range p.Inputs {
		if in.Docs < 0 {
			p.Docs = -1
			break
		}
		p.Docs += in.Docs
	}
	return p, nil
}

// add appends an input, checking that its document ID is new in the run.
func (p *Plan) add(in Input) error {
	if in.Format == Text || in.Format == HTML {
		if err := p.claim(in.ID, in); err != nil {
			return err
		}
	}
	p.Inputs = append(p.Inputs, in)
	return nil
}

// claim records that in has document id, or returns a *DuplicateIDError
// naming the input that had it first.
func (p *Plan) claim(id string, in Input) error {
	iri := schema.DocIRI(id)
	if first, ok := p.ids[iri]; ok {
		return &DuplicateIDError{ID: id, First: first.Source, Second: in.Source}
	}
	p.ids[iri] = in
	return nil
}

// Read reads the inputs in order and calls fn with each document. Input
// errors (those found while planning first) are collected and returned
// joined at the end; an error from fn or ctx is returned at once.
func (p *Plan) Read(ctx context.Context, fn func(schema.Document) error) error {
	errs := append([]error(nil), p.errs...)
	for _, in := range p.Inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := p.readInput(ctx, in, fn)
		var ie *InputError
		if err != nil && (!errors.As(err, &ie) || ctx.Err() != nil) {
			return err
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// readInput reads one input. The documents of JSON and lines inputs are
// checked here for IDs another input of the run has.
func (p *Plan) readInput(ctx context.Context, in Input, fn func(schema.Document) error) error {
	r, err := p.open(ctx, in)
	if err != nil {
		return err
	}
	defer r.Close()
	s := stream{src: in.Source, id: in.ID, max: p.opts.maxSize()}
	return readStream(ctx, r, in.Format, s, func(d schema.Document) error {
		if in.Format != Text && in.Format != HTML && d.Source != in.Source {
			if err := p.claim(d.ID, Input{Source: d.Source}); err != nil {
				return &InputError{Source: d.Source, Err: err}
			}
		}
		return fn(d)
	})
}

// walker collects the inputs of the arguments.
type walker struct {
	plan      *Plan
	seenDirs  map[string]bool // real paths of the directories walked
	seenFiles map[string]bool // real paths of the files taken
}

// arg adds the inputs of one argument.
func (w *walker) arg(ctx context.Context, arg string) error {
	if arg == "-" {
		f := w.plan.opts.Format
		if f == "" {
			f = Auto
		}
		return w.plan.add(Input{Path: "-", Source: "stdin", ID: "stdin", Format: f, Docs: -1})
	}
	fi, err := os.Stat(arg)
	if err != nil {
		w.plan.errs = append(w.plan.errs, &InputError{Source: arg, Err: unwrapPath(err)})
		return nil
	}
	if !fi.IsDir() {
		return w.file(arg, baseID(arg), fi)
	}
	before := len(w.plan.Inputs) + len(w.plan.errs)
	if err := w.dir(ctx, arg, dirID(arg)); err != nil {
		return err
	}
	if len(w.plan.Inputs)+len(w.plan.errs) == before {
		w.plan.errs = append(w.plan.errs, &InputError{Source: arg,
			Err: fmt.Errorf("%w (files ending %s)", ErrNoDocuments, readableExts())})
	}
	return nil
}

// dir adds the readable files below the directory path, whose documents
// are named id/NAME.
func (w *walker) dir(ctx context.Context, path, id string) error {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		if w.seenDirs[real] {
			return nil // a link back to a directory already walked: a loop or a second way in
		}
		w.seenDirs[real] = true
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		w.plan.errs = append(w.plan.errs, &InputError{Source: path, Err: unwrapPath(err)})
		return nil
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(path, e.Name())
		fi, err := os.Stat(p) // follows a symbolic link
		if err != nil {
			w.plan.errs = append(w.plan.errs, &InputError{Source: p, Err: unwrapPath(err)})
			continue
		}
		sub := e.Name()
		if id != "" {
			sub = id + "/" + e.Name()
		}
		switch {
		case fi.IsDir():
			if err := w.dir(ctx, p, sub); err != nil {
				return err
			}
		case fi.Mode().IsRegular() && readable(p):
			if err := w.file(p, strings.TrimSuffix(sub, filepath.Ext(sub)), fi); err != nil {
				return err
			}
		}
	}
	return nil
}

// file adds one file, unless it was taken already by another path.
func (w *walker) file(path, id string, fi os.FileInfo) error {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		if w.seenFiles[real] {
			return nil
		}
		w.seenFiles[real] = true
	}
	in := Input{Path: path, Source: path, ID: id, Format: w.plan.opts.Format, Docs: 1}
	if in.Format == "" || in.Format == Auto {
		in.Format = detect(path)
	}
	if fi.Size() > w.plan.opts.maxSize() && in.Format != JSONL && in.Format != Lines {
		w.plan.errs = append(w.plan.errs, &InputError{Source: path, Err: tooLarge(fi.Size(), w.plan.opts.maxSize())})
		return nil
	}
	if in.Format == JSONL || in.Format == Lines {
		in.Docs = countDocs(path, in.Format)
	}
	return w.plan.add(in)
}

// detect picks a file's format by its extension, else by its first bytes.
func detect(path string) string {
	if f, ok := formatByExt(path); ok {
		return f.Name
	}
	f, err := os.Open(path)
	if err != nil {
		return Text // the error is reported when it is read
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return sniff(head[:n])
}

// countDocs counts the documents of a JSON Lines or lines file without
// parsing it: its lines that hold something (for JSON, that start an
// object). A JSON array is -1: not known before reading.
func countDocs(path, format string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	n, first := 0, true
	for {
		line, err := br.ReadSlice('\n')
		for err == bufio.ErrBufferFull {
			// a long line: count it by its start
			_, err = br.ReadSlice('\n')
		}
		t := bytes.TrimSpace(line)
		if first && len(t) > 0 {
			first = false
			if format == JSONL && t[0] == '[' {
				return -1
			}
		}
		if len(t) > 0 && (format == Lines || t[0] == '{') {
			n++
		}
		if err != nil {
			return n
		}
	}
}

// baseID is the document ID of a file argument: its base name without
// extension.
func baseID(path string) string {
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// dirID is the prefix of the IDs of the files in a directory argument: the
// directory's own name ("." names the working directory).
func dirID(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	b := filepath.Base(path)
	if b == string(filepath.Separator) || b == "." {
		return ""
	}
	return b
}
