package timex

import (
	"unicode"
	"unicode/utf8"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/token"
)

// This file holds the lexical half of the temporal tagger: a tokenizer for
// one sentence (or heading, or title) and a small hand-written grammar that
// finds date expressions in the token stream. Nothing here knows about the
// narrative; timeline.go resolves the expressions found here against it.
//
// The grammar is hand-written rather than one large regular expression so
// that a sentence is tokenized once and every rule looks at a few tokens:
// the tagger runs at several hundred MB/s (see BenchmarkTimeline).

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isLetterByte(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func isOrdinalSuffix(s string) bool {
	switch s {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
		return true
	}
	return false
}

// pdate is a calendar date as written: any field may be missing (0).
//
// The fields are ordered so that the two bools share a word.
type pdate struct {
	y, m, d  int
	season   int             // 1 spring ... 4 winter
	part     claims.Modifier // early/mid/late: ModStart, ModMid, ModEnd
	yy       bool            // y is a two-digit year ending a range ("2017–18")
	thatYear bool            // "September of that year": the year of the reference
	half     uint8           // "the first half of" 1, "the second half of" 2
}

func (p pdate) hasYear() bool { return p.y != 0 && !p.yy }

// exprKind says how an expression is resolved.
type exprKind uint8

const (
	exAbs     exprKind = iota + 1 // a calendar date or range, maybe year-less
	exRel                         // an offset from the reference date
	exWithin                      // the first or last days of a period
	exWeekday                     // a day of the week: "on Friday", "last Monday"
	exDeictic                     // a day counted from the document's date: today, yesterday
)

// relUnit is the unit of a relative expression.
type relUnit uint8

const (
	uDay relUnit = iota + 1
	uWeek
	uMonth
	uYear
)

// relMode says how a relative expression moves from its anchor.
type relMode uint8

const (
	// rCal: the calendar unit of the anchor moved by lo..hi units ("the
	// next day", "the previous month", "that same year").
	rCal relMode = iota + 1
	// rShift: the anchor moved by lo..hi units ("two days later", "a month
	// later").
	rShift
	// rBack: a window ending at the anchor ("the past three years", "the
	// previous few days"); lo..hi are the window's ends in units.
	rBack
)

// dexpr is one date expression found in a text. s and e are byte offsets.
//
// The fields are ordered so that the small ones share words: the scanner
// returns expressions by value, and zeroes one for every rule that fails.
type dexpr struct {
	s, e int
	a, b pdate
	mod  claims.Modifier // before/after from a bound, approximate from an adverb
	// relative expressions
	lo, hi int
	rpart  claims.Modifier // "the end of that year"
	// exWithin: the first/last n days of a period, of a (exAbs), of the
	// reference's unit, or of the conflict.
	ndays int

	kind    exprKind
	isRange bool
	back    bool // a clearly backward reference (since, ago, the previous ...)
	label   bool // a date naming something: "(June–July 2015)", "the 2015 offensive"
	paren   bool // the label is a parenthesis after a name: "The Battle of X (June 2015)"
	tod     bool // a time of day of the reference day ("late in the evening")
	// relative expressions
	mode relMode
	unit relUnit
	// exWithin
	fromEnd  bool
	few      bool
	ofUnit   relUnit
	conflict bool
	hasA     bool
	// exWeekday: the day (Sunday 0) and the direction: 0 the latest
	// such day on or before the base, -1 strictly before ("last
	// Friday"), 1 strictly after ("next Monday"), 2 the first on or
	// after ("will meet on Monday"). exDeictic keeps its offset in days
	// in lo.
	wday, wdir int8
	// report marks the date of a reporting verb ("said on Tuesday",
	// "activists on Sunday reported"): when the account was given, not
	// when the event happened.
	report bool
	// period marks a range asserted from start to end ("from 3 to 9
	// March", a range in parentheses after a name); between marks
	// "between X and Y", an uncertain point.
	period, between bool
	// ambig marks a numeric date whose day and month may be either way
	// round ("02/01/2014"): a and b are its two readings.
	ambig bool
	// now marks a relative expression that counts from when the text
	// was written ("two days ago", "the past week", "this month",
	// "last year"): in a report, from its date. needDoc marks those
	// that mean nothing without that date ("this month", "last year"
	// would otherwise count from a background date of the story).
	now, needDoc bool
}

// scanner finds date expressions in one tokenized text.
type scanner struct {
	t    string
	toks []token.Token
	// lenient accepts a bare four-digit year anywhere: titles and headings
	// rarely hold counts.
	lenient bool
	// order is how numeric dates whose day and month could be swapped
	// are read: orderDMY, orderMDY, or 0 when unknown.
	order byte
	// tied is set when the text counts from an event it does not date
	// ("two days after the killings", "the day after the attack"): no
	// date is read from it, and a date the sentence inherits is not its
	// own day.
	tied bool
}

// Orders of numeric dates.
const (
	orderDMY = 'd' // 02/01/2014 is 2 January
	orderMDY = 'm' // 02/01/2014 is 1 February
)

// nd returns the number of digits of the first digit run of the number
// t, at most maxDigits.
func (s *scanner) nd(t token.Token) int { return leadDigits(s.t, t.Start) }

// maxWeekdayAbbr is the longest short name of a weekday ("Thurs"); every
// full name is longer.
const maxWeekdayAbbr = 5

// abbr reports whether t is a month name written short ("Sept", "Jan"):
// any name of token.Months but the first; or a weekday written short
// ("Sat", "Thurs").
func (s *scanner) abbr(t token.Token) bool {
	w := wordOf(t)
	if m := w.month(); m > 0 {
		return !token.EqualFold(s.t[t.Start:t.End], token.Months[m-1][0])
	}
	return w.weekday() >= 0 && t.End-t.Start <= maxWeekdayAbbr
}

func (s *scanner) word(i int, w wid) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == token.Word && wordOf(s.toks[i]) == w
}

