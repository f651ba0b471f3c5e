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

// tokKind says what a token is.
type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// tok is one token of a sentence. s and e are byte offsets into the text
// that was tokenized.
//
// The small fields are packed after the ints, so that a token takes 32
// bytes: the tokenizer writes one per word.
type tok struct {
	s, e int
	n    int // value of a number, or of a number word
	kind tokKind
	w    wid   // word id (words), 0 when the word is not in the dateLexicon
	nd   uint8 // number of digits, at most maxDigits
	up   bool  // word starts with an upper-case letter
	abbr bool  // month abbreviation ("Sept", "Jan")
	bad  bool  // number that is neither a day nor a year: 1,300 / 88.7 / 16s / 21:00 / 95%
	ord  bool  // ordinal suffix: 16th
	p    byte  // punctuation class: , ( ) - / ; : . and x for anything else
}

// maxDigits is where tok.nd stops counting: any number longer than nine
// digits is bad, and no rule tells longer ones apart.
const maxDigits = 100

// wid identifies a word of the tagger's dateLexicon.
type wid uint8

const (
	wNone wid = iota
	wJan
	wFeb
	wMar
	wApr
	wMay
	wJun
	wJul
	wAug
	wSep
	wOct
	wNov
	wDec
	wSpring
	wSummer
	wAutumn
	wWinter
	wEarly
	wMid
	wMiddle
	wLate
	wBeginning
	wStart
	wEnd
	wFirst
	wLast
	wFinal
	wOpening
	wIn
	wOn
	wAt
	wBy
	wSince
	wUntil
	wTill
	wFrom
	wTo
	wThrough
	wBetween
	wAnd
	wOf
	wDuring
	wAs
	wBefore
	wAfter
	wPrior
	wWithin
	wOver
	wThe
	wThat
	wThis
	wSame
	wVery
	wNext
	wFollowing
	wPrevious
	wPreceding
	wPast
	wComing
	wRecent
	wLater
	wEarlier
	wAgo
	wAfterwards
	wDay
	wDays
	wMorning
	wEvening
	wNight
	wAfternoon
	wWeek
	wWeeks
	wMonth
	wMonths
	wYear
	wYears
	wFortnight
	wFew
	wSeveral
	wA
	wCouple
	wNumWord // one, two, ... twelve: value in tok.n
	wApprox  // about, around, nearly, some ...
	wExactly // exactly, just
	wConflict
	wCount // nouns that follow a count, never a year: men, fighters, km ...
	wEvent // plural nouns that follow a year: clashes, elections ...
	wDet   // determiners and pronouns: a following NP, not a bare "after"
	wConj  // while, but, whereas, which, who, where, when, then, although, though
	// The days of the week, Sunday first as in time.Weekday.
	wSun
	wMon
	wTue
	wWed
	wThu
	wFri
	wSat
	wSay // verbs that report speech: said, told, reported ...
	wToday
	wTonight
	wYesterday
	wTomorrow
	wSecond
	wHalf
)

// dateLexicon maps lower-case words to their ids; number words carry a value.
var dateLexicon = map[string]struct {
	id wid
	n  int
}{}

