package clause

import (
	"bufio"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/internal/shared"
)

var (
	fuzzUPOS = []string{"NOUN", "VERB", "PROPN", "PRON", "AUX", "ADP", "DET", "ADJ", "PART", "PUNCT", "CCONJ", "SCONJ", "ADV", "NUM", ""}
	fuzzDeps = []string{"root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:tmod", "xcomp", "ccomp",
		"conj", "cc", "acl", "acl:relcl", "advcl", "parataxis", "appos", "cop", "aux", "aux:pass", "advmod", "mark",
		"case", "det", "compound:prt", "nmod", "csubj", "punct", "amod", "flat", "", "weird:thing"}
	fuzzWords = []string{"who", "which", "that", "not", "no", "by", "on", "to", "said", "was", "the", "Russia", `"`, ",", "and", "n't", "never"}
	fuzzXPOS  = []string{"VBN", "VBG", "VBD", "NN", "NNP", "IN", "TO"}
)

// randomDoc builds a sentence of n tokens with arbitrary tags and
// relations; heads point backwards (a tree) unless cyclic is set.
func randomDoc(r *rand.Rand, n int, cyclic bool) *doc.Doc {
	d := &doc.Doc{}
	var b strings.Builder
	s := doc.Sentence{}
	for i := range n {
		w := fuzzWords[r.IntN(len(fuzzWords))]
		t := doc.Token{Text: w, Lemma: w, UPOS: fuzzUPOS[r.IntN(len(fuzzUPOS))], XPOS: fuzzXPOS[r.IntN(len(fuzzXPOS))],
			Dep: fuzzDeps[r.IntN(len(fuzzDeps))], Start: b.Len(), SpaceAfter: true}
		b.WriteString(w)
		t.End = b.Len()
		b.WriteByte(' ')
		switch {
		case cyclic:
			t.Head = r.IntN(n+2) - 2
		case i == 0:
			t.Head = -1
		default:
			t.Head = r.IntN(i)
		}
		s.Tokens = append(s.Tokens, t)
	}
	s.End = b.Len()
	d.Text = b.String()
	d.Sentences = []doc.Sentence{s}
	d.Mentions = []doc.Mention{{Sentence: 0, Start: -3, End: n + 5, Entity: "kg:x"}}
	return d
}

