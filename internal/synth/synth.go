// Package synth makes synthetic corpora from seed documents: copies of the
// seeds with controlled edits (a count changed, a date moved, a name
// swapped for a known variant spelling) and a record of every edit made,
// so that tests and benchmarks know exactly which findings a check should
// report. Output depends only on the sources and the options.
package synth

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/concordfacts/concord/seeds"
)

// Source is a document to copy: a name and its text.
type Source struct {
	Name string
	Text []byte
}

// EditKind is the kind of a planted edit.
type EditKind string

// Edit kinds, and the finding each should cause when the copy is checked
// against its source.
const (
	EditCount EditKind = "count" // a number changed: a quantity conflict
	EditDate  EditKind = "date"  // a day of the month moved: a date conflict
	EditName  EditKind = "name"  // a name swapped for a variant: a variant
)

// Edit is one planted change.
type Edit struct {
	Kind EditKind `json:"kind"`
	// Offset is where Old starts in the source document; NewOffset is
	// where New starts in the edited copy.
	Offset    int    `json:"offset"`
	Old       string `json:"old"`
	NewOffset int    `json:"new_offset"`
	New       string `json:"new"`
	// Line is the 1-based line of the edit (the same in both documents).
	Line int `json:"line"`
}

// Document is a generated document.
type Document struct {
	Name   string
	Source string // name of the source it copies
	Text   []byte
	Edits  []Edit
}

// DefaultVariants are sets of spellings of one name, as found across
// English sources (transliterations from Arabic and alternative names).
// A name edit replaces one spelling of a set by another.
var DefaultVariants = [][]string{
	{"Raqqa", "Ar-Raqqah", "Raqqah"},
	{"Saraqeb", "Saraqib"},
	{"Jarablus", "Jarabulus"},
	{"Kantari", "Qantari"},
	{"Idlib", "Idleb"},
	{"Ahrar al-Sham", "Ahrar ash-Sham"},
	{"Faylaq al-Rahman", "Failaq al-Rahman"},
	{"Deir ez-Zor", "Deir al-Zour"},
	{"Abu Mohammad al-Golani", "Abu Muhammad al-Julani"},
	{"Manbij", "Menbij"},
	{"Hreitan", "Hraytan"},
}

// Options configures Generate.
type Options struct {
	// Documents is how many documents to make. The first len(sources)
	// are unedited copies of the sources (their names kept); the others
	// are edited copies, taking the sources in turn.
	Documents int
	// Seed seeds the random choices.
	Seed uint64
	// Kinds lists the edits made in each edited copy, one each (default:
	// count, date, name). An edit that finds no place is left out.
	Kinds []EditKind
	// Variants are the name spellings used by name edits (default
	// DefaultVariants).
	Variants [][]string
}

// Seeds returns the embedded seed documents.
func Seeds() ([]Source, error) {
	var out []Source
	for _, name := range seeds.Names() {
		b, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			return nil, fmt.Errorf("synth: reading seed %s: %w", name, err)
		}
		out = append(out, Source{Name: name, Text: b})
	}
	return out, nil
}

// FromSeeds makes opts.Documents documents from the embedded seed corpus
// (see Seeds and Generate).
func FromSeeds(opts Options) ([]Document, error) {
	srcs, err := Seeds()
	if err != nil {
		return nil, err
	}
	return Generate(srcs, opts)
}

// Generate makes opts.Documents documents from the sources.
//
// The places an edit could go depend only on a source's text, so they are
// found once per source and shared by all its copies; each copy only makes
// its random choices among them.
func Generate(sources []Source, opts Options) ([]Document, error) {
	if len(sources) == 0 {
		return nil, fmt.Errorf("synth: no source documents")
	}
	kinds, variants := opts.defaults()
	plans := make([]*plan, len(sources))
	out := make([]Document, 0, max(opts.Documents, 0))
	for k := range opts.Documents {
		i := k % len(sources)
		src := sources[i]
		if k < len(sources) {
			out = append(out, Document{Name: src.Name, Source: src.Name, Text: src.Text})
			continue
		}
		if plans[i] == nil {
			plans[i] = newPlan(src, kinds, variants)
		}
		rng := rand.New(rand.NewPCG(opts.Seed, uint64(k)))
		d := plans[i].perturb(rng, kinds)
		d.Name = fmt.Sprintf("syn%06d_%s", k, path.Base(src.Name))
		out = append(out, d)
	}
	return out, nil
}

// Perturb returns an edited copy of src with one edit of each of
// opts.Kinds, each on a different line, chosen with rng. The copy keeps
// src's name.
func Perturb(src Source, rng *rand.Rand, opts Options) Document {
	kinds, variants := opts.defaults()
	return newPlan(src, kinds, variants).perturb(rng, kinds)
}

