// Package entity finds the entity mentions of a document and resolves them
// to canonical entities: it merges gazetteer matches with the statistical
// recognizer's spans, reads titles and roles ("Russian Foreign Minister
// Sergey Lavrov"), resolves coreference inside the document (short names,
// pronouns, "the country", "the general", capitals standing for their
// governments) and gives every entity one stable IRI across documents:
// countries by ISO alpha-3, people by full name, organizations by canonical
// name.
package entity

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/schema"
)

// Resolver resolves entity mentions. It is safe for concurrent use; it
// keeps no state across documents.
type Resolver struct {
	g *gazetteer.Gazetteer
}

// New loads the embedded gazetteer once and returns a resolver.
func New() (*Resolver, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("entity resolver: %w", err)
	}
	return &Resolver{g: g}, nil
}

// NewWithGazetteer returns a resolver over g, such as the embedded
// gazetteer extended with an external dictionary (gazetteer.Extend).
func NewWithGazetteer(g *gazetteer.Gazetteer) *Resolver { return &Resolver{g: g} }

// gender of a person, when a title or honorific tells it.
type gender uint8

const (
	unknown gender = iota
	male
	female
)

// cand is a mention being resolved.
type cand struct {
	doc.Mention
	entry *gazetteer.Entry
	kind  gazetteer.Kind
	name  string // canonical name, once known
	sex   gender
	ante  *cand // antecedent of a coref mention
}

// sent is one sentence being resolved.
type sent struct {
	w     gazetteer.Words
	toks  []doc.Token
	cands []*cand // sorted by Start
	// quoted marks the tokens inside a quotation, which may have opened in
	// an earlier sentence; quote numbers the quotations of the document
	// (0 outside them).
	quoted []bool
	quote  []int
}

// state is the per-document working set.
type state struct {
	r     *Resolver
	d     *doc.Doc
	sents []sent
	roles []doc.Role
	// roleCand maps a role (index into roles) to its person candidate.
	roleCand []*cand
	ofCand   []*cand
	// surnames are the lower-case last words of the people seen so far.
	surnames map[string]bool
	// sex records what the document tells of each person's sex, by
	// canonical name.
	sex map[string]gender
	// casing tells which words the document capitalizes in mid-sentence
	// and which it writes in lower case; read when first needed
	// (docCasing).
	casing *casing
}

// Resolve fills d.Mentions (all mentions in sentence and token order),
// d.Roles and d.Entities. ner holds the statistical recognizer's mentions
// with their sentence indices; it may be nil. Bad spans are ignored.
func (r *Resolver) Resolve(d *doc.Doc, ner []doc.Mention) { r.resolve(d, ner, true) }

// ResolveNames fills d.Mentions, d.Roles and d.Entities as Resolve does,
// without coreference: what the name units need before the sentences are
// parsed (Units), at a fraction of the cost.
func (r *Resolver) ResolveNames(d *doc.Doc, ner []doc.Mention) { r.resolve(d, ner, false) }

func (r *Resolver) resolve(d *doc.Doc, ner []doc.Mention, coref bool) {
	st := &state{r: r, d: d, sents: make([]sent, len(d.Sentences)), surnames: map[string]bool{}, sex: map[string]gender{}}
	byS := make([][]doc.Mention, len(d.Sentences))
	for _, m := range ner {
		if m.Sentence >= 0 && m.Sentence < len(d.Sentences) && m.Start >= 0 && m.Start < m.End &&
			m.End <= len(d.Sentences[m.Sentence].Tokens) {
			byS[m.Sentence] = append(byS[m.Sentence], m)
		}
	}
	open, q := false, 0
	for si := range d.Sentences {
		st.sentence(si, byS[si])
		open, q = st.quotes(si, open, q)
	}
	st.capitals()
	st.shortNames()
	st.people()
	for si := range st.sents {
		st.titles(si)
		st.memberships(si)
	}
	if coref {
		st.genders()
		st.shortReferences()
		st.coref()
		for si := range st.sents {
			st.asTitles(si)
		}
	}
	st.finish()
}

