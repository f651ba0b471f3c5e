package main

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/concordfacts/concord/claims"
)

// render writes res in the named format.
func render(w io.Writer, format string, res *result, color bool) error {
	switch format {
	case "text":
		writeText(w, res, color)
		return nil
	case "json":
		return writeJSON(w, checkJSON{Report: res.rep, DocumentDates: res.dates, Warnings: res.warnings})
	case "sarif":
		return writeSARIF(w, res)
	case "github":
		writeGitHub(w, res)
		return nil
	case "html":
		return writeHTML(w, res)
	}
	return fmt.Errorf("unknown format %q", format)
}

// group is the findings about one event, in display order.
type group struct {
	event    string
	findings []claims.Finding
}

// groupByEvent groups findings by event. Groups with a conflict come first,
// then groups with a variant, then the rest; ties keep the order of the
// report. Within a group, findings are ordered by kind (conflicts first),
// then as in the report.
func groupByEvent(fs []claims.Finding) []group {
	index := map[string]int{}
	var gs []group
	for _, f := range fs {
		i, ok := index[f.Event]
		if !ok {
			i = len(gs)
			index[f.Event] = i
			gs = append(gs, group{event: f.Event})
		}
		gs[i].findings = append(gs[i].findings, f)
	}
	for i := range gs {
		sort.SliceStable(gs[i].findings, func(a, b int) bool {
			return gs[i].findings[a].Kind.Severity() > gs[i].findings[b].Kind.Severity()
		})
	}
	sort.SliceStable(gs, func(a, b int) bool {
		return gs[a].findings[0].Kind.Severity() > gs[b].findings[0].Kind.Severity()
	})
	return gs
}

// valueRange locates the i-th compared value within the text of the i-th
// claim: by its ValueSpan when it lies inside the claim's text and agrees
// with it, else by searching the text for the value (exactly, then ignoring
// ASCII case). start and end are byte offsets into the claim's Text.
func valueRange(f claims.Finding, i int) (start, end int, ok bool) {
	if i >= len(f.Claims) {
		return 0, 0, false
	}
	c := f.Claims[i]
	if i < len(f.ValueSpans) {
		sp := f.ValueSpans[i]
		s := sp.Offset - c.Provenance.Offset
		if sp.Length > 0 && s >= 0 && s+sp.Length <= len(c.Text) && c.Text[s:s+sp.Length] == sp.Text {
			return s, s + sp.Length, true
		}
	}
	if i < len(f.Values) && f.Values[i] != "" {
		v := f.Values[i]
		if j := strings.Index(c.Text, v); j >= 0 {
			return j, j + len(v), true
		}
		if j := indexFoldASCII(c.Text, v); j >= 0 {
			return j, j + len(v), true
		}
	}
	return 0, 0, false
}

