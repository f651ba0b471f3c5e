package token

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/seeds"
)

// This file holds the two tokenisers that Tokenize and Words replace,
// kept as the references they are held to: the quantity reader's, which
// Tokenize reproduces token for token, and the content finders', which
// Words reproduces word for word.

// refTok is a token of refQuantityTokens.
type refTok struct {
	s, e   int
	low    string
	num    float64
	digits int
	kind   Kind
	sp     bool
	upper  bool
	caps   bool
	plain  bool
}

// asciiCapitals counts the ASCII capitals of s.
func asciiCapitals(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			n++
		}
	}
	return n
}

// refQuantityTokens is the tokeniser the quantity reader had before
// Tokenize, the reference Tokenize is held to: it returns the tokens of s
// with the lower-case form of each word.
func refQuantityTokens(s string) []refTok {
	var toks []refTok
	var buf []byte
	// Words take their lower-case form from a lower-cased copy of the
	// text, made only when a word has a capital. Only ASCII letters are
	// folded, so offsets agree (the word lists are ASCII). The copy is
	// made in buf, and words with capitals get their form from it at the
	// end (their low is "" until then).
	lower := buf[:0]
	folded := false
	sp := true
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			sp = true
			i++
			continue
		}
		if c >= '0' && c <= '9' {
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			plain := true
			// Thousands groups: ",ddd" not followed by another digit.
			for j+4 <= len(s) && s[j] == ',' && AllDigits(s[j+1:j+4]) && (j+4 == len(s) || s[j+4] < '0' || s[j+4] > '9') {
				j += 4
				plain = false
			}
			// Decimals: ".d".
			if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
				j++
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				plain = false
			}
			text := s[i:j]
			digits, point := 0, false
			var whole uint64
			for k := 0; k < len(text); k++ {
				if d := text[k]; d >= '0' && d <= '9' {
					digits++
					whole = whole*10 + uint64(d-'0')
				} else if d == '.' {
					point = true
				}
			}
			var v float64
			if !point && digits <= 15 {
				// An integer below 2^53: exact, as ParseFloat would read it.
				v = float64(whole)
			} else {
				var err error
				v, err = strconv.ParseFloat(strings.ReplaceAll(text, ",", ""), 64)
				if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
					v = 0
				}
			}
			toks = append(toks, refTok{s: i, e: j, kind: Number, sp: sp, low: text, num: v, plain: plain, digits: digits})
			sp = false
			i = j
			continue
		}
		r, n := rune(c), 1
		if c >= 0x80 {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if IsLetter(c) || c >= 0x80 && unicode.IsLetter(r) {
			// One pass over the word: its end, its capitals, and the hash
			// of its lower-case form for the lexicon.
			up := 0
			j := i
			for {
				for j < len(s) && IsLetter(s[j]) {
					if s[j] <= 'Z' {
						up++
					}
					j++
				}
				if j >= len(s) {
					break
				}
				if b := s[j]; b < 0x80 && b != '\'' {
					break
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) {
					up += asciiCapitals(s[j : j+n2])
					j += n2
					continue
				}
				// An apostrophe between letters stays inside the word
				// (Hay'at), except the possessive "'s", which is a token.
				if r2 == '\'' || r2 == '’' {
					r3, n3 := utf8.DecodeRuneInString(s[j+n2:])
					if unicode.IsLetter(r3) && !(r3 == 's' && !refLetterAt(s, j+n2+n3)) {
						up += asciiCapitals(s[j : j+n2+n3])
						j += n2 + n3
						continue
					}
				}
				break
			}
			t := refTok{s: i, e: j, kind: Word, sp: sp, upper: c >= 'A' && c <= 'Z' || c >= 0x80 && unicode.IsUpper(r), caps: j-i >= 2 && up == j-i}
			if up == 0 {
				t.low = s[i:j]
			} else {
				if !folded {
					lower = append(lower, s...)
					folded = true
				}
				for k := i; k < j; k++ {
					if b := lower[k]; b >= 'A' && b <= 'Z' {
						lower[k] = b + ('a' - 'A')
					}
				}
			}
			toks = append(toks, t)
			sp = false
			i = j
			// Most words end at a single space: take it here.
			if i < len(s) && s[i] == ' ' {
				sp = true
				i++
			}
			continue
		}
		if (r == '\'' || r == '’') && len(toks) > 0 && !sp {
			// Possessive "'s" after a word.
			r3, n3 := utf8.DecodeRuneInString(s[i+n:])
			if r3 == 's' && !refLetterAt(s, i+n+n3) {
				toks = append(toks, refTok{s: i, e: i + n + n3, kind: Word, low: "'s"})
				sp = false
				i += n + n3
				continue
			}
		}
		toks = append(toks, refTok{s: i, e: i + n, kind: Mark, sp: sp, low: s[i : i+n]})
		sp = false
		i += n
	}
	if folded {
		low := string(lower)
		for k := range toks {
			if t := &toks[k]; t.kind == Word && t.low == "" {
				t.low = low[t.s:t.e]
			}
		}
	}
	return toks
}

