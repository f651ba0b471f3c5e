package frame

import (
	"unicode"
	"unicode/utf8"

	"github.com/concordfacts/concord/claims"
)

// This file is the frame reader's own word scanner. It is kept apart so
// that it can be replaced by extract's shared token stream: the rest of
// the package reads only tok values.

// tok is one word, number or punctuation mark of the clause. s and e are
// byte offsets into the clause text; low is the lower-case form (ASCII
// letters folded) of the word, cut from one lowered copy of the clause.
// A possessive ("Legion's", "Brigades'") is outside [s,e) and sets tPoss.
type tok struct {
	s, e int
	low  string
	// p is the punctuation mark of a punctuation token, folded to ASCII
	// (curly quotes to '"' or '\'', dashes to '-'); 0 for words.
	p byte
	f tflag
	w wclass
	// k is the word's lemma key and cls its event class alone (see
	// lexicon.go), filled by the reader before it reads the clause.
	k   string
	cls claims.EventType
	// m and q are the mention and the count the token lies in, or -1.
	m, q int32
}

// tflag are the shape flags of a token.
type tflag uint8

const (
	tCap     tflag = 1 << iota // first letter upper case
	tUpper                     // two or more letters, all upper case
	tNum                       // starts with a digit
	tPoss                      // a possessive followed and was cut off
	tFirst                     // first word of the clause
	tHyph                      // has an inner hyphen
	tStarts                    // the word's key opens a phrase of the lexicon
	tValency                   // the word is a verb of valency.go
)

func (t *tok) is(f tflag) bool { return t.f&f != 0 }

// word reports whether t is a word or number rather than a mark.
func (t *tok) word() bool { return t.p == 0 }

// scanTokens appends the tokens of text to out. low is scratch for the
// lowered text; both are returned for reuse.
func scanTokens(text string, out []tok, low []byte) ([]tok, []byte) {
	out = out[:0]
	low = append(low[:0], text...)
	for i := 0; i < len(low); i++ {
		if c := low[i]; c >= 'A' && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	lowText := string(low)
	first := true
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			out = append(out, tok{s: i, e: i + n, low: lowText[i : i+n], p: foldMark(r), m: -1, q: -1})
			i += n
			continue
		}
		t := tok{s: i, m: -1, q: -1}
		j := i
		upper, letters := 0, 0
		for j < len(text) {
			// Most bytes are ASCII letters or digits: a tight loop takes
			// them without decoding.
			if b := text[j]; b < utf8.RuneSelf {
				switch {
				case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
					if b >= 'a' {
						letters++
					}
					j++
					continue
				case b >= 'A' && b <= 'Z':
					upper++
					letters++
					j++
					continue
				}
			}
			r, n := rune(text[j]), 1
			if text[j] >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[j:])
			}
			if isWordRune(r) {
				if unicode.IsUpper(r) {
					upper++
				}
				if unicode.IsLetter(r) {
					letters++
				}
				j += n
				continue
			}
			// An inner hyphen, apostrophe, comma or full stop joins two
			// word characters ("al-Nusra", "Hay'at", "3,000", "88.7").
			if j > i && (r == '-' || r == '\'' || r == '’' || r == ',' || r == '.') && j+n < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if !isWordRune(r2) {
					break
				}
				if (r == ',' || r == '.') && !(isDigit(text[j-1]) && isDigit(text[j+n])) {
					break
				}
				if (r == '\'' || r == '’') && possessiveAt(text, j+n) {
					break
				}
				if r == '-' {
					t.f |= tHyph
				}
				j += n
				continue
			}
			break
		}
		t.e = j
		if isDigit(text[i]) {
			t.f |= tNum
		} else if upper > 0 {
			if c0 := text[i]; c0 < utf8.RuneSelf {
				if c0 >= 'A' && c0 <= 'Z' {
					t.f |= tCap
				}
			} else if r0, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsUpper(r0) {
				t.f |= tCap
			}
			if upper == letters && letters >= 2 {
				t.f |= tUpper
			}
		}
		if first {
			t.f |= tFirst
			first = false
		}
		// Possessive: 's or ' after the word, then no word character.
		if j < len(text) {
			r, n := rune(text[j]), 1
			if text[j] >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[j:])
			}
			if r == '\'' || r == '’' {
				k := j + n
				if k < len(text) && (text[k] == 's' || text[k] == 'S') && (k+1 == len(text) || !startsWord(text[k+1:])) {
					t.f |= tPoss
					j = k + 1
				} else if (k == len(text) || !startsWord(text[k:])) && (text[j-1] == 's' || text[j-1] == 'S') {
					t.f |= tPoss
					j = k
				}
			}
		}
		t.low = lowText[t.s:t.e]
		out = append(out, t)
		i = j
	}
	return out, low
}

// possessiveAt reports whether text[k:] after an apostrophe is the s of
// a possessive ("'s" followed by no word character).
func possessiveAt(text string, k int) bool {
	return k < len(text) && (text[k] == 's' || text[k] == 'S') && (k+1 == len(text) || !startsWord(text[k+1:]))
}

// startsWord reports whether s starts with a word character.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// foldMark folds a punctuation rune to one ASCII byte.
func foldMark(r rune) byte {
	switch r {
	case '‘', '’':
		return '\''
	case '“', '”', '«', '»':
		return '"'
	case '–', '—', '‒', '―':
		return '-'
	}
	if r < utf8.RuneSelf {
		return byte(r)
	}
	return '?'
}
