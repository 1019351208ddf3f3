package clause

import (
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/doc"
)

// loadConllu builds a document from CoNLL-U text: ten columns separated by
// tabs or spaces, sentences separated by blank lines, "#" comments ignored,
// SpaceAfter=No honoured. The document text is the sentences' words joined
// by spaces.
func loadConllu(tb testing.TB, src string) *doc.Doc {
	tb.Helper()
	d := &doc.Doc{}
	d.ID = "test"
	var b strings.Builder
	var cur *doc.Sentence
	flush := func() {
		if cur != nil && len(cur.Tokens) > 0 {
			cur.End = cur.Tokens[len(cur.Tokens)-1].End
			d.Sentences = append(d.Sentences, *cur)
			b.WriteByte(' ')
		}
		cur = nil
	}
	for ln, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 10 {
			tb.Fatalf("conllu line %d: %d fields, want 10: %q", ln+1, len(f), line)
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			tb.Fatalf("conllu line %d: id %q: %v", ln+1, f[0], err)
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			tb.Fatalf("conllu line %d: head %q: %v", ln+1, f[6], err)
		}
		if cur == nil {
			cur = &doc.Sentence{Start: b.Len()}
		}
		if id != len(cur.Tokens)+1 {
			tb.Fatalf("conllu line %d: id %d out of order", ln+1, id)
		}
		tok := doc.Token{Text: f[1], UPOS: f[3], XPOS: f[4], Lemma: f[2], Head: head - 1, Dep: f[7],
			SpaceAfter: !strings.Contains(f[9], "SpaceAfter=No")}
		tok.Start = b.Len()
		b.WriteString(tok.Text)
		tok.End = b.Len()
		if tok.SpaceAfter {
			b.WriteByte(' ')
		}
		cur.Tokens = append(cur.Tokens, tok)
	}
	flush()
	d.Text = b.String()
	return d
}
