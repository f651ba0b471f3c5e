package timex

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/concordfacts/concord/extract/internal/token"
)

// This file reads the tokens of a text as the date grammar reads them.

// tagBad is the bit of Token.Tag that marks a number that is neither a
// day nor a year: 1,300 / 88.7 / 16s / 21:00 / 95% / F-16. The low byte of
// a word's Tag is its word id.
const tagBad = 0x100

// dateTokens returns the tokens of text as the date grammar reads them,
// appending to buf[:0]. They are the tokens toks (as token.Tokenize returns
// them), joined where dates are written together:
//
//   - a number takes the thousands groups and decimals written against
//     it ("1,300.5") and the letters after it ("16th", "16s", "13base");
//   - a word takes whatever is joined to it by an apostrophe ("Hay'at"),
//     and is then no date word; a possessive "'s" is not joined
//     ("Saturday's" is the date word "Saturday", a mark and the word "s").
//
// A word's Tag holds its date word id (wid), and a number word's Value
// its value; a number's Tag has tagBad set when it cannot be a day or a
// year, and its Flags Ordinal for an ordinal suffix.
func (l *Lexicon) dateTokens(text string, toks []token.Token, buf []token.Token) []token.Token {
	out := buf[:0]
	k := 0
	for i := 0; ; {
		// The common tokens first: a mark, and a word with nothing
		// written against it, taken here rather than by the general
		// reader below (a speed trick that saves 3.9% of the instructions
		// of extraction; FuzzDateTokens checks it).
		for k < len(toks) {
			t := &toks[k]
			if t.End <= i {
				k++
				continue
			}
			i = max(i, t.Start)
			if i != t.Start || t.Is(token.Possessive) || k+1 < len(toks) && !toks[k+1].Is(token.Space) {
				goto read
			}
			switch t.Kind {
			case token.Mark:
				out = slices.Grow(out, 1)[:len(out)+1]
				out[len(out)-1] = token.Token{Start: t.Start, End: t.End, Kind: token.Mark, Punct: t.Punct}
			case token.Word:
				if !t.Is(token.LowerCase) && possessiveCut(text, t.Start, t.End) < t.End {
					// "SATURDAY'S": a possessive in capitals ends the
					// word (only a word with a capital can hold one).
					goto read
				}
				out = slices.Grow(out, 1)[:len(out)+1]
				w := &out[len(out)-1]
				*w = token.Token{Start: t.Start, End: t.End, Kind: token.Word, Flags: t.Flags & token.Cap}
				if d := l.word(t.ID); d.id != wNone {
					w.Tag, w.Value = uint16(d.id), float64(d.n)
				}
			default:
				goto read
			}
			i = t.End
			k++
		}
		break
	read:
		t := &toks[k]
		switch {
		case i > t.Start || t.Is(token.Possessive):
			// Inside a word: after a possessive's apostrophe, or after
			// the letters a number took.
			if n := apostropheLen(text, i); n > 0 {
				out = append(out, token.Token{Start: i, End: i + n, Kind: token.Mark, Punct: '\''})
				i += n
				continue
			}
			var w token.Token
			w, i, k = l.dateWord(text, toks, k, i)
			out = append(out, w)
		case t.Kind == token.Mark:
			out = append(out, token.Token{Start: t.Start, End: t.End, Kind: token.Mark, Punct: t.Punct})
			i = t.End
		case t.Kind == token.Number:
			var n token.Token
			n, i = dateNumber(text, toks, k)
			out = append(out, n)
		default:
			var w token.Token
			w, i, k = l.dateWord(text, toks, k, i)
			out = append(out, w)
		}
	}
	// A number glued to a word by a hyphen is a designation (MiG-23, F-16),
	// except after mid/early/late (mid-2013).
	for k := 2; k < len(out); k++ {
		t := &out[k]
		if t.Kind == token.Number && out[k-1].Kind == token.Mark && out[k-1].Punct == '-' && out[k-1].End == t.Start &&
			out[k-2].Kind == token.Word && out[k-2].End == out[k-1].Start {
			switch wordOf(out[k-2]) {
			case wMid, wEarly, wLate:
			default:
				t.Tag |= tagBad
			}
		}
	}
	return out
}

