package token

import (
	"unicode"
	"unicode/utf8"
)

// This file holds the word tokeniser shared by the content finders
// (mentions, events, attribution, hedges, declared aliases). It reads the
// masked text of a unit and never copies it: a token is a pair of offsets
// into that text plus a few flags and the lexicon classes of its folded
// form, looked up once.

// Token is one token of a unit's masked text: a word, a number or one
// punctuation mark. Start and End are offsets into the masked text
// (relative to the unit). For a word with a possessive ("Raqqa's",
// "Brigades'") the possessive is outside [Start,End) and Possessive is set.
type Token struct {
	Start, End int
	Flags      Flags
	// Punct is the punctuation mark of a punctuation token, folded to
	// ASCII (curly quotes to '"', dashes to '-'); 0 for words and numbers.
	Punct byte
	// Class holds the lexicon classes of the folded word; Prefix those of
	// the part before the first hyphen of a hyphenated word ("al" of
	// "al-Nusra").
	Class, Prefix Class
}

// Flags say what kind of word a token is.
type Flags uint16

// Class is a set of word classes: the values of a [Lexicon]. The
// packages that read tokens define the classes; the tokeniser knows one,
// [ArticleClass].
type Class uint64

// Token flags.
const (
	Word       Flags = 1 << iota // letters (and perhaps digits)
	Number                       // starts with a digit
	Cap                          // first letter upper case
	Abbrev                       // abbreviation: ISIL, JaN, U.N.
	Possessive                   // a possessive 's or ' followed and was cut off
	Hyphen                       // contains a hyphen
	Article                      // Arabic article + capital: al-Nusra, Al-Raqqa, ez-Zor
	Ordinal                      // ordinal in digits: 33rd, 13th
	Initial                      // first word of the sentence (or of a quotation)
	Compound                     // Name-lowercase compound: ISIL-linked, Idlib-based
	Digit                        // contains a digit
	LowerCase                    // no upper-case letter at all
)

// Is reports whether t has one of the flags f.
func (t *Token) Is(f Flags) bool { return t.Flags&f != 0 }

