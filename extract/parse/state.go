package parse

// Transitions of the arc-hybrid system. Classes are SHIFT (0), then for
// each label l: LEFT-l (1+2l) and RIGHT-l (2+2l).
const (
	shift = 0
	left  = 1
	right = 2
)

func classOf(move, label int) int {
	if move == shift {
		return 0
	}
	return 2*label + move
}

func moveOf(class int) (move, label int) {
	if class == 0 {
		return shift, 0
	}
	return 2 - class%2, (class - 1) / 2
}

// state is an arc-hybrid configuration over words 1..n, 0 being the root.
type state struct {
	n       int
	stack   []int
	b       int // front of the buffer; the buffer is b..n
	head    []int
	label   []int
	lc1     []int // leftmost child, 0 when none
	lc2     []int
	rc1     []int // rightmost child
	rc2     []int
	nl, nr  []int    // number of left and right children
	ls, rs  []uint64 // sets of the labels of left and right children
	inStack []bool
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	grow := func(a []int) []int {
		if cap(a) < n+1 {
			return make([]int, n+1)
		}
		a = a[:n+1]
		clear(a)
		return a
	}
	s.head, s.label = grow(s.head), grow(s.label)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	s.nl, s.nr = grow(s.nl), grow(s.nr)
	grow64 := func(a []uint64) []uint64 {
		if cap(a) < n+1 {
			return make([]uint64, n+1)
		}
		a = a[:n+1]
		clear(a)
		return a
	}
	s.ls, s.rs = grow64(s.ls), grow64(s.rs)
	if cap(s.inStack) < n+1 {
		s.inStack = make([]bool, n+1)
	}
	s.inStack = s.inStack[:n+1]
	clear(s.inStack)
	s.inStack[0] = true
	for i := range s.head {
		s.head[i] = -1
	}
}

func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

// legal reports which moves are allowed. Attaching to the root is allowed
// only as the very last move, so every parse has exactly one root word.
func (s *state) legal() (sh, l, r bool) {
	k := len(s.stack)
	sh = s.b <= s.n
	l = k >= 2 && s.b <= s.n
	r = k >= 3 || k == 2 && s.b > s.n
	return
}

func (s *state) s(i int) int {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return -1
}

func (s *state) apply(move, label int) {
	switch move {
	case shift:
		s.stack = append(s.stack, s.b)
		s.inStack[s.b] = true
		s.b++
	case left:
		d := s.stack[len(s.stack)-1]
		s.pop()
		s.arc(s.b, d, label)
	case right:
		d := s.stack[len(s.stack)-1]
		s.pop()
		s.arc(s.stack[len(s.stack)-1], d, label)
	}
}

func (s *state) pop() {
	s.inStack[s.stack[len(s.stack)-1]] = false
	s.stack = s.stack[:len(s.stack)-1]
}

func (s *state) arc(h, d, label int) {
	s.head[d] = h
	s.label[d] = label
	if d < h {
		s.lc2[h] = s.lc1[h]
		s.lc1[h] = d
		s.nl[h]++
		s.ls[h] |= 1 << (label & 63)
	} else {
		s.rc2[h] = s.rc1[h]
		s.rc1[h] = d
		s.nr[h]++
		s.rs[h] |= 1 << (label & 63)
	}
}

// costs returns the number of gold arcs each move would make unreachable
// (Goldberg & Nivre 2013), without the label term.
func (s *state) costs(gh []int) (cs, cl, cr int) {
	s0 := s.s(0)
	s1 := s.s(1)
	b := s.b
	if b <= s.n {
		// SHIFT: b loses dependents in the stack and heads below s0
		for _, d := range s.stack {
			if gh[d] == b {
				cs++
			}
		}
		if h := gh[b]; h != s0 && h >= 0 && h < len(s.inStack) && s.inStack[h] {
			cs++
		}
	}
	if s0 > 0 {
		deps := 0
		for d := b; d <= s.n; d++ {
			if gh[d] == s0 {
				deps++
			}
		}
		h := gh[s0]
		// LEFT: s0 gets head b; loses heads s1 and b+1..n, and dependents in the buffer
		cl = deps
		if h != b && (h == s1 || h > b) {
			cl++
		}
		// RIGHT: s0 gets head s1; loses heads in the buffer, and dependents there
		cr = deps
		if h >= b {
			cr++
		}
	}
	return
}
