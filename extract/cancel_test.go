package extract

import (
	"context"
	"errors"
	"os"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/schema"
)

// doneAfter is a context that reports itself canceled from its n-th Err
// call on: it stands for a signal arriving in the middle of a document.
type doneAfter struct {
	context.Context
	n, calls atomic.Int64
}

func (c *doneAfter) Err() error {
	if c.calls.Add(1) >= c.n.Load() {
		return context.Canceled
	}
	return nil
}

// TestDocumentStopsBetweenSentences checks that Document gives up between
// sentences once its context is done, instead of finishing the document
// (SIGINT and SIGTERM must stop the work on a huge document within a
// second): canceled after a few sentences, it returns context.Canceled, and
// no further sentence is looked at after the check that saw it.
func TestDocumentStopsBetweenSentences(t *testing.T) {
	p := newPipeline(t, WithWorkers(1))
	b, err := os.ReadFile("../examples/kerry-lavrov-paris-2014-03-30.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := schema.Document{ID: "long", Text: strings.Repeat(string(b)+"\n\n", 20)}
	for _, n := range []int64{1, 5, 200, 900} {
		ctx := &doneAfter{Context: context.Background()}
		ctx.n.Store(n)
		ex, err := p.Document(ctx, d)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("canceled at check %d: Document = %d statements, %v; want context.Canceled", n, len(ex.Statements), err)
		}
		if got := ctx.calls.Load(); got != n {
			t.Errorf("canceled at check %d: %d checks, want no work after the one that saw it", n, got)
		}
	}
}

// TestClausesAsExtract checks that the pipeline's sentence-by-sentence
// clause reading gives what clause.Extract gives.
func TestClausesAsExtract(t *testing.T) {
	p := newPipeline(t)
	b, err := os.ReadFile("../examples/kerry-lavrov-paris-2014-03-30.txt")
	if err != nil {
		t.Fatal(err)
	}
	ad := p.Annotate(schema.Document{ID: "x", Text: string(b)})
	got, err := clauses(context.Background(), ad)
	if err != nil {
		t.Fatal(err)
	}
	if want := clause.Extract(ad); !reflect.DeepEqual(got, want) {
		t.Errorf("clauses() gives %d clauses, clause.Extract %d, or they differ", len(got), len(want))
	}
}

// TestMentionsInSentenceOrder checks the order doc.MentionAt and
// doc.MentionRange rely on: an annotated document's mentions come sentence
// by sentence.
func TestMentionsInSentenceOrder(t *testing.T) {
	p := newPipeline(t)
	b, err := os.ReadFile("../examples/kerry-lavrov-paris-2014-03-30.txt")
	if err != nil {
		t.Fatal(err)
	}
	ad := p.Annotate(schema.Document{ID: "x", Text: string(b)})
	for k := 1; k < len(ad.Mentions); k++ {
		if ad.Mentions[k].Sentence < ad.Mentions[k-1].Sentence {
			t.Fatalf("mention %d (%q) is in sentence %d, after one in sentence %d", k, ad.Mentions[k].Text, ad.Mentions[k].Sentence, ad.Mentions[k-1].Sentence)
		}
	}
	if len(ad.Mentions) < 10 {
		t.Errorf("%d mentions in the example, want many", len(ad.Mentions))
	}
}