func init() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, names := range months {
		for _, n := range names {
			dateLexicon[n] = struct {
				id wid
				n  int
			}{wJan + wid(i), 0}
		}
	}
	add := func(id wid, words ...string) {
		for _, w := range words {
			dateLexicon[w] = struct {
				id wid
				n  int
			}{id, 0}
		}
	}
	add(wSpring, "spring")
	add(wSummer, "summer")
	add(wAutumn, "autumn", "fall")
	add(wWinter, "winter")
	add(wEarly, "early")
	add(wMid, "mid")
	add(wMiddle, "middle")
	add(wLate, "late")
	add(wBeginning, "beginning")
	add(wStart, "start")
	add(wEnd, "end")
	add(wFirst, "first")
	add(wLast, "last")
	add(wFinal, "final")
	add(wOpening, "opening", "initial")
	add(wIn, "in")
	add(wOn, "on")
	add(wAt, "at")
	add(wBy, "by")
	add(wSince, "since")
	add(wUntil, "until")
	add(wTill, "till")
	add(wFrom, "from")
	add(wTo, "to")
	add(wThrough, "through")
	add(wBetween, "between")
	add(wAnd, "and")
	add(wOf, "of")
	add(wDuring, "during")
	add(wAs, "as")
	add(wBefore, "before")
	add(wAfter, "after")
	add(wPrior, "prior")
	add(wWithin, "within")
	add(wOver, "over")
	add(wThe, "the")
	add(wThat, "that")
	add(wThis, "this")
	add(wSame, "same")
	add(wVery, "very")
	add(wNext, "next")
	add(wFollowing, "following")
	add(wPrevious, "previous")
	add(wPreceding, "preceding")
	add(wPast, "past")
	add(wComing, "coming")
	add(wRecent, "recent")
	add(wLater, "later")
	add(wEarlier, "earlier")
	add(wAgo, "ago")
	add(wAfterwards, "afterwards", "afterward", "thereafter")
	add(wDay, "day")
	add(wDays, "days")
	add(wMorning, "morning")
	add(wEvening, "evening")
	add(wNight, "night")
	add(wAfternoon, "afternoon")
	add(wWeek, "week")
	add(wWeeks, "weeks")
	add(wMonth, "month")
	add(wMonths, "months")
	add(wYear, "year")
	add(wYears, "years")
	add(wFortnight, "fortnight")
	add(wFew, "few")
	add(wSeveral, "several")
	add(wA, "a", "an")
	add(wCouple, "couple")
	add(wApprox, "about", "around", "nearly", "almost", "some", "roughly", "approximately", "circa")
	add(wExactly, "exactly", "just", "only")
	add(wConflict, "conflict", "war", "fighting", "clashes", "offensive", "battle", "campaign",
		"siege", "operation", "uprising", "revolution", "insurgency", "infighting", "crisis")
	add(wCount, "men", "people", "persons", "fighters", "soldiers", "troops", "civilians",
		"militants", "rebels", "members", "prisoners", "refugees", "children", "women",
		"families", "dead", "killed", "wounded", "strong", "km", "kilometers", "kilometres",
		"meters", "metres", "miles", "feet", "tons", "tonnes", "kg", "hours", "minutes",
		"vehicles", "tanks", "aircraft", "homes", "houses", "units", "personnel", "votes",
		"casualties", "deaths", "dollars", "euros", "pounds", "guards", "hostages")
	add(wDet, "his", "her", "its", "their", "our", "my", "your", "these", "those")
	add(wConj, "while", "but", "whereas", "which", "who", "where", "when", "then",
		"although", "though")
	weekdays := [][]string{
		{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
		{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
	}
	for i, names := range weekdays {
		add(wSun+wid(i), names...)
	}
	add(wSay, "said", "says", "say", "told", "tells", "reported", "reports", "added", "adds",
		"stated", "confirmed", "confirms")
	add(wSecond, "second")
	add(wHalf, "half")
	add(wToday, "today")
	add(wTonight, "tonight")
	add(wYesterday, "yesterday")
	add(wTomorrow, "tomorrow")
	for i, w := range []string{"one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
		"sixteen", "seventeen", "eighteen", "nineteen", "twenty"} {
		dateLexicon[w] = struct {
			id wid
			n  int
		}{wNumWord, i + 1}
	}
	dateLexicon["thirty"] = struct {
		id wid
		n  int
	}{wNumWord, 30}
}

// lexEntry is one slot of the dateLexicon's hash table, with the hash of
// its word.
type lexEntry struct {
	word string
	h    uint32
	id   wid
	n    int
}

// lexTable is an open-addressed copy of dateLexicon keyed by the FNV-1a hash
// of the lower-cased word, which the tokenizer computes while it lower-
// cases: a lookup is one or two probes and a short comparison.
var lexTable [1024]lexEntry

func init() {
	for w, info := range dateLexicon {
		h := uint32(2166136261)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * 16777619
		}
		for k := h; ; k++ {
			e := &lexTable[k%uint32(len(lexTable))]
			if e.word == "" {
				*e = lexEntry{word: w, h: h, id: info.id, n: info.n}
				break
			}
		}
	}
}

// maxDateWord is the longest word the tokenizer looks up in the
// dateLexicon; it is longer than any of its words.
const maxDateWord = 24

