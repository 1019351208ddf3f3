// Package petrarch scores kgraph's event coding against PETRARCH2's unit-test
// records (shared/corpora/petrarch2-validation): each record's sentence runs
// through the whole pipeline, actors are coded with the validation actor and
// agent dictionaries, and the (source, target, CAMEO root) triples are
// compared with the gold codings.
package petrarch

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/schema"
)

// Coding is one gold event of a record.
type Coding struct {
	Source string `xml:"sourcecode,attr"`
	Target string `xml:"targetcode,attr"`
	Event  string `xml:"eventcode,attr"`
	// NoEvents and Error mark records that code nothing or test error
	// handling.
	NoEvents string `xml:"noevents,attr"`
	Error    string `xml:"error,attr"`
}

// Record is one test sentence with its gold codings.
type Record struct {
	ID       string   `xml:"id,attr"`
	Category string   `xml:"category,attr"`
	Date     string   `xml:"date,attr"`
	Codings  []Coding `xml:"EventCoding"`
	Text     string   `xml:"Text"`
}

// ReadRecords reads the records of a PETRARCH validation file; name is used
// in error messages.
func ReadRecords(r io.Reader, name string) ([]Record, error) {
	var v struct {
		Sentences []Record `xml:"Sentences>Sentence"`
	}
	dec := xml.NewDecoder(r)
	if err := dec.Decode(&v); err != nil {
		line, _ := dec.InputPos()
		return nil, fmt.Errorf("%s:%d: read records: %w", name, line, err)
	}
	for i := range v.Sentences {
		v.Sentences[i].Text = strings.Join(strings.Fields(v.Sentences[i].Text), " ")
	}
	return v.Sentences, nil
}

// Gold returns the event codings of a record, without no-event and error
// markers.
func (r *Record) Gold() []Coding {
	var out []Coding
	for _, c := range r.Codings {
		if c.Error == "" && c.NoEvents == "" && c.Event != "" {
			out = append(out, c)
		}
	}
	return out
}

// Skip reports whether the record tests error handling rather than coding.
func (r *Record) Skip() bool {
	for _, c := range r.Codings {
		if c.Error != "" {
			return true
		}
	}
	return false
}

// entry is one dictionary phrase: its words and code.
type entry struct {
	words []string // upper case; a trailing "_" asks for the exact word
	code  string
}

// Dictionary codes actor phrases with the validation dictionaries: an actor
// ("ARNOR [ARN]") plus agents before ("[NGO~]") or after ("[~GOV]") it.
type Dictionary struct {
	actors, agents []entry
	// Actors are the actor dictionary's entries, to layer over the
	// pipeline's gazetteer (extract.WithActors); byIRI finds them by the
	// entity IRI the pipeline gives their mentions.
	Actors []gazetteer.Extra
	byIRI  map[string]*gazetteer.Extra
}

// LoadDictionary reads the actor and agent dictionaries.
func LoadDictionary(actorsPath, agentsPath string) (*Dictionary, error) {
	d := &Dictionary{byIRI: map[string]*gazetteer.Extra{}}
	var err error
	if d.actors, err = readDict(actorsPath); err != nil {
		return nil, err
	}
	if d.agents, err = readDict(agentsPath); err != nil {
		return nil, err
	}
	f, err := os.Open(actorsPath)
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	defer f.Close()
	if d.Actors, err = gazetteer.ParsePETRARCH(f, actorsPath); err != nil {
		return nil, err
	}
	for i := range d.Actors {
		x := &d.Actors[i]
		if _, ok := d.byIRI[x.IRI()]; !ok {
			d.byIRI[x.IRI()] = x
		}
	}
	return d, nil
}

