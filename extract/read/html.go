package read

import (
	"encoding/json"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is what kgraph reads from an HTML page: the article's readable text
// and the metadata the page gives about it.
type Page struct {
	Title string
	// Published is the publication date, YYYY-MM-DD.
	Published string
	Author    string
	// URL is the canonical URL of the article.
	URL  string
	Text string
}

// ParseHTML reads an HTML page with golang.org/x/net/html, which accepts
// any input as a browser does. The text is the article's: the first
// <article> (or <main>, or the body), without scripts, styles, navigation,
// asides, forms, footers, and boxes of links (related articles, menus);
// each paragraph or other block stands alone, separated by blank lines.
// Title, date, author and canonical URL come from the page's metadata
// (JSON-LD, Open Graph and article: meta tags, <link rel=canonical>,
// <time datetime>, <title>).
func ParseHTML(src string) Page {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return Page{} // cannot happen with a strings.Reader
	}
	var p Page
	meta := collectMeta(doc)
	p.Title = first(meta.ldHeadline, meta.props["og:title"], meta.title, meta.props["twitter:title"])
	p.Published = isoDate(first(meta.ldPublished, meta.props["article:published_time"], meta.props["og:published_time"],
		meta.props["datepublished"], meta.props["pubdate"], meta.props["date"], meta.props["dc.date.issued"],
		meta.props["dc.date"], meta.props["parsely-pub-date"], meta.props["sailthru.date"], meta.time))
	p.Author = first(meta.ldAuthor, meta.props["author"], nonURL(meta.props["article:author"]), meta.props["parsely-author"],
		meta.props["dc.creator"])
	p.URL = first(meta.canonical, meta.props["og:url"], meta.ldURL)
	p.Text = articleText(doc)
	if p.Title == "" {
		p.Title = meta.h1
	}
	return p
}

// StripHTML returns the title and the readable text of an HTML page (see
// ParseHTML).
func StripHTML(s string) (title, text string) {
	p := ParseHTML(s)
	return p.Title, p.Text
}

// pageMeta is the metadata found in a page.
type pageMeta struct {
	title, h1, time, canonical               string
	props                                    map[string]string // meta name/property (lower case) -> content, first wins
	ldHeadline, ldPublished, ldAuthor, ldURL string
}

func collectMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{props: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" {
					m.title = collapse(textOf(n))
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = collapse(textOf(n))
				}
			case atom.Meta:
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" && m.props[key] == "" {
					m.props[key] = v
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Time:
				if m.time == "" {
					m.time = first(attr(n, "datetime"), collapse(textOf(n)))
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					m.jsonLD(textOf(n))
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// jsonLD reads the article fields of a JSON-LD block: an object, an array
// of them, or an @graph.
func (m *pageMeta) jsonLD(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any)
	visit = func(v any) {
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e)
			}
		case map[string]any:
			if g, ok := t["@graph"]; ok {
				visit(g)
			}
			if !strings.Contains(strings.ToLower(jsonString(t["@type"])), "article") && t["datePublished"] == nil {
				return
			}
			if m.ldHeadline == "" {
				m.ldHeadline = collapse(first(jsonString(t["headline"]), jsonString(t["name"])))
			}
			if m.ldPublished == "" {
				m.ldPublished = jsonString(t["datePublished"])
			}
			if m.ldAuthor == "" {
				m.ldAuthor = jsonAuthor(t["author"])
			}
			if m.ldURL == "" {
				m.ldURL = jsonString(t["url"])
			}
		}
	}
	visit(v)
}

