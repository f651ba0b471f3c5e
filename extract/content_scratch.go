package extract

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// ctScratch holds the reusable buffers of the content finders, so that
// reading a sentence allocates little beyond its results.
type ctScratch struct {
	// u and masked identify the unit toks were read from: a scratch
	// taken again for the same sentence (the finders run one after
	// another on it) reuses its tokens.
	u        *unit
	masked   string
	key      string
	attsDone bool // atts holds the attributions of the whole unit
	// lxAll is the union of the lexicon classes of the tokens, and paren
	// reports a '(' among them: a finder whose cues are in none of the
	// classes finds nothing in the unit.
	lxAll uint64
	paren bool
	srcs  [][2]int
	toks  []ctok
	names []nameSpan
	gens  []nameSpan
	all   []nameSpan
	atts  []attrSpan
}

var scratchPool = sync.Pool{New: func() any { return new(ctScratch) }}

func getScratch() *ctScratch   { return scratchPool.Get().(*ctScratch) }
func putScratch(sc *ctScratch) { scratchPool.Put(sc) }

// load tokenises the masked text of u. For an infobox line the key and its
// colon are dropped, so that "Commander1:" is not read as a name.
func (sc *ctScratch) load(u *unit) {
	if sc.u == u && sc.masked == u.masked && sc.key == u.key {
		return
	}
	sc.u, sc.masked, sc.key = u, u.masked, u.key
	sc.attsDone = false
	sc.toks = ctTokens(u.masked, sc.toks)
	if u.key != "" {
		for k := range sc.toks {
			if sc.toks[k].p == ':' {
				sc.toks = append(sc.toks[:0], sc.toks[k+1:]...)
				if len(sc.toks) > 0 {
					sc.toks[0].flags |= ctInit
				}
				break
			}
		}
	}
	var all uint64
	for k := range sc.toks {
		all |= sc.toks[k].lx
	}
	sc.lxAll = all
	// A '(' is always a token of its own.
	sc.paren = len(sc.toks) > 0 && strings.IndexByte(u.masked[sc.toks[0].s:], '(') >= 0
}

// unitAttributions returns the attributions of the whole unit, computed
// once per unit.
func (sc *ctScratch) unitAttributions() []attrSpan {
	if !sc.attsDone {
		sc.atts = sc.atts[:0]
		if sc.lxAll&(lxReport|lxAttrCue) != 0 {
			sc.atts = attributions(sc.masked, sc.toks, 0, len(sc.toks), sc.atts)
		}
		sc.attsDone = true
	}
	return sc.atts
}

// clause returns the token range [lo,hi) of the tokens inside the byte
// range [s,e) of the masked text.
func (sc *ctScratch) clause(s, e int) (int, int) {
	lo := 0
	for lo < len(sc.toks) && sc.toks[lo].s < s {
		lo++
	}
	hi := lo
	for hi < len(sc.toks) && sc.toks[hi].e <= e {
		hi++
	}
	return lo, hi
}

// lowerASCII lower-cases ASCII letters; it allocates only when s has an
// upper-case letter.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// lowerBytes returns lowerASCII(s) as bytes in buf; it allocates only
// when s is not ASCII or does not fit. Callers compare the result with
// string(b), which does not allocate either.
func lowerBytes(buf []byte, s string) []byte {
	if !isASCII(s) {
		return append(buf[:0], lowerASCII(s)...)
	}
	buf = buf[:0]
	for i := 0; i < len(s); i++ {
		buf = append(buf, ctFold[s[i]])
	}
	return buf
}

// lowerIs reports whether lowerASCII(s) == w for the lower-case ASCII word
// w; it allocates only when s is not ASCII.
func lowerIs(s, w string) bool {
	if !isASCII(s) {
		return lowerASCII(s) == w
	}
	return equalFoldASCII(s, w)
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// equalFoldASCII compares s with the lower-case ASCII word w, ignoring case.
func equalFoldASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// hasSuffixFold reports whether s ends with the lower-case suffix suf,
// ignoring ASCII case.
func hasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && equalFoldASCII(s[len(s)-len(suf):], suf)
}

// hasPrefixFold reports whether s starts with the lower-case prefix p,
// ignoring ASCII case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && equalFoldASCII(s[:len(p)], p)
}

// isWord reports whether token k exists, is a word and equals the
// lower-case w ignoring case.
func isWord(m string, toks []ctok, k int, w string) bool {
	return k >= 0 && k < len(toks) && toks[k].p == 0 && equalFoldASCII(m[toks[k].s:toks[k].e], w)
}

// trimQuotes narrows [s,e) of m past quotation marks and spaces at both ends.
func trimQuotes(m string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(m[s:e])
		if r == '"' || r == '\'' || r == '“' || r == '”' || r == '‘' || r == '’' || r == ' ' || r == '«' || r == '»' {
			s += n
			continue
		}
		break
	}
	for s < e {
		r, n := utf8.DecodeLastRuneInString(m[s:e])
		if r == '"' || r == '\'' || r == '“' || r == '”' || r == '‘' || r == '’' || r == ' ' || r == '«' || r == '»' || r == ',' {
			e -= n
			continue
		}
		break
	}
	return s, e
}
