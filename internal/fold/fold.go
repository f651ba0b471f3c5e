package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold returns s folded for comparison: compatibility-decomposed (NFKD),
// combining marks removed (Médecins → medecins, Kobanî → kobani), case
// folded, apostrophe-like marks (’ ‘ ʼ ʻ ʾ ʿ ` ´ ′) unified to ', double
// quotes (“ ” „ « » ″) unified to ", dashes (‐ ‑ ‒ – — ― −) unified to -,
// zero-width characters, soft hyphens and tatweel removed, and runs of
// white space collapsed to one space with none at either end.
//
// Fold is idempotent. Its result is a comparison key: never show it.
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s)
	}
	// A Transformer chain keeps state and buffers: pooled, so that Fold is
	// safe for concurrent use without building a chain per call.
	t := chains.Get().(transform.Transformer)
	defer chains.Put(t)
	out, _, err := transform.String(t, s)
	if err != nil {
		// Transformers above do not fail on any input; keep a safe
		// fallback rather than panic.
		out = strings.ToLower(s)
	}
	return collapseSpace(out)
}

var chains = sync.Pool{New: func() any {
	return transform.Chain(
		runes.Map(mapMark),
		runes.Remove(runes.Predicate(ignorable)),
		norm.NFKD, // first, as compatibility forms may decompose to capitals (㎩ → Pa)
		cases.Fold(),
		// Case folding maps some scripts (Cherokee) to upper case and back;
		// lower(upper(r)) picks one form so that Fold is idempotent.
		runes.Map(func(r rune) rune { return unicode.ToLower(unicode.ToUpper(r)) }),
		norm.NFKD,
		runes.Remove(runes.In(unicode.Mn)),
		runes.Map(mapMark),
		runes.Remove(runes.Predicate(ignorable)),
	)
}}

// mapMark unifies punctuation that spellings of one name vary in.
func mapMark(r rune) rune {
	switch r {
	case '\'', '\u2019', '\u2018', '\u201B', '\u02BC', '\u02BB', '\u02BD',
		'\u02BE', '\u02BF', '`', '\u00B4', '\u2032', '\u02C8', '\u02B9',
		'\uFF07', '\uA78C', '\u0294', '\u0295', '\u02C0', '\u02C1':
		return '\''
	case '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB',
		'\u2033', '\uFF02':
		return '"'
	case '\u2212', '\uFE63', '\uFF0D':
		return '-'
	case 'ı':
		return 'i'
	case 'ł', 'Ł':
		return 'l'
	case 'ø', 'Ø':
		return 'o'
	case 'đ', 'Đ':
		return 'd'
	case 'ħ', 'Ħ':
		return 'h'
	case 'ŧ', 'Ŧ':
		return 't'
	case utf8.RuneError:
		return ' '
	}
	if unicode.Is(unicode.Pd, r) {
		return '-'
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return r
}

// ignorable reports runes that never distinguish names: zero-width
// characters, the soft hyphen, Arabic tatweel and other format controls.
func ignorable(r rune) bool {
	return r == '\u00AD' || r == '\u0640' || unicode.Is(unicode.Cf, r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldASCII is Fold for ASCII input, without allocation-heavy transforms.
func foldASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = true
			continue
		case c == '`':
			c = '\''
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c < 0x20 || c == 0x7f:
			// Control characters other than white space: Cf-like, drop.
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
	}
	return b.String()
}

func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if r < 0x20 || r == 0x7f {
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
