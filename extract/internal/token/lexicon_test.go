package token

import (
	"strings"
	"testing"

	"github.com/concordfacts/concord/seeds"
)

// TestHashBytesMatchesHasher checks that hashBytes, which takes eight
// bytes at a time, agrees with foldHasher, which takes one, on the hash
// and the tag.
func TestHashBytesMatchesHasher(t *testing.T) {
	ref := func(b []byte) (uint32, uint64) {
		var f foldHasher
		for _, c := range b {
			f.add(c)
		}
		return f.sum(), f.tag()
	}
	for n := 0; n <= 40; n++ {
		for _, c := range []byte{'a', 'q', 'z', 0xE2, '\''} {
			b := make([]byte, n)
			for i := range b {
				b[i] = c + byte(i*7)
			}
			s := string(b)
			h, tag := hashBytes(s, 0)
			if wh, wtag := ref(b); h != wh || tag != wtag {
				t.Errorf("hashBytes(%q, 0) = %#x %#x, foldHasher %#x %#x", s, h, tag, wh, wtag)
			}
			if n > 0 {
				low := append([]byte{b[0] ^ 0x20}, b[1:]...)
				h, tag := hashBytes(s, 0x20)
				if wh, wtag := ref(low); h != wh || tag != wtag {
					t.Errorf("hashBytes(%q, 0x20) = %#x %#x, foldHasher(%q) %#x %#x", s, h, tag, low, wh, wtag)
				}
			}
		}
	}
}

// TestCtFinishFastPaths checks that finish's fast paths for plain
// words agree with finishAny.
func TestFinishFastPaths(t *testing.T) {
	lt, classes := seedLexicon(t)
	words := []string{"a", "A", "the", "The", "forces", "Forces", "syria", "Syria", "al", "Al",
		"government", "Government", "x", "Z", "rebels", "ISIL", "al-Nusra", "U.N.", "didn't",
		"US", "UN", "SDF", "YPG", "NATO", "UNHCR", "ISIS", "PKK", "ABCDEFG", "ABCDEFGH", "IRAQI",
		"5", "13", "2013", "1000000", "12345678", "33rd", "1,300", "2013s", "F16", "Ab", "aB"}
	for w := range classes {
		words = append(words, w)
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			words = append(words, string(w[0]-'a'+'A')+w[1:])
		}
	}
	for _, w := range words {
		// Alone, and followed by text, which the short-word paths read.
		for _, m := range []string{w, w + " and the 12345678"} {
			var fast, slow Token
			fast = Token{Start: 0, End: len(w), Flags: Word}
			slow = fast
			finish(m, &fast, lt)
			finishAny(m, &slow, lt)
			if fast != slow {
				t.Errorf("finish(%q in %q) = %+v, finishAny %+v", w, m, fast, slow)
			}
		}
	}
}

// The look-ups below are the reference the tests hold the fast paths to.

// hashString returns the hash of s.
func hashString(s string) uint32 {
	var f foldHasher
	for i := 0; i < len(s); i++ {
		f.add(s[i])
	}
	return f.sum()
}

// get returns the value of the folded key with hash h, or 0.
func (t *Lexicon) get(key []byte, h uint32) Class {
	if len(key) == 0 {
		return t.empty
	}
	if bw, bb := bloomBit(h); t.bloom[bw]&bb == 0 {
		return 0
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl.i == 0 {
			return 0
		}
		if sl.h == h && t.keys[sl.i-1] == string(key) {
			return sl.v
		}
	}
}

// foldHash folds s as FoldKey does into buf, without growing it, and
// returns the folded bytes with their hash; ok is false when they do
// not fit.
func foldHash(buf []byte, s string) ([]byte, uint32, bool) {
	var f foldHasher
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
			c = '\''
			i += 2
		}
		if len(buf) == cap(buf) {
			return nil, 0, false
		}
		buf = append(buf, c)
		f.add(c)
	}
	return buf, f.sum(), true
}

// seedLexicon returns a lexicon of every word of the seed documents, each
// with classes of its own, and the map it was built from.
func seedLexicon(tb testing.TB) (*Lexicon, map[string]Class) {
	tb.Helper()
	m := map[string]Class{}
	n := 0
	for _, name := range seeds.Names() {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		for _, w := range strings.FieldsFunc(string(b), func(r rune) bool { return r == ' ' || r == '\n' || r == ',' || r == '.' }) {
			k := string(FoldKey(nil, w))
			if _, ok := m[k]; !ok {
				n++
				m[k] = Class(n)
			}
		}
	}
	return NewLexicon(m), m
}