// readDict reads "PHRASE [CODE]" lines; "+SYNONYM" lines share the code of
// the entry above, and a code may stand on the following line. Entries with
// substitution markers ("!PERSON!") are skipped.
func readDict(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	defer f.Close()
	var out []entry
	var group []int // entries waiting for the code of their group
	lastCode := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if k := strings.Index(l, "#"); k >= 0 {
			l = l[:k]
		}
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "<") || strings.Contains(l, "!") {
			continue
		}
		code := ""
		if k := strings.Index(l, "["); k >= 0 {
			if e := strings.Index(l[k:], "]"); e > 0 {
				code = strings.TrimSpace(l[k+1 : k+e])
				if f := strings.Fields(code); len(f) > 0 {
					code = f[0] // drop date restrictions
				}
			}
			l = strings.TrimSpace(l[:k])
		}
		if k := strings.Index(l, "{"); k >= 0 {
			l = strings.TrimSpace(l[:k])
		}
		if l == "" {
			// A code on its own line belongs to the entries above.
			if code != "" {
				for _, i := range group {
					if out[i].code == "" {
						out[i].code = code
					}
				}
				lastCode = code
			}
			continue
		}
		syn := strings.HasPrefix(l, "+")
		l = strings.TrimPrefix(l, "+")
		words := strings.FieldsFunc(strings.ToUpper(l), func(r rune) bool { return r == ' ' || r == '_' })
		if strings.HasSuffix(l, "_") && len(words) > 0 {
			words[len(words)-1] += "_"
		}
		if len(words) == 0 {
			continue
		}
		if !syn {
			group = group[:0]
			lastCode = ""
		}
		if code == "" && syn {
			code = lastCode
		}
		out = append(out, entry{words: words, code: code})
		group = append(group, len(out)-1)
		if code != "" {
			lastCode = code
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read dictionary %s: %w", path, err)
	}
	kept := out[:0]
	for _, e := range out {
		if e.code != "" && e.code != "---" && e.code != "+++" {
			kept = append(kept, e)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return len(kept[i].words) > len(kept[j].words) })
	return kept, nil
}

// wordMatch compares a dictionary word with a text word: the word itself
// or its plural ("POLICES", "MINISTRIES"), as PETRARCH2 expands its
// dictionaries; a trailing "_" changes nothing. (TABARI matched prefixes,
// so "DIPLOMAT" took "DIPLOMATIC"; PETRARCH2 does not.)
func wordMatch(dict, w string) bool {
	dict = strings.TrimSuffix(dict, "_")
	if w == dict || w == dict+"S" || w == dict+"ES" {
		return true
	}
	return strings.HasSuffix(dict, "Y") && w == dict[:len(dict)-1]+"IES"
}

// find returns the first (longest) entry matching at position i of words.
func find(es []entry, words []string, i int) (entry, int) {
	for _, e := range es {
		if i+len(e.words) > len(words) {
			continue
		}
		ok := true
		for k, dw := range e.words {
			if !wordMatch(dw, words[i+k]) {
				ok = false
				break
			}
		}
		if ok {
			return e, len(e.words)
		}
	}
	return entry{}, 0
}

// Code codes an actor phrase ("MSF Arnor diplomat" -> "NGOARNGOV"); "" when
// the phrase names neither actor nor agent. A compound ("Arnor, Osgiliath
// and Gondor") gives the code of its first actor; Codes gives them all.
func (d *Dictionary) Code(phrase string) string {
	if cs := d.codes(phrase, ""); len(cs) > 0 {
		return cs[0]
	}
	return ""
}

// Codes codes an actor phrase with every actor of a compound: "the
// ambassadors of Arnor, Osgiliath and Gondor" -> ARNGOV, OSGGOV, GONGOV.
func (d *Dictionary) Codes(phrase string) []string { return d.codes(phrase, "") }

// CodesArg codes a statement argument on a date (YYYYMMDD) as Codes does;
// the first actor is the dictionary actor the argument's entity resolved
// to when there is one (so that "it" codes as its antecedent, and dated
// codes hold).
func (d *Dictionary) CodesArg(a schema.Arg, date string) []string {
	actor := ""
	if x := d.byIRI[a.Entity]; x != nil {
		actor = x.CodeOn(date)
	}
	return d.codes(a.Text, actor)
}

// compoundGlue are the words allowed between the actors of a compound.
var compoundGlue = map[string]bool{"AND": true, "OR": true, "THE": true, "BOTH": true, "NOR": true}