// jsonString is a JSON string value, the first string of an array, or "".
func jsonString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := jsonString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// jsonAuthor is the name of a JSON-LD author: a string, a Person object, or
// a list of them joined with commas.
func jsonAuthor(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return jsonString(t["name"])
	case []any:
		var names []string
		for _, e := range t {
			if s := jsonAuthor(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// isoDateRE finds a calendar date at the start of a date-time value.
var isoDateRE = regexp.MustCompile(`^\s*(\d{4})-(\d{2})-(\d{2})`)

// isoDate keeps the date of an ISO date-time ("2014-03-30T14:05:00Z" ->
// "2014-03-30"), as written (no time-zone shift); other forms are dropped.
func isoDate(s string) string {
	m := isoDateRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return m[1] + "-" + m[2] + "-" + m[3]
}

// nonURL drops a value that is a URL (article:author is often a profile page).
func nonURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf is all the text below n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapse folds runs of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// skipped elements never hold article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Math: true,
	atom.Iframe: true, atom.Object: true, atom.Canvas: true, atom.Select: true, atom.Button: true, atom.Form: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Head: true, atom.Title: true, atom.Figure: true,
	atom.Dialog: true, atom.Menu: true,
}

// blocks end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true,
	atom.Dd: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Blockquote: true, atom.Pre: true, atom.Hr: true, atom.Main: true,
	atom.Address: true, atom.Caption: true, atom.Body: true, atom.Summary: true, atom.Details: true,
	atom.Center: true, atom.Figcaption: true,
}

// boilerplate matches the class or id of boxes around an article: menus,
// related links, sharing, comments, advertising.
var boilerplate = regexp.MustCompile(`(?i)(^|[-_\s])(nav|navbar|navigation|menu|breadcrumbs?|related|sidebar|` +
	`footer|masthead|comments?|share|sharing|social|promo|advert|ads?|newsletter|subscribe|cookie|popup|modal|` +
	`widget|recommended|trending|most-read|more-stories|skip-link|byline-share)([-_\s]|$)`)

// articleText finds the article's element and writes its text.
func articleText(doc *html.Node) string {
	for _, root := range contentRoots(doc) {
		if t := blockText(root); strings.TrimSpace(t) != "" {
			return t
		}
	}
	return ""
}

// contentRoots lists where the article may be, best first: the <article>
// with the most text, <main> or role=main, the body, the whole document.
func contentRoots(doc *html.Node) []*html.Node {
	var articles, mains []*html.Node
	var body *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Article:
				articles = append(articles, n)
			case n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main"):
				mains = append(mains, n)
			case n.DataAtom == atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var roots []*html.Node
	if best := longest(articles); best != nil {
		roots = append(roots, best)
	}
	roots = append(roots, mains...)
	if body != nil {
		roots = append(roots, body)
	}
	return append(roots, doc)
}

// longest returns the node with the most text, or nil.
func longest(ns []*html.Node) *html.Node {
	var best *html.Node
	n := -1
	for _, c := range ns {
		if l := len(collapse(textOf(c))); l > n {
			best, n = c, l
		}
	}
	return best
}

// blockText writes the readable text below root, a paragraph per block.
func blockText(root *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := collapse(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n != root && (skipped[n.DataAtom] || isBoilerplate(n) || n.DataAtom == atom.Header && !hasH1(n)) {
				flush()
				return
			}
			if blocks[n.DataAtom] {
				flush()
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blocks[n.DataAtom] {
			flush()
		}
	}
	walk(root)
	flush()
	return strings.Join(paras, "\n\n")
}

// isBoilerplate reports whether an element is a box around the article:
// its class or id says so, or it is a list or box of mostly links (related
// articles, menus).
func isBoilerplate(n *html.Node) bool {
	if boilerplate.MatchString(attr(n, "class")) || boilerplate.MatchString(attr(n, "id")) {
		return true
	}
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Table:
		return linkDensity(n) > 0.6
	}
	return false
}

// linkDensity is the share of an element's text that is link text.
func linkDensity(n *html.Node) float64 {
	all := len(collapse(textOf(n)))
	if all == 0 {
		return 0
	}
	links := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			links += len(collapse(textOf(n)))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return float64(links) / float64(all)
}

// hasH1 reports whether n holds an <h1>: an article's header (its headline)
// rather than the site's.
func hasH1(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.H1 || hasH1(c)) {
			return true
		}
	}
	return false
}
