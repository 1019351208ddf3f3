package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kgraph/schema"
)

//go:embed data/gazetteer.tsv.gz
var table []byte

// Kind says how a surface form refers to its entry.
type Kind uint8

const (
	// Name is the entry's name or one of its aliases ("U.S.", "EU").
	Name Kind = iota
	// Demonym is the adjective of a country or place ("Russian").
	Demonym
	// People is the plural name of its people ("Ukrainians").
	People
	// Capital is a country's capital, the seat of its government ("Moscow").
	Capital
	// Surname is a person's surname that the dictionaries list on its own
	// ("Putin").
	Surname
)

var kindNames = [...]string{"name", "demonym", "people", "capital", "surname"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Entry is one actor or place.
type Entry struct {
	Name     string
	Type     schema.EntityType
	Subtype  string
	ISO      string // ISO 3166-1 alpha-3, countries only
	Wikidata string // Wikidata QID, when known
	// Country is the ISO alpha-3 of the country a city, body or person
	// belongs to, when known.
	Country string
	// Source is "mledoze", "cldr", "phoenix" or "curated".
	Source string
}

// IRI is the canonical entity IRI of the entry.
func (e *Entry) IRI() string { return schema.EntityIRI(e.Type, e.Name, e.ISO) }

// Match is an entry found over tokens [Start, End) of a sentence.
type Match struct {
	Start, End int
	Entry      *Entry
	Kind       Kind
}

// TitleClass separates offices ("Foreign Minister"), ranks ("Gen.",
// "Sen.") and honorifics ("Mr", which make no role).
type TitleClass uint8

const (
	Office TitleClass = iota
	Rank
	Honorific
)

// TitleMatch is an office title or rank found over tokens [Start, End).
type TitleMatch struct {
	Start, End int
	// Title is the canonical title ("Rear Admiral" for "Rear Adm."); empty
	// for honorifics.
	Title string
	Class TitleClass
}

// casing constrains how a token must be written to match a word.
type casing uint8

const (
	anyCase casing = iota
	capital        // "Russia": first letter upper case
	upper          // "US": all upper case ("Nato" also matches "NATO")
)

type phrase struct {
	words []string // lower case
	cases []casing
	entry int32 // index into entries or titles
	kind  Kind
	// next is the fingerprint of the second word, or 0 for a phrase of
	// one word: Longest skips phrases whose second word cannot match.
	next uint32
}

// Gazetteer holds the loaded tables. It is safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	phrases []phrase
	first   map[string][]int32 // lower-case first word -> phrases, longest first
	// firstBits has the bit of each first word's fingerprint set: Longest
	// skips the map lookups for a token whose bit is clear.
	firstBits []uint64
	titles    []TitleMatch // Title and Class only
	tphr      []phrase
	tfirst    map[string][]int32
	byISO     map[string]*Entry
	people    map[string][]*Entry // lower-case full name -> people
	surname   map[string][]*Entry // lower-case surname -> people
	cities    map[string][]*Entry // lower-case name -> GPE entries
	maxLen    int
	arena     arena
}

var loadOnce = sync.OnceValues(func() (*Gazetteer, error) { return parse(table) })

// Load returns the embedded gazetteer, parsing it on first use.
func Load() (*Gazetteer, error) { return loadOnce() }

func parse(gz []byte) (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("gazetteer table: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gazetteer table: %w", err)
	}
	g := &Gazetteer{
		first:   make(map[string][]int32, 1<<16),
		tfirst:  map[string][]int32{},
		byISO:   map[string]*Entry{},
		people:  map[string][]*Entry{},
		surname: map[string][]*Entry{},
		cities:  map[string][]*Entry{},
	}
	// The entries' strings are pieces of one string of the whole table.
	aliases, err := g.readLines(string(raw))
	if err != nil {
		return nil, err
	}
	g.addAliases(aliases)
	for i := range g.entries {
		if e := &g.entries[i]; e.Type == schema.Country && e.ISO != "" {
			g.byISO[e.ISO] = e
		}
	}
	index(g.phrases, g.first, &g.maxLen)
	g.firstBits = fingerprintBits(g.first)
	index(g.tphr, g.tfirst, &g.maxLen)
	return g, nil
}

