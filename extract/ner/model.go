package ner

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/internal/prefetch"
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

// Model is the serialized form of a trained recognizer. Its tables are
// sorted slices, so that the same model always encodes to the same bytes.
type Model struct {
	// ClusterWords and ClusterIDs are Lexicon.Clusters, sorted by word.
	ClusterWords []string
	ClusterIDs   []uint64
	// GazKeys and GazCats are Lexicon.Gaz, sorted by key.
	GazKeys   []uint64
	GazCats   []uint8
	GazMaxLen int
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

// SetLexicon stores l in m.
func (m *Model) SetLexicon(l Lexicon) {
	m.ClusterWords = m.ClusterWords[:0]
	for w := range l.Clusters {
		m.ClusterWords = append(m.ClusterWords, w)
	}
	slices.Sort(m.ClusterWords)
	m.ClusterIDs = m.ClusterIDs[:0]
	for _, w := range m.ClusterWords {
		m.ClusterIDs = append(m.ClusterIDs, l.Clusters[w])
	}
	m.GazKeys = m.GazKeys[:0]
	for k := range l.Gaz {
		m.GazKeys = append(m.GazKeys, k)
	}
	slices.Sort(m.GazKeys)
	m.GazCats = m.GazCats[:0]
	for _, k := range m.GazKeys {
		m.GazCats = append(m.GazCats, l.Gaz[k])
	}
	m.GazMaxLen = l.GazMaxLen
}

// lexicon rebuilds the lexicon stored in m.
func (m *Model) lexicon() (Lexicon, error) {
	if len(m.ClusterWords) != len(m.ClusterIDs) || len(m.GazKeys) != len(m.GazCats) {
		return Lexicon{}, errors.New("model: lexicon tables of different lengths")
	}
	l := Lexicon{GazMaxLen: m.GazMaxLen}
	if len(m.ClusterWords) > 0 {
		// the table when the words fit one, else the map
		if l.words = newWordTable(m.ClusterWords, m.ClusterIDs); l.words == nil {
			l.Clusters = make(map[string]uint64, len(m.ClusterWords))
			for i, w := range m.ClusterWords {
				l.Clusters[w] = m.ClusterIDs[i]
			}
		}
	}
	if len(m.GazKeys) > 0 {
		if l.phrases = newPhraseTable(m.GazKeys, m.GazCats); l.phrases == nil {
			l.Gaz = make(map[uint64]uint8, len(m.GazKeys))
			for i, k := range m.GazKeys {
				l.Gaz[k] = m.GazCats[i]
			}
		}
	}
	return l, nil
}

// numLabels is len(Labels).
const numLabels = 1 + 4*4

// slot is one feature of the open-addressing weight table: its key (0 for
// an empty slot) and quantized weights together, 32 bytes, so that a lookup
// touches one cache line. The model file holds the table as it is in
// memory (modelfile.go).
type slot struct {
	key   uint32
	scale float32
	w     [numLabels]int8
	_     [32 - 8 - numLabels]byte
}

// Recognizer tags entity mentions. It is safe for concurrent use.
type Recognizer struct {
	lex   Lexicon
	nl    int
	slots []slot
	mask  uint32
	// seen has bit k>>filterShift set for every key k: most unknown
	// features are turned away without touching the big table.
	seen  []uint64
	trans []float32
	// prevs[y] lists the labels that may precede label y.
	prevs [][]int
	pool  sync.Pool
}

// New builds a recognizer from a model.
func New(m *Model) (*Recognizer, error) {
	nl := numLabels
	if len(m.Weights) != len(m.Keys)*nl || len(m.Scales) != len(m.Keys) {
		return nil, fmt.Errorf("model: %d weights for %d keys", len(m.Weights), len(m.Keys))
	}
	lex, err := m.lexicon()
	if err != nil {
		return nil, err
	}
	size := 1
	for size < len(m.Keys)*3/2+1 {
		size <<= 1
	}
	r := &Recognizer{lex: lex, nl: nl, mask: uint32(size - 1), slots: make([]slot, size),
		seen: make([]uint64, filterWords)}
	for i, k := range m.Keys {
		if k == 0 {
			return nil, errors.New("model: zero feature key")
		}
		j := (k * 0x9e3779b1) & r.mask
		for r.slots[j].key != 0 {
			if r.slots[j].key == k {
				return nil, fmt.Errorf("model: duplicate feature key %d", k)
			}
			j = (j + 1) & r.mask
		}
		sl := &r.slots[j]
		sl.key, sl.scale = k, m.Scales[i]
		r.seen[k>>filterShift/64] |= 1 << (k >> filterShift % 64)
		copy(sl.w[:], m.Weights[i*nl:(i+1)*nl])
	}
	return r, r.setTrans(m.Trans)
}

// setTrans sets the transition weights; forbidden transitions get a large
// negative weight.
func (r *Recognizer) setTrans(trans []float32) error {
	nl := numLabels
	if len(trans) != (nl+1)*nl {
		return fmt.Errorf("model: %d transition weights, want %d", len(trans), (nl+1)*nl)
	}
	r.prevs = make([][]int, nl)
	for y := range nl {
		for p := range nl {
			if Allowed(p, y) {
				r.prevs[y] = append(r.prevs[y], p)
			}
		}
	}
	r.trans = make([]float32, len(trans))
	for p := -1; p < nl; p++ {
		row := p
		if p < 0 {
			row = nl
		}
		for y := range nl {
			v := trans[row*nl+y]
			if !Allowed(p, y) {
				v = -1e30
			}
			r.trans[row*nl+y] = v
		}
	}
	return nil
}

// filterShift sizes the filter Recognizer.seen: 2^(32-filterShift) bits in
// filterWords words.
const (
	filterShift = 12
	filterWords = 1 << (32 - filterShift) / 64
)

// lookup returns the slot of feature key k, or nil.
func (r *Recognizer) lookup(k uint32) *slot {
	if r.seen[k>>filterShift/64]&(1<<(k>>filterShift%64)) == 0 {
		return nil
	}
	for j := (k * 0x9e3779b1) & r.mask; ; j = (j + 1) & r.mask {
		switch sl := &r.slots[j]; sl.key {
		case k:
			return sl
		case 0:
			return nil
		}
	}
}

// prefetchWords is how many words ahead decode prefetches the slots of
// their features: the table is megabytes, so most of a word's lookups miss
// the cache, and prefetched they are served at once, not one by one.
const prefetchWords = 1

// prefetch asks for the slots of the keys that pass the filter.
func (r *Recognizer) prefetch(keys []uint32) {
	for _, k := range keys {
		if r.seen[k>>filterShift/64]&(1<<(k>>filterShift%64)) != 0 {
			prefetch.Line(unsafe.Pointer(&r.slots[(k*0x9e3779b1)&r.mask]))
		}
	}
}

//go:embed model/ner.bin
var embedded []byte

var (
	loadOnce sync.Once
	loaded   *Recognizer
	loadErr  error
)

// Load returns the recognizer with the embedded model, read once, its
// weights in place from the binary's bytes.
func Load() (*Recognizer, error) {
	loadOnce.Do(func() {
		loaded, _, loadErr = parseModel(embedded)
		if loadErr != nil {
			loadErr = fmt.Errorf("ner model: %w", loadErr)
		}
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
func (r *Recognizer) decode(d *decodeState, words []string, dc *DocContext) {
	n, nl := len(words), r.nl
	d.path = d.path[:0]
	if n == 0 {
		return
	}
	r.lex.features(&d.scratch, words, dc)
	if cap(d.score) < n*nl {
		d.score = make([]float32, n*nl)
		d.back = make([]int16, n*nl)
	}
	d.score, d.back = d.score[:n*nl], d.back[:n*nl]
	clear(d.score)
	for i := range min(n, prefetchWords) {
		r.prefetch(d.feats[d.offs[i]:d.offs[i+1]])
	}
	for i := range n {
		if j := i + prefetchWords; j < n {
			r.prefetch(d.feats[d.offs[j]:d.offs[j+1]])
		}
		s := (*[numLabels]float32)(d.score[i*nl : (i+1)*nl])
		for _, k := range d.feats[d.offs[i]:d.offs[i+1]] {
			sl := r.lookup(k)
			if sl == nil {
				continue
			}
			addWeights(s, sl)
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

// Tag returns the IOB2 tag of each word (O, B-PER, I-ORG, ...), reading the
// sentence alone.
func (r *Recognizer) Tag(words []string) []string {
	return r.tag(words, nil)
}

// TagDocument returns the IOB2 tags of the words of each sentence of a
// document; the casing of words elsewhere in the document helps with
// sentence-initial words and all-caps headlines.
func (r *Recognizer) TagDocument(sents [][]string) [][]string {
	dc := NewDocContext(sents)
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = r.tag(s, dc)
	}
	return out
}

func (r *Recognizer) tag(words []string, dc *DocContext) []string {
	d := r.state()
	defer r.pool.Put(d)
	r.decode(d, words, dc)
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
	return r.recognize(s, words(s), nil)
}

// RecognizeDoc returns the entity mentions of every sentence of d, with
// Mention.Sentence set and Source "ner"; the casing of words across the
// document informs each sentence (see TagDocument). It does not modify d.
func (r *Recognizer) RecognizeDoc(d *doc.Doc) []doc.Mention {
	ms, _ := r.RecognizeDocContext(context.Background(), d)
	return ms
}

// RecognizeDocContext is RecognizeDoc, stopping between sentences with
// ctx's error once ctx is done.
func (r *Recognizer) RecognizeDocContext(ctx context.Context, d *doc.Doc) ([]doc.Mention, error) {
	sents := make([][]string, len(d.Sentences))
	for i := range d.Sentences {
		sents[i] = words(&d.Sentences[i])
	}
	dc := NewDocContext(sents)
	var ms []doc.Mention
	for i := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, m := range r.recognize(&d.Sentences[i], sents[i], dc) {
			m.Sentence = i
			ms = append(ms, m)
		}
	}
	return ms, nil
}

// words returns the model-facing words of s, with PTB quotes turned back
// into the plain quotes of the training text.
func words(s *doc.Sentence) []string {
	w := s.Words()
	for i, x := range w {
		switch x {
		case "``", "''", "“", "”":
			w[i] = "\""
		case "`", "‘", "’":
			w[i] = "'"
		}
	}
	return w
}

func (r *Recognizer) recognize(s *doc.Sentence, words []string, dc *DocContext) []doc.Mention {
	d := r.state()
	defer r.pool.Put(d)
	r.decode(d, words, dc)
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

func init() {
	if len(Labels) != numLabels {
		panic("ner: numLabels does not match Labels")
	}
}