// lookupWord returns the dateLexicon entry of the word w, made of ASCII
// letters, whose lower-case form has the FNV-1a hash h, or nil.
func lookupWord(h uint32, w string) *lexEntry {
	for k := h; ; k++ {
		e := &lexTable[k%uint32(len(lexTable))]
		if e.word == "" {
			return nil
		}
		if e.h == h && len(e.word) == len(w) && foldLetters(w, e.word) {
			return e
		}
	}
}

// foldLetters reports whether w, made of ASCII letters, is the lower-case
// word k in any case; len(w) == len(k).
func foldLetters(w, k string) bool {
	k = k[:len(w)]
	for i := 0; i < len(w); i++ {
		// Setting bit 0x20 lower-cases an ASCII letter.
		if w[i]|0x20 != k[i] {
			return false
		}
	}
	return true
}

// month returns the month (1-12) a word id names, or 0.
func (w wid) month() int {
	if w >= wJan && w <= wDec {
		return int(w-wJan) + 1
	}
	return 0
}

// weekday returns the day of the week a word id names, Sunday 0 to
// Saturday 6, or -1.
func (w wid) weekday() int {
	if w >= wSun && w <= wSat {
		return int(w - wSun)
	}
	return -1
}

// season returns 1 (spring) to 4 (winter), or 0.
func (w wid) season() int {
	if w >= wSpring && w <= wWinter {
		return int(w-wSpring) + 1
	}
	return 0
}

// tokenize splits text into tokens, appending to buf.
func tokenize(buf []tok, text string) []tok {
	toks := buf[:0]
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			t := tok{s: i, kind: tNum}
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if t.nd < 9 {
					t.n = t.n*10 + int(text[j]-'0')
				}
				if t.nd < maxDigits {
					t.nd++
				}
				j++
			}
			if t.nd > 9 {
				t.bad = true
			}
			// Thousands groups and decimals: 1,300 / 2,100 / 88.7.
			for j+1 < len(text) && (text[j] == ',' || text[j] == '.') && isDigit(text[j+1]) {
				k := j + 1
				for k < len(text) && isDigit(text[k]) {
					k++
				}
				if text[j] == ',' && k-j-1 != 3 {
					break
				}
				t.bad = true
				j = k
			}
			// Glued letters: an ordinal suffix (16th) or a designation (F-16s, 13base).
			if j < len(text) && isLetterByte(text, j) {
				k := j
				for k < len(text) && isLetterByte(text, k) {
					_, n := utf8.DecodeRuneInString(text[k:])
					k += n
				}
				suf := text[j:k]
				if k-j == 2 && isOrdinalSuffix(suf) {
					t.ord = true
				} else {
					t.bad = true
				}
				j = k
			}
			// Time of day (21:00) and percentages.
			if j+1 < len(text) && text[j] == ':' && isDigit(text[j+1]) {
				t.bad = true
			}
			if j < len(text) && text[j] == '%' {
				t.bad = true
			}
			if i > 0 && (isLetterByte(text, i-1) || (text[i-1] == ':' && i > 1 && isDigit(text[i-2]))) {
				t.bad = true
			}
			t.e = j
			toks = append(toks, t)
			i = j
		default:
			r, n := rune(c), 1
			if c >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsLetter(r) {
				t := tok{s: i, kind: tWord, up: c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)}
				// One pass: the word's end and, while it is all ASCII
				// letters, the FNV-1a hash of its lower-case form.
				j, h := i, token.FNVBasis
				ascii := true
				for {
					j, h, _ = token.FoldRun(text, j, h)
					if j >= len(text) {
						break
					}
					if c := text[j]; c < utf8.RuneSelf && c != '\'' {
						break
					}
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r2) {
						// Not ASCII: FoldRun took the ASCII letters.
						ascii = false
						j += n2
						continue
					}
					// An apostrophe inside a word: Sa'oud, Hay'at; but a
					// possessive "'s" ends the word: Saturday's, ISIL's.
					if (r2 == '\'' || r2 == '’') && j+n2 < len(text) && isLetterByte(text, j+n2) && !possessive(text, j+n2) {
						ascii = false
						j += n2
						continue
					}
					break
				}
				t.e = j
				if ascii && j-i <= maxDateWord {
					// All ASCII letters: their lower-case form is the key.
					if e := lookupWord(h, text[i:j]); e != nil {
						t.w, t.n = e.id, e.n
						if t.w.month() > 0 && j-i <= 4 && e.id != wMay && !isFullMonth(text[i:j]) {
							t.abbr = true
						}
						if t.w.weekday() >= 0 && j-i <= 5 {
							t.abbr = true
						}
					}
				}
				toks = append(toks, t)
				i = j
				continue
			}
			t := tok{s: i, e: i + n, kind: tPunct, p: 'x'}
			switch r {
			case ',', '(', ')', '/', ';', ':', '.':
				t.p = byte(r)
			case '-', '–', '—', '‐', '‑', '−':
				t.p = '-'
			case '[':
				t.p = '('
			case ']':
				t.p = ')'
			}
			toks = append(toks, t)
			i += n
		}
	}
	// A number glued to a word by a hyphen is a designation (MiG-23, F-16),
	// except after mid/early/late (mid-2013).
	for k := 2; k < len(toks); k++ {
		t := &toks[k]
		if t.kind == tNum && toks[k-1].kind == tPunct && toks[k-1].p == '-' && toks[k-1].e == t.s &&
			toks[k-2].kind == tWord && toks[k-2].e == toks[k-1].s {
			switch toks[k-2].w {
			case wMid, wEarly, wLate:
			default:
				t.bad = true
			}
		}
	}
	return toks
}

