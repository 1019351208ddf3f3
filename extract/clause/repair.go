package clause

import (
	"strings"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
)

// RepairParse corrects, in the sentence's tokens, misreadings of the parse
// that every later stage should see the same way: the entity stage resolves
// pronouns by their relation, the clause and event stages read clauses
// from it. The pipeline calls it right after parsing.
//
// Each repair is one named step below.
func RepairParse(sn *doc.Sentence) {
	expletiveSubject(sn.Tokens)
	timeSubject(sn.Tokens)
	descriptorObject(sn.Tokens)
	hyphenAgent(sn.Tokens)
	titledConjunct(sn.Tokens)
	nounRoot(sn.Tokens)
	participleConjunct(sn.Tokens)
	controlNounInfinitive(sn.Tokens)
	listedSubject(sn.Tokens)
	unmarkedSubject(sn.Tokens)
	strandedRelative(sn.Tokens)
	reportedSubject(sn.Tokens)
	bareSecondObject(sn.Tokens)
	openingParticipleObject(sn.Tokens)
	alongWithSubject(sn.Tokens)
	nameInfinitive(sn.Tokens)
	knownAs(sn.Tokens)
}

// expletiveSubject: an "it" taken for an expletive is the subject when its
// verb is none an expletive goes with: "Japan warned the United States it
// may take retaliatory measures" (Japan may), not "it is likely that".
func expletiveSubject(toks []doc.Token) {
	for i := range toks {
		t := &toks[i]
		h := t.Head
		if t.Dep != "expl" || !strings.EqualFold(t.Text, "it") || h < i || h >= len(toks) || toks[h].UPOS != "VERB" {
			continue
		}
		if lexicon.ExpletiveVerbs.Has(strings.ToLower(toks[h].Text)) {
			continue
		}
		expletive := false
		for k := range toks {
			d := toks[k].Dep
			if toks[k].Head == h && (strings.HasPrefix(d, "aux") || d == "cop") && lexicon.ExpletiveVerbs.Has(strings.ToLower(toks[k].Text)) {
				expletive = true
			}
		}
		if !expletive {
			t.Dep = "nsubj"
		}
	}
}

// timeSubject: of two subjects of one verb, a time phrase is the verb's
// time, not its subject: "Santos Alvite last night met the minister".
func timeSubject(toks []doc.Token) {
	for i := range toks {
		t := &toks[i]
		if t.Dep != "nsubj" || !lexicon.TemporalNouns.Has(strings.ToLower(t.Lemma)) {
			continue
		}
		for k := range toks {
			if k != i && toks[k].Head == t.Head && strings.HasPrefix(toks[k].Dep, "nsubj") && !lexicon.TemporalNouns.Has(strings.ToLower(toks[k].Lemma)) {
				t.Dep = "obl:tmod"
				break
			}
		}
	}
}

// descriptorObject: a common noun read as the object of a verb it stands
// before, right before the verb's named subject, describes that subject:
// "Fellow OPEC member Venezuela has agreed to lend Ecuador crude".
func descriptorObject(toks []doc.Token) {
	for i := range toks {
		t := &toks[i]
		h := t.Head
		if t.Dep != "obj" || t.UPOS != "NOUN" || h <= i || h >= len(toks) {
			continue
		}
		for k := i + 1; k < h; k++ {
			if toks[k].Head == h && strings.HasPrefix(toks[k].Dep, "nsubj") && toks[k].UPOS == "PROPN" && firstOf(toks, k) == i+1 {
				t.Head, t.Dep = k, "compound"
				break
			}
		}
	}
}

// firstOf returns the first token of the phrase headed by h.
func firstOf(toks []doc.Token, h int) int {
	first := h
	for changed := true; changed; {
		changed = false
		for k := 0; k < first; k++ {
			if inPhrase(toks, k, h) {
				first, changed = k, true
				break
			}
		}
	}
	return first
}

// inPhrase reports whether token k hangs, through its heads, under h.
func inPhrase(toks []doc.Token, k, h int) bool {
	for n := 0; k >= 0 && k < len(toks) && n < len(toks); n++ {
		if k == h {
			return true
		}
		k = toks[k].Head
	}
	return false
}

