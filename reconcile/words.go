package reconcile

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/concordfacts/concord/internal/fold"
	"github.com/concordfacts/concord/internal/lexicon"
)

// This file builds comparison keys from text: folded words, content words
// and name keys. Keys are never shown to a user; shown text keeps the
// original bytes.

// foldWords folds s for word comparison with the shared folding of
// internal/fold (case, diacritics, quotes and dashes unified) and drops
// apostrophes, so "Sa'ad" and "Saad" give one word.
func foldWords(s string) string {
	f := fold.Fold(s)
	if strings.IndexByte(f, '\'') < 0 {
		return f
	}
	return strings.ReplaceAll(f, "'", "")
}

// stopWords are English function words, left out of content words.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at
		be because been before being below between both but by can could did do does doing down during
		each few for from further had has have having he her here hers herself him himself his how i if
		in into is it its itself just me more most my myself no nor not now of off on once only or other
		our ours ourselves out over own same she should so some such than that the their theirs them
		themselves then there these they this those through to too under until up very was we were what
		when where which while who whom why will with would you your yours yourself yourselves
		s t d ll m o re ve y per via upon within without among amongst towards toward onto
		however although though yet whether either neither whose another`) {
		m[w] = true
	}
	return m
}()

// words returns the folded words of s in order: runs of letters and digits,
// with citation markers ("[36]", "[better source needed]") skipped,
// possessive "'s" dropped, and thousands separators inside numbers removed
// ("5,641" → "5641").
func words(s string) []string {
	f := foldWords(dropPossessive(s))
	out := make([]string, 0, len(f)/6+1)
	i := 0
	for i < len(f) {
		r, n := utf8.DecodeRuneInString(f[i:])
		if r == '[' {
			if j := strings.IndexByte(f[i:], ']'); j > 0 && j < 64 {
				i += j + 1
				continue
			}
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		digits := unicode.IsDigit(r)
		start := i
		var w []byte // set once the word differs from f[start:i]
		for i < len(f) {
			r, n := utf8.DecodeRuneInString(f[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if w != nil {
					w = append(w, f[i:i+n]...)
				}
				i += n
				continue
			}
			// "5,641", "2.5": a separator between digits stays inside a number.
			if digits && (r == ',' || r == '.') && i+1 < len(f) && f[i+1] >= '0' && f[i+1] <= '9' {
				if w == nil {
					w = []byte(f[start:i])
				}
				if r == '.' {
					w = append(w, '.')
				}
				i++
				continue
			}
			break
		}
		if w != nil {
			out = append(out, string(w))
		} else {
			out = append(out, f[start:i])
		}
	}
	return out
}

// dropPossessive removes "'s" and "’s" at the end of words.
func dropPossessive(s string) string {
	if !strings.Contains(s, "'s") && !strings.Contains(s, "\u2019s") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if n := possessiveAt(s, i); n > 0 {
			i += n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// possessiveAt returns the length of a possessive "'s" at s[i:] that ends a
// word, or 0.
func possessiveAt(s string, i int) int {
	for _, ap := range []string{"'s", "\u2019s"} {
		if strings.HasPrefix(s[i:], ap) {
			next := i + len(ap)
			if next == len(s) || !isWordByte(s[next]) {
				return len(ap)
			}
		}
	}
	return 0
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

// contentWords returns the words of s that carry content: folded, without
// stop words and without one-letter words. Numbers are kept (they make
// near-verbatim sentences look alike); isNumber tells them apart.
func contentWords(s string) []string {
	ws := words(s)
	out := ws[:0]
	for _, w := range ws {
		if stopWords[w] {
			continue
		}
		if utf8.RuneCountInString(w) < 2 && !startsWithDigit(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// isNumber reports whether a word starts with a digit.
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// nameKey is the comparison key of a name's surface form: folded, with
// hyphens and runs of spaces made single spaces. Two mentions are named
// differently when their keys differ.
func nameKey(s string) string {
	return strings.Join(strings.FieldsFunc(foldWords(s), func(r rune) bool {
		return r == '-' || r == '.' || r == ',' || r == '"' || unicode.IsSpace(r)
	}), " ")
}

// stems returns the folded words of a phrase with a plural "s" dropped,
// used to tell whether two quantity subjects can be the same thing
// ("rebel fighters" and "rebels" share "rebel").
func stems(s string) []string {
	var out []string
	for _, w := range words(s) {
		if stopWords[w] {
			continue
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		out = append(out, w)
	}
	return out
}

// lemmas returns the comparison keys of content words, so that
// inflections and irregular forms meet ("withdrew", "withdrawing" →
// withdraw), and appends to concepts a token for each WordNet concept of
// each word's most frequent senses ("withdraw" and "retreat" share one),
// so that accounts in other words share features (see internal/lexicon).
// Numbers are kept as they are and have no concepts.
func lemmas(ws []string, concepts []string) ([]string, []string) {
	out := make([]string, len(ws))
	for k, w := range ws {
		if startsWithDigit(w) {
			out[k] = w
			continue
		}
		key := lexicon.Key(w)
		out[k] = key
		for _, c := range lexicon.Concepts(key) {
			concepts = append(concepts, conceptToken(c))
		}
	}
	return out, concepts
}

// conceptToken is the word-set token of a concept: a byte no word holds,
// then the concept id.
func conceptToken(c uint32) string {
	var b [9]byte
	b[0] = 0
	const hex = "0123456789abcdef"
	for i := range 8 {
		b[8-i] = hex[c>>(4*i)&0xF]
	}
	return string(b[:])
}

// isConcept reports whether a word-set token is a concept token.
func isConcept(w string) bool { return w != "" && w[0] == 0 }
