package clause

import (
	"github.com/kgraph/kgraph/extract/lexicon"
	"slices"
	"strings"
)

const collectBudget = 2000 // tokens visited when gathering one phrase

// collect gathers the subtree of h, leaving out the top-level children for
// which skip is true.
func (s *sent) collect(h int, skip func(c int) bool) []int {
	out := []int{h}
	var stack []int
	for _, c := range s.kids[h] {
		if len(stack) >= collectBudget {
			break
		}
		if !skip(c) {
			stack = append(stack, c)
		}
	}
	for len(stack) > 0 && len(out) < collectBudget {
		t := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		out = append(out, t)
		kids := s.kids[t]
		if room := collectBudget - len(out) - len(stack); len(kids) > room {
			kids = kids[:max(room, 0)]
		}
		stack = append(stack, kids...)
	}
	slices.Sort(out)
	return out
}

// finish trims punctuation and conjunctions from the edges of a phrase,
// bounds its length around the head and fills in its text and entity.
func (s *sent) finish(h int, toks []int) Arg {
	if len(toks) > maxArgTokens {
		lo := h - maxArgTokens/2
		hi := lo + maxArgTokens
		toks = slices.DeleteFunc(toks, func(t int) bool { return t < lo || t >= hi })
	}
	edge := func(t int) bool {
		if t == h {
			return false
		}
		switch s.dep[t] {
		case "cc", "mark":
			return true
		}
		return s.isPunct(t) && !s.pairedQuote(t, toks)
	}
	for changed := true; changed && len(toks) > 0; {
		changed = false
		for len(toks) > 0 && edge(toks[len(toks)-1]) {
			toks, changed = toks[:len(toks)-1], true
		}
		if len(toks) > 0 && edge(toks[0]) {
			toks, changed = toks[1:], true
		}
	}
	a := Arg{Head: h, Tokens: toks}
	if len(toks) > 0 {
		a.Start, a.End = toks[0], toks[len(toks)-1]+1
	}
	a.Text = s.words(toks)
	if h >= 0 && h < len(s.mention) {
		if m := s.mention[h]; m >= 0 {
			a.Entity = s.d.Mentions[m].Entity
			// A name is headed by its last word: when the parse heads "U.S.
			// Defense Secretary Chuck Hagel" on "U.S.", take the mention
			// that ends the run of proper nouns.
			if s.upos(h) == "PROPN" {
				last := h
				for last+1 < len(s.t) && s.upos(last+1) == "PROPN" && slices.Contains(toks, last+1) {
					last++
				}
				if m2 := s.mention[last]; m2 >= 0 && m2 != m && s.d.Mentions[m2].Entity != "" {
					a.Entity = s.d.Mentions[m2].Entity
				}
			}
		} else {
			// "U.S. Secretary of State John Kerry": a title head takes the
			// entity of the name set beside it.
			for _, k := range s.kids[h] {
				if (s.dep[k] == "appos" || base(s.dep[k]) == "flat") && s.mention[k] >= 0 && slices.Contains(toks, k) {
					a.Entity = s.d.Mentions[s.mention[k]].Entity
				}
			}
		}
	}
	return a
}

// looseAppos reports whether apposition a is set off by punctuation
// ("Feinstein, chairwoman of ...") rather than written as part of a name
// ("Secretary of State John Kerry").
func (s *sent) looseAppos(a int) bool {
	left := a
	for _, t := range s.collect(a, func(int) bool { return false }) {
		if !s.isPunct(t) {
			left = min(left, t)
		}
	}
	if h := s.head[a]; h >= 0 && h > left {
		return true // apposition before its head
	}
	if left == 0 {
		return false
	}
	switch s.t[left-1].Text {
	case ",", "(", "--", "—", "–", ":", ";", "-LRB-":
		return true
	}
	return false
}

// pairedQuote keeps a quotation mark at the edge of a phrase when its
// partner is inside the phrase ("federal" structure); quotes around the
// whole phrase go.
func (s *sent) pairedQuote(t int, toks []int) bool {
	if !isQuote(s.t[t].Text) || len(toks) < 3 {
		return false
	}
	n := 0
	for _, k := range toks[1 : len(toks)-1] {
		if isQuote(s.t[k].Text) {
			n++
		}
	}
	return n%2 == 1
}

