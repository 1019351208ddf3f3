// Package parse assigns a labelled dependency tree (Universal Dependencies
// relations) to tagged sentences. It is a greedy arc-hybrid transition
// parser scored by an averaged perceptron with rich feature templates in the
// style of Zhang & Nivre (2011), trained with a dynamic oracle (Goldberg &
// Nivre 2013). Models may also hold word clusters that back off rare words,
// as in Koo et al. (2008); the embedded one has none. The model, trained on
// UD English EWT (CC BY-SA 4.0, see model/NOTICE), is embedded in the binary.
package parse

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/tag/perceptron"
)

//go:embed model/parser.bin
var embedded []byte

var (
	loadOnce sync.Once
	loaded   *Parser
	loadErr  error
)

// Load returns the parser of the embedded model. The model is read once, in
// place from the binary's bytes; later calls return the same *Parser, which
// is safe for concurrent use.
func Load() (*Parser, error) {
	loadOnce.Do(func() {
		loaded, loadErr = parseModel(embedded)
		if loadErr != nil {
			loadErr = fmt.Errorf("embedded parser model: %w", loadErr)
		}
	})
	return loaded, loadErr
}

// Parser parses sentences. It is safe for concurrent use.
type Parser struct {
	labels []string
	root   int // index of the "root" label
	model  *perceptron.Model
	cl     clusters // nil: no cluster features
	pool   sync.Pool
}

// Labels returns the dependency relations the parser assigns.
func (p *Parser) Labels() []string { return p.labels }

type work struct {
	st     state
	ws     words
	feats  []uint64
	scores []int32
	buffer []int32 // the scores of the buffer's features alone
}

// Parse fills Head (token index, -1 for the root) and Dep of every token of
// s, from the words and the UPOS and XPOS tags already on the tokens.
func (p *Parser) Parse(s *doc.Sentence) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	w, _ := p.pool.Get().(*work)
	if w == nil {
		w = &work{scores: make([]int32, p.model.Classes), buffer: make([]int32, p.model.Classes)}
		w.ws.cl = p.cl
	}
	defer p.pool.Put(w)
	w.ws.prepare(s.Tokens)
	st := &w.st
	st.reset(n)
	atB := -1 // the buffer position w.buffer holds the scores of
	for !st.terminal() {
		if move, label, ok := p.forced(st); ok {
			st.apply(move, label)
			continue
		}
		// LEFT and RIGHT leave the buffer as it is: the weights of its
		// features, summed at the first move from a position, serve the
		// others (integer sums, so the scores are those of all features).
		if st.b != atB {
			w.feats = w.ws.bufferFeatures(w.feats[:0], st)
			p.model.Scores(w.feats, w.buffer)
			atB = st.b
		}
		w.feats = w.ws.stackFeatures(w.feats[:0], st)
		p.model.ScoresPlus(w.feats, w.buffer, w.scores)
		move, label := p.best(st, w.scores)
		st.apply(move, label)
	}
	for i := range s.Tokens {
		h := st.head[i+1]
		s.Tokens[i].Head = h - 1
		s.Tokens[i].Dep = p.labels[st.label[i+1]]
	}
}

// forced returns the only legal move, when there is one: SHIFT when the
// stack holds the root alone (at the start, and after each word before
// the sentence's root is attached to the word after it), RIGHT-root once
// the buffer is empty and the stack holds the root and one word (the last
// move). best would return the same whatever the scores, so the features
// of these moves are neither computed nor scored.
func (p *Parser) forced(st *state) (move, label int, ok bool) {
	sh, l, r := st.legal()
	switch {
	case sh && !l && !r:
		return shift, 0, true
	case !sh && !l && r && st.s(1) == 0:
		return right, p.root, true
	}
	return 0, 0, false
}

// best returns the highest-scoring legal move.
func (p *Parser) best(st *state, scores []int32) (move, label int) {
	sh, l, r := st.legal()
	// No sum of a transition's weights reaches MinInt32 (89 features of
	// int16 weights), so the first legal move always beats it.
	bestC, bestV := -1, int32(math.MinInt32)
	if sh {
		bestC, bestV = 0, scores[0]
	}
	toRoot := r && st.s(1) == 0
	// moves in class order: LEFT-l (1+2l) before RIGHT-l (2+2l)
	sc := scores[1 : 1+2*len(p.labels)]
	for lab := range p.labels {
		isRoot := lab == p.root
		if l && !isRoot {
			if v := sc[2*lab]; v > bestV {
				bestC, bestV = 1+2*lab, v
			}
		}
		if r && isRoot == toRoot {
			if v := sc[2*lab+1]; v > bestV {
				bestC, bestV = 2+2*lab, v
			}
		}
	}
	return moveOf(bestC)
}