// hyphenAgent reads a participle joined by a hyphen to a name before it as
// a passive with that name as its agent: "the Democratic-controlled House"
// (the House controlled by Democrats), "the Reagan-appointed Kissinger
// Commission", "U.S.-led forces". The participle becomes a clause of the
// noun it modifies, as "forces led by the U.S." is.
func hyphenAgent(toks []doc.Token) {
	for v := 2; v < len(toks); v++ {
		t, hy, x := &toks[v], &toks[v-1], &toks[v-2]
		if t.XPOS != "VBN" || t.Dep != "amod" || t.Head <= v || hy.Text != "-" || x.End != hy.Start || hy.End != t.Start {
			continue
		}
		if x.Text == "" || x.Text[0] < 'A' || x.Text[0] > 'Z' || (x.Head != v && x.Head != t.Head) {
			continue
		}
		if n := toks[t.Head].UPOS; n != "NOUN" && n != "PROPN" || lexicon.PlaceParticiples.Has(strings.ToLower(t.Lemma)) {
			continue
		}
		t.Dep = "acl"
		x.Head, x.Dep = v, "obl:agent"
		hy.Head, hy.Dep = v, "punct"
	}
}

// titledConjunct: a name read as the conjunct of the proper noun right
// before it, with no "and" or comma between, is the head of that noun's
// phrase when it carries a title: in "will meet UAE President Sheikh Zaid
// and Oil Minister Mana al-Oteiba" the one met is Zaid, UAE his country's
// name before the title, and al-Oteiba is Zaid's conjunct.
func titledConjunct(toks []doc.Token) {
	for y := range toks {
		x := toks[y].Head
		if toks[y].Dep != "conj" || x < 0 || x >= y || toks[x].XPOS != "NNP" || toks[y].UPOS != "PROPN" {
			continue
		}
		f := firstOf(toks, y)
		if f != x+1 || toks[f].UPOS == "CCONJ" || toks[f].UPOS == "PUNCT" || toks[f].Dep != "nmod:desc" {
			continue
		}
		toks[y].Head, toks[y].Dep = toks[x].Head, toks[x].Dep
		for k := range toks {
			if k != y && toks[k].Head == x {
				toks[k].Head = y
			}
		}
		toks[x].Head, toks[x].Dep = f, "compound"
	}
}

// nounRoot: a sentence whose root the parse made its subject, with the
// verbs hung on it as conjuncts: in "Mr Straw, visiting Beijing, noted
// ..." the root is Straw and "visiting" and "noted" its conjuncts. The
// finite verb after a comma becomes the root, the noun its subject, and a
// participle set off by commas between them modifies the noun, as "Mr
// Blair, speaking in Brussels, urged ..." is parsed.
func nounRoot(toks []doc.Token) {
	n := -1
	for i := range toks {
		if toks[i].Head == -1 {
			n = i
			break
		}
	}
	if n < 0 || toks[n].UPOS != "PROPN" && toks[n].UPOS != "NOUN" {
		return
	}
	part, verb := -1, -1
	for k := n + 1; k < len(toks) && verb < 0; k++ {
		t := &toks[k]
		if t.UPOS != "VERB" || k == 0 || toks[k-1].Text != "," {
			continue
		}
		switch {
		case part < 0 && t.Head == n && t.Dep == "conj" && (t.XPOS == "VBG" || t.XPOS == "VBN"):
			part = k
		case (t.Head == n || t.Head == part && part >= 0) && (t.Dep == "conj" || t.Dep == "parataxis") &&
			(t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP"):
			verb = k
		}
	}
	if verb < 0 {
		return
	}
	for k := range toks {
		if toks[k].Head == n && k > verb {
			toks[k].Head = verb // the sentence's final stop
		}
	}
	toks[verb].Head, toks[verb].Dep = -1, "root"
	toks[n].Head, toks[n].Dep = verb, "nsubj"
	if part >= 0 {
		toks[part].Dep = "acl"
	}
}

// participleConjunct: a participle set off by commas after a noun, read as
// the noun's conjunct, modifies it: "The minister, visiting Paris, said"
// (the minister visits Paris).
func participleConjunct(toks []doc.Token) {
	for p := 1; p < len(toks); p++ {
		t := &toks[p]
		h := t.Head
		if t.Dep != "conj" || t.UPOS != "VERB" || t.XPOS != "VBG" && t.XPOS != "VBN" || h < 0 || h >= p ||
			toks[h].UPOS != "PROPN" && toks[h].UPOS != "NOUN" || toks[p-1].Text != "," {
			continue
		}
		end := lastOf(toks, p)
		if end+1 >= len(toks) || toks[end+1].Text != "," {
			continue
		}
		subject := false
		for k := range toks {
			if toks[k].Head == p && strings.HasPrefix(toks[k].Dep, "nsubj") {
				subject = true
			}
		}
		if !subject {
			t.Dep = "acl"
		}
	}
}

// lastOf returns the last token of the phrase headed by h.
func lastOf(toks []doc.Token, h int) int {
	last := h
	for k := h + 1; k < len(toks); k++ {
		if inPhrase(toks, k, h) {
			last = k
		}
	}
	return last
}

// controlNounInfinitive: an infinitive right after a possessed intent or
// refusal noun completes that noun, whatever the parse hung it on:
// "criticised George Bush's refusal to sign up to Kyoto" (the parse made
// "sign" an adverbial clause of "criticised").
func controlNounInfinitive(toks []doc.Token) {
	for v := 2; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || t.XPOS != "VB" || t.Dep == "acl" || !strings.EqualFold(toks[v-1].Text, "to") || toks[v-1].Head != v {
			continue
		}
		n := v - 2
		if toks[n].UPOS != "NOUN" || !lexicon.ControlNouns.Has(strings.ToLower(toks[n].Lemma)) || t.Head == n {
			continue
		}
		possessed := false
		for k := 0; k < n; k++ {
			if toks[k].Head == n && toks[k].Dep == "nmod:poss" && toks[k].UPOS != "PRON" {
				possessed = true
			}
		}
		if possessed && inPhrase(toks, n, t.Head) && !inPhrase(toks, n, v) {
			t.Head, t.Dep = n, "acl"
		}
	}
}

