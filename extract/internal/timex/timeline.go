package timex

import (
	"slices"
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
)

// The temporal tagger: every sentence gets the dates of its clauses as
// inclusive intervals of calendar days, read the way a historian's
// narrative is read.
//
// Anchoring follows HeidelTime's "narratives" strategy (Strötgen & Gertz,
// "Multilingual and cross-domain temporal tagging", LRE 47(2), 2013): an
// expression without a year is resolved against the last date mentioned
// in reading order, not against a document creation time.
//
//   - The reference is the last date of the narrative. Dated headings
//     reset it; an explicit year resets it; the title's date is the
//     default before anything else.
//   - A year-less month takes the reference's year, and rolls forward a
//     year when the month goes back six months or more (after December
//     2013, "On 12 January" is 2014); a clearly backward expression
//     ("since October") takes the latest such month on or before the
//     reference instead.
//   - Backward references (since, ago, the day before, the previous few
//     days, the past three years) date their own clause but do not move
//     the narrative: the story has not gone back in time, the sentence
//     looked back.
//   - Within a sentence, the narrative date afterwards is the latest-
//     starting date of its clauses, so "On 3 March, SOHR reported ... in
//     February 2014" leaves the narrative on 3 March.
//   - A sentence with no date of its own inherits the narrative date
//     (Inherited, AnchorInherit); before any date it stays undated. A
//     dated heading is the narrative date of its section (===7 January===);
//     a heading without a date ends the previous section's date for
//     inheritance, falling back to the nearest dated enclosing heading,
//     while the reference used for years carries on.
//   - Infobox lines read their own dates against the title only, and
//     neither inherit nor feed the narrative. The infobox "Date" line's
//     start is remembered as the start of the conflict, for "the first
//     few days of the conflict".
//
// Conventions for parts of periods, written here once:
//   - early/beginning/start of a month = days 1–10 (ModStart); mid/middle
//     = 11–20 (ModMid); late/end = 21 to the last day (ModEnd).
//   - early/beginning of a year = January–April; mid = May–August; late/end
//     = September–December.
//   - the first half of a month = days 1–15, the second half = 16 to the
//     last day (PrecisionDays); of a year, January–June and July–December
//     (PrecisionMonth). Neither is a Period: the event is somewhere in it.
//   - seasons are meteorological (northern hemisphere): spring March–May,
//     summer June–August, autumn September–November, winter of Y =
//     December Y-1 to February Y; early/mid/late take one month each.
//   - Precision is that of the period named (early October 2013 is a month
//     with ModStart); a range of days is PrecisionDays, of months
//     PrecisionMonth, of years PrecisionYears.
//   - "By X" / "As of X" / "until X" (ModBefore): End is the end of X; Start
//     is the last narrative date when that is earlier, else the first day
//     of X's month (X a day) or X's start. "since X" / "from X" / "after
//     X" (ModAfter): Start is the start of X; End is the later of X's end
//     and the narrative date's end.
//   - "a few" / "the previous few days" = up to five days; "several" =
//     three to seven.
//
// Reports: a document with a date of its own (a dateline, a publication
// line, or a date the caller gives; see document.go) is read the way
// TimeML reads news against its document creation time:
//   - Weekdays ("on Friday", "Saturday's fighting", "By Monday", "late
//     on Sunday") are the latest such day on or before the document date;
//     the document date's own weekday is that day. "last Friday" is
//     strictly before, "next Monday" strictly after; after a future
//     auxiliary ("will resume on Monday", "is due on Friday") the first
//     such day on or after the document date. In reported speech a
//     weekday is on or before the report date ("said on Tuesday it had
//     taken the base on Sunday"). Without a document date a weekday
//     counts back the same way from the narrative date when that is one
//     day, and is no date otherwise.
//   - today and tonight are the document date, yesterday the day before,
//     tomorrow the day after; "N days ago", "a few weeks ago" (two to
//     five weeks), "the past/last N days", "this month", "last week",
//     "earlier this month" (the month's first day to the document date)
//     and "the start of the year" count from the document date (from the
//     report date in reported speech), never from a date the story
//     mentioned. "this month", "last year" and their kind date nothing
//     in a document without a date; "ago" and "the past N years" then
//     count from the narrative as before.
//   - A year-less date takes the year that puts it on or before the
//     document date's month ("in December" in a January report is the
//     December before). "since X" runs to the document date.
//   - Dates of the report's own clauses move the reference of relative
//     dates ("Later the same day" after "on Friday") but not the date
//     its undated sentences inherit: "on or before the document date"
//     (ModBefore, End the document date, Start the first of its month,
//     InheritedFrom AnchorDocument), or, under a dated heading, the
//     heading's date.
//   - A report tells what happened by its own day: a date that falls
//     after the document date, in a sentence with no word of the future
//     (will, expected, next, plans ...: see futureWords), is not taken
//     ("two weeks after the army declared an offensive" counts from an
//     event the text does not date); the sentence keeps the bound above.
//
// Dates tied to an undated event: "two days after the killings", "the day
// after the attack" give no date (the event's day is not in the phrase);
// the narrative date the sentence then inherits is LowConfidence, so that
// it is not compared as that sentence's day.
//
// Report dates: the date of a reporting verb ("activists said on
// Tuesday", "said Tuesday", "told AFP on Monday", "activists on Sunday
// said") is when the account was given. It becomes the clauses'
// Reported date; it opens no clause and does not move the narrative. A
// clause whose only date is its report date is dated on or before it
// (ModBefore with End the report date, Start as for "By X"): the event
// was reported then, so it happened then or earlier, and the report date
// itself is never taken as the event's day. A date put first in the
// sentence ("On 13 January, it was reported that ...") stays the date of
// the event, as encyclopedias use it.
//
// Where a date comes from: an inherited date's InheritedFrom is
// AnchorHeading when a section heading gives it (also when the narrative
// date is a relative date that falls on the heading's own day, "Earlier
// in the day" under "=== 11 January ==="), AnchorDocument for the
// document date, and otherwise the anchor of the narrative date. A
// relative date's Base is the expression of the date it counts from (for
// weekdays and other deictic dates, the document or report date).
//
// Periods: Period is set for a range asserted from start to end: "from 3
// to 9 March", any range on an infobox line ("Date: 28 April – 31 May
// 2017"), a range in parentheses after a name ("The Battle of Sarrin
// (June–July 2015)"). It is not set for "between X and Y", a range in
// running prose ("16–20 September"), lists of months, "January/February",
// or parts of periods ("late May").
//
// Numeric dates: ISO "2014-07-19" is a day ("2014-07" is no year range);
// "19/07/2014" is day first and "07/19/2014" month first; "02/01/2014",
// which could be either, follows the document's other slash dates when
// they all go one way, and otherwise is one low-confidence interval from
// the earlier reading to the later ("2014-01-02" to "2014-02-01").
//
// "As early as X" (a state already holding at X) is on or before X
// (ModBefore), like "By X".
//
// Excerpt documents (sentences cut from an article, one per paragraph,
// each starting with leftover citation markers) are detected from their
// structure. In them the previous paragraph is not the previous moment of
// the story, so: a relative or year-less date anchored on another
// paragraph is marked LowConfidence (a year-less date takes the title's
// year instead when the title has one), and a sentence with no date of its
// own does not inherit across paragraphs (its date is nil).

