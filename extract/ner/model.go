package ner

import (
	"compress/gzip"
	"embed"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/schema"
)

// Types are the entity types the model tags, in label order.
var Types = []string{"PER", "ORG", "LOC", "MISC"}

// Labels are the BILOU labels of the model: O, then B-, I-, L-, U- of each
// type in Types order.
var Labels = func() []string {
	l := []string{"O"}
	for _, t := range Types {
		l = append(l, "B-"+t, "I-"+t, "L-"+t, "U-"+t)
	}
	return l
}()

// Allowed reports whether label next may follow label prev in BILOU; prev
// -1 is the sentence start, next -1 the sentence end.
func Allowed(prev, next int) bool {
	open := prev > 0 && ((prev-1)%4 == 0 || (prev-1)%4 == 1) // B or I
	if next < 0 {
		return !open
	}
	if open {
		typ := (prev - 1) / 4
		return next > 0 && (next-1)/4 == typ && ((next-1)%4 == 1 || (next-1)%4 == 2)
	}
	return next == 0 || (next-1)%4 == 0 || (next-1)%4 == 3
}

// Model is the serialized form of a trained recognizer.
type Model struct {
	Lexicon
	// Keys are the feature keys, sorted; Weights holds len(Labels) weights
	// per key, quantized per key: real weight = Weights[i*L+y] * Scales[i].
	Keys    []uint32
	Weights []int8
	Scales  []float32
	// Trans holds the transition weights, (len(Labels)+1) rows of
	// len(Labels): row len(Labels) is the start.
	Trans []float32
	// Note says what the model was trained on.
	Note string
}

// Encode writes m gzip-compressed to w.
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	if err := gob.NewEncoder(zw).Encode(m); err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	return nil
}

// DecodeModel reads a model written by Encode.
func DecodeModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	var m Model
	if err := gob.NewDecoder(zr).Decode(&m); err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	return &m, nil
}

// Recognizer tags entity mentions. It is safe for concurrent use.
type Recognizer struct {
	lex   Lexicon
	nl    int
	slots []uint32 // open-addressing table of keys, 0 = empty
	rows  []int32
	mask  uint32
	w     []int8
	scale []float32
	trans []float32
	// prevs[y] lists the labels that may precede label y.
	prevs [][]int
	pool  sync.Pool
}

// New builds a recognizer from a decoded model.
func New(m *Model) (*Recognizer, error) {
	nl := len(Labels)
	if len(m.Weights) != len(m.Keys)*nl || len(m.Scales) != len(m.Keys) {
		return nil, fmt.Errorf("model: %d weights for %d keys", len(m.Weights), len(m.Keys))
	}
	if len(m.Trans) != (nl+1)*nl {
		return nil, fmt.Errorf("model: %d transition weights, want %d", len(m.Trans), (nl+1)*nl)
	}
	size := 1
	for size < 2*len(m.Keys)+1 {
		size <<= 1
	}
	r := &Recognizer{lex: m.Lexicon, nl: nl, w: m.Weights, scale: m.Scales, mask: uint32(size - 1),
		slots: make([]uint32, size), rows: make([]int32, size)}
	for i, k := range m.Keys {
		if k == 0 {
			return nil, errors.New("model: zero feature key")
		}
		j := (k * 0x9e3779b1) & r.mask
		for r.slots[j] != 0 {
			if r.slots[j] == k {
				return nil, fmt.Errorf("model: duplicate feature key %d", k)
			}
			j = (j + 1) & r.mask
		}
		r.slots[j], r.rows[j] = k, int32(i)
	}
	// Forbidden transitions get a large negative weight.
	r.prevs = make([][]int, nl)
	for y := range nl {
		for p := range nl {
			if Allowed(p, y) {
				r.prevs[y] = append(r.prevs[y], p)
			}
		}
	}
	r.trans = make([]float32, len(m.Trans))
	for p := -1; p < nl; p++ {
		row := p
		if p < 0 {
			row = nl
		}
		for y := range nl {
			v := m.Trans[row*nl+y]
			if !Allowed(p, y) {
				v = -1e30
			}
			r.trans[row*nl+y] = v
		}
	}
	return r, nil
}

func (r *Recognizer) row(k uint32) int32 {
	for j := (k * 0x9e3779b1) & r.mask; ; j = (j + 1) & r.mask {
		switch r.slots[j] {
		case k:
			return r.rows[j]
		case 0:
			return -1
		}
	}
}

//go:embed model/ner.gob.gz
var modelFS embed.FS

var (
	loadOnce sync.Once
	loaded   *Recognizer
	loadErr  error
)

