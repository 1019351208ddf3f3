package entity

import (
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/text"
	"github.com/kgraph/kgraph/schema"
)

// FuzzResolve checks that Resolve never panics, that every mention lies in
// its sentence and resolves to an entity of the document, on arbitrary text
// and arbitrary (possibly invalid) recognizer spans.
func FuzzResolve(f *testing.F) {
	f.Add("U.S. Secretary of State John Kerry said he met Lavrov. The general's return, its border.", 0, 2, 5)
	f.Add("Mr Blair , chairwoman of the the , . 's 's", 3, -1, 40)
	f.Add("RUSSIA WARNS US", 0, 0, 1)
	r := newResolver(f)
	f.Fuzz(func(t *testing.T, txt string, si, start, end int) {
		d := &doc.Doc{Document: schema.Document{ID: "f", Text: txt}, Sentences: text.Segment(txt)}
		ner := []doc.Mention{{Sentence: si, Start: start, End: end, Type: schema.Person, Source: "ner"},
			{Sentence: 0, Start: 0, End: 1, Type: schema.Organization, Source: "ner"}}
		r.Resolve(d, ner)
		check(t, d)
		RoleStatements(d)
	})
}

func check(t *testing.T, d *doc.Doc) {
	t.Helper()
	for _, m := range d.Mentions {
		if m.Sentence < 0 || m.Sentence >= len(d.Sentences) || m.Start < 0 || m.Start >= m.End ||
			m.End > len(d.Sentences[m.Sentence].Tokens) {
			t.Fatalf("mention %+v out of range", m)
		}
		if d.Entities[m.Entity] == nil {
			t.Fatalf("mention %+v has no entity", m)
		}
	}
}

func TestLongSentence(t *testing.T) {
	words := strings.Repeat("Mr Blair said he met Russian President Vladimir Putin in Moscow , ", 834)
	toks := strings.Fields(words)[:10000]
	d := &doc.Doc{Document: schema.Document{ID: "long"}}
	var b strings.Builder
	s := doc.Sentence{}
	for _, w := range toks {
		st := b.Len()
		b.WriteString(w)
		s.Tokens = append(s.Tokens, doc.Token{Text: w, Start: st, End: b.Len(), Head: -1})
		b.WriteByte(' ')
	}
	d.Text = b.String()
	s.End = len(d.Text)
	d.Sentences = []doc.Sentence{s}
	newResolver(t).Resolve(d, nil)
	check(t, d)
	if len(d.Mentions) < 3000 {
		t.Errorf("10,000-token sentence: %d mentions, want >= 3000", len(d.Mentions))
	}
}