func (st *state) span(si, start, end int) string {
	toks := st.sents[si].toks
	a, b := toks[start].Start, toks[end-1].End
	if a >= 0 && b <= len(st.d.Text) && a <= b {
		return st.d.Text[a:b]
	}
	var sb strings.Builder
	for i, t := range toks[start:end] {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Text)
	}
	return sb.String()
}

func isPossessive(s string) bool { return s == "'s" || s == "’s" || s == "'" || s == "’" }

// sentence builds the candidates of sentence si from the gazetteer, the
// recognizer's spans and names that follow titles.
func (st *state) sentence(si int, ner []doc.Mention) {
	s := &st.sents[si]
	s.toks = st.d.Sentences[si].Tokens
	words := make([]string, len(s.toks))
	for i, t := range s.toks {
		words[i] = t.Text
		if t.Norm != t.Text && (t.Norm == strings.ToLower(t.Text) || strings.EqualFold(strings.ReplaceAll(t.Norm, ".", ""), t.Text)) {
			words[i] = t.Norm // a common word or an acronym of a title-case headline
		}
	}
	s.w = gazetteer.NewWords(words)
	g := st.r.g
	var cs []*cand
	for _, m := range g.Scan(s.w) {
		c := &cand{Mention: doc.Mention{Sentence: si, Start: m.Start, End: m.End,
			Type: m.Entry.Type, Subtype: m.Entry.Subtype, Source: "gazetteer"}, entry: m.Entry, kind: m.Kind}
		if m.Kind == gazetteer.People {
			c.Type, c.Subtype = schema.Group, ""
		}
		cs = append(cs, c)
	}
	for _, m := range ner {
		st.addNER(s, &cs, m)
	}
	// Names after titles and honorifics: "Gen. Phil Breedlove", "Mr Blair".
	for i := 0; i < len(words); i++ {
		if covered(cs, i) != nil {
			continue
		}
		end, sex, ok := st.titleChain(s, i)
		if !ok || end >= len(words) {
			continue
		}
		n := end
		for n < len(words) && n-end < 4 && nameToken(words[n]) {
			if c := covered(cs, n); c != nil {
				break
			}
			n++
		}
		if n == end {
			if c := covered(cs, end); c != nil && c.Type == schema.Person && c.Start == end && sex != unknown {
				c.sex = sex
			}
			i = end - 1
			continue
		}
		cs = append(cs, &cand{Mention: doc.Mention{Sentence: si, Start: end, End: n, Type: schema.Person, Source: "title"}, sex: sex})
		sortCands(cs)
		i = n - 1
	}
	cs = st.combiningForms(s, si, cs)
	cs = st.governmentBodies(s, si, cs)
	sortCands(cs)
	cs = joinHyphens(s, cs)
	cs = joinInitials(s, cs)
	cs = joinParticles(s, cs)
	for _, c := range cs {
		if c.Type == schema.Person {
			st.surnames[s.w.Lower[c.End-1]] = true
		}
		// A possessive is not part of the name: "Putin 's".
		for c.End-1 > c.Start && isPossessive(words[c.End-1]) {
			c.End--
		}
		c.Text = st.span(si, c.Start, c.End)
	}
	s.cands = cs
}

// combiningForms reads the combining form of a country that opens a
// hyphenated pair ("Franco" of "Franco-German") as a mention of the
// country, in place of what the recognizer read there.
func (st *state) combiningForms(s *sent, si int, cs []*cand) []*cand {
	for k := 0; k+2 < len(s.toks); k++ {
		iso, ok := lexicon.CombiningForms[s.w.Lower[k]]
		if !ok || s.w.Text[k+1] != "-" || s.toks[k].End != s.toks[k+1].Start || s.toks[k+1].End != s.toks[k+2].Start {
			continue
		}
		e := st.r.g.Country(iso)
		c := covered(cs, k)
		if e == nil || c != nil && (c.entry != nil || c.Start != k || c.End != k+1) {
			continue
		}
		if c != nil {
			cs = slices.DeleteFunc(cs, func(x *cand) bool { return x == c })
		}
		cs = append(cs, &cand{Mention: doc.Mention{Sentence: si, Start: k, End: k + 1, Type: e.Type, Subtype: e.Subtype,
			Source: "gazetteer"}, entry: e, kind: gazetteer.Demonym})
	}
	return cs
}