// listedSubject: a name, a comma and the verb's named subject open a
// headline's list of subjects, not an address: "Uganda, Mozambique Win
// Debt Rescheduling Accord" (the parse made Uganda a vocative).
func listedSubject(toks []doc.Token) {
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.Dep != "vocative" && t.Dep != "dislocated" || t.UPOS != "PROPN" || toks[i+1].Text != "," {
			continue
		}
		j := i + 2
		for j < len(toks) && toks[j].Head == j+1 && toks[j].UPOS == "PROPN" && !strings.HasPrefix(toks[j].Dep, "nsubj") {
			j++ // the subject's first name words
		}
		if j >= len(toks) || !strings.HasPrefix(toks[j].Dep, "nsubj") || toks[j].UPOS != "PROPN" || toks[j].Head != t.Head && t.Head != j {
			continue
		}
		v := toks[j].Head
		t.Head, t.Dep = v, toks[j].Dep
		toks[j].Head, toks[j].Dep = i, "conj"
		toks[i+1].Head = j
	}
}

// unmarkedSubject: a name read as an unmarked oblique before a verb that
// has no subject is its subject: "but Turkey, which occupies northern
// Cyprus, had previously insisted" (Turkey an obl:unmarked of "insisted").
func unmarkedSubject(toks []doc.Token) {
	for i := range toks {
		t := &toks[i]
		v := t.Head
		if t.Dep != "obl:unmarked" && t.Dep != "obl:npmod" || t.UPOS != "PROPN" || v <= i || v >= len(toks) ||
			toks[v].UPOS != "VERB" || lexicon.TemporalNouns.Has(strings.ToLower(t.Lemma)) || lexicon.DateWords.Has(strings.ToLower(t.Lemma)) {
			continue
		}
		subject := false
		for k := range toks {
			if toks[k].Head == v && (strings.HasPrefix(toks[k].Dep, "nsubj") || strings.HasPrefix(toks[k].Dep, "csubj") || toks[k].Dep == "expl") {
				subject = true
			}
		}
		if !subject {
			t.Dep = "nsubj"
		}
	}
}

// strandedRelative: a clause opened by "which" or "who" right after a
// comma and a noun is a relative clause of that noun, not the parataxis,
// conjunct or relative clause of a verb the parse made of it: "welcomed
// at the time by Beijing, which described the embargo as a product of the
// Cold War", "the recommendations of the Kissinger Commission, which in
// 1984 developed a blueprint" (hung on "explains").
func strandedRelative(toks []doc.Token) {
	for w := 2; w < len(toks); w++ {
		lw := strings.ToLower(toks[w].Text)
		if lw != "which" && lw != "who" || toks[w].Dep != "nsubj" || toks[w-1].Text != "," {
			continue
		}
		v := toks[w].Head
		if v <= w || v >= len(toks) || toks[v].UPOS != "VERB" {
			continue
		}
		if h := toks[v].Head; toks[v].Dep == "acl:relcl" && h >= 0 && h < len(toks) && toks[h].UPOS != "VERB" && toks[h].UPOS != "AUX" {
			continue // a relative clause of a noun already
		}
		n := w - 2
		if toks[n].UPOS != "PROPN" && toks[n].UPOS != "NOUN" {
			continue
		}
		for (toks[n].Dep == "flat" || toks[n].Dep == "compound") && toks[n].Head >= 0 && toks[n].Head < w && toks[n].Head != n {
			n = toks[n].Head // "by President Jacques Chirac, who": the name's head
		}
		if inPhrase(toks, n, v) {
			continue
		}
		toks[v].Head, toks[v].Dep = n, "acl:relcl"
	}
}