// defaults returns the kinds and the variants to use.
func (opts Options) defaults() ([]EditKind, [][]string) {
	kinds := opts.Kinds
	if kinds == nil {
		kinds = []EditKind{EditCount, EditDate, EditName}
	}
	variants := opts.Variants
	if variants == nil {
		variants = DefaultVariants
	}
	return kinds, variants
}

// plan holds every edit that could be made in a source, by kind, in the
// order of the source's lines.
type plan struct {
	src   Source
	text  string
	cands map[EditKind][]Edit
}

// newPlan finds the proposals of each of kinds in src.
func newPlan(src Source, kinds []EditKind, variants [][]string) *plan {
	p := &plan{src: src, text: string(src.Text), cands: map[EditKind][]Edit{}}
	lines := proseLines(p.text)
	for _, kind := range kinds {
		if _, done := p.cands[kind]; done {
			continue
		}
		var cands []Edit
		for _, l := range lines {
			switch kind {
			case EditCount:
				cands = append(cands, countEdits(p.text, l)...)
			case EditDate:
				cands = append(cands, dateEdits(p.text, l)...)
			case EditName:
				cands = append(cands, nameEdits(p.text, l, variants)...)
			}
		}
		p.cands[kind] = cands
	}
	return p
}

// perturb makes one edited copy: for each of kinds in turn, one of its
// proposals on a line no earlier edit used, chosen with rng.
func (p *plan) perturb(rng *rand.Rand, kinds []EditKind) Document {
	edits := make([]Edit, 0, len(kinds))
	used := func(no int) bool {
		for _, e := range edits {
			if e.Line == no {
				return true
			}
		}
		return false
	}
	for _, kind := range kinds {
		cands := p.cands[kind]
		free := 0
		for _, c := range cands {
			if !used(c.Line) {
				free++
			}
		}
		if free == 0 {
			continue
		}
		pick := rng.IntN(free)
		for _, c := range cands {
			if used(c.Line) {
				continue
			}
			if pick == 0 {
				edits = append(edits, c)
				break
			}
			pick--
		}
	}
	slices.SortFunc(edits, func(a, b Edit) int { return a.Offset - b.Offset })
	text := p.text
	size := len(text)
	for _, e := range edits {
		size += len(e.New) - len(e.Old)
	}
	b := make([]byte, 0, size)
	last, shift := 0, 0
	for k := range edits {
		e := &edits[k]
		b = append(b, text[last:e.Offset]...)
		e.NewOffset = e.Offset + shift
		b = append(b, e.New...)
		last = e.Offset + len(e.Old)
		shift += len(e.New) - len(e.Old)
	}
	b = append(b, text[last:]...)
	if len(edits) == 0 {
		edits = nil
	}
	return Document{Name: p.src.Name, Source: p.src.Name, Text: b, Edits: edits}
}

// line is a line of running prose.
type line struct {
	no         int
	start, end int
}

// proseLines returns the lines of running prose: not headings, titles,
// infobox or list lines, and long enough to hold sentences.
func proseLines(text string) []line {
	var out []line
	start := 0
	for no := 1; start <= len(text); no++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		l := strings.TrimSpace(text[start:end])
		if len(l) > 60 && !strings.HasPrefix(l, "=") && !strings.HasPrefix(l, "-") && !strings.HasPrefix(l, "Infobox") {
			out = append(out, line{no: no, start: start, end: end})
		}
		start = end + 1
	}
	return out
}

const digits = "0123456789"

// monthNames are the names in months.
var monthNames = strings.Split(months, "|")