func (s *scanner) punct(i int, p byte) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == token.Mark && markOf(s.toks[i]) == p
}

func (s *scanner) wordIn(i int, ws ...wid) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != token.Word {
		return false
	}
	for _, w := range ws {
		if wordOf(s.toks[i]) == w {
			return true
		}
	}
	return false
}

// scan returns the date expressions of the text in order, appending to out.
func (s *scanner) scan(out []dexpr) []dexpr {
	for i := 0; i < len(s.toks); {
		if !s.canStart(i) {
			i++
			continue
		}
		e, j, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		e.s, e.e = s.toks[i].Start, s.toks[j-1].End
		if e.e-e.s > 1 && s.t[e.e-1] == 'T' && isDigit(s.t[e.e-2]) {
			e.e-- // the time designator of "2014-07-19T08:30"
		}
		// A time of day followed by its date: "Late in the evening on 23 July".
		if n := len(out); n > 0 && out[n-1].tod && e.kind == exAbs && s.onlyGlue(out[n-1].e, e.s) {
			e.s = out[n-1].s
			out = out[:n-1]
		}
		s.markLabel(&e, i, j)
		s.markReport(&e, i, j)
		out = append(out, e)
		i = j
	}
	return out
}

// canStart reports whether any rule can match at token i: most tokens
// (names, verbs, punctuation) are rejected here without trying the rules.
func (s *scanner) canStart(i int) bool {
	t := &s.toks[i]
	switch t.Kind {
	case token.Number:
		return !isBad(*t)
	case token.Word:
		switch wordStarts[wordOf(*t)] {
		case startNever:
			return false
		case startBeforeLexicon:
			// Only when the next word is in the dateLexicon.
			return i+1 < len(s.toks) && (wordOf(s.toks[i+1]) != wNone || s.toks[i+1].Kind == token.Number)
		}
		return true
	}
	return false
}

// How a word may start a date expression (see canStart).
const (
	startAlways        = iota
	startNever         // no rule starts from the word
	startBeforeLexicon // only before a word of the dateLexicon or a number
)

// wordStarts holds, for every word id, how the word may start a date
// expression; an array, so that canStart reads one byte per word.
var wordStarts = func() (t [256]uint8) {
	for _, w := range []wid{wNone, wIn, wOn, wAt, wOf, wAnd, wTo, wThrough, wOver, wWithin, wVery, wSame,
		wDay, wDays, wMorning, wEvening, wNight, wAfternoon, wWeek, wWeeks, wMonth, wMonths,
		wYear, wYears, wFortnight, wAgo, wAfterwards, wCouple, wApprox, wExactly,
		wConflict, wCount, wEvent, wDet, wConj, wMiddle, wBeginning, wStart, wEnd,
		wFirst, wLast, wFinal, wOpening, wPast, wComing, wPreceding, wSay, wSecond, wHalf} {
		t[w] = startNever
	}
	for _, w := range []wid{wThe, wThat, wThis, wA, wLast} {
		t[w] = startBeforeLexicon
	}
	return t
}()

// onlyGlue reports whether t[from:to] holds only spaces, commas and "on"/"of".
func (s *scanner) onlyGlue(from, to int) bool {
	for _, t := range s.toks {
		if t.Start < from || t.End > to {
			continue
		}
		if t.Kind == token.Word && (wordOf(t) == wOn || wordOf(t) == wOf) || t.Kind == token.Mark && markOf(t) == ',' {
			continue
		}
		return false
	}
	return true
}

// markLabel marks dates that name something rather than date the clause:
// a parenthesised date after a name and an attributive date ("the 2015
// al-Hawl offensive", "the August 2013 attacks").
func (s *scanner) markLabel(e *dexpr, i, j int) {
	if e.kind != exAbs || e.mod != claims.ModNone && e.mod != claims.ModApprox {
		return
	}
	if s.punct(i-1, '(') && (s.punct(j, ')') || s.punct(j, ',')) {
		// A range in parentheses after a name is how long the thing
		// lasted: "The Battle of Sarrin (June–July 2015)".
		e.label, e.paren = true, true
		e.period = e.isRange && !e.ambig
		return
	}
	if s.wordIn(i-1, wThe, wDet) || (i > 0 && s.toks[i-1].Kind == token.Word && wordOf(s.toks[i-1]) == wA) {
		if j < len(s.toks) && s.toks[j].Kind == token.Word && wordOf(s.toks[j]) != wAnd && wordOf(s.toks[j]) != wTo && wordOf(s.toks[j]) != wConj {
			e.label = true
		}
	}
}