// letterAt reports whether a letter starts at s[i].
func refLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// refWord is a word of refContentTokens.
type refWord struct {
	Start, End    int
	Flags         Flags
	Punct         byte
	Class, Prefix Class
	id            uint32
	word, number  bool
}

// refContentTokens is the tokeniser of the content finders before
// Words, the reference Words is held to.
func refContentTokens(m string, lt *Lexicon, buf []refWord) []refWord {
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
				out = append(out, refWord{})
				t := &out[len(out)-1]
				// Most words are letters and digits up to a space, the
				// end or a mark where readWord would stop at once.
				if j := alnumEnd(m, i); refWordEndsAt(m, i, j) {
					*t = refWord{Start: i, End: j, word: true}
					refFinish(m, t, lt)
					i = j
				} else {
					i = refReadWord(m, i, t, lt)
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
			out = append(out, refWord{Start: i, End: i + 1, Punct: p})
			if c == '"' || c == ':' {
				init = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(m[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i, init = refAppendWord(&out, m, i, lt, init)
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
		out = append(out, refWord{Start: i, End: i + n, Punct: p})
		i += n
	}
	return out
}

// appendWord appends the word starting at m[i] to out, marking it
// sentence-initial when init is set, and returns the offset after it and
// the new init state.
func refAppendWord(out *[]refWord, m string, i int, lt *Lexicon, init bool) (int, bool) {
	*out = append(*out, refWord{})
	t := &(*out)[len(*out)-1]
	i = refReadWord(m, i, t, lt)
	if init {
		t.Flags |= Initial
	}
	return i, false
}

// wordEndsAt reports whether the word of ASCII letters and digits
// m[i:j] ends at j, where readWord would stop at once: at the end, or
// before an ASCII byte that is not a hyphen or an apostrophe, a comma
// after a digit (1,300) or a full stop after one letter (U.N.).
func refWordEndsAt(m string, i, j int) bool {
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
func refReadWord(m string, i int, t *refWord, lt *Lexicon) int {
	*t = refWord{Start: i, word: true}
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
					refFinish(m, t, lt)
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
				refFinish(m, t, lt)
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
	refFinish(m, t, lt)
	return j
}

// finish sets the case flags and the classes in the lexicon lt of a word
// token. It folds the word as FoldKey does (at most MaxLexWord folded
// bytes are looked up) and hashes it in the same pass.
func refFinish(m string, t *refWord, lt *Lexicon) {
	w := m[t.Start:t.End]
	// Fast paths for the commonest words: ASCII letters a to z after an
	// optional capital. They have no hyphen and no digit; the folded form
	// is the word with its first letter lowered (x0 lowers a capital).
	if w == "" || !refIsLowerWord(w[1:]) {
		refFinishAny(m, t, lt)
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
		refFinishAny(m, t, lt)
		return
	}
	n := len(w)
	if n > MaxLexWord {
		return
	}
	var f foldHasher
	f.add(w[0] ^ x0)
	for i := 1; i < n; i++ {
		f.add(w[i])
	}
	h, tag := f.sum(), f.tag()
	t.id, t.Class = lt.find(w, n, h, tag)
}

// finishAny is finish for any word.
func refFinishAny(m string, t *refWord, lt *Lexicon) {
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
		t.number = true
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
		t.id, t.Class = lt.find(w, fh.n, h, tag)
	}
	if hyph > 0 {
		if pf.n <= MaxLexWord {
			_, t.Prefix = lt.find(w[:hyph], pf.n, pf.sum(), pf.tag())
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
func refIsLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]-'a' >= 26 {
			return false
		}
	}
	return true
}

// tokenView is what the references say about a token.
type tokenView struct {
	Start, End int
	Kind       Kind
	Low        string
	Value      float64
	Digits     int
	Space      bool
	Cap        bool
	Caps       bool
	Plain      bool
	Possessive bool
	ID         uint32
	Flags      Flags // the case flags of a word: Cap, LowerCase, Abbrev
	Class      Class
}

// checkTokenize compares Tokenize with refQuantityTokens on s, and the
// case flags and lexicon entry of every word with refFinishAny.
func checkTokenize(t *testing.T, lex *Lexicon, s string) {
	t.Helper()
	var got, want []tokenView
	for _, tk := range Tokenize(s, lex, nil) {
		v := tokenView{
			Start: tk.Start, End: tk.End, Kind: tk.Kind, Value: tk.Value, Digits: int(tk.Digits),
			Space: tk.Is(Space), Cap: tk.Is(Cap), Caps: tk.Is(Caps), Plain: tk.Is(Plain), Possessive: tk.Is(Possessive),
			ID: tk.ID, Class: tk.Class,
		}
		v.Low = strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, s[tk.Start:tk.End])
		if tk.Kind != Word {
			v.Low = s[tk.Start:tk.End]
		}
		if v.Possessive {
			v.Low = "'s"
		}
		if tk.Kind == Word && !v.Possessive {
			v.Flags = tk.Flags & (Cap | LowerCase | Abbrev)
		}
		if tk.Kind != Number {
			v.Plain = false
		}
		got = append(got, v)
	}
	for _, r := range refQuantityTokens(s) {
		v := tokenView{
			Start: r.s, End: r.e, Kind: r.kind, Low: r.low, Value: r.num, Digits: min(r.digits, math.MaxUint8),
			Space: r.sp, Cap: r.upper, Caps: r.caps, Plain: r.plain, Possessive: r.kind == Word && r.low == "'s",
		}
		if r.kind == Word && !v.Possessive {
			w := refWord{Start: r.s, End: r.e}
			refFinishAny(s, &w, lex)
			v.ID, v.Class = w.id, w.Class
			v.Flags = w.Flags & (Cap | LowerCase | Abbrev)
		}
		want = append(want, v)
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("Tokenize(%q) (-reference +got):\n%s", s, cmp.Diff(want, got))
	}
}

// checkWords compares Words with refContentTokens on s.
func checkWords(t *testing.T, lex *Lexicon, s string) {
	t.Helper()
	type view struct {
		Start, End    int
		Kind          Kind
		Flags         Flags
		Punct         byte
		Class, Prefix Class
	}
	var got, want []view
	for _, w := range Words(s, Tokenize(s, lex, nil), lex, nil) {
		// A token Words reads as it is keeps the flags only Tokenize
		// sets, which the reference does not.
		got = append(got, view{w.Start, w.End, w.Kind, w.Flags &^ (Space | Caps | Plain), w.Punct, w.Class, w.Prefix})
	}
	for _, w := range refContentTokens(s, lex, nil) {
		k := Mark
		switch {
		case w.number:
			k = Number
		case w.word:
			k = Word
		}
		want = append(want, view{w.Start, w.End, k, w.Flags, w.Punct, w.Class, w.Prefix})
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("Words(%q) (-reference +got):\n%s", s, cmp.Diff(want, got))
	}
}

// tokenizerTexts are sentences of the seeds and made-up ones with the
// shapes the tokenisers tell apart.
func tokenizerTexts(tb testing.TB) []string {
	return append(seedSentences(tb),
		"1,300 men, U.N. a.k.a. al-Nusra's Brigades' Hay'at didn't ISIL’s",
		"F-16s 33rd (SDF) \"YPG\"; X: 5.5 km. ab.cd e.f end.", "a,b 1,23 2,3456 A. B. x`y",
		"The rebels said ISIL had captured al-Raqqa; Jabhat al-Nusra didn't.",
		"THE Rebels SAID they’d withdrawn from Deir ez-Zor’s outskirts.",
		"Pro-government forces, anti-ISIL fighters and U.N. officials.",
		"Hay'at Tahrir al-Sham (HTS) and Kata’ib Hezbollah.",
		"Counter-offensives, air-strikes and a pull-out.",
		"Ünïcode Ñame, \u212Aelvin, \u0130stanbul and naïve café.",
		"Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-the and the-Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		"’’’’’’’’’’’’’’ the a’b ’s what’s it’s WHAT’S",
		"1.5,300 1,300km 1,300,000km 88.7% 2,764+ 400-plus 50-odd $5bn US$3 1990's 16th'x X's2 5'x",
		"The Syrian Kurdish news agency ANHA, citing a YPG source,\u00a0stated ٣ Ḥama and e\u0301 the 1st\u200bof May",
		")'s ;'s 's 'ss Brigades's ISIL's's ISIL's'x 21:00 F-16 MiG-23 U.N2 5.N. A-B.C. a.k.a U.S.-backed",
	)
}

// seedSentences returns the sentences of the seed documents, cut at ". ".
func seedSentences(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	for _, name := range seeds.Names() {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), ". ")...)
	}
	return texts
}

func TestTokenizeMatchesReference(t *testing.T) {
	lex, _ := seedLexicon(t)
	for _, s := range tokenizerTexts(t) {
		checkTokenize(t, lex, s)
	}
}

func TestWordsMatchesReference(t *testing.T) {
	lex, m := seedLexicon(t)
	words := wordsLexicon(m)
	for _, s := range tokenizerTexts(t) {
		checkWords(t, lex, s)
		checkWords(t, words, s)
	}
}

// wordsLexicon returns a lexicon of the words of m, without the keys that
// start with a digit, as the lexicons of words the extractor builds are:
// Words then takes numbers as they are.
func wordsLexicon(m map[string]Class) *Lexicon {
	w := map[string]Class{}
	for k, c := range m {
		if k == "" || k[0] < '0' || k[0] > '9' {
			w[k] = c
		}
	}
	return NewLexicon(w)
}

// FuzzTokenize checks Tokenize and Words against their references on
// any text.
func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizerTexts(f)[len(seedSentences(f)):] {
		f.Add(s)
	}
	lex, m := seedLexicon(f)
	words := wordsLexicon(m)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		checkTokenize(t, lex, s)
		checkWords(t, lex, s)
		checkWords(t, words, s)
	})
}