func isQuote(w string) bool {
	switch w {
	case `"`, "``", "''", "“", "”", "'", "`", "‘", "’":
		return true
	}
	return false
}

// clauseDeps are the relations that belong to a clause rather than to the
// noun phrase of its predicate.
func clauseDep(d string) bool {
	switch base(d) {
	case "nsubj", "csubj", "cop", "aux", "mark", "obl", "advcl", "ccomp", "xcomp", "conj", "cc",
		"expl", "advmod", "parataxis", "discourse", "punct", "dislocated", "vocative", "list":
		return true
	}
	return false
}

// phrase returns the argument headed by h. joint keeps coordinated
// conjuncts; noAcl leaves out participial clauses too (for the antecedent of
// a clause that is itself read from one).
func (s *sent) phrase(h int, noAcl, joint bool) Arg {
	if h < 0 {
		return Arg{Head: -1}
	}
	pred := s.hasCop(h)
	toks := s.collect(h, func(c int) bool {
		d := s.dep[c]
		switch d {
		case "appos":
			return s.looseAppos(c)
		case "case", "mark", "acl:relcl", "parataxis", "discourse", "vocative", "reparandum", "dislocated":
			// A possessor read as an argument of its own ("Turkey's bid to
			// join": Turkey joins) leaves its "'s" behind.
			return c < h || d != "case" || s.dep[h] == "nmod:poss"
		case "conj", "cc", "cc:preconj":
			if !joint {
				return true
			}
		}
		if pred && clauseDep(d) {
			return true
		}
		if d == "xcomp" && s.isVerbal(c) && s.isNominal(h) {
			return true // an open complement hung on a noun by the parse
		}
		if c > h && s.upos(h) == "PROPN" && (lexicon.Weekdays.Has(s.lem[c]) || lexicon.RelativeDays.Has(s.lem[c])) && (d == "flat" || base(d) == "nmod" || base(d) == "obl") {
			return true // "Chad on Friday accused", "Mali Tuesday": the date is the verb's
		}
		if d == "acl" && c > h+1 && s.t[c-1].Text == "," && s.isVerbal(c) && !s.hasSubjectChild(c) {
			return true // "Mr Straw, visiting Beijing,": a clause of its own
		}
		return noAcl && d == "acl"
	})
	return s.finish(h, toks)
}

// hasSubjectChild reports whether token i has a subject of its own.
func (s *sent) hasSubjectChild(i int) bool {
	for _, k := range s.kids[i] {
		if base(s.dep[k]) == "nsubj" {
			return true
		}
	}
	return false
}

// clausePhrase returns a clausal complement as an argument, without its
// complementizer.
func (s *sent) clausePhrase(k int) Arg {
	toks := s.collect(k, func(c int) bool { return s.dep[c] == "mark" && c < k })
	return s.finish(k, toks)
}

// quotePhrase returns the quotation headed by h without the reporting
// clause r ("We are trying," Kerry said).
func (s *sent) quotePhrase(h, r int) Arg {
	toks := s.collect(h, func(c int) bool { return c == r })
	return s.finish(h, toks)
}

// words writes tokens as they appear, a space between tokens that are not
// adjacent or were written with one.
func (s *sent) words(toks []int) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			p := toks[i-1]
			if p != t-1 || s.t[p].SpaceAfter || !s.anySpaceInfo() {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s.t[t].Text)
	}
	return b.String()
}

// spacing says whether the tokens of a sentence record the spaces
// between them.
type spacing uint8

const (
	spacingUnknown  spacing = iota // not looked at yet
	spacingRecorded                // some token has SpaceAfter
	spacingAbsent                  // no token has: the sentence was built by hand
)

// anySpaceInfo reports whether the tokenizer recorded spacing at all; a
// sentence whose tokens all lack SpaceAfter was built by hand.
func (s *sent) anySpaceInfo() bool {
	if s.spaceInfo == spacingUnknown {
		s.spaceInfo = spacingAbsent
		for i := range s.t {
			if s.t[i].SpaceAfter {
				s.spaceInfo = spacingRecorded
				break
			}
		}
	}
	return s.spaceInfo == spacingRecorded
}