// governmentBodies adds the government departments that the gazetteer
// and the recognizer missed: capitalized words before "Ministry" or
// "Department" ("A French Finance Ministry statement": "Finance Ministry",
// a body of France).
func (st *state) governmentBodies(s *sent, si int, cs []*cand) []*cand {
	for k := 1; k < len(s.toks); k++ {
		if !lexicon.GovernmentBodyHeads.Has(s.w.Lower[k]) || !nameToken(s.w.Text[k]) || covered(cs, k) != nil {
			continue
		}
		start := k
		for start > 0 && k-start < 3 && nameToken(s.w.Text[start-1]) && covered(cs, start-1) == nil &&
			!lexicon.NameLeadWords.Has(s.w.Lower[start-1]) && !lexicon.FunctionWords.Has(s.w.Lower[start-1]) {
			start--
		}
		if start == k {
			continue
		}
		// with its country: "French Finance Ministry", "Japan Trade Ministry"
		if c := covered(cs, start-1); start > 0 && c != nil && c.End == start && c.Type == schema.Country {
			start = c.Start
			cs = slices.DeleteFunc(cs, func(x *cand) bool { return x == c })
		}
		cs = append(cs, &cand{Mention: doc.Mention{Sentence: si, Start: start, End: k + 1, Type: schema.Organization,
			Subtype: "government", Source: "title"}})
	}
	return cs
}

// quotes marks the tokens of sentence si inside a quotation and numbers
// the quotations: open says whether one is open as the sentence starts, q
// is the number of the last one opened; it returns both at the sentence's
// end.
func (st *state) quotes(si int, open bool, q int) (bool, int) {
	s := &st.sents[si]
	s.quoted = make([]bool, len(s.toks))
	s.quote = make([]int, len(s.toks))
	if st.paragraphStart(si) {
		open = false // a quotation that runs on reopens with the paragraph
	}
	for i := range s.toks {
		dir := s.toks[i].Quote()
		switch t := s.toks[i].Text; {
		case t == `"`:
			dir = straightQuote(s.toks, i, open)
		case open && (t == "'" || t == "‘" || t == "’"):
			dir = 0 // a quotation inside a quotation: "... now 'goodbye'."
		}
		switch dir {
		case 1:
			open = true
			q++
		case -1:
			open = false
		default:
			s.quoted[i] = open
			if open {
				s.quote[i] = q
			}
		}
	}
	return open, q
}

// straightQuote tells whether the straight double quote at token i opens
// (+1) or closes (-1) a quotation, whatever the tagger read ('"the
// slightest step"' tagged as two openings): by its spacing, a quote
// written against the word after it and apart from the one before opens,
// one against the word before closes; else it closes what is open.
func straightQuote(toks []doc.Token, i int, open bool) int {
	before := i > 0 && toks[i-1].End == toks[i].Start
	after := i+1 < len(toks) && toks[i+1].Start == toks[i].End
	switch {
	case after && !before:
		return 1
	case before && !after:
		return -1
	case open:
		return -1
	}
	return 1
}

// paragraphStart reports whether sentence si opens a paragraph: a line
// break (or the text's start) before it.
func (st *state) paragraphStart(si int) bool {
	if si == 0 {
		return true
	}
	prev, cur := st.d.Sentences[si-1].End, st.d.Sentences[si].Start
	return prev >= 0 && cur <= len(st.d.Text) && prev <= cur && strings.Contains(st.d.Text[prev:cur], "\n")
}