// Timeline reads dates in reading order.
type Timeline struct {
	lex     *Lexicon
	excerpt bool
	// title is the date the document title carries, or nil.
	title *refState
	// ref is the narrative reference for year-less and relative dates.
	ref *refState
	// cur is the narrative date inherited by undated sentences.
	cur   *claims.TimeSpan
	heads []headDate
	// lastBlock is the block of the previous unit.
	lastBlock int
	// conflictStart is the start of the infobox "Date" line.
	conflictStart    claims.Day
	hasConflictStart bool
	// curFrom is how the date in cur was fixed, for InheritedFrom.
	curFrom claims.Anchor

	// The document's own date (see document.go): doc points at docRef
	// when there is one, and docBound is "on or before" it, the date
	// the report's undated sentences inherit.
	doc      *refState
	docRef   refState
	docBound claims.TimeSpan
	docInfo  DocumentDate
	hasDoc   bool
	// dlUnit is the offset of the unit that opens with the dateline,
	// dlEnd the dateline's end (absolute); 0 without a dateline.
	dlUnit, dlEnd int
	// pubs are the publication lines: units that only give the date.
	pubs []pubLine
	// order is how ambiguous numeric dates are read (orderDMY,
	// orderMDY), from the document's unambiguous ones; 0 when unknown.
	order byte
	// bases is the block the bases of relative dates are cut from;
	// claims point into it, so it is dropped, never reused.
	bases []claims.Span
	// reported holds the report date of the current unit; repDay is
	// the day weekdays of the unit count back from, when it is not the
	// document's date.
	reported  claims.TimeSpan
	repDay    claims.Day
	repSpan   claims.Span
	hasRepDay bool

	// scratch space reused between sentences
	toks []token.Token
	// words holds the tokens of a title or heading, which dateTokens
	// joins into toks.
	words  []token.Token
	exprs  []dexpr
	res    []resolved
	groups []grp
	// backClause marks the clauses of the current sentence dated by a
	// backward reference.
	backClause []bool
	// out and dates hold the clauses returned by clauses and their dates.
	out   []Clause
	dates []claims.TimeSpan
	// narrative holds the references clauses sets (see newRef), so that
	// moving the narrative on does not allocate.
	narrative [3]refState
}

// refState is a reference date and where it came from.
type refState struct {
	ts claims.TimeSpan
	// src is the anchor of a date whose year or offset comes from here.
	src   claims.Anchor
	block int // the block it was read in; -1 for titles and headings
}

// headDate is the date of an open heading, nil when it has none.
type headDate struct {
	level int
	date  *claims.TimeSpan
}

// grp is a clause being built: where it starts (relative to the unit)
// and the indexes of its resolved expressions.
type grp struct {
	start int
	items []int
}

// resolved is an expression and its interval.
type resolved struct {
	e  dexpr
	ts claims.TimeSpan
}

// New returns a timeline for p, with the date its title carries as the
// first reference and excerpt mode set from p's structure. It reads words
// with lex.
func New(p *article.Document, lex *Lexicon) *Timeline {
	t := new(Timeline)
	t.Init(p, lex)
	return t
}

// Init readies t for p as New does, keeping the storage of its
// scratch space.
func (t *Timeline) Init(p *article.Document, lex *Lexicon) {
	*t = Timeline{
		lex: lex, lastBlock: -1, words: t.words[:0],
		heads: t.heads[:0], toks: t.toks[:0], exprs: t.exprs[:0], res: t.res[:0],
		groups: t.groups[:0], backClause: t.backClause[:0], out: t.out[:0], dates: t.dates[:0],
		pubs: t.pubs[:0],
	}
	t.excerpt = isExcerpt(p)
	if strings.IndexByte(p.Src, '/') >= 0 {
		t.order = slashOrder(p.Src)
	}
	if p.Title != "" {
		if off := strings.Index(p.Src, p.Title); off >= 0 {
			if d := t.firstDate(p.Title, off, nil, true); d != nil {
				d.Anchor = claims.AnchorExplicit
				t.title = &refState{ts: *d, src: claims.AnchorTitle, block: -1}
				t.ref = t.title
			}
		}
	}
	t.findDocumentDate(p)
}

// setCur sets the date undated sentences inherit and how it was fixed.
func (t *Timeline) setCur(d *claims.TimeSpan, from claims.Anchor) {
	t.cur, t.curFrom = d, from
}

// Release drops what t's scratch space holds of the document it read
// (the dates, whose spans are its text), keeping the storage. Tokens,
// expressions and clauses hold nothing of it.
func (t *Timeline) Release() {
	clear(t.heads[:cap(t.heads)])
	clear(t.res[:cap(t.res)])
	clear(t.dates[:cap(t.dates)])
	clear(t.pubs[:cap(t.pubs)])
	t.title, t.ref, t.cur, t.doc = nil, nil, nil, nil
	t.bases = nil
	t.narrative = [3]refState{}
	t.docRef, t.docBound, t.docInfo, t.reported = refState{}, claims.TimeSpan{}, DocumentDate{}, claims.TimeSpan{}
	t.repSpan = claims.Span{}
}

