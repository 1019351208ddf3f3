package extract

import (
	"strings"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/entity"
	"github.com/kgraph/kgraph/extract/lexicon"
)

// parseUnits parses s with each name unit (entity.Unit: "Italian Prime
// Minister Silvio Berlusconi") standing as one proper noun, then gives the
// unit's own tokens the treebank's structure by rule. The parser, trained on
// web text, often mis-heads such runs (a demonym as the subject, a title as
// the object).
func (p *Pipeline) parseUnits(s *doc.Sentence, us []entity.Unit) {
	quoted := scareQuotes(s.Tokens)
	asides := dashAsides(s.Tokens, us, !p.pretokenized)
	if len(us) == 0 && len(quoted) == 0 && len(asides) == 0 {
		p.parseReported(s)
		return
	}
	drop := make(map[int]bool, 2*len(quoted))
	for _, q := range quoted {
		drop[q[0]], drop[q[1]] = true, true
	}
	for _, a := range asides {
		for k := a[0]; k <= a[1]; k++ {
			drop[k] = true
		}
	}
	keep := make([]int, 0, len(s.Tokens)) // reduced index -> token index
	red := doc.Sentence{Start: s.Start, End: s.End, Tokens: make([]doc.Token, 0, len(s.Tokens))}
	ui := 0
	for i := 0; i < len(s.Tokens); i++ {
		if drop[i] {
			continue
		}
		if ui < len(us) && i == us[ui].Start {
			u := us[ui]
			t := s.Tokens[u.Head]
			t.UPOS, t.XPOS = "PROPN", "NNP"
			keep = append(keep, u.Head)
			red.Tokens = append(red.Tokens, t)
			i = u.End - 1
			ui++
			continue
		}
		keep = append(keep, i)
		red.Tokens = append(red.Tokens, s.Tokens[i])
	}
	p.parseReported(&red)
	for ri, i := range keep {
		rt := red.Tokens[ri]
		s.Tokens[i].Head, s.Tokens[i].Dep = -1, rt.Dep
		if rt.Head >= 0 {
			s.Tokens[i].Head = keep[rt.Head]
		}
	}
	for _, u := range us {
		unitTree(s, u)
	}
	for _, q := range quoted {
		h := spanHead(s.Tokens, q[0]+1, q[1])
		for _, k := range q {
			s.Tokens[k].Head, s.Tokens[k].Dep = h, "punct"
		}
	}
	for _, a := range asides {
		p.attachAside(s, a)
	}
}

// maxAside bounds the words between two dashes that are parsed apart from
// the sentence; set on the news set (issue 14).
const maxAside = 15