// codes codes a phrase; actor, when not "", is the code of its first actor
// whatever the phrase names.
func (d *Dictionary) codes(phrase, actor string) []string {
	words := strings.FieldsFunc(strings.ToUpper(phrase), func(r rune) bool {
		return r == ' ' || r == '\'' || r == ',' || r == '.' || r == '"'
	})
	type hit struct {
		start, end int
		code       string
	}
	var acts, agents []hit
	for i := 0; i < len(words); {
		if e, n := find(d.actors, words, i); n > 0 {
			acts = append(acts, hit{i, i + n, e.code})
			i += n
			continue
		}
		if e, n := find(d.agents, words, i); n > 0 {
			agents = append(agents, hit{i, i + n, e.code})
			i += n
			continue
		}
		i++
	}
	// The compound: actors joined by "and", "or" and commas only.
	for k := 1; k < len(acts); k++ {
		glue := true
		for _, w := range words[acts[k-1].end:acts[k].start] {
			glue = glue && compoundGlue[w]
		}
		if !glue {
			acts = acts[:k]
			break
		}
	}
	if actor != "" {
		if len(acts) == 0 {
			acts = []hit{{start: -1, end: -1}}
		}
		acts[0].code = actor
	}
	if len(acts) == 0 && len(agents) == 0 {
		return nil
	}
	// Agents attach to the compound when next to it ("MSF Arnor", "Arnor
	// cleric", "the ambassadors of Arnor"), at most one word apart; with no
	// actor, every agent counts ("police" -> "---COP").
	var pre, post []string
	first, last := -1, -1
	if len(acts) > 0 && acts[0].start >= 0 {
		first, last = acts[0].start, acts[len(acts)-1].end
	}
	for _, a := range agents {
		if first >= 0 && (a.end < first-1 || a.start > last+1) {
			continue
		}
		switch {
		case strings.HasPrefix(a.code, "~"):
			post = append(post, strings.TrimPrefix(a.code, "~"))
		case strings.HasSuffix(a.code, "~"):
			pre = append(pre, strings.TrimSuffix(a.code, "~"))
		default:
			post = append(post, a.code)
		}
	}
	if len(acts) == 0 {
		acts = []hit{{code: "---"}}
	}
	out := make([]string, 0, len(acts))
	for _, a := range acts {
		code := a.code
		// An agent code the actor's code already has is not added again
		// ("White House security officials": USAGOV, not USAGOVGOV).
		for _, p := range post {
			if !strings.Contains(code[min(3, len(code)):], p) {
				code += p
			}
		}
		for _, p := range pre {
			if !strings.HasPrefix(code, p) {
				code = p + code
			}
		}
		out = append(out, code)
	}
	return out
}

// Extractor runs the pipeline over one text.
type Extractor func(ctx context.Context, text string) ([]schema.Statement, error)

// Count is agreement on one root code.
type Count struct{ Gold, Matched int }

// Result is the outcome of an evaluation.
type Result struct {
	Records   int // records scored (error-handling records are skipped)
	Gold      int // gold codings
	Predicted int // coded events with a source and target
	Matched   int // gold codings matched by a predicted event
	// Dyads counts gold codings whose source and target some predicted
	// event has, whatever its code.
	Dyads   int
	PerRoot map[string]*Count
}

// Agreement is the share of gold codings matched.
func (r *Result) Agreement() float64 {
	if r.Gold == 0 {
		return 0
	}
	return float64(r.Matched) / float64(r.Gold)
}

// triple is one coded event.
type triple struct{ source, target, root string }

func root(code string) string {
	if len(code) > 2 {
		return code[:2]
	}
	return code
}

