package token

import (
	"unicode"
	"unicode/utf8"
)

// Words joins the tokens toks of text (as Tokenize returned them) into the
// words names and numbers are written with, appending to buf[:0]:
//
//   - letters and digits written together: "F-16s", "33rd", "13base";
//   - hyphenated words: "al-Nusra" (flagged Article), "ISIL-linked"
//     (Compound), "pro-government" (Hyphen), with the classes of the whole
//     word and of the part before the first hyphen (Token.Prefix);
//   - dotted abbreviations: "U.N.", "a.k.a.";
//   - apostrophes inside a word: "Hay'at", "didn't";
//   - thousands groups: "1,300" (but "88.7" is three tokens);
//   - possessives cut off: "Raqqa's" and "Brigades'" give "Raqqa" and
//     "Brigades", flagged Possessive, and no token for the possessive.
//
// White space that is not ASCII is dropped, and the first word of the
// text or of a quotation is flagged Initial. Marks are copied. Where a
// word is one token of toks, it keeps that token's lexicon entry; a word
// of several tokens is looked up in lex.
//
// Words reads the bytes of text only where tokens meet, to decide whether
// they join. A token it takes as it is keeps the flags only Tokenize sets
// (Space, Caps, Plain).
func Words(text string, toks []Token, lex *Lexicon, buf []Token) []Token {
	return AppendWords(buf[:0], text, toks, lex)
}

// AppendWords appends the words of text, as [Words] joins its tokens toks,
// to dst.
func AppendWords(dst []Token, text string, toks []Token, lex *Lexicon) []Token {
	r := wordReader{m: text, toks: toks, lex: lex}
	out := dst
	init := true
	for i := 0; ; {
		for r.k < len(toks) && toks[r.k].End <= i {
			r.k++
		}
		// The common tokens first, copied as they are, in runs (Words
		// keeps the flags Tokenize set; a speed trick that saves 10% of
		// the instructions of extraction, which FuzzTokenize checks): a
		// word, or a number of digits, alone between spaces and marks that
		// join nothing is one word; a mark is one mark. Any other token,
		// or i inside a token, is read
		// from i below.
		run := r.k
		for r.k < len(toks) {
			t := &toks[r.k]
			if t.Start < i {
				break
			}
			if t.Kind == Mark {
				if t.Punct == ' ' || t.Punct == '?' {
					break
				}
				if t.Punct == '"' || t.Punct == ':' {
					init = true
				}
			} else if !(t.Kind == Word || t.Kind == Number && t.Is(Plain) && !lex.digitKeys) || !r.alone(r.k) {
				break
			} else if init {
				out = append(out, toks[run:r.k+1]...)
				out[len(out)-1].Flags |= Initial
				init = false
				run = r.k + 1
			}
			i = t.End
			r.k++
		}
		out = append(out, toks[run:r.k]...)
		if r.k == len(toks) {
			return out
		}
		i = max(i, toks[r.k].Start)
		c := text[i]
		if c < utf8.RuneSelf {
			if isAlnum(c) {
				out = append(out, Token{})
				t := &out[len(out)-1]
				i = r.readWord(i, t)
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
			out = append(out, Token{Start: i, End: i + 1, Kind: Mark, Punct: p})
			if c == '"' || c == ':' {
				init = true
			}
			i++
			continue
		}
		ru, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(ru) || unicode.IsDigit(ru) {
			out = append(out, Token{})
			t := &out[len(out)-1]
			i = r.readWord(i, t)
			if init {
				t.Flags |= Initial
				init = false
			}
			continue
		}
		if unicode.IsSpace(ru) {
			i += n
			continue
		}
		p := foldMark(ru)
		if p == '"' {
			init = true
		}
		out = append(out, Token{Start: i, End: i + n, Kind: Mark, Punct: p})
		i += n
	}
}

// wordReader reads the words of a text over its tokens.
type wordReader struct {
	m    string
	toks []Token
	lex  *Lexicon
	// k is the index of the first token that ends after the current
	// position, or len(toks); kw is the same for the end of the word
	// being read.
	k, kw int
}

// alone reports whether token k, a word or a number of digits, is one
// that Words reads as it is: followed by white space, the end, or a mark
// that joins nothing to it. Any other is left to readWord.
func (r *wordReader) alone(k int) bool {
	t := &r.toks[k]
	if t.Is(Possessive) {
		return false
	}
	if k+1 == len(r.toks) {
		return true
	}
	n := &r.toks[k+1]
	if n.Is(Space) {
		return true
	}
	// A mark against the word: those that readWord may join to it are
	// a hyphen, a full stop (after one letter or digit), a comma (after
	// a digit), an apostrophe, and runes that are not ASCII.
	switch n.Punct {
	case ';', ':', ')', '(', '"', '!':
		return n.End-n.Start == 1
	case '.':
		return n.End-n.Start == 1 && t.End-t.Start > 1
	case ',':
		return true
	}
	return false
}

// alnumEnd returns the offset of the first byte from j on that is not an
// ASCII letter or digit, or that is not inside a word: a word token (a
// run of letters with apostrophes inside) or a number of digits starting
// at j is passed over whole, which reads its letters the way readWord
// would.
func (r *wordReader) alnumEnd(j int) int {
	k := r.kw
	for k < len(r.toks) && r.toks[k].End <= j {
		k++
	}
	r.kw = k
	if k < len(r.toks) {
		if t := &r.toks[k]; t.Start == j && (t.Kind == Word && !t.Is(Possessive) || t.Kind == Number && t.Is(Plain)) {
			j = t.End
		}
	}
	return alnumEnd(r.m, j)
}

// readWord reads the word starting at m[i] into t and returns the offset
// after it, past a possessive that is cut off.
func (r *wordReader) readWord(i int, t *Token) int {
	m := r.m
	r.kw = r.k
	*t = Token{Start: i, Kind: Word}
	j := i
	segStart := i // start of the current dot-separated segment
	dotted := false
	for j < len(m) {
		j = r.alnumEnd(j)
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
					r.finish(t)
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
				r.finish(t)
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
	r.finish(t)
	return j
}

// finish sets the kind, the flags and the classes of the word t. A word
// that is one word token keeps its entry and case flags; any other is
// read by finishAny.
func (r *wordReader) finish(t *Token) {
	k := r.k
	for k < len(r.toks) && r.toks[k].End <= t.Start {
		k++
	}
	if k < len(r.toks) {
		if s := &r.toks[k]; s.Start == t.Start && s.End == t.End && s.Kind == Word && !s.Is(Possessive) {
			t.ID, t.Class = s.ID, s.Class
			t.Flags |= s.Flags & (Cap | LowerCase | Abbrev)
			return
		}
	}
	finishAny(r.m, t, r.lex)
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

// finishAny sets the kind, the case flags and the classes in lex of the
// word t, written in m. It folds the word as FoldKey does (at most
// MaxLexWord folded bytes are looked up) and hashes it in the same pass,
// the part before the first hyphen too.
func finishAny(m string, t *Token, lex *Lexicon) {
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
		t.Kind = Number
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
		t.ID, t.Class = lex.find(w, fh.n, fh.sum(), fh.tag())
	}
	if hyph > 0 {
		if pf.n <= MaxLexWord {
			_, t.Prefix = lex.find(w[:hyph], pf.n, pf.sum(), pf.tag())
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

// ASCII classes of finishAny.
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

// alnumTable marks the ASCII letters and digits; asciiLower is the
// lower-case form of each ASCII letter, and 0 for every other byte.
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
