// Package extract turns documents into claims.
//
// It reads the plain-text article format of Concord's seed corpus, which is
// the shape most encyclopedia and news text takes once markup is stripped:
//
//   - a title line "= Title =" or, where there is none, a first line set
//     off by a blank line that does not end like a sentence (any other
//     first line is text, so a one-line document gives claims);
//   - headings "== Heading ==" of any depth, recorded as each claim's
//     section path;
//   - "Infobox" blocks of "- Key: value" lines, each line a claim source
//     whose section is ["Infobox", Key];
//   - list items ("- ...") and paragraphs of running prose;
//   - citation markers such as "[36]", "[36][37]" and "[better source
//     needed]", recorded as the citations of the sentence they follow and
//     kept out of the words used for matching.
//
// Sentences come from the Punkt segmenter of github.com/jdkato/prose/v3,
// which keeps byte offsets. Every sentence and infobox line yields at least
// one [claims.Claim] whose Text is the whole sentence and whose Provenance
// is exact: src[Offset:Offset+Length] == Text. A sentence with several
// dated clauses yields one claim per clause.
//
// Each claim is dated by a narrative temporal tagger (the last date
// mentioned anchors partial and relative dates, as in HeidelTime's
// narrative mode) and carries the quantities, mentions, attribution and
// hedges read from its clause, and its event frames ([claims.Frame]: what
// happened, who acted, whom and where it befell, with what toll and
// cause, and whether it goes on telling the previous claim's event). A
// claim's Event is its first frame's; a mention's Role is its role in the
// first frame that gives it one; a count's Participant and Side come from
// the frame reader. A news report with a dateline or a publication line
// ("BEIRUT, 14 January 2014 —", "Published January 13, 2014") is read
// against that date instead: "on Friday" is the Friday before it, and a
// sentence without a date of its own happened on or before it. The date
// of a reporting verb ("activists said on Tuesday that ...") is the
// claim's Reported date, kept apart from the date of the event.
//
// # Saved web pages
//
// A document named *.html, *.htm or *.xhtml, or whose first bytes are
// "<!DOCTYPE html" or "<html", is read as a saved web page: its article
// is rendered to text (title, headings, paragraphs and list items;
// navigation, share buttons, related links, captions, footers and
// scripts left out) with the HTML5 tokenizer of golang.org/x/net/html,
// claims are read from that text, and every offset of every claim is
// then mapped back to the HTML. The rule: Offset, Length, Line and
// Column point into the HTML file (a sentence's line and column are
// where its first character is), every Text field is the rendered text.
// Where a sentence has no tags, character references or line breaks
// inside, src[Offset:Offset+Length] == Text as for plain text; otherwise
// the span covers the markup the text was rendered from, and an offset
// taken relative to the sentence's indexes its Text only after checking
// that the bytes agree. The page's meta tags, JSON-LD or <time> element
// give its date (a [claims.DateFromMetaTag] date).
//
// # A document's own date
//
// A report's own date comes, in this order, from the caller
// ([Source].Published, `--published FILE=DATE` on the command line),
// from the date of its dateline (the day it was filed), from its
// metadata (front matter: a leading "---" block whose "published" or
// "date" key gives the date and whose "title" key gives the title; the
// block gives no claims and the text after it keeps its lines and
// columns; a web page's meta tags), or from a publication line in its
// text.
// [Extractor.DocumentResult] returns it with the claims, as a
// [claims.DocumentDate] saying where it was read and which date it
// replaced; [Extractor.Document] returns the claims alone.
//
// Usage:
//
//	ex, err := extract.New(extract.Options{})
//	if err != nil { ... }
//	cs, err := ex.Read(ctx, "article.txt", f)
//
// Bad input (NUL bytes, invalid UTF-8, UTF-16, over-long lines) gives a
// [*DocumentError] naming the document and, where it can, the line and
// column; an empty document gives no claims. Package corpus decodes UTF-16
// before extraction.
//
// The work is done by internal packages, one per step of the pipeline:
// internal/article reads the format into sentence units; internal/token
// splits each unit into tokens once; internal/timex dates its clauses;
// internal/quantity reads their numbers; internal/content finds mentions,
// attribution, hedges and declared aliases; internal/frame reads the event
// frames of each clause from its words, mentions and counts, with the
// lemma keys and classes of internal/lexicon. The date, quantity and
// content readers read the same tokens. Each step runs over every unit of
// a document before the next one starts, so that the code of one step
// stays in the processor's cache while it runs.
package extract
