package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/token"
)

// ItemKind tells a heading from a unit in a parsed document.
type ItemKind int

const (
	HeadingItem ItemKind = iota
	UnitItem
)

// Unit is one sentence or infobox line to read claims from.
type Unit struct {
	// text is the original bytes of the sentence or infobox line.
	Text string
	// masked is text with citation markers blanked to spaces: the same
	// length, so offsets into it are offsets into text. Matching reads
	// masked, never text.
	Masked string
	// offset is where text starts in the document.
	Offset    int
	Kind      claims.SourceKind
	Section   []string
	Citations []claims.Citation
	// block counts paragraphs, list items and infobox lines in reading
	// order; paraStart is set on the first sentence of a block.
	Block     int
	ParaStart bool
	// key is the infobox key for an infobox line.
	Key string
}

// Item is a heading or a unit, in reading order.
type Item struct {
	Kind ItemKind
	// heading fields
	Level         int
	Heading       string
	HeadingOffset int
	// unit fields
	Unit *Unit
}

// Document is a document split into headings and units.
type Document struct {
	Name  string
	Src   string
	Title string
	// titleLine is set when the title came from a "= Title =" line.
	TitleLine bool
	// Front is the document's front matter; Front.End is 0 without one.
	Front FrontMatter
	Items []Item
	// pieces, sents and spans are scratch space for addSentences.
	pieces, sents, spans [][2]int
	// lines is the document's lines.
	lines []line
	// units holds the units, in blocks that never move, so that items
	// can point at them; next is the first free one of the last block.
	units [][]Unit
	next  int
	// blockUnits is scratch space for addSentences.
	blockUnits []*Unit
}

// unitBlock is the number of units in one block of Document.units.
const unitBlock = 128

// newUnit returns a pointer to a free zero unit of p.
func (p *Document) newUnit() *Unit {
	if len(p.units) == 0 || p.next == len(p.units[len(p.units)-1]) {
		if len(p.units) < cap(p.units) && p.units[:len(p.units)+1][len(p.units)] != nil {
			// A block kept from an earlier document.
			p.units = p.units[:len(p.units)+1]
		} else {
			p.units = append(p.units, make([]Unit, unitBlock))
		}
		p.next = 0
	}
	u := &p.units[len(p.units)-1][p.next]
	p.next++
	return u
}

// Release drops what p holds of its document, keeping the storage of its
// items, lines and unit blocks for the next one.
func (p *Document) Release() {
	for _, b := range p.units {
		clear(b)
	}
	// Items are only appended: those of earlier documents were cleared.
	clear(p.Items)
	*p = Document{
		Items: p.Items[:0], pieces: p.pieces[:0], sents: p.sents[:0], spans: p.spans[:0],
		lines: p.lines[:0], units: p.units[:0], blockUnits: p.blockUnits[:0],
	}
}

var (
	// citationRE matches one citation marker: a footnote number or letter
	// ([36], [a], [note 3]) or an inline maintenance tag ([citation needed],
	// [better source needed], [when?]). Editorial brackets in quotations
	// ("[the rebels]") are not markers and stay text.
	citationRE = regexp.MustCompile(`\[((?:[0-9]{1,4}|[a-z]|note[\s\x{a0}][0-9]{1,3}|[a-z][^\[\]\n]{0,40}?(?:needed|\?)))\]`)
)

// line is one line of the source: [start,end) without the newline.
type line struct {
	start, end int
}

func splitLines(out []line, src string) []line {
	out = slices.Grow(out, strings.Count(src, "\n")+1)
	start := 0
	for {
		n := strings.IndexByte(src[start:], '\n')
		if n < 0 {
			break
		}
		i := start + n
		end := i
		if end > start && src[end-1] == '\r' {
			end--
		}
		out = append(out, line{start, end})
		start = i + 1
	}
	if start < len(src) {
		end := len(src)
		if src[end-1] == '\r' {
			end--
		}
		out = append(out, line{start, end})
	}
	return out
}

// Parser splits documents into headings and sentence units. It is safe
// for concurrent use.
type Parser struct {
	seg *segment.Segmenter
}

// NewParser returns a parser with the Punkt sentence model loaded.
func NewParser() (*Parser, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	return &Parser{seg: seg}, nil
}