func checkClauses(t *testing.T, d *doc.Doc, cs []Clause) {
	t.Helper()
	inRange := func(a *Arg, n int) bool {
		for _, k := range a.Tokens {
			if k < 0 || k >= n {
				return false
			}
		}
		return a.Start >= 0 && a.End <= n
	}
	for i := range cs {
		c := &cs[i]
		n := len(d.Sentences[c.Sentence].Tokens)
		if c.Confidence < 0 || c.Confidence > 1 {
			t.Fatalf("clause %d: confidence %v", i, c.Confidence)
		}
		if c.Parent < -1 || c.Parent >= len(cs) || c.Parent == i {
			t.Fatalf("clause %d: parent %d of %d", i, c.Parent, len(cs))
		}
		if !inRange(&c.Subject, n) {
			t.Fatalf("clause %d: subject %+v out of range", i, c.Subject)
		}
		for k := range c.Objects {
			if !inRange(&c.Objects[k], n) {
				t.Fatalf("clause %d: object %+v out of range", i, c.Objects[k])
			}
		}
		for _, k := range c.VerbChain {
			if k < 0 || k >= n {
				t.Fatalf("clause %d: verb chain %v out of range", i, c.VerbChain)
			}
		}
	}
	Statements(d, cs)
	if err := WriteCarb(&strings.Builder{}, d, cs); err != nil {
		t.Fatalf("WriteCarb: %v", err)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(uint64(1), uint16(12), false)
	f.Add(uint64(2), uint16(40), true)
	f.Add(uint64(3), uint16(1), false)
	f.Fuzz(func(t *testing.T, seed uint64, n uint16, cyclic bool) {
		r := rand.New(rand.NewPCG(seed, 7))
		d := randomDoc(r, int(n%400), cyclic)
		checkClauses(t, d, Extract(d))
	})
}

func TestLongSentences(t *testing.T) {
	const n = 10000
	shapes := []struct {
		name string
		head func(i int) int
		dep  func(i int) string
		upos string
	}{
		{"chain of verb conjuncts", func(i int) int { return i - 1 }, func(int) string { return "conj" }, "VERB"},
		{"chain of open complements", func(i int) int { return i - 1 }, func(int) string { return "xcomp" }, "VERB"},
		{"star of objects", func(i int) int { return min(i, 1) - 1 }, func(int) string { return "obj" }, "NOUN"},
		{"star of clauses", func(i int) int { return min(i, 1) - 1 }, func(i int) string {
			return []string{"conj", "xcomp", "ccomp", "parataxis", "nsubj"}[i%5]
		}, "VERB"},
		{"chain of relative clauses", func(i int) int { return i - 1 }, func(i int) string {
			return []string{"acl:relcl", "nsubj", "obj"}[i%3]
		}, "VERB"},
		{"random tree of reporting verbs", func(i int) int {
			if i == 0 {
				return -1
			}
			return (i*7919 + 13) % i
		}, func(i int) string {
			return []string{"obl", "acl:relcl", "conj", "ccomp", "nsubj", "obj", "mark", "xcomp", "parataxis"}[i%9]
		}, "VERB"},
	}
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			d := &doc.Doc{}
			s := doc.Sentence{}
			for i := range n {
				w := "w" + strconv.Itoa(i)
				if i%4 == 0 {
					w = "that"
				}
				s.Tokens = append(s.Tokens, doc.Token{Text: w, Lemma: []string{"say", w, "that"}[i%3], UPOS: sh.upos, XPOS: "VBN",
					Head: sh.head(i), Dep: sh.dep(i)})
			}
			d.Sentences = []doc.Sentence{s}
			cs := Extract(d)
			checkClauses(t, d, cs)
			for _, c := range cs {
				if len(c.Subject.Tokens) > maxArgTokens {
					t.Fatalf("subject of %d tokens, want at most %d", len(c.Subject.Tokens), maxArgTokens)
				}
			}
		})
	}
	t.Run("random cyclic", func(t *testing.T) {
		d := randomDoc(rand.New(rand.NewPCG(9, 9)), n, true)
		checkClauses(t, d, Extract(d))
	})
}

// ewtDocs reads up to max sentences of a UD treebank as documents with
// their gold parses.
func ewtDocs(tb testing.TB, name string, max int) []*doc.Doc {
	tb.Helper()
	f, err := os.Open(shared.Require(tb, "corpora", "ud-english-ewt", name))
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	defer f.Close()
	var docs []*doc.Doc
	var cur []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() && len(docs) < max {
		l := sc.Text()
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				docs = append(docs, loadConllu(tb, strings.Join(cur, "\n")))
			}
			cur = cur[:0]
			continue
		}
		if strings.HasPrefix(l, "#") {
			continue
		}
		fs := strings.Split(l, "\t")
		if len(fs) != 10 || strings.ContainsAny(fs[0], "-.") {
			continue
		}
		for i := range fs {
			fs[i] = strings.ReplaceAll(fs[i], " ", "_")
		}
		cur = append(cur, strings.Join(fs, "\t"))
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read: %v", err)
	}
	return docs
}

func TestTreebank(t *testing.T) {
	docs := ewtDocs(t, "en_ewt-ud-dev.conllu", 3000)
	clauses, withSubj := 0, 0
	for _, d := range docs {
		cs := Extract(d)
		checkClauses(t, d, cs)
		for _, c := range cs {
			clauses++
			if !c.Subject.Empty() {
				withSubj++
			}
		}
	}
	// Most clauses of edited English have an explicit or inherited subject.
	if clauses < len(docs) || float64(withSubj) < 0.75*float64(clauses) {
		t.Errorf("%d sentences gave %d clauses, %d with a subject", len(docs), clauses, withSubj)
	}
}

func BenchmarkExtract(b *testing.B) {
	docs := ewtDocs(b, "en_ewt-ud-dev.conllu", 1000)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Extract(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/sentence")
}
