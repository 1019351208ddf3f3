// Command gazetteer builds the embedded tables of extract/gazetteer from the
// open datasets in the shared data folder: mledoze/countries (ODbL), the
// datasets/country-codes crosswalk (PDDL), Unicode CLDR English territory
// names (Unicode-3.0) and the Phoenix/PETRARCH2 actor dictionaries (MIT),
// plus the short hand-curated lists in curated.go. `make model` runs it:
//
//	go run ./internal/train/gazetteer -o extract/gazetteer/data/gazetteer.tsv.gz
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kgraph/kgraph/internal/shared"
)

// entry is one row of the output table.
type entry struct {
	Name, Type, Subtype, ISO, QID, Country, Source string
	aliases                                        []alias
}

type alias struct{ Kind, Surface string }

// builder collects entries and remembers which surface forms are taken, so
// that an earlier (more trusted) source keeps its claim.
type builder struct {
	entries []*entry
	claimed map[string]*entry // lowercase surface -> owner
}

func (b *builder) add(e *entry) *entry {
	b.entries = append(b.entries, e)
	return e
}

// claim gives the surface to e unless another entry owns it already.
func (b *builder) claim(e *entry, kind, surface string) {
	surface = strings.TrimSpace(surface)
	if surface == "" || strings.ContainsAny(surface, "\t|()[],:;\"") {
		return
	}
	for _, r := range surface {
		if r >= 0x250 {
			return // only Latin-script forms: the news is English
		}
	}
	k := kind + ":" + strings.ToLower(surface)
	if kind == "n" || kind == "c" || kind == "s" {
		k = "n:" + strings.ToLower(surface)
	}
	if owner, ok := b.claimed[k]; ok && owner != e {
		return
	}
	if b.claimed[k] == e {
		for i, a := range e.aliases {
			if a.Kind == kind && strings.EqualFold(a.Surface, surface) {
				if laxerCase(surface, a.Surface) {
					e.aliases[i].Surface = surface // "European commission" as the BBC writes it
				}
				return
			}
		}
	}
	b.claimed[k] = e
	e.aliases = append(e.aliases, alias{kind, surface})
}

func main() {
	out := flag.String("o", "extract/gazetteer/data/gazetteer.tsv.gz", "output table")
	flag.Parse()
	if err := run(*out); err != nil {
		log.Fatalf("gazetteer: %v", err)
	}
}

func run(out string) error {
	if shared.Dir() == "" {
		return fmt.Errorf("shared data folder not found (set KGRAPH_SHARED)")
	}
	b := &builder{claimed: map[string]*entry{}}
	countries, err := addCountries(b)
	if err != nil {
		return fmt.Errorf("countries: %w", err)
	}
	addCurated(b, countries)
	if err := addRegions(b); err != nil {
		return fmt.Errorf("cldr regions: %w", err)
	}
	titles, err := readTitles()
	if err != nil {
		return fmt.Errorf("titles: %w", err)
	}
	stop := map[string]bool{"FORMER": true, "EX": true, "LATE": true, "ACTING": true}
	for _, t := range titles {
		stop[strings.ToUpper(strings.Fields(t.Surface)[0])] = true
	}
	for _, c := range countries {
		for _, a := range c.aliases {
			if a.Kind == "d" || a.Kind == "n" && !strings.Contains(a.Surface, " ") {
				stop[strings.ToUpper(a.Surface)] = true
			}
		}
	}
	for _, f := range []string{"Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt"} {
		if err := addPhoenix(b, f, stop); err != nil {
			return fmt.Errorf("phoenix %s: %w", f, err)
		}
	}
	return write(out, b, titles)
}

