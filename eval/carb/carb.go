// Package carb scores Open IE extractions against the CaRB benchmark. It is
// a port of the reference scorer, carb.py of github.com/dair-iitd/CaRB
// (binary lenient tuple match, optimised global precision match, AUC by the
// trapezoid rule), and reproduces its numbers.
package carb

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

// Tuple is one extraction: a relation and its arguments.
type Tuple struct {
	Relation   string
	Args       []string
	Confidence float64
}

// Point is one point of the precision–recall curve.
type Point struct {
	Threshold, Precision, Recall, F1 float64
}

// Result is the score of a system.
type Result struct {
	// Precision, Recall and F1 at the threshold of the best F1 (the first
	// maximum in threshold order).
	Precision, Recall, F1 float64
	// Threshold is the confidence threshold of the best F1.
	Threshold float64
	// AUC is the area under the PR curve, with the point (R=0, P=1) added.
	AUC float64
	// Points is the PR curve, one point per distinct confidence, ascending.
	Points []Point
}

// ErrFormat is wrapped by errors about malformed lines.
var ErrFormat = errors.New("malformed line")

// LineError is a malformed line of a gold or system file.
type LineError struct {
	File string
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// set is extractions grouped by sentence key, in the order the keys first
// appear. The readers group by raw sentence (GoldReader on the stripped
// sentence, TabReader on the sentence field as written); Benchmark.normalizeDict
// then builds dict([(normalizeKey(k), v) ...]), so of two raw sentences whose
// key collides the later group replaces the earlier one instead of merging
// with it. SCORING.md does not say this. It is why the fixture "gold/dev.tsv
// as a system" scores 2,539 system tuples, not 2,548: three dev sentences
// have gold lines with and without a trailing space before the TAB.
type set struct {
	keys []string
	m    map[string][]Tuple
}

func newSet() *set { return &set{m: map[string][]Tuple{}} }

// add appends t to the raw sentence sent.
func add(raw map[string][]Tuple, order *[]string, sent string, t Tuple) {
	if _, ok := raw[sent]; !ok {
		*order = append(*order, sent)
	}
	raw[sent] = append(raw[sent], t)
}

// build normalizes the raw sentences into keys.
func build(raw map[string][]Tuple, order []string) *set {
	s := newSet()
	for _, sent := range order {
		k := Key(sent)
		if _, ok := s.m[k]; !ok {
			s.keys = append(s.keys, k)
		}
		s.m[k] = raw[sent]
	}
	return s
}

// ptbUnescape maps Penn Treebank bracket escapes back to brackets.
var ptbUnescape = strings.NewReplacer("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}")

// Key is the sentence key of the reference scorer: spaces removed, PTB
// bracket escapes undone, ASCII punctuation deleted.
func Key(sent string) string {
	s := ptbUnescape.Replace(strings.ReplaceAll(sent, " ", ""))
	return strings.Map(func(r rune) rune {
		if r < 128 && strings.ContainsRune("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", r) {
			return -1
		}
		return r
	}, s)
}

// pyStrip strips white space as Python's str.strip() does.
func pyStrip(s string) string { return strings.TrimSpace(s) }

// readGold reads gold tuples: sentence, relation, args; fields stripped,
// args containing "C: " (context markers) dropped. As in GoldReader, the
// whole line is stripped and split, "C: " is looked for in the arg before it
// is stripped, and the tuples are grouped on the stripped sentence.
func readGold(r io.Reader, name string) (*set, error) {
	raw, order := map[string][]Tuple{}, []string(nil)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		f := strings.Split(pyStrip(sc.Text()), "\t")
		if len(f) < 2 {
			return nil, &LineError{name, n, fmt.Errorf("%w: want sentence, relation and arguments", ErrFormat)}
		}
		t := Tuple{Relation: pyStrip(f[1]), Confidence: 1}
		for _, a := range f[2:] {
			if !strings.Contains(a, "C: ") {
				t.Args = append(t.Args, pyStrip(a))
			}
		}
		add(raw, &order, pyStrip(f[0]), t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return build(raw, order), nil
}

// readSystem reads system tuples: sentence, confidence, relation, args;
// blank lines skipped. As in TabReader, only the whole line is stripped: the
// sentence, relation and args are kept as written, so "s" and "s " before
// the TAB are two raw sentences (see set). Every line is kept: no
// de-duplication of identical tuples, and empty args count as args.
func readSystem(r io.Reader, name string) (*set, error) {
	raw, order := map[string][]Tuple{}, []string(nil)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := pyStrip(sc.Text())
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, &LineError{name, n, fmt.Errorf("%w: want sentence, confidence, relation and arguments", ErrFormat)}
		}
		c, err := strconv.ParseFloat(pyStrip(f[1]), 64)
		if err != nil || math.IsNaN(c) {
			return nil, &LineError{name, n, fmt.Errorf("%w: bad confidence %q", ErrFormat, f[1])}
		}
		add(raw, &order, f[0], Tuple{Relation: f[2], Args: f[3:], Confidence: c})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return build(raw, order), nil
}

// ScoreFiles scores the system file against the gold file.
func ScoreFiles(goldPath, systemPath string) (Result, error) {
	g, err := os.Open(goldPath)
	if err != nil {
		return Result{}, fmt.Errorf("gold: %w", err)
	}
	defer g.Close()
	s, err := os.Open(systemPath)
	if err != nil {
		return Result{}, fmt.Errorf("system: %w", err)
	}
	defer s.Close()
	return score(g, s, goldPath, systemPath)
}

// Score scores system extractions (sentence, confidence, relation, args,
// tab-separated) against gold ones (sentence, relation, args).
func Score(gold, system io.Reader) (Result, error) { return score(gold, system, "gold", "system") }

func score(gold, system io.Reader, gname, sname string) (Result, error) {
	g, err := readGold(gold, gname)
	if err != nil {
		return Result{}, err
	}
	s, err := readSystem(system, sname)
	if err != nil {
		return Result{}, err
	}
	return compare(g, s), nil
}

// compare is Benchmark.compare of the reference scorer.
func compare(gold, pred *set) Result {
	var thresholds []float64
	for _, k := range pred.keys {
		for _, t := range pred.m[k] {
			thresholds = append(thresholds, t.Confidence)
		}
	}
	slices.Sort(thresholds)
	thresholds = slices.Compact(thresholds)
	nc := len(thresholds)
	p, pl, r, rl := make([]float64, nc), make([]float64, nc), make([]float64, nc), make([]float64, nc)
	add := func(a []float64, from, to int, v float64) {
		for i := from; i < to && i < len(a); i++ {
			a[i] += v
		}
	}
	for _, k := range gold.keys {
		golds := gold.m[k]
		preds := pred.m[k]
		scores := make([][][2]float64, len(golds))
		for i, ge := range golds {
			scores[i] = make([][2]float64, len(preds))
			for j, pe := range preds {
				scores[i][j] = match(ge, pe)
			}
		}
		confs := make([]float64, len(preds))
		for j, pe := range preds {
			confs[j] = pe.Confidence
		}
		slices.Sort(confs)
		prev := 0
		for _, conf := range confs {
			c, _ := slices.BinarySearch(thresholds, conf)
			var sel []int
			for j, pe := range preds {
				if pe.Confidence >= conf {
					sel = append(sel, j)
				}
			}
			recall := 0.0
			for i := range scores {
				best := 0.0
				for n, j := range sel {
					if n == 0 || scores[i][j][1] > best {
						best = scores[i][j][1]
					}
				}
				recall += best
			}
			precision := 0.0
			usedRow := make([]bool, len(scores))
			usedCol := make([]bool, len(preds))
			for range min(len(scores), len(sel)) {
				mr, mc, mp := -1, -1, -1.0
				for i := range scores {
					if usedRow[i] {
						continue
					}
					for _, j := range sel {
						if !usedCol[j] && scores[i][j][0] > mp {
							mp, mr, mc = scores[i][j][0], i, j
						}
					}
				}
				usedRow[mr], usedCol[mc] = true, true
				precision += scores[mr][mc][0]
			}
			add(p, prev, c+1, precision)
			add(pl, prev, c+1, float64(len(sel)))
			add(r, prev, c+1, recall)
			add(rl, prev, c+1, float64(len(scores)))
			prev = c + 1
		}
		add(rl, prev, nc, float64(len(golds)))
	}
	res := Result{Points: make([]Point, nc)}
	best := -1
	for c := range nc {
		pt := Point{Threshold: thresholds[c], Precision: 1}
		if pl[c] > 0 {
			pt.Precision = p[c] / pl[c]
		}
		if rl[c] > 0 {
			pt.Recall = r[c] / rl[c]
		}
		if pt.Precision+pt.Recall != 0 {
			pt.F1 = 2 * pt.Precision * pt.Recall / (pt.Precision + pt.Recall)
		}
		res.Points[c] = pt
		if best < 0 || pt.F1 > res.Points[best].F1 {
			best = c
		}
	}
	if best < 0 {
		return res
	}
	b := res.Points[best]
	res.Precision, res.Recall, res.F1, res.Threshold = b.Precision, b.Recall, b.F1, b.Threshold
	res.AUC = auc(res.Points)
	return res
}

// auc is sklearn.metrics.auc over the (recall, precision) points with
// (0, 1) appended: the trapezoid rule, sign-corrected for a decreasing x.
func auc(pts []Point) float64 {
	x := make([]float64, 0, len(pts)+1)
	y := make([]float64, 0, len(pts)+1)
	for _, pt := range pts {
		x, y = append(x, pt.Recall), append(y, pt.Precision)
	}
	x, y = append(x, 0), append(y, 1)
	dir := 1.0
	for i := 1; i < len(x); i++ {
		if x[i]-x[i-1] < 0 {
			dir = -1
			break
		}
	}
	area := 0.0
	for i := 1; i < len(x); i++ {
		area += (x[i] - x[i-1]) * (y[i] + y[i-1]) / 2.0
	}
	return dir * area
}

// match is Matcher.binary_lenient_tuple_match: [precision, recall] of a
// predicted tuple against a gold one.
func match(ref, ex Tuple) [2]float64 {
	r := ref
	if len(ref.Args) >= 2 {
		r.Args = []string{ref.Args[0], strings.Join(ref.Args[1:], " ")}
	}
	e := ex
	if len(ex.Args) >= 2 {
		e.Args = []string{ex.Args[0], strings.Join(ex.Args[1:], " ")}
	}
	straight := lenient(r, e)
	said := false
	for _, v := range []string{"said", "told", "added", "adds", "says"} {
		if strings.Contains(ref.Relation, v) {
			said = true
			break
		}
	}
	if !said {
		return straight
	}
	e = ex
	if len(ex.Args) >= 2 {
		e.Args = []string{strings.Join(ex.Args[1:], " "), ex.Args[0]}
	}
	rev := lenient(r, e)
	// Python's max over [p, r] lists: lexicographic, the first wins ties.
	if rev[0] > straight[0] || rev[0] == straight[0] && rev[1] > straight[1] {
		return rev
	}
	return straight
}

// overlap counts the gold words found in pred, each match used once, and
// returns the unmatched predicted words.
func overlap(gold, pred []string) (int, []string) {
	pred = slices.Clone(pred)
	n := 0
	for _, w := range gold {
		if i := slices.Index(pred, w); i >= 0 {
			n++
			pred = slices.Delete(pred, i, i+1)
		}
	}
	return n, pred
}

var formsOfBe = []string{"be", "is", "am", "are", "was", "were", "been", "being"}

// lenient is Matcher.linient_tuple_match.
func lenient(ref, ex Tuple) [2]float64 {
	var prec, rec [2]int
	pw := strings.Fields(ex.Relation)
	gw := strings.Fields(ref.Relation)
	prec[1] += len(pw)
	rec[1] += len(gw)
	m, rest := overlap(gw, pw)
	if slices.Contains(rest, "be") {
		for _, f := range formsOfBe {
			if slices.Contains(gw, f) {
				m++
				break
			}
		}
	}
	if m == 0 {
		return [2]float64{}
	}
	prec[0] += m
	rec[0] += m
	for i, a := range ref.Args {
		gw := strings.Fields(a)
		rec[1] += len(gw)
		if len(ex.Args) <= i {
			if i < 2 {
				return [2]float64{}
			}
			continue
		}
		pw := strings.Fields(ex.Args[i])
		prec[1] += len(pw)
		m, _ := overlap(gw, pw)
		prec[0] += m
		rec[0] += m
	}
	var out [2]float64
	if prec[1] != 0 {
		out[0] = float64(prec[0]) / float64(prec[1])
	}
	if rec[1] != 0 {
		out[1] = float64(rec[0]) / float64(rec[1])
	}
	return out
}
