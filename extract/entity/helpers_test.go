package entity

import (
	"os"
	"sync"
	"testing"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/ner"
	"github.com/kgraph/kgraph/extract/text"
	"github.com/kgraph/kgraph/internal/shared"
	"github.com/kgraph/kgraph/schema"
)

var (
	resolverOnce sync.Once
	resolver     *Resolver
	resolverErr  error
)

func newResolver(tb testing.TB) *Resolver {
	tb.Helper()
	resolverOnce.Do(func() { resolver, resolverErr = New() })
	if resolverErr != nil {
		tb.Fatalf("New: %v", resolverErr)
	}
	return resolver
}

// annotate segments text, runs the recognizer (when withNER) and resolves.
func annotate(tb testing.TB, id, txt string, withNER bool) *doc.Doc {
	tb.Helper()
	d := &doc.Doc{Document: schema.Document{ID: id, Text: txt}, Sentences: text.Segment(txt)}
	var ms []doc.Mention
	if withNER {
		rec, err := ner.Load()
		if err != nil {
			tb.Fatalf("ner.Load: %v", err)
		}
		for si := range d.Sentences {
			for _, m := range rec.Recognize(&d.Sentences[si]) {
				m.Sentence = si
				ms = append(ms, m)
			}
		}
	}
	newResolver(tb).Resolve(d, ms)
	return d
}

func readShared(tb testing.TB, elem ...string) string {
	tb.Helper()
	b, err := os.ReadFile(shared.Require(tb, elem...))
	if err != nil {
		tb.Fatalf("read: %v", err)
	}
	return string(b)
}

// readExample reads a file of the repository's examples/ folder.
func readExample(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(shared.Example(tb, name))
	if err != nil {
		tb.Fatalf("read: %v", err)
	}
	return string(b)
}

func readDir(tb testing.TB, elem ...string) []string {
	tb.Helper()
	es, err := os.ReadDir(shared.Require(tb, elem...))
	if err != nil {
		tb.Fatalf("read dir: %v", err)
	}
	var out []string
	for _, e := range es {
		if !e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out
}
