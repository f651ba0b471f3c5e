package article

import (
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/token"
)

// isRunOnOpener reports whether w is a capitalised temporal opener that
// begins a sentence which lost the full stop before it ("... women, and
// children By 23 January, ISIL ..."). A capitalised preposition followed by a date cannot
// continue the clause before it, so splitting there is safe in running
// English prose.
func isRunOnOpener(w string) bool {
	switch w {
	case "By", "On", "In", "At", "Between", "From",
		"Since", "During", "After", "Before", "Until",
		"Late", "Early", "Later", "Earlier":
		return true
	}
	return false
}

// runOnDateWords may follow an opener to make it a dated sentence start:
// early, mid and late, and the month names of token.Months, capitalised.
var runOnDateWords = func() map[string]bool {
	m := map[string]bool{"early": true, "mid": true, "late": true}
	for _, names := range token.Months {
		for _, n := range names {
			m[strings.ToUpper(n[:1])+n[1:]] = true
		}
	}
	return m
}()

// runOnFollowers are the words after "the" in "On the next day".
var runOnFollowers = map[string]bool{"next": true, "following": true, "same": true, "previous": true}

// addSentences segments src[start:end] (one paragraph or list item) into
// sentence units. Segmentation runs on the text with citation markers
// blanked, so a marker never hides a sentence end ("JaN.[262] According").
// A marker belongs to the sentence it follows (Wikipedia's convention), so
// markers between sentences go to the sentence before them, even across
// paragraphs in excerpt-style documents.
func (e *Parser) addSentences(p *Document, start, end int, kind claims.SourceKind, section []string, block int) {
	text := p.Src[start:end]
	masked, cites := MaskCitations(text, start)
	// pieces, sents and spans are relative to text.
	p.pieces = clearBreaks(p.pieces[:0], masked)
	spans := p.spans[:0]
	for _, piece := range p.pieces {
		p.sents = e.segment(p.sents[:0], masked, piece[0], piece[1])
		for _, s := range p.sents {
			spans = splitRunOn(spans, masked, s[0], s[1])
		}
	}
	p.spans = spans
	prev := lastUnit(p)
	units := p.blockUnits[:0]
	for i, sp := range spans {
		absStart, absEnd := start+sp[0], start+sp[1]
		u := p.newUnit()
		*u = Unit{
			Text:      p.Src[absStart:absEnd],
			Masked:    masked[sp[0]:sp[1]],
			Offset:    absStart,
			Kind:      kind,
			Section:   section,
			Block:     block,
			ParaStart: i == 0,
		}
		units = append(units, u)
	}
	p.blockUnits = units
	for _, c := range cites {
		owner := prev
		for _, u := range units {
			if u.Offset <= c.Offset {
				owner = u
			}
		}
		if owner == nil && len(units) > 0 {
			owner = units[0]
		}
		if owner != nil {
			owner.Citations = append(owner.Citations, c)
		}
	}
	for _, u := range units {
		p.Items = append(p.Items, Item{Kind: UnitItem, Unit: u})
	}
}

// lastUnit returns the last unit added to p, or nil.
func lastUnit(p *Document) *Unit {
	for i := len(p.Items) - 1; i >= 0; i-- {
		if p.Items[i].Kind == UnitItem {
			return p.Items[i].Unit
		}
	}
	return nil
}

// nextCapital returns the offset of the first ASCII capital letter in
// s[i:end], or end.
func nextCapital(s string, i, end int) int {
	t := s[i:end]
	for k := 0; k < len(t); k++ {
		if t[k]-'A' < 26 {
			return i + k
		}
	}
	return end
}

// splitRunOn splits masked[start:end] where a sentence lost its full stop
// (a lower-case word, white space, then a capitalised temporal opener
// followed by a date) and appends the pieces to out.
func splitRunOn(out [][2]int, masked string, start, end int) [][2]int {
	base := start
	for i := start + 1; i < end; i++ {
		if i = nextCapital(masked, i, end); i >= end {
			break
		}
		if !token.IsSpace(masked[i-1]) {
			continue
		}
		// the word before the white space must end in a lower-case letter
		j := i - 1
		for j > base && token.IsSpace(masked[j-1]) {
			j--
		}
		k := j
		if k > base && (masked[k-1] == ')' || masked[k-1] == '"') {
			k--
		}
		if k-2 < base || !isLower(masked[k-1]) || !isLower(masked[k-2]) {
			continue
		}
		w, rest := asciiWordAt(masked[:end], i)
		if !isRunOnOpener(w) || rest >= end || !token.IsSpace(masked[rest]) {
			continue
		}
		for rest < end && token.IsSpace(masked[rest]) {
			rest++
		}
		if rest >= end {
			continue
		}
		next, after := asciiWordAt(masked[:end], rest)
		ok := masked[rest] >= '0' && masked[rest] <= '9' || runOnDateWords[next]
		if !ok && next == "the" {
			for after < end && token.IsSpace(masked[after]) {
				after++
			}
			w2, _ := asciiWordAt(masked[:end], after)
			ok = runOnFollowers[w2]
		}
		if !ok {
			continue
		}
		out = append(out, [2]int{base, j})
		base = i
	}
	return append(out, [2]int{base, end})
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// asciiWordAt returns the ASCII letter run starting at i and the offset
// after it.
func asciiWordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	return s[i:j], j
}