// hasMonth reports whether s holds a month name anywhere, a test much
// cheaper than a scan with dateRe.
func hasMonth(s string) bool {
	for _, m := range monthNames {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

const months = `January|February|March|April|May|June|July|August|September|October|November|December`

var (
	// countRe: a number in digits followed by a lower-case word ("26
	// people", "4 car bombs").
	countRe = regexp.MustCompile(`(^|[\s(])(\d{1,3}(?:,\d{3})*)\s+([a-z][a-z-]+)`)
	// dateRe: "15 January" or "January 15".
	dateRe = regexp.MustCompile(`\b(?:(\d{1,2}) (` + months + `)|(` + months + `) (\d{1,2}))\b`)
	// qualifierRe: words before a number that make it a bound, whose
	// change need not conflict ("at least 90" and "at least 181" agree).
	qualifierRe = regexp.MustCompile(`(?i)(least|than|to|over|under|nearly|around|about|some|almost|approximately|roughly|and|or|–|-)\s*$`)
	// notCounted: words after a number that make it a measure, a date or
	// a designation rather than a count.
	notCounted = map[string]bool{
		"hours": true, "hour": true, "days": true, "day": true, "weeks": true, "week": true, "months": true,
		"month": true, "years": true, "year": true, "minutes": true, "km": true, "kilometers": true,
		"kilometres": true, "miles": true, "mile": true, "percent": true, "per": true, "and": true,
		"or": true, "to": true, "of": true,
	}
	// boundRe: words before a date that make it a bound or a range end.
	boundRe = regexp.MustCompile(`(?i)\b(by|until|since|from|before|after|and|between|to|of)\s*$|[–-]\s*$`)
	// yearRe: the year after a day and month.
	yearRe = regexp.MustCompile(`^,?\s*\d{4}`)
	// designationRe: a word before a number that makes it a date or a
	// unit's designation ("January 15", "Division 13").
	designationRe = regexp.MustCompile(`^(` + months + `|Division|Brigade|Regiment|Battalion)$`)
	// relativeRe: cues of dates anchored on an earlier one; a date edit
	// is placed only where no such cue follows it on its line, so that it
	// moves no other date.
	relativeRe = regexp.MustCompile(`(?i)\b(day|days|week|weeks|later|following|next|previous|earlier|same|before|after|` + months + `)\b|\d{4}`)
)

// countEdits proposes count edits on a line: N becomes 2N+3, an interval
// that cannot meet N's.
func countEdits(text string, l line) []Edit {
	var out []Edit
	s := text[l.start:l.end]
	if !strings.ContainsAny(s, digits) {
		return nil // countRe needs a digit: skip the scan
	}
	for _, m := range countRe.FindAllStringSubmatchIndex(s, -1) {
		numStart, numEnd := m[4], m[5]
		word := s[m[6]:m[7]]
		if notCounted[word] || strings.HasSuffix(s[numStart:numEnd], "th") {
			continue
		}
		if qualifierRe.MatchString(s[max(0, numStart-16):numStart]) {
			continue
		}
		// A number right after a month name or "Division" is a date or a
		// designation.
		before := strings.Fields(s[max(0, numStart-12):numStart])
		if len(before) > 0 && designationRe.MatchString(before[len(before)-1]) {
			continue
		}
		// Numbers followed by "–" or "-" are ranges.
		if numEnd < len(s) && (s[numEnd] == '-' || strings.HasPrefix(s[numEnd:], "–")) {
			continue
		}
		old := s[numStart:numEnd]
		n, err := strconv.Atoi(strings.ReplaceAll(old, ",", ""))
		if err != nil || n >= 1900 && n <= 2100 {
			continue
		}
		out = append(out, Edit{Kind: EditCount, Offset: l.start + numStart, Old: old, New: strconv.Itoa(2*n + 3), Line: l.no})
	}
	return out
}

// dateEdits proposes date edits on a line: the day moves by three days
// within its month, where the date is a single day (not a bound or a
// range) and no later date on the line depends on it.
func dateEdits(text string, l line) []Edit {
	var out []Edit
	s := text[l.start:l.end]
	if !strings.ContainsAny(s, digits) || !hasMonth(s) {
		return nil // dateRe needs a digit and a month: skip the scan
	}
	for _, m := range dateRe.FindAllStringSubmatchIndex(s, -1) {
		ds, de := m[2], m[3]
		if ds < 0 {
			ds, de = m[8], m[9]
		}
		before := s[max(0, m[0]-12):m[0]]
		if boundRe.MatchString(before) {
			continue
		}
		rest := s[m[1]:]
		if strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") {
			continue
		}
		// Skip the year that may follow ("15 January 2014"), then make sure
		// nothing later on the line is anchored on this date.
		after := yearRe.ReplaceAllString(rest, "")
		if relativeRe.MatchString(after) {
			continue
		}
		d, err := strconv.Atoi(s[ds:de])
		if err != nil || d < 1 || d > 31 {
			continue
		}
		nd := d + 3
		if nd > 28 {
			nd = d - 3
		}
		out = append(out, Edit{Kind: EditDate, Offset: l.start + ds, Old: s[ds:de], New: strconv.Itoa(nd), Line: l.no})
	}
	return out
}

// nameEdits proposes name edits on a line: a whole-word spelling of a
// variant set replaced by the next spelling of the set.
func nameEdits(text string, l line, variants [][]string) []Edit {
	var out []Edit
	s := text[l.start:l.end]
	for _, set := range variants {
		for k, name := range set {
			for from := 0; ; {
				i := strings.Index(s[from:], name)
				if i < 0 {
					break
				}
				i += from
				from = i + len(name)
				if i > 0 && isWordChar(s[i-1]) || from < len(s) && isWordChar(s[from]) {
					continue
				}
				out = append(out, Edit{Kind: EditName, Offset: l.start + i, Old: name, New: set[(k+1)%len(set)], Line: l.no})
			}
		}
	}
	slices.SortFunc(out, func(a, b Edit) int { return a.Offset - b.Offset })
	// Keep one proposal per offset (a spelling that is a prefix of another).
	return slices.CompactFunc(out, func(a, b Edit) bool { return a.Offset == b.Offset })
}

func isWordChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80
}
