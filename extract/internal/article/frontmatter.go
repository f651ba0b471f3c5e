package article

import (
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
)

// FrontMatter is what a document's front matter says of it: the block
// of "key: value" lines between two "---" lines that static site
// generators and many CMS exports put first. It is metadata, not prose:
// no claim is read from it.
//
//	---
//	title: Rebels take Atareb
//	date: 2014-01-13
//	tags: [syria]
//	---
//
// "title" gives the title; "published" (or "datePublished",
// "publishDate", "pubDate") and else "date" give the document's own
// date, in one of the forms [ParseDateValue] reads. Other keys are
// skipped. A block that does not close within [maxFrontLines] lines, or
// holds a line that is neither a key, a comment, a list item nor an
// indented continuation, is no front matter: the document is read as
// text from its first line.
type FrontMatter struct {
	// End is the offset just past the closing line; 0 when the
	// document has no front matter.
	End int
	// Title is the title's value, unquoted; empty without one.
	Title string
	// Date is the document's date when HasDate is set; DateSpan is the
	// value it was read from.
	Date     claims.Day
	DateSpan claims.Span
	HasDate  bool
}

// maxFrontLines is the most lines a front matter block may have,
// counting its closing line: front matter is a handful of keys, and a
// "---" rule near the top of a text must not swallow its paragraphs.
const maxFrontLines = 100

// ReadFrontMatter reads the front matter src opens with. ok is false
// when src has none.
func ReadFrontMatter(src string) (fm FrontMatter, ok bool) {
	start := 0
	if strings.HasPrefix(src, "\ufeff") {
		start = len("\ufeff")
	}
	first, next := lineAt(src, start)
	if !isFence(first, false) || next >= len(src) {
		return FrontMatter{}, false
	}
	dateRank := 0
	keys := 0
	for n, off := 0, next; n < maxFrontLines && off < len(src); n++ {
		ln, after := lineAt(src, off)
		if isFence(ln, true) {
			if keys == 0 {
				return FrontMatter{}, false
			}
			fm.End = after
			return fm, true
		}
		trimmed := strings.TrimSpace(ln)
		switch {
		case trimmed == "" || trimmed[0] == '#':
		case ln[0] == ' ' || ln[0] == '\t' || strings.HasPrefix(ln, "- ") || ln == "-":
			// A continuation or a list item: only after a key.
			if keys == 0 {
				return FrontMatter{}, false
			}
		default:
			k, vs, ve, isKey := frontKey(ln)
			if !isKey {
				return FrontMatter{}, false
			}
			keys++
			vs, ve = unquote(ln, vs, ve)
			value := ln[vs:ve]
			switch k {
			case "title":
				if value != "" && value != "|" && value != ">" {
					fm.Title = value
				}
			default:
				if r := dateKeyRank(k); r > dateRank {
					if d, ok := ParseDateValue(value); ok {
						fm.Date, fm.HasDate, dateRank = d, true, r
						fm.DateSpan = claims.Span{Offset: off + vs, Length: ve - vs, Text: value}
					}
				}
			}
		}
		off = after
	}
	return FrontMatter{}, false
}

// lineAt returns the line that starts at off, without its line break
// (and "\r"), and the offset of the next line.
func lineAt(src string, off int) (string, int) {
	end, next := len(src), len(src)
	if i := strings.IndexByte(src[off:], '\n'); i >= 0 {
		end, next = off+i, off+i+1
	}
	if end > off && src[end-1] == '\r' {
		end--
	}
	return src[off:end], next
}

// isFence reports whether ln is "---" (or, closing, YAML's "...") with
// nothing but trailing white space.
func isFence(ln string, closing bool) bool {
	ln = strings.TrimRight(ln, " \t")
	return ln == "---" || closing && ln == "..."
}

// frontKey reads "key: value" and returns the key folded (lower case,
// no "_" or "-") and where the value starts and ends in ln, trimmed.
// A key starts with a letter and holds letters, digits, "_", "-" and
// "."; the colon is followed by white space or the end of the line.
func frontKey(ln string) (key string, vs, ve int, ok bool) {
	i := 0
	for i < len(ln) && (isASCIILetter(ln[i]) || i > 0 && (ln[i] >= '0' && ln[i] <= '9' || ln[i] == '_' || ln[i] == '-' || ln[i] == '.')) {
		i++
	}
	if i == 0 || i == len(ln) || ln[i] != ':' || i+1 < len(ln) && ln[i+1] != ' ' && ln[i+1] != '\t' {
		return "", 0, 0, false
	}
	b := make([]byte, 0, i)
	for k := 0; k < i; k++ {
		c := ln[k]
		switch {
		case c == '_' || c == '-':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	vs, ve = i+1, len(ln)
	for vs < ve && (ln[vs] == ' ' || ln[vs] == '\t') {
		vs++
	}
	for ve > vs && (ln[ve-1] == ' ' || ln[ve-1] == '\t') {
		ve--
	}
	return string(b), vs, ve, true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// unquote narrows the value ln[vs:ve] to what is inside its quotes, or
// cuts an unquoted value's trailing " # comment".
func unquote(ln string, vs, ve int) (int, int) {
	if vs == ve {
		return vs, ve
	}
	if q := ln[vs]; q == '"' || q == '\'' {
		if j := strings.IndexByte(ln[vs+1:ve], q); j >= 0 {
			return vs + 1, vs + 1 + j
		}
		return vs, ve
	}
	if j := strings.Index(ln[vs:ve], " #"); j >= 0 {
		ve = vs + j
		for ve > vs && (ln[ve-1] == ' ' || ln[ve-1] == '\t') {
			ve--
		}
	}
	return vs, ve
}

// dateKeyRank ranks the keys that give a document's date: a
// publication date before a plain "date"; 0 for other keys.
func dateKeyRank(key string) int {
	switch key {
	case "published", "datepublished", "publishdate", "publisheddate", "publishedat", "pubdate", "publicationdate":
		return 2
	case "date":
		return 1
	}
	return 0
}

// dateLayouts are the forms of a date ParseDateValue reads besides ISO
// 8601: written out ("January 13, 2014", "13 January 2014") and the
// dates of feeds and mail headers (RFC 1123, RFC 822).
var dateLayouts = []string{
	"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan 2 2006", "Jan. 2, 2006",
	"2 January 2006", "2 Jan 2006", "Monday, January 2, 2006", "Monday, 2 January 2006",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC822Z, time.RFC822,
}

// ParseDateValue reads a date given as a value, in metadata: ISO 8601
// ("2014-01-13", "2014-01-13T10:00:00Z", "2014-01-13 10:00:00 +0000":
// the calendar day written, whatever the time and zone after it),
// written out ("January 13, 2014", "Jan 13, 2014", "13 January 2014")
// or as in feeds ("Mon, 13 Jan 2014 10:00:00 +0000"). A timestamp is
// the day it names in its own zone, never converted to UTC.
func ParseDateValue(s string) (claims.Day, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && isDigits(s[:4]) && s[4] == '-' && isDigits(s[5:7]) && s[7] == '-' && isDigits(s[8:10]) &&
		(len(s) == 10 || s[10] == 'T' || s[10] == 't' || s[10] == ' ') {
		t, err := time.Parse(time.DateOnly, s[:10])
		if err != nil {
			return 0, false
		}
		return claims.NewDay(t.Date()), true
	}
	if len(s) > 40 {
		return 0, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return claims.NewDay(t.Date()), true
		}
	}
	return 0, false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