// Parse splits src into a title, headings and blocks, and segments blocks
// into sentence units.
func (e *Parser) Parse(name, src string) *Document {
	return e.ParseInto(new(Document), name, src)
}

// ParseInto is Parse into p, a zero or released Document whose storage it
// reuses.
func (e *Parser) ParseInto(p *Document, name, src string) *Document {
	p.Name, p.Src = name, src
	p.lines = splitLines(p.lines[:0], src)
	lines := p.lines
	// Room for every line and about one sentence in each ". ".
	p.Items = slices.Grow(p.Items[:0], len(lines)+strings.Count(src, ". "))
	var path []string // heading path
	var levels []int  // heading level for each path entry
	block := 0
	titleDone := false
	inInfobox := false
	if strings.HasPrefix(src, "---") || strings.HasPrefix(src, "\ufeff---") {
		if fm, ok := ReadFrontMatter(src); ok {
			p.Front = fm
			if fm.Title != "" {
				p.Title, titleDone = fm.Title, true
			}
		}
	}

	// paragraph accumulation: consecutive non-blank prose lines
	paraStart, paraEnd := -1, -1
	flush := func() {
		if paraStart < 0 {
			return
		}
		e.addSentences(p, paraStart, paraEnd, claims.SourceSentence, path, block)
		block++
		paraStart, paraEnd = -1, -1
	}

	for li, ln := range lines {
		if ln.start < p.Front.End {
			continue // front matter: metadata, not text
		}
		raw := src[ln.start:ln.end]
		trimmed := strings.TrimSpace(raw)
		lead := len(raw) - len(strings.TrimLeft(raw, " \t"))
		if trimmed == "" {
			flush()
			inInfobox = false
			continue
		}
		if level, text, textOff, ok := parseHeading(raw); ok {
			flush()
			inInfobox = false
			if level == 1 && !titleDone {
				p.Title = text
				p.TitleLine = true
				titleDone = true
				continue
			}
			titleDone = true
			for len(levels) > 0 && levels[len(levels)-1] >= level {
				levels = levels[:len(levels)-1]
				path = path[:len(path)-1]
			}
			levels = append(levels, level)
			path = append(append([]string(nil), path...), text)
			p.Items = append(p.Items, Item{Kind: HeadingItem, Level: level, Heading: text, HeadingOffset: ln.start + textOff})
			continue
		}
		if !titleDone {
			titleDone = true
			if isTitle(trimmed, li+1 < len(lines) && lines[li+1].start == lines[li+1].end) {
				// No "= Title =" line: a first line set off like a title.
				p.Title = trimmed
				continue
			}
		}
		if trimmed == "Infobox" {
			flush()
			inInfobox = true
			continue
		}
		if inInfobox {
			if ks, ke, ok := parseInfoLine(raw[lead:]); ok {
				flush()
				keyStart := ln.start + lead + ks
				key := raw[lead+ks : lead+ke]
				end := ln.start + len(strings.TrimRight(raw, " \t"))
				sec := append(append([]string(nil), "Infobox"), key)
				e.addLine(p, keyStart, end, sec, block, key)
				block++
				continue
			}
			inInfobox = false
		}
		if strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "* ") || trimmed == "-" {
			flush()
			start := ln.start + lead + 1
			for start < ln.end && (src[start] == ' ' || src[start] == '\t') {
				start++
			}
			if start < ln.end {
				e.addSentences(p, start, ln.start+len(strings.TrimRight(raw, " \t")), claims.SourceListItem, path, block)
				block++
			}
			continue
		}
		if paraStart < 0 {
			paraStart = ln.start + lead
		}
		paraEnd = ln.start + len(strings.TrimRight(raw, " \t"))
	}
	flush()
	return p
}

// isTitle reports whether the first line of a document, with no "= Title ="
// line, is its title: only when a blank line follows it and it does not end
// like a sentence, is not a list item and is not an infobox. Any other first
// line is text, so a one-line document is read, not taken as a title.
func isTitle(trimmed string, blankNext bool) bool {
	if !blankNext || trimmed == "Infobox" || strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "* ") {
		return false
	}
	s := trimmed
	for s != "" {
		if strings.HasSuffix(s, "]") {
			if i := strings.LastIndexByte(s, '['); i >= 0 {
				s = strings.TrimRight(s[:i], " ")
				continue
			}
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune("\"')»”’", r) {
			return !strings.ContainsRune(".!?…", r)
		}
		s = s[:len(s)-n]
	}
	return false
}