// segment appends the sentences of masked[start:end] to out. Text with
// no sentence-final punctuation before its last word is one sentence and
// skips the Punkt model, which is the costliest step of extraction:
// skipping it where it cannot split saves a third of the time of
// extraction.
func (e *Parser) segment(out [][2]int, masked string, start, end int) [][2]int {
	piece := masked[start:end]
	trimmed := strings.TrimRight(piece, " \t\r\n")
	if indexSentenceEnd(trimmed[:max(0, len(trimmed)-1)]) < 0 {
		lead := len(trimmed) - len(strings.TrimLeft(trimmed, " \t\r\n"))
		if lead == len(trimmed) {
			return out
		}
		return append(out, [2]int{start + lead, start + len(trimmed)})
	}
	for _, s := range e.seg.Segment(piece) {
		out = append(out, [2]int{start + s.Start, start + s.End()})
	}
	return out
}

// abbrevs are words (folded to lower case) that often end in a period
// without ending a sentence: titles, company suffixes, the abbreviations
// of months (token.Months) and days, and Latin abbreviations. A break
// after them is left to the Punkt model.
var abbrevs = func() map[string]bool {
	m := map[string]bool{
		"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
		"capt": true, "cpt": true, "lt": true, "sgt": true, "maj": true, "cpl": true, "gov": true,
		"sen": true, "rep": true, "rev": true, "hon": true, "pres": true, "adm": true, "cmdr": true,
		"brig": true, "fr": true, "messrs": true, "corp": true, "bros": true, "ft": true, "dept": true,
		"univ": true, "assn": true, "mon": true, "tue": true, "tues": true, "wed": true, "thu": true,
		"thurs": true, "fri": true, "sat": true, "sun": true,
		"al": true, "approx": true, "ca": true, "cf": true, "co": true, "ed": true, "eds": true,
		"eg": true, "esp": true, "est": true, "etc": true, "fig": true, "ie": true, "inc": true,
		"jr": true, "ltd": true, "mt": true, "no": true, "nos": true, "op": true, "pp": true,
		"sr": true, "st": true, "vol": true, "vs": true, "viz": true,
	}
	for _, names := range token.Months {
		for _, n := range names[1:] {
			m[n] = true
		}
	}
	return m
}()

// isAbbrev reports whether the ASCII letters w, folded to lower case, are
// in abbrevs. It does not allocate.
func isAbbrev(w string) bool {
	var buf [8]byte
	if len(w) > len(buf) {
		return false // no abbreviation is that long
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20 // the lower case of a letter
	}
	return abbrevs[string(buf[:len(w)])]
}

// clearBreaks cuts masked at sentence ends no model could doubt: a
// word of two or more letters that is not an abbreviation, then
// ".", "!" or "?", an optional closing quote or bracket, white space and a
// capital letter, digit or opening quote. Punkt treats a period after an
// ordinary word as a sentence end (Kiss and Strunk 2006), so cutting there
// first gives the same sentences while the model only sees the ambiguous
// pieces. The pieces are appended to out.
func clearBreaks(out [][2]int, masked string) [][2]int {
	base := 0
	for i := 0; i < len(masked); i++ {
		d := indexSentenceEnd(masked[i:])
		if d < 0 {
			break
		}
		i += d
		if !clearEnd(masked[base:i]) {
			continue
		}
		k := i + 1
		for k < len(masked) && strings.IndexByte("\")]'", masked[k]) >= 0 {
			k++
		}
		if k >= len(masked) || !token.IsSpace(masked[k]) {
			continue
		}
		n := k
		for n < len(masked) && token.IsSpace(masked[n]) {
			n++
		}
		if n >= len(masked) {
			continue
		}
		if d := masked[n]; !(d >= 'A' && d <= 'Z' || d >= '0' && d <= '9' || d == '"') && !strings.HasPrefix(masked[n:], "“") {
			continue
		}
		out = append(out, [2]int{base, k})
		base = n
	}
	if base < len(masked) {
		out = append(out, [2]int{base, len(masked)})
	}
	return out
}

// clearEnd reports whether text before a "." is an ordinary word, a
// year-like number or a closing bracket or quote after one, never an
// abbreviation or initial.
func clearEnd(before string) bool {
	j := len(before)
	for j > 0 && (before[j-1] == ')' || before[j-1] == '"' || before[j-1] == '\'') {
		j--
	}
	if j < len(before) {
		// "(ISIL)." or "\"infighting\"." : what ends inside is a word
		return j > 0 && (token.IsLetter(before[j-1]) || before[j-1] >= '0' && before[j-1] <= '9')
	}
	k := j
	for k > 0 && before[k-1] >= '0' && before[k-1] <= '9' {
		k--
	}
	if k < j {
		// a number: years and counts end sentences, "No. 5." is rare
		return j-k >= 2 && (k == 0 || token.IsSpace(before[k-1]))
	}
	for k > 0 && token.IsLetter(before[k-1]) {
		k--
	}
	word := before[k:j]
	if len(word) < 2 || isAbbrev(word) {
		return false
	}
	return k == 0 || token.IsSpace(before[k-1]) || before[k-1] == '-' || before[k-1] == '(' || before[k-1] == '"'
}

// indexSentenceEnd returns the index of the first '.', '!' or '?' in s,
// or -1. It is strings.IndexAny(s, ".!?") by three byte searches, which
// are much faster than a loop over the bytes.
func indexSentenceEnd(s string) int {
	i := strings.IndexByte(s, '.')
	if i < 0 {
		i = len(s)
	}
	// '!' and '?' are rare: look for them only before the first '.'.
	if j := strings.IndexByte(s[:i], '!'); j >= 0 {
		i = j
	}
	if j := strings.IndexByte(s[:i], '?'); j >= 0 {
		i = j
	}
	if i == len(s) {
		return -1
	}
	return i
}