// match tries every rule at token i and returns the expression and the
// index after it.
func (s *scanner) match(i int) (dexpr, int, bool) {
	t := s.toks[i]
	if t.Kind == token.Word {
		if wordOf(t).weekday() >= 0 {
			return s.weekday(i, 0)
		}
		switch wordOf(t) {
		case wLast, wNext, wThis:
			if wordOf(t) == wLast && i+1 < len(s.toks) {
				// "last week", "last month", "last year"
				if u, pl := unitOf(wordOf(s.toks[i+1])); u >= uWeek && !pl && wordOf(s.toks[i+1]) != wFortnight {
					return dexpr{kind: exRel, mode: rCal, unit: u, lo: -1, hi: -1, back: true, now: true, needDoc: true}, i + 2, true
				}
			}
			// "last Friday", "next Monday", "this Sunday"
			if i+1 < len(s.toks) && wordOf(s.toks[i+1]).weekday() >= 0 {
				dir := 0
				switch wordOf(t) {
				case wLast:
					dir = -1
				case wNext:
					dir = 1
				}
				return s.weekday(i+1, dir)
			}
		case wToday, wTonight, wYesterday, wTomorrow:
			return s.deictic(i)
		case wAs:
			// "As early as Wednesday, ISIL had held the roads": the state
			// held then, so what brought it about came on or before.
			if s.word(i+1, wEarly) && s.word(i+2, wAs) {
				if e, j, ok := s.boundTarget(i + 3); ok && e.kind != exRel {
					e.mod = claims.ModBefore
					return e, j, true
				}
			}
		}
		switch wordOf(t) {
		case wBy, wUntil, wTill, wBefore, wSince, wAfter, wFrom:
			if e, j, ok := s.bound(i); ok {
				return e, j, true
			}
		case wAs:
			if s.word(i+1, wOf) {
				if e, j, ok := s.boundTarget(i + 2); ok {
					e.mod = claims.ModBefore
					return e, j, true
				}
			}
		case wPrior:
			if s.word(i+1, wTo) {
				if e, j, ok := s.boundTarget(i + 2); ok {
					e.mod = claims.ModBefore
					return e, j, true
				}
			}
		case wBetween:
			if e, j, ok := s.between(i); ok {
				return e, j, true
			}
		}
	}
	// Numbers may start any rule; words only those wordRules lists.
	rules := uint8(ruleRel | ruleAbs)
	if t.Kind == token.Word {
		rules = wordRules[wordOf(t)]
	}
	if rules&ruleRel != 0 {
		if e, j, ok := s.relative(i); ok {
			return e, j, true
		}
	}
	// within starts with "the".
	if t.Kind == token.Word && wordOf(t) == wThe {
		if e, j, ok := s.within(i); ok {
			return e, j, true
		}
	}
	if rules&ruleAbs == 0 {
		return dexpr{}, 0, false
	}
	return s.absolute(i)
}

// Rules a word may start, for wordRules.
const (
	ruleRel = 1 << iota // relative
	ruleAbs             // absolute
)

// wordRules holds, for every word id, which of relative and absolute can
// match from the word: relative only from the words its switch and count
// read, absolute only from what date reads (early, mid, late, the, a
// month or a season).
var wordRules = func() (t [256]uint8) {
	for _, w := range []wid{wThe, wThat, wThis, wNext, wFollowing, wPrevious, wRecent,
		wLater, wEarlier, wLate, wEarly, wDuring, wNumWord, wA, wFew, wSeveral} {
		t[w] |= ruleRel
	}
	for _, w := range []wid{wEarly, wMid, wLate, wThe, wSpring, wSummer, wAutumn, wWinter} {
		t[w] |= ruleAbs
	}
	for w := wJan; w <= wDec; w++ {
		t[w] |= ruleAbs
	}
	return t
}()

// bound reads "By 28 February", "since October", "until 2017", "from
// 2017", "from 3 to 5 May", "before 2014", "after 5 May".
func (s *scanner) bound(i int) (dexpr, int, bool) {
	w := wordOf(s.toks[i])
	if w == wFrom {
		if e, j, ok := s.rangeTo(i + 1); ok {
			return e, j, true
		}
	}
	e, j, ok := s.boundTarget(i + 1)
	if !ok {
		return dexpr{}, 0, false
	}
	if e.kind == exRel && w != wBy && w != wSince {
		return dexpr{}, 0, false
	}
	switch w {
	case wBy, wUntil, wTill, wBefore:
		e.mod = claims.ModBefore
	case wSince:
		e.mod = claims.ModAfter
		e.back = true
	case wAfter, wFrom:
		e.mod = claims.ModAfter
	}
	return e, j, true
}

// boundTarget reads what follows a bound word: a date or a same-day
// relative ("By the same day", "as of that day").
func (s *scanner) boundTarget(i int) (dexpr, int, bool) {
	if i >= len(s.toks) {
		return dexpr{}, 0, false
	}
	if s.toks[i].Kind == token.Word {
		if wordOf(s.toks[i]).weekday() >= 0 {
			return s.weekday(i, 0)
		}
		switch wordOf(s.toks[i]) {
		case wToday, wTonight, wYesterday, wTomorrow:
			return s.deictic(i)
		}
	}
	if s.word(i, wMid) || s.word(i, wEarly) || s.word(i, wLate) {
		return s.absolute(i)
	}
	if e, j, ok := s.relative(i); ok {
		return e, j, true
	}
	return s.absolute(i)
}

// rangeTo reads "X to Y", "X until Y", "X through Y" after "from".
func (s *scanner) rangeTo(i int) (dexpr, int, bool) {
	a, j, bareDay, ok := s.dateOrDay(i)
	if !ok || j >= len(s.toks) {
		return dexpr{}, 0, false
	}
	if !(s.wordIn(j, wTo, wUntil, wTill, wThrough) || s.punct(j, '-')) {
		return dexpr{}, 0, false
	}
	b, k, ok := s.date(j + 1)
	if !ok {
		return dexpr{}, 0, false
	}
	if a2, ok := joinRange(a, b, bareDay); ok {
		return dexpr{kind: exAbs, a: a2, b: b, isRange: true, period: true}, k, true
	}
	return dexpr{}, 0, false
}

// between reads "between 27 and 29 April 2015", "Between 3 January and 28
// June 2014", "between 2014 and 2016".
func (s *scanner) between(i int) (dexpr, int, bool) {
	a, j, bareDay, ok := s.dateOrDay(i + 1)
	if !ok || !s.word(j, wAnd) {
		// "between 18–23 September 2013": a range after "between".
		if e, k, ok := s.absolute(i + 1); ok && e.isRange {
			e.between = true
			return e, k, true
		}
		return dexpr{}, 0, false
	}
	b, k, ok := s.date(j + 1)
	if !ok {
		return dexpr{}, 0, false
	}
	if a2, ok := joinRange(a, b, bareDay); ok {
		return dexpr{kind: exAbs, a: a2, b: b, isRange: true, between: true}, k, true
	}
	return dexpr{}, 0, false
}

