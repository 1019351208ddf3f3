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

func (ws *words) features(f []uint64, s *state) []uint64 {
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
	s1w, s1t, b1w, b1t := W(s1), T(s1), W(b1), T(b1)
	F := perceptron.Feature
	f = append(f,
		F(1, s0w), F(2, s0t), F(3, s0w, s0t),
		F(4, b0w), F(5, b0t), F(6, b0w, b0t),
		F(7, b1w), F(8, b1t), F(9, b1w, b1t),
		F(10, W(b2)), F(11, T(b2)),
		F(12, s1w), F(13, s1t), F(14, s1w, s1t),
		F(15, T(s2)), F(16, W(s2)),
		F(17, s0w, s0t, b0w, b0t),
		F(18, s0w, s0t, b0w),
		F(19, s0w, b0w, b0t),
		F(20, s0w, s0t, b0t),
		F(21, s0t, b0w, b0t),
		F(22, s0w, b0w),
		F(23, s0t, b0t),
		F(24, b0t, b1t),
		F(25, b0t, b1t, T(b2)),
		F(26, s0t, b0t, b1t),
		F(27, s1t, s0t, b0t),
		F(28, s0t, T(s0l1), b0t),
		F(29, s0t, T(s0r1), b0t),
		F(30, s0t, b0t, T(b0l1)),
		F(31, s1t, T(s1r1), s0t),
		F(32, s0w, dist), F(33, s0t, dist), F(34, b0w, dist), F(35, b0t, dist),
		F(36, s0w, b0w, dist), F(37, s0t, b0t, dist),
		F(38, s0w, vr0), F(39, s0t, vr0), F(40, s0w, vl0), F(41, s0t, vl0),
		F(42, b0w, vlb), F(43, b0t, vlb),
		F(44, W(s0l1)), F(45, T(s0l1)), F(46, L(s0l1)),
		F(47, W(s0r1)), F(48, T(s0r1)), F(49, L(s0r1)),
		F(50, W(b0l1)), F(51, T(b0l1)), F(52, L(b0l1)),
		F(53, T(s0l2)), F(54, L(s0l2)), F(55, T(s0r2)), F(56, L(s0r2)),
		F(57, T(b0l2)), F(58, L(b0l2)),
		F(59, s0t, T(s0l1), T(s0l2)),
		F(60, s0t, T(s0r1), T(s0r2)),
		F(61, b0t, T(b0l1), T(b0l2)),
		F(62, s1w, s1t, s0w, s0t),
		F(63, s1t, s0t),
		F(64, s1w, s0w),
		F(65, s1t, s0w), F(66, s1w, s0t),
		F(67, s1t, s0t, dist01),
		F(68, T(s2), s1t, s0t),
		F(69, T(s1r1)), F(70, T(s1l1)), F(71, L(s1r1)),
		F(72, s0t, vl0, vr0),
		F(73, b0w, b1w),
		F(74, s0t, L(s0l1), L(s0r1)),
		F(75, s1t, s0t, b0t, b1t),
		F(76, s0w, s1t, b0t),
		F(77, s0w, ls(s0)), F(78, s0t, ls(s0)), F(79, s0w, rs(s0)), F(80, s0t, rs(s0)),
		F(81, b0w, ls(b0)), F(82, b0t, ls(b0)),
		F(83, s1t, rs(s1)), F(84, s1w, rs(s1)),
		F(85, s1t, b0t, dist1b),
		F(86, s0w, b0t, b1t), F(87, s0t, b0w, b1t),
		F(88, b0w, b1t), F(89, b0t, b1w),
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
		F(102, s0f), F(104, b0f), F(105, C(cf, s1)), F(106, C(cf, b1)),
		F(111, s06, b06), F(112, s0f, b0f),
		F(115, s06, b0t), F(116, s0t, b06),
		F(117, s0f, b0t), F(118, s0t, b0f),
		F(124, C(c6, s1), s06), F(130, b0f, b1t),
	)
}
