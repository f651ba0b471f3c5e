package token

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one token of a sentence: a word, a number or one punctuation
// mark. Start and End are byte offsets into the text it was read from:
// text[Start:End] is the token as written, never normalised.
//
// Tokenize fills the fields every reader needs: the kind, the flags of a
// word's case, a number's value, and the lexicon entry of a word's folded
// form. [Words] and the readers that join tokens differently keep the same
// type; Tag is theirs to fill.
type Token struct {
	Start, End int
	// Value is the value of a number, 0 for other tokens.
	Value float64
	// Class holds the lexicon classes of a word's folded form; Prefix
	// those of the part before the first hyphen of a hyphenated word ("al"
	// of "al-Nusra"), which only [Words] joins.
	Class, Prefix Class
	// ID is the lexicon entry of a word's folded form, 0 when the word is
	// not in the lexicon or was not looked up.
	ID    uint32
	Flags Flags
	Kind  Kind
	// Punct is the punctuation mark of a mark, folded to ASCII (curly
	// quotes to '"' and '\'', dashes to '-', '`' to '\'', white space that
	// is not ASCII to ' ', any other rune that is not ASCII to '?'); 0
	// for words and numbers.
	Punct byte
	// Digits counts the digits of a number, at most 255.
	Digits uint8
	// Tag is free for the package that reads the tokens: timex keeps its
	// code of a date word there.
	Tag uint16
}

// Kind says what a token is.
type Kind uint8

// Kinds of tokens.
const (
	Mark   Kind = iota // one punctuation mark
	Word               // letters; from Words, letters and perhaps digits
	Number             // starts with a digit
)

// Flags say how a token is written.
type Flags uint16

// Token flags.
const (
	Space      Flags = 1 << iota // white space (or the start of the text) before it
	Cap                          // first letter upper case
	Caps                         // two or more letters, all ASCII capitals: IS, SOHR
	LowerCase                    // no upper-case letter at all
	Abbrev                       // written like an abbreviation: ISIL, JaN, U.N.
	Possessive                   // the possessive 's written against a word; from Words, a word whose possessive was cut off
	Plain                        // a number of digits only: no separator or decimal point
	Digit                        // contains a digit
	Hyphen                       // contains a hyphen (Words)
	Article                      // Arabic article + capital: al-Nusra, Al-Raqqa, ez-Zor (Words)
	Ordinal                      // ordinal in digits: 33rd, 13th (Words)
	Initial                      // first word of the sentence or of a quotation (Words)
	Compound                     // Name-lowercase compound: ISIL-linked, Idlib-based (Words)
)

// Is reports whether t has one of the flags f.
func (t *Token) Is(f Flags) bool { return t.Flags&f != 0 }

// Text returns the text of t in m, the text it was read from.
func (t Token) Text(m string) string { return m[t.Start:t.End] }

// ArticleClass is the lexicon class of the Arabic articles written before
// a hyphen (al-, ash-, ez-): [Words] flags a hyphenated word whose first
// part has it and whose rest starts with a capital as an [Article].
const ArticleClass Class = 1 << 63

// MaxLexWord is the longest folded word the lexicon is consulted for.
const MaxLexWord = 40

// Tokenize splits text into tokens, appending to buf[:0], and looks every
// word up in lex. It never fails and never allocates beyond the tokens.
//
// A word is a run of letters with apostrophes inside ("Hay'at", "didn't");
// a possessive 's written against the token before it is a token of its
// own, a Word flagged [Possessive]. A number is a run of digits with
// thousands groups and a decimal part ("1,300", "88.7"); letters against
// it are a word of their own ("16th" is 16 and th). Every other rune that
// is not white space is a [Mark].
func Tokenize(text string, lex *Lexicon, buf []Token) []Token {
	return Append(buf[:0], text, lex)
}

