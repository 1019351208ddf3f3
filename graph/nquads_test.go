package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestStrictNQuads checks that LoadFile refuses malformed N-Quads terms,
// naming the file, line and column, and writes nothing from the file, even
// when the bad line comes after more good quads than one transaction takes.
func TestStrictNQuads(t *testing.T) {
	var good strings.Builder
	for i := range 3 * DefaultBatch / 2 {
		fmt.Fprintf(&good, "<kg:n%d> <kg:p> \"%d\" .\n", i, i)
	}
	n := 3*DefaultBatch/2 + 1 // the bad line
	tests := []struct{ name, line, want string }{
		{"SpaceInIRI", `<kg:bad iri> <kg:p> "x" .`, ":8: space in IRI"},
		{"AngleInIRI", `<kg:s> <kg:p> <kg:o<> .`, ":20: character '<' not allowed in an IRI"},
		{"BraceInIRI", `<kg:s> <kg:p{}> "x" .`, ":13: character '{' not allowed"},
		{"QuoteInIRI", `<kg:s"> <kg:p> "x" .`, `:6: character '"' not allowed`},
		{"Unterminated", `<kg:s> <kg:p> "x .`, ":15: unterminated literal"},
		{"NoDot", `<kg:s> <kg:p> "x"`, ":18: missing the final dot"},
		{"Trailing", `<kg:s> <kg:p> "x" . <kg:z>`, ":21: unexpected"},
		{"Relative", `<s> <kg:p> "x" .`, ":1: relative IRI <s>"},
		{"LiteralSubject", `"s" <kg:p> "x" .`, ":1: subject must be an IRI"},
		{"LiteralPredicate", `<kg:s> _:p "x" .`, ":8: predicate must be an IRI"},
		{"BadEscape", `<kg:s> <kg:p> "a\qb" .`, `:17: bad escape "\\q"`},
		{"BadLang", `<kg:s> <kg:p> "x"@1a .`, ":19: bad language tag"},
		{"ControlInIRI", "<kg:s\x01> <kg:p> \"x\" .", ":6: control character"},
		{"BadUTF8", "<kg:s> <kg:p> \"\xff\" .", ":16: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t, "bolt:"+t.TempDir()+"/kg.db")
			_, err := s.LoadFile(context.Background(), strings.NewReader(good.String()+tt.line+"\n"), "in.nq")
			want := fmt.Sprintf("in.nq:%d%s", n, tt.want)
			var pe *ParseError
			if err == nil || !strings.HasPrefix(err.Error(), want) || !errors.As(err, &pe) || pe.Line != n {
				t.Fatalf("LoadFile(%q) = %v, want an error starting %q", tt.line, err, want)
			}
			if q := allQuads(t, s); len(q) != 0 {
				t.Errorf("a failed load wrote %d quads", len(q))
			}
		})
	}
}

func TestParseNQuad(t *testing.T) {
	tests := []struct {
		line string
		want quad.Quad
	}{
		{`<kg:a> <rdf:type> <kg:Person> .`, quad.Make(quad.IRI("kg:a"), quad.IRI("rdf:type"), quad.IRI("kg:Person"), nil)},
		// absolute IRIs of the known namespaces come back short
		{`<https://kgraph.dev/ns/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://kgraph.dev/ns/Person> <https://kgraph.dev/ns/doc/d> .`,
			quad.Make(quad.IRI("kg:a"), quad.IRI("rdf:type"), quad.IRI("kg:Person"), quad.IRI("kg:doc/d"))},
		{`<kg:a> <kg:n> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .`, quad.Make(quad.IRI("kg:a"), quad.IRI("kg:n"), quad.Int(5), nil)},
		{`<kg:a> <kg:n> "8E-01"^^<xsd:double> .`, quad.Make(quad.IRI("kg:a"), quad.IRI("kg:n"), quad.Float(0.8), nil)},
		{`<kg:a> <kg:n> "x"^^<http://example.org/t> .`, quad.Make(quad.IRI("kg:a"), quad.IRI("kg:n"), quad.TypedString{Value: "x", Type: "http://example.org/t"}, nil)},
		{`_:b1 <kg:p> "q\"\\\n\u00e9t\U0001F600"@en-GB . # comment`, quad.Make(quad.BNode("b1"), quad.IRI("kg:p"), quad.LangString{Value: "q\"\\\nét😀", Lang: "en-GB"}, nil)},
		{"<kg:a>\t<kg:p>\t_:x.", quad.Make(quad.IRI("kg:a"), quad.IRI("kg:p"), quad.BNode("x"), nil)},
		{`<kg:a\u0041> <kg:p> "ü ünïcode" .`, quad.Make(quad.IRI("kg:aA"), quad.IRI("kg:p"), quad.String("ü ünïcode"), nil)},
	}
	for _, tt := range tests {
		got, blank, err := parseNQuad([]byte(tt.line))
		if err != nil || blank || got != tt.want {
			t.Errorf("parseNQuad(%q) = %#v, %v, %v; want %#v", tt.line, got, blank, err, tt.want)
		}
	}
	for _, line := range []string{"", "   ", "# only a comment"} {
		if _, blank, err := parseNQuad([]byte(line)); !blank || err != nil {
			t.Errorf("parseNQuad(%q) = %v, %v; want a blank line", line, blank, err)
		}
	}
}

