package entity

import (
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/ner"
	"github.com/kgraph/kgraph/extract/text"
	"github.com/kgraph/kgraph/schema"
)

// BenchmarkResolve measures Resolve alone (segmentation and the recognizer
// run once, outside the loop) over 100 BBC politics articles; it reports
// sentences per second.
func BenchmarkResolve(b *testing.B) {
	files := readDir(b, "corpora", "bbc-news", "bbc", "politics")
	if len(files) > 100 {
		files = files[:100]
	}
	rec, err := ner.Load()
	if err != nil {
		b.Fatalf("ner.Load: %v", err)
	}
	type in struct {
		d   doc.Doc
		ner []doc.Mention
	}
	var ins []in
	sents, bytes := 0, 0
	for _, f := range files {
		txt := readShared(b, "corpora", "bbc-news", "bbc", "politics", f)
		d := doc.Doc{Document: schema.Document{ID: f, Text: txt}, Sentences: text.Segment(txt)}
		var ms []doc.Mention
		for si := range d.Sentences {
			for _, m := range rec.Recognize(&d.Sentences[si]) {
				m.Sentence = si
				ms = append(ms, m)
			}
		}
		ins = append(ins, in{d, ms})
		sents += len(d.Sentences)
		bytes += len(txt)
	}
	r := newResolver(b)
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for i := range ins {
			d := ins[i].d
			r.Resolve(&d, ins[i].ner)
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkResolveExample(b *testing.B) {
	txt := readShared(b, "articles", "kerry-lavrov-paris-2014-03-30.txt")
	d := doc.Doc{Document: schema.Document{ID: "ex", Text: txt}, Sentences: text.Segment(strings.Clone(txt))}
	r := newResolver(b)
	b.ReportAllocs()
	for b.Loop() {
		dd := d
		r.Resolve(&dd, nil)
	}
}