// dashAsides returns the spans (first dash, second dash) of asides set off
// by dashes inside a sentence: "a majority of the Senate -- led by
// Democrats for the first time in six years -- would back the request".
// The parser, trained on web text, makes the aside the sentence's spine.
// Spans that cut a name unit are left alone. spaced says whether the
// tokens record the text's spaces (not so for pretokenized input).
func dashAsides(toks []doc.Token, us []entity.Unit, spaced bool) [][2]int {
	var out [][2]int
	// A dash between spaces: "Democratic-controlled" is one word. Text
	// given as tokens spaces every hyphen ("forward - rate agreements"):
	// there only a long dash is one.
	dash := func(k int) bool {
		if toks[k].Text == "-" {
			return spaced && toks[k].SpaceAfter && k > 0 && toks[k-1].SpaceAfter
		}
		return isDash(toks[k].Text) && (!spaced || toks[k].SpaceAfter && k > 0 && toks[k-1].SpaceAfter)
	}
	for i := 1; i < len(toks); i++ {
		if !dash(i) {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i-1 <= maxAside && !dash(j) {
			j++
		}
		if j >= len(toks) || j-i-1 > maxAside || j == i+1 || j+1 >= len(toks) {
			break
		}
		cut := false
		for _, u := range us {
			if u.Start < i && u.End > i || u.Start < j && u.End > j {
				cut = true
			}
		}
		if !cut {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

func isDash(w string) bool { return w == "--" || w == "-" || w == "—" || w == "–" }

// attachAside parses the words of an aside as a piece of their own and
// hangs its root on the word before the first dash: a participle on a
// noun modifies it (acl), a noun phrase on a noun is its apposition,
// anything else stands beside the sentence (parataxis); the dashes hang
// on the aside.
func (p *Pipeline) attachAside(s *doc.Sentence, a [2]int) {
	toks := s.Tokens
	prev := a[0] - 1
	root := p.parsePiece(s, [2]int{a[0] + 1, a[1]})
	if root < 0 {
		root = a[0] + 1
		for k := a[0] + 1; k < a[1]; k++ {
			if k != root {
				toks[k].Head, toks[k].Dep = root, "dep"
			}
		}
	}
	switch {
	case (toks[root].XPOS == "VBN" || toks[root].XPOS == "VBG") && (toks[prev].UPOS == "NOUN" || toks[prev].UPOS == "PROPN"):
		toks[root].Head, toks[root].Dep = prev, "acl"
	case (toks[root].UPOS == "NOUN" || toks[root].UPOS == "PROPN" || toks[root].UPOS == "NUM") && (toks[prev].UPOS == "NOUN" || toks[prev].UPOS == "PROPN"):
		toks[root].Head, toks[root].Dep = prev, "appos" // "70 people -- 60 of them in retail --"
	default:
		h := prev
		for h >= 0 && toks[h].Head >= 0 && toks[h].UPOS != "VERB" {
			h = toks[h].Head // the clause the aside interrupts
		}
		if h < 0 {
			h = prev
		}
		toks[root].Head, toks[root].Dep = h, "parataxis"
	}
	toks[a[0]].Head, toks[a[0]].Dep = root, "punct"
	toks[a[1]].Head, toks[a[1]].Dep = root, "punct"
}

// maxScareQuote bounds the words inside quotation marks that are parsed
// as if unquoted; set on the news set (issue 14).
const maxScareQuote = 6

// scareQuotes returns the pairs of quotation marks (open, close) around a
// few words with no verb inside a sentence: "wake up from their "state of
// denial" over", "the EU was "anti-Islamic"". The parser, trained on web
// text, hangs the marks and the words between them anywhere ("from" as
// goeswith, "their" as punct); the sentence is parsed without them and the
// marks hung on the quoted phrase.
func scareQuotes(toks []doc.Token) [][2]int {
	var out [][2]int
	for i := 1; i < len(toks); i++ {
		if toks[i].Quote() != 1 {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i-1 <= maxScareQuote && toks[j].Quote() == 0 && toks[j].UPOS != "VERB" && toks[j].UPOS != "AUX" {
			j++
		}
		if j < len(toks) && j > i+1 && j-i-1 <= maxScareQuote && toks[j].Quote() == -1 {
			out = append(out, [2]int{i, j})
			i = j
		}
	}
	return out
}

// spanHead returns the token of [start, end) whose head lies outside the
// span, or start.
func spanHead(toks []doc.Token, start, end int) int {
	for k := start; k < end; k++ {
		if h := toks[k].Head; h < start || h >= end {
			return k
		}
	}
	return start
}

// unitTree gives the tokens of a unit other than its head the treebank's
// structure: name words flat under the first, compounds (or amod) under the
// last word of other names, the title as nmod:desc of the name with its
// other words (and the country) as its modifiers.
func unitTree(s *doc.Sentence, u entity.Unit) {
	set := func(i, head int, dep string) {
		s.Tokens[i].Head, s.Tokens[i].Dep = head, dep
	}
	mod := func(i int) string {
		if s.Tokens[i].UPOS == "ADJ" {
			return "amod"
		}
		return "compound"
	}
	for i := u.Name; i < u.End; i++ {
		switch {
		case i == u.Head:
		case u.Head == u.Name:
			set(i, u.Head, "flat")
		default:
			set(i, u.Head, mod(i))
		}
	}
	if u.Name == u.Start {
		return
	}
	title := u.Name - 1
	set(title, u.Head, "nmod:desc")
	for i := u.Start; i < title; i++ {
		set(i, title, mod(i))
	}
}

// Attribution is where reported speech names its speaker apart from what
// was said.
type attribution int

const (
	noAttribution attribution = iota
	// trailing: "Europe must change, Mr Blair said."
	trailing
	// leading: "Mr Blair said: \"Europe must change.\""
	leading
)

// maxAttribution bounds the words of an attribution ("UK Foreign Secretary
// Jack Straw has said" is 5 with its name unit collapsed); set on the news
// set (issue 14).
const maxAttribution = 9

// parseReported parses a sentence of reported speech in two pieces, what
// was said and who said it, and joins them as the treebank does (the
// trailing speech verb in parataxis of the quotation's root, the leading one
// taking it as its complement): the parser, trained on web text, often
// hangs a long quotation on the speaker's verb ("Solving the conflict ...
// was the world's most pressing challenge, Mr Blair warned" read "warned" as
// the complement of "was"). Other sentences are parsed whole.
func (p *Pipeline) parseReported(s *doc.Sentence) {
	kind, k := splitAttribution(s.Tokens)
	if kind == noAttribution {
		p.parser.Parse(s)
		return
	}
	said, by := [2]int{0, k}, [2]int{k + 1, len(s.Tokens)}
	if kind == leading {
		said, by = by, [2]int{0, k}
	}
	finiteVerb(s.Tokens[said[0]:said[1]])
	rs := p.parsePiece(s, said)
	rb := p.parsePiece(s, by)
	if rs < 0 || rb < 0 {
		p.parser.Parse(s)
		return
	}
	mark := &s.Tokens[k] // the comma or colon between the pieces
	if kind == trailing {
		s.Tokens[rb].Head, s.Tokens[rb].Dep = rs, "parataxis"
		mark.Head, mark.Dep = rb, "punct"
		invertedSpeaker(s.Tokens, rb)
		return
	}
	s.Tokens[rs].Head, s.Tokens[rs].Dep = rb, "ccomp"
	mark.Head, mark.Dep = rb, "punct"
}

// invertedSpeaker makes the object after a trailing verb of saying its
// subject when it has none: in `"...," argued Mr Davis` the piece's parse
// reads Davis as what was argued.
func invertedSpeaker(toks []doc.Token, v int) {
	if strings.EqualFold(toks[v].Lemma, "tell") {
		return // "..., told CNN": the one told
	}
	obj := -1
	for k := range toks {
		if toks[k].Head != v {
			continue
		}
		switch d := toks[k].Dep; {
		case strings.HasPrefix(d, "nsubj"):
			return
		case d == "obj" && k > v && obj < 0 && toks[k].UPOS == "PROPN":
			obj = k
		}
	}
	if obj >= 0 {
		toks[obj].Dep = "nsubj"
	}
}

// parsePiece parses the tokens [r[0], r[1]) of s as a sentence of their
// own and writes their heads back; it returns the piece's root, -1 when it
// has no single root.
func (p *Pipeline) parsePiece(s *doc.Sentence, r [2]int) int {
	n := r[1] - r[0]
	piece := doc.Sentence{Tokens: append(make([]doc.Token, 0, n+1), s.Tokens[r[0]:r[1]]...)}
	if last := piece.Tokens[n-1]; last.UPOS != "PUNCT" {
		// A piece ends as a sentence does, or the parser reads it as a
		// fragment ("The Paris Club of creditor nations" as the root).
		piece.Tokens = append(piece.Tokens, doc.Token{Text: ".", Norm: ".", UPOS: "PUNCT", XPOS: ".", Lemma: "."})
	}
	p.parser.Parse(&piece)
	root := -1
	for i, t := range piece.Tokens[:n] {
		if t.Head < 0 {
			if root >= 0 {
				return -1
			}
			root = i
		}
	}
	if root < 0 {
		return -1
	}
	for i, t := range piece.Tokens[:n] {
		tk := &s.Tokens[r[0]+i]
		tk.Dep, tk.Head = t.Dep, -1
		switch {
		case t.Head >= n:
			tk.Head, tk.Dep = r[0]+root, "punct" // hung on the added period
		case t.Head >= 0:
			tk.Head = r[0] + t.Head
		}
	}
	return r[0] + root
}

// splitAttribution finds where a sentence of reported speech splits: the
// comma before a trailing attribution ("..., Mr Blair said.") or the colon
// after a leading one ("Mr Blair said: ..."). An attribution is a short run
// of words with one verb, a verb of saying, and what was said a clause with
// a verb of its own.
func splitAttribution(toks []doc.Token) (attribution, int) {
	n := len(toks)
	end := n
	for end > 0 && toks[end-1].UPOS == "PUNCT" {
		end--
	}
	for k := end - 2; k > 0 && end-k-1 <= maxAttribution; k-- {
		if toks[k].Text == "," && speechRun(toks[k+1:end]) && hasVerb(toks[:k]) &&
			(toks[k+1].Quote() == 0 || toks[0].Quote() == 1) {
			// A closing mark after the comma ends a quotation that opened
			// the sentence (`"...," argued Mr Davis`), not one inside it.
			return trailing, k
		}
	}
	for k := 1; k < n-1 && k <= maxAttribution; k++ {
		if toks[k].Text == ":" && speechRun(toks[:k]) && hasVerb(toks[k+1:]) {
			return leading, k
		}
	}
	return noAttribution, 0
}

// speechRun reports whether the tokens hold a speaker and one verb of
// saying, and no other verb: "Mr Blair said", "said Mr Blair", "he told
// BBC News", "the UK premier has said".
func speechRun(toks []doc.Token) bool {
	said := false
	for _, t := range toks {
		switch {
		case t.Quote() != 0:
			// the closing mark of the quotation: `..., " argued Mr Davis`
		case t.UPOS == "VERB" && lexicon.SayVerbs.Has(strings.ToLower(t.Lemma)) && !said:
			said = true
		case t.UPOS == "VERB" || t.UPOS == "PUNCT" && t.Text != "." || t.UPOS == "SCONJ" || t.UPOS == "CCONJ":
			return false
		}
	}
	return said
}

// hasVerb reports whether the tokens hold a verb or auxiliary.
func hasVerb(toks []doc.Token) bool {
	for _, t := range toks {
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			return true
		}
	}
	return false
}

// finiteVerb makes the first past participle of a quotation its finite
// verb when it has none and no auxiliary governs the participle: "The Paris
// Club of creditor nations agreed to ..., the Club said" (the tagger, which
// saw "said" as the sentence's verb, read "agreed" as VBN).
func finiteVerb(toks []doc.Token) {
	for _, t := range toks {
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return
		}
	}
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.XPOS != "VBN" {
			continue
		}
		if prev := toks[i-1].UPOS; (prev == "NOUN" || prev == "PROPN" || prev == "PRON") && !hasAuxBefore(toks[:i]) {
			t.XPOS, t.UPOS = "VBD", "VERB"
		}
		return
	}
}

// hasAuxBefore reports whether an auxiliary of the perfect or passive
// stands among the tokens.
func hasAuxBefore(toks []doc.Token) bool {
	for _, t := range toks {
		if t.UPOS == "AUX" {
			return true
		}
	}
	return false
}
