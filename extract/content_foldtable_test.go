package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// mapLexLookup is the reference look-up: the folded word in the lexicon
// map itself.
func mapLexLookup(w string) uint64 {
	k := foldKey(nil, w)
	if len(k) > lexMaxWord {
		return 0
	}
	return lexicon[string(k)]
}

// tokenClasses returns, for every word token of s, its text with the
// classes the tokeniser gave it (want=false) or the reference look-up
// gives it (want=true).
func tokenClasses(s string, want bool) map[string][2]uint64 {
	out := map[string][2]uint64{}
	for _, t := range ctTokens(s, nil) {
		if t.p != 0 {
			continue
		}
		w := ctText(s, t)
		got := [2]uint64{t.lx, t.px}
		if want {
			got = [2]uint64{mapLexLookup(w), 0}
			if h := strings.IndexByte(w, '-'); h > 0 {
				got[1] = mapLexLookup(w[:h])
			}
		}
		out[w] = got
	}
	return out
}

// TestTokenLexicon checks the classes the tokeniser looks up while it folds
// a word against the lexicon map.
func TestTokenLexicon(t *testing.T) {
	for _, s := range []string{
		"The rebels said ISIL had captured al-Raqqa; Jabhat al-Nusra didn't.",
		"THE Rebels SAID they’d withdrawn from Deir ez-Zor’s outskirts.",
		"Pro-government forces, anti-ISIL fighters and U.N. officials.",
		"Hay'at Tahrir al-Sham (HTS) and Kata’ib Hezbollah.",
		"Counter-offensives, air-strikes and a pull-out.",
		"Ünïcode Ñame, \u212Aelvin, \u0130stanbul and naïve café.",
		"Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-the and the-Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		"’’’’’’’’’’’’’’ the a’b ’s what’s it’s WHAT’S",
	} {
		if diff := cmp.Diff(tokenClasses(s, true), tokenClasses(s, false)); diff != "" {
			t.Errorf("%q: classes differ (-map +tokeniser):\n%s", s, diff)
		}
	}
	us, _ := seedUnits(t)
	for _, u := range us {
		if diff := cmp.Diff(tokenClasses(u.masked, true), tokenClasses(u.masked, false)); diff != "" {
			t.Errorf("%q: classes differ (-map +tokeniser):\n%s", u.text, diff)
		}
	}
}

// TestFoldTableKeys checks that every key of the lexicon and the gazetteer
// is found in its table, in lower and in upper case (ASCII letters only are
// folded).
func TestFoldTableKeys(t *testing.T) {
	for name, tc := range map[string]struct {
		m   map[string]uint64
		tab *foldTable
	}{
		"lexicon":   {lexicon, lexTab()},
		"gazetteer": {gazetteer, gazTab()},
	} {
		want, got := map[string]uint64{}, map[string]uint64{}
		for k, v := range tc.m {
			up := strings.Map(func(r rune) rune {
				if r >= 'a' && r <= 'z' {
					return r - 'a' + 'A'
				}
				return r
			}, k)
			for _, w := range []string{k, up} {
				want[w] = v
				var buf [64]byte
				f, h, ok := foldHash(buf[:0], w)
				if ok {
					got[w] = tc.tab.get(f, h)
				}
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", name, diff)
		}
	}
}

// FuzzTokenLexicon checks the tokeniser's classes against the lexicon map
// on arbitrary text.
func FuzzTokenLexicon(f *testing.F) {
	for _, s := range []string{"The rebels", "al-Nusra’s", "ISIL-linked", "a.k.a.", "\u212Aill", "Hay'at", "1,000-strong"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(tokenClasses(s, true), tokenClasses(s, false)); diff != "" {
			t.Errorf("%q: classes differ (-map +tokeniser):\n%s", s, diff)
		}
	})
}

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

// TestCtFinishFastPaths checks that ctFinish's fast paths for plain
// words agree with ctFinishAny.
func TestCtFinishFastPaths(t *testing.T) {
	lt := lexTab()
	words := []string{"a", "A", "the", "The", "forces", "Forces", "syria", "Syria", "al", "Al",
		"government", "Government", "x", "Z", "rebels", "ISIL", "al-Nusra", "U.N.", "didn't",
		"US", "UN", "SDF", "YPG", "NATO", "UNHCR", "ISIS", "PKK", "ABCDEFG", "ABCDEFGH", "IRAQI",
		"5", "13", "2013", "1000000", "12345678", "33rd", "1,300", "2013s", "F16", "Ab", "aB"}
	for w := range lexicon {
		words = append(words, w)
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			words = append(words, string(w[0]-'a'+'A')+w[1:])
		}
	}
	for _, w := range words {
		// Alone, and followed by text, which the short-word paths read.
		for _, m := range []string{w, w + " and the 12345678"} {
			var fast, slow ctok
			fast = ctok{s: 0, e: len(w), flags: ctWord}
			slow = fast
			ctFinish(m, &fast, lt)
			ctFinishAny(m, &slow, lt)
			if fast != slow {
				t.Errorf("ctFinish(%q in %q) = %+v, ctFinishAny %+v", w, m, fast, slow)
			}
		}
	}
}

// TestGazetteerLookup checks gazetteerLookup against the gazetteer map,
// for every key as written, in capitals and with a curly apostrophe, and
// for words that are not keys.
func TestGazetteerLookup(t *testing.T) {
	want, got := map[string]uint64{}, map[string]uint64{}
	add := func(w string) {
		k := foldKey(nil, w)
		if len(w) <= 64 {
			want[w] = gazetteer[string(k)]
		}
		if v := gazetteerLookup(w); v != 0 || want[w] != 0 {
			got[w] = v
		}
		if want[w] == 0 {
			delete(want, w)
		}
	}
	for k := range gazetteer {
		add(k)
		add(strings.ToUpper(k))
		add(strings.ReplaceAll(k, "'", "’"))
	}
	for _, w := range []string{"", "Syria", "Raqqa", "Nowhere", "al-Nusra", "ISIL", "x", strings.Repeat("a", 80)} {
		add(w)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-map +gazetteerLookup):\n%s", diff)
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
func (t *foldTable) get(key []byte, h uint32) uint64 {
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

// foldHash folds s as foldKey does into buf, without growing it, and
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
