package timex

import (
	"slices"

	"github.com/concordfacts/concord/extract/internal/token"
)

// This file holds the words of the date grammar: their ids, the list of
// them, and the table that finds a token's word by its lexicon ID.

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

// dateWord is what the date grammar knows of a word: its id, and the
// value of a number word.
type dateWord struct {
	id wid
	n  int
}

// dateWords returns the words of the date grammar, folded, with their ids;
// number words carry their value.
func dateWords() map[string]dateWord {
	dateLexicon := map[string]dateWord{}
	for i, names := range token.Months {
		for _, n := range names {
			dateLexicon[n] = dateWord{wJan + wid(i), 0}
		}
	}
	add := func(id wid, words ...string) {
		for _, w := range words {
			dateLexicon[w] = dateWord{id, 0}
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
		dateLexicon[w] = dateWord{wNumWord, i + 1}
	}
	dateLexicon["thirty"] = dateWord{wNumWord, 30}
	return dateLexicon
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

// Lexicon is what the date grammar knows of the words of a token lexicon,
// looked up by a token's ID.
type Lexicon struct {
	// tokens is the token lexicon, for the titles and headings the
	// grammar tokenises itself, and for the rare word that is part of a
	// token.
	tokens *token.Lexicon
	// words holds the date word of every token ID.
	words []dateWord
}

// Words returns the words of the date grammar, folded as token.FoldKey
// folds them: the token lexicon NewLexicon is given must hold them all.
func Words() []string {
	var ws []string
	for w := range dateWords() {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	return ws
}

// NewLexicon returns what the date grammar knows of the words of lex,
// which holds every word of Words.
func NewLexicon(lex *token.Lexicon) *Lexicon {
	l := &Lexicon{tokens: lex, words: make([]dateWord, lex.Len())}
	for w, d := range dateWords() {
		id, _ := lex.Lookup(w)
		if id == 0 {
			panic("timex: the token lexicon lacks the word " + w)
		}
		l.words[id] = d
	}
	return l
}

// word returns the date word of the token ID id.
func (l *Lexicon) word(id uint32) dateWord {
	if int(id) >= len(l.words) {
		return dateWord{}
	}
	return l.words[id]
}
