// Package tag assigns part-of-speech tags (universal UPOS and Penn Treebank
// XPOS) and lemmas to tokens. The tagger is a greedy averaged perceptron over
// joint UPOS+XPOS tags; the lemmatizer is an exception table plus suffix
// rules learned from treebank lemmas. Words too rare in the treebank to be
// in the tagger's dictionary are looked up in a lexicon of the parts of
// speech WordNet gives them (wordnet.go). The model, trained on UD English
// EWT (CC BY-SA 4.0) with WordNet's lexicon (see model/NOTICE), is embedded
// in the binary.
package tag

import (
	"bufio"
	"bytes"
	"cmp"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/tag/perceptron"
)

//go:embed model/tagger.bin
var embedded []byte

var (
	loadOnce sync.Once
	loaded   *Tagger
	loadErr  error
)

// Load returns the tagger of the embedded model. The model is read once, in
// place from the binary's bytes; later calls return the same *Tagger, which
// is safe for concurrent use.
func Load() (*Tagger, error) {
	loadOnce.Do(func() {
		loaded, loadErr = parseModel(embedded)
		if loadErr != nil {
			loadErr = fmt.Errorf("embedded tagger model: %w", loadErr)
		}
	})
	return loaded, loadErr
}

// Class is one joint tag.
type Class struct{ UPOS, XPOS string }

// Tagger tags sentences. It holds no per-call state and is safe for
// concurrent use.
type Tagger struct {
	classes []Class
	model   *perceptron.Model
	lem     *Lemmatizer
	// lex gives the dictionary classes of the words not in dict.
	lex lexTable
	// dict maps frequent words (hash of the normalized form) to their
	// ambiguity class (hash of the set of tags seen) and most frequent tag.
	dict map[uint64]dictEntry
}

type dictEntry struct{ amb, mft uint64 }

// Classes returns the joint tags the tagger predicts.
func (t *Tagger) Classes() []Class { return t.classes }

// Lemmatizer returns the tagger's lemmatizer.
func (t *Tagger) Lemmatizer() *Lemmatizer { return t.lem }

// Tag fills UPOS, XPOS and Lemma of every token of s, reading each token's
// Norm (or Text when Norm is empty).
func (t *Tagger) Tag(s *doc.Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	w, _ := workPool.Get().(*work)
	if w == nil {
		w = new(work)
	}
	defer workPool.Put(w)
	w.words = w.words[:0]
	for i := range s.Tokens {
		tk := &s.Tokens[i]
		w.words = append(w.words, cmp.Or(tk.Norm, tk.Text))
	}
	words := w.words
	sc := &w.sc
	sc.prepare(words, t.dict, t.lex)
	w.scores = append(w.scores[:0], make([]int32, len(t.classes))...)
	for i, c := range t.tagWords(w) {
		tk := &s.Tokens[i]
		tk.UPOS, tk.XPOS = t.classes[c].UPOS, t.classes[c].XPOS
		tk.Lemma = t.lem.Lemma(words[i], tk.XPOS)
	}
	fixModal(s.Tokens, t.lem, words)
	fixNominalAdjective(s.Tokens, words)
	fixSubjunctive(s.Tokens, words)
	fixPerfect(s.Tokens)
	fixMainVerb(s.Tokens, t.lem, words)
}

// tagWords tags the prepared words of w from left to right, each word
// conditioned on the tags chosen for the two before it, and returns their
// classes.
func (t *Tagger) tagWords(w *work) []int32 {
	sc, scores := &w.sc, w.scores
	w.tags = w.tags[:0]
	prev, prev2 := uint64(startTag), uint64(startTag)
	for i := range sc.toks {
		w.feats = sc.features(w.feats[:0], i, prev, prev2)
		t.model.Scores(w.feats, scores)
		best := argmax(scores)
		w.tags = append(w.tags, int32(best))
		prev2, prev = prev, uint64(best+1)
	}
	return w.tags
}

// argmax returns the class of the highest score, the first of equal ones.
func argmax[T int32 | float32](scores []T) int {
	if len(scores) == 0 {
		return 0
	}
	// the best score held in a register, not reloaded through its index
	best, bv := 0, scores[0]
	for c, v := range scores[1:] {
		if v > bv {
			best, bv = c+1, v
		}
	}
	return best
}

// work is the reusable memory of one Tag call.
type work struct {
	sc     scratch
	words  []string
	scores []int32
	feats  []uint64
	tags   []int32
}

// workPool spares each sentence its own buffers; a Tagger is used by many
// goroutines at once.
var workPool sync.Pool

const (
	startTag = 1 << 20
	endWord  = 0xe0d
)

// per-token hashes, computed once per sentence
type tokHash struct {
	w, shape   uint64
	suf        [4]uint64
	pre        [3]uint64
	upper, hyp bool
	dict       dictEntry
	lex        uint16 // lexical classes of a word not in dict
}