// Append appends the tokens of text to dst, as [Tokenize] splits it.
func Append(dst []Token, text string, lex *Lexicon) []Token {
	toks, first := dst, len(dst)
	space := Space
	for i := 0; i < len(text); {
		c := text[i]
		switch byteKinds[c] {
		case kindSpace:
			space = Space
			i++
			continue
		case kindLetter:
			// Most words are ASCII letters up to a byte that is neither a
			// letter nor an apostrophe: read them in a loop of their own.
			j, up := asciiLetters(text, i)
			toks = grow(toks)
			t := &toks[len(toks)-1]
			if j == len(text) || text[j] < utf8.RuneSelf && text[j] != '\'' {
				asciiWord(t, text, i, j, up, space, lex)
				i = j
			} else {
				i = readLetters(text, i, t, lex)
				t.Flags |= space
			}
			// Most words end at a single space: take it here.
			space = 0
			if i < len(text) && text[i] == ' ' {
				space = Space
				i++
			}
			continue
		case kindDigit:
			toks = grow(toks)
			t := &toks[len(toks)-1]
			number(t, text, i, space)
			i = t.End
			space = 0
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				toks = grow(toks)
				t := &toks[len(toks)-1]
				i = readLetters(text, i, t, lex)
				t.Flags |= space
				space = 0
				if i < len(text) && text[i] == ' ' {
					space = Space
					i++
				}
				continue
			}
		}
		if (r == '\'' || r == '’') && len(toks) > first && space == 0 {
			// A possessive 's written against the token before.
			if i+n < len(text) && text[i+n] == 's' && !letterAt(text, i+n+1) {
				toks = append(toks, Token{Start: i, End: i + n + 1, Kind: Word, Flags: Possessive | LowerCase})
				i += n + 1
				continue
			}
		}
		toks = append(toks, Token{Start: i, End: i + n, Kind: Mark, Flags: space, Punct: foldMark(r)})
		space = 0
		i += n
	}
	return toks
}

// grow returns toks with one more token, which the caller fills.
func grow(toks []Token) []Token {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	return toks[:len(toks)+1]
}

// Kinds of bytes the tokeniser tells apart at once.
const (
	kindOther  = iota // a mark, or a byte of a rune that is not ASCII
	kindSpace         // ASCII white space
	kindLetter        // an ASCII letter
	kindDigit         // an ASCII digit
)

// byteKinds holds the kind of every byte.
var byteKinds = func() (t [256]uint8) {
	for c := range t {
		switch b := byte(c); {
		case b == ' ' || b == '\t' || b == '\n' || b == '\r':
			t[c] = kindSpace
		case IsLetter(b):
			t[c] = kindLetter
		case b >= '0' && b <= '9':
			t[c] = kindDigit
		}
	}
	return t
}()