// parseHeading reads "== Text ==": the level is the shorter run of "=".
// A line of "=" alone is a rule, not a heading.
func parseHeading(raw string) (level int, text string, textOff int, ok bool) {
	// This reads what the pattern ^(=+)\s*(.*?)\s*(=+)\s*$ matches, with
	// its groups, without a regexp: headings are looked for on every line.
	a := 0
	for a < len(raw) && raw[a] == '=' {
		a++
	}
	if a == 0 {
		return 0, "", 0, false
	}
	e := len(raw)
	for e > a && isRESpace(raw[e-1]) {
		e--
	}
	b := e
	for b > a && raw[b-1] == '=' {
		b--
	}
	if b == e {
		// No closing run apart from the opening one: a rule of "=", or
		// no heading at all; either way, no text.
		return 0, "", 0, false
	}
	s := a
	for s < b && isRESpace(raw[s]) {
		s++
	}
	t := b
	for t > s && isRESpace(raw[t-1]) {
		t--
	}
	if t == s || strings.IndexByte(raw[s:t], '\n') >= 0 {
		// No text, or text the pattern's "." cannot cross.
		return 0, "", 0, false
	}
	return min(a, e-b), raw[s:t], s, true
}

// parseInfoLine reads an infobox line, "- Key: value", and returns where
// its key starts and ends. It reads what the pattern
// ^-\s*([A-Za-z][A-Za-z0-9 _]*?)\s*:\s*(.*)$ matches, the key being the
// first group, without a regexp.
func parseInfoLine(s string) (keyStart, keyEnd int, ok bool) {
	if s == "" || s[0] != '-' {
		return 0, 0, false
	}
	k := 1
	for k < len(s) && isRESpace(s[k]) {
		k++
	}
	if k == len(s) || !token.IsLetter(s[k]) {
		return 0, 0, false
	}
	// The key is the shortest run of key bytes after which white space,
	// a colon, white space and a value with no line break end the line.
	for e := k + 1; ; e++ {
		q := e
		for q < len(s) && isRESpace(s[q]) {
			q++
		}
		if q < len(s) && s[q] == ':' {
			r := q + 1
			for r < len(s) && isRESpace(s[r]) {
				r++
			}
			if strings.IndexByte(s[r:], '\n') < 0 {
				return k, e, true
			}
		}
		if e == len(s) || !isKeyByte(s[e]) {
			return 0, 0, false
		}
	}
}

// isKeyByte reports whether c may be inside an infobox key: [A-Za-z0-9 _].
func isKeyByte(c byte) bool {
	return token.IsLetter(c) || c >= '0' && c <= '9' || c == ' ' || c == '_'
}

// isRESpace reports whether c is white space as \s means it in a regexp:
// [\t\n\f\r ].
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// addLine adds one infobox line as a unit.
func (e *Parser) addLine(p *Document, start, end int, section []string, block int, key string) {
	text := p.Src[start:end]
	masked, cites := MaskCitations(text, start)
	u := p.newUnit()
	*u = Unit{
		Text: text, Masked: masked, Offset: start, Kind: claims.SourceInfobox,
		Section: section, Citations: cites, Block: block, ParaStart: true, Key: key,
	}
	p.Items = append(p.Items, Item{Kind: UnitItem, Unit: u})
}

// MaskCitations blanks citation markers in text (which starts at offset
// base) and returns them with absolute offsets.
func MaskCitations(text string, base int) (string, []claims.Citation) {
	if strings.IndexByte(text, '[') < 0 {
		return text, nil
	}
	locs := citationRE.FindAllStringSubmatchIndex(text, -1)
	if len(locs) == 0 {
		return text, nil
	}
	b := []byte(text)
	cites := make([]claims.Citation, 0, len(locs))
	for _, m := range locs {
		for i := m[0]; i < m[1]; i++ {
			b[i] = ' '
		}
		cites = append(cites, claims.Citation{Label: text[m[2]:m[3]], Offset: base + m[0], Length: m[1] - m[0]})
	}
	return string(b), cites
}