// dateWord reads the word starting at text[i], inside or at the start of
// toks[k], and returns it with the offset after it and the index of the
// token that holds that offset or follows it.
func (l *Lexicon) dateWord(text string, toks []token.Token, k, i int) (token.Token, int, int) {
	t := &toks[k]
	end := t.End
	// An apostrophe before letters joins the word, unless it opens a
	// possessive "'s", which ends it ("Saturday's").
	for k+1 < len(toks) && toks[k+1].Start == end {
		n := &toks[k+1]
		if n.Kind == token.Mark && apostropheLen(text, n.Start) == n.End-n.Start && k+2 < len(toks) &&
			toks[k+2].Start == n.End && toks[k+2].Kind == token.Word && !toks[k+2].Is(token.Possessive) && !possessive(text, n.End) {
			end = toks[k+2].End
			k += 2
			continue
		}
		break
	}
	next := k + 1
	// A possessive written in capitals ("ISIL'S") is inside a token: it
	// ends the word too.
	if c := possessiveCut(text, i, end); c < end {
		end = c
		for next > 0 && toks[next-1].Start >= c {
			next--
		}
		if toks[next-1].End > c {
			next--
		}
	}
	w := token.Token{Start: i, End: end, Kind: token.Word}
	r, _ := utf8.DecodeRuneInString(text[i:])
	if unicode.IsUpper(r) {
		w.Flags |= token.Cap
	}
	// Only a word of ASCII letters is a date word. Its ID is that of the
	// token, unless the word is part of one; a token whose ID is a date
	// word's is written with ASCII letters, as every date word is.
	id := t.ID
	if i > t.Start || end != t.End || t.Is(token.Possessive) {
		id = 0
		if asciiLetters(text[i:end]) {
			id, _ = l.tokens.Lookup(text[i:end])
		}
	}
	if d := l.word(id); d.id != wNone {
		w.Tag = uint16(d.id)
		w.Value = float64(d.n)
	}
	return w, end, next
}

// possessive reports whether text[i:], after an apostrophe inside a word,
// is the "s" of a possessive "'s": an s, in either case, that ends the
// word.
func possessive(text string, i int) bool {
	return i < len(text) && text[i]|0x20 == 's' && (i+1 == len(text) || !isLetterByte(text, i+1))
}

// possessiveCut returns the offset of the first apostrophe in the word
// text[i:end] that opens a possessive, or end.
func possessiveCut(text string, i, end int) int {
	for p := i; p < end; p++ {
		if n := apostropheLen(text, p); n > 0 && possessive(text, p+n) {
			return p
		}
	}
	return end
}

// dateNumber reads the number of toks[k] with the separators and letters
// written against it, and returns it with the offset after it.
func dateNumber(text string, toks []token.Token, k int) (token.Token, int) {
	t := &toks[k]
	n := token.Token{Start: t.Start, End: t.End, Kind: token.Number, Value: t.Value, Digits: t.Digits}
	bad := !t.Is(token.Plain) || leadDigits(text, t.Start) > 9
	end := t.End
	// More groups and decimals: "1.5,300", "1.2.3".
	for k+2 < len(toks) && toks[k+1].Start == end && toks[k+2].Start == toks[k+1].End &&
		toks[k+1].Kind == token.Mark && toks[k+2].Kind == token.Number && (text[end] == '.' || text[end] == ',') {
		if text[end] == ',' && leadDigits(text, toks[k+2].Start) != 3 {
			break
		}
		end, bad = toks[k+2].End, true
		k += 2
	}
	// Letters against the digits: an ordinal suffix (16th) or a
	// designation (F-16s, 13base). They stop at an apostrophe.
	if k+1 < len(toks) && toks[k+1].Start == end && toks[k+1].Kind == token.Word && !toks[k+1].Is(token.Possessive) {
		j := end
		for j < toks[k+1].End && apostropheLen(text, j) == 0 {
			j++
		}
		if suf := text[end:j]; len(suf) == 2 && isOrdinalSuffix(suf) {
			n.Flags |= token.Ordinal
		} else {
			bad = true
		}
		end = j
	}
	// Time of day (21:00), percentages, and a number against a word.
	if end+1 < len(text) && text[end] == ':' && isDigit(text[end+1]) || end < len(text) && text[end] == '%' {
		bad = true
	}
	if i := t.Start; i > 0 && (isLetterByte(text, i-1) || text[i-1] == ':' && i > 1 && isDigit(text[i-2])) {
		bad = true
	}
	n.End = end
	if bad {
		n.Tag = tagBad
	}
	return n, end
}