// addCountries reads mledoze, country-codes and CLDR into country entries
// keyed by ISO3, with capitals as their own city entries.
func addCountries(b *builder) (map[string]*entry, error) {
	raw, err := os.ReadFile(shared.Path("corpora", "gazetteer-countries-mledoze", "countries.json"))
	if err != nil {
		return nil, err
	}
	var ml []struct {
		Name struct {
			Common, Official string
		}
		Cca2, Cca3   string
		AltSpellings []string
		Capital      []string
		Independent  bool
		Demonyms     struct {
			Eng struct{ F, M string }
		}
	}
	if err := json.Unmarshal(raw, &ml); err != nil {
		return nil, fmt.Errorf("mledoze: %w", err)
	}
	qids, err := readQIDs()
	if err != nil {
		return nil, err
	}
	cldr, err := readCLDR()
	if err != nil {
		return nil, err
	}
	byISO := map[string]*entry{}
	for _, c := range ml {
		name := c.Name.Common
		if n, ok := curatedCountryNames[c.Cca3]; ok {
			name = n
		}
		e := b.add(&entry{Name: name, Type: "Country", ISO: c.Cca3, QID: qids[c.Cca3], Source: "mledoze"})
		byISO[c.Cca3] = e
	}
	// Names first, for every country, so that no alias of one country
	// takes the common name of another.
	for _, c := range ml {
		b.claim(byISO[c.Cca3], "n", byISO[c.Cca3].Name)
		b.claim(byISO[c.Cca3], "n", c.Name.Common)
	}
	// Then sovereign countries before territories, so that "French",
	// "Dutch" and "American" name France, the Netherlands and the United
	// States rather than the first territory that shares the demonym.
	sort.SliceStable(ml, func(i, j int) bool { return ml[i].Independent && !ml[j].Independent })
	for _, c := range ml {
		e := byISO[c.Cca3]
		for _, s := range curatedCountryAliases[c.Cca3] {
			b.claim(e, "n", s)
		}
		b.claim(e, "n", c.Name.Official)
		for _, s := range cldr[c.Cca2] {
			b.claim(e, "n", s)
		}
		for _, s := range c.AltSpellings {
			if len(s) > 2 || s == "UK" || s == "US" {
				b.claim(e, "n", s)
			}
		}
		for _, d := range curatedDemonyms[c.Cca3] {
			b.claim(e, "d", d[0])
			b.claim(e, "p", d[1])
		}
		for _, d := range []string{c.Demonyms.Eng.M, c.Demonyms.Eng.F} {
			if d == "" || strings.Contains(d, " ") && !strings.HasPrefix(d, "North ") && !strings.HasPrefix(d, "South ") {
				continue
			}
			b.claim(e, "d", d)
			b.claim(e, "p", plural(d))
		}
		caps := append([]string{}, c.Capital...)
		caps = append(caps, curatedCapitals[c.Cca3]...)
		for _, cp := range caps {
			cp = strings.TrimSuffix(cp, " D.C.")
			b.claim(e, "c", cp)
		}
	}
	return byISO, nil
}

// plural forms the name of the people from a demonym ("Ukrainian" ->
// "Ukrainians"); forms that take no -s ("French", "Chinese") give "".
func plural(d string) string {
	for _, suf := range []string{"sh", "ch", "ss", "ese", "s", "x", "z"} {
		if strings.HasSuffix(d, suf) {
			return ""
		}
	}
	return d + "s"
}

