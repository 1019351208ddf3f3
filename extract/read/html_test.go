package read

import (
	"strings"
	"testing"
)

// newsPage is a saved news page as sites serve them: a menu, the article
// with its byline and date, a box of related articles, a footer.
const newsPage = `<!DOCTYPE html>
<html><head>
<title>Kerry and Lavrov meet in Paris - World News</title>
<meta property="og:title" content="Kerry and Lavrov meet in Paris">
<meta property="article:published_time" content="2014-03-30T18:40:00Z">
<meta name="author" content="Jane Reporter">
<link rel="canonical" href="https://news.example/world/kerry-lavrov">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Kerry, Lavrov hold talks on Ukraine","datePublished":"2014-03-30T18:40:00+02:00",
 "author":[{"@type":"Person","name":"Jane Reporter"},{"@type":"Person","name":"Ivan Writer"}]}</script>
</head><body>
<header class="site-header"><a href="/">World News</a><nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li></ul></nav></header>
<div class="share-bar"><a href="#">Share on Facebook</a></div>
<main><article>
<header><h1>Kerry, Lavrov hold talks on Ukraine</h1><p class="byline">By Jane Reporter</p><time datetime="2014-03-30">30 March 2014</time></header>
<p>U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Paris on Sunday.</p>
<p>Lavrov proposed a federal structure for Ukraine.</p>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/x">Crimea votes to join Russia</a></li><li><a href="/y">Sanctions widen</a></li></ul></aside>
<div class="more-links"><a href="/1">Obama visits Brussels</a> <a href="/2">Putin calls Obama</a></div>
<p>The talks lasted four hours.</p>
</article></main>
<footer><p>© 2014 World News. All rights reserved.</p></footer>
</body></html>`

func TestParseHTML(t *testing.T) {
	p := ParseHTML(newsPage)
	want := Page{
		Title:     "Kerry, Lavrov hold talks on Ukraine",
		Published: "2014-03-30",
		Author:    "Jane Reporter, Ivan Writer",
		URL:       "https://news.example/world/kerry-lavrov",
		Text: "Kerry, Lavrov hold talks on Ukraine\n\nBy Jane Reporter\n\n30 March 2014\n\n" +
			"U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Paris on Sunday.\n\n" +
			"Lavrov proposed a federal structure for Ukraine.\n\nThe talks lasted four hours.",
	}
	if p != want {
		t.Errorf("ParseHTML =\n%#v\nwant\n%#v", p, want)
	}
	for _, junk := range []string{"Politics", "Share on", "Related", "Crimea votes", "Obama", "rights reserved", "World News"} {
		if strings.Contains(p.Text, junk) {
			t.Errorf("text keeps %q", junk)
		}
	}
}

// TestHTMLMetadataFallbacks: without JSON-LD, the meta tags, <time> and
// <title> give the fields; a page without an article element gives its body.
func TestHTMLMetadataFallbacks(t *testing.T) {
	p := ParseHTML(`<html><head><title>Plain title</title><meta property="og:url" content="https://x.example/a">` +
		`<meta property="article:author" content="https://x.example/staff/jr"></head><body>` +
		`<div id="menu"><a href="/">Home</a></div><p>Body text <time datetime="2019-05-02T10:00">May 2</time>.</p></body></html>`)
	want := Page{Title: "Plain title", Published: "2019-05-02", URL: "https://x.example/a", Text: "Body text May 2."}
	if p != want {
		t.Errorf("ParseHTML = %#v, want %#v", p, want)
	}
}
