package event

import (
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/schema"
)

// entity names known to the test documents: a mention is added wherever the
// name's words occur.
var testEntities = []schema.Entity{
	{ID: "kg:country/RUS", Name: "Russia", Type: schema.Country},
	{ID: "kg:country/UKR", Name: "Ukraine", Type: schema.Country},
	{ID: "kg:country/USA", Name: "United States", Type: schema.Country},
	{ID: "kg:John_Kerry", Name: "Kerry", Type: schema.Person},
	{ID: "kg:Sergey_Lavrov", Name: "Lavrov", Type: schema.Person},
	{ID: "kg:Vladimir_Putin", Name: "Putin", Type: schema.Person},
	{ID: "kg:Barack_Obama", Name: "Obama", Type: schema.Person},
	{ID: "kg:ITAR-Tass", Name: "ITAR-Tass", Type: schema.Organization},
	{ID: "kg:Crimea", Name: "Crimea", Type: schema.GPE},
	{ID: "kg:Moscow", Name: "Moscow", Type: schema.GPE},
	{ID: "kg:country/RUS", Name: "Russian", Type: schema.Country},
	{ID: "kg:country/USA", Name: "U.S.", Type: schema.Country},
}

// parsed builds a document from hand-written CoNLL-U lines (ID FORM LEMMA
// UPOS XPOS FEATS HEAD DEPREL DEPS MISC, whitespace-separated), one sentence
// per blank-line-separated block, with mentions for testEntities.
func parsed(tb testing.TB, published, src string) *doc.Doc {
	tb.Helper()
	d := &doc.Doc{Entities: map[string]*schema.Entity{}}
	d.ID, d.Published = "test", published
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
		f := strings.Fields(line)
		if len(f) < 8 {
			tb.Fatalf("conllu line %d: %d fields: %q", ln+1, len(f), line)
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			tb.Fatalf("conllu line %d: head: %v", ln+1, err)
		}
		if cur == nil {
			cur = &doc.Sentence{Start: b.Len()}
		}
		tok := doc.Token{Text: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head - 1, Dep: f[7], SpaceAfter: true}
		tok.Start = b.Len()
		b.WriteString(tok.Text)
		tok.End = b.Len()
		b.WriteByte(' ')
		cur.Tokens = append(cur.Tokens, tok)
	}
	flush()
	d.Text = b.String()
	for si, s := range d.Sentences {
		for i := range s.Tokens {
			for k := range testEntities {
				e := &testEntities[k]
				words := strings.Fields(e.Name)
				if i+len(words) > len(s.Tokens) {
					continue
				}
				ok := true
				for j, w := range words {
					ok = ok && s.Tokens[i+j].Text == w
				}
				if ok {
					d.Mentions = append(d.Mentions, doc.Mention{Sentence: si, Start: i, End: i + len(words),
						Text: e.Name, Type: e.Type, Entity: e.ID, Source: "test"})
					d.Entities[e.ID] = e
				}
			}
		}
	}
	return d
}

// code runs the clause extractor and the coder over a hand-parsed document.
func code(tb testing.TB, published, src string) []schema.Statement {
	tb.Helper()
	d := parsed(tb, published, src)
	return Code(d, clause.Extract(d))
}

// find returns the statements whose subject text and predicate match.
func find(st []schema.Statement, subject, predicate string) []schema.Statement {
	var out []schema.Statement
	for _, s := range st {
		if s.Subject.Text == subject && s.Predicate == predicate {
			out = append(out, s)
		}
	}
	return out
}

func dump(st []schema.Statement) string {
	var b strings.Builder
	for _, s := range st {
		b.WriteString("\n\t(" + s.Subject.Text + "; " + s.Predicate + " [" + s.Verb + "] " + s.CAMEO + "; " +
			s.Object.Text + ") " + string(s.Polarity) + "/" + string(s.Modality) + " speaker=" + s.Speaker +
			" date=" + s.EventDate)
	}
	return b.String()
}
