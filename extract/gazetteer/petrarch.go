package gazetteer

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/kgraph/kgraph/extract/internal/dict"
	"github.com/kgraph/kgraph/schema"
)

// DatedCode is an actor code that holds over a span of dates (YYYYMMDD,
// inclusive; "" leaves the span open).
type DatedCode struct {
	Code     string
	From, To string
}

// CodeOn returns the code of the extra on a date (YYYYMMDD, or "" for the
// undated code): the dated code whose span holds the date, else the
// undated one.
func (e *Extra) CodeOn(date string) string {
	if date != "" {
		for _, d := range e.Dated {
			if (d.From == "" || date >= d.From) && (d.To == "" || date <= d.To) {
				return d.Code
			}
		}
	}
	return e.Code
}

// ParseError is a malformed line of a dictionary.
type ParseError struct {
	Name string // file name, for messages
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// ParsePETRARCH reads a PETRARCH actor or agent dictionary
// (PETR.Validate.actors.txt, Phoenix's country and agent lists); name is
// used in error messages. Each entry is "PHRASE [CODE]" with words joined
// by "_" or spaces; "+SYNONYM" lines add forms to the entry above; a code
// may stand on lines of its own below the forms, with date restrictions
// ("[HOBGOV 19950601 - 19990815]", "[HOB <950601]", "[HOBREB >990816]");
// agents carry "~" on the side where they attach ("[~GOV]", "[NGO~]") and
// may list plural forms in braces. Entries with substitution markers
// ("!PERSON!") or without a code ("---") are left out; "#" comments and
// "<!-- -->" blocks are skipped.
//
// Each extra is named by its first form in title case; its type is
// Country for a three-letter code and Organization otherwise, and its
// Source is "petrarch".
func ParsePETRARCH(r io.Reader, name string) ([]Extra, error) {
	var out []Extra
	var cur *Extra
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	var comments dict.Comments
	for sc.Scan() {
		line++
		l := comments.Strip(sc.Text())
		if l == "" {
			continue
		}
		phrase, code, hasCode := l, "", false
		if k := strings.Index(phrase, "["); k >= 0 {
			e := strings.Index(phrase[k:], "]")
			if e < 0 {
				return nil, &ParseError{name, line, fmt.Errorf("unclosed code in %q", l)}
			}
			code, hasCode = strings.TrimSpace(phrase[k+1:k+e]), true
			phrase = strings.TrimSpace(phrase[:k])
		}
		var plurals []string
		if k := strings.Index(phrase, "{"); k >= 0 {
			if e := strings.Index(phrase[k:], "}"); e > 0 {
				plurals = strings.Fields(phrase[k+1 : k+e])
			}
			phrase = strings.TrimSpace(phrase[:k])
		}
		syn := strings.HasPrefix(phrase, "+")
		phrase = strings.TrimPrefix(phrase, "+")
		if strings.HasPrefix(phrase, "!") && strings.Contains(phrase, "=") {
			continue // a substitution list ("!PERSON! = MAN, MEN")
		}
		if phrase != "" {
			form := titleForm(phrase)
			if !syn || cur == nil {
				out = append(out, Extra{Entry: Entry{Name: form, Source: "petrarch"}})
				cur = &out[len(out)-1]
			}
			if !strings.Contains(phrase, "!") && form != "" {
				cur.Forms = append(cur.Forms, form)
			}
			for _, p := range plurals {
				if f := titleForm(p); f != "" && !strings.Contains(p, "!") {
					cur.Forms = append(cur.Forms, f)
				}
			}
		}
		if hasCode && cur != nil {
			c, d, dated := datedCode(code)
			if dated {
				cur.Dated = append(cur.Dated, d)
			} else {
				cur.Code = c
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{name, line, err}
	}
	kept := out[:0]
	for _, e := range out {
		if len(e.Forms) == 0 || (!isActorCode(e.Code) && len(e.Dated) == 0) {
			continue
		}
		e.Type = schema.Organization
		if c := e.CodeOn(""); len(c) == 3 && !strings.Contains(c, "~") {
			e.Type = schema.Country
		}
		kept = append(kept, e)
	}
	return kept, nil
}

// isActorCode reports whether a code names an actor or agent ("---" and
// "+++" do not).
func isActorCode(c string) bool {
	c = strings.Trim(c, "~")
	return c != "" && c != "---" && c != "+++" && c != "###"
}

// datedCode reads "CODE", "CODE <950601", "CODE >990816" or
// "CODE 19950601 - 19990815". Of several codes ("FRO/BIL/SAM") the first
// is kept; "---" stays (no actor over that span).
func datedCode(s string) (code string, d DatedCode, dated bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "", DatedCode{}, false
	}
	code = f[0]
	if k := strings.IndexByte(code, '/'); k > 0 {
		code = code[:k]
	}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return code, DatedCode{}, false
	}
	d.Code = code
	switch {
	case strings.HasPrefix(rest, "<"):
		d.To = fullDate(rest[1:])
	case strings.HasPrefix(rest, ">"):
		d.From = fullDate(rest[1:])
	default:
		from, to, _ := strings.Cut(rest, "-")
		d.From, d.To = fullDate(from), fullDate(to)
	}
	return code, d, true
}

// fullDate widens a YYMMDD date to YYYYMMDD (years below 30 are 20YY).
func fullDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) == 6 {
		if s < "30" {
			return "20" + s
		}
		return "19" + s
	}
	return s
}

// titleForm turns a dictionary phrase into a surface form in title case:
// "MINAS_TIRITH" -> "Minas Tirith"; PETRARCH's trailing "_" (no suffixes)
// is dropped.
func titleForm(p string) string {
	ws := strings.Fields(strings.ReplaceAll(p, "_", " "))
	for i, w := range ws {
		rs := []rune(strings.ToLower(w))
		if len(rs) > 0 {
			rs[0] = unicode.ToUpper(rs[0])
		}
		ws[i] = string(rs)
	}
	return strings.Join(ws, " ")
}