// quoteSpeaker returns the name of the person who speaks the quotation
// that token i of sentence si is inside: the subject of a reporting verb
// outside it, in a sentence the quotation spans ("'...,' he argued") or,
// failing that, in the sentence before it, whose speaker a quotation with
// no attribution of its own continues ('Menzies Campbell said ...
// "Europeans must hope that his administration ..."'); "" when the token
// is quoted by no one known.
func (st *state) quoteSpeaker(si, i int) string {
	q := st.sents[si].quote[i]
	if q == 0 {
		return ""
	}
	in := func(s *sent) bool { return slices.Contains(s.quote, q) }
	first, last := si, si
	for first > 0 && in(&st.sents[first-1]) {
		first--
	}
	for last+1 < len(st.sents) && in(&st.sents[last+1]) {
		last++
	}
	for k := first; k <= last; k++ {
		if name := st.reportingSubject(k); name != "" {
			return name
		}
	}
	if first > 0 {
		return st.reportingSubject(first - 1)
	}
	return ""
}

// reportingSubject returns the name of a person who is, outside
// quotations, the subject of a reporting verb of sentence si, or "".
func (st *state) reportingSubject(si int) string {
	s := &st.sents[si]
	for _, c := range s.cands {
		if s.quoted[c.Start] || c.Type != schema.Person {
			continue
		}
		for t := c.Start; t < c.End; t++ {
			if v := s.toks[t].Head; v >= 0 && isSubjectToken(s, t) && !s.quoted[v] && lexicon.Reporting.Has(s.toks[v].Lemma) {
				return st.personName(c)
			}
		}
	}
	return ""
}

// titleChain reads titles and honorifics from token i ("Pentagon press
// secretary Rear. Adm."): it returns the token after the last one and the
// gender an honorific or title gives.
func (st *state) titleChain(s *sent, i int) (end int, sex gender, ok bool) {
	end = i
	for {
		t, found := st.r.g.Title(s.w, end)
		if !found {
			break
		}
		if x := titleGender(s.w.Lower[end]); x != unknown {
			sex = x
		}
		end, ok = t.End, true
	}
	if ok {
		// A title names a person only when written capitalized ("President
		// Obama") or when it is a rank abbreviation; "the president said"
		// is not followed by a name anyway.
		first := s.w.Text[i]
		r, _ := utf8.DecodeRuneInString(first)
		if !unicode.IsUpper(r) {
			// lower-case office titles may precede a name: "press secretary
			// John Kirby"; accept them only when a name follows directly.
			if end >= len(s.w.Text) || !nameToken(s.w.Text[end]) {
				return end, sex, false
			}
		}
	}
	return end, sex, ok
}

func titleGender(lower string) gender {
	switch w := strings.TrimSuffix(lower, "."); {
	case lexicon.MaleTitles.Has(w):
		return male
	case lexicon.FemaleTitles.Has(w):
		return female
	}
	return unknown
}

// nameToken reports whether a token can be part of a person's name:
// capitalized letters, possibly an initial ("V.") or hyphenated.
func nameToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' && c != '.' && c != '\'' && c != '’' {
			return false
		}
	}
	l, u := 0, 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			l++
			if unicode.IsUpper(c) {
				u++
			}
		}
	}
	return !(l > 2 && u == l) // not an acronym or a shouted headline word
}

// leadPOS are tags that no name starts with.
var leadPOS = map[string]bool{"AUX": true, "VERB": true, "DET": true, "ADP": true, "PRON": true, "SCONJ": true,
	"CCONJ": true, "ADV": true, "PUNCT": true}

func allNames(ws []string) bool {
	for _, w := range ws {
		if !nameToken(w) {
			return false
		}
	}
	return len(ws) > 0
}