// A parser model file is
//
//	magic     "kgparse3"
//	uint32    length of the preamble, little-endian
//	preamble  varints and strings: the labels, the word clusters
//	padding   to a multiple of 8 bytes
//	weights   a perceptron model file, used in place
const parseMagic = "kgparse3"

// Read reads a parser model written by WriteTo, and checks it whole.
func Read(r io.Reader) (*Parser, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	p, err := parseModel(b)
	if err != nil {
		return nil, err
	}
	if err := p.model.Check(); err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	return p, nil
}

// parseModel reads the model in b, whose weights it uses in place.
func parseModel(b []byte) (*Parser, error) {
	h := len(parseMagic) + 4
	if len(b) < h || string(b[:len(parseMagic)]) != parseMagic {
		return nil, errors.New("parser model: bad magic")
	}
	n := int(binary.LittleEndian.Uint32(b[len(parseMagic):]))
	if n > len(b)-h {
		return nil, errors.New("parser model: truncated")
	}
	p, err := readPreamble(bufio.NewReader(bytes.NewReader(b[h : h+n])))
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	if p.model, err = perceptron.Parse(b[pad8(h+n):]); err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	if p.model.Classes != 1+2*len(p.labels) {
		return nil, fmt.Errorf("parser model: %d classes for %d labels", p.model.Classes, len(p.labels))
	}
	return p, nil
}

func pad8(n int) int { return (n + 7) &^ 7 }

// readPreamble reads the labels and the word clusters.
func readPreamble(br *bufio.Reader) (*Parser, error) {
	p := &Parser{root: -1}
	var d struct{ err error }
	uvarint := func() uint64 {
		if d.err != nil {
			return 0
		}
		var x uint64
		x, d.err = readUvarint(br)
		return x
	}
	n := uvarint()
	for i := uint64(0); i < n && i < 1<<12 && d.err == nil; i++ {
		k := uvarint()
		if k > 256 {
			d.err = errors.New("label too long")
			break
		}
		b := make([]byte, k)
		if _, err := io.ReadFull(br, b); err != nil {
			d.err = err
		}
		if string(b) == "root" {
			p.root = int(i)
		}
		p.labels = append(p.labels, string(b))
	}
	if d.err != nil {
		return nil, d.err
	}
	if p.root < 0 {
		return nil, errors.New("no root label")
	}
	n = uvarint()
	if n > 1<<22 {
		d.err = errors.New("too many clusters")
	}
	if n > 0 && d.err == nil {
		p.cl = make(clusters, n)
	}
	var b []byte
	for i := uint64(0); i < n && d.err == nil; i++ {
		k := uvarint()
		if k > 1024 {
			d.err = errors.New("cluster word too long")
			break
		}
		b = append(b[:0], make([]byte, k)...)
		if _, err := io.ReadFull(br, b); err != nil {
			d.err = err
			break
		}
		id := uvarint()
		p.cl[string(b)] = id
	}
	if d.err != nil {
		return nil, fmt.Errorf("clusters: %w", d.err)
	}
	return p, nil
}

func readUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	for s := uint(0); s < 64; s += 7 {
		c, err := r.ReadByte()
		if err != nil {
			return 0, err
		}
		x |= uint64(c&0x7f) << s
		if c < 0x80 {
			return x, nil
		}
	}
	return 0, errors.New("bad varint")
}

// WriteTo writes the model file.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	var b []byte
	b = appendUvarint(b, uint64(len(p.labels)))
	for _, l := range p.labels {
		b = appendUvarint(b, uint64(len(l)))
		b = append(b, l...)
	}
	words := make([]string, 0, len(p.cl))
	for w := range p.cl {
		words = append(words, w)
	}
	slices.Sort(words)
	b = appendUvarint(b, uint64(len(words)))
	for _, w := range words {
		b = appendUvarint(b, uint64(len(w)))
		b = append(b, w...)
		b = appendUvarint(b, p.cl[w])
	}
	out := append([]byte(parseMagic), 0, 0, 0, 0)
	binary.LittleEndian.PutUint32(out[len(parseMagic):], uint32(len(b)))
	out = append(out, b...)
	out = append(out, make([]byte, pad8(len(out))-len(out))...)
	out = p.model.AppendBinary(out)
	n, err := w.Write(out)
	if err != nil {
		return int64(n), fmt.Errorf("write parser: %w", err)
	}
	return int64(n), nil
}

func appendUvarint(b []byte, x uint64) []byte {
	for x >= 0x80 {
		b = append(b, byte(x)|0x80)
		x >>= 7
	}
	return append(b, byte(x))
}
