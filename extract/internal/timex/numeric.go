package timex

import (
	"strings"

	"github.com/concordfacts/concord/extract/internal/token"
)

// Numeric dates: ISO 8601 days ("2014-07-19", also with a time,
// "2014-07-19T08:30") and day/month/year with slashes ("19/07/2014",
// "07/19/2014", "02/01/2014"). A slash date whose first number is above
// 12 is day first, one whose second is above 12 is month first; when
// both could be a month, the document's other slash dates decide (see
// slashOrder), and otherwise the date keeps both readings (see
// resolveAbs). Two-digit years are not read: "02/01/14" could as well be
// a year first.

// maxShortRange is the longest year range written with a two-digit end
// ("1914–18", "2013–14"); "2014-07" is not a range of 93 years.
const maxShortRange = 20

// glued reports whether tokens i and i+1 touch.
func (s *scanner) glued(i int) bool {
	return i+1 < len(s.toks) && s.toks[i].End == s.toks[i+1].Start
}

// isoDate reads "2014-07-19" at i: a four-digit year, a two-digit month
// and a two-digit day joined by hyphens, with nothing between.
func (s *scanner) isoDate(i int) (pdate, int, bool) {
	if i+4 >= len(s.toks) || s.nd(s.toks[i]) != 4 || !s.punct(i+1, '-') {
		return pdate{}, 0, false
	}
	y, m, d := s.toks[i], s.toks[i+2], s.toks[i+4]
	if y.Kind != token.Number || isBad(y) || y.Is(token.Ordinal) || s.nd(y) != 4 || int(y.Value) < 1000 || int(y.Value) > 2100 {
		return pdate{}, 0, false
	}
	if !s.punct(i+1, '-') || !s.punct(i+3, '-') || !s.glued(i) || !s.glued(i+1) || !s.glued(i+2) || !s.glued(i+3) {
		return pdate{}, 0, false
	}
	if m.Kind != token.Number || isBad(m) || s.nd(m) != 2 || int(m.Value) < 1 || int(m.Value) > 12 {
		return pdate{}, 0, false
	}
	// The day may carry a time: "19T08:30" is read as one bad number.
	if d.Kind != token.Number || s.nd(d) != 2 || d.Is(token.Ordinal) || isBad(d) && !(d.End-d.Start == 3 && s.t[d.Start+2] == 'T') {
		return pdate{}, 0, false
	}
	p := pdate{y: int(y.Value), m: int(m.Value), d: int(d.Value)}
	if !validDay(p) {
		return pdate{}, 0, false
	}
	return p, i + 5, true
}

// slashDate reads "19/07/2014" at i and returns its day-first and its
// month-first reading; when only one reading is a valid date, both are
// that one.
func (s *scanner) slashDate(i int) (dmy, mdy pdate, j int, ok bool) {
	if i+4 >= len(s.toks) || !s.punct(i+1, '/') {
		return pdate{}, pdate{}, 0, false
	}
	a, b, y := s.toks[i], s.toks[i+2], s.toks[i+4]
	if !s.punct(i+1, '/') || !s.punct(i+3, '/') || !s.glued(i) || !s.glued(i+1) || !s.glued(i+2) || !s.glued(i+3) {
		return pdate{}, pdate{}, 0, false
	}
	for _, t := range []token.Token{a, b} {
		if t.Kind != token.Number || isBad(t) || t.Is(token.Ordinal) || s.nd(t) > 2 || int(t.Value) < 1 || int(t.Value) > 31 {
			return pdate{}, pdate{}, 0, false
		}
	}
	if y.Kind != token.Number || isBad(y) || y.Is(token.Ordinal) || s.nd(y) != 4 || int(y.Value) < 1000 || int(y.Value) > 2100 {
		return pdate{}, pdate{}, 0, false
	}
	// A number glued after the year ("19/07/2014/5") is something else.
	if s.glued(i+4) && i+5 < len(s.toks) && s.toks[i+5].Kind != token.Mark {
		return pdate{}, pdate{}, 0, false
	}
	dmy = pdate{y: int(y.Value), m: int(b.Value), d: int(a.Value)}
	mdy = pdate{y: int(y.Value), m: int(a.Value), d: int(b.Value)}
	okD := int(b.Value) <= 12 && validDay(dmy)
	okM := int(a.Value) <= 12 && validDay(mdy)
	switch {
	case okD && okM:
		return dmy, mdy, i + 5, true
	case okD:
		return dmy, dmy, i + 5, true
	case okM:
		return mdy, mdy, i + 5, true
	}
	return pdate{}, pdate{}, 0, false
}

// slashOrder returns the order the unambiguous slash dates of src
// follow ("19/07/2014" is day first, "07/19/2014" month first), or 0
// when there are none or they disagree.
func slashOrder(src string) byte {
	var dmy, mdy bool
	for i := 0; i < len(src); i++ {
		n := strings.IndexByte(src[i:], '/')
		if n < 0 {
			break
		}
		i += n
		// [d]d/[d]d/dddd with i at the first slash.
		a0 := i
		for a0 > 0 && isDigit(src[a0-1]) && i-a0 < 3 {
			a0--
		}
		b1 := i + 1
		for b1 < len(src) && isDigit(src[b1]) && b1-i <= 3 {
			b1++
		}
		la, lb := i-a0, b1-i-1
		if la < 1 || la > 2 || lb < 1 || lb > 2 || b1 >= len(src) || src[b1] != '/' {
			continue
		}
		if a0 > 0 && (isDigit(src[a0-1]) || src[a0-1] == '/') {
			continue
		}
		y := b1 + 1
		if y+4 > len(src) || !isDigit(src[y]) || !isDigit(src[y+1]) || !isDigit(src[y+2]) || !isDigit(src[y+3]) ||
			y+4 < len(src) && isDigit(src[y+4]) {
			continue
		}
		a := atoi2(src[a0:i])
		b := atoi2(src[i+1 : b1])
		switch {
		case a > 12 && b <= 12:
			dmy = true
		case b > 12 && a <= 12:
			mdy = true
		}
		i = y + 3
	}
	switch {
	case dmy && !mdy:
		return orderDMY
	case mdy && !dmy:
		return orderMDY
	}
	return 0
}

// atoi2 returns the value of one or two digits.
func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