// indexFoldASCII is strings.Index ignoring ASCII case, so that the match
// has the byte length of sub.
func indexFoldASCII(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if asciiFoldEqual(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

func asciiFoldEqual(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// position is a place in a document: 1-based line, byte column and UTF-16
// column.
type position struct {
	line, col, col16 int
}

// position returns the position of the byte at off within claim c's text
// (0 ≤ off ≤ len(c.Text)). With the document's text at hand it is exact;
// for a sentence rendered from markup (a web page, whose source bytes
// are not its text) it is that of the same word in the source; otherwise
// it is counted from the claim's provenance, taking the part of the line
// before the claim to be ASCII.
func (r *result) position(c claims.Claim, off int) position {
	p := c.Provenance
	off = min(max(off, 0), len(c.Text))
	at := func(doc string, abs int) position {
		ls := strings.LastIndexByte(doc[:abs], '\n') + 1
		return position{
			line:  1 + strings.Count(doc[:abs], "\n"),
			col:   abs - ls + 1,
			col16: utf16Len(doc[ls:abs]) + 1,
		}
	}
	if doc, ok := r.docs.text(p.Doc); ok && p.Offset >= 0 {
		if p.Offset+len(c.Text) <= len(doc) && doc[p.Offset:p.Offset+len(c.Text)] == c.Text {
			return at(doc, p.Offset+off)
		}
		if p.Length > 0 && p.Offset+p.Length <= len(doc) {
			return at(doc, p.Offset+sourceOffset(doc[p.Offset:p.Offset+p.Length], c.Text, off))
		}
	}
	pre := c.Text[:off]
	if nl := strings.LastIndexByte(pre, '\n'); nl >= 0 {
		rest := pre[nl+1:]
		return position{line: p.Line + strings.Count(pre, "\n"), col: len(rest) + 1, col16: utf16Len(rest) + 1}
	}
	return position{line: p.Line, col: p.Column + len(pre), col16: p.Column + utf16Len(pre)}
}

// sourceOffset returns where the byte at off of a rendered text is in
// src, the markup it was rendered from: the start or the end of src for
// the text's start or end, else where the word at off occurs in src as
// often as it occurs in the text before off, else the same fraction of
// src.
func sourceOffset(src, text string, off int) int {
	if off <= 0 {
		return 0
	}
	if off >= len(text) {
		return len(src)
	}
	end := off
	for end < len(text) && end-off < 24 && text[end] != ' ' {
		end++
	}
	if w := text[off:end]; w != "" {
		n := strings.Count(text[:off], w)
		from := 0
		for i := 0; ; i++ {
			k := strings.Index(src[from:], w)
			if k < 0 {
				break
			}
			if i == n {
				return from + k
			}
			from += k + len(w)
		}
	}
	return min(off*len(src)/len(text), len(src))
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

// artifactPath returns a document name as a path for code-scanning tools:
// relative to the working directory when it lies below it, with forward
// slashes.
func artifactPath(doc string) string {
	p := doc
	if filepath.IsAbs(p) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
				p = rel
			}
		}
	}
	p = filepath.ToSlash(filepath.Clean(p))
	return p
}

// artifactURI returns a document name as a SARIF artifact URI: a relative
// reference for relative paths, a file URI for absolute ones.
func artifactURI(doc string) string {
	p := artifactPath(doc)
	if strings.HasPrefix(p, "/") {
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

// counts are the numbers shown in a summary line.
type counts struct {
	conflicts, variants, corroborations, accepted, stale int
}

func countFindings(res *result) counts {
	var c counts
	for _, f := range res.rep.Findings {
		switch f.Kind {
		case claims.Conflict:
			c.conflicts++
		case claims.Variant:
			c.variants++
		case claims.Corroboration:
			c.corroborations++
		}
		if f.Accepted {
			c.accepted++
		}
	}
	c.stale = len(res.rep.Stale)
	return c
}

// String is the summary line.
func (c counts) String() string {
	s := plural(c.conflicts, "conflict") + ", " + plural(c.variants, "variant") + ", " + plural(c.corroborations, "corroboration")
	if c.accepted > 0 {
		s += fmt.Sprintf(" (%d accepted by the baseline)", c.accepted)
	}
	if c.stale > 0 {
		s += "; " + plural(c.stale, "stale baseline entry")
	}
	return s
}

// summaryLine counts the findings, documents, claims and warnings of a
// run, for the last line of the text and github formats.
func summaryLine(res *result) string {
	s := fmt.Sprintf("%s; %s, %s", countFindings(res), plural(len(res.rep.Documents), "document"), plural(res.rep.Claims, "claim"))
	if n := len(res.warnings); n > 0 {
		s += "; " + plural(n, "warning") + " (on standard error)"
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "entry") {
		return fmt.Sprintf("%d %sentries", n, strings.TrimSuffix(what, "entry"))
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// squash makes document text safe and compact for one line of a terminal
// or log: runs of white space become one space, and control characters
// (which could drive a terminal) become U+FFFD.
func squash(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case isControl(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
		space = false
	}
	return b.String()
}

// isControl reports whether r is a C0 or C1 control character (or DEL),
// or stands for invalid UTF-8.
func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError
}

// safeLine makes a name or message safe for one line of a terminal or log:
// every control character, line breaks and tabs included, becomes U+FFFD,
// so that a file named "x\n::error ..." cannot start a line of its own
// (a GitHub workflow command) and "\x1b[..." cannot drive a terminal.
func safeLine(s string) string {
	clean := true
	for _, r := range s {
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sideNotes lists the attribution and hedges of a claim, for a person.
func sideNotes(c claims.Claim) []string {
	var out []string
	for _, a := range c.Attribution {
		if a.Source == "" {
			// "It was reported that", "Another report put": no named source
			out = append(out, "attributed: unnamed source ("+squash(a.Cue)+")")
			continue
		}
		s := strings.TrimSpace(a.Cue + " " + a.Source)
		if a.Span.Text != "" {
			s = a.Span.Text
		}
		out = append(out, "attributed: "+squash(s))
	}
	if len(c.Hedges) > 0 {
		var hs []string
		for _, h := range c.Hedges {
			hs = append(hs, squash(h.Cue))
		}
		out = append(out, "hedged: "+strings.Join(hs, ", "))
	}
	if d := c.Date; d != nil && d.LowConfidence {
		out = append(out, "date is low-confidence")
	}
	return out
}
