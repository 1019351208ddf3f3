package ner

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kgraph/kgraph/eval/conll"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/internal/shared"
	"github.com/kgraph/kgraph/schema"
)

func load(tb testing.TB) *Recognizer {
	tb.Helper()
	r, err := Load()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return r
}

func sp(typ string, start, end int) conll.Span {
	return conll.Span{Type: typ, Start: start, End: end}
}

func TestTag(t *testing.T) {
	r := load(t)
	tests := []struct {
		text string
		want []conll.Span // entities that must be found
	}{
		{"Russian Foreign Minister Sergey Lavrov met John Kerry in Paris on Sunday .",
			[]conll.Span{sp("MISC", 0, 1), sp("PER", 3, 5), sp("PER", 6, 8), sp("LOC", 9, 10)}},
		{"The European Union and NATO condemned the attack .",
			[]conll.Span{sp("ORG", 1, 3), sp("ORG", 4, 5)}},
		{"Germany beat Brazil 2-1 in Berlin .",
			[]conll.Span{sp("LOC", 0, 1), sp("LOC", 2, 3), sp("LOC", 5, 6)}},
		{"Shares of Microsoft Corp rose 3 percent in New York .",
			[]conll.Span{sp("ORG", 2, 4), sp("LOC", 8, 10)}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			words := strings.Fields(tt.text)
			tags := r.Tag(words)
			got := map[conll.Span]bool{}
			for _, s := range conll.Spans(tags) {
				got[s] = true
			}
			for _, s := range tt.want {
				if !got[s] {
					t.Errorf("Tag(%q) = %v, missing %v", tt.text, tags, s)
				}
			}
		})
	}
}

func TestRecognize(t *testing.T) {
	r := load(t)
	words := []string{"U.N.", "envoy", "Kofi", "Annan", "arrived", "in", "Baghdad", "."}
	s := &doc.Sentence{}
	for i, w := range words {
		s.Tokens = append(s.Tokens, doc.Token{Text: w, SpaceAfter: i+1 < len(words) && words[i+1] != "."})
	}
	got := r.Recognize(s)
	want := []doc.Mention{
		{Start: 0, End: 1, Text: "U.N.", Type: schema.Organization, Source: "ner"},
		{Start: 2, End: 4, Text: "Kofi Annan", Type: schema.Person, Source: "ner"},
		{Start: 6, End: 7, Text: "Baghdad", Type: schema.Location, Source: "ner"},
	}
	if len(got) != len(want) {
		t.Fatalf("Recognize(%q) = %+v, want %+v", words, got, want)
	}
	for i := range want {
		t.Run(want[i].Text, func(t *testing.T) {
			if got[i] != want[i] {
				t.Errorf("Recognize mention %d = %+v, want %+v", i, got[i], want[i])
			}
		})
	}
}

func TestRecognizeDoc(t *testing.T) {
	r := load(t)
	sents := [][]string{
		strings.Fields("CHINA SAYS TAIWAN SPOILS ATMOSPHERE FOR TALKS ."),
		strings.Fields("China on Thursday accused Taipei of spoiling the atmosphere for a resumption of talks across the Taiwan Strait ."),
	}
	d := &doc.Doc{}
	for _, ws := range sents {
		var s doc.Sentence
		for _, w := range ws {
			s.Tokens = append(s.Tokens, doc.Token{Text: w, SpaceAfter: true})
		}
		d.Sentences = append(d.Sentences, s)
	}
	want := []struct {
		sentence, start, end int
		typ                  schema.EntityType
	}{
		{0, 0, 1, schema.Location}, {0, 2, 3, schema.Location},
		{1, 0, 1, schema.Location}, {1, 4, 5, schema.Location},
	}
	got := map[[3]int]schema.EntityType{}
	for _, m := range r.RecognizeDoc(d) {
		got[[3]int{m.Sentence, m.Start, m.End}] = m.Type
		if m.Source != "ner" {
			t.Errorf("mention %+v: Source %q, want ner", m, m.Source)
		}
	}
	for _, w := range want {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			if typ := got[[3]int{w.sentence, w.start, w.end}]; typ != w.typ {
				t.Errorf("RecognizeDoc: sentence %d tokens %d:%d = %q, want %q (all: %v)", w.sentence, w.start, w.end, typ, w.typ, got)
			}
		})
	}
	// TagDocument and RecognizeDoc agree.
	tags := r.TagDocument(sents)
	n := 0
	for _, ts := range tags {
		n += len(conll.Spans(ts))
	}
	if n != len(got) {
		t.Errorf("TagDocument found %d entities, RecognizeDoc %d", n, len(got))
	}
}