// reportedSubject: a reporting verb's "object" followed at once by a
// finite verb or copula is the subject of a reported clause without
// "that": "Mr Abbas said the British prime minister was in a unique
// position", "he acknowledged Palestinian leaders were in the middle of an
// election campaign" (the parse made the noun the object of the saying).
func reportedSubject(toks []doc.Token) {
	for n := range toks {
		v := toks[n].Head
		if toks[n].Dep != "obj" || v < 0 || v >= n || !lexicon.Reporting.Has(strings.ToLower(toks[v].Lemma)) {
			continue
		}
		if u := toks[n].UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
			continue
		}
		finite := func(k int) bool {
			x := toks[k].XPOS
			return (toks[k].UPOS == "AUX" || toks[k].UPOS == "VERB") && (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD")
		}
		e := n + 1 // the first finite verb after the noun's phrase ("the president of France was")
		for e < len(toks) && !finite(e) && inPhrase(toks, e, n) {
			e++
		}
		if e >= len(toks) || !finite(e) {
			continue
		}
		aside := false // "the Commission, which developed": a relative clause
		for k := n + 1; k < e; k++ {
			if toks[k].Text == "," || lexicon.RelativeWords.Has(strings.ToLower(toks[k].Text)) {
				aside = true
			}
		}
		if aside {
			continue
		}
		p := e
		if d := toks[e].Dep; (d == "cop" || strings.HasPrefix(d, "aux")) && toks[e].Head != n && toks[e].Head > e {
			p = toks[e].Head // "were in the middle": the predicate "middle"
		}
		if p != e && inPhrase(toks, p, n) || inPhrase(toks, v, p) {
			continue
		}
		toks[p].Head, toks[p].Dep = v, "ccomp"
		toks[n].Head, toks[n].Dep = p, "nsubj"
	}
}

// bareSecondObject: a noun phrase without a preposition after a verb's
// object, read as an oblique, is the thing given and the first the one it
// is given to: "sent Mr Bush his warmest congratulations" (iobj, obj).
func bareSecondObject(toks []doc.Token) {
	for o2 := range toks {
		v := toks[o2].Head
		if toks[o2].Dep != "obl" || toks[o2].UPOS != "NOUN" || v < 0 || v >= o2 || toks[v].UPOS != "VERB" {
			continue
		}
		marked := false
		for k := range toks {
			if toks[k].Head == o2 && (toks[k].Dep == "case" || toks[k].Dep == "mark") {
				marked = true
			}
		}
		if marked || lexicon.TemporalNouns.Has(strings.ToLower(toks[o2].Lemma)) {
			continue
		}
		for o1 := v + 1; o1 < o2; o1++ {
			if toks[o1].Head == v && toks[o1].Dep == "obj" {
				toks[o1].Dep, toks[o2].Dep = "iobj", "obj"
				break
			}
		}
	}
}

// openingParticipleObject: a sentence that opens with a participle, its
// object, a comma and the subject reads the object as the subject and the
// subject as its apposition: "Echoing the new US Secretary of State
// Condoleezza Rice, the prime minister said" (Rice said, the parse had it).
func openingParticipleObject(toks []doc.Token) {
	if len(toks) < 5 || toks[0].XPOS != "VBG" || toks[0].Dep != "advcl" {
		return
	}
	root := toks[0].Head
	if root < 0 || root >= len(toks) {
		return
	}
	for k := range toks {
		if toks[k].Head == 0 && (toks[k].Dep == "obj" || toks[k].Dep == "ccomp") {
			return // it has its object
		}
	}
	n, a := -1, -1
	for k := 1; k < root; k++ {
		switch {
		case toks[k].Head == root && strings.HasPrefix(toks[k].Dep, "nsubj"):
			n = k
		case n >= 0 && toks[k].Head == n && toks[k].Dep == "appos":
			a = k
		}
	}
	if n < 0 || a < 0 || a < n {
		return
	}
	comma := false
	for k := n + 1; k < a; k++ {
		if toks[k].Text == "," {
			comma = true
		}
	}
	if !comma {
		return
	}
	toks[n].Head, toks[n].Dep = 0, "obj"
	toks[a].Head, toks[a].Dep = root, "nsubj"
}