// Tokenize tokenises the masked text m, looking words up in the lexicon
// lt. Tokens never overlap and are in order; every token satisfies
// 0 <= s < e <= len(m).
func Tokenize(m string, lt *Lexicon, buf []Token) []Token {
	out := buf[:0]
	init := true
	i := 0
	for i < len(m) {
		c := m[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if isAlnum(c) {
				out = append(out, Token{})
				t := &out[len(out)-1]
				// Most words are letters and digits up to a space, the
				// end or a mark where readWord would stop at once.
				if j := alnumEnd(m, i); wordEndsAt(m, i, j) {
					*t = Token{Start: i, End: j, Flags: Word}
					finish(m, t, lt)
					i = j
				} else {
					i = readWord(m, i, t, lt)
				}
				if init {
					t.Flags |= Initial
					init = false
				}
				continue
			}
			p := c
			if c == '`' {
				p = '\''
			}
			out = append(out, Token{Start: i, End: i + 1, Punct: p})
			if c == '"' || c == ':' {
				init = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(m[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i, init = appendWord(&out, m, i, lt, init)
			continue
		}
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		p := byte('?')
		switch r {
		case '“', '”', '„', '«', '»':
			p = '"'
			init = true
		case '‘', '’':
			p = '\''
		case '–', '—', '‐', '‑', '−':
			p = '-'
		}
		out = append(out, Token{Start: i, End: i + n, Punct: p})
		i += n
	}
	return out
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wordRune reports whether the rune at m[i:] belongs to a word, and its
// size.
func wordRune(m string, i int) (bool, int) {
	if i >= len(m) {
		return false, 0
	}
	c := m[i]
	if c < utf8.RuneSelf {
		return isAlnum(c), 1
	}
	r, n := utf8.DecodeRuneInString(m[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r), n
}

// apostropheAt returns the byte length of an apostrophe (' or ’) at m[i:],
// or 0.
func apostropheAt(m string, i int) int {
	if i < len(m) && m[i] == '\'' {
		return 1
	}
	if i+2 < len(m) && m[i] == 0xE2 && m[i+1] == 0x80 && m[i+2] == 0x99 {
		return 3
	}
	return 0
}

// appendWord appends the word starting at m[i] to out, marking it
// sentence-initial when init is set, and returns the offset after it and
// the new init state.
func appendWord(out *[]Token, m string, i int, lt *Lexicon, init bool) (int, bool) {
	*out = append(*out, Token{})
	t := &(*out)[len(*out)-1]
	i = readWord(m, i, t, lt)
	if init {
		t.Flags |= Initial
	}
	return i, false
}

// wordEndsAt reports whether the word of ASCII letters and digits
// m[i:j] ends at j, where readWord would stop at once: at the end, or
// before an ASCII byte that is not a hyphen or an apostrophe, a comma
// after a digit (1,300) or a full stop after one letter (U.N.).
func wordEndsAt(m string, i, j int) bool {
	if j == len(m) {
		return true
	}
	switch c := m[j]; {
	case c == ' ':
		return true
	case c >= utf8.RuneSelf, c == '-', c == '\'':
		return false
	case c == ',':
		return m[j-1] < '0' || m[j-1] > '9'
	case c == '.':
		return j-i != 1
	}
	return true
}

// readWord reads the word starting at m[i] into t, with its classes in the
// lexicon lt, and returns the offset after it (past a possessive).
func readWord(m string, i int, t *Token, lt *Lexicon) int {
	*t = Token{Start: i, Flags: Word}
	j := i
	segStart := i // start of the current dot-separated segment
	dotted := false
	for j < len(m) {
		j = alnumEnd(m, j)
		if j == len(m) {
			break
		}
		c := m[j]
		if c >= utf8.RuneSelf {
			if ok, n := wordRune(m, j); ok {
				j += n
				continue
			}
		}
		if c == '-' {
			if ok, _ := wordRune(m, j+1); ok && j > i {
				t.Flags |= Hyphen
				j++
				continue
			}
			break
		}
		if c == ',' && j > i && m[j-1] >= '0' && m[j-1] <= '9' && j+4 <= len(m) &&
			AllDigits(m[j+1:j+4]) && (j+4 == len(m) || !isAlnum(m[j+4])) {
			j++
			continue
		}
		if c == '.' && j-segStart == 1 && j+1 < len(m) && IsLetter(m[j+1]) && (j+2 == len(m) || !IsLetter(m[j+2])) {
			// U.N., U.S., a.k.a.
			dotted = true
			j++
			segStart = j
			continue
		}
		if a := apostropheAt(m, j); a > 0 {
			after := j + a
			// Possessive 's: cut it off.
			if after < len(m) && (m[after] == 's') {
				if ok, _ := wordRune(m, after+1); !ok {
					t.End = j
					t.Flags |= Possessive
					finish(m, t, lt)
					return after + 1
				}
			}
			if ok, _ := wordRune(m, after); ok && j > i {
				j = after // Hay'at, Sa'ad, didn't
				continue
			}
			if j > i && m[j-1] == 's' {
				// Plural possessive: Brigades'
				t.End = j
				t.Flags |= Possessive
				finish(m, t, lt)
				return after
			}
			break
		}
		break
	}
	if dotted && j < len(m) && m[j] == '.' {
		j++
	}
	t.End = j
	finish(m, t, lt)
	return j
}

// IsLetter reports whether c is an ASCII letter.
func IsLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// AllDigits reports whether s is a non-empty run of ASCII digits.
func AllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// ArticleClass is the lexicon class of the Arabic articles written before
// a hyphen (al-, ash-, ez-): a hyphenated word whose first part has it and
// whose rest starts with a capital is flagged Article ("al-Nusra").
const ArticleClass Class = 1 << 63

// MaxLexWord is the longest folded word the lexicon is consulted for.
const MaxLexWord = 40

// finish sets the case flags and the classes in the lexicon lt of a word
// token. It folds the word as FoldKey does (at most MaxLexWord folded
// bytes are looked up) and hashes it in the same pass.
func finish(m string, t *Token, lt *Lexicon) {
	w := m[t.Start:t.End]
	// Fast paths for the commonest words: ASCII letters a to z after an
	// optional capital. They have no hyphen and no digit; the folded form
	// is the word with its first letter lowered (x0 lowers a capital).
	if w == "" || !isLowerWord(w[1:]) {
		finishAny(m, t, lt)
		return
	}
	var x0 byte
	switch c := w[0]; {
	case c >= 'a' && c <= 'z':
		t.Flags |= LowerCase
	case c >= 'A' && c <= 'Z':
		t.Flags |= Cap
		x0 = 'a' - 'A'
	default:
		finishAny(m, t, lt)
		return
	}
	n := len(w)
	if n > MaxLexWord {
		return
	}
	// hashBytesIn, written out for a word of fewer than eight bytes
	// with eight bytes of m from its start, the common case.
	var h uint32
	var tag uint64
	if n < 8 && t.Start+8 <= len(m) {
		acc := load8(m, t.Start)&lowBytes(n) ^ uint64(x0)
		h, tag = uint32(((acc^uint64(n)<<56)*foldMul)>>32), foldTag(acc, n)
	} else {
		h, tag = hashBytesIn(m, t.Start, t.End, x0)
	}
	// getFold, with the bloom filter asked here.
	if lt.mayHold(h) {
		t.Class = lt.probe(w, n, h, tag)
	}
}

// finishAny is finish for any word.
func finishAny(m string, t *Token, lt *Lexicon) {
	w := m[t.Start:t.End]
	upper, lower, digits, letters := 0, 0, 0, 0
	firstUpper := false
	firstDone := false
	lastUpper := false
	hyph := -1
	lastHyph := -1
	var fh foldHasher // the folded word
	var pf foldHasher // the folded part before the first hyphen
	for k := 0; k < len(w); {
		c := w[k]
		if c < utf8.RuneSelf {
			cl := byteClasses[c]
			if cl == byteHyphen {
				if hyph < 0 {
					hyph, pf = k, fh
				}
				lastHyph = k
			}
			fh.add(lowerTable[c])
			k++
			switch cl {
			case byteHyphen, byteSkip:
				continue
			case byteDigit:
				digits++
			case byteUpper:
				upper++
				letters++
				lastUpper = true
				if !firstDone {
					firstUpper = true
				}
			case byteLower:
				lower++
				letters++
				lastUpper = false
			}
			firstDone = true
			continue
		}
		r, size := utf8.DecodeRuneInString(w[k:])
		if r == '’' {
			fh.add('\'')
			k += size
			continue
		}
		for q := k; q < k+size; q++ {
			fh.add(w[q])
		}
		k += size
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
			lastUpper = true
			if !firstDone {
				firstUpper = true
			}
		case unicode.IsLetter(r):
			lower++
			letters++
			lastUpper = false
		}
		firstDone = true
	}
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		t.Flags |= Number
		if isOrdinal(w) {
			t.Flags |= Ordinal
		}
	}
	if digits > 0 {
		t.Flags |= Digit
	}
	if firstUpper {
		t.Flags |= Cap
	}
	if upper == 0 {
		t.Flags |= LowerCase
	}
	if digits == 0 && hyph < 0 && upper >= 2 && firstUpper && (lower == 0 || lastUpper && letters <= 5 && lower <= 2) {
		t.Flags |= Abbrev
	}
	if fh.n <= MaxLexWord {
		h, tag := fh.sum(), fh.tag()
		t.Class = lt.getFold(w, fh.n, h, tag)
	}
	if hyph > 0 {
		if pf.n <= MaxLexWord {
			t.Prefix = lt.getFold(w[:hyph], pf.n, pf.sum(), pf.tag())
		}
		rest := w[hyph+1:]
		if t.Prefix&ArticleClass != 0 && rest != "" && startsUpper(rest) {
			t.Flags |= Article
		}
		last := w[lastHyph+1:]
		if firstUpper && !startsUpper(last) && digits == 0 && t.Flags&Article == 0 {
			// ISIL-linked, Idlib-based, Turkish-backed; not Tal-Dikan.
			t.Flags |= Compound
		}
	}
}

// isLowerWord reports whether w is made of the ASCII letters a to z
// only (true when it is empty).
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]-'a' >= 26 {
			return false
		}
	}
	return true
}

