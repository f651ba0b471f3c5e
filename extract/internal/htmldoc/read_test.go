package htmldoc

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
)

// blockText is a block as the tests see it.
type blockText struct {
	Kind  article.BlockKind
	Level int
	Text  string
}

// texts returns the title and the blocks of a page.
func texts(p *Page) (string, []blockText) {
	var out []blockText
	for _, b := range p.Blocks {
		out = append(out, blockText{b.Kind, b.Level, p.Text[b.Start:b.End]})
	}
	return p.Text[p.Title[0]:p.Title[1]], out
}

func para(s string) blockText { return blockText{article.BlockParagraph, 0, s} }

func TestRead(t *testing.T) {
	tests := []struct {
		name, src string
		title     string
		blocks    []blockText
	}{
		{
			name:   "the article's text, headings and list items; its h1 is the title",
			src:    `<html><body><article><h1>Siege</h1><p>One.</p><h2>Later</h2><p>Two.</p><ul><li>Three.</li><li>Four.</ul></article></body></html>`,
			title:  "Siege",
			blocks: []blockText{para("One."), {article.BlockHeading, 2, "Later"}, para("Two."), {article.BlockListItem, 0, "Three."}, {article.BlockListItem, 0, "Four."}},
		},
		{
			name:   "the article with the most text, not a teaser",
			src:    `<article><p>Teaser.</p></article><article><p>The long article text.</p><p>More of it.</p></article>`,
			blocks: []blockText{para("The long article text."), para("More of it.")},
		},
		{
			name:   "main when there is no article",
			src:    `<div><p>Outside main, but a longer paragraph than the one inside.</p></div><main><p>Inside main.</p></main>`,
			blocks: []blockText{para("Inside main.")},
		},
		{
			name:   "else the largest run of paragraphs",
			src:    `<div id="a"><p>Short.</p></div><div id="b"><p>First of the story.</p><p>Second of the story.</p><blockquote>A quote.</blockquote></div>`,
			blocks: []blockText{para("First of the story."), para("Second of the story."), para("A quote.")},
		},
		{
			name: "boilerplate is left out",
			src: `<article><header><h1>T</h1><p>By a reporter</p></header><nav>Home</nav>` +
				`<div class="share-buttons">Share this</div><p>Text.</p><figure><figcaption>A caption.</figcaption></figure>` +
				`<aside>Aside.</aside><div class="relatedLinks"><p>Related story.</p></div><form><p>Sign up.</p></form>` +
				`<p hidden>Hidden.</p><p style="display: none">Hidden too.</p><span class="sr-only">For readers.</span>` +
				`<div role="navigation"><p>Nav.</p></div><script>var x = "<p>no</p>";</script><style>p{}</style>` +
				`<footer><p>Footer.</p></footer><p>End.</p></article>`,
			title:  "T",
			blocks: []blockText{para("Text."), para("End.")},
		},
		{
			name:   "a body class marks nothing; the article's own class is heeded over its other names",
			src:    `<body class="has-sidebar has-cookie-banner"><div class="entry-content no-comments"><p>Kept.</p><p>Kept too.</p></div></body>`,
			blocks: []blockText{para("Kept."), para("Kept too.")},
		},
		{
			name:   "class names set aside when heeding them leaves nothing",
			src:    `<div class="comments-open"><p>The only text.</p></div>`,
			blocks: []blockText{para("The only text.")},
		},
		{
			name:   "inline boilerplate inside a paragraph is dropped",
			src:    `<p>Rebels took the town <span class="share">Share</span>on Friday.</p>`,
			blocks: []blockText{para("Rebels took the town on Friday.")},
		},
		{
			// "&not" is a legacy reference, read without its ";" as
			// HTML5 reads it.
			name:   "references decoded, white space collapsed, soft hyphens dropped",
			src:    "<p>  Atar&shy;eb &amp; Azaz\n\tlay 14&nbsp;km&#160;apart &mdash; &#x2014; &notit; &bogus; AT&T </p>",
			blocks: []blockText{para("Atareb & Azaz lay 14 km apart — — ¬it; &bogus; AT&T")},
		},
		{
			name:   "implicit ends: an unclosed p, list item, heading and head",
			src:    `<head><title>Page</title><p>One<p>Two<ul><li>A<li>B</ul><h2>H<h3>I</h3>`,
			title:  "Page",
			blocks: []blockText{para("One"), para("Two"), {article.BlockListItem, 0, "A"}, {article.BlockListItem, 0, "B"}, {article.BlockHeading, 2, "H"}, {article.BlockHeading, 3, "I"}},
		},
		{
			name:   "one <br> is a space, two break the block",
			src:    `<p>Line one<br>line two<br><br>Another block</p>`,
			blocks: []blockText{para("Line one line two"), para("Another block")},
		},
		{
			name:   "og:title before <title>",
			src:    `<head><title>Headline | Site</title><meta property="og:title" content="Headline &amp; more"></head><p>Text.</p>`,
			title:  "Headline & more",
			blocks: []blockText{para("Text.")},
		},
		{
			name:   "misnested and unclosed markup",
			src:    `<p><b>Bold <i>both</b> italic</i> plain</p><div><p>Unclosed <a href="x">link`,
			blocks: []blockText{para("Bold both italic plain"), para("Unclosed link")},
		},
		{
			name: "nothing to read",
			src:  `<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(tt.src)
			title, blocks := texts(p)
			if title != tt.title {
				t.Errorf("title %q, want %q", title, tt.title)
			}
			if diff := cmp.Diff(tt.blocks, blocks); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
			checkPage(t, tt.src, p)
		})
	}
}

func TestDate(t *testing.T) {
	const body = `<article><header><time datetime="2014-01-11">11 Jan</time></header><p>Text.</p></article>`
	day := func(d int) claims.Day { return claims.NewDay(2014, 1, d) }
	tests := []struct {
		name, src string
		date      claims.Day
		value     string
	}{
		{"Open Graph first", `<meta name="date" content="2014-01-14"><meta property="article:published_time" content="2014-01-13T10:00:00Z">` +
			`<script type="application/ld+json">{"datePublished": "2014-01-12"}</script>` + body, day(13), "2014-01-13T10:00:00Z"},
		{"then JSON-LD", `<meta name="date" content="2014-01-14"><script type="application/ld+json">{"@graph": [{"@type": "WebPage", "name": "x"}, {"@type": "NewsArticle", "datePublished": "2014-01-12T08:00:00+02:00"}]}</script>` + body,
			day(12), "2014-01-12T08:00:00+02:00"},
		{"then itemprop", `<meta name="date" content="2014-01-14"><meta itemprop="datePublished" content="January 15, 2014">` + body, day(15), "January 15, 2014"},
		{"then meta name", `<meta name="DC.date.issued" content="2014-01-14">` + body, day(14), "2014-01-14"},
		{"then the time in the article's header", body, day(11), "2014-01-11"},
		{"a time before the article's first paragraph", `<article><p class="dateline"><time datetime="2014-01-10">Jan 10</time></p><p>Text.</p></article>`, day(10), "2014-01-10"},
		{"not a time later in the text", `<article><p>Text.</p><p>On <time datetime="2014-01-09">9 Jan</time> it ended.</p></article>`, 0, ""},
		{"not a time outside the article", `<header><time datetime="2014-01-09">Today</time></header><article><p>Text.</p></article>`, 0, ""},
		{"an unreadable value is skipped", `<meta property="article:published_time" content="soon"><meta name="date" content="2014-01-14">` + body, day(14), "2014-01-14"},
		{"malformed JSON-LD gives what it has", `<script type="application/ld+json">{"datePublished": "2014-01-12", "x": [</script>` + body, day(12), "2014-01-12"},
		{"unquoted and single-quoted attributes", `<meta content=2014-01-16 name=date>` + body, day(16), "2014-01-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(tt.src)
			if p.HasDate != (tt.date != 0) || p.Date != tt.date {
				t.Fatalf("date %v (%v), want %v", p.Date, p.HasDate, tt.date)
			}
			if sp := p.DateSpan; p.HasDate && (sp.Text != tt.value || tt.src[sp.Offset:sp.End()] != sp.Text) {
				t.Errorf("date span %+v, want %q at its place", sp, tt.value)
			}
		})
	}
}

func TestIsHTML(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"page.html", "anything", true},
		{"PAGE.HTM", "", true},
		{"a.xhtml", "", true},
		{"-", "<!DOCTYPE html>\n<html>", true},
		{"-", "\ufeff  \n<!doctype HTML><p>x", true},
		{"-", "<html lang=en>", true},
		{"-", "<HTML>", true},
		{"-", "<?xml version=\"1.0\"?>\n<!-- saved -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"notes.txt", "<htmlfoo>", false},
		{"notes.txt", "Use <html> tags.", false},
		{"notes.txt", "<p>A paragraph</p>", false},
		{"notes.txt", "<!-- unclosed", false},
		{"notes.txt", "= Title =\n", false},
	} {
		if got := IsHTML(tt.name, []byte(tt.text)); got != tt.want {
			t.Errorf("IsHTML(%q, %q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestOffsets checks the map from the rendered text to the source on a
// page with references, collapsed white space and tags inside a
// sentence.
func TestOffsets(t *testing.T) {
	src := "<p>A  car\nbomb <b>killed</b> 26&nbsp;people &amp; more.</p>\n<p>Next.</p>"
	p := Read(src)
	if p.Text != "A car bomb killed 26 people & more.\n\nNext." {
		t.Fatalf("text %q", p.Text)
	}
	for _, tt := range []struct {
		word, source string
	}{
		{"A", "A"},
		{"car", "car"},
		{"bomb killed", "bomb <b>killed"},
		{"26 people", "26&nbsp;people"},
		{"&", "&amp;"},
		{"A car bomb", "A  car\nbomb"},
		{"Next.", "Next."},
	} {
		i := strings.Index(p.Text, tt.word)
		off, n := p.Map.Span(i, len(tt.word))
		if got := src[off : off+n]; got != tt.source {
			t.Errorf("%q maps to %q, want %q", tt.word, got, tt.source)
		}
	}
}

// checkPage checks what holds for every page: the title and blocks lie
// in the text, in order and apart; every offset of the text maps inside
// the source, in order within a block; the date span is the source's.
func checkPage(t *testing.T, src string, p *Page) {
	t.Helper()
	prev := p.Title[1]
	if p.Title[0] < 0 || p.Title[0] > p.Title[1] || p.Title[1] > len(p.Text) {
		t.Fatalf("title range %v outside the text (%d bytes)", p.Title, len(p.Text))
	}
	for _, b := range p.Blocks {
		if b.Start < prev || b.End <= b.Start || b.End > len(p.Text) {
			t.Fatalf("block %+v out of order or outside the text (%d bytes)", b, len(p.Text))
		}
		prev = b.End
		last := -1
		for r := b.Start; r <= b.End; r++ {
			s, e := p.Map.Start(r), p.Map.End(r)
			if s < 0 || s > len(src) || e < 0 || e > len(src) {
				t.Fatalf("offset %d maps to [%d, %d), outside the source (%d bytes)", r, s, e, len(src))
			}
			if r < b.End && s < last {
				t.Fatalf("offset %d maps to %d, before %d", r, s, last)
			}
			last = s
		}
		if off, n := p.Map.Span(b.Start, b.End-b.Start); off < 0 || n <= 0 || off+n > len(src) {
			t.Fatalf("block %+v maps to [%d,+%d)", b, off, n)
		}
	}
	if sp := p.DateSpan; p.HasDate && (sp.Offset < 0 || sp.End() > len(src) || src[sp.Offset:sp.End()] != sp.Text) {
		t.Fatalf("date span %+v not in the source", sp)
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{
		`<!DOCTYPE html><html><head><title>T &amp; U</title><meta property="article:published_time" content="2014-01-13"></head>` +
			`<body><article><h1>T</h1><p>On 3&nbsp;March 2014, 26 people<br>were <b>killed</b>.</p><h2>Later</h2><ul><li>Rebels left.</ul></article></body></html>`,
		`<p>a<p>b<li>c<h2>d<h3>e</table></p></br>`,
		`<script type="application/ld+json">{"datePublished": "2014-01-12", "x": [</script><time datetime=2014-01-01 pubdate>`,
		`<div class="share"><p>x</p></div><svg><title>t</title><p>y</p></svg><p>&#0;&#xFFFFFF;&amp`,
		"<title>\r\n x</title><textarea><p>not</p></textarea><plaintext><p>",
		`<meta content='2014-01-16' name=date><a href="x`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkPage(t, src, Read(src))
	})
}
