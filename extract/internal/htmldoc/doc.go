// Package htmldoc reads a saved web page (a news report saved from a
// browser, a CMS export) into the text of its article, for the sentence
// reader of package article.
//
// The page is read with the HTML5 tokenizer of golang.org/x/net/html,
// which gives every token's source bytes, and a stack of open elements
// that closes elements as HTML5's tree construction does where it
// matters for text (an open <p> before a block, a list item before the
// next, an unclosed <head> before the body). [Read] returns a [Page]:
//
//   - Text: the article, rendered: the title, then each heading,
//     paragraph and list item ([Page].Blocks), set off by blank lines.
//     Character references are decoded, white space runs are one space,
//     a no-break space is a space, soft hyphens are dropped.
//   - The article is the text of the <article> (or role="article",
//     itemprop="articleBody") with the most text in <p> elements; else
//     of such a <main>; else of the element holding the largest run of
//     <p> elements. Scripts, styles, navigation, headers, footers,
//     asides, forms and buttons, figures and their captions, hidden
//     elements, and elements whose class, id or role names boilerplate
//     (share buttons, related links, cookie banners, newsletter boxes,
//     comments, advertisements) are left out; the class names are set
//     aside only when heeding them would leave no text at all.
//   - Title: the article's first <h1> (also in its header), else the
//     og:title meta tag, else the <title>, else the page's first <h1>.
//   - Date: the publication date of the page's metadata, in this order:
//     <meta property="article:published_time">, JSON-LD
//     "datePublished", itemprop="datePublished", <meta name="date"> and
//     its kin, and a <time datetime> in the article's header (or before
//     its first paragraph, or marked pubdate); values are read with
//     article.ParseDateValue. DateSpan points at the value in the source.
//
// # Offsets
//
// Claims are read from the rendered text, and [Page].Map maps every
// offset of it back to the HTML source: [Map.Start] gives where the
// source bytes of a rendered byte start, [Map.End] where those before a
// rendered offset end. A span [a, b) of the text is the source span
// [Start(a), End(b)). The rule for claims read from a page is: every
// Offset, Length, Line and Column points into the HTML file (the line
// and column of a sentence are where its first character is in the
// source), while every Text field holds the rendered text. Where the
// source of a sentence has no tags, references or line breaks inside,
// src[Offset:Offset+Length] is its Text, as for a plain-text document;
// otherwise the source span covers the markup the text was rendered
// from. Offsets inside a sentence taken relative to its own (a
// quantity's Offset minus the sentence's) index its Text only in the
// first case: compare Text before relying on them.
//
// Read never fails and never panics on malformed markup: a page without
// an article gives what text it has, and every mapped offset is inside
// the source.
package htmldoc
