package entity

import (
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

// people gives every person candidate its canonical name: a full name is
// looked up in the gazetteer ("Sergei Lavrov" -> "Sergey Lavrov"); a short
// name takes the full name seen in the document ("Blair" -> "Tony Blair"),
// else the gazetteer's only person with that surname, else itself.
func (st *state) people() {
	names := st.fullNames()
	g := st.r.g
	for si, s := range st.sents {
		for _, c := range s.cands {
			if c.Type != schema.Person || c.name != "" {
				continue
			}
			switch f, ok := names.nearest(strings.ToLower(c.Text), si); {
			case ok:
				c.name = f.name
			case c.entry != nil && c.entry.Type == schema.Person:
				c.name = c.entry.Name
			default:
				c.name = c.Text
				if es := g.Surname(c.Text); len(es) == 1 {
					c.entry, c.name = es[0], es[0].Name
				}
			}
		}
	}
}

// fullName is a person named in full in sentence si.
type fullName struct {
	name string
	si   int
}

// fullNames indexes the full names of a document by their first and their
// last word (lower case), each list in document order, so that a short
// name finds its full name in logarithmic time however long the document.
type fullNames map[string][]fullName

// fullNames names the person candidates written in full, and indexes them.
func (st *state) fullNames() fullNames {
	g := st.r.g
	idx := fullNames{}
	add := func(name, text string, si int) {
		w := strings.Fields(strings.ToLower(text))
		idx[w[0]] = append(idx[w[0]], fullName{name, si})
		if last := w[len(w)-1]; last != w[0] {
			idx[last] = append(idx[last], fullName{name, si})
		}
	}
	for si, s := range st.sents {
		for _, c := range s.cands {
			if c.Type != schema.Person {
				continue
			}
			switch {
			case c.entry != nil && c.entry.Type == schema.Person && c.kind == gazetteer.Name:
				c.name = c.entry.Name
			case len(strings.Fields(c.Text)) >= 2:
				c.name = c.Text
				if es := g.Person(c.Text); len(es) == 1 {
					c.entry, c.name = es[0], es[0].Name
				}
			default:
				continue
			}
			add(c.name, c.Text, si)
			if c.entry != nil {
				add(c.name, c.entry.Name, si)
			}
		}
	}
	return idx
}

// nearest returns the full name a short name in sentence si stands for: the
// most recent one up to si, else the first one after it.
func (idx fullNames) nearest(short string, si int) (fullName, bool) {
	fs := idx[short]
	if len(fs) == 0 {
		return fullName{}, false
	}
	// the first full name after si
	i := sort.Search(len(fs), func(i int) bool { return fs[i].si > si })
	if i > 0 {
		return fs[i-1], true
	}
	return fs[0], true
}

// titles reads the roles of the people of sentence si: titles before the
// name ("U.S. Secretary of State John Kerry") and in an apposition after it
// ("Dianne Feinstein, chairwoman of the Senate Intelligence Committee").
func (st *state) titles(si int) {
	s := &st.sents[si]
	g := st.r.g
	for ci, c := range s.cands {
		if c.Type != schema.Person || c.Source == "coref" {
			continue
		}
		// Titles before the name, nearest first.
		j := c.Start
		var chain []gazetteer.TitleMatch
		for j > 0 {
			found := false
			for k := max(0, j-5); k < j; k++ {
				if covered(s.cands, k) != nil {
					continue
				}
				if t, ok := g.Title(s.w, k); ok && t.End == j {
					if x := titleGender(s.w.Lower[k]); x != unknown {
						c.sex = x
					}
					t = st.portfolio(s, t)
					chain = append(chain, t)
					j, found = t.Start, true
					break
				}
			}
			if !found {
				if j > 0 && lexicon.TitleModifiers.Has(s.w.Lower[j-1]) && len(chain) > 0 {
					j--
					continue
				}
				break
			}
		}
		var of *cand
		if len(chain) > 0 && j > 0 {
			k := j - 1
			if isPossessive(s.w.Lower[k]) && k > 0 {
				k--
			}
			for k > 0 && lexicon.TitleModifiers.Has(s.w.Lower[k]) {
				k--
			}
			if o := covered(s.cands[:ci], k); o != nil && o.End == k+1 && o.Type != schema.Person {
				of = o
				// "Deputy Iranian Finance Minister": the rank before the
				// country belongs to the title ("former" is no rank)
				if p := o.Start - 1; p >= 0 && lexicon.TitlePrefixes.Has(s.w.Lower[p]) && !lexicon.TitleModifiers.Has(s.w.Lower[p]) &&
					covered(s.cands, p) == nil {
					t := &chain[len(chain)-1]
					t.Title = titleWord(s.w.Text[p]) + " " + t.Title
				}
			}
		}
		if of == nil && hasOffice(chain) {
			of = st.sharedCountry(s, ci, c, j)
		}
		if of == nil && hasOffice(chain) {
			if o, t := st.countryAround(s, ci, c, j); o != nil {
				st.addRole(si, c, o, t)
			}
		}
		if !hasOffice(chain) {
			st.bareAffiliation(si, ci, c)
			st.titleBefore(si, ci, c)
		}
		for n, t := range chain {
			if t.Class == gazetteer.Honorific {
				continue
			}
			var o *cand
			if n == len(chain)-1 || t.Class == gazetteer.Office && chain[len(chain)-1].Class == gazetteer.Office {
				o = of
			}
			if t.Class == gazetteer.Rank && n != len(chain)-1 {
				o = nil
			}
			st.addRole(si, c, o, t)
		}
		// A name that is a title ("Vice Minister of the ... Ministry")
		// has its body read with the title.
		if _, titled := g.Title(s.w, c.Start); !titled {
			if o := st.fromBody(s, c.End); o != nil {
				st.addRole(si, c, o, gazetteer.TitleMatch{Start: c.Start, End: c.Start})
			}
		}
		// Apposition after the name: ", (a|the)? (former)? [org]? title (of|for|at the? [org])?".
		k := c.End
		if k+1 >= len(s.toks) || s.w.Lower[k] != "," {
			continue
		}
		k++
		if w := s.w.Lower[k]; w == "a" || w == "an" || w == "the" {
			k++
		}
		for k < len(s.toks) && lexicon.TitleModifiers.Has(s.w.Lower[k]) {
			k++
		}
		var pre *cand
		if o := covered(s.cands, k); o != nil && o.Start == k && o.Type != schema.Person {
			pre, k = o, o.End
			if k < len(s.toks) && isPossessive(s.w.Lower[k]) {
				k++
			}
		}
		t, ok := g.Title(s.w, k)
		if !ok || t.Class == gazetteer.Honorific {
			continue
		}
		if x := titleGender(s.w.Lower[k]); x != unknown {
			c.sex = x
		}
		if o := st.appositionOf(s, t.End); o != nil {
			pre = o
		}
		if st.clauseFollows(s, t.End) {
			continue // "Condoleezza Rice, the prime minister said": a speaker, no apposition
		}
		if o := covered(s.cands, t.End); o != nil && o.Start == t.End && o.Type == schema.Person {
			continue // "Condoleezza Rice, UN Secretary General Kofi Annan": the next name's title
		}
		st.addRole(si, c, pre, t)
	}
}

// sharedCountry returns the country of the titled person joined by "and"
// right before the titles that start at token j, when this person gives
// none of their own: in "UAE President Sheikh Zaid and Oil Minister Mana
// al-Oteiba" both serve the UAE. A person the gazetteer places in another
// country keeps theirs; nil when none.
func (st *state) sharedCountry(s *sent, ci int, c *cand, j int) *cand {
	if j < 2 || s.w.Lower[j-1] != "and" || ci == 0 {
		return nil
	}
	prev := s.cands[ci-1]
	if prev.Type != schema.Person || prev.End != j-1 {
		return nil
	}
	for k := len(st.roleCand) - 1; k >= 0; k-- {
		if st.roleCand[k] != prev {
			continue
		}
		of := st.ofCand[k]
		if of == nil || of.Type != schema.Country || of.entry == nil {
			continue
		}
		if pc := st.personCountry(c); pc != "" && pc != of.entry.ISO {
			return nil
		}
		return of
	}
	return nil
}

// fromBody reads the organization a person is said to be from or of, right
// after their name at token k: "Brad Adams, from the UK's Human Rights
// Watch", "Kenneth Roth of Human Rights Watch". A country's possessive
// before the organization is passed over; nil when none.
func (st *state) fromBody(s *sent, k int) *cand {
	if k < len(s.toks) && s.w.Lower[k] == "," {
		k++
	}
	if k+1 >= len(s.toks) || s.w.Lower[k] != "from" && s.w.Lower[k] != "of" {
		return nil
	}
	k++
	if s.w.Lower[k] == "the" {
		k++
	}
	o := covered(s.cands, k)
	if o != nil && o.Start == k && o.Type == schema.Country && o.End+1 < len(s.toks) && isPossessive(s.w.Lower[o.End]) {
		o = covered(s.cands, o.End+1) // "the UK's Human Rights Watch"
	}
	if o == nil || o.Type != schema.Organization || o.kind == gazetteer.Demonym {
		return nil
	}
	return o
}

// countryAround returns the country of a titled person c (candidate ci of
// s, its titles starting at token j) that is written after the name
// ("Chancellor Helmut Kohl of West Germany") or in a title phrase set
// before the titles ("his U.S. Counterpart, Trade Representative Clayton
// Yeutter"); nil when there is none. The title match it returns has no
// title: the words of the phrase's title ("Counterpart"), when there is
// one, name the person but give no role of their own.
func (st *state) countryAround(s *sent, ci int, c *cand, j int) (*cand, gazetteer.TitleMatch) {
	none := gazetteer.TitleMatch{Start: c.Start, End: c.Start}
	k := c.End
	if k+1 < len(s.toks) && s.w.Lower[k] == "of" {
		k++
		if s.w.Lower[k] == "the" && k+1 < len(s.toks) {
			k++
		}
		if o := covered(s.cands, k); o != nil && o.Start == k && o.Type == schema.Country && o.kind != gazetteer.Demonym {
			return o, none
		}
	}
	comma := j - 1
	if comma < 1 || s.w.Lower[comma] != "," {
		return nil, none
	}
	for k := max(0, comma-4); k < comma; k++ {
		t, ok := st.r.g.Title(s.w, k)
		if !ok || t.End != comma || t.Class == gazetteer.Honorific || covered(s.cands, k) != nil {
			continue
		}
		b := t.Start - 1
		for b >= 0 && lexicon.TitleModifiers.Has(s.w.Lower[b]) {
			b--
		}
		o := covered(s.cands[:ci], b)
		if b < 0 || o == nil || o.End != b+1 || o.Type != schema.Country {
			return nil, none
		}
		if p := o.Start - 1; p >= 0 && !lexicon.TitleDeterminers.Has(s.w.Lower[p]) {
			return nil, none
		}
		return o, gazetteer.TitleMatch{Start: t.Start, End: t.End}
	}
	return nil, none
}

// appositionOf reads the body an apposition's title belongs to, after the
// title at token k: "chairwoman of the Senate Intelligence Committee", "an
// adviser on climate change to President Bush" (a person after "to").
func (st *state) appositionOf(s *sent, k int) *cand {
	for j := k; j < len(s.toks)-1 && j < k+6; j++ {
		lw := s.w.Lower[j]
		if lw == "," || s.toks[j].UPOS == "VERB" || s.toks[j].UPOS == "AUX" {
			return nil
		}
		if lw != "of" && lw != "for" && lw != "at" && lw != "to" {
			continue
		}
		n := j + 1
		if w := s.w.Lower[n]; (w == "the" || w == "a" || w == "an") && n+1 < len(s.toks) {
			n++
		}
		// "head of a parliamentary Foreign Affairs Committee"
		for a := 0; a < 2 && n < len(s.toks)-1 && s.toks[n].UPOS == "ADJ" && s.w.Text[n] == s.w.Lower[n]; a++ {
			n++
		}
		for n < len(s.toks)-1 && st.isHonorific(s, n) {
			n++
		}
		if t, ok := st.r.g.Title(s.w, n); ok && t.End < len(s.toks) {
			n = t.End // "to President Bush"
		}
		if x := covered(s.cands, n); x != nil && x.Start == n && x.Type.IsActor() && (x.Type != schema.Person || lw == "to") {
			return x
		}
		if j == k {
			return nil // "chief of staff": the preposition right after the title names no body
		}
	}
	return nil
}

// clauseFollows reports whether a verb follows the title that ends at token
// k (and its of-phrase): the title phrase is then a subject, not an
// apposition.
func (st *state) clauseFollows(s *sent, k int) bool {
	for j := k; j < len(s.toks) && j < k+6; j++ {
		switch up := s.toks[j].UPOS; {
		case s.w.Lower[j] == ",":
			return false
		case up == "VERB" || up == "AUX":
			return true
		}
	}
	return false
}

// hasOffice reports whether a title chain holds more than honorifics.
func hasOffice(chain []gazetteer.TitleMatch) bool {
	for _, t := range chain {
		if t.Class != gazetteer.Honorific {
			return true
		}
	}
	return false
}

// bareAffiliation reads a country, party or organization written right
// before a name without a title: "Democrat John Kerry", "Iranian Mohsen
// Rezaei", "The BBC's Paul Reynolds", "Britain's Tony Blair".
func (st *state) bareAffiliation(si, ci int, c *cand) {
	s := &st.sents[si]
	k := c.Start - 1
	for k >= 0 && st.isHonorific(s, k) {
		k--
	}
	possessive := k > 0 && isPossessive(s.w.Lower[k])
	if possessive {
		k--
	}
	o := covered(s.cands[:ci], k)
	if k < 0 || o == nil || o.End != k+1 || o.Type == schema.Person || !o.Type.IsActor() {
		return
	}
	if !possessive && o.kind != gazetteer.Demonym && !(o.Type == schema.Organization && o.Subtype == "party") {
		return
	}
	st.addRole(si, c, o, gazetteer.TitleMatch{Start: c.Start, End: c.Start})
}

// isHonorific reports whether token k is an honorific ("Mr", "Dr").
func (st *state) isHonorific(s *sent, k int) bool {
	t, ok := st.r.g.Title(s.w, k)
	return ok && t.Class == gazetteer.Honorific
}

// titleBefore reads a title set before the name in an apposition: "his
// Israeli counterpart, Ariel Sharon", "the Palestinian leader, Mahmoud
// Abbas". A determiner or possessive pronoun (or the sentence start) opens
// the title phrase.
func (st *state) titleBefore(si, ci int, c *cand) {
	s := &st.sents[si]
	comma := c.Start - 1
	if comma < 1 || s.w.Lower[comma] != "," {
		return
	}
	for k := max(0, comma-4); k < comma; k++ {
		t, ok := st.r.g.Title(s.w, k)
		if !ok || t.End != comma || t.Class == gazetteer.Honorific || covered(s.cands, k) != nil {
			continue
		}
		t = st.portfolio(s, t)
		j := t.Start - 1
		for j >= 0 && lexicon.TitleModifiers.Has(s.w.Lower[j]) {
			j--
		}
		var of *cand
		if o := covered(s.cands[:ci], j); j >= 0 && o != nil && o.End == j+1 && o.Type != schema.Person && o.Type.IsActor() {
			of, j = o, o.Start-1
		}
		if j >= 0 && !lexicon.TitleDeterminers.Has(s.w.Lower[j]) {
			return
		}
		st.addRole(si, c, of, t)
		return
	}
}

// maxPortfolio bounds the words of a portfolio ("foreign affairs",
// "external trade", "energy and climate change" is cut).
const maxPortfolio = 3

// portfolio extends title t leftwards over a portfolio ("environment" of
// "Liberal Democrat environment spokesman") and rank prefixes ("Assistant"),
// stopping at names, determiners, possessives and function words.
func (st *state) portfolio(s *sent, t gazetteer.TitleMatch) gazetteer.TitleMatch {
	last := t.Title
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	start := t.Start
	for k := t.Start - 1; k >= 0 && t.Start-k <= maxPortfolio; k-- {
		lw := s.w.Lower[k]
		if o := covered(s.cands, k); o != nil {
			if o.Type == schema.Person || o.End != k+1 || k+1 >= t.Start || s.w.Lower[k+1] != "affairs" {
				break
			}
			// "French EC affairs minister": the body names the portfolio.
			start, k = o.Start, o.Start
			continue
		}
		if lexicon.TitlePrefixes.Has(lw) {
			start = k
			continue
		}
		if lw == "and" && start == k+1 && k > 0 && st.portfolioWord(s, k-1, last) {
			continue // "energy and mines minister"
		}
		portfolioWord := st.portfolioWord(s, k, last)
		if !portfolioWord || lexicon.FunctionWords.Has(lw) || lexicon.TitleModifiers.Has(lw) {
			break
		}
		if _, ok := st.r.g.Title(s.w, k); ok {
			break // another title of the chain ("Sen." before "foreign affairs spokesman")
		}
		start = k
	}
	if start == t.Start {
		return t
	}
	words := make([]string, 0, t.Start-start+1)
	for k := start; k < t.Start; k++ {
		words = append(words, titleWord(s.w.Text[k]))
	}
	t.Title = strings.Join(append(words, t.Title), " ")
	t.Start = start
	return t
}

// portfolioWord reports whether token k can name the portfolio of a title
// whose last word is last ("environment" of "environment spokesman").
func (st *state) portfolioWord(s *sent, k int, last string) bool {
	up := s.toks[k].UPOS
	return lexicon.PortfolioTitles.Has(strings.ToLower(last)) && (up == "NOUN" || up == "ADJ" || up == "PROPN") &&
		isWord(strings.ReplaceAll(s.w.Lower[k], "-", ""))
}

// titleWord capitalizes a word of a title ("environment" -> "Environment").
func titleWord(w string) string {
	if w == "and" || w == "of" {
		return w // "Energy and Mines Minister"
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

func (st *state) addRole(si int, c, of *cand, t gazetteer.TitleMatch) {
	st.roles = append(st.roles, doc.Role{Sentence: si, Title: t.Title, TitleStart: t.Start, TitleEnd: t.End})
	st.roleCand = append(st.roleCand, c)
	st.ofCand = append(st.ofCand, of)
}

// pronoun classes.
const (
	pNone = iota
	pHe
	pShe
	pThey
	pIts
	pIt
)

// pronounClass returns the class of a third-person pronoun, pNone for
// any other word.
func pronounClass(w string) int {
	switch {
	case lexicon.MasculinePronouns.Has(w):
		return pHe
	case lexicon.FemininePronouns.Has(w):
		return pShe
	case lexicon.PluralPronouns.Has(w):
		return pThey
	case w == "it":
		return pIt
	case lexicon.NeuterPronouns.Has(w):
		return pIts
	}
	return pNone
}

// modifier reports whether a candidate modifies a following noun ("Russian
// troops", "U.S. officials") rather than standing as an argument.
func (st *state) modifier(si int, c *cand) bool {
	if c.kind == gazetteer.Demonym {
		return true
	}
	s := &st.sents[si]
	if c.End >= len(s.toks) {
		return false
	}
	if up := s.toks[c.End].UPOS; up != "" {
		return up == "NOUN" || up == "PROPN" || up == "ADJ"
	}
	w := s.w.Text[c.End]
	lw := s.w.Lower[c.End]
	return w == lw && isWord(lw) && !lexicon.FunctionWords.Has(lw) && !strings.HasSuffix(lw, "ed")
}

func isWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

func isSubjectToken(s *sent, i int) bool {
	d := s.toks[i].Dep
	return d == "nsubj" || d == "nsubj:pass"
}

func isSubject(s *sent, c *cand) bool {
	for i := c.Start; i < c.End; i++ {
		if d := s.toks[i].Dep; d == "nsubj" || d == "nsubj:pass" {
			return true
		}
	}
	return false
}

// coref resolves pronouns, "the country" and titles standing alone ("the
// general") to earlier mentions, adding mentions with Source "coref". The
// words outside quotations are resolved first, each to a mention outside
// quotations; then those inside, which may stand for anyone named but the
// quotation's speaker: in "'President Bush is there for four years. He is
// there because the American people have chosen him,' he argued", the
// quoted "He" is Bush, "he argued" the one who spoke before.
func (st *state) coref() {
	st.corefPass(false)
	st.corefPass(true)
}

// corefPass resolves the referring words outside quotations, or inside.
func (st *state) corefPass(quoted bool) {
	for si := range st.sents {
		s := &st.sents[si]
		for i := 0; i < len(s.toks); i++ {
			if s.quoted[i] != quoted || covered(s.cands, i) != nil {
				continue
			}
			// those resolved in this sentence are antecedents for later ones
			if cs, end := st.corefAt(si, i); len(cs) > 0 {
				s.cands = append(s.cands, cs...)
				sortCands(s.cands)
				i = end - 1
			}
		}
	}
}

// corefAt resolves the referring expression at token i of sentence si: a
// country referred back to, a description of a person by a title, a
// pronoun. It returns the coref candidates and the token after the
// expression; none when there is nothing to resolve there.
func (st *state) corefAt(si, i int) ([]*cand, int) {
	if cs, end := st.countryReference(si, i); len(cs) > 0 {
		return cs, end
	}
	s := &st.sents[si]
	if s.w.Lower[i] == "the" && i+1 < len(s.toks) {
		if s.w.Lower[i+1] == "country" {
			return nil, i + 1
		}
		if t, ok := st.description(si, i); ok {
			if a := st.describedPerson(si, i, t); a != nil {
				return []*cand{st.corefCand(si, t.Start, t.End, a)}, t.End
			}
			return nil, i + 1
		}
	}
	if a := st.pronounAntecedent(si, i, pronounClass(s.w.Lower[i])); a != nil {
		st.possessedTitle(si, i, a)
		return []*cand{st.corefCand(si, i, i+1, a)}, i + 1
	}
	return nil, i + 1
}

// possessedTitle gives the person titled after a possessive pronoun at
// token i the country of the one the pronoun stands for: "His farm
// minister Ignaze Kiechle" (Kohl's), "his Prime Minister Jacques Chirac"
// (Mitterrand's).
func (st *state) possessedTitle(si, i int, a *cand) {
	if w := st.sents[si].w.Lower[i]; w != "his" && w != "her" || a.Type != schema.Person {
		return
	}
	for k, r := range st.roles {
		if r.Sentence != si || r.TitleStart != i+1 || r.Title == "" || st.ofCand[k] != nil {
			continue
		}
		if h := st.roleCand[k]; h != nil && st.personName(h) != st.personName(a) {
			st.ofCand[k] = st.countryOf(a)
		}
	}
}

// describedPerson returns the person a description by title t at token i
// of sentence si stands for: the last holder of the title; else one the
// next sentence introduces; else, for a salient office, the salient person
// of the last sentences. A capitalized title ("the Cardinal") is only the
// last holder's.
func (st *state) describedPerson(si, i int, t gazetteer.TitleMatch) *cand {
	if a := st.roleHolder(si, t.Title); a != nil {
		return a
	}
	if s := &st.sents[si]; s.w.Text[t.Start] != s.w.Lower[t.Start] {
		return nil // "the Cardinal": only one the article gave that title
	}
	// "ordered the top U.S. commander in Europe back ... Gen. Phil
	// Breedlove was in Washington".
	if a := st.introduced(si, t); a != nil {
		st.addRole(si, a, nil, t)
		return a
	}
	// "Mr Blair ... The prime minister also urged": the salient person of
	// the last sentences, when nothing they are called contradicts the
	// title. Not inside a quotation: its speaker's "the president" is
	// someone else.
	if !lexicon.SalientOffices.Has(strings.ToLower(t.Title)) || st.sents[si].quoted[i] {
		return nil
	}
	of := st.descriptionOf(si, i, t)
	a := st.antecedent(si, i, st.mayHold(si, t, of), true)
	if a != nil {
		st.addRole(si, a, of, t)
	}
	return a
}

// pronounAntecedent resolves a third-person pronoun of class p at token i.
func (st *state) pronounAntecedent(si, i, p int) *cand {
	switch p {
	case pHe, pShe:
		want := male
		if p == pShe {
			want = female
		}
		speaker := st.quoteSpeaker(si, i)
		a := st.antecedent(si, i, func(c *cand) bool {
			x := st.sexOf(c)
			return c.Type == schema.Person && (x == unknown || x == want) && (speaker == "" || st.personName(c) != speaker)
		}, true)
		if a != nil && st.sexOf(a) == unknown {
			a.sex = want
			st.sex[st.personName(a)] = want
		}
		return a
	case pIt:
		// "China said it sees ...": a subject "it" is the subject before
		// it, as for "he"; an object "it" is mostly a thing ("want it
		// lifted").
		if st.expletive(si, i) || !isSubjectToken(&st.sents[si], i) {
			return nil
		}
		return st.reporter(si, i, isBody)
	case pIts:
		return st.antecedent(si, i, isBody, false)
	case pThey:
		return st.pluralAntecedent(si, i)
	}
	return nil
}

// reporter returns the candidate (one that ok accepts) that reports the
// clause whose subject is token i: the country or organization of "China
// said it sees ...", "Japan warned the United States it may retaliate";
// the one a subject describes: "the EC ministers said they". Elsewhere
// "it" is mostly a thing ("it does not foreshadow military action"), so it
// stays unresolved.
func (st *state) reporter(si, i int, ok func(*cand) bool) *cand {
	s := &st.sents[si]
	clause := s.toks[i].Head
	for clause >= 0 && s.toks[clause].Dep == "conj" {
		clause = s.toks[clause].Head // "said it sees ... and does not want"
	}
	if clause >= 0 && s.toks[clause].Dep == "acl" {
		// "Syria's denials that it was implicated", "Iran's claim that it
		// had": the owner of the claim.
		n := s.toks[clause].Head
		for _, c := range s.cands {
			if c.End <= i && ok(c) && s.toks[c.End-1].Head == n && s.toks[c.End-1].Dep == "nmod:poss" {
				return c
			}
		}
		for _, c := range s.cands {
			if c.End <= i && ok(c) && c.End-c.Start > 1 && s.toks[c.Start].Head == n && s.toks[c.Start].Dep == "nmod:poss" {
				return c
			}
		}
		return nil
	}
	if clause < 0 || s.toks[clause].Dep != "ccomp" {
		return nil
	}
	verb := s.toks[clause].Head
	for _, c := range s.cands {
		if c.End > i || !ok(c) {
			continue
		}
		for k := c.Start; k < c.End; k++ {
			if s.toks[k].Head == verb && isSubjectToken(s, k) {
				return c
			}
		}
		if h := st.describedBy(c); h >= 0 && s.toks[h].Head == verb && isSubjectToken(s, h) {
			return c
		}
	}
	return nil
}

// isBody reports whether c names a country, organization or place that
// "it" can stand for (not a demonym: "Russian troops").
func isBody(c *cand) bool {
	return (c.Type == schema.Country || c.Type == schema.Organization || c.Type == schema.GPE) && c.kind != gazetteer.Demonym
}

// expletive reports whether "it" at token i stands for nothing: "it is
// likely that", "it was agreed to", "it would be wrong to", "it seems".
func (st *state) expletive(si, i int) bool {
	s := &st.sents[si]
	j := i + 1
	for j < len(s.toks) && (s.toks[j].XPOS == "MD" || s.w.Lower[j] == "not") {
		j++ // "it would be", "it may not be"
	}
	if j >= len(s.toks) || !lexicon.ExpletiveVerbs.Has(s.w.Lower[j]) {
		return false
	}
	pred := false // an adjective or participle before the clause: "likely", "agreed"
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		switch lw := s.w.Lower[k]; {
		case lw == "that" || lw == "to" || lw == "whether" || lw == "if":
			return pred
		case s.toks[k].UPOS == "ADJ" || s.toks[k].XPOS == "VBN" || lw == "time":
			pred = true
		}
	}
	return false
}

// descriptionOf returns the country or body named inside a description
// ("the French president", "the UK premier"), or nil.
func (st *state) descriptionOf(si, i int, t gazetteer.TitleMatch) *cand {
	s := &st.sents[si]
	for j := i + 1; j < t.Start; j++ {
		if c := covered(s.cands, j); c != nil && c.Type != schema.Person && c.Type.IsActor() {
			return c
		}
	}
	return nil
}

// mayHold returns the test for a person who may be the holder of title t
// (of the country or body of) described in sentence si: not named in that
// sentence ("The prime minister said Mr Bush had learned"), no other office
// known for them, and their country, when known, of's.
func (st *state) mayHold(si int, t gazetteer.TitleMatch, of *cand) func(*cand) bool {
	return func(c *cand) bool {
		if c.Type != schema.Person || st.namedIn(si, st.personName(c)) {
			return false
		}
		name := st.personName(c)
		for k, r := range st.roles {
			if h := st.roleCand[k]; h != nil && st.personName(h) == name && r.Title != "" && !strings.EqualFold(r.Title, t.Title) {
				return false
			}
		}
		if of == nil || of.entry == nil || of.entry.ISO == "" {
			return true
		}
		country := st.personCountry(c)
		return country == "" || country == of.entry.ISO
	}
}

// personCountry is the country the gazetteer gives a person, or "".
func (st *state) personCountry(c *cand) string {
	e := c.entry
	if c.ante != nil {
		e = c.ante.entry
	}
	if e == nil {
		name := st.personName(c)
		if es := st.r.g.Person(name); len(es) == 1 {
			e = es[0]
		} else if len(es) == 0 {
			e = st.longerName(name)
		}
	}
	if e == nil || e.Type != schema.Person {
		return ""
	}
	return e.Country
}

// longerName returns the one person of the gazetteer whose name has all the
// words of name and the same surname ("Ali Khamenei" is the gazetteer's
// "Hojatolislam Sayyed Ali Khamenei"), or nil.
func (st *state) longerName(name string) *gazetteer.Entry {
	words := strings.Fields(strings.ToLower(name))
	if len(words) < 2 {
		return nil
	}
	var found *gazetteer.Entry
	for _, e := range st.r.g.Surname(words[len(words)-1]) {
		have := strings.Fields(strings.ToLower(e.Name))
		if e.Type != schema.Person || !containsAll(have, words) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// namedIn reports whether sentence si names the person (not through a
// pronoun or description).
func (st *state) namedIn(si int, name string) bool {
	for _, c := range st.sents[si].cands {
		if c.Type == schema.Person && c.Source != "coref" && st.personName(c) == name {
			return true
		}
	}
	return false
}

// personName is the canonical name of a person candidate (through its
// antecedent).
func (st *state) personName(c *cand) string {
	if c.ante != nil {
		c = c.ante
	}
	if c.name != "" {
		return c.name
	}
	return c.Text
}

// sexOf is what the document tells of a person's sex: from any of its
// mentions' titles, its first name, or a pronoun already resolved to it.
func (st *state) sexOf(c *cand) gender {
	if c.sex != unknown {
		return c.sex
	}
	return st.sex[st.personName(c)]
}

// genders records the sex of each person named in the document: from the
// titles and honorifics of its mentions ("Mrs", "spokeswoman"), else from
// its first name.
func (st *state) genders() {
	for _, s := range st.sents {
		for _, c := range s.cands {
			if c.Type != schema.Person || c.Source == "coref" {
				continue
			}
			name := st.personName(c)
			if c.sex != unknown {
				st.sex[name] = c.sex
				continue
			}
			if _, ok := st.sex[name]; ok {
				continue
			}
			f := strings.Fields(strings.ToLower(name))
			switch {
			case len(f) < 2:
			case lexicon.FemaleNames.Has(f[0]):
				st.sex[name] = female
			case lexicon.MaleNames.Has(f[0]):
				st.sex[name] = male
			}
		}
	}
}

func (st *state) corefCand(si, start, end int, a *cand) *cand {
	if a.ante != nil {
		a = a.ante
	}
	return &cand{Mention: doc.Mention{Sentence: si, Start: start, End: end, Text: st.span(si, start, end),
		Type: a.Type, Subtype: a.Subtype, Source: "coref"}, ante: a, sex: a.sex}
}

// antecedent finds the mention a referring expression at token i of
// sentence si points to: in the current sentence before it, then up to two
// sentences back. hobbs prefers the subject (or the leftmost mention, when
// there is no parse) of each sentence; otherwise the nearest mention wins.
func (st *state) antecedent(si, i int, ok func(*cand) bool, hobbs bool) *cand {
	outside := !st.sents[si].quoted[i]
	for back := 0; back <= 2 && si-back >= 0; back++ {
		s := &st.sents[si-back]
		var cs []*cand
		for _, c := range s.cands {
			if (back > 0 || c.End <= i) && !(outside && s.quoted[c.Start]) && ok(c) {
				cs = append(cs, c)
			}
		}
		if len(cs) == 0 {
			continue
		}
		if !hobbs {
			if back == 0 {
				return cs[len(cs)-1]
			}
			return cs[len(cs)-1]
		}
		for _, c := range cs {
			if isSubject(s, c) {
				return c
			}
		}
		return cs[0]
	}
	return nil
}

// description reads a definite description of a person by a role at token
// i ("the" of "the general", "the top U.S. commander in Europe"): a
// lower-case title after "the" and adjectives or country and organization
// names, not followed by a name ("the general Phil Breedlove" names him).
func (st *state) description(si, i int) (gazetteer.TitleMatch, bool) {
	s := &st.sents[si]
	for j := i + 1; j < len(s.toks) && j <= i+5; j++ {
		// a capitalized title right after "the" too: "Both the Cardinal and"
		if t, ok := st.r.g.Title(s.w, j); ok && t.Class != gazetteer.Honorific && (s.w.Text[j] == s.w.Lower[j] || j == i+1) {
			if t.End < len(s.toks) && nameToken(s.w.Text[t.End]) {
				return t, false
			}
			return t, true
		}
		if up := s.toks[j].UPOS; up == "ADJ" || up == "" && s.w.Text[j] == s.w.Lower[j] && isWord(s.w.Lower[j]) &&
			!lexicon.FunctionWords.Has(s.w.Lower[j]) {
			continue // without tags, any lower-case content word
		}
		if c := covered(s.cands, j); c != nil && c.Type != schema.Person && c.Type.IsActor() {
			j = c.End - 1
			continue
		}
		break
	}
	return gazetteer.TitleMatch{}, false
}

// introduced returns the person a description t in sentence si refers to
// when no earlier holder of its title is known: the titled person who is
// the subject of the next sentence and appears there for the first time.
// Only a description that is a verb's object and whose title is new to the
// document looks ahead ("ordered the top U.S. commander in Europe back");
// "The spokesman said" and "the first minister's statement" do not.
func (st *state) introduced(si int, t gazetteer.TitleMatch) *cand {
	if si+1 >= len(st.sents) || t.End <= t.Start {
		return nil
	}
	s := &st.sents[si]
	if d := strings.ToLower(s.toks[t.End-1].Dep); parsed(s) && d != "obj" && d != "iobj" {
		return nil
	}
	for back := 0; back <= si; back++ {
		w := &st.sents[back].w
		for j := range w.Lower {
			if (back < si || j < t.Start) && strings.EqualFold(w.Lower[j], s.w.Lower[t.End-1]) {
				return nil // the title was used before: an earlier description
			}
		}
	}
	next := &st.sents[si+1]
	for k, r := range st.roles {
		c := st.roleCand[k]
		if r.Sentence != si+1 || c == nil || c.Type != schema.Person {
			continue
		}
		// The parse may make the title the subject ("Gen." of "Gen. Phil
		// Breedlove was in Washington").
		// Without a parse: the title opens the sentence.
		if parsed(next) && !isSubject(next, c) && !isSubject(next, &cand{Mention: doc.Mention{Start: r.TitleStart, End: r.TitleEnd}}) ||
			!parsed(next) && r.TitleStart != 0 {
			continue
		}
		if c.ante != nil {
			c = c.ante
		}
		for back := 0; back <= si; back++ {
			for _, x := range st.sents[back].cands {
				if x.Type == schema.Person && x.name != "" && strings.EqualFold(x.name, c.name) {
					return nil // known already: the description is someone else
				}
			}
		}
		return c
	}
	return nil
}

func parsed(s *sent) bool {
	for i := range s.toks {
		if s.toks[i].Dep != "" {
			return true
		}
	}
	return false
}

// roleHolder is the most recent person holding the title, up to sentence si.
func (st *state) roleHolder(si int, title string) *cand {
	for k := len(st.roles) - 1; k >= 0; k-- {
		if st.roles[k].Sentence <= si && strings.EqualFold(st.roles[k].Title, title) {
			return st.roleCand[k]
		}
	}
	return nil
}

// entity builds the canonical entity of a candidate.
func (st *state) entity(c *cand) *schema.Entity {
	var e schema.Entity
	switch {
	case c.kind == gazetteer.People && c.entry != nil:
		// "Ukrainians": a group of its own, linked to the country by a role
		e = schema.Entity{Name: c.Text, Type: schema.Group}
	case c.Type == schema.Person:
		e = schema.Entity{Name: c.name, Type: schema.Person}
		if e.Name == "" {
			e.Name = c.Text
		}
	case c.entry != nil:
		e = schema.Entity{Name: c.entry.Name, Type: c.entry.Type, Subtype: c.entry.Subtype, ISO: c.entry.ISO,
			Wikidata: c.entry.Wikidata}
	default:
		e = schema.Entity{Name: c.Text, Type: c.Type, Subtype: c.Subtype}
	}
	e.ID = schema.EntityIRI(e.Type, e.Name, e.ISO)
	return &e
}

// finish writes mentions, roles and entities into the document.
func (st *state) finish() {
	d := st.d
	d.Mentions = d.Mentions[:0]
	d.Entities = map[string]*schema.Entity{}
	surfaces := map[string]map[string]bool{}
	iris := map[*cand]string{}
	for si := range st.sents {
		for _, c := range st.sents[si].cands {
			src := c
			if c.ante != nil {
				src = c.ante
			}
			e := st.entity(src)
			if old, ok := d.Entities[e.ID]; ok {
				// a name the recognizer also read as Misc or a place is
				// the person or organization it names elsewhere
				if (old.Type == schema.Misc || old.Type == schema.Location) && e.Type != schema.Misc && e.Type != schema.Location {
					old.Type, old.Subtype = e.Type, e.Subtype
				}
				e = old
			} else {
				d.Entities[e.ID] = e
				surfaces[e.ID] = map[string]bool{}
			}
			iris[c] = e.ID
			if c.ante == nil && c.Text != e.Name {
				surfaces[e.ID][c.Text] = true
			}
			m := c.Mention
			m.Entity = e.ID
			m.Type, m.Subtype = e.Type, e.Subtype
			if src.kind == gazetteer.Demonym && c.ante == nil && e.Type == schema.Country {
				m.Subtype = "demonym"
			}
			d.Mentions = append(d.Mentions, m)
			if c.kind == gazetteer.People && c.Source != "coref" && c.entry != nil {
				place := st.entity(&cand{entry: c.entry})
				if _, ok := d.Entities[place.ID]; !ok {
					d.Entities[place.ID] = place
					surfaces[place.ID] = map[string]bool{}
				}
				st.roles = append(st.roles, doc.Role{Sentence: si, Person: e.ID, Of: place.ID, TitleStart: c.Start, TitleEnd: c.Start})
				st.roleCand = append(st.roleCand, nil)
				st.ofCand = append(st.ofCand, nil)
			}
		}
	}
	for k := range d.Mentions {
		if e := d.Entities[d.Mentions[k].Entity]; e != nil && d.Mentions[k].Type != e.Type {
			d.Mentions[k].Type, d.Mentions[k].Subtype = e.Type, e.Subtype
		}
	}
	for id, set := range surfaces {
		e := d.Entities[id]
		e.Aliases = e.Aliases[:0]
		for s := range set {
			e.Aliases = append(e.Aliases, s)
		}
		sort.Strings(e.Aliases)
		if len(e.Aliases) == 0 {
			e.Aliases = nil
		}
	}
	d.Roles = d.Roles[:0]
	for k, r := range st.roles {
		if c := st.roleCand[k]; c != nil {
			r.Person = iris[c]
		}
		if o := st.ofCand[k]; o != nil {
			r.Of = iris[o]
			if r.Of == "" && o.entry != nil {
				r.Of = st.addEntity(o.entry) // a country read inside a name: "French Finance Ministry"
			}
		}
		if c := st.roleCand[k]; c != nil && r.Of == "" && governmentOffice(r.Title) && !st.bodyBefore(r.Sentence, r.TitleStart) {
			r.Of = st.knownCountry(c)
		}
		if r.Person != "" && (r.Title != "" || r.Of != "") {
			d.Roles = append(d.Roles, r)
		}
	}
}

// bodyBefore reports whether a noun the entity stage did not read stands
// right before a title: the body the office belongs to ("European
// commission president Jose Manuel Barroso" is no office of his country).
func (st *state) bodyBefore(si, k int) bool {
	s := &st.sents[si]
	if k <= 0 || k > len(s.toks) || covered(s.cands, k-1) != nil {
		return false
	}
	// "Last month President Reagan" names no body.
	lw := s.w.Lower[k-1]
	up := s.toks[k-1].UPOS
	return (up == "NOUN" || up == "PROPN") && !lexicon.TemporalNouns.Has(lw) && !lexicon.DateWords.Has(lw)
}

// governmentOffice reports whether a title is an office of a country's
// government, whose holder belongs to that country: "Prime Minister",
// "Finance Minister", "Secretary of State".
func governmentOffice(title string) bool {
	lt := strings.ToLower(title)
	if lexicon.SalientOffices.Has(lt) {
		return true
	}
	last := lt[strings.LastIndexByte(lt, ' ')+1:]
	return last == "minister" || last == "secretary" || last == "ambassador"
}

// knownCountry returns the IRI of the country the gazetteer gives a person
// whose office the article names without its country ("Prime Minister Tony
// Blair" is Britain's), adding the country to the document's entities; ""
// when unknown.
func (st *state) knownCountry(c *cand) string {
	iso := st.personCountry(c)
	if iso == "" {
		return ""
	}
	e := st.r.g.Country(iso)
	if e == nil {
		return ""
	}
	return st.addEntity(e)
}

// addEntity adds the entity of a gazetteer entry that no mention names to
// the document's entities, and returns its IRI.
func (st *state) addEntity(e *gazetteer.Entry) string {
	ent := st.entity(&cand{entry: e})
	if _, ok := st.d.Entities[ent.ID]; !ok {
		st.d.Entities[ent.ID] = ent
	}
	return ent.ID
}