// The confidence of a clause: a score by its pattern, less penalties for
// inferred, long, deeply embedded or pronominal clauses. Set by hand with
// the clause stage (3993fa5, ef2c28d, 86223e0) on CaRB dev, which ranks
// extractions by confidence: kgraph eval carb gives AUC 0.3461 and F1 0.5362
// with these (a long sentence at 25 words instead of 40: AUC 0.3424).
const (
	confComplete = 0.80 // SVO or SVC
	confSVA      = 0.72
	confSVOO     = 0.70
	confSV       = 0.45 // no object: often a clause boundary the parse missed

	penaltyEmbedded   = 0.08 // a relative clause or an object-controlled complement
	penaltyParticiple = 0.2  // a participle or a subjectless adverbial clause
	// An apposition is a misparse or a location as often as not ("Hoboken,
	// New Jersey"), unless its complement is a common noun ("X, chairwoman
	// of Y"); two names, or no noun, are worse.
	penaltyAppos        = 0.25
	apposNounBonus      = 0.1
	apposOtherPenalty   = 0.1
	penaltyNoSubject    = 0.25
	penaltyPronoun      = 0.03 // an unresolved pronoun says little
	longSubject         = 6    // words; each further word costs longSubjectPenalty,
	longSubjectPenalty  = 0.02 // up to longSubjectCap words: a long subject is often
	longSubjectCap      = 10   // a misplaced clause boundary
	longObjects         = 12   // words of all objects, likewise
	longObjectsPenalty  = 0.01
	longObjectsCap      = 20
	shallowDepth        = 2 // steps from the verb to the root; each further one costs
	depthPenalty        = 0.03
	depthCap            = 6
	longSentence        = 40 // tokens: long sentences are parsed less reliably
	longSentencePenalty = 0.05
	minConfidence       = 0.01
	maxConfidence       = 0.99
)

// confidence ranks a clause: complete, short, explicit clauses near the root
// of the parse score higher than inferred, long or pronominal ones.
func (s *sent) confidence(c *Clause) float64 {
	var x float64
	switch c.Type {
	case SVO, SVC:
		x = confComplete
	case SVA:
		x = confSVA
	case SVOO:
		x = confSVOO
	default:
		x = confSV
	}
	switch c.Origin {
	case OriginRelcl, OriginControl:
		x -= penaltyEmbedded
	case OriginAcl, OriginAdverbial:
		x -= penaltyParticiple
	case OriginAppos:
		x -= penaltyAppos
		if len(c.Objects) > 0 && c.Objects[0].Head >= 0 {
			switch s.upos(c.Objects[0].Head) {
			case "NOUN":
				x += apposNounBonus
			case "PROPN":
				if c.Subject.Head >= 0 && s.upos(c.Subject.Head) == "PROPN" {
					x -= apposOtherPenalty
				}
			default:
				x -= apposOtherPenalty
			}
		}
	}
	if c.Subject.Empty() {
		x -= penaltyNoSubject
	} else if c.Subject.Head >= 0 && s.isPronoun(c.Subject.Head) && c.Subject.Entity == "" {
		x -= penaltyPronoun
	}
	if n := len(c.Subject.Tokens); n > longSubject {
		x -= longSubjectPenalty * float64(min(n-longSubject, longSubjectCap))
	}
	n := 0
	for _, o := range c.Objects {
		n += len(o.Tokens)
	}
	if n > longObjects {
		x -= longObjectsPenalty * float64(min(n-longObjects, longObjectsCap))
	}
	d := 0
	for v := c.Verb; v >= 0 && d < maxClimb; v = s.head[v] {
		d++
	}
	if d > shallowDepth {
		x -= depthPenalty * float64(min(d-shallowDepth, depthCap))
	}
	if len(s.t) > longSentence {
		x -= longSentencePenalty
	}
	return min(max(x, minConfidence), maxConfidence)
}
