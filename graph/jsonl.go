package graph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/kgraph/kgraph/schema"
)

// kgraph's JSON Lines: for each document, a document line, then its
// statements, one schema.Statement per line:
//
//	{"document":{"id":"paris-talks","title":"...","hash":"..."},"entities":[{"id":"kg:Sergey_Lavrov",...}]}
//	{"id":"3f2a...","subject":{...},"predicate":"propose",...,"doc":"paris-talks",...}
//
// The document line carries what the statements do not: the document's
// title, URL, date and content hash, and the entities it mentions with
// their aliases. Tools that want statements only skip the lines that have
// a "document" key. kgraph load also reads statements without document
// lines (a document then has the hash of its statements).

// DocRecord is the document line of kgraph's JSON Lines.
type DocRecord struct {
	Document DocHeader       `json:"document"`
	Entities []schema.Entity `json:"entities,omitempty"`
}

// DocHeader describes a document in a DocRecord.
type DocHeader struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Author    string `json:"author,omitempty"`
	// Hash is the content hash (schema.Document.Hash of the text).
	Hash string `json:"hash"`
}

// jsonlWriter writes kgraph's JSON Lines.
type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func newJSONLWriter(w io.Writer) *jsonlWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{bw: bw, enc: enc}
}

// write writes one document: its line, then its statements.
func (j *jsonlWriter) write(rec *DocRecord, sts []schema.Statement) error {
	if err := j.enc.Encode(rec); err != nil {
		return err
	}
	for i := range sts {
		if err := j.enc.Encode(&sts[i]); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSONL writes one extraction as kgraph's JSON Lines: a document line
// with its entities, then its statements. kgraph load of the output builds
// the same graph as kgraph build of the same input.
func WriteJSONL(w io.Writer, ex schema.Extraction) error {
	d := &ex.Document
	rec := DocRecord{
		Document: DocHeader{ID: d.ID, Title: d.Title, URL: d.URL, Published: d.Published, Author: d.Author, Hash: d.Hash()},
		Entities: ex.Entities,
	}
	j := newJSONLWriter(w)
	if err := j.write(&rec, ex.Statements); err != nil {
		return err
	}
	return j.bw.Flush()
}

// jsonlLine is one decoded line: a document line or a statement.
type jsonlLine struct {
	rec *DocRecord
	st  *schema.Statement
}

// docKey is the key that only document lines have, as JSON writes it.
// A statement may hold the same string as a value ("name":"document"), so
// that a line that holds it elsewhere than first is looked at closely (see
// isDocLine).
var docKey = []byte(`"document"`)

// isDocLine reports whether a line is a document line: a JSON object with
// the key "document".
func isDocLine(line []byte) bool {
	if bytes.HasPrefix(line, []byte(`{"document":`)) {
		return true // as kgraph writes it
	}
	if !bytes.Contains(line, docKey) {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return false
		}
		if key == "document" {
			return true
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return false
		}
	}
	return false
}

// parseJSONLLine decodes and validates one line; blank lines give neither.
func parseJSONLLine(line []byte, name string, n int) (jsonlLine, error) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return jsonlLine{}, nil
	}
	fail := func(err error) (jsonlLine, error) {
		return jsonlLine{}, &ParseError{File: name, Line: n, Err: err}
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	var out jsonlLine
	var err error
	if isDocLine(line) {
		out.rec = new(DocRecord)
		if err = dec.Decode(out.rec); err != nil {
			return fail(fmt.Errorf("invalid document line: %w", err))
		}
		err = checkRecord(out.rec)
	} else {
		out.st = new(schema.Statement)
		if err = dec.Decode(out.st); err != nil {
			return fail(fmt.Errorf("invalid statement: %w", err))
		}
		err = checkStatement(out.st, "")
	}
	if err != nil {
		return fail(err)
	}
	if dec.More() {
		return fail(fmt.Errorf("more than one JSON value on the line"))
	}
	return out, nil
}

// checkRecord validates a document line.
func checkRecord(r *DocRecord) error {
	if r.Document.ID == "" {
		return fmt.Errorf("document without id")
	}
	if r.Document.Hash == "" {
		return fmt.Errorf("document %s without hash", r.Document.ID)
	}
	for i := range r.Entities {
		if err := checkEntity(&r.Entities[i]); err != nil {
			return fmt.Errorf("document %s: %w", r.Document.ID, err)
		}
	}
	return nil
}

// doc is the document ID a line belongs to.
func (l jsonlLine) doc() string {
	if l.rec != nil {
		return l.rec.Document.ID
	}
	return l.st.Doc
}

