package graph

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kgraph/schema"
)

// ParseError is an error in an input file at a line and, when known, a
// column (in bytes, from 1). It prints as "file:line:column: message".
type ParseError struct {
	File         string
	Line, Column int
	Err          error
}

func (e *ParseError) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// syntaxError is an N-Quads syntax error at a byte offset of its line.
type syntaxError struct {
	off int
	msg string
}

func (e *syntaxError) Error() string { return e.msg }

// parseNQuad parses one line of N-Quads strictly, as RDF 1.1 N-Quads
// defines it: a subject IRI or blank node, a predicate IRI, an object IRI,
// blank node or literal, an optional graph label IRI or blank node, and a
// final dot; a comment may follow. IRIs must be absolute and may not hold
// spaces, control characters or any of <>"{}|^`\ unescaped. IRIs in
// schema.Namespaces are read back to the store's short form
// (<https://kgraph.dev/ns/X> is <kg:X>) and typed literals of known types
// to Cayley's native values, as Cayley's own reader does. blank reports a
// line that holds no quad (empty or a comment).
func parseNQuad(line []byte) (q quad.Quad, blank bool, err error) {
	return parseNQuadWith(line, nil)
}

// parseNQuadWith is parseNQuad with a cache of the terms read so far (nil
// for none).
func parseNQuadWith(line []byte, c *termCache) (q quad.Quad, blank bool, err error) {
	p := nqParser{b: line, cache: c}
	return p.parse()
}

// parse parses the line.
func (p *nqParser) parse() (q quad.Quad, blank bool, err error) {
	p.space()
	if p.eof() || p.b[p.i] == '#' {
		return q, true, nil
	}
	if q.Subject, err = p.node("subject"); err != nil {
		return q, false, err
	}
	p.space()
	if q.Predicate, err = p.iriTerm("predicate"); err != nil {
		return q, false, err
	}
	p.space()
	if q.Object, err = p.object(); err != nil {
		return q, false, err
	}
	p.space()
	if !p.eof() && p.b[p.i] != '.' {
		if q.Label, err = p.node("graph label"); err != nil {
			return q, false, err
		}
		p.space()
	}
	if p.eof() || p.b[p.i] != '.' {
		return q, false, p.errorf("missing the final dot")
	}
	p.i++
	p.space()
	if !p.eof() && p.b[p.i] != '#' {
		return q, false, p.errorf("unexpected %q after the final dot", p.rest())
	}
	return q, false, nil
}

// nqParser reads the terms of one N-Quads line.
type nqParser struct {
	b     []byte
	i     int
	cache *termCache
	// slow turns off the fast paths for terms without escapes (for the
	// test that compares the two).
	slow bool
}

// termCache holds the values of the IRIs and literals of the last lines
// read, by their text: most terms of an input repeat soon (predicates,
// types, a statement node on each of its lines, the sentence of its
// statements), and a term found here costs neither allocation nor
// decoding. It is emptied when full.
type termCache struct{ m map[string]quad.Value }

// maxCachedTerms bounds a termCache.
const maxCachedTerms = 1 << 15

func newTermCache() *termCache { return &termCache{m: make(map[string]quad.Value)} }

func (c *termCache) get(raw []byte) (quad.Value, bool) {
	if c == nil {
		return nil, false
	}
	v, ok := c.m[string(raw)]
	return v, ok
}

func (c *termCache) put(raw []byte, v quad.Value) {
	if c == nil {
		return
	}
	if len(c.m) >= maxCachedTerms {
		clear(c.m)
	}
	c.m[string(raw)] = v
}

// plainIRIByte marks the bytes an IRI may hold unescaped that need no
// decoding: printable ASCII but for <>"{}|^`\.
var plainIRIByte = func() (t [256]bool) {
	for c := '!'; c < 0x7f; c++ {
		t[c] = !strings.ContainsRune("<>\"{}|^`\\", c)
	}
	return t
}()