// joinRange checks that a and b can be the ends of one range and fills a
// bare day's month from b.
func joinRange(a, b pdate, bareDay bool) (pdate, bool) {
	if bareDay {
		if b.d == 0 || b.m == 0 || a.d > b.d {
			return a, false
		}
		a.m = b.m
		return a, true
	}
	// Both ends need the same kind of start: a year-only start cannot run
	// to a day ("2013–5 July" is not a range).
	if a.m == 0 && a.season == 0 && (b.m != 0 || b.season != 0) {
		return a, false
	}
	if a.d != 0 && b.d == 0 && b.m != 0 {
		return a, false
	}
	return a, true
}

// dateOrDay reads a date, or a bare day number that a following date
// completes ("18" in "18–23 September").
func (s *scanner) dateOrDay(i int) (pdate, int, bool, bool) {
	if p, j, ok := s.date(i); ok {
		return p, j, false, true
	}
	if i < len(s.toks) && s.isDay(i) {
		return pdate{d: int(s.toks[i].Value)}, i + 1, true, true
	}
	return pdate{}, 0, false, false
}

// absolute reads a date, a range of dates or a list of months.
func (s *scanner) absolute(i int) (dexpr, int, bool) {
	if s.order == 0 && s.punct(i+1, '/') {
		if a, b, j, ok := s.slashDate(i); ok && a != b {
			// Either way round, and nothing says which: both readings.
			return dexpr{kind: exAbs, a: a, b: b, ambig: true}, j, true
		}
	}
	// "18–23 September 2013": a bare day, a dash, a full date.
	if s.isDay(i) && s.punct(i+1, '-') {
		if b, k, ok := s.date(i + 2); ok && b.d != 0 && b.m != 0 {
			if a, ok := joinRange(pdate{d: int(s.toks[i].Value)}, b, true); ok {
				return dexpr{kind: exAbs, a: a, b: b, isRange: true}, k, true
			}
		}
	}
	a, j, ok := s.date(i)
	if !ok {
		return dexpr{}, 0, false
	}
	e := dexpr{kind: exAbs, a: a}
	// Ranges with a dash or a slash: "June–July 2015", "2017–18",
	// "September 16–20", "28 April – 31 May 2017", "January/February".
	if s.punct(j, '-') || s.punct(j, '/') && a.m != 0 && a.d == 0 {
		k := j + 1
		switch {
		case a.d != 0 && a.m != 0 && a.y == 0 && s.isDay(k) && !s.monthAt(k+1) && s.toks[i].Kind == token.Word:
			// "September 16–20"
			b := pdate{m: a.m, d: int(s.toks[k].Value)}
			k++
			if s.punct(k, ',') && s.isYear(k+1, true) {
				b.y = int(s.toks[k+1].Value)
				k += 2
			} else if s.isYear(k, true) {
				b.y = int(s.toks[k].Value)
				k++
			}
			if b.d > a.d {
				e.b, e.isRange = b, true
				return e, k, true
			}
		case a.hasYear() && a.m == 0 && a.season == 0 && k < len(s.toks) && s.toks[k].Kind == token.Number &&
			s.nd(s.toks[k]) == 2 && !isBad(s.toks[k]) && !s.monthAt(k+1):
			// "2013–14", "1999–00"; not "2014-07", which no year range
			// writes (it would end in 2107).
			if yy := int(s.toks[k].Value); (a.y/100*100+yy-a.y+100)%100 <= maxShortRange && yy != a.y%100 {
				e.b, e.isRange = pdate{y: yy, yy: true}, true
				return e, k + 1, true
			}
			return e, j, true
		default:
			if b, k2, ok := s.date(k); ok {
				if a2, ok := joinRange(a, b, false); ok {
					e.a, e.b, e.isRange = a2, b, true
					return e, k2, true
				}
			}
		}
	}
	// A list of months sharing a year: "April, May, June and September 2017".
	if a.m != 0 && a.d == 0 && a.y == 0 && a.part == claims.ModNone {
		k, last, n := j, a, 0
		for {
			sep := k
			if s.punct(sep, ',') {
				sep++
			}
			if s.word(sep, wAnd) {
				sep++
			}
			if sep == k || !s.monthAt(sep) {
				break
			}
			b, k2, ok := s.date(sep)
			if !ok || b.d != 0 {
				break
			}
			last, k, n = b, k2, n+1
			if b.y != 0 {
				break
			}
		}
		if n > 0 && last.m > a.m {
			e.b, e.isRange = last, true
			return e, k, true
		}
	}
	return e, j, true
}

// monthAt reports whether token i is a capitalised month name.
func (s *scanner) monthAt(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == token.Word && s.toks[i].Is(token.Cap) && wordOf(s.toks[i]).month() > 0
}

// isDay reports whether token i can be a day of the month.
func (s *scanner) isDay(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	return t.Kind == token.Number && !isBad(t) && s.nd(t) <= 2 && int(t.Value) >= 1 && int(t.Value) <= 31
}

// isYear reports whether token i is a four-digit year in 1000–2100. With
// attached, the caller has already seen a month or day before it.
func (s *scanner) isYear(i int, attached bool) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if t.Kind != token.Number || isBad(t) || t.Is(token.Ordinal) || s.nd(t) != 4 || int(t.Value) < 1000 || int(t.Value) > 2100 {
		return false
	}
	// "1500 fighters" is a count, but "In 2013 rebels fought" is a year:
	// nobody writes "in 2000 fighters".
	if s.countFollows(i+1) && !s.wordIn(i-1, wIn, wSince, wUntil, wTill, wDuring, wEarly, wMid, wLate) {
		return false
	}
	if attached || s.lenient {
		return true
	}
	return s.yearContext(i)
}

// countFollows reports whether token i is a noun that follows a count
// ("1500 fighters", "2000 km"), so the number before it is not a year.
func (s *scanner) countFollows(i int) bool {
	if i >= len(s.toks) || s.toks[i].Kind != token.Word || s.toks[i].Is(token.Cap) {
		return false
	}
	t := s.toks[i]
	if wordOf(t) == wCount {
		return true
	}
	if wordOf(t) != wNone && wordOf(t) != wSay {
		return false
	}
	// An unknown lower-case plural after a number is most likely what is
	// counted: "1500 vehicles", "2000 villagers".
	w := s.t[t.Start:t.End]
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !eventPlural(w)
}