func readQIDs() (map[string]string, error) {
	f, err := os.Open(shared.Path("corpora", "gazetteer-country-codes", "country-codes.csv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("country codes: %w", err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	iso, wd := col["ISO3166-1-Alpha-3"], col["wikidata_id"]
	m := map[string]string{}
	for _, r := range rows[1:] {
		if q := r[wd]; q != "" {
			m[r[iso]] = q[strings.LastIndexByte(q, '/')+1:]
		}
	}
	return m, nil
}

// readCLDR returns the CLDR names (standard, short and variant) by alpha-2.
func readCLDR() (map[string][]string, error) {
	t, err := cldrTerritories()
	if err != nil {
		return nil, err
	}
	m := map[string][]string{}
	for k, v := range t {
		code, _, _ := strings.Cut(k, "-alt-")
		if len(code) == 2 && code[0] >= 'A' && code[0] <= 'Z' {
			m[code] = append(m[code], v)
		}
	}
	for _, v := range m {
		sort.Strings(v)
	}
	return m, nil
}

func cldrTerritories() (map[string]string, error) {
	raw, err := os.ReadFile(shared.Path("corpora", "gazetteer-cldr-en", "territories.en.json"))
	if err != nil {
		return nil, err
	}
	var doc struct {
		Main map[string]struct {
			LocaleDisplayNames struct {
				Territories map[string]string
			} `json:"localeDisplayNames"`
		} `json:"main"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("cldr: %w", err)
	}
	return doc.Main["en"].LocaleDisplayNames.Territories, nil
}

// addRegions adds the UN M49 regions from CLDR ("Europe", "Eastern Europe")
// as locations.
func addRegions(b *builder) error {
	t, err := cldrTerritories()
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(t))
	for k := range t {
		if k[0] >= '0' && k[0] <= '9' && !strings.Contains(k, "-alt-") && k != "001" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		e := b.add(&entry{Name: t[k], Type: "Location", Source: "cldr"})
		b.claim(e, "n", t[k])
	}
	return nil
}

func addCurated(b *builder, countries map[string]*entry) {
	for _, p := range curatedPlaces {
		e := b.add(&entry{Name: p.Name, Type: p.Type, Country: p.Country, ISO: p.ISO, Source: "curated"})
		b.claim(e, "n", p.Name)
		for _, a := range p.Aliases {
			b.claim(e, "n", a)
		}
		b.claim(e, "d", p.Demonym)
		b.claim(e, "p", p.People)
	}
	for _, name := range curatedGroups {
		b.claim(b.add(&entry{Name: name, Type: "Group", Source: "curated"}), "n", name)
	}
	for _, o := range curatedOrgs {
		e := b.add(&entry{Name: o.Name, Type: "Organization", Subtype: o.Subtype, Country: o.Country, Source: "curated"})
		b.claim(e, "n", o.Name)
		for _, a := range o.Aliases {
			b.claim(e, "n", a)
		}
		b.claim(e, "d", o.Demonym)
		b.claim(e, "p", o.People)
	}
	// Capitals are also cities in their own right ("a news conference in
	// Paris"); the resolver decides when a capital stands for its country.
	isos := make([]string, 0, len(countries))
	for iso := range countries {
		isos = append(isos, iso)
	}
	sort.Strings(isos)
	for _, iso := range isos {
		c := countries[iso]
		for _, a := range c.aliases {
			if a.Kind == "c" {
				e := b.add(&entry{Name: a.Surface, Type: "GPE", Country: iso, Source: "mledoze"})
				e.aliases = append(e.aliases, alias{"n", a.Surface})
			}
		}
	}
}

type title struct{ Surface, Canonical, Class string }

// readTitles merges the curated titles with the ministerial and secretarial
// offices of the Phoenix agents dictionary ("DEFENCE_MINIST [~GOVMIL]").
func readTitles() ([]title, error) {
	var ts []title
	seen := map[string]bool{}
	for _, t := range curatedTitles {
		seen[strings.ToLower(t.Surface)] = true
		ts = append(ts, title(t))
	}
	f, err := os.Open(shared.Path("corpora", "gazetteer-phoenix-actors", "Phoenix.agents.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if !strings.Contains(line, "[~GOV") {
			continue
		}
		phrase := strings.TrimRight(strings.Fields(line)[0], "_")
		w := strings.Split(phrase, "_")
		if len(w) < 2 || len(w) > 3 {
			continue
		}
		switch w[len(w)-1] {
		case "MINIST", "MINISTER":
			w[len(w)-1] = "MINISTER"
		case "SECRETARY":
		default:
			continue
		}
		s := titleCase(strings.Join(w, " "))
		if !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			ts = append(ts, title{s, s, "office"})
		}
	}
	return ts, sc.Err()
}

// phoenix is one root entry of a Phoenix dictionary with its synonyms and codes.
type phoenix struct {
	root     string
	synonyms []string
	codes    []string // "RUSGOV 991231-080507"
}

func readPhoenix(name string) ([]*phoenix, error) {
	f, err := os.Open(shared.Path("corpora", "gazetteer-phoenix-actors", name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*phoenix
	var cur *phoenix
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		raw := sc.Text()
		line, _, _ := strings.Cut(raw, "#")
		if strings.TrimSpace(line) == "" {
			continue
		}
		codes := bracketed(line)
		head := strings.TrimSpace(line)
		if i := strings.IndexByte(head, '['); i >= 0 {
			head = strings.TrimSpace(head[:i])
		}
		switch {
		case raw[0] == '\t' || raw[0] == ' ':
			if cur != nil {
				cur.codes = append(cur.codes, codes...)
			}
		case raw[0] == '+':
			if cur != nil {
				cur.synonyms = append(cur.synonyms, strings.TrimPrefix(head, "+"))
				cur.codes = append(cur.codes, codes...)
			}
		default:
			cur = &phoenix{root: head, codes: codes}
			out = append(out, cur)
		}
	}
	return out, sc.Err()
}

func bracketed(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return out
		}
		out = append(out, strings.TrimSpace(s[i+1:i+j]))
		s = s[i+j+1:]
	}
}

// lastYear is the latest year a dated code is valid (9999 when open-ended),
// or 0 when no code is dated.
func lastYear(codes []string) int {
	last := 0
	for _, c := range codes {
		f := strings.Fields(c)
		if len(f) < 2 {
			continue
		}
		d := f[1]
		switch {
		case strings.HasPrefix(d, ">"):
			return 9999
		case strings.HasPrefix(d, "<"):
			d = d[1:]
		default:
			if _, after, ok := strings.Cut(d, "-"); ok {
				d = after
			}
		}
		if y := year(d); y > last {
			last = y
		}
	}
	return last
}

func year(d string) int {
	switch len(d) {
	case 6:
		yy, err := strconv.Atoi(d[:2])
		if err != nil {
			return 0
		}
		if yy > 30 {
			return 1900 + yy
		}
		return 2000 + yy
	case 8:
		y, _ := strconv.Atoi(d[:4])
		return y
	}
	return 0
}

// phrase turns a dictionary phrase ("U.S._STATE_DEPARTMENT_") into words in
// news case ("U.S. State Department"), or "" when it is unusable.
func phrase(p string) string {
	p = strings.Trim(strings.TrimSpace(p), "_ ")
	if p == "" || strings.ContainsAny(p, "()[],:;{}\"0123456789!\x1a") || strings.Contains(p, "__") {
		return ""
	}
	return titleCase(strings.ReplaceAll(p, "_", " "))
}

var lowerWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true,
	"de": true, "del": true, "da": true, "di": true, "du": true, "la": true, "le": true, "van": true, "von": true,
	"bin": true, "al": true, "to": true, "at": true}

// titleCase cases an upper-case dictionary phrase the way news writes it:
// words capitalized, function words lower, short vowel-less words and
// dotted abbreviations kept as acronyms.
func titleCase(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		lx := strings.ToLower(x)
		switch {
		case i > 0 && lowerWords[lx]:
			w[i] = lx
		case strings.Contains(x, ".") && len(x) <= 6 || len(x) == 2 || len(x) <= 4 && !strings.ContainsAny(lx, "aeiouy"):
			w[i] = strings.ToUpper(x)
		default:
			w[i] = capWord(lx)
		}
	}
	return strings.Join(w, " ")
}

// capWord capitalizes after start, hyphen and apostrophe ("o'brien-smith" ->
// "O'Brien-Smith") and after "Mc".
func capWord(s string) string {
	r := []rune(s)
	up := true
	for i, c := range r {
		if up && c >= 'a' && c <= 'z' || up && c > 127 {
			r[i] = []rune(strings.ToUpper(string(c)))[0]
		}
		up = c == '-' || c == '\''
		if i == 1 && r[0] == 'M' && c == 'c' && len(r) > 3 {
			up = true
		}
	}
	return string(r)
}

// minOfficeYear is the first year a person's last office may end in for
// the table to list them. 2004 (the last decade of the dictionaries) left
// out the leaders of the 1987 Reuters news; 1975 takes them in (issue 14).
const minOfficeYear = 1975

// untitled drops the titles that open a person's name ("Sheikh Zaid Ibn
// Sultan al Nahayan", "Crown Prince Haakon"), keeping at least two words.
func untitled(name string, stop map[string]bool) string {
	f := strings.Fields(name)
	for len(f) > 2 && stop[strings.ToUpper(f[0])] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// generic single words that name no particular institution.
var generic = map[string]bool{"SENATE": true, "PARLIAMENT": true, "GOVERNMENT": true, "ARMY": true, "POLICE": true,
	"MILITARY": true, "CABINET": true, "MINISTRY": true, "COURT": true, "NAVY": true, "CONGRESS": true,
	"HOUSE": true, "ASSEMBLY": true, "COUNCIL": true, "PRESIDENCY": true, "REGIME": true, "OPPOSITION": true}

func addPhoenix(b *builder, name string, stop map[string]bool) error {
	entries, err := readPhoenix(name)
	if err != nil {
		return err
	}
	for _, p := range entries {
		if len(p.codes) == 0 {
			continue
		}
		code := strings.Fields(p.codes[0])[0]
		root := phrase(p.root)
		if root == "" {
			continue
		}
		last := lastYear(p.codes)
		if last > 0 {
			last = lastYear(officeCodes(p.codes))
			if last == 0 {
				continue // a person with no dated office: elites, business
			}
		}
		cc := ""
		if len(code) >= 3 && code[:3] != "IGO" && code[:3] != "NGO" && code[:3] != "MNC" && code[:3] != "---" {
			cc = code[:3]
		}
		var e *entry
		switch {
		case last > 0: // a person: dated codes
			// Office holders since minOfficeYear: the Reuters news of 1987
			// names Reagan, Kohl and Thatcher.
			root = untitled(root, stop) // "Sheikh Zaid ..." names Zaid
			if last < minOfficeYear || len(strings.Fields(root)) < 2 || stop[strings.Fields(strings.ToUpper(root))[0]] {
				continue
			}
			e = &entry{Name: root, Type: "Person", Country: cc, Source: "phoenix"}
		case name == "Phoenix.Countries.actors.txt" && len(code) == 3:
			continue // country blocks: names come from mledoze and CLDR
		case generic[strings.ToUpper(root)]:
			continue
		case namesOffice(root):
			continue // "UN Secretary General": a title the entity stage reads before a name
		default:
			e = &entry{Name: root, Type: "Organization", Subtype: orgSubtype(name, code), Country: cc, Source: "phoenix"}
			if e.Subtype == "ngo" {
				continue // thousands of small NGOs: noise for news
			}
			if len(cc) == 3 && (strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO")) {
				e.Country = ""
			}
		}
		b.add(e)
		b.claim(e, "n", root)
		for _, s := range p.synonyms {
			s = phrase(s)
			if last > 0 {
				s = untitled(s, stop)
			}
			if s == "" {
				continue
			}
			f := strings.Fields(strings.ToUpper(s))
			first, _, _ := strings.Cut(f[0], "-")
			if stop[f[0]] || stop[first] || f[0] == "THE" || len(f) == 1 && generic[f[0]] {
				continue // titled or generic forms: titles are read separately
			}
			if e.Type == "Person" && (len(f) > len(strings.Fields(root))+1 || !strings.Contains(strings.ToUpper(s), lastWord(root)) || nonName[f[len(f)-1]]) {
				continue // "Obama Administration" is not the person
			}
			if e.Type == "Organization" && personLike(f, root) {
				continue // a spokesman listed under his institution
			}
			kind := "n"
			if e.Type == "Person" && len(f) == 1 {
				kind = "s"
			}
			b.claim(e, kind, s)
		}
	}
	return nil
}

// officeCodes keeps the codes of political, military and international
// offices, dropping "ELI" (former elites), business and civilian codes.
func officeCodes(codes []string) []string {
	var out []string
	for _, c := range codes {
		f := strings.Fields(c)
		if len(f) < 2 {
			continue
		}
		for _, k := range []string{"GOV", "MIL", "LEG", "IGO", "JUD", "SPY", "COP", "PTY", "OPP", "REB", "INS"} {
			if strings.Contains(f[0], k) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// orgWords mark a phrase as the name of an organization.
var orgWords = map[string]bool{"DEPARTMENT": true, "MINISTRY": true, "COUNCIL": true, "ARMY": true, "FORCE": true,
	"FORCES": true, "AGENCY": true, "COMMITTEE": true, "OFFICE": true, "SERVICE": true, "SERVICES": true,
	"CORPS": true, "COMMAND": true, "GUARD": true, "GUARDS": true, "PARTY": true, "FRONT": true, "BANK": true,
	"COURT": true, "UNION": true, "HOUSE": true, "SENATE": true, "ASSEMBLY": true, "NAVY": true, "POLICE": true,
	"BRIGADE": true, "BRIGADES": true, "MOVEMENT": true, "ORGANIZATION": true, "ORGANISATION": true,
	"AUTHORITY": true, "COMMISSION": true, "BUREAU": true, "GROUP": true, "ARMED": true, "MILITARY": true,
	"GOVERNMENT": true, "ADMINISTRATION": true, "CABINET": true, "PARLIAMENT": true, "CONGRESS": true,
	"INSTITUTE": true, "ASSOCIATION": true, "LEAGUE": true, "ALLIANCE": true, "COALITION": true, "NETWORK": true}

// personLike reports whether an organization's synonym looks like a
// person's name: two or three words, none shared with the root and none
// that names an organization ("JOHN KIRBY" under "UNITED STATES MILITARY").
func personLike(f []string, root string) bool {
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	rw := map[string]bool{}
	for _, w := range strings.Fields(strings.ToUpper(root)) {
		rw[w] = true
	}
	for _, w := range f {
		if rw[w] || orgWords[w] || lowerWords[strings.ToLower(w)] || len(w) <= 2 {
			return false
		}
	}
	return true
}

// nonName words end phrases that name a person's entourage, not the person.
var nonName = map[string]bool{"ADMINISTRATION": true, "GOVERNMENT": true, "REGIME": true, "CAMP": true,
	"SUPPORTERS": true, "LOYALISTS": true, "FORCES": true, "CABINET": true, "FAMILY": true}

func lastWord(s string) string {
	f := strings.Fields(strings.ToUpper(s))
	return f[len(f)-1]
}

func orgSubtype(file, code string) string {
	switch {
	case file == "Phoenix.MilNonState.actors.txt":
		return "armed group"
	case strings.HasPrefix(code, "IGO"):
		return "international"
	case strings.HasPrefix(code, "NGO"):
		return "ngo"
	case strings.HasPrefix(code, "MNC") || strings.HasSuffix(code, "BUS"):
		return "company"
	case strings.HasSuffix(code, "MED"):
		return "media"
	case strings.Contains(code[min(3, len(code)):], "MIL"):
		return "military"
	case strings.Contains(code, "REB") || strings.Contains(code, "INS"):
		return "armed group"
	case strings.Contains(code, "PTY") || strings.Contains(code, "OPP"):
		return "party"
	case strings.Contains(code, "GOV") || strings.Contains(code, "LEG") || strings.Contains(code, "JUD") || strings.Contains(code, "SPY") || strings.Contains(code, "COP"):
		return "government"
	}
	return ""
}

func write(out string, b *builder, titles []title) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("output dir: %w", err)
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	var zw *gzip.Writer
	w := bufio.NewWriter(f)
	if strings.HasSuffix(out, ".gz") {
		zw, _ = gzip.NewWriterLevel(f, gzip.BestCompression)
		zw.ModTime = time.Time{} // reproducible bytes
		w = bufio.NewWriter(zw)
	}
	fmt.Fprintln(w, "# kgraph gazetteer, generated by internal/train/gazetteer; see NOTICE for sources and licences.")
	fmt.Fprintln(w, "# E name type subtype iso3 wikidata country source aliases(kind:surface|...; n name, d demonym, p people, c capital, s surname)")
	fmt.Fprintln(w, "# T surface canonical class")
	n := 0
	for _, e := range b.entries {
		if len(e.aliases) == 0 {
			continue
		}
		var as []string
		for _, a := range e.aliases {
			as = append(as, a.Kind+":"+a.Surface)
		}
		fmt.Fprintf(w, "E\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Name, e.Type, e.Subtype, e.ISO, e.QID, e.Country, e.Source, strings.Join(as, "|"))
		n++
	}
	for _, t := range titles {
		fmt.Fprintf(w, "T\t%s\t%s\t%s\n", t.Surface, t.Canonical, t.Class)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("output: %w", err)
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			f.Close()
			return fmt.Errorf("output: %w", err)
		}
	}
	log.Printf("gazetteer: %d entries, %d titles -> %s", n, len(titles), out)
	return f.Close()
}

// namesOffice reports whether a Phoenix agent's name is an office rather
// than a body ("UN Secretary General", "US Secretary of Defense"): as an
// organization it would hide the title before a holder's name ("UN
// Secretary General Kofi Annan").
func namesOffice(name string) bool {
	l := strings.ToLower(name)
	if strings.Contains(l, " secretary of ") || strings.HasPrefix(l, "secretary of ") {
		return true
	}
	for _, t := range curatedTitles {
		switch t.Canonical {
		case "King", "Queen", "Prince", "Crown Prince", "Emir", "Pope":
			continue // "Burger King" is a company
		}
		if t.Class == "office" && strings.HasSuffix(l, " "+strings.ToLower(t.Surface)) {
			return true
		}
	}
	return false
}

// laxerCase reports whether surface a, equal to b but for case, lets the
// gazetteer match more spellings: a word of a in lower case matches any
// case, a capitalized one ("Asean") matches an acronym ("ASEAN") too.
func laxerCase(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	laxer := false
	for i := range wa {
		ca, cb := caseRank(wa[i]), caseRank(wb[i])
		if ca < cb {
			return false
		}
		laxer = laxer || ca > cb
	}
	return laxer
}

// caseRank orders the casings of a word by how many spellings match it:
// an acronym (0), a capitalized word (1), a lower-case word (2).
func caseRank(w string) int {
	switch {
	case w == strings.ToLower(w):
		return 2
	case len(w) >= 2 && w == strings.ToUpper(w):
		return 0
	}
	return 1
}