// Evaluate runs every record through ex and compares its coded events with
// the gold codings. When trace is not nil, each record's gold and predicted
// events are written to it.
func Evaluate(ctx context.Context, recs []Record, dict *Dictionary, ex Extractor, trace io.Writer) (*Result, error) {
	res := &Result{PerRoot: map[string]*Count{}}
	for i := range recs {
		rec := &recs[i]
		if rec.Skip() {
			continue
		}
		st, err := ex(ctx, rec.Text)
		if err != nil {
			return nil, fmt.Errorf("record %s: %w", rec.ID, err)
		}
		res.Records++
		var pred, quote []triple
		for _, s := range st {
			if s.CAMEO == "" || s.Kind == schema.KindRole || s.Polarity == schema.Negated {
				continue
			}
			srcs, tgts := dict.CodesArg(s.Subject, rec.Date), targets(dict, s, rec.Date)
			for _, src := range srcs {
				for _, tgt := range tgts {
					pred = append(pred, triple{src, tgt, root(s.CAMEO)})
				}
			}
			// Keep the raw texts for gold codes given as quoted text.
			quote = append(quote, triple{quoted(s.Subject.Text), quoted(s.Object.Text), root(s.CAMEO)})
		}
		res.Predicted += len(pred)
		pred = append(pred, quote...)
		if trace != nil {
			fmt.Fprintf(trace, "%s: %s\n", rec.ID, rec.Text)
			for _, g := range rec.Gold() {
				fmt.Fprintf(trace, "\tgold %s %s %s\n", g.Source, g.Target, g.Event)
			}
			for _, s := range st {
				fmt.Fprintf(trace, "\tstmt (%s; %s [%s] %s; %s) %s/%s -> %s %s\n", s.Subject.Text, s.Predicate, s.Verb,
					s.CAMEO, s.Object.Text, s.Polarity, s.Modality, dict.CodesArg(s.Subject, rec.Date), targets(dict, s, rec.Date))
			}
		}
		used := make([]bool, len(pred))
		for _, g := range rec.Gold() {
			r := root(g.Event)
			c := res.PerRoot[r]
			if c == nil {
				c = &Count{}
				res.PerRoot[r] = c
			}
			c.Gold++
			res.Gold++
			for _, p := range pred {
				if p.source == g.Source && p.target == g.Target {
					res.Dyads++
					break
				}
			}
			for k, p := range pred {
				if !used[k] && p.root == r && p.source == g.Source && p.target == g.Target {
					used[k] = true
					c.Matched++
					res.Matched++
					break
				}
			}
		}
	}
	return res, nil
}

// targets codes the target of a statement: its object when that names an
// actor, else the first of its other arguments that does ("restore ties"
// "with Gondor", the prepositional phrase read as an adjunct), as PETRARCH
// takes the first actor of the verb phrase.
func targets(dict *Dictionary, s schema.Statement, date string) []string {
	if cs := dict.CodesArg(s.Object, date); len(cs) > 0 && !strings.HasPrefix(cs[0], "---") {
		return cs
	}
	for _, a := range s.Extra {
		if cs := dict.CodesArg(a, date); len(cs) > 0 && !strings.HasPrefix(cs[0], "---") {
			return cs
		}
	}
	return dict.CodesArg(s.Object, date)
}

func quoted(s string) string { return `"` + strings.ToUpper(s) + `"` }

// Write prints the result: totals, one line per root code, and last the line
// "agreement X" with four decimals.
func (r *Result) Write(w io.Writer) error {
	prec := 0.0
	if r.Predicted > 0 {
		prec = float64(r.Matched) / float64(r.Predicted)
	}
	dy := 0.0
	if r.Gold > 0 {
		dy = float64(r.Dyads) / float64(r.Gold)
	}
	fmt.Fprintf(w, "records %d  gold %d  predicted %d  matched %d  precision %.4f  dyad agreement %.4f\n",
		r.Records, r.Gold, r.Predicted, r.Matched, prec, dy)
	roots := make([]string, 0, len(r.PerRoot))
	for k := range r.PerRoot {
		roots = append(roots, k)
	}
	sort.Strings(roots)
	for _, k := range roots {
		c := r.PerRoot[k]
		fmt.Fprintf(w, "root %s  gold %3d  matched %3d  agreement %.4f\n", k, c.Gold, c.Matched,
			float64(c.Matched)/float64(c.Gold))
	}
	_, err := fmt.Fprintf(w, "agreement %.4f\n", r.Agreement())
	return err
}