// eventPlural lists plural nouns a year commonly modifies.
func eventPlural(w string) bool {
	switch w {
	case "clashes", "attacks", "elections", "protests", "riots", "talks", "games",
		"floods", "killings", "bombings", "massacres", "events", "offensives",
		"operations", "campaigns", "hostilities", "negotiations", "airstrikes",
		"strikes", "demonstrations", "uprisings", "sanctions", "agreements", "accords":
		return true
	}
	return false
}

// yearContext reports whether a bare four-digit number at i reads as a
// year: after a temporal word or an opening bracket, before a closing
// punctuation mark or a capitalised name ("2014 Eastern Syria offensive"),
// or as the start of a year range.
func (s *scanner) yearContext(i int) bool {
	if i > 0 {
		p := s.toks[i-1]
		if p.Kind == token.Word {
			switch wordOf(p) {
			case wIn, wBy, wSince, wUntil, wTill, wFrom, wDuring, wOf, wEarly, wMid, wLate,
				wBefore, wAfter, wBetween, wThe, wThrough, wTo, wSummer, wWinter, wSpring,
				wAutumn, wYear, wEnd, wBeginning, wStart, wMiddle, wAnd, wOver, wWithin, wDet:
				if wordOf(p) == wAnd && !s.isYear(i-2, true) {
					return false
				}
				if wordOf(p) == wTo && !s.isYear(i-2, true) {
					return false
				}
				return true
			}
			if p.Is(token.Cap) {
				// "Division 2014", "Resolution 2118": a designation.
				return false
			}
		}
		if p.Kind == token.Mark && (markOf(p) == '(' || markOf(p) == '-' && p.End == s.toks[i].Start) {
			return true
		}
	}
	if i+1 >= len(s.toks) {
		return i > 0
	}
	n := s.toks[i+1]
	if n.Kind == token.Mark {
		switch markOf(n) {
		case ')', ',', ';', '.', ':':
			return i > 0 || markOf(n) == ','
		case '-':
			return s.isYear(i+2, true) || i+2 < len(s.toks) && s.nd(s.toks[i+2]) == 2
		}
	}
	return false
}

// date reads one calendar date, month, season or year with an optional
// early/mid/late or "the beginning of" part.
func (s *scanner) date(i int) (pdate, int, bool) {
	if i >= len(s.toks) {
		return pdate{}, 0, false
	}
	t := s.toks[i]
	if t.Kind == token.Word {
		switch wordOf(t) {
		case wEarly, wMid, wLate:
			j := i + 1
			if s.punct(j, '-') && s.toks[j].Start == t.End {
				j++
			}
			p, k, ok := s.simple(j, true)
			if ok && p.d == 0 && p.part == claims.ModNone {
				p.part = partOf(wordOf(t))
				return p, k, true
			}
			return pdate{}, 0, false
		case wThe:
			// "the beginning of October", "the end of 2014", "the summer of
			// 2014", "the 16th of July".
			if s.wordIn(i+1, wBeginning, wStart, wEnd, wMiddle) && s.word(i+2, wOf) {
				p, k, ok := s.simple(i+3, true)
				if ok && p.d == 0 && p.part == claims.ModNone {
					p.part = partOf(wordOf(s.toks[i+1]))
					return p, k, true
				}
				return pdate{}, 0, false
			}
			// "the first half of 2014", "the second half of September"
			if s.wordIn(i+1, wFirst, wSecond) && s.word(i+2, wHalf) && s.word(i+3, wOf) {
				p, k, ok := s.simple(i+4, true)
				if ok && p.d == 0 && p.season == 0 && p.part == claims.ModNone {
					p.half = 1
					if s.word(i+1, wSecond) {
						p.half = 2
					}
					return p, k, true
				}
				return pdate{}, 0, false
			}
			// "the summer of 2014", "the 16th of July"; not "the 2015
			// offensive", whose year is read without the article.
			if i+1 < len(s.toks) && (wordOf(s.toks[i+1]).season() > 0 || s.toks[i+1].Is(token.Ordinal) && s.word(i+2, wOf)) {
				return s.simple(i+1, true)
			}
			return pdate{}, 0, false
		}
	}
	return s.simple(i, false)
}

func partOf(w wid) claims.Modifier {
	switch w {
	case wEarly, wBeginning, wStart:
		return claims.ModStart
	case wMid, wMiddle:
		return claims.ModMid
	}
	return claims.ModEnd
}

