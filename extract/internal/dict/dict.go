// Package dict reads the line format shared by PETRARCH's dictionaries
// (verbs, actors, agents): XML-style comments that may span lines, and '#'
// comments to the end of a line.
package dict

import "strings"

// Comments removes comments from successive lines of one file. The zero
// value is ready to use; it remembers a comment left open at a line's end.
type Comments struct{ open bool }

// Strip returns line without its comments, trimmed of spaces (and of a
// carriage return).
func (c *Comments) Strip(line string) string {
	l := strings.ReplaceAll(line, "\r", "")
	if c.open {
		k := strings.Index(l, "-->")
		if k < 0 {
			return ""
		}
		l, c.open = l[k+3:], false
	}
	for {
		k := strings.Index(l, "<!--")
		if k < 0 {
			break
		}
		e := strings.Index(l[k:], "-->")
		if e < 0 {
			l, c.open = l[:k], true
			break
		}
		l = l[:k] + l[k+e+3:]
	}
	if k := strings.Index(l, "#"); k >= 0 {
		l = l[:k]
	}
	return strings.TrimSpace(l)
}
