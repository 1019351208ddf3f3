package event

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/kgraph/kgraph/extract/internal/dict"
)

// Verbs is a PETRARCH-format verb dictionary: synonym sets, verb blocks
// with their default codes and patterns, and the verbs that share each
// block. The built-in one is PETRARCH2's CAMEO.2.0 dictionary (CAMEOVerbs);
// others (PETRARCH2's validation dictionary, a project's own) are read with
// ParseVerbs and given to NewCoder.
type Verbs struct {
	// Synsets maps a synonym set's name (without "&") to its members: lower
	// case words, phrases "a b", or other sets "&NAME".
	Synsets map[string][]string
	Blocks  []VerbBlock
	// Lemmas maps a lower-case verb (its base form, or a form the
	// dictionary lists) to the blocks it belongs to.
	Lemmas map[string][]VerbRef
	// Skipped lists the malformed patterns that were left out, as
	// PETRARCH does, with their lines.
	Skipped []*VerbsError

	firstsOnce sync.Once
	// firsts maps a synonym set's name to the words that may start a
	// match of it (see synsetFirsts).
	firsts map[string]map[string]bool
}

// synsetFirsts returns, for each synonym set, every word a token's text or
// lemma must equal for one of the set's members (through nested sets too)
// to match at that token: each member's first word, it without a final
// "s", and "-ies" made "-y" (see sameWord). It is built once, on first use.
func (v *Verbs) synsetFirsts() map[string]map[string]bool {
	v.firstsOnce.Do(func() {
		v.firsts = make(map[string]map[string]bool, len(v.Synsets))
		for name := range v.Synsets {
			set := map[string]bool{}
			seen := map[string]bool{}
			var walk func(string)
			walk = func(n string) {
				if seen[n] {
					return
				}
				seen[n] = true
				for _, a := range v.Synsets[n] {
					if strings.HasPrefix(a, "&") {
						walk(a[1:])
						continue
					}
					p, _, _ := strings.Cut(a, " ")
					set[p] = true
					set[strings.TrimSuffix(p, "s")] = true
					if strings.HasSuffix(p, "ies") {
						set[p[:len(p)-3]+"y"] = true
					}
				}
			}
			walk(name)
			v.firsts[name] = set
		}
	})
	return v.firsts
}

// VerbBlock is one verb block: the default code of its verbs and the
// patterns they share.
type VerbBlock struct {
	Code string
	// Pair is the second code of a paired event ("032:033": the target
	// receives a visit), "" when none.
	Pair     string
	Patterns []VerbPattern
}

// VerbPattern is one pattern of a block: word slots before and after the
// verb, each a list of alternatives (a word, a phrase "a b", or a synset
// "&NAME"), and the code it gives ("---" for no event).
//
// A Before slot of the single alternative "%" (compoundSlot) stands for a
// coordinated subject: "% * [030:030]" applies to "X and Y agree", and the
// event goes both ways between the conjuncts.
type VerbPattern struct {
	Before, After [][]string
	Code, Pair    string
}

// compoundSlot is PETRARCH's marker of a coordinated subject.
const compoundSlot = "%"

// compound reports whether slots hold the compound marker, and returns
// them without it.
func compound(slots [][]string) (bool, [][]string) {
	for i, alts := range slots {
		if len(alts) == 1 && alts[0] == compoundSlot {
			return true, append(slices.Clip(slots[:i]), slots[i+1:]...)
		}
	}
	return false, slots
}

// VerbRef points a verb at its block; Code overrides the block's code when
// the dictionary gives the verb its own.
type VerbRef struct {
	Block      int
	Code, Pair string
}

// CAMEOVerbs returns the built-in CAMEO.2.0 verb dictionary. It is shared:
// callers must not modify it.
func CAMEOVerbs() *Verbs { return cameoVerbs }

// VerbsError is a malformed line of a verb dictionary.
type VerbsError struct {
	Name string // file name, for messages
	Line int
	Err  error
}

func (e *VerbsError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }
func (e *VerbsError) Unwrap() error { return e.Err }