// possessive reports whether text[i:] is the "s" of a possessive "'s":
// an s that ends the word.
func possessive(text string, i int) bool {
	return text[i]|0x20 == 's' && (i+1 == len(text) || !isLetterByte(text, i+1))
}

// isFullMonth reports whether the word w of ASCII letters is "june" or
// "july" in any case.
func isFullMonth(w string) bool {
	return token.EqualFold(w, "june") || token.EqualFold(w, "july")
}

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
	toks []tok
	// lenient accepts a bare four-digit year anywhere: titles and headings
	// rarely hold counts.
	lenient bool
	// order is how numeric dates whose day and month could be swapped
	// are read: orderDMY, orderMDY, or 0 when unknown.
	order byte
}

// Orders of numeric dates.
const (
	orderDMY = 'd' // 02/01/2014 is 2 January
	orderMDY = 'm' // 02/01/2014 is 1 February
)

func (s *scanner) word(i int, w wid) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord && s.toks[i].w == w
}

func (s *scanner) punct(i int, p byte) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tPunct && s.toks[i].p == p
}

func (s *scanner) wordIn(i int, ws ...wid) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return false
	}
	for _, w := range ws {
		if s.toks[i].w == w {
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
		e.s, e.e = s.toks[i].s, s.toks[j-1].e
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
	switch t.kind {
	case tNum:
		return !t.bad
	case tWord:
		switch wordStarts[t.w] {
		case startNever:
			return false
		case startBeforeLexicon:
			// Only when the next word is in the dateLexicon.
			return i+1 < len(s.toks) && (s.toks[i+1].w != wNone || s.toks[i+1].kind == tNum)
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
		if t.s < from || t.e > to {
			continue
		}
		if t.kind == tWord && (t.w == wOn || t.w == wOf) || t.kind == tPunct && t.p == ',' {
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
	if s.wordIn(i-1, wThe, wDet) || (i > 0 && s.toks[i-1].kind == tWord && s.toks[i-1].w == wA) {
		if j < len(s.toks) && s.toks[j].kind == tWord && s.toks[j].w != wAnd && s.toks[j].w != wTo && s.toks[j].w != wConj {
			e.label = true
		}
	}
}

// match tries every rule at token i and returns the expression and the
// index after it.
func (s *scanner) match(i int) (dexpr, int, bool) {
	t := s.toks[i]
	if t.kind == tWord {
		if t.w.weekday() >= 0 {
			return s.weekday(i, 0)
		}
		switch t.w {
		case wLast, wNext, wThis:
			if t.w == wLast && i+1 < len(s.toks) {
				// "last week", "last month", "last year"
				if u, pl := unitOf(s.toks[i+1].w); u >= uWeek && !pl && s.toks[i+1].w != wFortnight {
					return dexpr{kind: exRel, mode: rCal, unit: u, lo: -1, hi: -1, back: true, now: true, needDoc: true}, i + 2, true
				}
			}
			// "last Friday", "next Monday", "this Sunday"
			if i+1 < len(s.toks) && s.toks[i+1].w.weekday() >= 0 {
				dir := 0
				switch t.w {
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
		switch t.w {
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
	if t.kind == tWord {
		rules = wordRules[t.w]
	}
	if rules&ruleRel != 0 {
		if e, j, ok := s.relative(i); ok {
			return e, j, true
		}
	}
	// within starts with "the".
	if t.kind == tWord && t.w == wThe {
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
	w := s.toks[i].w
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
	if s.toks[i].kind == tWord {
		if s.toks[i].w.weekday() >= 0 {
			return s.weekday(i, 0)
		}
		switch s.toks[i].w {
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
		return pdate{d: s.toks[i].n}, i + 1, true, true
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
			if a, ok := joinRange(pdate{d: s.toks[i].n}, b, true); ok {
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
		case a.d != 0 && a.m != 0 && a.y == 0 && s.isDay(k) && !s.monthAt(k+1) && s.toks[i].kind == tWord:
			// "September 16–20"
			b := pdate{m: a.m, d: s.toks[k].n}
			k++
			if s.punct(k, ',') && s.isYear(k+1, true) {
				b.y = s.toks[k+1].n
				k += 2
			} else if s.isYear(k, true) {
				b.y = s.toks[k].n
				k++
			}
			if b.d > a.d {
				e.b, e.isRange = b, true
				return e, k, true
			}
		case a.hasYear() && a.m == 0 && a.season == 0 && k < len(s.toks) && s.toks[k].kind == tNum &&
			s.toks[k].nd == 2 && !s.toks[k].bad && !s.monthAt(k+1):
			// "2013–14", "1999–00"; not "2014-07", which no year range
			// writes (it would end in 2107).
			if yy := s.toks[k].n; (a.y/100*100+yy-a.y+100)%100 <= maxShortRange && yy != a.y%100 {
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
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord && s.toks[i].up && s.toks[i].w.month() > 0
}

// isDay reports whether token i can be a day of the month.
func (s *scanner) isDay(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	return t.kind == tNum && !t.bad && t.nd <= 2 && t.n >= 1 && t.n <= 31
}

// isYear reports whether token i is a four-digit year in 1000–2100. With
// attached, the caller has already seen a month or day before it.
func (s *scanner) isYear(i int, attached bool) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if t.kind != tNum || t.bad || t.ord || t.nd != 4 || t.n < 1000 || t.n > 2100 {
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
	if i >= len(s.toks) || s.toks[i].kind != tWord || s.toks[i].up {
		return false
	}
	t := s.toks[i]
	if t.w == wCount {
		return true
	}
	if t.w != wNone && t.w != wSay {
		return false
	}
	// An unknown lower-case plural after a number is most likely what is
	// counted: "1500 vehicles", "2000 villagers".
	w := s.t[t.s:t.e]
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
		if p.kind == tWord {
			switch p.w {
			case wIn, wBy, wSince, wUntil, wTill, wFrom, wDuring, wOf, wEarly, wMid, wLate,
				wBefore, wAfter, wBetween, wThe, wThrough, wTo, wSummer, wWinter, wSpring,
				wAutumn, wYear, wEnd, wBeginning, wStart, wMiddle, wAnd, wOver, wWithin, wDet:
				if p.w == wAnd && !s.isYear(i-2, true) {
					return false
				}
				if p.w == wTo && !s.isYear(i-2, true) {
					return false
				}
				return true
			}
			if p.up {
				// "Division 2014", "Resolution 2118": a designation.
				return false
			}
		}
		if p.kind == tPunct && (p.p == '(' || p.p == '-' && p.e == s.toks[i].s) {
			return true
		}
	}
	if i+1 >= len(s.toks) {
		return i > 0
	}
	n := s.toks[i+1]
	if n.kind == tPunct {
		switch n.p {
		case ')', ',', ';', '.', ':':
			return i > 0 || n.p == ','
		case '-':
			return s.isYear(i+2, true) || i+2 < len(s.toks) && s.toks[i+2].nd == 2
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
	if t.kind == tWord {
		switch t.w {
		case wEarly, wMid, wLate:
			j := i + 1
			if s.punct(j, '-') && s.toks[j].s == t.e {
				j++
			}
			p, k, ok := s.simple(j, true)
			if ok && p.d == 0 && p.part == claims.ModNone {
				p.part = partOf(t.w)
				return p, k, true
			}
			return pdate{}, 0, false
		case wThe:
			// "the beginning of October", "the end of 2014", "the summer of
			// 2014", "the 16th of July".
			if s.wordIn(i+1, wBeginning, wStart, wEnd, wMiddle) && s.word(i+2, wOf) {
				p, k, ok := s.simple(i+3, true)
				if ok && p.d == 0 && p.part == claims.ModNone {
					p.part = partOf(s.toks[i+1].w)
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
			if i+1 < len(s.toks) && (s.toks[i+1].w.season() > 0 || s.toks[i+1].ord && s.word(i+2, wOf)) {
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
	switch t.kind {
	case tNum:
		if i+1 < len(s.toks) && s.toks[i+1].kind == tPunct {
			switch s.toks[i+1].p {
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
			if s.word(j, wOf) && t.ord {
				j++
			}
			if s.monthAt(j) {
				p := pdate{d: t.n, m: s.toks[j].w.month()}
				j++
				if s.toks[j-1].abbr && s.punct(j, '.') && s.toks[j].s == s.toks[j-1].e {
					j++
				}
				if s.isYear(j, true) {
					p.y = s.toks[j].n
					j++
				}
				if !validDay(p) {
					return pdate{}, 0, false
				}
				return p, j, true
			}
		}
		if s.isYear(i, ctx) {
			return pdate{y: t.n}, i + 1, true
		}
	case tWord:
		if m := t.w.month(); m > 0 && t.up {
			j := i + 1
			if t.abbr && s.punct(j, '.') && s.toks[j].s == t.e {
				j++
			}
			p := pdate{m: m}
			if s.isDay(j) && !(j+1 < len(s.toks) && s.toks[j+1].kind == tWord && (s.toks[j+1].w == wCount || s.monthAt(j+1))) &&
				!s.punct(j+1, ':') {
				p.d = s.toks[j].n
				j++
				if s.punct(j, ',') && s.isYear(j+1, true) && !s.punct(j+2, ',') {
					p.y = s.toks[j+1].n
					j += 2
				} else if s.isYear(j, true) {
					p.y = s.toks[j].n
					j++
				}
				if !validDay(p) {
					return pdate{}, 0, false
				}
				return p, j, true
			}
			if s.isYear(j, true) {
				p.y = s.toks[j].n
				return p, j + 1, true
			}
			if s.word(j, wOf) {
				if s.isYear(j+1, true) {
					p.y = s.toks[j+1].n
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
			if t.abbr {
				return pdate{}, 0, false
			}
			if ctx || s.monthContext(i) {
				return p, j, true
			}
			return pdate{}, 0, false
		}
		if se := t.w.season(); se > 0 {
			j := i + 1
			if s.word(j, wOf) {
				j++
			}
			if s.isYear(j, true) {
				return pdate{season: se, y: s.toks[j].n}, j + 1, true
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
		if p.kind == tWord {
			switch p.w {
			case wIn, wDuring, wSince, wUntil, wTill, wBy, wFrom, wOf, wThrough, wTo, wBefore,
				wAfter, wBetween, wLast, wNext, wThis, wEarly, wMid, wLate, wAnd, wOver, wThe:
				if p.w == wThe && !s.wordIn(i-2, wIn, wDuring, wBy, wSince, wUntil) {
					return false
				}
				return true
			}
		}
		if p.kind == tPunct && (p.p == '(' || p.p == '-' || p.p == '/' || p.p == ',' && s.monthAt(i-2)) {
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
	case t.kind == tNum && !t.bad && !t.ord && t.nd <= 3 && t.n > 0:
		return t.n, t.n, i + 1, true
	case t.kind == tWord && t.w == wNumWord:
		return t.n, t.n, i + 1, true
	case t.kind == tWord && t.w == wA:
		if s.word(i+1, wFew) {
			return 2, 5, i + 2, true
		}
		if s.word(i+1, wCouple) && s.word(i+2, wOf) {
			return 2, 2, i + 3, true
		}
		return 1, 1, i + 1, true
	case t.kind == tWord && t.w == wFew:
		return 2, 5, i + 1, true
	case t.kind == tWord && t.w == wSeveral:
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
	if t.kind != tWord && t.kind != tNum {
		return dexpr{}, 0, false
	}
	cal := func(u relUnit, k int, back bool, j int) (dexpr, int, bool) {
		return dexpr{kind: exRel, mode: rCal, unit: u, lo: k, hi: k, back: back}, j, true
	}
	switch t.w {
	case wThe, wThat, wThis:
		j := i + 1
		if t.w == wThe || t.w == wThat {
			// the/that [very] same X, that X
			k := j
			if s.word(k, wVery) {
				k++
			}
			if s.word(k, wSame) || t.w == wThat {
				if s.word(k, wSame) {
					k++
				}
				if k < len(s.toks) && s.toks[k].kind == tWord {
					if u, pl := unitOf(s.toks[k].w); u != 0 && !pl && s.toks[k].w != wFortnight {
						return cal(u, 0, false, k+1)
					}
				}
			}
		}
		if t.w == wThis {
			// "this month", "this week": in a report, the writer's.
			if j < len(s.toks) && s.toks[j].kind == tWord {
				if u, pl := unitOf(s.toks[j].w); u >= uWeek && !pl && s.toks[j].w != wFortnight {
					e, k, _ := cal(u, 0, false, j+1)
					e.now, e.needDoc = true, true
					return e, k, true
				}
			}
			return dexpr{}, 0, false
		}
		if t.w != wThe {
			return dexpr{}, 0, false
		}
		// the beginning/end of the year
		if s.wordIn(j, wBeginning, wStart, wEnd, wMiddle) && s.word(j+1, wOf) && s.wordIn(j+2, wThe, wThat, wThis) {
			if u, pl := unitOf(s.toks[min(j+3, len(s.toks)-1)].w); j+3 < len(s.toks) && u >= uWeek && !pl {
				e, k, _ := cal(u, 0, false, j+4)
				e.rpart = partOf(s.toks[j].w)
				e.now = !s.word(j+2, wThat)
				e.needDoc = s.word(j+2, wThis)
				return e, k, true
			}
		}
		if j >= len(s.toks) || s.toks[j].kind != tWord {
			return dexpr{}, 0, false
		}
		switch s.toks[j].w {
		case wNext, wFollowing, wComing:
			if e, k, ok := s.window(j+1, false); ok {
				return e, k, true
			}
			if j+1 < len(s.toks) {
				if u, pl := unitOf(s.toks[j+1].w); u != 0 && !pl {
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
			now := s.toks[j].w == wPast || s.toks[j].w == wLast
			if e, k, ok := s.window(j+1, true); ok {
				e.now = now
				return e, k, true
			}
			if j+1 < len(s.toks) {
				if u, pl := unitOf(s.toks[j+1].w); u != 0 && !pl {
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
		} else if s.word(j, wThis) && (t.w == wEarlier || t.w == wLater) {
			// "earlier this month", "later this year"
			j++
		}
		if j > i+1 && j < len(s.toks) && s.toks[j].kind == tWord {
			w := s.toks[j].w
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
				if t.w == wLater || t.w == wLate {
					e.rpart = claims.ModAfter
				} else {
					e.rpart = claims.ModBefore
				}
				return e, k, true
			}
		}
	case wDuring:
		// "During the day"
		if s.word(i+1, wThe) && i+2 < len(s.toks) && (s.toks[i+2].w == wDay || isTimeOfDay(s.toks[i+2].w)) {
			return cal(uDay, 0, false, i+3)
		}
	}
	// "Two days later", "4 days later", "A month later", "two days ago",
	// "one year earlier", "just two months before".
	lo, hi, j, ok := s.count(i)
	if !ok || j >= len(s.toks) || s.toks[j].kind != tWord {
		return dexpr{}, 0, false
	}
	u, pl := unitOf(s.toks[j].w)
	if u == 0 || isTimeOfDay(s.toks[j].w) || pl != (hi > 1) && !(lo == hi && lo == 1 && !pl) {
		return dexpr{}, 0, false
	}
	mult := 1
	if s.toks[j].w == wFortnight {
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
	u, pl := unitOf(s.toks[j].w)
	if u == 0 || !pl || isTimeOfDay(s.toks[j].w) {
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
	if t.kind == tPunct {
		return t.p != '('
	}
	if t.kind == tNum {
		return false
	}
	if t.up {
		return false
	}
	switch t.w {
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
	e := dexpr{kind: exWithin, fromEnd: s.toks[i+1].w != wFirst && s.toks[i+1].w != wOpening}
	j := i + 2
	if s.word(j, wFew) {
		e.few = true
		j++
	}
	if j >= len(s.toks) {
		return dexpr{}, 0, false
	}
	switch s.toks[j].w {
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
		w := s.toks[j+1].w
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

// mayHoldDate reports whether scanning text can find a date expression.
// Every rule of the grammar needs one of: a digit (days, years, counts),
// a capitalised month name (simple and monthAt read months only when
// up), or a unit word (day, days, morning, evening, night, afternoon,
// week, weeks, fortnight, month, months, year, years: every relative and
// "within" expression, and a season without a year), or a word of a day
// counted from the writer's (the weekdays, today and yesterday end in
// "day", tonight in "night"; tomorrow). A text with none of
// them, even inside longer words, has no date, and the tagger skips
// tokenizing it. The test is a superset: false only when scan would
// find nothing.
//
// The digits are looked for first, eight bytes at a time: most texts with
// a date have one.
func mayHoldDate(text string) bool {
	if token.HasDigit(text) {
		return true
	}
	for i := 0; i < len(text); i++ {
		k := dateHint[text[i]]
		if k == 0 {
			continue
		}
		if k == hintDigit || dateHintAt(text, i) {
			return true
		}
	}
	return false
}

// Classes of dateHint.
const (
	hintDigit   = 1 + iota
	hintLetter  // a letter that may be part of a unit word
	hintCapital // a capital that starts a month name
)

// dateHint classes the bytes mayHoldDate looks at: digits, the letters
// it anchors unit words on (y, k, m, g, f in either case) and the
// capitals that month names start with.
var dateHint = func() (t [256]uint8) {
	for _, c := range "JFMASOND" {
		t[c] = hintCapital
	}
	for _, c := range "ykmgfYKMGF" {
		t[c] = hintLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = hintDigit
	}
	return t
}()

// foldAt reports whether text[i:] starts with w (lower-case ASCII
// letters) in any case.
func foldAt(text string, i int, w string) bool {
	if i < 0 || len(text)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		// c|0x20 is a lower-case letter only when c is a letter.
		if text[i+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// dateHintAt reports whether the letter at i may belong to a unit word
// (day, year, week, month, night, morning, evening, afternoon and their
// plurals; the weekdays, today and yesterday end in "day"; tomorrow) or,
// a capital, start a month name.
func dateHintAt(text string, i int) bool {
	c := text[i]
	switch c | 0x20 {
	case 'y': // day(s), year(s)
		if foldAt(text, i-2, "day") || foldAt(text, i, "year") {
			return true
		}
	case 'k': // week(s)
		if foldAt(text, i-3, "week") {
			return true
		}
	case 'm': // month(s), tomorrow
		if foldAt(text, i, "month") || foldAt(text, i-2, "tomorrow") {
			return true
		}
	case 'g': // night, fortnight; morning, evening
		if foldAt(text, i, "ght") || foldAt(text, i-3, "ning") {
			return true
		}
	case 'f': // afternoon
		if foldAt(text, i, "fternoon") {
			return true
		}
	}
	if c < 'A' || c > 'Z' || len(text)-i < 3 {
		return false
	}
	switch uint32(text[i]|0x20)<<16 | uint32(text[i+1]|0x20)<<8 | uint32(text[i+2]|0x20) {
	case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r',
		'a'<<16 | 'p'<<8 | 'r', 'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n',
		'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g', 's'<<16 | 'e'<<8 | 'p',
		'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
		return true
	}
	return false
}