// simple reads "5 July 2013", "16th of July", "July 16, 2014", "June
// 2013", "September of that year", "summer 2014", a month in a temporal
// context, or a year. ctx is set when a temporal word precedes (early,
// mid, late, the beginning of), so a bare month or year is accepted.
func (s *scanner) simple(i int, ctx bool) (pdate, int, bool) {
	if i >= len(s.toks) {
		return pdate{}, 0, false
	}
	t := s.toks[i]
	switch t.Kind {
	case token.Number:
		if i+1 < len(s.toks) && s.toks[i+1].Kind == token.Mark {
			switch markOf(s.toks[i+1]) {
			case '-':
				if p, j, ok := s.isoDate(i); ok {
					return p, j, true
				}
			case '/':
				if a, b, j, ok := s.slashDate(i); ok {
					switch {
					case a == b:
						return a, j, true
					case s.order == orderDMY:
						return a, j, true
					case s.order == orderMDY:
						return b, j, true
					}
					return pdate{}, 0, false
				}
			}
		}
		if s.isDay(i) {
			j := i + 1
			if s.word(j, wOf) && t.Is(token.Ordinal) {
				j++
			}
			if s.monthAt(j) {
				p := pdate{d: int(t.Value), m: wordOf(s.toks[j]).month()}
				j++
				if s.abbr(s.toks[j-1]) && s.punct(j, '.') && s.toks[j].Start == s.toks[j-1].End {
					j++
				}
				if s.isYear(j, true) {
					p.y = int(s.toks[j].Value)
					j++
				}
				if !validDay(p) {
					return pdate{}, 0, false
				}
				return p, j, true
			}
		}
		if s.isYear(i, ctx) {
			return pdate{y: int(t.Value)}, i + 1, true
		}
	case token.Word:
		if m := wordOf(t).month(); m > 0 && t.Is(token.Cap) {
			j := i + 1
			if s.abbr(t) && s.punct(j, '.') && s.toks[j].Start == t.End {
				j++
			}
			p := pdate{m: m}
			if s.isDay(j) && !(j+1 < len(s.toks) && s.toks[j+1].Kind == token.Word && (wordOf(s.toks[j+1]) == wCount || s.monthAt(j+1))) &&
				!s.punct(j+1, ':') {
				p.d = int(s.toks[j].Value)
				j++
				if s.punct(j, ',') && s.isYear(j+1, true) && !s.punct(j+2, ',') {
					p.y = int(s.toks[j+1].Value)
					j += 2
				} else if s.isYear(j, true) {
					p.y = int(s.toks[j].Value)
					j++
				}
				if !validDay(p) {
					return pdate{}, 0, false
				}
				return p, j, true
			}
			if s.isYear(j, true) {
				p.y = int(s.toks[j].Value)
				return p, j + 1, true
			}
			if s.word(j, wOf) {
				if s.isYear(j+1, true) {
					p.y = int(s.toks[j+1].Value)
					return p, j + 2, true
				}
				if s.wordIn(j+1, wThat, wThe) && s.word(j+2, wSame) && s.word(j+3, wYear) {
					p.thatYear = true
					return p, j + 4, true
				}
				if s.wordIn(j+1, wThat, wThe) && s.word(j+2, wYear) {
					p.thatYear = true
					return p, j + 3, true
				}
			}
			if s.abbr(t) {
				return pdate{}, 0, false
			}
			if ctx || s.monthContext(i) {
				return p, j, true
			}
			return pdate{}, 0, false
		}
		if se := wordOf(t).season(); se > 0 {
			j := i + 1
			if s.word(j, wOf) {
				j++
			}
			if s.isYear(j, true) {
				return pdate{season: se, y: int(s.toks[j].Value)}, j + 1, true
			}
			if s.word(i+1, wOf) && s.wordIn(j, wThat, wThe) && s.word(j+1, wYear) {
				return pdate{season: se, thatYear: true}, j + 2, true
			}
		}
	}
	return pdate{}, 0, false
}

// monthContext reports whether a bare month name at i is a date: after a
// temporal preposition, in a list or range of months, or before a range
// dash. "May" and "March" need this as much as any other month.
func (s *scanner) monthContext(i int) bool {
	if i > 0 {
		p := s.toks[i-1]
		if p.Kind == token.Word {
			switch wordOf(p) {
			case wIn, wDuring, wSince, wUntil, wTill, wBy, wFrom, wOf, wThrough, wTo, wBefore,
				wAfter, wBetween, wLast, wNext, wThis, wEarly, wMid, wLate, wAnd, wOver, wThe:
				if wordOf(p) == wThe && !s.wordIn(i-2, wIn, wDuring, wBy, wSince, wUntil) {
					return false
				}
				return true
			}
		}
		if p.Kind == token.Mark && (markOf(p) == '(' || markOf(p) == '-' || markOf(p) == '/' || markOf(p) == ',' && s.monthAt(i-2)) {
			return true
		}
	}
	if s.punct(i+1, '-') || s.punct(i+1, '/') {
		return s.monthAt(i + 2)
	}
	return s.lenient
}

// validDay reports whether p's day exists in its month (29 February only in
// a leap year when the year is known).
func validDay(p pdate) bool {
	if p.d == 0 {
		return true
	}
	last := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[p.m]
	if p.m == 2 && p.y != 0 && !(p.y%4 == 0 && (p.y%100 != 0 || p.y%400 == 0)) {
		last = 28
	}
	return p.d >= 1 && p.d <= last
}

// unitOf maps a word to a relative unit.
func unitOf(w wid) (relUnit, bool) {
	switch w {
	case wDay, wMorning, wEvening, wNight, wAfternoon:
		return uDay, false
	case wDays:
		return uDay, true
	case wWeek:
		return uWeek, false
	case wWeeks:
		return uWeek, true
	case wMonth:
		return uMonth, false
	case wMonths:
		return uMonth, true
	case wYear:
		return uYear, false
	case wYears:
		return uYear, true
	case wFortnight:
		return uWeek, false
	}
	return 0, false
}

// isTimeOfDay reports whether w is a part of a day.
func isTimeOfDay(w wid) bool {
	return w == wMorning || w == wEvening || w == wNight || w == wAfternoon
}

// count reads a small count before a unit: "two", "4", "a", "a few",
// "several", "a couple of". It returns the low and high value.
func (s *scanner) count(i int) (lo, hi, j int, ok bool) {
	if i >= len(s.toks) {
		return 0, 0, 0, false
	}
	t := s.toks[i]
	switch {
	case t.Kind == token.Number && !isBad(t) && !t.Is(token.Ordinal) && s.nd(t) <= 3 && int(t.Value) > 0:
		return int(t.Value), int(t.Value), i + 1, true
	case t.Kind == token.Word && wordOf(t) == wNumWord:
		return int(t.Value), int(t.Value), i + 1, true
	case t.Kind == token.Word && wordOf(t) == wA:
		if s.word(i+1, wFew) {
			return 2, 5, i + 2, true
		}
		if s.word(i+1, wCouple) && s.word(i+2, wOf) {
			return 2, 2, i + 3, true
		}
		return 1, 1, i + 1, true
	case t.Kind == token.Word && wordOf(t) == wFew:
		return 2, 5, i + 1, true
	case t.Kind == token.Word && wordOf(t) == wSeveral:
		return 3, 7, i + 1, true
	}
	return 0, 0, 0, false
}

