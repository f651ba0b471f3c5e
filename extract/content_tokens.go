package extract

import (
	"unicode"
	"unicode/utf8"
)

// This file holds the word tokeniser shared by the content finders
// (mentions, events, attribution, hedges, declared aliases). It reads the
// masked text of a unit and never copies it: a token is a pair of offsets
// into that text plus a few flags and the lexicon classes of its folded
// form, looked up once.

// ctok is one token of a unit's masked text: a word, a number or one
// punctuation mark. s and e are offsets into the masked text (relative to
// the unit). For a word with a possessive ("Raqqa's", "Brigades'") the
// possessive is outside [s,e) and ctPoss is set.
type ctok struct {
	s, e  int
	flags uint16
	// p is the punctuation mark of a punctuation token, folded to ASCII
	// (curly quotes to '"', dashes to '-'); 0 for words and numbers.
	p byte
	// gz is the gazetteer class of a capitalised word (see gazOf), or
	// gzUnknown when it was not looked up.
	gz uint8
	// lx are the lexicon classes of the lower-cased word; px those of the
	// part before the first hyphen of a hyphenated word ("al" of "al-Nusra").
	lx, px uint64
}

// Token flags.
const (
	ctWord     uint16 = 1 << iota // letters (and perhaps digits)
	ctNum                         // starts with a digit
	ctCap                         // first letter upper case
	ctAbbr                        // abbreviation: ISIL, JaN, U.N.
	ctPoss                        // a possessive 's or ' followed and was cut off
	ctHyph                        // contains a hyphen
	ctArt                         // Arabic article + capital: al-Nusra, Al-Raqqa, ez-Zor
	ctOrd                         // ordinal in digits: 33rd, 13th
	ctInit                        // first word of the sentence (or of a quotation)
	ctCompound                    // Name-lowercase compound: ISIL-linked, Idlib-based
	ctDigit                       // contains a digit
	ctLowerAll                    // no upper-case letter at all
)

func (t *ctok) is(f uint16) bool { return t.flags&f != 0 }

