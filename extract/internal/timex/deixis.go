package timex

import (
	"strings"

	"github.com/concordfacts/concord/extract/internal/token"
)

// Expressions that count from when the text was written rather than from
// the story so far: days of the week ("on Friday", "Saturday's
// fighting", "last Monday"), today, yesterday, tonight and tomorrow; and
// the dates of reporting verbs ("activists said on Tuesday"), which say
// when an account was given, not when its event happened.

// weekday reads a day of the week at i: "Friday", "Friday's", "Friday
// night". dir is -1 after "last", 1 after "next", else 0. A weekday
// before a calendar date is part of that date ("Tuesday, 14 January
// 2014", "Tue Jan 7, 2014") and the date is returned.
func (s *scanner) weekday(i int, dir int) (dexpr, int, bool) {
	t := s.toks[i]
	wd := wordOf(t).weekday()
	if wd < 0 || !t.Is(token.Cap) {
		return dexpr{}, 0, false
	}
	k := i + 1
	if s.punct(k, ',') || s.abbr(t) && s.punct(k, '.') && s.glued(i) {
		k++
	}
	if p, j, ok := s.date(k); ok && p.d != 0 && p.m != 0 {
		return dexpr{kind: exAbs, a: p}, j, true
	}
	if s.abbr(t) {
		// "Sat", "Sun", "Wed" are weekdays only before a date.
		return dexpr{}, 0, false
	}
	// A name, not a day: "Good Friday", "the Friday Mosque", "the
	// Sunday Times"; a habit, not a day: "every Friday".
	if dir == 0 && i > 0 {
		p := s.toks[i-1]
		if p.Kind == token.Word && p.Is(token.Cap) && wordOf(p) == wNone {
			return dexpr{}, 0, false
		}
		if p.Kind == token.Word && wordOf(p) == wNone && (s.isWord(i-1, "every") || s.isWord(i-1, "each")) {
			return dexpr{}, 0, false
		}
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].Kind == token.Word && s.toks[n].Is(token.Cap) && wordOf(s.toks[n]) == wNone &&
		!s.wordIn(i-1, wOn, wBy, wSince, wUntil, wTill, wBefore, wAfter, wFrom, wAs) && dir == 0 {
		return dexpr{}, 0, false
	}
	if dir == 0 && s.future(i) {
		// "talks will resume on Monday": the Monday to come.
		dir = 2
	}
	e := dexpr{kind: exWeekday, wday: int8(wd), wdir: int8(dir)}
	j := i + 1
	switch {
	case s.possessiveAt(j):
		j += 2
	case j < len(s.toks) && s.toks[j].Kind == token.Word && isTimeOfDay(wordOf(s.toks[j])):
		// "Friday night", "Sunday morning"
		j++
	}
	return e, j, true
}

// futureWindow is how many words before a weekday a future auxiliary
// is looked for: "will resume the talks on Monday".
const futureWindow = 6

// future reports whether the clause before token i speaks of what is
// to come: "will", "shall", "is due to", "is scheduled", "is expected
// to", within futureWindow words of the same stretch of the clause (no
// punctuation between).
func (s *scanner) future(i int) bool {
	for k := i - 1; k >= 0 && k >= i-futureWindow; k-- {
		t := s.toks[k]
		if t.Kind == token.Mark && (markOf(t) == '.' || markOf(t) == ';' || markOf(t) == ':' || markOf(t) == ',') {
			return false
		}
		if t.Kind != token.Word {
			continue
		}
		w := s.t[t.Start:t.End]
		if s.isWord(k, "will") || s.isWord(k, "shall") || s.isWord(k, "due") || s.isWord(k, "scheduled") ||
			s.isWord(k, "expected") || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
			return true
		}
	}
	return false
}

// possessiveAt reports whether tokens i and i+1 are a glued "'s".
func (s *scanner) possessiveAt(i int) bool {
	if i+1 >= len(s.toks) || s.toks[i].Kind != token.Mark || !s.glued(i) || !s.glued(i-1) {
		return false
	}
	a := s.t[s.toks[i].Start:s.toks[i].End]
	b := s.t[s.toks[i+1].Start:s.toks[i+1].End]
	return (a == "'" || a == "’") && (b == "s" || b == "S")
}

// isWord reports whether token i is the word w (lower-case ASCII) in any
// case.
func (s *scanner) isWord(i int, w string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != token.Word || s.toks[i].End-s.toks[i].Start != len(w) {
		return false
	}
	return token.HasPrefixFold(s.t[s.toks[i].Start:], w)
}

// deictic reads today, tonight, yesterday and tomorrow.
func (s *scanner) deictic(i int) (dexpr, int, bool) {
	e := dexpr{kind: exDeictic}
	switch wordOf(s.toks[i]) {
	case wYesterday:
		e.lo = -1
	case wTomorrow:
		e.lo = 1
	case wToday, wTonight:
	default:
		return dexpr{}, 0, false
	}
	e.hi = e.lo
	j := i + 1
	if wordOf(s.toks[i]) != wTonight && j < len(s.toks) && s.toks[j].Kind == token.Word && isTimeOfDay(wordOf(s.toks[j])) {
		// "yesterday morning"
		j++
	}
	return e, j, true
}

// maxRecipient is the longest name between "told" and the date of the
// telling: "told the Associated Press on Sunday".
const maxRecipient = 3

// markReport marks the date of a reporting verb: the date right after
// the verb ("said on Tuesday", "said Tuesday", "reported late on
// Sunday", "told AFP on Monday") or right before it ("activists on
// Tuesday said"). A date put first in the sentence ("On 13 January, it
// was reported that ...") stays the date of the event: that is how
// encyclopedias date what was reported.
func (s *scanner) markReport(e *dexpr, i, j int) {
	if e.label || e.kind == exWithin {
		return
	}
	k := i - 1
	if s.word(k, wOn) {
		k--
		if s.wordIn(k, wLate, wEarly) {
			k--
		}
	}
	if s.say(k) {
		e.report = true
		return
	}
	n := 0
	for n < maxRecipient && k >= 0 && s.toks[k].Kind == token.Word && s.toks[k].Is(token.Cap) && wordOf(s.toks[k]) == wNone {
		k--
		n++
	}
	if n > 0 && s.word(k, wThe) {
		k--
	}
	if n > 0 && (s.isWord(k, "told") || s.isWord(k, "tells")) {
		e.report = true
		return
	}
	if (s.word(i-1, wOn) || e.kind == exWeekday) && i > 1 && s.say(j) {
		e.report = true
	}
}

// say reports whether token i is a reporting verb, in lower case: "Port
// Said" is a place and "Said" a name.
func (s *scanner) say(i int) bool {
	return s.word(i, wSay) && !s.toks[i].Is(token.Cap)
}
