package quantity

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concordfacts/concord/extract/internal/token"
)

// This file holds the small tokeniser and the number reader used by the
// quantity finder (quantity.go). Tokens keep byte offsets into the text
// they came from, so spans can be cut from the original bytes.

// tokKind is the kind of a quantity-scanner token.
type tokKind uint8

const (
	tWord  tokKind = iota // a run of letters, with inner apostrophes
	tNum                  // digits with thousands separators and decimals
	tPunct                // one other non-space rune
)

// tok is one token. s and e are byte offsets into the scanned text.
type tok struct {
	s, e int
	// low is the lower-cased text of a word; the text itself otherwise.
	low string
	// num is the value of a tNum token; plain is set when it has no
	// separator or decimal point, digits counts its digits.
	num    float64
	digits int
	// lex indexes wordInfos: what the word lists say about a word (0 for
	// a word in none of them, and for every other token).
	lex  uint16
	kind tokKind
	// sp is set when whitespace separates the token from the one before.
	sp bool
	// upper is set for a word that starts with an upper-case letter, caps
	// for a word of two or more letters all in capitals ("IS", "SOHR").
	upper bool
	caps  bool
	plain bool
}

// tokenize splits s into tokens, reusing the storage of toks and buf. It
// never fails; runes it does not know become punctuation tokens.
func tokenize(s string, toks []tok, buf []byte) ([]tok, []byte) {
	toks = toks[:0]
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
			for j+4 <= len(s) && s[j] == ',' && token.AllDigits(s[j+1:j+4]) && (j+4 == len(s) || s[j+4] < '0' || s[j+4] > '9') {
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
			toks = append(toks, tok{s: i, e: j, kind: tNum, sp: sp, low: text, num: v, plain: plain, digits: digits})
			sp = false
			i = j
			continue
		}
		r, n := rune(c), 1
		if c >= 0x80 {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if token.IsLetter(c) || c >= 0x80 && unicode.IsLetter(r) {
			// One pass over the word: its end, its capitals, and the hash
			// of its lower-case form for the lexicon.
			h, up := lexHashBasis, 0
			j := i
			for {
				var caps int
				j, h, caps = token.FoldRun(s, j, h)
				up += caps
				if j >= len(s) {
					break
				}
				if b := s[j]; b < 0x80 && b != '\'' {
					break
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) {
					h = lexHashMore(h, s[j:j+n2], &up)
					j += n2
					continue
				}
				// An apostrophe between letters stays inside the word
				// (Hay'at), except the possessive "'s", which is a token.
				if r2 == '\'' || r2 == '’' {
					r3, n3 := utf8.DecodeRuneInString(s[j+n2:])
					if unicode.IsLetter(r3) && !(r3 == 's' && !letterAt(s, j+n2+n3)) {
						h = lexHashMore(h, s[j:j+n2+n3], &up)
						j += n2 + n3
						continue
					}
				}
				break
			}
			t := tok{s: i, e: j, kind: tWord, sp: sp, upper: c >= 'A' && c <= 'Z' || c >= 0x80 && unicode.IsUpper(r), caps: j-i >= 2 && up == j-i}
			if up == 0 {
				t.low = s[i:j]
				t.lex = lexFind(h, s[i:j])
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
				t.lex = lexFindBytes(h, lower[i:j])
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
			if r3 == 's' && !letterAt(s, i+n+n3) {
				toks = append(toks, tok{s: i, e: i + n + n3, kind: tWord, low: "'s"})
				sp = false
				i += n + n3
				continue
			}
		}
		toks = append(toks, tok{s: i, e: i + n, kind: tPunct, sp: sp, low: s[i : i+n]})
		sp = false
		i += n
	}
	if folded {
		low := string(lower)
		for k := range toks {
			if t := &toks[k]; t.kind == tWord && t.low == "" {
				t.low = low[t.s:t.e]
			}
		}
	}
	return toks, lower
}

// letterAt reports whether a letter starts at s[i].
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// numberWords are the cardinal words read as exact numbers.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// numberScales multiply the number before them ("two hundred", "1.5 million").
var numberScales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
}

// vagueRange is the interval a vague quantity word stands for.
type vagueRange struct{ lo, hi float64 }