// relative reads relative expressions: "The next day", "the following
// day", "The day before", "Two days later", "One week later", "A month
// later", "the previous evening", "the same day", "two days ago", "Late
// in the day", "Earlier in the day", "That same month", "in the previous
// few days", "the past three years".
func (s *scanner) relative(i int) (dexpr, int, bool) {
	t := s.toks[i]
	if t.Kind != token.Word && t.Kind != token.Number {
		return dexpr{}, 0, false
	}
	cal := func(u relUnit, k int, back bool, j int) (dexpr, int, bool) {
		return dexpr{kind: exRel, mode: rCal, unit: u, lo: k, hi: k, back: back}, j, true
	}
	switch wordOf(t) {
	case wThe, wThat, wThis:
		j := i + 1
		if wordOf(t) == wThe || wordOf(t) == wThat {
			// the/that [very] same X, that X
			k := j
			if s.word(k, wVery) {
				k++
			}
			if s.word(k, wSame) || wordOf(t) == wThat {
				if s.word(k, wSame) {
					k++
				}
				if k < len(s.toks) && s.toks[k].Kind == token.Word {
					if u, pl := unitOf(wordOf(s.toks[k])); u != 0 && !pl && wordOf(s.toks[k]) != wFortnight {
						return cal(u, 0, false, k+1)
					}
				}
			}
		}
		if wordOf(t) == wThis {
			// "this month", "this week": in a report, the writer's.
			if j < len(s.toks) && s.toks[j].Kind == token.Word {
				if u, pl := unitOf(wordOf(s.toks[j])); u >= uWeek && !pl && wordOf(s.toks[j]) != wFortnight {
					e, k, _ := cal(u, 0, false, j+1)
					e.now, e.needDoc = true, true
					return e, k, true
				}
			}
			return dexpr{}, 0, false
		}
		if wordOf(t) != wThe {
			return dexpr{}, 0, false
		}
		// the beginning/end of the year
		if s.wordIn(j, wBeginning, wStart, wEnd, wMiddle) && s.word(j+1, wOf) && s.wordIn(j+2, wThe, wThat, wThis) {
			if u, pl := unitOf(wordOf(s.toks[min(j+3, len(s.toks)-1)])); j+3 < len(s.toks) && u >= uWeek && !pl {
				e, k, _ := cal(u, 0, false, j+4)
				e.rpart = partOf(wordOf(s.toks[j]))
				e.now = !s.word(j+2, wThat)
				e.needDoc = s.word(j+2, wThis)
				return e, k, true
			}
		}
		if j >= len(s.toks) || s.toks[j].Kind != token.Word {
			return dexpr{}, 0, false
		}
		switch wordOf(s.toks[j]) {
		case wNext, wFollowing, wComing:
			if e, k, ok := s.window(j+1, false); ok {
				return e, k, true
			}
			if j+1 < len(s.toks) {
				if u, pl := unitOf(wordOf(s.toks[j+1])); u != 0 && !pl {
					if u == uWeek {
						return dexpr{kind: exRel, mode: rShift, unit: uDay, lo: 1, hi: 7}, j + 2, true
					}
					return cal(u, 1, false, j+2)
				}
			}
		case wPrevious, wPreceding, wPrior, wPast, wLast:
			// "the past three years", "the last two days" count back
			// from when the text was written; "the previous few days"
			// from the story's date.
			now := wordOf(s.toks[j]) == wPast || wordOf(s.toks[j]) == wLast
			if e, k, ok := s.window(j+1, true); ok {
				e.now = now
				return e, k, true
			}
			if j+1 < len(s.toks) {
				if u, pl := unitOf(wordOf(s.toks[j+1])); u != 0 && !pl {
					if u == uWeek {
						return dexpr{kind: exRel, mode: rShift, unit: uDay, lo: -7, hi: -1, back: true, now: now}, j + 2, true
					}
					e, k, _ := cal(u, -1, true, j+2)
					e.now = now
					return e, k, true
				}
			}
		case wDay, wMorning, wEvening, wNight, wAfternoon:
			// "the day before", "the day after", "the night before"
			if s.wordIn(j+1, wBefore, wEarlier, wPrior) && s.freeAfter(j+2) {
				return cal(uDay, -1, true, j+2)
			}
			if s.wordIn(j+1, wAfter, wLater) && s.freeAfter(j+2) {
				return cal(uDay, 1, false, j+2)
			}
			if s.wordIn(j+1, wBefore, wPrior, wAfter) {
				s.tied = true // "the day after the killings"
			}
		}
		return dexpr{}, 0, false
	case wNext, wFollowing:
		// "next day" without an article
		if s.word(i+1, wDay) {
			return cal(uDay, 1, false, i+2)
		}
	case wPrevious, wRecent:
		// "in previous days"
		if s.word(i+1, wDays) {
			return dexpr{kind: exRel, mode: rBack, unit: uDay, lo: -5, hi: -1, back: true}, i + 2, true
		}
	case wLater, wEarlier, wLate, wEarly:
		// "Later in the day", "Earlier in the day", "Late in the day",
		// "later that day", "late at night", "earlier that month".
		j := i + 1
		if s.wordIn(j, wIn, wOn, wDuring, wAt) {
			j++
		}
		if s.wordIn(j, wThe, wThat) {
			j++
			if s.word(j, wSame) {
				j++
			}
		} else if s.word(j, wThis) && (wordOf(t) == wEarlier || wordOf(t) == wLater) {
			// "earlier this month", "later this year"
			j++
		}
		if j > i+1 && j < len(s.toks) && s.toks[j].Kind == token.Word {
			w := wordOf(s.toks[j])
			if (w == wDay || isTimeOfDay(w)) && !s.word(j-1, wThis) {
				e, k, _ := cal(uDay, 0, false, j+1)
				e.tod = true
				return e, k, true
			}
			if (w == wMonth || w == wYear || w == wWeek) && s.wordIn(j-1, wThat, wThis) {
				u, _ := unitOf(w)
				e, k, _ := cal(u, 0, false, j+1)
				e.now = s.word(j-1, wThis)
				e.needDoc = e.now
				if wordOf(t) == wLater || wordOf(t) == wLate {
					e.rpart = claims.ModAfter
				} else {
					e.rpart = claims.ModBefore
				}
				return e, k, true
			}
		}
	case wDuring:
		// "During the day"
		if s.word(i+1, wThe) && i+2 < len(s.toks) && (wordOf(s.toks[i+2]) == wDay || isTimeOfDay(wordOf(s.toks[i+2]))) {
			return cal(uDay, 0, false, i+3)
		}
	}
	// "Two days later", "4 days later", "A month later", "two days ago",
	// "one year earlier", "just two months before".
	lo, hi, j, ok := s.count(i)
	if !ok || j >= len(s.toks) || s.toks[j].Kind != token.Word {
		return dexpr{}, 0, false
	}
	u, pl := unitOf(wordOf(s.toks[j]))
	if u == 0 || isTimeOfDay(wordOf(s.toks[j])) || pl != (hi > 1) && !(lo == hi && lo == 1 && !pl) {
		return dexpr{}, 0, false
	}
	mult := 1
	if wordOf(s.toks[j]) == wFortnight {
		mult = 2
	}
	dir := 0
	back := false
	switch {
	case s.wordIn(j+1, wLater, wAfterwards):
		dir = 1
	case s.word(j+1, wAfter) && s.freeAfter(j+2):
		dir = 1
	case s.wordIn(j+1, wEarlier, wAgo):
		dir, back = -1, true
	case s.wordIn(j+1, wBefore, wPrior) && s.freeAfter(j+2):
		dir, back = -1, true
	default:
		if s.wordIn(j+1, wAfter, wBefore, wPrior) {
			s.tied = true // "two days after the killings"
		}
		return dexpr{}, 0, false
	}
	e := dexpr{kind: exRel, mode: rShift, unit: u, lo: dir * lo * mult, hi: dir * hi * mult, back: back,
		now: s.word(j+1, wAgo)}
	if e.lo > e.hi {
		e.lo, e.hi = e.hi, e.lo
	}
	if s.word(i-1, wApprox) {
		e.mod = claims.ModApprox
	}
	return e, j + 2, true
}

