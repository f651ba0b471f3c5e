package names

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/internal/fold"
)

// bestFuzzy returns the record closest to the key tokens qt among those the
// blocking index proposes (skipping record self, and records whose table
// entity does not suit kind when kind is not ""), with its score and edit
// count; -1 when none is close enough. Ties go to the smaller key.
func (r *Resolver) bestFuzzy(qt []string, self int, kind claims.MentionKind) (best int, score float64, edits int) {
	best = -1
	for _, ci := range r.idx.candidates(qt) {
		c := int(ci)
		if c == self {
			continue
		}
		s, d, ok := matchTokens(qt, r.recs[c].toks)
		if !ok {
			continue
		}
		if kind != "" {
			if _, clash := r.entityFor(c, kind); clash {
				continue
			}
		}
		if best < 0 || s > score || (s == score && r.recs[c].key < r.recs[best].key) {
			best, score, edits = c, s, d
		}
	}
	return best, score, edits
}

// matchTokens compares two token lists by the length-dependent rules:
//   - the same number of tokens, compared in order; numbers only equal;
//   - tokens shorter than 5 letters may differ only in one vowel (Tell,
//     Tal) and only beside an equal token of 4 letters or more (Tell
//     Abyad, Tal Abyad), never alone (Homs, Hama);
//   - tokens of 5 to 7 letters may differ by one edit that changes no
//     consonant (Saraqib, Saraqab);
//   - longer tokens by one edit, or two that change no consonant
//     (Jarabulus, Jarablus);
//   - differing tokens start with the same letter, or both with a vowel.
//
// Names whose token counts differ compare joined (Tall Abyad,
// Tallabyad) under the long-token rule. Score is 1 minus the edits over
// the letters compared.
func matchTokens(a, b []string) (score float64, edits int, ok bool) {
	if len(a) != len(b) {
		x, y := strings.Join(a, ""), strings.Join(b, "")
		if hasDigit(x) || hasDigit(y) {
			return 0, 0, false
		}
		if utf8.RuneCountInString(x) < 8 || utf8.RuneCountInString(y) < 8 {
			return 0, 0, false
		}
		d, ok := tokenClose(x, y)
		if !ok || d > 1 {
			return 0, 0, false
		}
		n := max(utf8.RuneCountInString(x), utf8.RuneCountInString(y))
		return 1 - float64(d+1)/float64(n), d, true
	}
	total, short, anchor := 0, 0, false
	for i := range a {
		x, y := a[i], b[i]
		lx, ly := utf8.RuneCountInString(x), utf8.RuneCountInString(y)
		total += max(lx, ly)
		if x == y {
			if lx >= 4 && !isNumber(x) {
				anchor = true
			}
			continue
		}
		if isNumber(x) || isNumber(y) {
			return 0, 0, false
		}
		d, ok := tokenClose(x, y)
		if !ok {
			return 0, 0, false
		}
		if min(lx, ly) < 5 {
			if x[0] != y[0] {
				return 0, 0, false // Omar, Ammar
			}
			short++
		}
		edits += d
	}
	if edits == 0 || short > 1 || (short == 1 && !anchor) {
		return 0, 0, false
	}
	return 1 - float64(edits)/float64(total), edits, true
}

// tokenClose reports whether two different tokens are close enough for
// their length, with the edit distance.
func tokenClose(x, y string) (int, bool) {
	rx, _ := utf8.DecodeRuneInString(x)
	ry, _ := utf8.DecodeRuneInString(y)
	if rx != ry && !(isVowelRune(rx) && isVowelRune(ry)) {
		return 0, false
	}
	m := min(utf8.RuneCountInString(x), utf8.RuneCountInString(y))
	d := levenshtein.ComputeDistance(x, y)
	sameSkel := fold.Skeleton(x) == fold.Skeleton(y)
	switch {
	case m >= 8:
		return d, d <= 1 || (d == 2 && sameSkel)
	default:
		return d, d == 1 && sameSkel
	}
}

func isVowelRune(r rune) bool {
	return r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u'
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func hasDigit(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// fuzzIndex proposes fuzzy candidates without scanning all records. It
// follows the rules of [tokenClose]: a token is indexed under its first
// letter (or "a vowel") and its consonant skeleton, which a differing token
// of under 8 letters must share; a token of 8 letters or more is also
// indexed under the deletion neighbourhood of its skeleton (the skeleton
// with any one consonant deleted), so that two long tokens one consonant
// edit apart share an entry. Entries carry the token count. Names are also
// indexed joined, for names whose token counts differ. A query takes the
// candidates of its rarest token: a fuzzy match must match every token, so
// it must match that one.
type fuzzIndex struct {
	post map[string][]int32
}

// tokenBlocks appends the index entries of a token of a name of n tokens,
// or of a joined name; a query looks up the same entries.
func tokenBlocks(n int, tok string, joined bool, dst []string) []string {
	p := strconv.Itoa(n)
	if joined {
		p = "j"
	}
	if isNumber(tok) {
		return append(dst, p+"#"+tok)
	}
	first, _ := utf8.DecodeRuneInString(tok)
	lead := string(first)
	if isVowelRune(first) {
		lead = "a"
	}
	skel := fold.Skeleton(tok)
	dst = append(dst, p+"|"+lead+"|"+skel)
	if joined || utf8.RuneCountInString(tok) >= 8 {
		dp := p + "~" + lead + "~"
		dst = append(dst, dp+skel)
		rs := []rune(skel)
		for i := range rs {
			dst = append(dst, dp+string(rs[:i])+string(rs[i+1:]))
		}
	}
	return dst
}

func joinedOK(toks []string) (string, bool) {
	j := strings.Join(toks, "")
	return j, !hasDigit(j) && utf8.RuneCountInString(j) >= 8
}

func (ix *fuzzIndex) add(id int32, toks []string) {
	var blocks []string
	for _, t := range toks {
		blocks = tokenBlocks(len(toks), t, false, blocks)
	}
	if j, ok := joinedOK(toks); ok {
		blocks = tokenBlocks(0, j, true, blocks)
	}
	for _, b := range blocks {
		l := ix.post[b]
		if n := len(l); n > 0 && l[n-1] == id {
			continue
		}
		ix.post[b] = append(l, id)
	}
}

// candidates returns the records proposed for the key tokens qt, sorted.
func (ix *fuzzIndex) candidates(qt []string) []int32 {
	var best, blocks []string
	bestSize := -1
	for _, t := range qt {
		blocks = tokenBlocks(len(qt), t, false, blocks[:0])
		size := 0
		for _, b := range blocks {
			size += len(ix.post[b])
		}
		if bestSize < 0 || size < bestSize {
			bestSize = size
			best = append(best[:0], blocks...)
		}
	}
	if j, ok := joinedOK(qt); ok {
		best = tokenBlocks(0, j, true, best)
	}
	var out []int32
	for _, b := range best {
		out = append(out, ix.post[b]...)
	}
	if len(out) < 2 {
		return out
	}
	slices.Sort(out)
	return slices.Compact(out)
}