// foldMark returns the folded form of the punctuation mark r (see
// Token.Punct).
func foldMark(r rune) byte {
	if r < utf8.RuneSelf {
		if r == '`' {
			return '\''
		}
		return byte(r)
	}
	switch r {
	case '“', '”', '„', '«', '»':
		return '"'
	case '‘', '’':
		return '\''
	case '–', '—', '‐', '‑', '−':
		return '-'
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return '?'
}

// letterAt reports whether a letter starts at s[i].
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return IsLetter(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// number reads the number starting at text[i], a digit, into t.
func number(t *Token, text string, i int, space Flags) {
	j := i
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	*t = Token{Start: i, Kind: Number, Flags: space | Plain | Digit | LowerCase}
	// Thousands groups: ",ddd" not followed by another digit.
	for j+4 <= len(text) && text[j] == ',' && AllDigits(text[j+1:j+4]) && (j+4 == len(text) || text[j+4] < '0' || text[j+4] > '9') {
		j += 4
		t.Flags &^= Plain
	}
	// Decimals: ".d".
	if j+1 < len(text) && text[j] == '.' && text[j+1] >= '0' && text[j+1] <= '9' {
		j++
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		t.Flags &^= Plain
	}
	t.End = j
	digits, point := 0, false
	var whole uint64
	for k := i; k < j; k++ {
		if d := text[k]; d >= '0' && d <= '9' {
			digits++
			whole = whole*10 + uint64(d-'0')
		} else if d == '.' {
			point = true
		}
	}
	if !point && digits <= 15 {
		// An integer below 2^53: exact, as ParseFloat would read it.
		t.Value = float64(whole)
	} else {
		v, err := strconv.ParseFloat(strings.ReplaceAll(text[i:j], ",", ""), 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			v = 0
		}
		t.Value = v
	}
	t.Digits = uint8(min(digits, math.MaxUint8))
}

// readLetters reads the word starting at text[i], a letter, into t, and
// returns the offset after it. It folds the word as FoldKey does while it
// reads it, looks the folded form up in lex, and sets the case flags.
func readLetters(text string, i int, t *Token, lex *Lexicon) int {
	var f foldHasher
	// upper and lower count the capitals and the other letters; ascii
	// counts the ASCII capitals alone (Caps).
	upper, lower, ascii := 0, 0, 0
	first, last := true, false // last: the last letter was a capital
	firstUpper := false
	j := i
	for {
		// The ASCII letters, the common case, in a loop of their own.
		k, up := foldLetters(text, j, &f)
		if k > j {
			if first {
				firstUpper = text[j] <= 'Z'
				first = false
			}
			upper += up
			ascii += up
			lower += k - j - up
			last = text[k-1] <= 'Z'
			j = k
		}
		if j >= len(text) {
			break
		}
		c := text[j]
		if c < utf8.RuneSelf && c != '\'' {
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if c >= utf8.RuneSelf && unicode.IsLetter(r) {
			for q := j; q < j+n; q++ {
				f.add(text[q])
			}
			up := unicode.IsUpper(r)
			if first {
				firstUpper = up
				first = false
			}
			if up {
				upper++
			} else {
				lower++
			}
			last = up
			j += n
			continue
		}
		// An apostrophe between letters stays inside the word (Hay'at),
		// except the possessive "'s", which is a token of its own.
		if r == '\'' || r == '’' {
			if letterAt(text, j+n) && !(text[j+n] == 's' && !letterAt(text, j+n+1)) {
				f.add('\'')
				j += n
				continue
			}
		}
		break
	}
	*t = Token{Start: i, End: j, Kind: Word}
	if firstUpper {
		t.Flags |= Cap
	}
	if upper == 0 {
		t.Flags |= LowerCase
	}
	if ascii == j-i && j-i >= 2 {
		t.Flags |= Caps
	}
	letters := upper + lower
	if upper >= 2 && firstUpper && (lower == 0 || last && letters <= 5 && lower <= 2) {
		t.Flags |= Abbrev
	}
	if f.n <= MaxLexWord {
		t.ID, t.Class = lex.find(text[i:j], f.n, f.sum(), f.tag())
	}
	return j
}

// asciiWord reads the word text[i:j] of ASCII letters, up of them
// capitals, after space, into t, with its case flags and its entry in
// lex: what readLetters gives, hashed eight bytes at a time (see hashLetters).
func asciiWord(t *Token, text string, i, j, up int, space Flags, lex *Lexicon) {
	n := j - i
	flags := space
	first := text[i] <= 'Z'
	if first {
		flags |= Cap
	}
	if up == 0 {
		flags |= LowerCase
	}
	if up == n && n >= 2 {
		flags |= Caps
	}
	if lower := n - up; up >= 2 && first && (lower == 0 || text[j-1] <= 'Z' && n <= 5 && lower <= 2) {
		flags |= Abbrev
	}
	var id uint32
	var class Class
	switch {
	case n < 8 && i+8 <= len(text):
		// hashLetters, written out for the common case: a word of
		// fewer than eight letters, the eight bytes from its start in
		// the text.
		acc := (load8(text, i) | letterLower) & lowBytes(n)
		h := uint32(((acc ^ uint64(n)<<56) * foldMul) >> 32)
		id, class = lex.probeShort(h, foldTag(acc, n))
	case n <= MaxLexWord:
		h, tag := hashLetters(text, i, j)
		id, class = lex.find(text[i:j], n, h, tag)
	}
	*t = Token{Start: i, End: j, Kind: Word, Flags: flags, ID: id, Class: class}
}

// FoldKey lower-cases s (ASCII letters, curly apostrophes) into buf and
// returns the result; it is used for look-ups only.
func FoldKey(buf []byte, s string) []byte {
	buf = buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
			c = '\''
			i += 2
		}
		buf = append(buf, c)
	}
	return buf
}

// Search returns the index of the first of toks, which are in order, that
// starts at or after offset off, or len(toks).
func Search(toks []Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if toks[h].Start < off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// SearchEnd returns the index of the first of toks, which are in order,
// that ends after offset off, or len(toks).
func SearchEnd(toks []Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if toks[h].End <= off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}