// ASCII classes of finish.
const (
	byteOther  = iota
	byteHyphen // -
	byteSkip   // . ' ,
	byteDigit
	byteUpper
	byteLower
)

// byteClasses and lowerTable are the class and the lower-case form of
// each ASCII byte.
var byteClasses, lowerTable = func() (classes, lower [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		b := byte(c)
		lower[c] = b
		switch {
		case b == '-':
			classes[c] = byteHyphen
		case b == '.' || b == '\'' || b == ',':
			classes[c] = byteSkip
		case b >= '0' && b <= '9':
			classes[c] = byteDigit
		case b >= 'A' && b <= 'Z':
			classes[c] = byteUpper
			lower[c] = b + 'a' - 'A'
		case b >= 'a' && b <= 'z':
			classes[c] = byteLower
		}
	}
	return classes, lower
}()

// alnumTable marks the ASCII letters and digits; asciiLower is the lower-case
// form of each ASCII letter, and 0 for every other byte. They are set
// before any init function runs, so that init code may tokenise.
var (
	alnumTable = func() (t [256]bool) {
		for c := range t {
			t[c] = isAlnum(byte(c))
		}
		return t
	}()
	asciiLower = func() (t [256]byte) {
		for c := range t {
			if IsLetter(byte(c)) {
				t[c] = byte(c) | 0x20
			}
		}
		return t
	}()
)

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isOrdinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return n > 0
	}
	return false
}

// Text returns the text of t in m, the text it was read from.
func (t Token) Text(m string) string { return m[t.Start:t.End] }

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