// isExcerpt reports whether p reads as sentences excerpted from an
// article: no headings, at least three prose blocks, three in four of them
// a single sentence, and at least one in three starting with a citation
// marker left over from the sentence cut before it.
func isExcerpt(p *article.Document) bool {
	blocks, single, cited := 0, 0, 0
	n := 0 // sentences in the current block
	for i := range p.Items {
		it := &p.Items[i]
		if it.Kind == article.HeadingItem {
			return false
		}
		u := it.Unit
		if u.Kind == claims.SourceInfobox {
			continue
		}
		if u.ParaStart {
			if blocks > 0 && n == 1 {
				single++
			}
			blocks++
			n = 0
			k := u.Offset - 1
			for k >= 0 && (p.Src[k] == ' ' || p.Src[k] == '\t') {
				k--
			}
			if k >= 0 && p.Src[k] == ']' {
				cited++
			}
		}
		n++
	}
	if blocks > 0 && n == 1 {
		single++
	}
	return blocks >= 3 && single*4 >= blocks*3 && cited*3 >= blocks
}

// dateTokensOf returns the tokens of text, a title, a heading or the
// head of a unit read before the document's units are (see document.go),
// as the date grammar reads them: cut by token.Tokenize, then joined by
// dateTokens. They are the timeline's scratch space.
func (t *Timeline) dateTokensOf(text string) []token.Token {
	t.words = token.Tokenize(text, t.lex.tokens, t.words)
	t.toks = t.lex.dateTokens(text, t.words, t.toks)
	return t.toks
}

// firstDate returns the first date that text (at absolute offset off)
// gives, resolved against ref.
func (t *Timeline) firstDate(text string, off int, ref *refState, lenient bool) *claims.TimeSpan {
	t.toks = t.dateTokensOf(text)
	s := scanner{t: text, toks: t.toks, lenient: lenient, order: t.order}
	t.exprs = s.scan(t.exprs[:0])
	for i := range t.exprs {
		if ts, ok := t.resolve(&t.exprs[i], ref, -1); ok {
			ts.Span = claims.Span{Offset: off + t.exprs[i].s, Length: t.exprs[i].e - t.exprs[i].s, Text: text[t.exprs[i].s:t.exprs[i].e]}
			return &ts
		}
	}
	return nil
}

// Heading reads a heading's date: a dated heading becomes the reference
// and the date its section's undated sentences inherit; a heading without
// a date falls back to the nearest dated enclosing heading for inheritance.
func (t *Timeline) Heading(it *article.Item) {
	for len(t.heads) > 0 && t.heads[len(t.heads)-1].level >= it.Level {
		t.heads = t.heads[:len(t.heads)-1]
	}
	base := t.ref
	if d := t.enclosingDate(); d != nil {
		base = &refState{ts: *d, src: claims.AnchorHeading, block: -1}
	}
	d := t.firstDate(it.Heading, it.HeadingOffset, base, true)
	t.heads = append(t.heads, headDate{level: it.Level, date: d})
	if d != nil {
		t.ref = &refState{ts: *d, src: claims.AnchorHeading, block: -1}
		t.setCur(d, claims.AnchorHeading)
		return
	}
	t.setCur(t.enclosingDate(), claims.AnchorHeading)
	if t.cur == nil && t.doc != nil {
		t.setCur(&t.docBound, claims.AnchorDocument)
	}
}

// enclosingDate returns the date of the innermost dated open heading.
func (t *Timeline) enclosingDate() *claims.TimeSpan {
	for i := len(t.heads) - 1; i >= 0; i-- {
		if t.heads[i].date != nil {
			return t.heads[i].date
		}
	}
	return nil
}

