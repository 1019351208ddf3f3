package parse

import (
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/tag"
	"github.com/kgraph/kgraph/extract/tag/perceptron"
)

const (
	none    = 0x9a7e // hash of a missing position
	rootTok = 0x4f07 // hash of the root's word and tag
)

// words holds the per-word hashes of a sentence, index 0 being the root.
type words struct {
	w, t []uint64
	// c6 and cf are the middle and finest word cluster of each word when
	// the parser has clusters (cl != nil); 0 when unknown
	c6, cf []uint64
	cl     clusters
	buf    []byte
}

func (ws *words) prepare(toks []doc.Token) {
	n := len(toks)
	if cap(ws.w) < n+1 {
		ws.w = make([]uint64, n+1)
		ws.t = make([]uint64, n+1)
	}
	ws.w, ws.t = ws.w[:n+1], ws.t[:n+1]
	ws.w[0], ws.t[0] = rootTok, rootTok
	if ws.cl != nil {
		if cap(ws.c6) < n+1 {
			ws.c6 = make([]uint64, n+1)
			ws.cf = make([]uint64, n+1)
		}
		ws.c6, ws.cf = ws.c6[:n+1], ws.cf[:n+1]
		ws.c6[0], ws.cf[0] = rootTok, rootTok
	}
	for i := range toks {
		tk := &toks[i]
		f := tk.Norm
		if f == "" {
			f = tk.Text
		}
		ws.buf = tag.AppendNorm(ws.buf[:0], f)
		ws.w[i+1] = hashBytes(ws.buf)
		ws.t[i+1] = perceptron.Mix(perceptron.String(tk.UPOS), perceptron.String(tk.XPOS))
		if ws.cl != nil {
			c := ws.cl[string(ws.buf)]
			ws.c6[i+1] = c >> 16 & 0xffff
			ws.cf[i+1] = c >> 32 & 0xffff
		}
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

// features appends the features of state s.
func (ws *words) features(f []uint64, s *state) []uint64 {
	return ws.stackFeatures(ws.bufferFeatures(f, s), s)
}

// bufferFeatures appends the features of s that read only the first three
// words of the buffer, which only SHIFT changes: Parse sums their weights
// once for all the moves made at one buffer position.
func (ws *words) bufferFeatures(f []uint64, s *state) []uint64 {
	W := func(x int) uint64 {
		if x < 0 {
			return none
		}
		return ws.w[x]
	}
	T := func(x int) uint64 {
		if x < 0 {
			return none
		}
		return ws.t[x]
	}
	b0, b1, b2 := -1, -1, -1
	if s.b <= s.n {
		b0 = s.b
	}
	if s.b+1 <= s.n {
		b1 = s.b + 1
	}
	if s.b+2 <= s.n {
		b2 = s.b + 2
	}
	b0w, b0t, b1w, b1t := W(b0), T(b0), W(b1), T(b1)
	return append(f,
		perceptron.F1(4, b0w), perceptron.F1(5, b0t), perceptron.F2(6, b0w, b0t),
		perceptron.F1(7, b1w), perceptron.F1(8, b1t), perceptron.F2(9, b1w, b1t),
		perceptron.F1(10, W(b2)), perceptron.F1(11, T(b2)),
		perceptron.F2(24, b0t, b1t),
		perceptron.F3(25, b0t, b1t, T(b2)),
		perceptron.F2(73, b0w, b1w),
		perceptron.F2(88, b0w, b1t), perceptron.F2(89, b0t, b1w),
	)
}

// stackFeatures appends the other features of s.
func (ws *words) stackFeatures(f []uint64, s *state) []uint64 {
	W := func(x int) uint64 {
		if x < 0 {
			return none
		}
		return ws.w[x]
	}
	T := func(x int) uint64 {
		if x < 0 {
			return none
		}
		return ws.t[x]
	}
	L := func(x int) uint64 {
		if x <= 0 || s.head[x] < 0 {
			return none
		}
		return uint64(s.label[x] + 1)
	}
	child := func(a []int, x int) int {
		if x < 0 || a[x] == 0 {
			return -1
		}
		return a[x]
	}
	s0, s1, s2 := s.s(0), s.s(1), s.s(2)
	b0, b1 := -1, -1
	if s.b <= s.n {
		b0 = s.b
	}
	if s.b+1 <= s.n {
		b1 = s.b + 1
	}
	dist := uint64(0)
	if s0 >= 0 && b0 >= 0 {
		dist = uint64(min(b0-s0, 10))
	}
	dist01 := uint64(0)
	if s0 >= 0 && s1 >= 0 {
		dist01 = uint64(min(s0-s1, 10))
	}
	var vl0, vr0, vlb uint64
	if s0 >= 0 {
		vl0, vr0 = uint64(min(s.nl[s0], 5)), uint64(min(s.nr[s0], 5))
	}
	if b0 >= 0 {
		vlb = uint64(min(s.nl[b0], 5))
	}
	s0l1, s0l2 := child(s.lc1, s0), child(s.lc2, s0)
	s0r1, s0r2 := child(s.rc1, s0), child(s.rc2, s0)
	b0l1, b0l2 := child(s.lc1, b0), child(s.lc2, b0)
	s1l1, s1r1 := child(s.lc1, s1), child(s.rc1, s1)

	ls := func(x int) uint64 {
		if x < 0 {
			return none
		}
		return s.ls[x]
	}
	rs := func(x int) uint64 {
		if x < 0 {
			return none
		}
		return s.rs[x]
	}
	dist1b := uint64(0)
	if s1 >= 0 && b0 >= 0 {
		dist1b = uint64(min(b0-s1, 15))
	}
	s0w, s0t, b0w, b0t := W(s0), T(s0), W(b0), T(b0)
	s1w, s1t, b1t := W(s1), T(s1), T(b1)
	f = append(f,
		perceptron.F1(1, s0w), perceptron.F1(2, s0t), perceptron.F2(3, s0w, s0t),
		perceptron.F1(12, s1w), perceptron.F1(13, s1t), perceptron.F2(14, s1w, s1t),
		perceptron.F1(15, T(s2)), perceptron.F1(16, W(s2)),
		perceptron.F4(17, s0w, s0t, b0w, b0t),
		perceptron.F3(18, s0w, s0t, b0w),
		perceptron.F3(19, s0w, b0w, b0t),
		perceptron.F3(20, s0w, s0t, b0t),
		perceptron.F3(21, s0t, b0w, b0t),
		perceptron.F2(22, s0w, b0w),
		perceptron.F2(23, s0t, b0t),
		perceptron.F3(26, s0t, b0t, b1t),
		perceptron.F3(27, s1t, s0t, b0t),
		perceptron.F3(28, s0t, T(s0l1), b0t),
		perceptron.F3(29, s0t, T(s0r1), b0t),
		perceptron.F3(30, s0t, b0t, T(b0l1)),
		perceptron.F3(31, s1t, T(s1r1), s0t),
		perceptron.F2(32, s0w, dist), perceptron.F2(33, s0t, dist), perceptron.F2(34, b0w, dist),
		perceptron.F2(35, b0t, dist),
		perceptron.F3(36, s0w, b0w, dist), perceptron.F3(37, s0t, b0t, dist),
		perceptron.F2(38, s0w, vr0), perceptron.F2(39, s0t, vr0), perceptron.F2(40, s0w, vl0),
		perceptron.F2(41, s0t, vl0),
		perceptron.F2(42, b0w, vlb), perceptron.F2(43, b0t, vlb),
		perceptron.F1(44, W(s0l1)), perceptron.F1(45, T(s0l1)), perceptron.F1(46, L(s0l1)),
		perceptron.F1(47, W(s0r1)), perceptron.F1(48, T(s0r1)), perceptron.F1(49, L(s0r1)),
		perceptron.F1(50, W(b0l1)), perceptron.F1(51, T(b0l1)), perceptron.F1(52, L(b0l1)),
		perceptron.F1(53, T(s0l2)), perceptron.F1(54, L(s0l2)), perceptron.F1(55, T(s0r2)),
		perceptron.F1(56, L(s0r2)),
		perceptron.F1(57, T(b0l2)), perceptron.F1(58, L(b0l2)),
		perceptron.F3(59, s0t, T(s0l1), T(s0l2)),
		perceptron.F3(60, s0t, T(s0r1), T(s0r2)),
		perceptron.F3(61, b0t, T(b0l1), T(b0l2)),
		perceptron.F4(62, s1w, s1t, s0w, s0t),
		perceptron.F2(63, s1t, s0t),
		perceptron.F2(64, s1w, s0w),
		perceptron.F2(65, s1t, s0w), perceptron.F2(66, s1w, s0t),
		perceptron.F3(67, s1t, s0t, dist01),
		perceptron.F3(68, T(s2), s1t, s0t),
		perceptron.F1(69, T(s1r1)), perceptron.F1(70, T(s1l1)), perceptron.F1(71, L(s1r1)),
		perceptron.F3(72, s0t, vl0, vr0),
		perceptron.F3(74, s0t, L(s0l1), L(s0r1)),
		perceptron.F4(75, s1t, s0t, b0t, b1t),
		perceptron.F3(76, s0w, s1t, b0t),
		perceptron.F2(77, s0w, ls(s0)), perceptron.F2(78, s0t, ls(s0)), perceptron.F2(79, s0w, rs(s0)),
		perceptron.F2(80, s0t, rs(s0)),
		perceptron.F2(81, b0w, ls(b0)), perceptron.F2(82, b0t, ls(b0)),
		perceptron.F2(83, s1t, rs(s1)), perceptron.F2(84, s1w, rs(s1)),
		perceptron.F3(85, s1t, b0t, dist1b),
		perceptron.F3(86, s0w, b0t, b1t), perceptron.F3(87, s0t, b0w, b1t),
	)
	if ws.cl == nil {
		return f
	}
	C := func(a []uint64, x int) uint64 {
		if x < 0 {
			return none
		}
		return a[x]
	}
	c6, cf := ws.c6, ws.cf
	s06, s0f, b06, b0f := C(c6, s0), C(cf, s0), C(c6, b0), C(cf, b0)
	// few templates: 39 cluster templates (Koo et al. 2008 style, with
	// children) cost 40% of the parsing speed for +0.2 UAS on EWT dev
	return append(f,
		perceptron.F1(102, s0f), perceptron.F1(104, b0f), perceptron.F1(105, C(cf, s1)),
		perceptron.F1(106, C(cf, b1)),
		perceptron.F2(111, s06, b06), perceptron.F2(112, s0f, b0f),
		perceptron.F2(115, s06, b0t), perceptron.F2(116, s0t, b06),
		perceptron.F2(117, s0f, b0t), perceptron.F2(118, s0t, b0f),
		perceptron.F2(124, C(c6, s1), s06), perceptron.F2(130, b0f, b1t),
	)
}