func TestQuotes(t *testing.T) {
	s := &doc.Sentence{Tokens: []doc.Token{{Text: "\u201c", Norm: "``"}, {Text: "Hi"}, {Text: "''"}, {Text: "\u2019"}}}
	if got, want := words(s), []string{"\"", "Hi", "\"", "'"}; !slices.Equal(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}
}

func TestJoinTokens(t *testing.T) {
	tests := []struct {
		toks []doc.Token
		want string
	}{
		{[]doc.Token{{Text: "New", SpaceAfter: true}, {Text: "York", SpaceAfter: true}}, "New York"},
		{[]doc.Token{{Text: "Al", SpaceAfter: false}, {Text: "-"}, {Text: "Qaeda"}}, "Al-Qaeda"},
		{nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := joinTokens(tt.toks); got != tt.want {
				t.Errorf("joinTokens = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAllowed(t *testing.T) {
	idx := func(l string) int {
		for i, x := range Labels {
			if x == l {
				return i
			}
		}
		t.Fatalf("no label %s", l)
		return 0
	}
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"O", "B-PER", true}, {"O", "I-PER", false}, {"B-PER", "I-PER", true}, {"B-PER", "L-ORG", false},
		{"B-PER", "O", false}, {"I-LOC", "L-LOC", true}, {"L-LOC", "U-ORG", true}, {"U-ORG", "L-ORG", false},
	}
	for _, tt := range tests {
		t.Run(tt.prev+" "+tt.next, func(t *testing.T) {
			if got := Allowed(idx(tt.prev), idx(tt.next)); got != tt.want {
				t.Errorf("Allowed(%s, %s) = %v, want %v", tt.prev, tt.next, got, tt.want)
			}
		})
	}
	if Allowed(-1, idx("I-PER")) || !Allowed(-1, idx("U-PER")) || Allowed(idx("B-PER"), -1) || !Allowed(idx("L-PER"), -1) {
		t.Error("Allowed at sentence boundaries is wrong")
	}
}

// TestDev measures the embedded model on CoNLL-2003 dev: F1 must stay >=
// 0.88 with and without the document context.
func TestDev(t *testing.T) {
	docs, err := conll.ReadFile(shared.Require(t, "corpora", "conll2003-dev", "eng.testa.iob2.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r := load(t)
	var alone, indoc conll.Score
	for _, d := range docs {
		var words [][]string
		for _, s := range d.Sentences {
			alone.Add(s.Tags, r.Tag(s.Words))
			words = append(words, s.Words)
		}
		for i, tags := range r.TagDocument(words) {
			indoc.Add(d.Sentences[i].Tags, tags)
		}
	}
	for _, c := range []struct {
		name string
		sc   conll.Score
	}{{"Tag", alone}, {"TagDocument", indoc}} {
		t.Run(c.name, func(t *testing.T) {
			if f := c.sc.Total.F1(); f < 0.88 {
				t.Errorf("CoNLL-2003 dev F1 with %s = %.4f, want >= 0.88", c.name, f)
			}
		})
	}
}

// validIOB2 reports whether tags is a well-formed IOB2 sequence of len n.
func validIOB2(tags []string, n int) bool {
	if len(tags) != n {
		return false
	}
	prev := "O"
	for _, t := range tags {
		switch {
		case t == "O":
		case strings.HasPrefix(t, "B-"):
		case strings.HasPrefix(t, "I-"):
			if prev == "O" || prev[2:] != t[2:] {
				return false
			}
		default:
			return false
		}
		prev = t
	}
	return true
}

func TestOddInput(t *testing.T) {
	r := load(t)
	long := make([]string, 10000)
	for i := range long {
		long[i] = []string{"The", "President", "Bill", "Clinton", "said", ",", "1996-08-22", "WASHINGTON"}[i%8]
	}
	tests := []struct {
		name  string
		words []string
	}{
		{"empty", nil},
		{"empty words", []string{"", "", ""}},
		{"odd unicode", []string{"\xff\xfe", "\u200b", "Ǆemal", "İstanbul", "\U0001F600", "ﬁnance", "\u0301", "Ωμέγα"}},
		{"all caps", strings.Fields("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .")},
		{"number table", strings.Fields("1. Germany 10 7 2 1 22 8 23 2. Brazil 10 6 3 1 19 7 21 3. Italy 10 5 3 2 14 9 18")},
		{"long token", []string{strings.Repeat("Ab", 50000)}},
		{"10000 tokens", long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags := r.Tag(tt.words)
			if !validIOB2(tags, len(tt.words)) {
				t.Errorf("Tag(%.60q) = %.200v: not valid IOB2 of length %d", tt.words, tags, len(tt.words))
			}
		})
	}
}

func TestConcurrent(t *testing.T) {
	r := load(t)
	words := strings.Fields("Prime Minister Tony Blair flew to Washington on Monday .")
	want := strings.Join(r.Tag(words), " ")
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 100 {
				if got := strings.Join(r.Tag(words), " "); got != want {
					t.Errorf("concurrent Tag = %q, want %q", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzTag(f *testing.F) {
	r := load(f)
	for _, s := range []string{"EU rejects German call to boycott British lamb .", "SOCCER - JAPAN GET LUCKY WIN", "1 2 3", "\xff \u0301 a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		tags := r.Tag(words)
		if !validIOB2(tags, len(words)) {
			t.Errorf("Tag(%q) = %v: not valid IOB2", words, tags)
		}
	})
}

// devSentences returns the words of the CoNLL-2003 dev sentences.
func devSentences(tb testing.TB) [][]string {
	docs, err := conll.ReadFile(shared.Require(tb, "corpora", "conll2003-dev", "eng.testa.iob2.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	var ss [][]string
	for _, d := range docs {
		for _, s := range d.Sentences {
			ss = append(ss, s.Words)
		}
	}
	return ss
}

// BenchmarkTag tags CoNLL-2003 dev sentences; it reports sentences per second.
func BenchmarkTag(b *testing.B) {
	r := load(b)
	ss := devSentences(b)
	b.ReportAllocs()
	i := 0
	start, cpu := time.Now(), cpuTime()
	for b.Loop() {
		r.Tag(ss[i%len(ss)])
		i++
	}
	report(b, i, start, cpu)
}

// report adds sentences per second of wall time and per second of CPU time
// (which other processes on a shared machine do not inflate).
func report(b *testing.B, n int, start time.Time, cpu time.Duration) {
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "sentences/s")
	if c := cpuTime() - cpu; c > 0 {
		b.ReportMetric(float64(n)/c.Seconds(), "sentences/cpu-s")
	}
}

// BenchmarkTagDocument tags the CoNLL-2003 dev documents with their context;
// it reports sentences per second.
func BenchmarkTagDocument(b *testing.B) {
	r := load(b)
	docs, err := conll.ReadFile(shared.Require(b, "corpora", "conll2003-dev", "eng.testa.iob2.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var all [][][]string
	for _, d := range docs {
		var words [][]string
		for _, s := range d.Sentences {
			words = append(words, s.Words)
		}
		all = append(all, words)
	}
	b.ReportAllocs()
	n, i := 0, 0
	start, cpu := time.Now(), cpuTime()
	for b.Loop() {
		n += len(r.TagDocument(all[i%len(all)]))
		i++
	}
	report(b, n, start, cpu)
}

// BenchmarkLoad reads the embedded model, as Load does.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := parseModel(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