// plainIRIEnd returns the index of the '>' that ends the IRI at from when
// the IRI holds only plain bytes, else -1.
func (p *nqParser) plainIRIEnd(from int) int {
	if p.slow || from >= len(p.b) || p.b[from] != '<' {
		return -1
	}
	for j := from + 1; j < len(p.b); j++ {
		if c := p.b[j]; c == '>' {
			return j
		} else if !plainIRIByte[c] {
			return -1
		}
	}
	return -1
}

// plainIRI reads an IRI of plain bytes with a scheme, in the store's
// short form, or reports that the IRI at p.i is not one.
func (p *nqParser) plainIRI() (quad.Value, bool) {
	end := p.plainIRIEnd(p.i)
	if end < 0 {
		return nil, false
	}
	raw := p.b[p.i : end+1]
	if v, ok := p.cache.get(raw); ok {
		p.i = end + 1
		return v, true
	}
	s := string(raw[1 : len(raw)-1])
	if !hasScheme(s) {
		return nil, false // the slow path says what is wrong
	}
	v := quad.Value(quad.IRI(schema.CompactIRI(s)))
	p.cache.put(raw, v)
	p.i = end + 1
	return v, true
}

// plainLiteral reads a literal without escapes, plain or typed with a
// plain IRI, or reports that the literal at p.i is not one.
func (p *nqParser) plainLiteral() (quad.Value, bool) {
	if p.slow {
		return nil, false
	}
	end, ascii := -1, true
	for j := p.i + 1; j < len(p.b); j++ {
		c := p.b[j]
		if c == '"' {
			end = j
			break
		}
		if c == '\\' {
			return nil, false
		}
		ascii = ascii && c < utf8.RuneSelf
	}
	if end < 0 {
		return nil, false
	}
	termEnd := end + 1
	typed := termEnd < len(p.b) && p.b[termEnd] == '^'
	if typed {
		if termEnd+1 >= len(p.b) || p.b[termEnd+1] != '^' {
			return nil, false
		}
		if termEnd = p.plainIRIEnd(termEnd+2) + 1; termEnd == 0 {
			return nil, false
		}
	} else if termEnd < len(p.b) && p.b[termEnd] == '@' {
		return nil, false
	}
	raw := p.b[p.i:termEnd]
	if v, ok := p.cache.get(raw); ok {
		p.i = termEnd
		return v, true
	}
	text := p.b[p.i+1 : end]
	if !ascii && !utf8.Valid(text) {
		return nil, false
	}
	var v quad.Value = quad.String(text)
	if typed {
		t := string(p.b[end+3 : termEnd-1])
		if !hasScheme(t) {
			return nil, false
		}
		ts := quad.TypedString{Value: quad.String(text), Type: quad.IRI(schema.CompactIRI(t))}
		v = ts
		if pv, err := ts.ParseValue(); err == nil {
			v = pv
		}
	}
	p.cache.put(raw, v)
	p.i = termEnd
	return v, true
}

func (p *nqParser) eof() bool { return p.i >= len(p.b) }

func (p *nqParser) space() {
	for p.i < len(p.b) && (p.b[p.i] == ' ' || p.b[p.i] == '\t' || p.b[p.i] == '\r') {
		p.i++
	}
}

func (p *nqParser) errorf(format string, a ...any) error {
	return &syntaxError{off: p.i, msg: fmt.Sprintf(format, a...)}
}

// rest is a short excerpt of the line from the current position.
func (p *nqParser) rest() string {
	s := string(p.b[p.i:])
	if len(s) > 20 {
		s = s[:20] + "..."
	}
	return s
}

// node reads an IRI or a blank node.
func (p *nqParser) node(what string) (quad.Value, error) {
	if p.eof() || p.b[p.i] == '.' && p.i+1 == len(p.b) {
		return nil, p.errorf("missing %s", what)
	}
	switch p.b[p.i] {
	case '<':
		return p.iri()
	case '_':
		return p.blank()
	}
	return nil, p.errorf("%s must be an IRI <...> or a blank node _:x, not %q", what, p.rest())
}

