package content

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/extract/internal/token"
)

// mapLexLookup is the reference look-up: the folded word in the lexicon
// map itself.
func mapLexLookup(w string) token.Class {
	k := token.FoldKey(nil, w)
	if len(k) > token.MaxLexWord {
		return 0
	}
	return testWordClasses[string(k)]
}

// testWordClasses is the lexicon as a map, the reference of the tests.
var testWordClasses = Words()

// tokenClasses returns, for every word token of s, its text with the
// classes the tokeniser gave it (want=false) or the reference look-up
// gives it (want=true).
func tokenClasses(s string, want bool) map[string][2]token.Class {
	out := map[string][2]token.Class{}
	for _, t := range testWords(s) {
		if t.Punct != 0 {
			continue
		}
		w := t.Text(s)
		got := [2]token.Class{t.Class, t.Prefix}
		if want {
			got = [2]token.Class{mapLexLookup(w), 0}
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
		if diff := cmp.Diff(tokenClasses(u.Masked, true), tokenClasses(u.Masked, false)); diff != "" {
			t.Errorf("%q: classes differ (-map +tokeniser):\n%s", u.Text, diff)
		}
	}
}

// TestLexiconKeys checks that every key of the lexicon (the gazetteer
// included) is found in its table, in lower and in upper case (ASCII
// letters only are folded).
func TestLexiconKeys(t *testing.T) {
	for name, tc := range map[string]struct {
		m   map[string]token.Class
		tab *token.Lexicon
	}{
		"lexicon": {testWordClasses, ownLexicon().tokens},
	} {
		want, got := map[string]token.Class{}, map[string]token.Class{}
		for k, v := range tc.m {
			up := strings.Map(func(r rune) rune {
				if r >= 'a' && r <= 'z' {
					return r - 'a' + 'A'
				}
				return r
			}, k)
			for _, w := range []string{k, up} {
				want[w] = v
				_, got[w] = tc.tab.Lookup(w)
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

// TestGazetteerLookup checks gazetteerLookup against the gazetteer map,
// for every key as written, in capitals and with a curly apostrophe, and
// for words that are not keys.
func TestGazetteerLookup(t *testing.T) {
	want, got := map[string]token.Class{}, map[string]token.Class{}
	add := func(w string) {
		k := token.FoldKey(nil, w)
		if len(w) <= 64 {
			want[w] = gazKind(testWordClasses[string(k)])
		}
		if v := gazetteerLookup(ownLexicon().tokens, w); v != 0 || want[w] != 0 {
			got[w] = v
		}
		if want[w] == 0 {
			delete(want, w)
		}
	}
	for k, c := range testWordClasses {
		if c&gazClasses == 0 {
			continue
		}
		if c&gazClasses == gazClasses {
			t.Errorf("%q is both a place and an organisation", k)
		}
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