// vagueWords is the table of vague plurals and quantifiers. The intervals
// follow the usual reading of the words in news prose: a plural of a round
// number means at least two of them and fewer than ten ("hundreds":
// 200-999), "dozens" at least two dozen, "scores" at least two score.
//
//	a couple (of)   2-3        dozens     24-99
//	a few           2-5        scores     40-99
//	a handful (of)  2-5        hundreds   200-999
//	several         3-9        thousands  2,000-9,999
//	                           millions   2,000,000-9,999,999
//	tens of thousands     20,000-99,999
//	hundreds of thousands 200,000-999,999
//	tens of millions      20,000,000-99,999,999
//
// "several"/"a few" before a scale word multiply it: "several hundred" is
// 300-900, "a few thousand" 2,000-5,000.
var vagueWords = map[string]vagueRange{
	"dozens":    {24, 99},
	"scores":    {40, 99},
	"hundreds":  {200, 999},
	"thousands": {2000, 9999},
	"millions":  {2e6, 9999999},
	"several":   {3, 9},
}

// number is a number read at a token position.
type number struct {
	val    float64
	lo, hi float64 // for a vague number
	vague  bool
	// end is the token index just past the number.
	end int
	// word is set for a number written in words; plain for digits without
	// separators or decimals (a possible year or designation).
	word  bool
	plain bool
	// one is set for the bare word "one".
	one bool
	// approx is set for "a dozen", "half a dozen": exact words used loosely.
	approx bool
	// scale is the scale word's factor when one followed digits
	// ("1.5 million"), else 0.
	scale  float64
	digits int
}

// readNumber reads a number at toks[i]: digits, number words, vague
// quantity words. ok is false when there is none.
func readNumber(toks []tok, i int) (n number, ok bool) {
	if i >= len(toks) {
		return n, false
	}
	t := toks[i]
	switch t.kind {
	case tNum:
		n = number{val: t.num, end: i + 1, plain: t.plain, digits: t.digits}
		if s, ok := scaleAt(toks, i+1); ok {
			n.val *= s
			n.end = i + 2
			n.plain = false
			n.scale = s
		}
		return n, true
	case tWord:
	default:
		return n, false
	}
	w := t.low
	// Vague: "tens/hundreds of thousands", "dozens", "several hundred".
	if (w == "tens" || w == "hundreds") && wordIs(toks, i+1, "of") && i+2 < len(toks) {
		mult := 0.0
		switch toks[i+2].low {
		case "thousands":
			mult = 1e3
		case "millions":
			mult = 1e6
		}
		if mult > 0 {
			base := vagueRange{20, 99.999}
			if w == "hundreds" {
				base = vagueRange{200, 999.999}
			}
			return number{vague: true, lo: base.lo * mult, hi: math.Floor(base.hi * mult), end: i + 3, word: true}, true
		}
	}
	if w == "several" || w == "few" && i > 0 && toks[i-1].low == "a" {
		r := vagueRange{3, 9}
		if w == "few" {
			r = vagueRange{2, 5}
		}
		if s, ok := scaleAt(toks, i+1); ok {
			return number{vague: true, lo: r.lo * s, hi: r.hi * s, end: i + 2, word: true}, true
		}
		if wordIs(toks, i+1, "dozen") {
			return number{vague: true, lo: r.lo * 12, hi: r.hi * 12, end: i + 2, word: true}, true
		}
		return number{vague: true, lo: r.lo, hi: r.hi, end: i + 1, word: true}, true
	}
	if w == "a" || w == "an" {
		if i+1 < len(toks) {
			switch toks[i+1].low {
			case "few":
				return readNumber(toks, i+1)
			case "couple":
				end := i + 2
				if wordIs(toks, end, "of") {
					end++
				}
				return number{vague: true, lo: 2, hi: 3, end: end, word: true}, true
			case "handful":
				end := i + 2
				if wordIs(toks, end, "of") {
					end++
				}
				return number{vague: true, lo: 2, hi: 5, end: end, word: true}, true
			case "dozen":
				return number{val: 12, end: i + 2, word: true, approx: true}, true
			}
			if e := toks[i+1].info(); e.isScale && w == "a" {
				s := e.scale
				n = number{val: s, end: i + 2, word: true}
				return extendScales(toks, n), true
			}
		}
		return n, false
	}
	if w == "half" && i+2 < len(toks) && (toks[i+1].low == "a" || toks[i+1].low == "an") && toks[i+2].low == "dozen" {
		return number{val: 6, end: i + 3, word: true, approx: true}, true
	}
	lex := t.info()
	if lex.isVague {
		r := lex.vague
		return number{vague: true, lo: r.lo, hi: r.hi, end: i + 1, word: true}, true
	}
	if !lex.isNum {
		return n, false
	}
	v := lex.num
	n = number{val: v, end: i + 1, word: true}
	// "twenty-one", "twenty one"
	if v >= 20 && v < 100 && i+1 < len(toks) {
		j := i + 1
		if toks[j].low == "-" && !toks[j].sp && j+1 < len(toks) && !toks[j+1].sp {
			j++
		}
		if e := toks[j].info(); e.isNum && e.num >= 1 && e.num <= 9 && toks[j].kind == tWord {
			u := e.num
			n.val += u
			n.end = j + 1
		}
	}
	if w == "one" && n.end == i+1 {
		n.one = true
	}
	if i+1 < len(toks) && toks[i+1].low == "dozen" {
		n.val *= 12
		n.end = i + 2
		n.one = false
		return n, true
	}
	return extendScales(toks, n), true
}

