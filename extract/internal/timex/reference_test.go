package timex

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/extract/internal/token"
)

// This file holds the tokeniser the date tagger had before it read the
// shared tokens, kept as the reference dateTokens is held to.

// tokKind says what a reference token is.
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
	nd   uint8 // number of digits, at most refMaxDigits
	up   bool  // word starts with an upper-case letter
	abbr bool  // month abbreviation ("Sept", "Jan")
	bad  bool  // number that is neither a day nor a year: 1,300 / 88.7 / 16s / 21:00 / 95%
	ord  bool  // ordinal suffix: 16th
	p    byte  // punctuation class: , ( ) - / ; : . and x for anything else
}

// refMaxDigits is where tok.nd stops counting: any number longer than nine
// digits is bad, and no rule tells longer ones apart.
const refMaxDigits = 100

// refDateTokens is the date tagger's tokeniser before it read the
// shared tokens, the reference dateTokens is held to. Words are looked up
// in the dateLexicon map.
func refDateTokens(text string) []tok {
	var toks []tok
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
				if t.nd < refMaxDigits {
					t.nd++
				}
				j++
			}
			if t.nd > 9 {
				t.bad = true
			}
			// Thousands groups and decimals: 1,300 / 2,100 / 88.7.
			for j+1 < len(text) && (text[j] == ',' || text[j] == '.') && refIsDigit(text[j+1]) {
				k := j + 1
				for k < len(text) && refIsDigit(text[k]) {
					k++
				}
				if text[j] == ',' && k-j-1 != 3 {
					break
				}
				t.bad = true
				j = k
			}
			// Glued letters: an ordinal suffix (16th) or a designation (F-16s, 13base).
			if j < len(text) && refIsLetterByte(text, j) {
				k := j
				for k < len(text) && refIsLetterByte(text, k) {
					_, n := utf8.DecodeRuneInString(text[k:])
					k += n
				}
				suf := text[j:k]
				if k-j == 2 && refIsOrdinalSuffix(suf) {
					t.ord = true
				} else {
					t.bad = true
				}
				j = k
			}
			// Time of day (21:00) and percentages.
			if j+1 < len(text) && text[j] == ':' && refIsDigit(text[j+1]) {
				t.bad = true
			}
			if j < len(text) && text[j] == '%' {
				t.bad = true
			}
			if i > 0 && (refIsLetterByte(text, i-1) || (text[i-1] == ':' && i > 1 && refIsDigit(text[i-2]))) {
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
				// The word's end, and whether it is all ASCII letters.
				j := i
				ascii := true
				for {
					for j < len(text) && token.IsLetter(text[j]) {
						j++
					}
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
					if (r2 == '\'' || r2 == '’') && j+n2 < len(text) && refIsLetterByte(text, j+n2) && !refPossessive(text, j+n2) {
						ascii = false
						j += n2
						continue
					}
					break
				}
				t.e = j
				if ascii && j-i <= 24 {
					// All ASCII letters: their lower-case form is the key.
					if e, ok := dateWords()[strings.ToLower(text[i:j])]; ok {
						t.w, t.n = e.id, e.n
						if t.w.month() > 0 && j-i <= 4 && e.id != wMay && !refIsFullMonth(text[i:j]) {
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

// refPossessive reports whether text[i:] is the "s" of a possessive "'s":
// an s that ends the word.
func refPossessive(text string, i int) bool {
	return text[i]|0x20 == 's' && (i+1 == len(text) || !refIsLetterByte(text, i+1))
}

// isFullMonth reports whether the word w of ASCII letters is "june" or
// "july" in any case.
func refIsFullMonth(w string) bool {
	return token.EqualFold(w, "june") || token.EqualFold(w, "july")
}

func refIsDigit(b byte) bool { return b >= '0' && b <= '9' }

func refIsLetterByte(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func refIsOrdinalSuffix(s string) bool {
	switch s {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
		return true
	}
	return false
}

// dateView is what the reference and dateTokens say about a token.
type dateView struct {
	Kind          tokKind
	Start, End, N int
	W             wid
	ND            int
	Up, Abbr, Bad bool
	Ord           bool
	P             byte
}

// checkDateTokens compares dateTokens with refDateTokens on text.
func checkDateTokens(t *testing.T, text string) {
	t.Helper()
	var got, want []dateView
	s := scanner{t: text}
	for _, tk := range testLexicon().dateTokens(text, tokensOf(text), nil) {
		v := dateView{Start: tk.Start, End: tk.End, W: wordOf(tk), Up: tk.Is(token.Cap)}
		switch tk.Kind {
		case token.Word:
			v.Kind, v.N, v.Abbr = tWord, int(tk.Value), s.abbr(tk)
		case token.Number:
			v.Kind, v.ND, v.Bad, v.Ord = tNum, s.nd(tk), isBad(tk), tk.Is(token.Ordinal)
			if !v.Bad {
				v.N = int(tk.Value)
			}
		default:
			v.Kind, v.P = tPunct, markOf(tk)
		}
		got = append(got, v)
	}
	for _, tk := range refDateTokens(text) {
		v := dateView{Kind: tk.kind, Start: tk.s, End: tk.e, N: tk.n, W: tk.w, ND: int(tk.nd), Up: tk.up, Abbr: tk.abbr, Bad: tk.bad, Ord: tk.ord, P: tk.p}
		if tk.kind == tNum && tk.bad {
			v.N = 0 // the grammar reads the value of good numbers only
		}
		want = append(want, v)
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("dateTokens(%q) (-reference +got):\n%s", text, cmp.Diff(want, got))
	}
}

// dateTexts are texts with the shapes the two tokenisers tell apart.
func dateTexts() []string {
	return []string{
		"On 12 January 2014, ISIL's fighters took the 17th Division's base; by mid-2013 F-16s, MiG-23s.",
		"1,300 1,2345 1.5,300 1.2.3 88.7% 21:00 12:30pm 2013–14 18–23 September 16th'x 16th's 1990's",
		"ISIL's's ISIL's'x Sa'oud Hay’at ’s 's )'s ;'s X's2 May's Sept. SEPT june JULY Mayor",
		"the 99th of May, 3rd 2nd 1ST 13base 5a 5é Ḥama 1,000-strong 2014-2017 x-2014 mid-2014 early-2015",
		"\u00a0 2014\u00a0fighters ٣ e\u0301 [36] (2015) he said:5 a:5 5:",
		"Saturday's SATURDAY'S Sa'oud's AB'S'C x's'S Sat Sun. Tues Thurs Friday’s ISIL’S'x 1990'S",
	}
}

func TestDateTokensMatchReference(t *testing.T) {
	texts := append(dateTexts(), strings.Split(seedText(t), ". ")...)
	for _, text := range texts {
		checkDateTokens(t, text)
	}
}

// FuzzDateTokens checks dateTokens against its reference on any text.
func FuzzDateTokens(f *testing.F) {
	for _, s := range dateTexts() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		checkDateTokens(t, text)
	})
}