// ParseVerbs reads a PETRARCH verb dictionary (CAMEO.2.0.verbs.txt,
// PETR.Validate.verbs.txt); name is used in error messages.
//
// The format: "# comment", "<!-- comment -->" lines; a synonym set
// "&NAME" followed by "+MEMBER" lines; a verb block "--- VERB [CODE] ---"
// followed by its verbs ("VERB {IRREGULAR FORMS} [OWN CODE]", compounds
// "WORD_+VERB" and "+VERB_PARTICLE" whose words become a pattern of the
// block) and its patterns "- BEFORE * AFTER [CODE]". Codes may pair two
// events ("032:033"); "---" codes no event. Transformations ("~") are not
// read. Malformed patterns are left out and listed in Skipped; other
// malformed lines are errors.
func ParseVerbs(r io.Reader, name string) (*Verbs, error) {
	v := &Verbs{Synsets: map[string][]string{}, Lemmas: map[string][]VerbRef{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	cur := -1 // index of the block being read
	curSet := ""
	inBlock := false
	var comments dict.Comments
	line := 0
	bad := func(format string, args ...any) error {
		return &VerbsError{Name: name, Line: line, Err: fmt.Errorf(format, args...)}
	}
	for sc.Scan() {
		line++
		l := comments.Strip(sc.Text())
		if l == "" {
			continue
		}
		switch {
		case strings.HasPrefix(l, "---"):
			verb, code, ok := blockHead(l)
			if !ok {
				return nil, bad("bad verb block header %q", l)
			}
			_ = verb
			c, p := splitCode(code)
			v.Blocks = append(v.Blocks, VerbBlock{Code: c, Pair: p})
			cur, inBlock, curSet = len(v.Blocks)-1, true, ""
		case strings.HasPrefix(l, "&"):
			curSet, inBlock = strings.TrimRight(strings.Fields(l[1:])[0], "_"), false
		case strings.HasPrefix(l, "+") && !inBlock:
			if curSet == "" {
				return nil, bad("synonym %q outside a synonym set", l)
			}
			m := strings.TrimSpace(l[1:])
			if strings.HasPrefix(m, "&") {
				m = "&" + strings.TrimRight(strings.Fields(m[1:])[0], "_")
			} else {
				m = dictWords(m)
			}
			if m != "" {
				v.Synsets[curSet] = append(v.Synsets[curSet], m)
			}
		case !inBlock:
			// Text between sections (headers of the CAMEO file).
		case strings.HasPrefix(l, "-"):
			p, ok := parsePattern(l[1:])
			if !ok {
				v.Skipped = append(v.Skipped, bad("bad pattern %q", l).(*VerbsError))
				continue
			}
			v.Blocks[cur].Patterns = append(v.Blocks[cur].Patterns, p)
		case strings.HasPrefix(l, "~"):
			// Compound transformations are not read.
		default:
			v.addVerb(cur, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &VerbsError{Name: name, Line: line, Err: err}
	}
	if len(v.Blocks) == 0 {
		return nil, &VerbsError{Name: name, Line: line, Err: fmt.Errorf("no verb blocks")}
	}
	return v, nil
}

// blockHead reads "--- VERB [CODE] ---".
func blockHead(l string) (verb, code string, ok bool) {
	l = strings.TrimSpace(strings.Trim(l, "-"))
	k := strings.Index(l, "[")
	e := strings.Index(l, "]")
	if k < 0 || e < k {
		return "", "", false
	}
	return strings.TrimSpace(l[:k]), strings.TrimSpace(l[k+1 : e]), true
}

// splitCode splits "032:033" into its two codes; the first of
// "013:012"-style alternatives is the event, the second its pair.
func splitCode(s string) (code, pair string) {
	s = strings.TrimSpace(s)
	code, pair, _ = strings.Cut(s, ":")
	return strings.TrimSpace(code), strings.TrimSpace(pair)
}

// addVerb reads one verb line of block b: "VERB {FORMS} [CODE]", or a
// compound "WORD_+VERB", "+VERB_PARTICLE".
func (v *Verbs) addVerb(b int, l string) {
	code, pair := "", ""
	if k := strings.Index(l, "["); k >= 0 {
		if e := strings.Index(l[k:], "]"); e > 0 {
			code, pair = splitCode(l[k+1 : k+e])
		}
		l = l[:k]
	}
	var forms []string
	if k := strings.Index(l, "{"); k >= 0 {
		if e := strings.Index(l[k:], "}"); e > 0 {
			forms = strings.Fields(l[k+1 : k+e])
		}
		l = l[:k]
	}
	f := strings.Fields(l)
	if len(f) == 0 {
		return
	}
	head := f[0]
	if !strings.Contains(strings.Trim(head, "_+"), "_") {
		w := dictWords(head)
		if w == "" || strings.Contains(w, " ") {
			return
		}
		v.addRef(w, VerbRef{Block: b, Code: code, Pair: pair})
		for _, form := range forms {
			if fw := dictWords(form); fw != "" && !strings.Contains(fw, " ") && fw != w {
				v.addRef(fw, VerbRef{Block: b, Code: code, Pair: pair})
			}
		}
		return
	}
	// A compound: the verb is the word marked "+", else the first word;
	// the others become a pattern of the block with the compound's code.
	parts := strings.Split(strings.Trim(head, "_"), "_")
	verb := 0
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			verb = i
			break
		}
	}
	w := dictWords(parts[verb])
	if w == "" {
		return
	}
	if code == "" {
		code, pair = v.Blocks[b].Code, v.Blocks[b].Pair
	}
	p := VerbPattern{Code: code, Pair: pair}
	if before := dictWords(strings.Join(parts[:verb], " ")); before != "" {
		p.Before = [][]string{{before}}
	}
	if after := dictWords(strings.Join(parts[verb+1:], " ")); after != "" {
		p.After = [][]string{{after}}
	}
	if len(p.Before)+len(p.After) == 0 {
		v.addRef(w, VerbRef{Block: b, Code: code, Pair: pair})
		return
	}
	// The compound gets a block of its own, so that the verb does not
	// take the other patterns of the compound's block.
	v.Blocks = append(v.Blocks, VerbBlock{Code: "---", Patterns: []VerbPattern{p}})
	v.addRef(w, VerbRef{Block: len(v.Blocks) - 1})
}

func (v *Verbs) addRef(w string, r VerbRef) {
	for _, x := range v.Lemmas[w] {
		if x.Block == r.Block {
			return
		}
	}
	v.Lemmas[w] = append(v.Lemmas[w], r)
}

// dictWords normalizes dictionary words: lower case, PETRARCH's markers
// ("+" target, "$" source, "%" compound, "^" skip) and trailing "_" (no
// suffixes) dropped, inner "_" joining words.
func dictWords(w string) string {
	w = strings.ToLower(strings.NewReplacer("_", " ", "+", " ", "$", " ", "%", " ", "^", " ").Replace(w))
	return strings.Join(strings.Fields(w), " ")
}

// parsePattern reads "BEFORE * AFTER [CODE]". Each slot is a list of
// alternatives: a word, a phrase from {A B} or A_B, or a synset "&NAME".
func parsePattern(s string) (VerbPattern, bool) {
	k := strings.LastIndex(s, "[")
	e := strings.LastIndex(s, "]")
	if k < 0 || e < k {
		return VerbPattern{}, false
	}
	p := VerbPattern{}
	p.Code, p.Pair = splitCode(s[k+1 : e])
	body := s[:k]
	star := strings.Index(body, "*")
	if star < 0 {
		return VerbPattern{}, false
	}
	p.Before = slots(body[:star])
	p.After = slots(body[star+1:])
	if slices.Contains(strings.Fields(body[:star]), compoundSlot) {
		p.Before = append([][]string{{compoundSlot}}, p.Before...)
	}
	return p, true
}

func slots(s string) [][]string {
	s = strings.NewReplacer("(", " ", ")", " ", "{", " { ", "}", " } ").Replace(s)
	var out [][]string
	var phrase []string
	inPhrase := false
	for _, f := range strings.Fields(s) {
		switch f {
		case "{":
			inPhrase, phrase = true, nil
			continue
		case "}":
			inPhrase = false
			if len(phrase) > 0 {
				out = append(out, []string{strings.Join(phrase, " ")})
			}
			continue
		}
		// Words joined by "_" are adjacent; a synset among them stands in
		// a slot of its own.
		var ws []string
		hasSet := false
		for _, part := range strings.Split(f, "_") {
			part = strings.Trim(part, "$+%^=|")
			switch {
			case part == "":
			case strings.HasPrefix(part, "&"):
				if n := strings.TrimRight(part[1:], "_"); n != "" {
					ws = append(ws, "&"+n)
					hasSet = true
				}
			default:
				if w := dictWords(part); w != "" {
					ws = append(ws, w)
				}
			}
		}
		if len(ws) == 0 {
			continue
		}
		if inPhrase {
			phrase = append(phrase, ws...)
			continue
		}
		if hasSet {
			for _, w := range ws {
				out = append(out, []string{w})
			}
			continue
		}
		out = append(out, []string{strings.Join(ws, " ")})
	}
	return out
}
