package extract

import (
	"regexp"
	"strings"

	"github.com/concordfacts/concord/claims"
)

// runOnRE finds a sentence that lost its full stop: a lower-case word, then
// a capitalised temporal opener that begins a new sentence ("... women, and
// children By 23 January, ISIL ..."). A capitalised preposition followed by
// a date cannot continue the clause before it, so the split is safe in
// running English prose.
var runOnRE = regexp.MustCompile(`[a-z]{2,}[)"”]?\s+((?:By|On|In|At|Between|From|Since|During|After|Before|Until|Late|Early|Later|Earlier)\s+(?:\d|early\b|mid\b|late\b|the\s+(?:next|following|same|previous)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))`)

// addSentences segments src[start:end] (one paragraph or list item) into
// sentence units. Segmentation runs on the text with citation markers
// blanked, so a marker never hides a sentence end ("JaN.[262] According").
// A marker belongs to the sentence it follows (Wikipedia's convention), so
// markers between sentences go to the sentence before them, even across
// paragraphs in excerpt-style documents.
func (e *Extractor) addSentences(p *parsed, start, end int, kind claims.SourceKind, section []string, block int) {
	text := p.src[start:end]
	masked, cites := maskCitations(text, start)
	var spans [][2]int // relative to text
	for _, s := range e.seg.Segment(masked) {
		for _, part := range splitRunOn(masked, s.Start, s.End()) {
			spans = append(spans, part)
		}
	}
	prev := lastUnit(p)
	units := make([]*unit, 0, len(spans))
	for i, sp := range spans {
		absStart, absEnd := start+sp[0], start+sp[1]
		units = append(units, &unit{
			text:      p.src[absStart:absEnd],
			masked:    masked[sp[0]:sp[1]],
			offset:    absStart,
			kind:      kind,
			section:   section,
			block:     block,
			paraStart: i == 0,
		})
	}
	for _, c := range cites {
		owner := prev
		for _, u := range units {
			if u.offset <= c.Offset {
				owner = u
			}
		}
		if owner == nil && len(units) > 0 {
			owner = units[0]
		}
		if owner != nil {
			owner.citations = append(owner.citations, c)
		}
	}
	for _, u := range units {
		p.items = append(p.items, item{kind: itemUnit, u: u})
	}
}

// lastUnit returns the last unit added to p, or nil.
func lastUnit(p *parsed) *unit {
	for i := len(p.items) - 1; i >= 0; i-- {
		if p.items[i].kind == itemUnit {
			return p.items[i].u
		}
	}
	return nil
}

// splitRunOn splits masked[start:end] where a sentence lost its full stop.
func splitRunOn(masked string, start, end int) [][2]int {
	var out [][2]int
	s := masked[start:end]
	base := start
	for {
		m := runOnRE.FindStringSubmatchIndex(s)
		if m == nil {
			break
		}
		cut := m[2]
		left := strings.TrimRight(s[:cut], " \t\n")
		out = append(out, [2]int{base, base + len(left)})
		base += cut
		s = s[cut:]
	}
	return append(out, [2]int{base, end})
}