// apostropheLen returns the byte length of an apostrophe (' or ’) at
// text[i], or 0.
func apostropheLen(text string, i int) int {
	if i < len(text) && text[i] == '\'' {
		return 1
	}
	if i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0x99 {
		return 3
	}
	return 0
}

// leadDigits counts the digits at text[i:], at most maxDigits.
func leadDigits(text string, i int) int {
	n := 0
	for i < len(text) && isDigit(text[i]) && n < maxDigits {
		i++
		n++
	}
	return n
}

// maxDigits is where leadDigits stops counting: any number longer than
// nine digits is bad, and no rule tells longer ones apart.
const maxDigits = 100

// asciiLetters reports whether w is made of ASCII letters only.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !token.IsLetter(w[i]) {
			return false
		}
	}
	return w != ""
}

// wordOf returns the date word id of a token: wNone for anything but a
// date word.
func wordOf(t token.Token) wid { return wid(t.Tag) }

// isBad reports whether t is a number that is neither a day nor a year.
func isBad(t token.Token) bool { return t.Tag&tagBad != 0 }

// markOf returns the class of a mark the grammar reads: , ( ) - / ; : .
// as written (dashes as '-', brackets as parentheses), 'x' for any other.
func markOf(t token.Token) byte {
	switch p := t.Punct; p {
	case ',', '(', ')', '/', ';', ':', '.', '-':
		return p
	case '[':
		return '('
	case ']':
		return ')'
	}
	return 'x'
}

// mayHoldDate reports whether the tokens of a text can hold a date
// expression. Every rule of the grammar needs one of: a number (days,
// years, counts), a capitalised month name (simple and monthAt read months
// only when up), a unit word (day, days, morning, evening, night,
// afternoon, week, weeks, fortnight, month, months, year, years: every
// relative and "within" expression, and a season without a year), or a
// word of a day counted from the writer's (the weekdays, today, tonight,
// yesterday, tomorrow). A word dateTokens joins is no date word, so a
// text whose tokens have none of them has no date, and the tagger skips
// reading it: a speed trick that saves 3.5% of the instructions of
// extraction (TestMayHoldDate and FuzzMayHoldDate check it against the
// grammar). text is the text of the tokens: the one word dateTokens cuts
// out of a token, before a possessive written in capitals ("SATURDAY'S"),
// is looked up in it.
func (l *Lexicon) mayHoldDate(text string, toks []token.Token) bool {
	for k := range toks {
		t := &toks[k]
		switch t.Kind {
		case token.Number:
			return true
		case token.Word:
			w := l.word(t.ID).id
			if w == wNone && !t.Is(token.LowerCase) {
				// Only a token with a capital can hold "'S".
				if c := possessiveCut(text, t.Start, t.End); c < t.End && asciiLetters(text[t.Start:c]) {
					id, _ := l.tokens.Lookup(text[t.Start:c])
					w = l.word(id).id
				}
			}
			if w.month() > 0 && t.Is(token.Cap) {
				return true
			}
			if u, _ := unitOf(w); u != 0 {
				return true
			}
			switch {
			case w.weekday() >= 0, w == wToday, w == wTonight, w == wYesterday, w == wTomorrow:
				return true
			}
		}
	}
	return false
}
