package read

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/kgraph/kgraph/schema"
)

// Input formats (the values of Options.Format and --input-format).
const (
	Auto  = "auto"
	Text  = "text"
	HTML  = "html"
	JSONL = "jsonl"
	Lines = "lines"
)

// Format is one input format: its name, the file extensions that select it
// (in auto mode and when walking a directory), a line of help, and its
// reader. A new input format is one entry of formats (DESIGN.md, "Where to
// add things").
type Format struct {
	Name string
	// Exts are lowercase extensions with the dot; "" is a file without one.
	Exts []string
	// Doc is the one-line description the help text shows.
	Doc string
	// read turns one stream into documents.
	read func(ctx context.Context, br *bufio.Reader, s stream, fn func(schema.Document) error) error
}

// formats is the registry of input formats, in the order the help lists
// them. Auto is not a format of its own: it picks one of these by extension,
// then by content.
var formats = []Format{
	{Text, []string{".txt", ".text", ".md", ""}, "plain text, one article per file", readText},
	{HTML, []string{".html", ".htm", ".xhtml"}, "an HTML page: the article's text and its metadata (title, date, author, URL)", readHTML},
	{JSONL, []string{".jsonl", ".ndjson", ".json"}, `JSON Lines of articles {"id","title","url","published","text"}, a JSON array of them, or one`, readJSON},
	{Lines, nil, "one pre-tokenized sentence per line (benchmark input such as CaRB's)", readLines},
}

// Formats lists the accepted values of Options.Format: auto, then every
// format of the registry.
var Formats = func() []string {
	names := []string{Auto}
	for _, f := range formats {
		names = append(names, f.Name)
	}
	return names
}()

// FormatHelp describes the input formats, one per line, for the help text.
func FormatHelp() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s by extension, else by content (the default)\n", Auto)
	for _, f := range formats {
		exts := strings.Join(f.Exts, " ")
		if exts != "" {
			exts = " (" + strings.ReplaceAll(strings.TrimSpace(exts+" "), "  ", " ") + ")"
		}
		fmt.Fprintf(&b, "%-6s %s%s\n", f.Name, f.Doc, exts)
	}
	return strings.TrimRight(b.String(), "\n")
}

// formatByName returns the registered format called name.
func formatByName(name string) (Format, bool) {
	for _, f := range formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// formatByExt returns the format a file's extension selects. Plain text's
// extensions (and none) are not decisive: the content decides.
func formatByExt(path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		if f.Name == Text || f.Name == Lines {
			continue
		}
		for _, e := range f.Exts {
			if e == ext {
				return f, true
			}
		}
	}
	return Format{}, false
}

// readable reports whether a directory walk takes the file at path: its
// extension is one of a format's.
func readable(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		for _, e := range f.Exts {
			if e == ext {
				return true
			}
		}
	}
	return false
}

// readableExts lists the extensions a directory walk takes, for messages.
func readableExts() string {
	var exts []string
	for _, f := range formats {
		for _, e := range f.Exts {
			if e != "" {
				exts = append(exts, e)
			}
		}
	}
	return strings.Join(exts, " ") + " or none"
}

// CheckFormat returns an error wrapping ErrFormat unless f is a known format.
func CheckFormat(f string) error {
	if f == "" || f == Auto {
		return nil
	}
	if _, ok := formatByName(f); ok {
		return nil
	}
	return fmt.Errorf("%w %q (want %s)", ErrFormat, f, strings.Join(Formats, "|"))
}

// sniff picks the format of a stream from its first bytes: JSON for an
// object ('{' then a key) or an array of objects, HTML for a tag or a
// comment, plain text otherwise.
func sniff(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 {
		return Text
	}
	next := func() byte {
		rest := bytes.TrimLeft(head[1:], " \t\r\n")
		if len(rest) == 0 {
			return 0
		}
		return rest[0]
	}
	switch head[0] {
	case '{':
		if c := next(); c == '"' || c == '}' || c == 0 {
			return JSONL
		}
	case '[':
		if c := next(); c == '{' || c == ']' {
			return JSONL
		}
	case '<':
		if len(head) > 1 && (isASCIILetter(head[1]) || head[1] == '!' || head[1] == '?') {
			return HTML
		}
	}
	return Text
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