// extendScales reads scale words and "and"-joined smaller numbers after a
// number word: "two hundred and fifty", "three thousand".
func extendScales(toks []tok, n number) number {
	for {
		s, ok := scaleAt(toks, n.end)
		if ok && n.end > 0 && toks[n.end-1].kind == tWord && !toks[n.end-1].info().isScale {
			n.val *= s
			n.end++
			n.one = false
			continue
		}
		if n.val >= 100 && toks[n.end-1].info().isScale {
			j := n.end
			if wordIs(toks, j, "and") {
				j++
			}
			if j < len(toks) && toks[j].kind == tWord {
				if m, ok := readNumber(toks, j); ok && !m.vague && m.word && m.val < 100 && m.val >= 1 {
					if _, isScale := scaleAt(toks, m.end); !isScale {
						n.val += m.val
						n.end = m.end
					}
				}
			}
		}
		return n
	}
}

// scaleAt reports a scale word at toks[i].
func scaleAt(toks []tok, i int) (float64, bool) {
	if i >= len(toks) || toks[i].kind != tWord {
		return 0, false
	}
	e := toks[i].info()
	return e.scale, e.isScale
}

// wordIs reports whether toks[i] is the lower-case word w.
func wordIs(toks []tok, i int, w string) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tWord && toks[i].low == w
}

// punctIs reports whether toks[i] is the punctuation p.
func punctIs(toks []tok, i int, p string) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tPunct && toks[i].low == p
}

// wordInfo is what the word lists say about one lower-case word. Tokens
// carry its index (tok.lex), so the scanner asks the lists about a word
// without hashing it again.
type wordInfo struct {
	start   bool         // in starters
	quals   []qualPhrase // qualByFirst
	num     float64      // numberWords
	isNum   bool         //
	scale   float64      // numberScales
	isScale bool         //
	vague   vagueRange   // vagueWords
	isVague bool         //
	unit    measure      // unitWords
	isUnit  bool         //
	cat     string       // categories
	ctx     ctxFlags     // the context word lists the word is in
}

// ctxFlags say which context word lists (words.go) hold a word.
type ctxFlags uint8

const (
	ctxNPStop      ctxFlags = 1 << iota // npStop
	ctxCountedCat                       // countedCategoryNouns
	ctxRightSkip                        // rightSkip
	ctxPreposition                      // prepositions
	ctxClauseBreak                      // clauseBreak
	ctxCombatant                        // combatants
	ctxCountNoun                        // countNouns
)