// window reads the rest of "the past three years", "the previous few
// days", "the following days" from the count on.
func (s *scanner) window(i int, back bool) (dexpr, int, bool) {
	lo, hi, j, ok := s.count(i)
	if !ok {
		lo, hi, j = 2, 5, i
	}
	if j >= len(s.toks) {
		return dexpr{}, 0, false
	}
	u, pl := unitOf(wordOf(s.toks[j]))
	if u == 0 || !pl || isTimeOfDay(wordOf(s.toks[j])) {
		return dexpr{}, 0, false
	}
	if back {
		if u == uDay && hi != lo {
			// "the previous few days": up to five days, ending the day before.
			return dexpr{kind: exRel, mode: rBack, unit: uDay, lo: -hi, hi: -1, back: true}, j + 1, true
		}
		return dexpr{kind: exRel, mode: rBack, unit: u, lo: -hi, hi: 0, back: true}, j + 1, true
	}
	return dexpr{kind: exRel, mode: rShift, unit: u, lo: 1, hi: hi}, j + 1, true
}

// freeAfter reports whether "before"/"after" at the end of a relative
// expression stands alone ("two days before."), rather than opening a
// phrase that names another event ("two days before the attack").
func (s *scanner) freeAfter(i int) bool {
	if i >= len(s.toks) {
		return true
	}
	t := s.toks[i]
	if t.Kind == token.Mark {
		return markOf(t) != '('
	}
	if t.Kind == token.Number {
		return false
	}
	if t.Is(token.Cap) {
		return false
	}
	switch wordOf(t) {
	case wThe, wA, wDet, wThat, wThis:
		return false
	}
	return true
}

// within reads "the first few days of the conflict", "the first day of
// May", "the last week of 2014", "the first days of the war".
func (s *scanner) within(i int) (dexpr, int, bool) {
	if !s.word(i, wThe) || !s.wordIn(i+1, wFirst, wLast, wFinal, wOpening) {
		return dexpr{}, 0, false
	}
	e := dexpr{kind: exWithin, fromEnd: wordOf(s.toks[i+1]) != wFirst && wordOf(s.toks[i+1]) != wOpening}
	j := i + 2
	if s.word(j, wFew) {
		e.few = true
		j++
	}
	if j >= len(s.toks) {
		return dexpr{}, 0, false
	}
	switch wordOf(s.toks[j]) {
	case wDay:
		e.ndays = 1
	case wDays:
		e.ndays = 5
	case wWeek:
		e.ndays = 7
	case wWeeks:
		e.ndays = 14
	default:
		return dexpr{}, 0, false
	}
	if e.few {
		e.ndays = 5
	}
	j++
	if !s.word(j, wOf) {
		return dexpr{}, 0, false
	}
	j++
	if p, k, ok := s.simple(j, true); ok && p.d == 0 {
		e.a, e.hasA = p, true
		return e, k, true
	}
	if s.wordIn(j, wThe, wThat, wThis, wDet) && j+1 < len(s.toks) {
		w := wordOf(s.toks[j+1])
		if w == wConflict {
			e.conflict = true
			return e, j + 2, true
		}
		if u, pl := unitOf(w); u >= uWeek && !pl {
			e.ofUnit = u
			return e, j + 2, true
		}
	}
	return dexpr{}, 0, false
}