// ctTokens tokenises the masked text m. Tokens never overlap and are in
// order; every token satisfies 0 <= s < e <= len(m).
func ctTokens(m string, buf []ctok) []ctok {
	lt := lexTab()
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
			if isASCIIAlnum(c) {
				out = append(out, ctok{})
				t := &out[len(out)-1]
				// Most words are letters and digits up to a space, the
				// end or a mark where ctWordAt would stop at once.
				if j := alnumEnd(m, i); ctWordEndsAt(m, i, j) {
					*t = ctok{s: i, e: j, flags: ctWord}
					ctFinish(m, t, lt)
					i = j
				} else {
					i = ctWordAt(m, i, t, lt)
				}
				if init {
					t.flags |= ctInit
					init = false
				}
				continue
			}
			p := c
			if c == '`' {
				p = '\''
			}
			out = append(out, ctok{s: i, e: i + 1, p: p})
			if c == '"' || c == ':' {
				init = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(m[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i, init = ctAppendWord(&out, m, i, lt, init)
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
		out = append(out, ctok{s: i, e: i + n, p: p})
		i += n
	}
	return out
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// ctWordRune reports whether the rune at m[i:] belongs to a word, and its
// size.
func ctWordRune(m string, i int) (bool, int) {
	if i >= len(m) {
		return false, 0
	}
	c := m[i]
	if c < utf8.RuneSelf {
		return isASCIIAlnum(c), 1
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

// ctAppendWord appends the word starting at m[i] to out, marking it
// sentence-initial when init is set, and returns the offset after it and
// the new init state.
func ctAppendWord(out *[]ctok, m string, i int, lt *foldTable, init bool) (int, bool) {
	*out = append(*out, ctok{})
	t := &(*out)[len(*out)-1]
	i = ctWordAt(m, i, t, lt)
	if init {
		t.flags |= ctInit
	}
	return i, false
}

// ctWordEndsAt reports whether the word of ASCII letters and digits
// m[i:j] ends at j, where ctWordAt would stop at once: at the end, or
// before an ASCII byte that is not a hyphen or an apostrophe, a comma
// after a digit (1,300) or a full stop after one letter (U.N.).
func ctWordEndsAt(m string, i, j int) bool {
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

// ctWordAt reads the word starting at m[i] into t, with its classes in the
// lexicon lt, and returns the offset after it (past a possessive).
func ctWordAt(m string, i int, t *ctok, lt *foldTable) int {
	*t = ctok{s: i, flags: ctWord}
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
			if ok, n := ctWordRune(m, j); ok {
				j += n
				continue
			}
		}
		if c == '-' {
			if ok, _ := ctWordRune(m, j+1); ok && j > i {
				t.flags |= ctHyph
				j++
				continue
			}
			break
		}
		if c == ',' && j > i && m[j-1] >= '0' && m[j-1] <= '9' && j+4 <= len(m) &&
			allDigits(m[j+1:j+4]) && (j+4 == len(m) || !isASCIIAlnum(m[j+4])) {
			j++
			continue
		}
		if c == '.' && j-segStart == 1 && j+1 < len(m) && isASCIILetter(m[j+1]) && (j+2 == len(m) || !isASCIILetter(m[j+2])) {
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
				if ok, _ := ctWordRune(m, after+1); !ok {
					t.e = j
					t.flags |= ctPoss
					ctFinish(m, t, lt)
					return after + 1
				}
			}
			if ok, _ := ctWordRune(m, after); ok && j > i {
				j = after // Hay'at, Sa'ad, didn't
				continue
			}
			if j > i && m[j-1] == 's' {
				// Plural possessive: Brigades'
				t.e = j
				t.flags |= ctPoss
				ctFinish(m, t, lt)
				return after
			}
			break
		}
		break
	}
	if dotted && j < len(m) && m[j] == '.' {
		j++
	}
	t.e = j
	ctFinish(m, t, lt)
	return j
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// lexMaxWord is the longest folded word the lexicon is consulted for.
const lexMaxWord = 40

// ctFinish sets the case flags and the classes in the lexicon lt of a word
// token, and the gazetteer class of a capitalised one (ctGazTable, which
// lexTab builds with lt). It folds the word as foldKey does (at most lexMaxWord folded
// bytes are looked up) and hashes it in the same pass.
func ctFinish(m string, t *ctok, lt *foldTable) {
	w := m[t.s:t.e]
	// Fast paths for the commonest words: ASCII letters a to z after an
	// optional capital. They have no hyphen and no digit; the folded form
	// is the word with its first letter lowered (x0 lowers a capital).
	if w == "" || !isLowerASCIIWord(w[1:]) {
		ctFinishAny(m, t, lt)
		return
	}
	var x0 byte
	switch c := w[0]; {
	case c >= 'a' && c <= 'z':
		t.flags |= ctLowerAll
	case c >= 'A' && c <= 'Z':
		t.flags |= ctCap
		x0 = 'a' - 'A'
	default:
		ctFinishAny(m, t, lt)
		return
	}
	n := len(w)
	if n > lexMaxWord {
		return
	}
	// hashBytesIn, written out for a word of fewer than eight bytes
	// with eight bytes of m from its start, the common case.
	var h uint32
	var tag uint64
	if n < 8 && t.s+8 <= len(m) {
		acc := load8(m, t.s)&lowBytes(n) ^ uint64(x0)
		h, tag = uint32(((acc^uint64(n)<<56)*foldMul)>>32), foldTag(acc, n)
	} else {
		h, tag = hashBytesIn(m, t.s, t.e, x0)
	}
	// getFold, with the bloom filter asked here.
	if lt.mayHold(h) {
		t.lx = lt.probe(w, n, h, tag)
	}
	if x0 != 0 {
		t.gz = gzNone
		if ctGazTable.mayHold(h) {
			t.gz = gzCode(ctGazTable.probe(w, n, h, tag))
		}
	}
}

// ctFinishAny is ctFinish for any word.
func ctFinishAny(m string, t *ctok, lt *foldTable) {
	w := m[t.s:t.e]
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
			cl := ctClass[c]
			if cl == clHyph {
				if hyph < 0 {
					hyph, pf = k, fh
				}
				lastHyph = k
			}
			fh.add(ctFold[c])
			k++
			switch cl {
			case clHyph, clSkip:
				continue
			case clDigit:
				digits++
			case clUpper:
				upper++
				letters++
				lastUpper = true
				if !firstDone {
					firstUpper = true
				}
			case clLower:
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
		t.flags |= ctNum
		if isOrdinal(w) {
			t.flags |= ctOrd
		}
	}
	if digits > 0 {
		t.flags |= ctDigit
	}
	if firstUpper {
		t.flags |= ctCap
	}
	if upper == 0 {
		t.flags |= ctLowerAll
	}
	if digits == 0 && hyph < 0 && upper >= 2 && firstUpper && (lower == 0 || lastUpper && letters <= 5 && lower <= 2) {
		t.flags |= ctAbbr
	}
	if fh.n <= lexMaxWord {
		h, tag := fh.sum(), fh.tag()
		t.lx = lt.getFold(w, fh.n, h, tag)
		if firstUpper {
			t.gz = gzCode(ctGazTable.getFold(w, fh.n, h, tag))
		}
	}
	if hyph > 0 {
		if pf.n <= lexMaxWord {
			t.px = lt.getFold(w[:hyph], pf.n, pf.sum(), pf.tag())
		}
		rest := w[hyph+1:]
		if t.px&lxArticle != 0 && rest != "" && startsUpper(rest) {
			t.flags |= ctArt
		}
		last := w[lastHyph+1:]
		if firstUpper && !startsUpper(last) && digits == 0 && t.flags&ctArt == 0 {
			// ISIL-linked, Idlib-based, Turkish-backed; not Tal-Dikan.
			t.flags |= ctCompound
		}
	}
}

// isLowerASCIIWord reports whether w is made of the ASCII letters a to z
// only (true when it is empty).
func isLowerASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]-'a' >= 26 {
			return false
		}
	}
	return true
}

// ASCII classes of ctFinish.
const (
	clOther = iota
	clHyph  // -
	clSkip  // . ' ,
	clDigit
	clUpper
	clLower
)

// ctClass and ctFold are the class and the lower-case form of each ASCII
// byte.
var ctClass, ctFold [utf8.RuneSelf]byte

// ctAlnum marks the ASCII letters and digits; asciiLower is the lower-case
// form of each ASCII letter, and 0 for every other byte. They are set
// before any init function runs, so that init code may tokenise.
var (
	ctAlnum = func() (t [256]bool) {
		for c := range t {
			t[c] = isASCIIAlnum(byte(c))
		}
		return t
	}()
	asciiLower = func() (t [256]byte) {
		for c := range t {
			if isASCIILetter(byte(c)) {
				t[c] = byte(c) | 0x20
			}
		}
		return t
	}()
)

func init() {
	for c := 0; c < utf8.RuneSelf; c++ {
		b := byte(c)
		ctFold[c] = b
		switch {
		case b == '-':
			ctClass[c] = clHyph
		case b == '.' || b == '\'' || b == ',':
			ctClass[c] = clSkip
		case b >= '0' && b <= '9':
			ctClass[c] = clDigit
		case b >= 'A' && b <= 'Z':
			ctClass[c] = clUpper
			ctFold[c] = b + 'a' - 'A'
		case b >= 'a' && b <= 'z':
			ctClass[c] = clLower
		}
	}
}

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

// ctText returns the masked text of token t.
func ctText(m string, t ctok) string { return m[t.s:t.e] }

// foldKey lower-cases s (ASCII letters, curly apostrophes) into buf and
// returns the result; it is used for look-ups only.
func foldKey(buf []byte, s string) []byte {
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