// jsonlDoc gathers the lines of one document.
type jsonlDoc struct {
	ex     schema.Extraction
	hash   string
	source string
}

// add adds a line of the document.
func (d *jsonlDoc) add(l jsonlLine) {
	if l.rec != nil {
		h := l.rec.Document
		d.ex.Document.Title, d.ex.Document.URL, d.ex.Document.Published = h.Title, h.URL, h.Published
		d.ex.Document.Author = h.Author
		d.ex.Entities = append(d.ex.Entities, l.rec.Entities...)
		d.hash = h.Hash
		return
	}
	d.ex.Statements = append(d.ex.Statements, *l.st)
}

// build turns the document into quads.
func (d *jsonlDoc) build() (docQuads, error) {
	hash := d.hash
	if hash == "" {
		hash = statementsHash(d.ex.Statements)
	}
	dq, err := buildDoc(&d.ex, hash)
	if err != nil {
		return docQuads{}, fmt.Errorf("%s: %w", d.source, err)
	}
	return dq, nil
}

// checkJSONL validates JSON Lines, each document completely, and plans how
// to write them: a document at a time when each document's lines are
// together, else all at once.
func checkJSONL(r *bufio.Reader, name string) (docReader, error) {
	grouped := true
	done := make(map[string]bool)
	var cur *jsonlDoc
	finish := func() error {
		if cur == nil {
			return nil
		}
		done[cur.ex.Document.ID] = true
		_, err := cur.build()
		cur = nil
		return err
	}
	err := eachLine(r, name, func(n int, line []byte) error {
		l, err := parseJSONLLine(line, name, n)
		if err != nil || (l.rec == nil && l.st == nil) {
			return err
		}
		if cur != nil && cur.ex.Document.ID == l.doc() {
			if l.rec != nil {
				grouped = false // its document line after its statements
			}
			cur.add(l)
			return nil
		}
		if err := finish(); err != nil {
			return err
		}
		if done[l.doc()] {
			grouped = false
		}
		cur = &jsonlDoc{ex: schema.Extraction{Document: schema.Document{ID: l.doc()}}, source: fmt.Sprintf("%s:%d", name, n)}
		cur.add(l)
		return nil
	})
	if err == nil {
		err = finish()
	}
	if err != nil {
		return nil, err
	}
	if grouped {
		return streamJSONL, nil
	}
	return groupJSONL, nil
}

// streamJSONL writes JSON Lines whose documents' lines are together, a
// document at a time.
func streamJSONL(r *bufio.Reader, name string, yield func(docQuads) error) error {
	var cur *jsonlDoc
	finish := func() error {
		if cur == nil {
			return nil
		}
		d, err := cur.build()
		cur = nil
		if err != nil {
			return err
		}
		return yield(d)
	}
	err := eachLine(r, name, func(n int, line []byte) error {
		l, err := parseJSONLLine(line, name, n)
		if err != nil || (l.rec == nil && l.st == nil) {
			return err
		}
		if cur == nil || cur.ex.Document.ID != l.doc() {
			if err := finish(); err != nil {
				return err
			}
			cur = &jsonlDoc{ex: schema.Extraction{Document: schema.Document{ID: l.doc()}}, source: fmt.Sprintf("%s:%d", name, n)}
		}
		cur.add(l)
		return nil
	})
	if err != nil {
		return err
	}
	return finish()
}

// groupJSONL writes JSON Lines whose documents' lines are spread out: it
// reads them all, groups them by document and writes them in the order
// the documents first appear.
func groupJSONL(r *bufio.Reader, name string, yield func(docQuads) error) error {
	byDoc := make(map[string]*jsonlDoc)
	var order []*jsonlDoc
	err := eachLine(r, name, func(n int, line []byte) error {
		l, err := parseJSONLLine(line, name, n)
		if err != nil || (l.rec == nil && l.st == nil) {
			return err
		}
		d := byDoc[l.doc()]
		if d == nil {
			d = &jsonlDoc{ex: schema.Extraction{Document: schema.Document{ID: l.doc()}}, source: fmt.Sprintf("%s:%d", name, n)}
			byDoc[l.doc()] = d
			order = append(order, d)
		}
		d.add(l)
		return nil
	})
	if err != nil {
		return err
	}
	for i, d := range order {
		dq, err := d.build()
		order[i] = nil
		if err != nil {
			return err
		}
		if err := yield(dq); err != nil {
			return err
		}
	}
	return nil
}