// Clauses returns u split into its dated clauses, in order, covering the
// unit (only whitespace between them). A sentence without a date of its
// own is one clause with the inherited narrative date, or nil before any
// date. Infobox lines are one clause with their first date, if any. The
// date of a reporting verb is every clause's Reported date; a
// publication line is one clause with a Reported date and no date.
//
// The clauses and their dates are the timeline's scratch space: they are
// valid until the next call, and callers copy what they keep.
func (t *Timeline) Clauses(u *article.Unit, toks []token.Token) []Clause {
	whole := Clause{Start: u.Offset, End: u.Offset + len(u.Text)}
	if d := t.publication(u.Offset); d != nil {
		// A publication line dates the report, not an event.
		t.reported = *d
		whole.Reported = &t.reported
		return t.single(whole)
	}
	var s scanner
	t.exprs = t.exprs[:0]
	if t.lex.mayHoldDate(u.Masked, toks) {
		t.toks = t.lex.dateTokens(u.Masked, toks, t.toks)
		s = scanner{t: u.Masked, toks: t.toks, order: t.order}
		t.exprs = s.scan(t.exprs)
	}
	if t.dlEnd > 0 && u.Offset == t.dlUnit {
		// The dateline's date is the document's, not the sentence's.
		k := 0
		for k < len(t.exprs) && t.exprs[k].s < t.dlEnd-u.Offset {
			k++
		}
		t.exprs = append(t.exprs[:0], t.exprs[k:]...)
	}

	if u.Kind == claims.SourceInfobox {
		for i := range t.exprs {
			if ts, ok := t.resolve(&t.exprs[i], t.title, u.Block); ok {
				t.setSpan(&ts, u, &t.exprs[i])
				// An infobox range is the period the thing lasted.
				ts.Period = t.exprs[i].isRange && !t.exprs[i].between
				whole.Date = t.scratchDate(ts)
				break
			}
		}
		if whole.Date != nil && strings.EqualFold(u.Key, "date") && !t.hasConflictStart {
			t.conflictStart, t.hasConflictStart = whole.Date.Start, true
		}
		return t.single(whole)
	}

	if u.Block != t.lastBlock {
		if t.excerpt {
			t.setCur(nil, "")
		}
		t.lastBlock = u.Block
	}

	// Resolve every expression against the running reference: a date
	// early in the sentence anchors the ones after it. In a report,
	// calendar dates take their year from the document's date instead,
	// looking back from it.
	t.res = t.res[:0]
	local := t.ref
	var lv refState // the reference set by the last date of this sentence
	// A weekday in reported speech is on or before the day it was
	// reported: "the group said on Tuesday it had taken the base on
	// Sunday" in a Thursday report is the Sunday before that Tuesday.
	t.repDay, t.hasRepDay = 0, false
	for i := range t.exprs {
		e := &t.exprs[i]
		if !e.report || e.kind != exWeekday && e.kind != exDeictic && e.kind != exAbs {
			continue
		}
		r, re := local, e
		if t.doc != nil && e.kind == exAbs {
			back := *e
			back.back = true
			r, re = t.doc, &back
		}
		if ts, ok := t.resolve(re, r, u.Block); ok && ts.Modifier == claims.ModNone && ts.Precision == claims.PrecisionDay {
			t.setSpan(&ts, u, e)
			t.repDay, t.repSpan, t.hasRepDay = ts.End, ts.Span, true
			break
		}
	}
	var now refState // the day a report's "two days ago" counts from
	if t.doc != nil {
		now = *t.doc
		if t.hasRepDay {
			now.ts = claims.TimeSpan{Start: t.repDay, End: t.repDay, Precision: claims.PrecisionDay, Span: t.repSpan}
		}
	}
	for i := range t.exprs {
		e := &t.exprs[i]
		r, re := local, e
		var back dexpr
		switch {
		case t.doc != nil && (e.kind == exAbs || e.kind == exWithin && e.hasA):
			back = *e
			back.back = true
			r, re = t.doc, &back
		case t.doc != nil && e.now:
			r = &now
		}
		crossing := t.excerpt && r != nil && r.block != u.Block
		if crossing && t.title != nil && e.kind == exAbs && !e.a.hasYear() && !e.b.hasYear() {
			r, crossing = t.title, false
		}
		ts, ok := t.resolve(re, r, u.Block)
		if !ok {
			continue
		}
		if t.doc != nil && ts.Start > t.doc.ts.End && !futureClause(u.Masked) {
			// A report tells what happened by its own day: a date after
			// it in a sentence with no word of the future ("The
			// withdrawal came two weeks after rebels declared an
			// offensive") counts from an event the text does not date.
			continue
		}
		if ts.Anchor == claims.AnchorPrevious || ts.Anchor == claims.AnchorRelative {
			if crossing || r != nil && r.ts.LowConfidence {
				ts.LowConfidence = true
			}
		}
		t.setSpan(&ts, u, e)
		t.res = append(t.res, resolved{e: *e, ts: ts})
		if !e.back && !e.report {
			lv = refState{ts: ts, src: claims.AnchorPrevious, block: u.Block}
			local = &lv
		}
	}

	// The date of a reporting verb ("activists said on Tuesday that
	// ...") is when the clauses were reported, kept apart from their
	// dates; it neither opens a clause nor moves the narrative.
	var reported *claims.TimeSpan
	k := 0
	for i := range t.res {
		if t.res[i].e.report {
			if reported == nil {
				t.reported = t.res[i].ts
				reported = &t.reported
			}
			continue
		}
		t.res[k] = t.res[i]
		k++
	}
	t.res = t.res[:k]

	// A sentence dated only by attributive names of things ("since the
	// August 2013 attacks", "the 2014 Idlib offensive") keeps the
	// narrative date, unless the name's date is narrower and inside it.
	// A parenthesis after a name is Wikipedia's way of dating the
	// sentence's subject ("The Daraa offensive (March–April 2016) was
	// ...") and stays the sentence's date.
	if t.cur != nil && len(t.res) > 0 {
		labels := true
		for i := range t.res {
			r := &t.res[i]
			if !r.e.label || r.e.paren || r.ts.Start >= t.cur.Start && r.ts.End <= t.cur.End {
				labels = false
				break
			}
		}
		if labels {
			t.res = t.res[:0]
		}
	}

	if len(t.res) == 0 {
		whole.Reported = reported
		switch {
		case reported != nil:
			// Reported then, so it happened on or before.
			whole.Date = t.scratchDate(t.reportBound(*reported))
		case t.cur != nil:
			d := *t.cur
			d.Inherited = true
			d.Anchor = claims.AnchorInherit
			d.InheritedFrom = t.curFrom
			if s.tied {
				// "Two days after the killings": counted from an event
				// the sentence does not date.
				d.LowConfidence = true
			}
			if h := t.enclosingDate(); h != nil && h.Start == d.Start && h.End == d.End && h.Modifier == d.Modifier {
				// "Earlier in the day" under "=== 11 January ===": the
				// heading gives the day.
				d.InheritedFrom = claims.AnchorHeading
			}
			whole.Date = t.scratchDate(d)
		}
		return t.single(whole)
	}

	out := t.group(u, &s)
	if reported != nil {
		for i := range out {
			out[i].Reported = reported
		}
	}

	// The narrative moves to the latest-starting date the sentence asserts.
	best := -1
	for i, c := range out {
		if c.Date == nil || t.backClause[i] {
			continue
		}
		if best < 0 || c.Date.Start >= out[best].Date.Start {
			best = i
		}
	}
	if best < 0 && t.ref == nil {
		best = len(out) - 1
	}
	if best >= 0 && out[best].Date != nil {
		// t.cur shares the reference's copy of the date: neither is
		// changed in place.
		r := t.newRef(refState{ts: *out[best].Date, src: claims.AnchorPrevious, block: u.Block})
		t.ref = r
		if t.doc == nil {
			// A report's own dates date their clauses only: its undated
			// sentences keep the document's date (or their heading's).
			t.setCur(&r.ts, r.ts.Anchor)
		}
	}
	return out
}

// futureWords mark a sentence that may tell what is still to happen.
var futureWords = []string{" will ", " would ", "'ll ", " shall ", "next ", "tomorrow", "expected", "scheduled",
	"plan", "upcoming", "due to", "is to ", "are to ", "set to ", "intend", "threaten", "going to", "later this",
	"coming ", "until ", "deadline", "ultimatum", "warned", "vowed", "promised"}