type scratch struct {
	toks      []tokHash
	buf, buf2 []byte
}

func (sc *scratch) prepare(words []string, dict map[uint64]dictEntry, lex lexTable) {
	sc.toks = append(sc.toks[:0], make([]tokHash, len(words))...)
	for i, w := range words {
		sc.buf = AppendNorm(sc.buf[:0], w)
		n := sc.buf
		th := &sc.toks[i]
		th.w = hashBytes(n)
		for k := 1; k <= 4; k++ {
			th.suf[k-1] = hashBytes(n[max(0, len(n)-k):])
		}
		for k := 1; k <= 3; k++ {
			th.pre[k-1] = hashBytes(n[:min(len(n), k)])
		}
		if th.dict = dict[th.w]; th.dict.amb == 0 {
			th.lex = lex.classes(n, &sc.buf2)
		} else {
			th.lex = 0
		}
		sc.buf = AppendShape(sc.buf[:0], w)
		th.shape = hashBytes(sc.buf)
		th.upper = len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z'
		th.hyp = strings.IndexByte(w, '-') > 0
	}
}

func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func (sc *scratch) at(i int) *tokHash {
	if i < 0 || i >= len(sc.toks) {
		return &boundary
	}
	return &sc.toks[i]
}

var boundary = tokHash{w: endWord, shape: endWord, suf: [4]uint64{endWord, endWord, endWord, endWord}}