// Load returns the recognizer with the embedded model, decoded once.
func Load() (*Recognizer, error) {
	loadOnce.Do(func() {
		f, err := modelFS.Open("model/ner.gob.gz")
		if err != nil {
			loadErr = fmt.Errorf("ner model: %w", err)
			return
		}
		defer f.Close()
		m, err := DecodeModel(f)
		if err != nil {
			loadErr = fmt.Errorf("ner model: %w", err)
			return
		}
		loaded, loadErr = New(m)
	})
	return loaded, loadErr
}

// decodeState is the reusable state of one decode.
type decodeState struct {
	scratch
	score []float32
	back  []int16
	path  []int
}

// decode runs the features and Viterbi over words; the result is in d.path.
func (r *Recognizer) decode(d *decodeState, words []string) {
	n, nl := len(words), r.nl
	d.path = d.path[:0]
	if n == 0 {
		return
	}
	r.lex.features(&d.scratch, words)
	if cap(d.score) < n*nl {
		d.score = make([]float32, n*nl)
		d.back = make([]int16, n*nl)
	}
	d.score, d.back = d.score[:n*nl], d.back[:n*nl]
	clear(d.score)
	for i := range n {
		s := d.score[i*nl : (i+1)*nl]
		for _, k := range d.feats[d.offs[i]:d.offs[i+1]] {
			row := r.row(k)
			if row < 0 {
				continue
			}
			w, sc := r.w[int(row)*nl:int(row)*nl+nl], r.scale[row]
			for y := range s {
				s[y] += float32(w[y]) * sc
			}
		}
	}
	// Viterbi: score[i][y] becomes the best path score ending in y at i.
	for y := range nl {
		d.score[y] += r.trans[nl*nl+y]
	}
	for i := 1; i < n; i++ {
		prev, cur := d.score[(i-1)*nl:i*nl], d.score[i*nl:(i+1)*nl]
		back := d.back[i*nl : (i+1)*nl]
		for y := range nl {
			best, arg := float32(math.Inf(-1)), 0
			for _, p := range r.prevs[y] {
				if v := prev[p] + r.trans[p*nl+y]; v > best {
					best, arg = v, p
				}
			}
			cur[y] += best
			back[y] = int16(arg)
		}
	}
	if cap(d.path) < n {
		d.path = make([]int, n)
	}
	d.path = d.path[:n]
	best, arg := float32(math.Inf(-1)), 0
	for y, v := range d.score[(n-1)*nl:] {
		if Allowed(y, -1) && v > best {
			best, arg = v, y
		}
	}
	for i := n - 1; i >= 0; i-- {
		d.path[i] = arg
		arg = int(d.back[i*nl+arg])
	}
}

func (r *Recognizer) state() *decodeState {
	d, _ := r.pool.Get().(*decodeState)
	if d == nil {
		d = new(decodeState)
	}
	return d
}

// Tag returns the IOB2 tag of each word (O, B-PER, I-ORG, ...).
func (r *Recognizer) Tag(words []string) []string {
	d := r.state()
	defer r.pool.Put(d)
	r.decode(d, words)
	tags := make([]string, len(words))
	for i, y := range d.path {
		switch {
		case y == 0:
			tags[i] = "O"
		case (y-1)%4 == 0 || (y-1)%4 == 3:
			tags[i] = "B-" + Types[(y-1)/4]
		default:
			tags[i] = "I-" + Types[(y-1)/4]
		}
	}
	return tags
}

var schemaTypes = []schema.EntityType{schema.Person, schema.Organization, schema.Location, schema.Misc}

// Recognize returns the entity mentions of s, with Source "ner". Mention.Sentence
// is left 0: the caller knows the sentence index.
func (r *Recognizer) Recognize(s *doc.Sentence) []doc.Mention {
	d := r.state()
	defer r.pool.Put(d)
	r.decode(d, s.Words())
	var ms []doc.Mention
	start := -1
	for i, y := range d.path {
		if y == 0 {
			continue
		}
		switch (y - 1) % 4 {
		case 0: // B
			start = i
		case 3: // U
			start = i
			fallthrough
		case 2: // L
			if start < 0 {
				continue
			}
			ms = append(ms, doc.Mention{Start: start, End: i + 1, Text: joinTokens(s.Tokens[start : i+1]),
				Type: schemaTypes[(y-1)/4], Source: "ner"})
			start = -1
		}
	}
	return ms
}

// joinTokens joins the token texts, with a space where the text had one.
func joinTokens(ts []doc.Token) string {
	var b strings.Builder
	for i, t := range ts {
		b.WriteString(t.Text)
		if t.SpaceAfter && i < len(ts)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
