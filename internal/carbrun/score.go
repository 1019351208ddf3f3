package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

// A small port of CaRB's scorer (shared/benchmarks/carb/SCORING.md), so that
// the clause extractor can be measured before eval/carb is wired.

type tuple struct {
	rel  string
	args []string
	conf float64
}

var brackets = strings.NewReplacer("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}")

func sentKey(s string) string {
	s = strings.ReplaceAll(s, " ", "")
	s = brackets.Replace(s)
	return strings.Map(func(r rune) rune {
		if r < 128 && strings.ContainsRune("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", r) {
			return -1
		}
		return r
	}, s)
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// pyStrip is Python's str.strip() for ASCII whitespace.
func pyStrip(s string) string { return strings.Trim(s, " \t\n\r\v\f") }

func readGold(path string) (map[string][]tuple, []string, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, nil, err
	}
	gold := map[string][]tuple{}
	var order []string
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) < 2 {
			continue
		}
		for i := range f {
			f[i] = pyStrip(f[i])
		}
		t := tuple{rel: f[1]}
		for _, a := range f[2:] {
			if !strings.Contains(a, "C: ") {
				t.args = append(t.args, a)
			}
		}
		k := sentKey(f[0])
		if _, ok := gold[k]; !ok {
			order = append(order, k)
		}
		gold[k] = append(gold[k], t)
	}
	return gold, order, nil
}

func readSystem(r io.Reader) (map[string][]tuple, error) {
	sys := map[string][]tuple{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		l := pyStrip(sc.Text())
		if l == "" {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			continue
		}
		c, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("confidence %q: %w", f[1], err)
		}
		k := sentKey(f[0])
		sys[k] = append(sys[k], tuple{rel: f[2], args: f[3:], conf: c})
	}
	return sys, sc.Err()
}

func overlap(gold, pred []string) int {
	p := slices.Clone(pred)
	n := 0
	for _, w := range gold {
		if i := slices.Index(p, w); i >= 0 {
			n++
			p = slices.Delete(p, i, i+1)
		}
	}
	return n
}

func collapse(a []string) []string {
	if len(a) >= 2 {
		return []string{a[0], strings.Join(a[1:], " ")}
	}
	return a
}

func pairScore(g, p tuple) [2]float64 {
	ga, pa := collapse(g.args), collapse(p.args)
	gr, pr := strings.Fields(g.rel), strings.Fields(p.rel)
	rem := slices.Clone(pr)
	m := 0
	for _, w := range gr {
		if i := slices.Index(rem, w); i >= 0 {
			m++
			rem = slices.Delete(rem, i, i+1)
		}
	}
	if slices.Contains(rem, "be") && slices.ContainsFunc(gr, func(w string) bool {
		switch w {
		case "be", "is", "am", "are", "was", "were", "been", "being":
			return true
		}
		return false
	}) {
		m++
	}
	if m == 0 {
		return [2]float64{}
	}
	pn, pd, rn, rd := m, len(pr), m, len(gr)
	for i, a := range ga {
		gw := strings.Fields(a)
		rd += len(gw)
		if i >= len(pa) {
			if i < 2 {
				return [2]float64{}
			}
			continue
		}
		pw := strings.Fields(pa[i])
		pd += len(pw)
		o := overlap(gw, pw)
		pn += o
		rn += o
	}
	return [2]float64{float64(pn) / float64(pd), float64(rn) / float64(rd)}
}

func match(g, p tuple) [2]float64 {
	s := pairScore(g, p)
	for _, w := range []string{"said", "told", "added", "adds", "says"} {
		if strings.Contains(g.rel, w) {
			if len(p.args) >= 1 {
				q := p
				q.args = []string{strings.Join(p.args[1:], " "), p.args[0]}
				t := pairScore(g, q)
				if t[0] > s[0] || t[0] == s[0] && t[1] > s[1] {
					s = t
				}
			}
			break
		}
	}
	return s
}

// score returns F1, AUC, precision and recall at the best threshold.
func score(gold map[string][]tuple, order []string, sys map[string][]tuple) (f1, auc, bp, br float64) {
	var confs []float64
	for _, k := range order {
		for _, t := range sys[k] {
			confs = append(confs, t.conf)
		}
	}
	slices.Sort(confs)
	confs = slices.Compact(confs)
	n := len(confs)
	pn, pd, rn, rd := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	for _, k := range order {
		gs, ps := gold[k], sys[k]
		sc := make([][][2]float64, len(gs))
		for i := range gs {
			sc[i] = make([][2]float64, len(ps))
			for j := range ps {
				sc[i][j] = match(gs[i], ps[j])
			}
		}
		sconf := make([]float64, len(ps))
		for j := range ps {
			sconf[j] = ps[j].conf
		}
		slices.Sort(sconf)
		prev := 0
		for _, c := range sconf {
			ci, _ := slices.BinarySearch(confs, c)
			var sel []int
			for j := range ps {
				if ps[j].conf >= c {
					sel = append(sel, j)
				}
			}
			rnum := 0.0
			for i := range gs {
				best := 0.0
				for _, j := range sel {
					best = max(best, sc[i][j][1])
				}
				rnum += best
			}
			pnum := 0.0
			usedR := make([]bool, len(gs))
			usedC := make([]bool, len(ps))
			for t := 0; t < min(len(gs), len(sel)); t++ {
				mr, mc, mp := -1, -1, -1.0
				for i := range gs {
					if usedR[i] {
						continue
					}
					for _, j := range sel {
						if !usedC[j] && sc[i][j][0] > mp {
							mp, mr, mc = sc[i][j][0], i, j
						}
					}
				}
				usedR[mr], usedC[mc] = true, true
				pnum += mp
			}
			for x := prev; x <= ci; x++ {
				pn[x] += pnum
				pd[x] += float64(len(sel))
				rn[x] += rnum
				rd[x] += float64(len(gs))
			}
			prev = ci + 1
		}
		for x := prev; x < n; x++ {
			rd[x] += float64(len(gs))
		}
	}
	var ps, rs []float64
	for x := range n {
		p, r := 1.0, 0.0
		if pd[x] > 0 {
			p = pn[x] / pd[x]
		}
		if rd[x] > 0 {
			r = rn[x] / rd[x]
		}
		ps, rs = append(ps, p), append(rs, r)
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		if f > f1 {
			f1, bp, br = f, p, r
		}
	}
	ps, rs = append(ps, 1), append(rs, 0)
	for x := 0; x+1 < len(ps); x++ {
		auc += (rs[x] - rs[x+1]) * (ps[x] + ps[x+1]) / 2
	}
	if auc < 0 {
		auc = -auc
	}
	return f1, auc, bp, br
}