type alias struct {
	entry int32
	kind  Kind
	text  string
}

// readLines reads the entries and titles of the table and returns the
// aliases of the entries.
func (g *Gazetteer) readLines(text string) ([]alias, error) {
	n := strings.Count(text, "\nE\t")
	g.entries = make([]Entry, 0, n)
	aliases := make([]alias, 0, n+strings.Count(text, "|"))
	var f [10]string
	for line := 1; text != ""; line++ {
		var l string
		l, text, _ = strings.Cut(text, "\n")
		n := 0
		for rest, more := l, true; more && n < len(f); n++ {
			f[n], rest, more = strings.Cut(rest, "\t")
		}
		switch f[0] {
		case "E":
			if n != 9 {
				return nil, fmt.Errorf("gazetteer table line %d: %d fields, want 9", line, n)
			}
			g.entries = append(g.entries, Entry{Name: f[1], Type: schema.EntityType(f[2]), Subtype: f[3],
				ISO: f[4], Wikidata: f[5], Country: f[6], Source: f[7]})
			id := int32(len(g.entries) - 1)
			for a := range strings.SplitSeq(f[8], "|") {
				k, text, ok := strings.Cut(a, ":")
				if !ok || len(k) != 1 {
					return nil, fmt.Errorf("gazetteer table line %d: bad alias %q", line, a)
				}
				kind := Kind(strings.IndexByte("ndpcs", k[0]))
				if kind > Surname {
					return nil, fmt.Errorf("gazetteer table line %d: bad alias kind %q", line, k)
				}
				aliases = append(aliases, alias{id, kind, text})
			}
		case "T":
			if n != 4 {
				return nil, fmt.Errorf("gazetteer table line %d: %d fields, want 4", line, n)
			}
			class := Office
			switch f[3] {
			case "rank":
				class = Rank
			case "honorific":
				class = Honorific
			}
			g.titles = append(g.titles, TitleMatch{Title: f[2], Class: class})
			for _, form := range forms(f[1]) {
				p, _ := g.arena.phrase(form, true)
				p.entry = int32(len(g.titles) - 1)
				g.tphr = append(g.tphr, p)
			}
		}
	}
	return aliases, nil
}

// addAliases makes the phrases of the aliases and indexes people and
// cities by name.
func (g *Gazetteer) addAliases(aliases []alias) {
	g.phrases = make([]phrase, 0, len(aliases)*5/4)
	for _, a := range aliases {
		p, lower := g.arena.phrase(a.text, false)
		if len(p.words) == 0 {
			continue
		}
		p.entry, p.kind = a.entry, a.kind
		if strings.Contains(a.text, "-") {
			for _, form := range forms(a.text)[1:] {
				q, _ := g.arena.phrase(form, false)
				q.entry, q.kind = a.entry, a.kind
				g.phrases = append(g.phrases, q)
			}
		}
		g.phrases = append(g.phrases, p)
		e := &g.entries[a.entry]
		if e.Type == schema.GPE && a.kind == Name {
			g.cities[lower] = appendUnique(g.cities[lower], e)
		}
		if e.Type == schema.Person {
			key := lower
			if a.kind == Name {
				g.people[key] = appendUnique(g.people[key], e)
				key = p.words[len(p.words)-1]
			}
			g.surname[key] = appendUnique(g.surname[key], e)
		}
	}
}

func appendUnique(es []*Entry, e *Entry) []*Entry {
	for _, x := range es {
		if x == e {
			return es
		}
	}
	return append(es, e)
}

// firstBitsLen is the number of bits of Gazetteer.firstBits.
const firstBitsLen = 1 << 21

