package text

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/internal/shared"
)

// ewtDoc is one document of a CoNLL-U file rebuilt as text, with the gold
// word and sentence spans.
type ewtDoc struct {
	text      strings.Builder
	words     map[[2]int]bool
	sentences map[int]bool // sentence start offsets
}

// readEWT rebuilds the documents of a CoNLL-U file from its "# text =" lines:
// sentences of a paragraph are joined by a space, paragraphs by a blank line.
// Gold word spans come from aligning the word forms (or, for multiword tokens
// whose words do not spell the token, the token form) with the sentence text.
// It returns the documents and the number of sentences that failed to align.
func readEWT(t *testing.T, path string) ([]*ewtDoc, int) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*ewtDoc
	var cur *ewtDoc
	var sent string
	var rows [][]string
	newPar := false
	bad := 0
	flush := func() {
		if sent == "" {
			return
		}
		if cur == nil {
			cur = &ewtDoc{words: map[[2]int]bool{}, sentences: map[int]bool{}}
			docs = append(docs, cur)
		}
		if cur.text.Len() > 0 {
			if newPar {
				cur.text.WriteString("\n\n")
			} else {
				cur.text.WriteString(" ")
			}
		}
		base := cur.text.Len()
		cur.text.WriteString(sent)
		spans, ok := alignEWT(sent, rows)
		if !ok {
			bad++
		}
		cur.sentences[base] = true
		for _, s := range spans {
			cur.words[[2]int{base + s[0], base + s[1]}] = true
		}
		sent, rows, newPar = "", nil, false
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc"):
			flush()
			cur = nil
		case strings.HasPrefix(line, "# newpar"):
			newPar = true
		case strings.HasPrefix(line, "# text = "):
			sent = strings.TrimPrefix(line, "# text = ")
		case line == "":
			flush()
		case !strings.HasPrefix(line, "#"):
			rows = append(rows, strings.Split(line, "\t"))
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs, bad
}

// alignEWT finds the byte spans of the words of one CoNLL-U sentence in its text.
func alignEWT(text string, rows [][]string) ([][2]int, bool) {
	var spans [][2]int
	pos := 0
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		if len(r) < 10 || strings.Contains(r[0], ".") {
			continue
		}
		if a, b, ok := strings.Cut(r[0], "-"); ok {
			lo, _ := strconv.Atoi(a)
			hi, _ := strconv.Atoi(b)
			var ws []string
			for k := i + 1; k < len(rows) && len(ws) < hi-lo+1; k++ {
				if !strings.Contains(rows[k][0], ".") {
					ws = append(ws, rows[k][1])
				}
			}
			at := strings.Index(text[pos:], r[1])
			if at < 0 {
				return spans, false
			}
			start := pos + at
			if strings.Join(ws, "") == r[1] {
				for _, w := range ws {
					spans = append(spans, [2]int{start, start + len(w)})
					start += len(w)
				}
			} else {
				spans = append(spans, [2]int{start, start + len(r[1])})
			}
			pos = pos + at + len(r[1])
			for n := 0; n < hi-lo+1 && i+1 < len(rows); i++ {
				if !strings.Contains(rows[i+1][0], ".") {
					n++
				}
			}
			continue
		}
		at := strings.Index(text[pos:], r[1])
		if at < 0 {
			return spans, false
		}
		spans = append(spans, [2]int{pos + at, pos + at + len(r[1])})
		pos += at + len(r[1])
	}
	return spans, true
}

// ewtAgreement segments the rebuilt EWT dev documents and returns token F1
// (exact word spans) and sentence-boundary F1 (exact sentence starts).
func ewtAgreement(t *testing.T) (tokF1, sentF1 float64, docs, bad int) {
	ds, bad := readEWT(t, shared.Require(t, "corpora", "ud-english-ewt", "en_ewt-ud-dev.conllu"))
	var tp, sys, gold, stp, ssys, sgold int
	for _, d := range ds {
		text := d.text.String()
		gold += len(d.words)
		sgold += len(d.sentences)
		for _, s := range Segment(text) {
			ssys++
			if d.sentences[s.Start] {
				stp++
			}
			for _, tk := range s.Tokens {
				sys++
				if d.words[[2]int{tk.Start, tk.End}] {
					tp++
				}
			}
		}
	}
	f1 := func(tp, sys, gold int) float64 { return 2 * float64(tp) / float64(sys+gold) }
	return f1(tp, sys, gold), f1(stp, ssys, sgold), len(ds), bad
}

// TestEWTAgreement measures how closely Segment reproduces the UD EWT dev
// tokenization and sentence split, rebuilding each document from its
// "# text =" lines.
func TestEWTAgreement(t *testing.T) {
	tok, sent, docs, bad := ewtAgreement(t)
	t.Logf("UD EWT dev, %d documents (%d sentences unaligned): token F1 %.4f, sentence-boundary F1 %.4f", docs, bad, tok, sent)
	if tok < 0.97 {
		t.Errorf("token F1 %.4f, want at least 0.97", tok)
	}
	if sent < 0.80 {
		t.Errorf("sentence-boundary F1 %.4f, want at least 0.80", sent)
	}
}