func (sc *scratch) features(f []uint64, i int, prev, prev2 uint64) []uint64 {
	c, l1, l2, r1, r2 := sc.at(i), sc.at(i-1), sc.at(i-2), sc.at(i+1), sc.at(i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	b2u := func(b bool) uint64 {
		if b {
			return 1
		}
		return 0
	}
	f = append(f,
		perceptron.F0(1),
		perceptron.F1(2, c.w),
		perceptron.F1(3, c.suf[0]), perceptron.F1(4, c.suf[1]), perceptron.F1(5, c.suf[2]),
		perceptron.F1(6, c.suf[3]),
		perceptron.F1(7, c.pre[0]), perceptron.F1(8, c.pre[1]), perceptron.F1(9, c.pre[2]),
		perceptron.F1(10, c.shape),
		perceptron.F1(11, l1.w), perceptron.F1(12, l2.w), perceptron.F1(13, r1.w), perceptron.F1(14, r2.w),
		perceptron.F1(15, l1.suf[2]), perceptron.F1(16, r1.suf[2]),
		perceptron.F1(17, prev), perceptron.F1(18, prev2), perceptron.F2(19, prev, prev2),
		perceptron.F2(20, prev, c.w),
		perceptron.F2(21, c.w, r1.w), perceptron.F2(22, l1.w, c.w),
		perceptron.F1(23, r1.shape), perceptron.F1(24, l1.shape),
		perceptron.F2(25, c.shape, first),
		perceptron.F2(26, prev, c.suf[2]),
		perceptron.F2(27, prev, r1.w),
		perceptron.F3(28, b2u(c.upper), b2u(c.hyp), first),
		perceptron.F2(29, r1.suf[1], c.suf[2]),
		perceptron.F2(30, prev, r1.suf[2]),
		perceptron.F3(31, c.w, b2u(c.upper), first),
		perceptron.F2(32, l1.w, c.suf[2]),
		perceptron.F2(33, c.suf[2], r1.w),
		perceptron.F2(34, prev, c.shape),
		perceptron.F3(35, l1.shape, c.shape, r1.shape),
		perceptron.F1(36, c.dict.amb), perceptron.F1(37, r1.dict.amb), perceptron.F1(38, l1.dict.amb),
		perceptron.F1(39, r2.dict.amb),
		perceptron.F2(40, prev, r1.dict.amb), perceptron.F2(41, c.dict.amb, r1.dict.amb),
		perceptron.F2(42, c.dict.mft, r1.dict.mft), perceptron.F2(43, prev, c.dict.amb),
		perceptron.F2(44, c.dict.amb, c.suf[2]),
		perceptron.F1(45, uint64(c.lex)), perceptron.F2(46, uint64(c.lex), c.suf[1]),
		perceptron.F2(47, prev, uint64(c.lex)), perceptron.F1(48, uint64(r1.lex)),
		perceptron.F3(49, uint64(c.lex), b2u(c.upper), first),
	)
	return f
}

// A tagger model file is
//
//	magic     "kgtag2\0\0"
//	uint32    length of the preamble, little-endian
//	preamble  varints and strings: the classes, the lemmatizer, the word
//	          dictionary
//	padding   to a multiple of 8 bytes
//	weights   a perceptron model file, used in place
//	padding   to a multiple of 8 bytes
//	lexicon   [n]uint64, little-endian, a lexTable of n entries (n in the
//	          preamble), used in place
const tagMagic = "kgtag3\x00\x00"

// Read reads a tagger model written by WriteTo, and checks it whole.
func Read(r io.Reader) (*Tagger, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	t, err := parseModel(b)
	if err != nil {
		return nil, err
	}
	if err := t.model.Check(); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if !slices.IsSorted(t.lex) {
		return nil, errors.New("tagger model: lexicon not sorted")
	}
	return t, nil
}

// parseModel reads the model in b, whose weights it uses in place.
func parseModel(b []byte) (*Tagger, error) {
	pre, weights, err := splitModel(b)
	if err != nil {
		return nil, err
	}
	d := decoder{r: bufio.NewReader(bytes.NewReader(pre))}
	t := &Tagger{}
	n := d.uvarint()
	for i := uint64(0); i < n && d.err == nil; i++ {
		t.classes = append(t.classes, Class{UPOS: d.str(), XPOS: d.str()})
	}
	t.lem = readLemmatizer(&d)
	n = d.uvarint()
	t.dict = make(map[uint64]dictEntry, min(n, 1<<20))
	for i := uint64(0); i < n && d.err == nil; i++ {
		k := d.uvarint()
		t.dict[k] = dictEntry{d.uvarint(), d.uvarint()}
	}
	nlex := d.uvarint()
	if d.err != nil {
		return nil, fmt.Errorf("tagger model: %w", d.err)
	}
	if t.model, err = perceptron.Parse(weights); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if t.model.Classes != len(t.classes) {
		return nil, fmt.Errorf("tagger model: %d classes, %d weights columns", len(t.classes), t.model.Classes)
	}
	rest, err := skipWeights(weights)
	if err != nil {
		return nil, err
	}
	if nlex > uint64(len(rest)/8) {
		return nil, errors.New("tagger model: truncated lexicon")
	}
	t.lex = perceptron.Uint64s(rest[:8*nlex])
	return t, nil
}

// skipWeights returns what follows the perceptron model that starts b, from
// the next multiple of 8 bytes on.
func skipWeights(b []byte) ([]byte, error) {
	n, err := perceptron.Size(b)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if pad8(n) > len(b) {
		return nil, errors.New("tagger model: truncated")
	}
	return b[pad8(n):], nil
}

// splitModel returns the preamble and the weights of the model file b.
func splitModel(b []byte) (pre, weights []byte, err error) {
	h := len(tagMagic) + 4
	if len(b) < h || string(b[:len(tagMagic)]) != tagMagic {
		return nil, nil, errors.New("tagger model: bad magic")
	}
	n := int(binary.LittleEndian.Uint32(b[len(tagMagic):]))
	if n > len(b)-h {
		return nil, nil, errors.New("tagger model: truncated")
	}
	return b[h : h+n], b[pad8(h+n):], nil
}

func pad8(n int) int { return (n + 7) &^ 7 }

// WriteTo writes the model file.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var e encoder
	e.uvarint(uint64(len(t.classes)))
	for _, c := range t.classes {
		e.str(c.UPOS)
		e.str(c.XPOS)
	}
	t.lem.write(&e)
	keys := make([]uint64, 0, len(t.dict))
	for k := range t.dict {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.uvarint(k)
		e.uvarint(t.dict[k].amb)
		e.uvarint(t.dict[k].mft)
	}
	e.uvarint(uint64(len(t.lex)))
	b := append([]byte(tagMagic), 0, 0, 0, 0)
	binary.LittleEndian.PutUint32(b[len(tagMagic):], uint32(len(e.b)))
	b = append(b, e.b...)
	b = append(b, make([]byte, pad8(len(b))-len(b))...)
	b = t.model.AppendBinary(b)
	b = append(b, make([]byte, pad8(len(b))-len(b))...)
	for _, x := range t.lex {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	n, err := w.Write(b)
	if err != nil {
		return int64(n), fmt.Errorf("write tagger: %w", err)
	}
	return int64(n), nil
}

type encoder struct{ b []byte }

func (e *encoder) uvarint(x uint64) {
	for x >= 0x80 {
		e.b = append(e.b, byte(x)|0x80)
		x >>= 7
	}
	e.b = append(e.b, byte(x))
}

func (e *encoder) str(s string) { e.uvarint(uint64(len(s))); e.b = append(e.b, s...) }

type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	var x uint64
	for s := uint(0); s < 64; s += 7 {
		c, err := d.r.ReadByte()
		if err != nil {
			d.err = err
			return 0
		}
		x |= uint64(c&0x7f) << s
		if c < 0x80 {
			return x
		}
	}
	d.err = errors.New("bad varint")
	return 0
}

func (d *decoder) str() string {
	n := d.uvarint()
	if d.err != nil {
		return ""
	}
	if n > 1<<20 {
		d.err = errors.New("string too long")
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = err
	}
	return string(b)
}
