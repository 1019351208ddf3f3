package entity

import (
	"fmt"
	"strconv"
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
	txt := readExample(b, "kerry-lavrov-paris-2014-03-30.txt")
	d := doc.Doc{Document: schema.Document{ID: "ex", Text: txt}, Sentences: text.Segment(strings.Clone(txt))}
	r := newResolver(b)
	b.ReportAllocs()
	for b.Loop() {
		dd := d
		r.Resolve(&dd, nil)
	}
}

// BenchmarkResolveLong resolves one document of n short sentences that name
// many people in full and then by surname, as a long transcript does, with
// the names from the gazetteer's people. ns/sentence must stay flat as n
// grows: resolution is linear (issue 13: every surname was compared with
// every full name).
func BenchmarkResolveLong(b *testing.B) {
	r := newResolver(b)
	first := []string{"Tony", "Gordon", "Jack", "Vladimir", "Angela", "Jacques", "Helmut", "Ronald"}
	last := []string{"Blair", "Brown", "Straw", "Putin", "Merkel", "Chirac", "Kohl", "Reagan"}
	for _, n := range []int{1000, 10000, 100000} {
		var sb strings.Builder
		for i := range n {
			f, l := first[i%len(first)], last[(i/len(first))%len(last)]
			fmt.Fprintf(&sb, "%s %s%d met officials. %s%d said no.\n", f, l, i, l, i)
		}
		txt := sb.String()
		d := doc.Doc{Document: schema.Document{ID: "long", Text: txt}, Sentences: text.Segment(txt)}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(txt)))
			for b.Loop() {
				dd := d
				r.Resolve(&dd, nil)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(d.Sentences)), "ns/sentence")
		})
	}
}
