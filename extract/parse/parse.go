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
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/tag/perceptron"
)

//go:embed model/parser.bin.gz
var embedded []byte

var (
	loadOnce sync.Once
	loaded   *Parser
	loadErr  error
)

// Load returns the parser of the embedded model. The model is read once;
// later calls return the same *Parser, which is safe for concurrent use.
func Load() (*Parser, error) {
	loadOnce.Do(func() {
		loaded, loadErr = Read(bytes.NewReader(embedded))
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
		w = &work{scores: make([]int32, p.model.Classes)}
		w.ws.cl = p.cl
	}
	defer p.pool.Put(w)
	w.ws.prepare(s.Tokens)
	st := &w.st
	st.reset(n)
	for !st.terminal() {
		w.feats = w.ws.features(w.feats[:0], st)
		p.model.Scores(w.feats, w.scores)
		move, label := p.best(st, w.scores)
		st.apply(move, label)
	}
	for i := range s.Tokens {
		h := st.head[i+1]
		s.Tokens[i].Head = h - 1
		s.Tokens[i].Dep = p.labels[st.label[i+1]]
	}
}

// best returns the highest-scoring legal move.
func (p *Parser) best(st *state, scores []int32) (move, label int) {
	sh, l, r := st.legal()
	bestC, bestV := -1, int32(0)
	try := func(c int) {
		if bestC < 0 || scores[c] > bestV {
			bestC, bestV = c, scores[c]
		}
	}
	if sh {
		try(0)
	}
	toRoot := r && st.s(1) == 0
	for lab := range p.labels {
		isRoot := lab == p.root
		if l && !isRoot {
			try(classOf(left, lab))
		}
		if r && isRoot == toRoot {
			try(classOf(right, lab))
		}
	}
	return moveOf(bestC)
}

// Model files start with parseMagic; version 1 had no word clusters.
const (
	parseMagic  = "kgparse2"
	parseMagic1 = "kgparse1"
)

// Read reads a parser model (gzip-compressed) written by WriteTo.
func Read(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	br := bufio.NewReader(zr)
	var hdr [len(parseMagic)]byte
	if _, err := io.ReadFull(br, hdr[:]); err != nil || string(hdr[:]) != parseMagic && string(hdr[:]) != parseMagic1 {
		return nil, errors.New("parser model: bad magic")
	}
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
		return nil, fmt.Errorf("parser model: %w", d.err)
	}
	if p.root < 0 {
		return nil, errors.New("parser model: no root label")
	}
	if string(hdr[:]) == parseMagic {
		n := uvarint()
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
			return nil, fmt.Errorf("parser model clusters: %w", d.err)
		}
	}
	p.model, err = perceptron.Read(br)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	if p.model.Classes != 1+2*len(p.labels) {
		return nil, fmt.Errorf("parser model: %d classes for %d labels", p.model.Classes, len(p.labels))
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

// WriteTo writes the model, gzip-compressed.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	b := []byte(parseMagic)
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
	if _, err := zw.Write(b); err != nil {
		return 0, fmt.Errorf("write parser: %w", err)
	}
	if _, err := p.model.WriteTo(zw); err != nil {
		return 0, fmt.Errorf("write parser: %w", err)
	}
	return 0, zw.Close()
}

func appendUvarint(b []byte, x uint64) []byte {
	for x >= 0x80 {
		b = append(b, byte(x)|0x80)
		x >>= 7
	}
	return append(b, byte(x))
}