// fingerprintBits returns the bitset of the fingerprints of first's keys.
func fingerprintBits(first map[string][]int32) []uint64 {
	bits := make([]uint64, firstBitsLen/64)
	for k := range first {
		f := fingerprint(k) % firstBitsLen
		bits[f/64] |= 1 << (f % 64)
	}
	return bits
}

func index(ps []phrase, first map[string][]int32, maxLen *int) {
	for i, p := range ps {
		first[p.words[0]] = append(first[p.words[0]], int32(i))
		*maxLen = max(*maxLen, len(p.words))
	}
	for _, ids := range first {
		if len(ids) > 1 {
			slices.SortStableFunc(ids, func(a, b int32) int { return len(ps[b].words) - len(ps[a].words) })
		}
	}
}

// forms returns a surface form and, when it has a hyphen, the form a
// tokenizer makes by splitting it off ("ITAR-Tass" -> "ITAR - Tass").
func forms(s string) []string {
	if !strings.Contains(s, "-") || strings.HasPrefix(s, "-") {
		return []string{s}
	}
	return []string{s, strings.ReplaceAll(s, "-", " - ")}
}

// newPhrase splits a surface form into the words a tokenizer makes of it:
// on spaces, with a possessive "'s" split off.
func newPhrase(s string, anyCaseAll bool) phrase {
	var a arena
	p, _ := a.phrase(s, anyCaseAll)
	return p
}

// arena holds the words and casings of many phrases in a few large slices,
// to load the tables with few allocations.
type arena struct {
	words []string
	cases []casing
}

// phrase is newPhrase with the phrase's slices taken from a. The words are
// pieces of one lower-case copy of s, which it returns too.
func (a *arena) phrase(s string, anyCaseAll bool) (phrase, string) {
	start := len(a.words)
	lower := strings.ToLower(s)
	same := len(lower) == len(s) // byte offsets in s are offsets in lower
	add := func(from, to int) {
		x := s[from:to]
		if same {
			a.words = append(a.words, lower[from:to])
		} else {
			a.words = append(a.words, strings.ToLower(x))
		}
		c := anyCase
		if !anyCaseAll {
			c = casingOf(x)
		}
		a.cases = append(a.cases, c)
	}
	word := func(from, to int) {
		w := s[from:to]
		if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			i := from + strings.LastIndexAny(w, "'’")
			add(from, i)
			add(i, to)
			return
		}
		add(from, to)
	}
	from := -1
	for i, r := range s {
		switch {
		case !unicode.IsSpace(r):
			if from < 0 {
				from = i
			}
		case from >= 0:
			word(from, i)
			from = -1
		}
	}
	if from >= 0 {
		word(from, len(s))
	}
	end := len(a.words)
	p := phrase{words: a.words[start:end:end], cases: a.cases[start:end:end]}
	if len(p.words) > 1 {
		p.next = fingerprint(p.words[1])
	}
	return p, lower
}

func casingOf(w string) casing {
	letters, uppers := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case letters >= 2 && uppers == letters:
		return upper
	case unicode.IsUpper(r):
		return capital
	}
	return anyCase
}

// Words is a sentence prepared for lookups: the token texts, their lower
// case forms and whether the sentence is an all-caps headline.
type Words struct {
	Text, Lower []string
	AllCaps     bool
	fp          []uint32 // fingerprint of each lower-case token
}

// fingerprint hashes a lower-case word without its final periods, never to
// 0. A token and a phrase word that match (equal, or the word is the token
// with a period) have the same fingerprint.
func fingerprint(s string) uint32 {
	s = strings.TrimRight(s, ".")
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h | 1
}

// NewWords prepares token texts for lookups.
func NewWords(text []string) Words {
	w := Words{Text: text, Lower: make([]string, len(text)), fp: make([]uint32, len(text))}
	letters, caps := 0, 0
	for i, t := range text {
		w.Lower[i] = strings.ToLower(t)
		w.fp[i] = fingerprint(w.Lower[i])
		if l, u := letterCount(t); l >= 2 {
			letters++
			if u == l {
				caps++
			}
		}
	}
	w.AllCaps = letters >= 3 && caps*10 >= letters*8
	return w
}