// buildContextLex adds the context word lists to the lexicon, so that
// readNP and rightScan ask about a word by its index (tok.lex), which
// the tokeniser found for its lower-case form, instead of hashing that
// form into each map again. It runs once, after categories is filled,
// and indexes numberLike again for the larger lexicon.
func buildContextLex() {
	for w, c := range categories {
		lexAdd(w).cat = c
	}
	for _, l := range []struct {
		m map[string]bool
		f ctxFlags
	}{
		{npStop, ctxNPStop}, {countedCategoryNouns, ctxCountedCat},
		{rightSkip, ctxRightSkip}, {prepositions, ctxPreposition},
		{clauseBreak, ctxClauseBreak}, {combatants, ctxCombatant},
		{countNouns, ctxCountNoun},
	} {
		for w, in := range l.m {
			if in {
				lexAdd(w).ctx |= l.f
			}
		}
	}
	numberLikeOther = nil
	buildNumberLike()
}

// lexWords and wordInfos are the words of the lists and what the lists
// say about them; index 0 is the empty entry of every other word.
// lexSlots is an open-addressed hash table of indexes into them, keyed by
// the FNV-1a hash of the word; lexMaxLen is the longest word.
var (
	lexWords  = []string{""}
	wordInfos = []wordInfo{{}}
	lexSlots  [4096]uint16
	lexMaxLen int
)

// The FNV-1a hash (Fowler, Noll, Vo) keys lexSlots.
const (
	lexHashBasis uint32 = 2166136261
	lexHashPrime uint32 = 16777619
)

// lexHash is the FNV-1a hash of w.
func lexHash(w string) uint32 {
	h := lexHashBasis
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * lexHashPrime
	}
	return h
}

// lexHashMore continues the hash h of a word with the lower-case form of
// the bytes b, counting their ASCII capitals in *up.
func lexHashMore(h uint32, b string, up *int) uint32 {
	for k := 0; k < len(b); k++ {
		c := b[k]
		if c >= 'A' && c <= 'Z' {
			*up++
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * lexHashPrime
	}
	return h
}

// lexLookup returns the index of w in wordInfos, or 0.
func lexLookup(w string) uint16 { return lexFind(lexHash(w), w) }

// lexFind returns the index of w, whose hash is h, in wordInfos, or 0.
func lexFind(h uint32, w string) uint16 {
	if len(w) > lexMaxLen || len(w) == 0 {
		return 0
	}
	const mask = uint32(len(lexSlots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		idx := lexSlots[k]
		if idx == 0 || lexWords[idx] == w {
			return idx
		}
	}
}

// lexFindBytes is lexFind for a word held in bytes.
func lexFindBytes(h uint32, w []byte) uint16 {
	if len(w) > lexMaxLen || len(w) == 0 {
		return 0
	}
	const mask = uint32(len(lexSlots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		idx := lexSlots[k]
		if idx == 0 || lexWords[idx] == string(w) {
			return idx
		}
	}
}

// lexAdd returns the entry of w, adding it to the table when missing.
func lexAdd(w string) *wordInfo {
	if idx := lexLookup(w); idx != 0 {
		return &wordInfos[idx]
	}
	if len(lexWords) >= len(lexSlots)/2 {
		panic("quantity: lexSlots is too small")
	}
	idx := uint16(len(lexWords))
	lexWords = append(lexWords, w)
	wordInfos = append(wordInfos, wordInfo{})
	const mask = uint32(len(lexSlots) - 1)
	k := lexHash(w) & mask
	for lexSlots[k] != 0 {
		k = (k + 1) & mask
	}
	lexSlots[k] = idx
	lexMaxLen = max(lexMaxLen, len(w))
	return &wordInfos[idx]
}

// buildLexicon fills the table from the word lists. It runs once, after
// starters and qualByFirst are complete.
func buildLexicon() {
	for w := range starters {
		lexAdd(w).start = true
	}
	for w, ps := range qualByFirst {
		lexAdd(w).quals = ps
	}
	for w, v := range numberWords {
		e := lexAdd(w)
		e.num, e.isNum = v, true
	}
	for w, v := range numberScales {
		e := lexAdd(w)
		e.scale, e.isScale = v, true
	}
	for w, v := range vagueWords {
		e := lexAdd(w)
		e.vague, e.isVague = v, true
	}
	for w, v := range unitWords {
		e := lexAdd(w)
		e.unit, e.isUnit = v, true
	}
}

// lexInfo returns what the word lists say about t.
func (t *tok) info() *wordInfo { return &wordInfos[t.lex] }