// joinHyphens merges person names that a tokenizer split at a hyphen
// ("Marie" "-" "Louise Gumuchian") and extends a name over a hyphenated
// first part the recognizer missed.
func joinHyphens(s *sent, cs []*cand) []*cand {
	attached := func(k int) bool { // token k is "-" written without spaces
		return k > 0 && k+1 < len(s.toks) && s.toks[k].Text == "-" &&
			s.toks[k-1].End == s.toks[k].Start && s.toks[k].End == s.toks[k+1].Start
	}
	// stray marks a one-word recognizer span that is no gazetteer entry: the
	// recognizer often reads half of a hyphenated name as Misc or ORG
	// ("Marie" in Marie-Louise, "Silk" in Kilroy-Silk).
	stray := func(c *cand) bool { return c != nil && c.entry == nil && c.End-c.Start == 1 && c.Type != schema.Person }
	absorbed := map[*cand]bool{}
	out := cs[:0]
	for _, c := range cs {
		if absorbed[c] {
			continue
		}
		if c.Type == schema.Person && c.entry == nil {
			for c.Start >= 2 && attached(c.Start-1) && nameToken(s.w.Text[c.Start-2]) {
				// the part before the hyphen read as a person, or as a
				// stray Misc by the recognizer ("Marie" in "Marie-Louise")
				if n := len(out); n > 0 && out[n-1].End == c.Start-1 && (out[n-1].Type == schema.Person || stray(out[n-1])) {
					c.Start = out[n-1].Start
					out = out[:n-1]
					continue
				}
				if covered(out, c.Start-2) != nil {
					break
				}
				c.Start -= 2
			}
			for c.End+1 < len(s.toks) && attached(c.End) && nameToken(s.w.Text[c.End+1]) {
				next := covered(cs, c.End+1)
				if next != nil && !stray(next) {
					break
				}
				absorbed[next] = true
				c.End += 2 // "Robert Kilroy" "-" "Silk"
			}
		}
		out = append(out, c)
	}
	return out
}

// joinParticles extends a person's name over the particles and the names
// after them that the recognizer left out or read apart: "Mana Said" and
// "al-Oteiba", "Sheikh Zaid" and "bin Sultan al-Nahayan".
func joinParticles(s *sent, cs []*cand) []*cand {
	absorbed := map[*cand]bool{}
	for _, c := range cs {
		if c.Type != schema.Person || c.entry != nil || absorbed[c] {
			continue
		}
		for k := c.End; k+1 < len(s.toks) && lexicon.NameParticles.Has(s.w.Text[k]); {
			n := k + 1
			if s.w.Text[n] == "-" && s.toks[n].Start == s.toks[k].End && n+1 < len(s.toks) {
				n++ // "al" "-" "Oteiba"
			}
			next := covered(cs, n)
			if !nameToken(s.w.Text[n]) || next != nil && (next.entry != nil || next.Start != n || next.End != n+1) {
				break
			}
			if next != nil {
				absorbed[next] = true
			}
			c.End, k = n+1, n+1
		}
	}
	return slices.DeleteFunc(cs, func(c *cand) bool { return absorbed[c] })
}