// iriTerm reads an IRI.
func (p *nqParser) iriTerm(what string) (quad.Value, error) {
	if p.eof() || p.b[p.i] != '<' {
		if p.eof() {
			return nil, p.errorf("missing %s", what)
		}
		return nil, p.errorf("%s must be an IRI <...>, not %q", what, p.rest())
	}
	return p.iri()
}

// object reads an IRI, a blank node or a literal.
func (p *nqParser) object() (quad.Value, error) {
	if !p.eof() && p.b[p.i] == '"' {
		if v, ok := p.plainLiteral(); ok {
			return v, nil
		}
		return p.literal()
	}
	return p.node("object")
}

// iri reads <...> and returns it in the store's short form.
func (p *nqParser) iri() (quad.Value, error) {
	if v, ok := p.plainIRI(); ok {
		return v, nil
	}
	s, err := p.iriRef()
	if err != nil {
		return nil, err
	}
	return quad.IRI(schema.CompactIRI(s)), nil
}

// iriRef reads <...> and returns the IRI, escapes decoded.
func (p *nqParser) iriRef() (string, error) {
	start := p.i
	p.i++ // '<'
	var sb strings.Builder
	for {
		if p.eof() {
			p.i = start
			return "", p.errorf("unterminated IRI %q", p.rest())
		}
		c := p.b[p.i]
		switch {
		case c == '>':
			p.i++
			s := sb.String()
			if !hasScheme(s) {
				p.i = start
				return "", p.errorf("relative IRI <%s> (want an absolute IRI such as <kg:X> or <https://...>)", s)
			}
			return s, nil
		case c == '\\':
			r, err := p.uchar()
			if err != nil {
				return "", err
			}
			if r <= ' ' || strings.ContainsRune("<>\"{}|^`\\", r) {
				return "", p.errorf("escaped character %q not allowed in an IRI", r)
			}
			sb.WriteRune(r)
			continue
		case c == ' ':
			return "", p.errorf("space in IRI <%s (IRIs may not hold spaces)", sb.String())
		case c < ' ' || c == 0x7f:
			return "", p.errorf("control character %q in IRI", c)
		case strings.IndexByte("<\"{}|^`", c) >= 0:
			return "", p.errorf("character %q not allowed in an IRI", c)
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(p.b[p.i:])
			if r == utf8.RuneError && n <= 1 {
				return "", p.errorf("invalid UTF-8 in IRI")
			}
			sb.WriteRune(r)
			p.i += n
			continue
		}
		sb.WriteByte(c)
		p.i++
	}
}

// hasScheme reports whether an IRI is absolute: scheme ":" rest.
func hasScheme(s string) bool {
	i := strings.IndexByte(s, ':')
	return i > 0 && isScheme(s[:i])
}

// uchar reads \uXXXX or \UXXXXXXXX.
func (p *nqParser) uchar() (rune, error) {
	if p.i+1 >= len(p.b) || (p.b[p.i+1] != 'u' && p.b[p.i+1] != 'U') {
		return 0, p.errorf("bad escape %q in IRI (only \\uXXXX and \\UXXXXXXXX)", p.rest())
	}
	n := 4
	if p.b[p.i+1] == 'U' {
		n = 8
	}
	return p.hex(n)
}

// hex reads the n hex digits after \u or \U and returns the rune.
func (p *nqParser) hex(n int) (rune, error) {
	if p.i+2+n > len(p.b) {
		return 0, p.errorf("incomplete escape %q", p.rest())
	}
	v, err := strconv.ParseUint(string(p.b[p.i+2:p.i+2+n]), 16, 32)
	if err != nil || !utf8.ValidRune(rune(v)) {
		return 0, p.errorf("bad escape %q", string(p.b[p.i:p.i+2+n]))
	}
	p.i += 2 + n
	return rune(v), nil
}