func letterCount(s string) (letters, uppers int) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
			uppers++
		case c >= 'a' && c <= 'z':
			letters++
		case c >= 0x80:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
				}
			}
		}
	}
	return letters, uppers
}

// caseOK reports whether token tok may stand for a word written with casing c.
func caseOK(c casing, tok string, allCaps bool) bool {
	if c == anyCase {
		return true
	}
	r, _ := utf8.DecodeRuneInString(tok)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if c == upper {
		l, u := letterCount(tok)
		return u == l || l >= 4 && !allCaps
	}
	return true
}

// headlineWords are short English words that an all-caps headline writes
// like an acronym ("US" for "us").
var headlineWords = map[string]bool{"us": true, "it": true, "in": true, "or": true, "me": true, "am": true,
	"an": true, "as": true, "at": true, "be": true, "by": true, "do": true, "go": true, "he": true, "if": true,
	"is": true, "no": true, "of": true, "on": true, "so": true, "to": true, "up": true, "we": true, "my": true}

// match tries phrase p at token i and returns the end token, or -1. A word
// written with a final period also matches the token without it followed by
// a "." token ("Adm" "." for "Adm.").
func match(p *phrase, w Words, i int) int {
	j := i
	for k, word := range p.words {
		if j >= len(w.Lower) {
			return -1
		}
		tok := w.Lower[j]
		switch {
		case tok == word:
			j++
		case len(word) > 1 && word[len(word)-1] == '.' && tok == word[:len(word)-1] &&
			j+1 < len(w.Lower) && w.Lower[j+1] == ".":
			j += 2
		default:
			return -1
		}
		if !caseOK(p.cases[k], w.Text[j-1-boolInt(tok != word)], w.AllCaps) {
			return -1
		}
	}
	if w.AllCaps && len(p.words) == 1 && headlineWords[p.words[0]] {
		return -1
	}
	return j
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// candidates returns the phrases that may start at token i: those indexed
// by the token, and by the token with a period when a "." token follows it
// (a tokenizer may split "U.S." at the end of a sentence).
func candidates(first map[string][]int32, w Words, i int) [2][]int32 {
	c := [2][]int32{first[w.Lower[i]]}
	if i+1 < len(w.Lower) && w.Lower[i+1] == "." {
		c[1] = first[w.Lower[i]+"."]
	}
	return c
}

// City returns the city entry (type GPE) of a capital, given its name as
// written and the ISO alpha-3 of its country, or nil.
func (g *Gazetteer) City(name, iso string) *Entry {
	for _, e := range g.cities[strings.ToLower(name)] {
		if e.Country == iso {
			return e
		}
	}
	return nil
}

// Longest returns the longest entry whose surface form starts at token i.
func (g *Gazetteer) Longest(w Words, i int) (Match, bool) {
	if i < 0 || i >= len(w.Lower) {
		return Match{}, false
	}
	best := Match{}
	filter := len(w.fp) == len(w.Lower)
	// The token and the token with a period have the same fingerprint.
	if f := w.fp[i] % firstBitsLen; filter && g.firstBits != nil && g.firstBits[f/64]&(1<<(f%64)) == 0 {
		return best, false
	}
	for c, ids := range candidates(g.first, w, i) {
		// The second word of a phrase indexed by the token alone is
		// matched at token i+1; of one indexed by the token with a period,
		// at i+2, after the "." token.
		var next uint32
		if k := i + 1 + c; k < len(w.Lower) && filter {
			next = w.fp[k]
		}
		for _, id := range ids {
			p := &g.phrases[id]
			if filter && p.next != 0 && p.next != next {
				continue
			}
			if end := match(p, w, i); end > best.End {
				best = Match{Start: i, End: end, Entry: &g.entries[p.entry], Kind: p.kind}
				break
			}
		}
	}
	return best, best.Entry != nil
}

// Scan returns the non-overlapping longest matches of a sentence, left to
// right.
func (g *Gazetteer) Scan(w Words) []Match {
	var out []Match
	for i := 0; i < len(w.Lower); {
		if m, ok := g.Longest(w, i); ok {
			out = append(out, m)
			i = m.End
			continue
		}
		i++
	}
	return out
}

// Title returns the longest office title, rank or honorific starting at
// token i, in any case ("Foreign Minister", "press secretary", "Gen.").
func (g *Gazetteer) Title(w Words, i int) (TitleMatch, bool) {
	if i < 0 || i >= len(w.Lower) {
		return TitleMatch{}, false
	}
	best, ok := TitleMatch{}, false
	for _, ids := range candidates(g.tfirst, w, i) {
		for _, id := range ids {
			p := &g.tphr[id]
			if end := match(p, w, i); end > best.End {
				best = g.titles[p.entry]
				best.Start, best.End, ok = i, end, true
				break
			}
		}
	}
	return best, ok
}

// Country returns the country with ISO alpha-3 code iso, or nil.
func (g *Gazetteer) Country(iso string) *Entry { return g.byISO[iso] }

// Person returns the people known by the full name (any case), or nil.
func (g *Gazetteer) Person(name string) []*Entry { return g.people[strings.ToLower(name)] }

// Surname returns the people with that surname (any case), or nil.
func (g *Gazetteer) Surname(name string) []*Entry { return g.surname[strings.ToLower(name)] }

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Extra is an entry of an external dictionary with the surface forms that
// name it.
type Extra struct {
	Entry
	// Code is the dictionary's code for the actor (PETRARCH's "ARN",
	// "USAGOV"), "" when it has none.
	Code string
	// Dated are codes that hold over spans of dates, ahead of Code.
	Dated []DatedCode
	Forms []string
}

// Extend returns a gazetteer with the extra entries layered over g's: where
// an extra form and a built-in one match the same words, the extra entry
// wins. g itself is not changed. Forms of no words are skipped.
func (g *Gazetteer) Extend(extras []Extra) *Gazetteer {
	x := *g
	x.entries = append(g.entries[:len(g.entries):len(g.entries)], make([]Entry, 0, len(extras))...)
	x.phrases = append(g.phrases[:len(g.phrases):len(g.phrases)], nil...)
	x.first = make(map[string][]int32, len(g.first))
	for k, ids := range g.first {
		x.first[k] = ids
	}
	added := map[string]bool{}
	for _, e := range extras {
		x.entries = append(x.entries, e.Entry)
		id := int32(len(x.entries) - 1)
		for _, f := range e.Forms {
			for _, form := range forms(f) {
				p := newPhrase(form, false)
				if len(p.words) == 0 {
					continue
				}
				p.entry, p.kind = id, Name
				x.phrases = append(x.phrases, p)
				pid := int32(len(x.phrases) - 1)
				k := p.words[0]
				// Extra phrases go first, so that the stable sort keeps
				// them ahead of built-in ones of the same length.
				x.first[k] = append([]int32{pid}, x.first[k]...)
				added[k] = true
				x.maxLen = max(x.maxLen, len(p.words))
			}
		}
	}
	if g.firstBits != nil {
		x.firstBits = slices.Clone(g.firstBits)
		for k := range added {
			f := fingerprint(k) % firstBitsLen
			x.firstBits[f/64] |= 1 << (f % 64)
		}
	}
	for k := range added {
		ids := x.first[k]
		sort.SliceStable(ids, func(a, b int) bool { return len(x.phrases[ids[a]].words) > len(x.phrases[ids[b]].words) })
	}
	// Entries of the extension are not indexed as countries, people or
	// cities: those indexes serve the built-in tables' own links.
	return &x
}