// joinInitials joins a person's name that the recognizer split at a middle
// initial written without its period: "George W Bush" read as "George" (an
// organization) and "Bush".
func joinInitials(s *sent, cs []*cand) []*cand {
	out := cs[:0]
	for _, c := range cs {
		if n := len(out); n > 0 && c.Type == schema.Person && c.entry == nil && c.Start >= 2 {
			p, k := out[n-1], c.Start-1
			if p.End == k && p.entry == nil && p.End-p.Start == 1 && len(s.w.Text[k]) == 1 && nameToken(s.w.Text[k]) &&
				nameToken(s.w.Text[p.Start]) {
				c.Start = p.Start
				out[n-1] = c
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

func covered(cs []*cand, i int) *cand {
	for _, c := range cs {
		if c.Start <= i && i < c.End {
			return c
		}
	}
	return nil
}

func sortCands(cs []*cand) {
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].Start < cs[b].Start })
}

// addNER merges one recognizer span into the candidates: titles and leading
// "the" are trimmed; the gazetteer wins when its match covers the span or
// crosses it, the recognizer when its span is longer.
func (st *state) addNER(s *sent, cs *[]*cand, m doc.Mention) {
	g := st.r.g
	start, end := m.Start, m.End
	end = st.cutAfterAbbreviation(s, *cs, start, end, func(k int) bool {
		t, ok := g.Title(s.w, k)
		return ok && t.End == k+1
	})
	for start < end {
		if lexicon.NameLeadWords.Has(s.w.Lower[start]) || leadPOS[s.toks[start].UPOS] {
			start++
			continue
		}
		if m.Type != schema.Person {
			// "General Breedlove" read as an organization: a title and the
			// surname of a person already seen
			if t, ok := g.Title(s.w, start); ok && t.End < end && allNames(s.w.Text[t.End:end]) &&
				!lexicon.CompanyEndings.Has(s.w.Lower[end-1]) && (st.surnames[s.w.Lower[end-1]] ||
				t.Class != gazetteer.Office && end-t.End >= 2) {
				m.Type, start = schema.Person, t.End
				continue
			}
			// "EC External Trade Commissioner Willy De Clercq" read as one
			// organization: the name after the title is a person; the
			// gazetteer's matches before it stand.
			if p, ok := st.titleInside(s, start, end); ok {
				*cs = append(*cs, &cand{Mention: doc.Mention{Sentence: m.Sentence, Start: p, End: end, Type: schema.Person, Source: "ner"}})
				sortCands(*cs)
				return
			}
			// "Defense" in "U.S. Defense Secretary": part of a title
			for k := max(0, start-3); k <= start; k++ {
				if t, ok := g.Title(s.w, k); ok && t.End >= end && t.End > start {
					return
				}
			}
			// "US President" with no name after it: a country and a title
			if st.countryTitle(s, *cs, start, end) {
				return
			}
		}
		if m.Type == schema.Person {
			if t, ok := g.Title(s.w, start); ok && t.End < end {
				start = t.End
				continue
			}
			// a title begun before the span and ended inside it:
			// "Archbishop of [Canterbury Dr Rowan Williams]"
			if t, ok := st.titleInto(s, start, end); ok {
				start = t.End
				continue
			}
			if gm, ok := g.Longest(s.w, start); ok && gm.End < end && gm.Entry.Type != schema.Person {
				start = gm.End
				continue
			}
		}
		break
	}
	for end > start && isPossessive(s.w.Lower[end-1]) {
		end--
	}
	if start >= end {
		return
	}
	var inside []int
	for k, c := range *cs {
		if c.End <= start || c.Start >= end {
			continue
		}
		if c.Start <= start && c.End >= end {
			return // the gazetteer covers it
		}
		if c.Start < start || c.End > end {
			return // crossing spans: the gazetteer wins
		}
		inside = append(inside, k)
	}
	if len(inside) > 0 {
		for k := start; k < end; k++ {
			if s.w.Lower[k] == "," {
				return // "[Commons, Labour]" read as one name: the gazetteer's two stand
			}
		}
	}
	typ := m.Type
	if typ == schema.Person && lexicon.OrganizationHeads.Has(s.w.Lower[end-1]) {
		if end-start == 1 {
			return // "the 21st Brigade": a unit, but "Brigade" names none
		}
		typ = schema.Organization // "the al-Ghadeer Brigade" is no person
	}
	if typ == schema.Location {
		if len(g.Person(st.span(m.Sentence, start, end))) > 0 {
			typ = schema.Person
		}
	}
	nc := &cand{Mention: doc.Mention{Sentence: m.Sentence, Start: start, End: end, Type: typ, Source: "ner"}}
	if typ == schema.Person {
		// keep the gazetteer's identity for a known full name
		if len(inside) == 1 {
			if c := (*cs)[inside[0]]; c.entry != nil && c.entry.Type == schema.Person && c.kind == gazetteer.Name {
				nc.entry = c.entry
			}
		}
	}
	out := (*cs)[:0]
	for k, c := range *cs {
		if len(inside) > 0 && k >= inside[0] && k <= inside[len(inside)-1] {
			continue
		}
		out = append(out, c)
	}
	*cs = append(out, nc)
	sortCands(*cs)
}

// titleInto returns a title that starts before token start and ends
// inside the span [start, end).
func (st *state) titleInto(s *sent, start, end int) (gazetteer.TitleMatch, bool) {
	for k := max(0, start-4); k < start; k++ {
		if t, ok := st.r.g.Title(s.w, k); ok && t.End > start && t.End < end {
			return t, true
		}
	}
	return gazetteer.TitleMatch{}, false
}

// countryTitle reports whether the span [start, end) is an office title
// after names the gazetteer knows: "his second term as US President".
func (st *state) countryTitle(s *sent, cs []*cand, start, end int) bool {
	for p := start + 1; p < end; p++ {
		c := covered(cs, p-1)
		if c == nil || c.entry == nil || c.Type == schema.Person {
			return false
		}
		if t, ok := st.r.g.Title(s.w, p); ok && t.End == end && t.Class == gazetteer.Office {
			return true
		}
	}
	return false
}

// titleInside finds an office title inside the span [start, end) that
// only names follow: it returns where the names start.
func (st *state) titleInside(s *sent, start, end int) (int, bool) {
	for p := start + 1; p < end-1; p++ {
		t, ok := st.r.g.Title(s.w, p)
		if !ok || t.Class == gazetteer.Honorific || t.End >= end || !allNames(s.w.Text[t.End:end]) ||
			lexicon.CompanyEndings.Has(s.w.Lower[end-1]) {
			continue
		}
		return t.End, true
	}
	return 0, false
}

// titleEndsAt reports whether a title of s ends at token k ("President"
// of "President Reagan").
func (st *state) titleEndsAt(s *sent, k int) bool {
	for j := max(0, k-4); j < k; j++ {
		if t, ok := st.r.g.Title(s.w, j); ok && t.End == k && t.Class != gazetteer.Honorific {
			return true
		}
	}
	return false
}

// shortNames adds the mentions of people by surname alone ("Kerry") that
// neither the gazetteer nor the recognizer found, when the document names
// them in full somewhere.
func (st *state) shortNames() {
	last := map[string]bool{}
	// titled: surnames written after a title ("President Reagan"), which
	// name a person wherever the recognizer read them as something else
	// ("the Reagan-appointed Kissinger Commission")
	titled := map[string]bool{}
	for _, s := range st.sents {
		for _, c := range s.cands {
			switch {
			case c.Type != schema.Person:
			case c.End-c.Start >= 2:
				last[s.w.Lower[c.End-1]] = true
			case c.Start > 0 && st.titleEndsAt(&s, c.Start):
				titled[s.w.Lower[c.Start]] = true
			}
		}
	}
	if len(last) == 0 && len(titled) == 0 {
		return
	}
	for si := range st.sents {
		s := &st.sents[si]
		added := false
		for _, c := range s.cands {
			// "Blair" read as a place in a headline, when Tony Blair is named
			if w := s.w.Lower[c.Start]; c.Source == "ner" && c.Type != schema.Person && c.End-c.Start == 1 && (last[w] || titled[w]) {
				c.Type, c.Subtype = schema.Person, ""
			}
		}
		for i, w := range s.w.Lower {
			if !last[w] || !nameToken(s.w.Text[i]) || covered(s.cands, i) != nil ||
				i+1 < len(s.toks) && nameToken(s.w.Text[i+1]) && covered(s.cands, i+1) == nil {
				continue
			}
			s.cands = append(s.cands, &cand{Mention: doc.Mention{Sentence: si, Start: i, End: i + 1,
				Text: s.w.Text[i], Type: schema.Person, Source: "coref"}})
			added = true
		}
		if added {
			sortCands(s.cands)
		}
	}
}

// capitals decides for each capital whether it stands for its country's
// government (when the country itself is mentioned in the document:
// "Moscow's annexation") or is a city ("a news conference in Paris").
func (st *state) capitals() {
	named := map[string]bool{}
	for _, s := range st.sents {
		for _, c := range s.cands {
			if c.entry != nil && c.entry.Type == schema.Country && c.kind != gazetteer.Capital {
				named[c.entry.ISO] = true
			}
		}
	}
	for _, s := range st.sents {
		for _, c := range s.cands {
			if c.entry == nil || c.kind != gazetteer.Capital || named[c.entry.ISO] {
				continue
			}
			if city := st.r.g.City(c.Text, c.entry.ISO); city != nil {
				c.entry, c.kind = city, gazetteer.Name
				c.Type, c.Subtype = city.Type, city.Subtype
			}
		}
	}
}
