package read

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

// write creates the files under a new directory called news and returns
// its path.
func write(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "news")
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// collect runs Paths and returns the documents it produced and its error.
func collect(t *testing.T, args []string, opts Options) ([]schema.Document, error) {
	t.Helper()
	var docs []schema.Document
	err := Paths(t.Context(), args, opts, func(d schema.Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func TestPathsGood(t *testing.T) {
	dir := write(t, map[string]string{
		"a.txt":       "Russia annexed Crimea.\n",
		"b.html":      "<html><head><title>Talks &amp; more</title><style>p{}</style></head><body><h1>Kerry meets Lavrov</h1><p>They met in <b>Paris</b>.<script>var x=1;</script></p><!-- c --><p>Tom &quot;said&quot; so.</p></body></html>",
		"c.jsonl":     `{"id":"x1","title":"T","url":"http://u","published":"2014-03-30","text":"One."}` + "\n\n" + `{"text":"Two."}` + "\n" + `{"id":7,"body":"Three."}` + "\n",
		"sub/d":       "No extension.",
		"sub/e.md":    "Markdown text.",
		".hidden.txt": "hidden",
		".git/f.txt":  "hidden dir",
		"img.png":     "not text",
	})
	docs, err := collect(t, []string{dir}, Options{})
	if err != nil {
		t.Fatalf("Paths: %v", err)
	}
	type row struct{ id, title, text, source string }
	var got []row
	for _, d := range docs {
		got = append(got, row{d.ID, d.Title, d.Text, strings.TrimPrefix(d.Source, dir+"/")})
	}
	want := []row{
		{"news/a", "", "Russia annexed Crimea.\n", "a.txt"},
		{"news/b", "Talks & more", "Kerry meets Lavrov\n\nThey met in Paris.\n\nTom \"said\" so.", "b.html"},
		{"x1", "T", "One.", "c.jsonl:1"},
		{"news/c-3", "", "Two.", "c.jsonl:3"},
		{"7", "", "Three.", "c.jsonl:4"},
		{"news/sub/d", "", "No extension.", "sub/d"},
		{"news/sub/e", "", "Markdown text.", "sub/e.md"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Paths(%s) =\n%q\nwant\n%q", dir, got, want)
	}
}

func TestFormats(t *testing.T) {
	dir := write(t, map[string]string{"s.txt": "Bush 's offer\n\n-LRB- a -RRB-\n", "p.txt": "<p>x</p>", "h.txt": "<3 to all"})
	tests := []struct {
		name, format, file string
		ids, texts         []string
	}{
		{"lines", Lines, "s.txt", []string{"s:1", "s:3"}, []string{"Bush 's offer", "-LRB- a -RRB-"}},
		{"text", Text, "s.txt", []string{"s"}, []string{"Bush 's offer\n\n-LRB- a -RRB-\n"}},
		{"forced html", HTML, "p.txt", []string{"p"}, []string{"x"}},
		{"forced text", Text, "p.txt", []string{"p"}, []string{"<p>x</p>"}},
		{"auto: HTML by content", Auto, "p.txt", []string{"p"}, []string{"x"}},
		{"auto: text that starts with <", Auto, "h.txt", []string{"h"}, []string{"<3 to all"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := collect(t, []string{filepath.Join(dir, tt.file)}, Options{Format: tt.format})
			if err != nil {
				t.Fatal(err)
			}
			var ids, texts []string
			for _, d := range docs {
				ids, texts = append(ids, d.ID), append(texts, d.Text)
			}
			if !slices.Equal(ids, tt.ids) || !slices.Equal(texts, tt.texts) {
				t.Errorf("got %q %q, want %q %q", ids, texts, tt.ids, tt.texts)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	docs, err := collect(t, []string{"-"}, Options{Stdin: strings.NewReader("Russia annexed Crimea.")})
	if err != nil || len(docs) != 1 || docs[0].ID != "stdin" || docs[0].Text != "Russia annexed Crimea." {
		t.Fatalf("Paths(-) = %+v, %v", docs, err)
	}
	_, err = collect(t, []string{"-"}, Options{Stdin: strings.NewReader("")})
	if !errors.Is(err, ErrEmpty) {
		t.Errorf("empty stdin: err = %v, want %v", err, ErrEmpty)
	}
}

func TestBadInputs(t *testing.T) {
	dir := write(t, map[string]string{
		"empty.txt":  "",
		"blank.txt":  " \n\n ",
		"bin.txt":    "abc\nd\x00ef",
		"utf8.txt":   "line one\nline two\nbad \xff here\n",
		"bad.jsonl":  "{\"text\":\"ok\"}\n{\"text\": oops}\n{\"id\":\"n\"}\n{\"text\":\"b\xffd\"}\n",
		"empty.html": "<html><script>x</script></html>",
	})
	tests := []struct {
		name, file string
		want       error
		msg        string
		docs       int
	}{
		{"missing", "nope.txt", fs.ErrNotExist, "nope.txt: no such file or directory", 0},
		{"empty", "empty.txt", ErrEmpty, "empty.txt: file is empty", 0},
		{"blank", "blank.txt", ErrEmpty, "blank.txt: file is empty", 0},
		{"binary", "bin.txt", ErrBinary, "bin.txt:2: binary file (NUL byte)", 0},
		{"invalid utf8", "utf8.txt", ErrInvalidUTF8, "utf8.txt:3: invalid UTF-8", 0},
		{"html without text", "empty.html", ErrNoText, "empty.html: no text", 0},
		{"malformed json", "bad.jsonl", nil, "bad.jsonl:2: malformed JSON", 1},
		{"json without text", "bad.jsonl", ErrNoText, "bad.jsonl:3: no text", 1},
		{"json invalid utf8", "bad.jsonl", ErrInvalidUTF8, "bad.jsonl:4: invalid UTF-8", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.file)
			docs, err := collect(t, []string{p}, Options{})
			if err == nil {
				t.Fatalf("Paths(%s): no error", tt.file)
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("Paths(%s) = %v, want an *InputError", tt.file, err)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("Paths(%s) = %v, want %v", tt.file, err, tt.want)
			}
			if !strings.Contains(err.Error(), filepath.Join(dir, tt.msg)) {
				t.Errorf("Paths(%s) = %q, want it to contain %q", tt.file, err, tt.msg)
			}
			if len(docs) != tt.docs {
				t.Errorf("Paths(%s) gave %d documents, want %d", tt.file, len(docs), tt.docs)
			}
		})
	}
}

func TestMixedDirectory(t *testing.T) {
	dir := write(t, map[string]string{
		"1.txt": "First good.", "2.txt": "", "3.txt": "bad\xfe", "4.txt": "Second good.", "5.jsonl": "{\"text\":\"Third.\"}\nnot json\n",
	})
	docs, err := collect(t, []string{dir, filepath.Join(dir, "missing.txt")}, Options{})
	var texts []string
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	if want := []string{"First good.", "Second good.", "Third."}; !slices.Equal(texts, want) {
		t.Errorf("texts = %q, want %q", texts, want)
	}
	if err == nil {
		t.Fatal("no error for the bad inputs")
	}
	for _, m := range []string{"2.txt: file is empty", "3.txt:1: invalid UTF-8", "5.jsonl:2: malformed JSON", "missing.txt:"} {
		if !strings.Contains(err.Error(), m) {
			t.Errorf("error %q lacks %q", err, m)
		}
	}
}

func TestStops(t *testing.T) {
	dir := write(t, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.jsonl": "{\"text\":\"x\"}\n{\"text\":\"y\"}\n"})
	stop := errors.New("stop")
	tests := []struct {
		name string
		args []string
	}{
		{"directory", []string{dir}},
		{"jsonl", []string{filepath.Join(dir, "c.jsonl")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			err := Paths(t.Context(), tt.args, Options{}, func(schema.Document) error { n++; return stop })
			if err != stop || n != 1 {
				t.Errorf("Paths with failing fn = %v after %d docs, want %v after 1", err, n, stop)
			}
			ctx, cancel := context.WithCancel(t.Context())
			cancel()
			err = Paths(ctx, tt.args, Options{}, func(schema.Document) error { n++; return nil })
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Paths with cancelled ctx = %v, want %v", err, context.Canceled)
			}
		})
	}
	if err := Paths(t.Context(), nil, Options{Format: "xml"}, nil); !errors.Is(err, ErrFormat) {
		t.Errorf("Paths with format xml = %v, want %v", err, ErrFormat)
	}
}

func TestStripHTML(t *testing.T) {
	tests := []struct{ name, in, title, text string }{
		{"unclosed script", "<p>a</p><script>never closed", "", "a"},
		{"lone angle", "1 < 2 and <3", "", "1 < 2 and <3"},
		{"attributes with >", `<a title="x>y" href='z'>link</a> text`, "", "link text"},
		{"entities", "<p>Caf&eacute; &#8220;q&#8221; &nbsp;x</p>", "", "Café “q” x"},
		{"uppercase tags", "<TITLE>T</TITLE><P>A<BR>B<STYLE>s</STYLE>", "T", "A\n\nB"},
		{"unterminated comment", "a<!-- b", "", "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, text := StripHTML(tt.in)
			if title != tt.title || text != tt.text {
				t.Errorf("StripHTML(%q) = %q, %q, want %q, %q", tt.in, title, text, tt.title, tt.text)
			}
		})
	}
}