// alongWithSubject: names set off by a comma and "along with" or "together
// with" share the nearest named subject before them, whatever the parse
// hung them on: "a tax which West Germany is against, along with Britain,
// Denmark and the Netherlands" (all four are against it), "India, along
// with China and Brazil, has been invited".
func alongWithSubject(toks []doc.Token) {
	for i := 1; i+2 < len(toks); i++ {
		if w := strings.ToLower(toks[i].Text); w != "along" && w != "together" || toks[i-1].Text != "," ||
			!strings.EqualFold(toks[i+1].Text, "with") {
			continue
		}
		x := toks[i+1].Head
		if x <= i+1 || x >= len(toks) || toks[x].UPOS != "PROPN" || toks[i].Head != x {
			continue
		}
		c := -1
		for k := i - 2; k >= 0; k-- {
			if strings.HasPrefix(toks[k].Dep, "nsubj") {
				c = k
				break
			}
		}
		if c < 0 || toks[c].UPOS != "PROPN" {
			continue
		}
		for k := range toks {
			if toks[k].Head == x && toks[k].Dep == "conj" {
				toks[k].Head = c
			}
		}
		toks[x].Head, toks[x].Dep = c, "conj"
		toks[i].Dep, toks[i+1].Dep = "cc", "fixed"
		toks[i+1].Head = i
	}
}

// nameInfinitive: an infinitive the parse hung on a name as its relative
// clause is the purpose of the clause the name is in: "Aqazadeh is in the
// United Arab Emirates to discuss oil prices" (he discusses them),
// "visited France to discuss the loan". A name takes no infinitival
// relative ("the UAE to discuss").
func nameInfinitive(toks []doc.Token) {
	for i := range toks {
		t := &toks[i]
		h := t.Head
		if t.Dep != "acl" || t.UPOS != "VERB" || h < 0 || h >= i || toks[h].UPOS != "PROPN" || !hasInfinitiveMark(toks, i) {
			continue
		}
		switch {
		case hasDep(toks, h, "cop"):
			t.Dep = "advcl" // the name is the predicate: "is in the UAE"
		case (toks[h].Dep == "obj" || strings.HasPrefix(toks[h].Dep, "obl")) && toks[h].Head >= 0 &&
			toks[h].Head < len(toks) && toks[toks[h].Head].UPOS == "VERB":
			t.Head, t.Dep = toks[h].Head, "advcl"
		}
	}
}

// hasInfinitiveMark reports whether verb v has its "to".
func hasInfinitiveMark(toks []doc.Token, v int) bool {
	for k := range toks {
		if toks[k].Head == v && toks[k].Dep == "mark" && strings.EqualFold(toks[k].Text, "to") {
			return true
		}
	}
	return false
}

// hasDep reports whether token h has a dependent of relation dep.
func hasDep(toks []doc.Token, h int, dep string) bool {
	for k := range toks {
		if toks[k].Head == h && toks[k].Dep == dep {
			return true
		}
	}
	return false
}

// knownAs: "also known as" after a comma and a name gives the name another
// name; the parse hung it, and the relative clause after it, elsewhere:
// "the leadership of Mahmoud Abbas, also known as Abu Mazen, who is
// expected to win the election" (Abbas is expected to win it, not "also
// known as Abu Mazen"). The other name is an alias, not a relation: the
// participle becomes a plain dependent of the name, which reads no clause
// from it.
func knownAs(toks []doc.Token) {
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].Lemma != "know" || toks[i].XPOS != "VBN" || !strings.EqualFold(toks[i+1].Text, "as") {
			continue
		}
		j := i - 1
		for j > 0 && toks[j].UPOS == "ADV" {
			j-- // "also", "better", "widely"
		}
		if j < 1 || toks[j].Text != "," || toks[j-1].UPOS != "PROPN" {
			continue
		}
		h := j - 1
		for toks[h].Dep == "flat" && toks[h].Head >= 0 && toks[h].Head < h {
			h = toks[h].Head
		}
		// Another name is no event: "dep" keeps the phrase on the name
		// and out of the clauses.
		toks[i].Head, toks[i].Dep = h, "dep"
		for k := i + 1; k < len(toks); k++ {
			if toks[k].Head == i && toks[k].Dep == "acl:relcl" {
				toks[k].Head = h
			}
		}
	}
}