// futureClause reports whether text has a word of the future (see
// futureWords).
func futureClause(text string) bool {
	low := " " + strings.ToLower(text) + " "
	for _, w := range futureWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// reportBound returns the date of a clause dated only by when it was
// reported: on or before the report date, from the narrative date when
// that is earlier, else from the first day of the report date's month
// (the convention of "By 28 February").
func (t *Timeline) reportBound(rep claims.TimeSpan) claims.TimeSpan {
	d := rep
	d.Modifier = claims.ModBefore
	y, m, _ := rep.End.Date()
	d.Start = claims.NewDay(y, m, 1)
	if t.ref != nil {
		if p := refPoint(t.ref.ts); p <= rep.End {
			d.Start = p
		}
	}
	d.Period = false
	return d
}

// newRef returns a copy of v in a slot of t.narrative that neither t.ref
// nor t.cur points into, so that the dates they hold stay as they are.
func (t *Timeline) newRef(v refState) *refState {
	for k := range t.narrative {
		r := &t.narrative[k]
		if r != t.ref && &r.ts != t.cur {
			*r = v
			return r
		}
	}
	// Not reached: two pointers leave a slot of three free.
	r := new(refState)
	*r = v
	return r
}

// scratchDate returns a pointer to a copy of d in the timeline's scratch
// space, which holds one date.
func (t *Timeline) scratchDate(d claims.TimeSpan) *claims.TimeSpan {
	t.dates = append(t.dates[:0], d)
	return &t.dates[0]
}

// single returns c as the only clause of a unit, in the timeline's
// scratch space.
func (t *Timeline) single(c Clause) []Clause {
	t.out = append(t.out[:0], c)
	return t.out
}

// setSpan records the expression's text span, in absolute offsets.
func (t *Timeline) setSpan(ts *claims.TimeSpan, u *article.Unit, e *dexpr) {
	ts.Span = claims.Span{Offset: u.Offset + e.s, Length: e.e - e.s, Text: u.Text[e.s:e.e]}
}

// group splits the sentence into one clause per dated clause. A new
// clause starts at a clause boundary (a semicolon; a comma before and,
// but, while, which ...; a complementiser "that"; a bare "and") between
// the previous date and the next. Dates with no boundary between them
// share a clause, whose date is the first; a date naming something
// ("(June–July 2015)", "the 2015 offensive") never opens a clause.
func (t *Timeline) group(u *article.Unit, s *scanner) []Clause {
	groups := t.groups[:0]
	prevEnd := -1
	for i := range t.res {
		e := &t.res[i].e
		if len(groups) == 0 {
			groups = appendGroup(groups, 0, i)
			if !e.label {
				prevEnd = e.e
			}
			continue
		}
		g := &groups[len(groups)-1]
		if e.label || prevEnd < 0 {
			g.items = append(g.items, i)
			if !e.label {
				prevEnd = e.e
			}
			continue
		}
		if cut, ok := s.boundary(prevEnd, e.s); ok {
			groups = appendGroup(groups, cut, i)
		} else {
			g.items = append(g.items, i)
		}
		prevEnd = e.e
	}
	t.groups = groups
	out := slices.Grow(t.out[:0], len(groups))[:len(groups)]
	dates := slices.Grow(t.dates[:0], len(groups))[:len(groups)]
	t.out, t.dates = out, dates
	if cap(t.backClause) < len(groups) {
		t.backClause = make([]bool, len(groups))
	}
	t.backClause = t.backClause[:len(groups)]
	for gi, g := range groups {
		end := len(u.Text)
		if gi+1 < len(groups) {
			end = groups[gi+1].start
		}
		for end > g.start && (u.Text[end-1] == ' ' || u.Text[end-1] == '\t' || u.Text[end-1] == '\n') {
			end--
		}
		pick := -1
		for _, k := range g.items {
			if !t.res[k].e.label {
				pick = k
				break
			}
		}
		if pick < 0 {
			pick = g.items[0]
		}
		// A vague first date gives way to a narrower one inside it:
		// "That same month, ... between 18–23 September 2013".
		if vague(&t.res[pick].e) {
			for _, k := range g.items {
				a, b := t.res[k].ts, t.res[pick].ts
				if k != pick && a.Start >= b.Start && a.End <= b.End && a.End-a.Start < b.End-b.Start && a.Modifier != claims.ModAfter && a.Modifier != claims.ModBefore {
					pick = k
				}
			}
		}
		dates[gi] = t.res[pick].ts
		out[gi] = Clause{Start: u.Offset + g.start, End: u.Offset + end, Date: &dates[gi]}
		t.backClause[gi] = t.res[pick].e.back
	}
	return out
}

// appendGroup appends a group starting at start with the one expression
// i, reusing the storage of an earlier sentence's group.
func appendGroup(groups []grp, start, i int) []grp {
	if len(groups) < cap(groups) {
		groups = groups[:len(groups)+1]
		g := &groups[len(groups)-1]
		g.start = start
		g.items = append(g.items[:0], i)
		return groups
	}
	return append(groups, grp{start: start, items: []int{i}})
}

// vague reports whether a clause date may give way to a narrower one.
func vague(e *dexpr) bool {
	return e.label || e.kind == exRel && e.mode == rCal && e.unit >= uMonth
}

// boundary finds a clause boundary in s.t[from:to] and returns the offset
// where the new clause starts.
func (s *scanner) boundary(from, to int) (int, bool) {
	bestRank, cut := 0, 0
	depth := 0
	for i := 0; i < len(s.toks); i++ {
		tk := s.toks[i]
		if tk.Start >= to {
			break
		}
		if tk.Kind == token.Mark && markOf(tk) == '(' {
			depth++
		}
		if tk.Kind == token.Mark && markOf(tk) == ')' && depth > 0 {
			depth--
		}
		if tk.Start < from || depth > 0 {
			continue
		}
		rank, at := 0, 0
		switch {
		case tk.Kind == token.Mark && markOf(tk) == ';' && i+1 < len(s.toks) && s.toks[i+1].Start < to:
			rank, at = 4, s.toks[i+1].Start
		case tk.Kind == token.Mark && markOf(tk) == ',' && i+1 < len(s.toks) && s.toks[i+1].Start < to &&
			s.wordIn(i+1, wAnd, wConj, wAs):
			rank, at = 3, s.toks[i+1].Start
		case tk.Kind == token.Word && wordOf(tk) == wThat && !s.punct(i-1, ','):
			rank, at = 2, tk.Start
		case tk.Kind == token.Word && wordOf(tk) == wAnd:
			rank, at = 1, tk.Start
		}
		if rank > 0 && rank >= bestRank {
			bestRank, cut = rank, at
		}
	}
	return cut, bestRank > 0
}

// refPoint is the day a reference stands for: the end of a "by" date,
// the start of anything else.
func refPoint(ts claims.TimeSpan) claims.Day {
	if ts.Modifier == claims.ModBefore {
		return ts.End
	}
	return ts.Start
}

// inferYear returns the year of a year-less month m read against ref.
func inferYear(m int, ref claims.TimeSpan, back bool) int {
	ry, rmT, _ := refPoint(ref).Date()
	rm := int(rmT)
	switch {
	case m == 0:
		return ry
	case back:
		if m > rm {
			return ry - 1
		}
		return ry
	case rm-m >= 6:
		// The month went back half a year or more: a chronological
		// narrative has moved into the next year.
		return ry + 1
	}
	return ry
}

// precRank orders precisions from finest to coarsest.
func precRank(p claims.Precision) int {
	switch p {
	case claims.PrecisionDay:
		return 1
	case claims.PrecisionDays:
		return 2
	case claims.PrecisionWeek:
		return 3
	case claims.PrecisionMonth:
		return 4
	case claims.PrecisionSeason:
		return 5
	case claims.PrecisionYear:
		return 6
	case claims.PrecisionYears:
		return 7
	}
	return 0
}

func coarser(a, b claims.Precision) claims.Precision {
	if precRank(b) > precRank(a) {
		return b
	}
	return a
}

// period returns the interval and precision of a date whose year is known.
func period(p pdate) (claims.Day, claims.Day, claims.Precision) {
	switch {
	case p.d != 0:
		d := claims.NewDay(p.y, time.Month(p.m), p.d)
		return d, d, claims.PrecisionDay
	case p.m != 0 && p.half != 0:
		// The first half of a month is days 1–15, the second the rest.
		s, e := claims.MonthSpan(p.y, time.Month(p.m))
		if p.half == 1 {
			return s, s + 14, claims.PrecisionDays
		}
		return s + 15, e, claims.PrecisionDays
	case p.m != 0:
		s, e := claims.MonthSpan(p.y, time.Month(p.m))
		switch p.part {
		case claims.ModStart:
			e = s + 9
		case claims.ModMid:
			s, e = s+10, s+19
		case claims.ModEnd:
			s += 20
		}
		return s, e, claims.PrecisionMonth
	case p.season != 0:
		first := [5]int{0, 3, 6, 9, 12}[p.season]
		y := p.y
		if p.season == 4 {
			y-- // winter of Y begins in December of Y-1
		}
		m := first
		n := 3
		switch p.part {
		case claims.ModMid:
			m++
			n = 1
		case claims.ModEnd:
			m += 2
			n = 1
		case claims.ModStart:
			n = 1
		}
		s := claims.NewDay(y, time.Month(m), 1)
		return s, claims.NewDay(y, time.Month(m+n), 1) - 1, claims.PrecisionSeason
	case p.half != 0:
		// The first half of a year is January–June, the second July–December.
		if p.half == 1 {
			return claims.NewDay(p.y, time.January, 1), claims.NewDay(p.y, time.July, 1) - 1, claims.PrecisionMonth
		}
		return claims.NewDay(p.y, time.July, 1), claims.NewDay(p.y+1, time.January, 1) - 1, claims.PrecisionMonth
	default:
		s, e := claims.YearSpan(p.y)
		switch p.part {
		case claims.ModStart:
			e = claims.NewDay(p.y, time.May, 1) - 1
		case claims.ModMid:
			s, e = claims.NewDay(p.y, time.May, 1), claims.NewDay(p.y, time.September, 1)-1
		case claims.ModEnd:
			s = claims.NewDay(p.y, time.September, 1)
		}
		return s, e, claims.PrecisionYear
	}
}

// monthOf returns the month a date starts in, for year inference.
func (p pdate) monthOf() int {
	if p.m != 0 {
		return p.m
	}
	if p.season != 0 {
		return [5]int{0, 3, 6, 9, 12}[p.season]
	}
	return 0
}

// resolve turns an expression into an interval, using ref for what the
// text leaves out. block is the block of the sentence (-1 for headings).
func (t *Timeline) resolve(e *dexpr, ref *refState, block int) (claims.TimeSpan, bool) {
	var ts claims.TimeSpan
	switch e.kind {
	case exAbs:
		var ok bool
		ts, ok = resolveAbs(e, ref)
		if !ok {
			return ts, false
		}
	case exRel:
		if ref == nil || e.needDoc && t.doc == nil {
			return ts, false
		}
		ts = resolveRel(e, ref.ts)
		ts.Anchor = claims.AnchorRelative
		if e.now && ref.src == claims.AnchorDocument {
			ts.Anchor = claims.AnchorDocument
		}
		ts.Base = t.spanRef(ref.ts.Span)
	case exWeekday, exDeictic:
		var ok bool
		ts, ok = t.resolveDeictic(e, ref)
		if !ok {
			return ts, false
		}
	case exWithin:
		var base claims.TimeSpan
		switch {
		case e.hasA:
			var ok bool
			base, ok = resolveAbs(&dexpr{kind: exAbs, a: e.a}, ref)
			if !ok {
				return ts, false
			}
		case e.ofUnit != 0:
			if ref == nil {
				return ts, false
			}
			base = resolveRel(&dexpr{kind: exRel, mode: rCal, unit: e.ofUnit}, ref.ts)
			base.Anchor = claims.AnchorRelative
			base.Base = t.spanRef(ref.ts.Span)
		case ref != nil && ref.block == block && block >= 0 && precRank(ref.ts.Precision) >= precRank(claims.PrecisionMonth) && ref.ts.Modifier == claims.ModNone:
			// "erupted in January 2014. In the first few days of the conflict"
			base = ref.ts
			base.Anchor = claims.AnchorRelative
			base.Base = t.spanRef(ref.ts.Span)
			base.Period = false
		case t.hasConflictStart && e.conflict && !e.fromEnd:
			base = claims.TimeSpan{Start: t.conflictStart, End: t.conflictStart + 3660, Anchor: claims.AnchorRelative}
		default:
			return ts, false
		}
		ts = base
		n := claims.Day(e.ndays)
		if e.fromEnd {
			ts.Start = max(base.End-n+1, base.Start)
		} else {
			ts.End = min(base.Start+n-1, base.End)
		}
		ts.Modifier = claims.ModNone
		switch {
		case e.ndays == 1:
			ts.Precision = claims.PrecisionDay
		case e.ndays == 7 && !e.few:
			ts.Precision = claims.PrecisionWeek
		default:
			ts.Precision = claims.PrecisionDays
		}
		if e.ndays > 1 {
			ts.Modifier = claims.ModStart
			if e.fromEnd {
				ts.Modifier = claims.ModEnd
			}
		}
	default:
		return ts, false
	}
	switch e.mod {
	case claims.ModBefore:
		ts.Modifier = claims.ModBefore
		start := ts.Start
		if ts.Precision == claims.PrecisionDay {
			y, m, _ := ts.End.Date()
			start = claims.NewDay(y, m, 1)
		}
		if ref != nil {
			if p := refPoint(ref.ts); p <= ts.End {
				start = p
			}
		}
		ts.Start = min(start, ts.End)
	case claims.ModAfter:
		ts.Modifier = claims.ModAfter
		if ref != nil && ref.ts.End > ts.End {
			ts.End = ref.ts.End
		}
		if e.back && t.doc != nil && t.doc.ts.End >= ts.Start {
			// "since the start of the year" in a report: until its date.
			ts.End = t.doc.ts.End
		}
	case claims.ModApprox:
		ts.Modifier = claims.ModApprox
	}
	return ts, true
}

// spanRef returns a pointer to a copy of sp, or nil for an empty span
// (a date given from outside the text). The copies are cut from blocks
// that are never reused, since the claims keep pointing at them.
func (t *Timeline) spanRef(sp claims.Span) *claims.Span {
	if sp == (claims.Span{}) {
		return nil
	}
	if len(t.bases) == cap(t.bases) {
		t.bases = make([]claims.Span, 0, baseBlock)
	}
	t.bases = append(t.bases, sp)
	return &t.bases[len(t.bases)-1]
}

// baseBlock is how many bases are allocated at once.
const baseBlock = 32

// resolveDeictic resolves a weekday or today/yesterday: counted from
// the document's date when it has one, else from the narrative date
// when that is one day (weekdays only), else not at all.
func (t *Timeline) resolveDeictic(e *dexpr, ref *refState) (claims.TimeSpan, bool) {
	var base claims.Day
	var from claims.Span
	var anchor claims.Anchor
	switch {
	case t.doc != nil:
		base, from, anchor = t.doc.ts.End, t.doc.ts.Span, claims.AnchorDocument
	case e.kind == exWeekday && ref != nil && ref.ts.Precision == claims.PrecisionDay:
		base, from, anchor = refPoint(ref.ts), ref.ts.Span, claims.AnchorPrevious
	default:
		return claims.TimeSpan{}, false
	}
	if e.kind == exWeekday && !e.report && t.hasRepDay && t.repDay < base {
		base, from = t.repDay, t.repSpan
	}
	d := base + claims.Day(e.lo)
	if e.kind == exWeekday {
		wd := int(e.wday)
		switch e.wdir {
		case 0: // the latest such day on or before the base
			d = base - claims.Day((weekday(base)-wd+7)%7)
		case -1: // "last Friday": strictly before
			d = base - claims.Day((weekday(base)-wd+6)%7+1)
		case 1: // "next Monday": strictly after
			d = base + claims.Day((wd-weekday(base)+6)%7+1)
		default: // "will meet on Monday": the first on or after
			d = base + claims.Day((wd-weekday(base)+7)%7)
		}
	}
	return claims.TimeSpan{Start: d, End: d, Precision: claims.PrecisionDay, Anchor: anchor, Base: t.spanRef(from)}, true
}

// resolveAbs resolves a calendar date or range.
func resolveAbs(e *dexpr, ref *refState) (claims.TimeSpan, bool) {
	a, b := e.a, e.b
	anchor := claims.AnchorExplicit
	if e.ambig {
		// "02/01/2014" with nothing to say which way round: both
		// readings, as one low-confidence interval from the earlier to
		// the later.
		if !validDay(a) || !validDay(b) {
			return claims.TimeSpan{}, false
		}
		as, _, _ := period(a)
		bs, _, _ := period(b)
		return claims.TimeSpan{Start: min(as, bs), End: max(as, bs), Precision: claims.PrecisionDays,
			Anchor: anchor, LowConfidence: true}, true
	}
	need := func() bool { // the year comes from the reference
		if ref == nil {
			return false
		}
		anchor = ref.src
		return true
	}
	if a.thatYear || b.thatYear {
		if ref == nil {
			return claims.TimeSpan{}, false
		}
		ry, _, _ := refPoint(ref.ts).Date()
		if a.thatYear {
			a.y = ry
		}
		if b.thatYear {
			b.y = ry
		}
		anchor = claims.AnchorPrevious
	}
	if e.isRange {
		switch {
		case b.yy:
			if a.y == 0 {
				return claims.TimeSpan{}, false
			}
			b.y = a.y/100*100 + b.y
			if b.y < a.y {
				b.y += 100
			}
		case b.y != 0 && a.y == 0:
			a.y = b.y
			if a.monthOf() > b.monthOf() && b.monthOf() != 0 {
				a.y--
			}
		case a.y != 0 && b.y == 0:
			b.y = a.y
			if b.monthOf() < a.monthOf() && b.monthOf() != 0 {
				b.y++
			}
		case a.y == 0 && b.y == 0:
			if !need() {
				return claims.TimeSpan{}, false
			}
			a.y = inferYear(a.monthOf(), ref.ts, e.back)
			b.y = a.y
			if b.monthOf() < a.monthOf() {
				b.y++
			}
		}
		if !validDay(a) || !validDay(b) {
			return claims.TimeSpan{}, false
		}
		as, _, ap := period(a)
		_, be, bp := period(b)
		if be < as {
			return claims.TimeSpan{}, false
		}
		ts := claims.TimeSpan{Start: as, End: be, Anchor: anchor, Period: e.period}
		switch {
		case ap == claims.PrecisionDay && bp == claims.PrecisionDay:
			ts.Precision = claims.PrecisionDays
		case ap == claims.PrecisionYear || bp == claims.PrecisionYear:
			ts.Precision = claims.PrecisionYears
		default:
			ts.Precision = coarser(ap, bp)
		}
		return ts, true
	}
	if a.y == 0 {
		if !need() {
			return claims.TimeSpan{}, false
		}
		a.y = inferYear(a.monthOf(), ref.ts, e.back)
	}
	if !validDay(a) {
		return claims.TimeSpan{}, false
	}
	s, en, p := period(a)
	return claims.TimeSpan{Start: s, End: en, Precision: p, Modifier: a.part, Anchor: anchor}, true
}

// resolveRel moves from the reference as a relative expression says.
func resolveRel(e *dexpr, ref claims.TimeSpan) claims.TimeSpan {
	aS, aE := ref.Start, ref.End
	prec := ref.Precision
	switch ref.Modifier {
	case claims.ModBefore:
		aS = aE
	case claims.ModAfter:
		aE = aS
	}
	if aS == aE && precRank(prec) < precRank(claims.PrecisionDay) {
		prec = claims.PrecisionDay
	}
	if aS == aE {
		prec = claims.PrecisionDay
	}
	ts := claims.TimeSpan{Modifier: e.mod}
	switch e.mode {
	case rCal:
		switch e.unit {
		case uDay:
			ts.Start, ts.End = aS+claims.Day(e.lo), aE+claims.Day(e.hi)
			ts.Precision = prec
		case uWeek:
			ts.Start = aS - claims.Day((weekday(aS)+6)%7) + claims.Day(7*e.lo)
			ts.End = aE - claims.Day((weekday(aE)+6)%7) + 6 + claims.Day(7*e.hi)
			ts.Precision = coarser(claims.PrecisionWeek, prec)
		case uMonth:
			y, m, _ := aS.Date()
			ts.Start, _ = claims.MonthSpan(y, m+time.Month(e.lo))
			y, m, _ = aE.Date()
			_, ts.End = claims.MonthSpan(y, m+time.Month(e.hi))
			ts.Precision = coarser(claims.PrecisionMonth, prec)
		case uYear:
			y, _, _ := aS.Date()
			ts.Start, _ = claims.YearSpan(y + e.lo)
			y, _, _ = aE.Date()
			_, ts.End = claims.YearSpan(y + e.hi)
			ts.Precision = coarser(claims.PrecisionYear, prec)
		}
		switch e.rpart {
		case claims.ModStart, claims.ModMid, claims.ModEnd:
			if e.unit == uYear && ts.Precision == claims.PrecisionYear {
				y, _, _ := ts.Start.Date()
				ts.Start, ts.End, _ = period(pdate{y: y, part: e.rpart})
			} else if e.unit == uMonth && ts.Precision == claims.PrecisionMonth {
				y, m, _ := ts.Start.Date()
				ts.Start, ts.End, _ = period(pdate{y: y, m: int(m), part: e.rpart})
			}
			ts.Modifier = e.rpart
		case claims.ModAfter: // "later that year": from the reference to the end
			ts.Start = max(ts.Start, aS)
		case claims.ModBefore: // "earlier that month"
			ts.End = min(ts.End, aE)
		}
	case rShift, rBack:
		switch e.unit {
		case uDay, uWeek:
			k := 1
			if e.unit == uWeek {
				k = 7
			}
			ts.Start, ts.End = aS+claims.Day(k*e.lo), aE+claims.Day(k*e.hi)
		case uMonth:
			ts.Start, ts.End = addMonths(aS, e.lo), addMonths(aE, e.hi)
		case uYear:
			ts.Start, ts.End = addMonths(aS, 12*e.lo), addMonths(aE, 12*e.hi)
		}
		switch e.unit {
		case uDay:
			if ts.Start == ts.End {
				ts.Precision = claims.PrecisionDay
			} else {
				ts.Precision = claims.PrecisionDays
			}
		case uWeek:
			ts.Precision = claims.PrecisionWeek
		case uMonth:
			ts.Precision = claims.PrecisionMonth
		case uYear:
			ts.Precision = claims.PrecisionYear
			if e.hi-e.lo > 1 || e.mode == rBack && -e.lo > 1 {
				ts.Precision = claims.PrecisionYears
			}
		}
		ts.Precision = coarser(ts.Precision, prec)
	}
	if ts.End < ts.Start {
		ts.Start, ts.End = ts.End, ts.Start
	}
	return ts
}

// weekday returns 0 for Sunday ... 6 for Saturday.
func weekday(d claims.Day) int { return int(d.Time().Weekday()) }

// addMonths moves d by n months, keeping the day of the month where the
// target month has it and using its last day otherwise.
func addMonths(d claims.Day, n int) claims.Day {
	y, m, day := d.Date()
	first, last := claims.MonthSpan(y, m+time.Month(n))
	if int(last-first)+1 < day {
		return last
	}
	return first + claims.Day(day-1)
}

// Clause is a part of a sentence with its own date. Start and End are
// absolute offsets.
type Clause struct {
	Start, End int
	Date       *claims.TimeSpan
	// Reported is when the clause was reported, where the sentence says
	// so apart from the event ("activists said on Tuesday"), or nil.
	Reported *claims.TimeSpan
}
