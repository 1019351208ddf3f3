package read

import (
	"html"
	"strings"
)

// skipped elements have no readable text.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "math": true,
	"iframe": true, "object": true, "canvas": true, "select": true, "button": true,
}

// blocks end a paragraph.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true,
	"table": true, "thead": true, "tbody": true, "section": true, "article": true, "header": true,
	"footer": true, "blockquote": true, "pre": true, "hr": true, "title": true, "figcaption": true,
	"figure": true, "nav": true, "aside": true, "main": true, "form": true, "address": true, "caption": true,
	"body": true, "head": true, "html": true, "option": true, "summary": true, "details": true, "center": true,
}

// StripHTML returns the title and the readable text of an HTML page: markup,
// comments, scripts and styles removed, entities decoded, each paragraph (or
// other block) on its own, separated by blank lines. It accepts any input,
// well-formed or not.
func StripHTML(s string) (title, text string) {
	var paras []string
	var cur strings.Builder
	var titleB strings.Builder
	inTitle := false
	flush := func() {
		if p := strings.Join(strings.Fields(html.UnescapeString(cur.String())), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			if inTitle {
				titleB.WriteString(s[i : i+j])
			} else {
				cur.WriteString(s[i : i+j])
			}
			i += j
			continue
		}
		switch {
		case strings.HasPrefix(s[i:], "<!--"):
			j := strings.Index(s[i+4:], "-->")
			if j < 0 {
				i = len(s)
			} else {
				i += 4 + j + 3
			}
			continue
		case i+1 < len(s) && (isASCIILetter(s[i+1]) || s[i+1] == '/' || s[i+1] == '!' || s[i+1] == '?'):
		default:
			// a lone "<" is text
			if inTitle {
				titleB.WriteByte('<')
			} else {
				cur.WriteByte('<')
			}
			i++
			continue
		}
		end := tagEnd(s, i)
		name, closing := tagName(s[i+1 : end])
		i = end
		if i < len(s) {
			i++ // '>'
		}
		switch {
		case name == "title":
			inTitle = !closing
			flush()
		case skipped[name] && !closing:
			// skip to the closing tag
			j := indexFold(s[i:], "</"+name)
			if j < 0 {
				i = len(s)
			} else {
				i += j
			}
		case blocks[name]:
			flush()
		}
	}
	flush()
	title = strings.Join(strings.Fields(html.UnescapeString(titleB.String())), " ")
	return title, strings.Join(paras, "\n\n")
}

// tagEnd returns the index of the '>' closing the tag that starts at s[i],
// skipping quoted attribute values, or len(s).
func tagEnd(s string, i int) int {
	var quote byte
	for j := i + 1; j < len(s); j++ {
		c := s[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j
		}
	}
	return len(s)
}

// tagName returns the lowercase name of the tag whose inside is t
// ("/p", "a href=...") and whether it closes an element.
func tagName(t string) (string, bool) {
	closing := strings.HasPrefix(t, "/")
	t = strings.TrimPrefix(t, "/")
	j := 0
	for j < len(t) && (isASCIIAlnum(t[j]) || t[j] == '-' || t[j] == ':') {
		j++
	}
	return strings.ToLower(t[:j]), closing
}

// indexFold is strings.Index ignoring ASCII case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIIAlnum(c byte) bool  { return isASCIILetter(c) || c >= '0' && c <= '9' }
