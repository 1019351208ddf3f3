package main

import (
	"strings"
	"unicode"
)

var abbrevs = map[string]bool{"Inc.": true, "Co.": true, "Corp.": true, "Ltd.": true, "Mr.": true, "Mrs.": true,
	"Ms.": true, "Dr.": true, "Jan.": true, "Feb.": true, "Aug.": true, "Sept.": true, "Oct.": true, "Nov.": true,
	"Dec.": true, "St.": true, "Gen.": true, "Sen.": true, "Rep.": true, "Gov.": true, "No.": true, "Bros.": true,
	"Jr.": true, "Sr.": true, "vs.": true, "Mt.": true, "Ft.": true, "Lt.": true, "Col.": true, "Capt.": true}

// tokenize splits text roughly as the CoNLL-2003 data is tokenized: on
// spaces, with leading and trailing punctuation and 's split off.
func tokenize(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		var tail []string
		for len(f) > 0 && strings.ContainsRune("(\"'`[<{", rune(f[0])) {
			out = append(out, f[:1])
			f = f[1:]
		}
		for len(f) > 1 {
			c := f[len(f)-1]
			if strings.ContainsRune(",;:!?)\"'>]}", rune(c)) {
				tail = append(tail, f[len(f)-1:])
				f = f[:len(f)-1]
				continue
			}
			if c == '.' {
				inner := strings.Count(f, ".") > 1
				single := len(f) == 2 && unicode.IsUpper(rune(f[0]))
				if !inner && !single && !abbrevs[f] {
					tail = append(tail, ".")
					f = f[:len(f)-1]
				}
			}
			break
		}
		if strings.HasSuffix(f, "'s") && len(f) > 2 {
			out = append(out, f[:len(f)-2], "'s")
		} else if f != "" {
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}