// blank reads _:label.
func (p *nqParser) blank() (quad.Value, error) {
	if p.i+2 > len(p.b) || p.b[p.i+1] != ':' {
		return nil, p.errorf("bad blank node %q (want _:label)", p.rest())
	}
	p.i += 2
	start := p.i
	for p.i < len(p.b) {
		r, n := utf8.DecodeRune(p.b[p.i:])
		first := p.i == start
		ok := r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) ||
			!first && (r == '-' || r == '.' || r == 0xB7 || unicode.Is(unicode.Mn, r))
		if !ok || r == utf8.RuneError {
			break
		}
		p.i += n
	}
	for p.i > start && p.b[p.i-1] == '.' {
		p.i-- // a label does not end with a dot: that one ends the quad
	}
	if p.i == start {
		return nil, p.errorf("empty blank node label")
	}
	return quad.BNode(string(p.b[start:p.i])), nil
}

// literal reads "..." with an optional language tag or datatype.
func (p *nqParser) literal() (quad.Value, error) {
	start := p.i
	p.i++ // '"'
	var sb strings.Builder
	for {
		if p.eof() {
			p.i = start
			return nil, p.errorf("unterminated literal %q", p.rest())
		}
		c := p.b[p.i]
		if c == '"' {
			p.i++
			break
		}
		if c == '\\' {
			r, err := p.echar()
			if err != nil {
				return nil, err
			}
			sb.WriteRune(r)
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRune(p.b[p.i:])
			if r == utf8.RuneError && n <= 1 {
				return nil, p.errorf("invalid UTF-8 in literal")
			}
			sb.Write(p.b[p.i : p.i+n])
			p.i += n
			continue
		}
		sb.WriteByte(c)
		p.i++
	}
	val := quad.String(sb.String())
	switch {
	case p.i < len(p.b) && p.b[p.i] == '@':
		return p.lang(val)
	case p.i+1 < len(p.b) && p.b[p.i] == '^' && p.b[p.i+1] == '^':
		p.i += 2
		if p.eof() || p.b[p.i] != '<' {
			return nil, p.errorf("datatype must be an IRI <...>")
		}
		t, err := p.iriRef()
		if err != nil {
			return nil, err
		}
		ts := quad.TypedString{Value: val, Type: quad.IRI(schema.CompactIRI(t))}
		if v, err := ts.ParseValue(); err == nil {
			return v, nil
		}
		return ts, nil
	}
	return val, nil
}

// echar reads an escape in a literal.
func (p *nqParser) echar() (rune, error) {
	if p.i+1 >= len(p.b) {
		return 0, p.errorf("unterminated literal")
	}
	switch c := p.b[p.i+1]; c {
	case 't', 'b', 'n', 'r', 'f', '"', '\'', '\\':
		p.i += 2
		return rune(map[byte]byte{'t': '\t', 'b': '\b', 'n': '\n', 'r': '\r', 'f': '\f', '"': '"', '\'': '\'', '\\': '\\'}[c]), nil
	case 'u':
		return p.hex(4)
	case 'U':
		return p.hex(8)
	}
	return 0, p.errorf("bad escape %q in literal", string(p.b[p.i:p.i+2]))
}

// lang reads @tag after a literal.
func (p *nqParser) lang(val quad.String) (quad.Value, error) {
	p.i++ // '@'
	start := p.i
	seg, first := 0, true
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', !first && c >= '0' && c <= '9':
			seg++
		case c == '-' && seg > 0:
			seg, first = 0, false
		default:
			goto done
		}
		p.i++
	}
done:
	if seg == 0 {
		return nil, p.errorf("bad language tag %q", string(p.b[start:p.i]))
	}
	return quad.LangString{Value: val, Lang: string(p.b[start:p.i])}, nil
}

// nqValue renders a value as N-Quads, IRIs of schema.Namespaces expanded to
// their absolute form.
func nqValue(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return "<" + schema.ExpandIRI(string(v)) + ">"
	case quad.String, quad.BNode, quad.LangString:
		return v.String()
	case quad.TypedString:
		return v.Value.String() + "^^<" + schema.ExpandIRI(string(v.Type)) + ">"
	case quad.TypedStringer:
		ts := v.TypedString()
		return ts.Value.String() + "^^<" + schema.ExpandIRI(string(ts.Type)) + ">"
	}
	return v.String()
}
