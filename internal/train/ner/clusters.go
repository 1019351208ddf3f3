package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// readBBC returns the tokenized BBC News articles.
func readBBC(dir string) ([][]string, error) {
	var docs [][]string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		// Skip the headline, the first line.
		_, body, _ := strings.Cut(strings.ToValidUTF8(string(b), "\uFFFD"), "\n")
		if t := tokenize(body); len(t) > 0 {
			docs = append(docs, t)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("bbc: %w", err)
	}
	return docs, nil
}

// readReuters returns the tokenized bodies of the Reuters-21578 articles.
func readReuters(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reuters: %w", err)
	}
	defer f.Close()
	var docs [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	line := 0
	for sc.Scan() {
		line++
		var a struct {
			Body string `json:"body"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		body := strings.ReplaceAll(a.Body, "&#3;", "")
		body = strings.TrimSuffix(strings.TrimSpace(body), "Reuter")
		if t := tokenize(body); len(t) > 0 {
			docs = append(docs, t)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reuters: %w", err)
	}
	return docs, nil
}

type sparse struct {
	idx []int32
	val []float32
}

// clusterWords learns hierarchical distributional word clusters: every word
// seen at least minCount times is described by its left and right neighbours
// among the most frequent words, and spherical k-means groups those vectors
// into ks[len(ks)-1] clusters, whose centroids are then grouped again into
// the coarser levels. The result packs the cluster ids, coarse to fine, 16
// bits each, 1-based.
func clusterWords(texts [][]string, minCount, maxVocab, nctx int, ks []int, split, iters int) map[string]uint64 {
	counts := map[string]int{}
	for _, t := range texts {
		for _, w := range t {
			counts[w]++
		}
	}
	vocab := make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		a, b := counts[vocab[i]], counts[vocab[j]]
		if a != b {
			return a > b
		}
		return vocab[i] < vocab[j]
	})
	if len(vocab) > maxVocab {
		vocab = vocab[:maxVocab]
	}
	vi := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		vi[w] = int32(i)
	}
	nctx = min(nctx, len(vocab))
	dims := 2 * nctx
	acc := make([]map[int32]float32, len(vocab))
	for i := range acc {
		acc[i] = map[int32]float32{}
	}
	for _, t := range texts {
		for i, w := range t {
			x, ok := vi[w]
			if !ok {
				continue
			}
			if i > 0 {
				if c, ok := vi[t[i-1]]; ok && int(c) < nctx {
					acc[x][c]++
				}
			}
			if i+1 < len(t) {
				if c, ok := vi[t[i+1]]; ok && int(c) < nctx {
					acc[x][int32(nctx)+c]++
				}
			}
		}
	}
	vecs := make([]sparse, len(vocab))
	for i, m := range acc {
		var s sparse
		for k := range m {
			s.idx = append(s.idx, k)
		}
		sort.Slice(s.idx, func(a, b int) bool { return s.idx[a] < s.idx[b] })
		norm := 0.0
		for _, k := range s.idx {
			v := float32(math.Sqrt(float64(m[k])))
			s.val = append(s.val, v)
			norm += float64(v * v)
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for j := range s.val {
				s.val[j] *= inv
			}
		}
		vecs[i] = s
	}
	acc = nil
	k := ks[len(ks)-1]
	assign, cent := sphericalKMeans(vecs, dims, k, iters)
	levels := make([][]int, len(ks))
	levels[len(ks)-1] = assign
	// Coarser levels cluster the fine centroids.
	cvecs := make([]sparse, k)
	for c := range k {
		var s sparse
		for d := range dims {
			if v := cent[c*dims+d]; v != 0 {
				s.idx = append(s.idx, int32(d))
				s.val = append(s.val, v)
			}
		}
		cvecs[c] = s
	}
	for l := len(ks) - 2; l >= 0; l-- {
		ca, _ := sphericalKMeans(cvecs, dims, ks[l], iters*2)
		levels[l] = make([]int, len(vocab))
		for i, a := range assign {
			levels[l][i] = ca[a]
		}
	}
	// The finest level splits each fine cluster in split parts.
	if split > 1 {
		members := make([][]int, k)
		for i, a := range assign {
			members[a] = append(members[a], i)
		}
		sub := make([]int, len(vocab))
		for c, ms := range members {
			vs := make([]sparse, len(ms))
			for j, i := range ms {
				vs[j] = vecs[i]
			}
			a, _ := sphericalKMeans(vs, dims, split, iters)
			for j, i := range ms {
				sub[i] = c*split + a[j]
			}
		}
		levels = append(levels, sub)
		ks = append(ks, k*split)
	}
	out := make(map[string]uint64, len(vocab))
	for i, w := range vocab {
		var p uint64
		for l := range ks {
			p |= uint64(levels[l][i]+1) << (16 * l)
		}
		out[w] = p
	}
	return out
}

// sphericalKMeans clusters unit vectors by cosine similarity; seeds are spread
// evenly over the input order, so the result is deterministic.
func sphericalKMeans(vecs []sparse, dims, k, iters int) ([]int, []float32) {
	k = min(k, len(vecs))
	cent := make([]float32, k*dims) // row-major [k][dims]
	for c := range k {
		v := vecs[c*len(vecs)/k]
		for j, d := range v.idx {
			cent[c*dims+int(d)] = v.val[j]
		}
	}
	assign := make([]int, len(vecs))
	ct := make([]float32, dims*k) // transposed [dims][k]
	score := make([]float32, k)
	for it := range iters {
		for c := range k {
			for d := range dims {
				ct[d*k+c] = cent[c*dims+d]
			}
		}
		changed := 0
		for i, v := range vecs {
			clear(score)
			for j, d := range v.idx {
				x := v.val[j]
				row := ct[int(d)*k : int(d)*k+k]
				for c := range row {
					score[c] += x * row[c]
				}
			}
			best := 0
			for c := 1; c < k; c++ {
				if score[c] > score[best] {
					best = c
				}
			}
			if assign[i] != best || it == 0 {
				changed++
			}
			assign[i] = best
		}
		clear(cent)
		size := make([]int, k)
		for i, v := range vecs {
			c := assign[i]
			size[c]++
			for j, d := range v.idx {
				cent[c*dims+int(d)] += v.val[j]
			}
		}
		for c := range k {
			row := cent[c*dims : (c+1)*dims]
			n := 0.0
			for _, x := range row {
				n += float64(x * x)
			}
			if n > 0 {
				inv := float32(1 / math.Sqrt(n))
				for d := range row {
					row[d] *= inv
				}
			}
		}
		if k > 8 {
			log.Printf("kmeans k=%d iter %d: %d changed", k, it, changed)
		}
		if changed == 0 {
			break
		}
	}
	return assign, cent
}