// FuzzNQuadFastPaths checks that the fast paths of the N-Quads parser
// (terms without escapes, and the cache of terms read) read every line as
// the parser without them does, errors included.
//
//	go test ./graph/ -run '^$' -fuzz FuzzNQuadFastPaths -fuzztime 30s
func FuzzNQuadFastPaths(f *testing.F) {
	for _, line := range []string{
		`<kg:a> <rdf:type> <kg:Person> <kg:doc/d> .`,
		`<https://kgraph.dev/ns/a> <http://schema.org/name> "Ann ü" .`,
		`<kg:a> <kg:n> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
		`<kg:a> <kg:n> "8E-01"^^<xsd:double> .`, `<kg:a> <kg:n> "x"^^<t> .`, `<kg:a> <kg:n> "x"^ .`,
		`<kg:a> <kg:n> "x"^^ .`, `<kg:a> <kg:n> "x"@en .`, `<kg:a> <kg:n> "\xff" .`, `<s> <kg:p> "x" .`,
		"<kg:a> <kg:p> \"\xff\" .", `<kg:a\u0041> <kg:p> "q\"" .`, `_:b <kg:p> <kg:o> .`,
	} {
		f.Add(line, line)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		c := newTermCache()
		for _, line := range []string{a, b, a} { // the second a from the cache
			p := nqParser{b: []byte(line), slow: true}
			want, wblank, werr := p.parse()
			got, blank, err := parseNQuadWith([]byte(line), c)
			if got != want || blank != wblank || fmt.Sprint(err) != fmt.Sprint(werr) {
				t.Fatalf("parseNQuad(%q) = %#v, %v, %v; without fast paths %#v, %v, %v", line, got, blank, err, want, wblank, werr)
			}
		}
	})
}

// TestNQuadsWriteParse checks that every value the store holds is written
// as N-Quads that parse back to the same value.
func TestNQuadsWriteParse(t *testing.T) {
	vals := []quad.Value{quad.IRI("kg:a/b"), quad.IRI("urn:x"), quad.String("a\"b\\c\nd\te\rf\x01"), quad.Int(-3), quad.Float(0.1),
		quad.Float(4), quad.Bool(true), quad.LangString{Value: "x", Lang: "de"}, quad.BNode("n1"), quad.TypedString{Value: "v", Type: "kg:T"}}
	for _, v := range vals {
		line := "<kg:s> <kg:p> " + nqValue(v) + " ."
		q, _, err := parseNQuad([]byte(line))
		if err != nil || q.Object != v {
			t.Errorf("%#v written as %s reads back as %#v, %v", v, line, q.Object, err)
		}
	}
}

func TestLoadOrder(t *testing.T) {
	// A document's lines after another's: the reader writes documents
	// one by one; with an unlabelled quad about a node the second
	// document mentions first, that quad goes with the second.
	in := `<kg:x> <rdf:type> <kg:Person> .
<kg:doc/a> <kg:hash> "1" <kg:doc/a> .
<kg:doc/b> <kg:hash> "2" <kg:doc/b> .
<kg:doc/b> <schema:mentions> <kg:x> <kg:doc/b> .
<kg:y> <rdf:type> <kg:Person> .
`
	docs := readDocs(t, in, "in.nq")
	var got []string
	for _, d := range docs {
		got = append(got, fmt.Sprintf("%s:%d+%d", d.iri, len(d.own), len(d.shared)))
	}
	if want := []string{"kg:doc/a:1+0", "kg:doc/b:2+1", ":0+1"}; !slices.Equal(got, want) {
		t.Errorf("documents %q, want %q", got, want)
	}
	// Interleaved documents are grouped all the same.
	in = `<kg:doc/a> <kg:hash> "1" <kg:doc/a> .
<kg:doc/b> <kg:hash> "2" <kg:doc/b> .
<kg:doc/a> <kg:title> "A" <kg:doc/a> .
`
	docs = readDocs(t, in, "in.nq")
	if len(docs) != 2 || len(docs[0].own) != 2 || len(docs[1].own) != 1 {
		t.Errorf("interleaved documents read as %+v", docs)
	}
}
