package lexicon

import (
	"strings"
	"testing"
)

// TestKeyGroups checks that the words of each group share one key and
// that no two groups share theirs.
func TestKeyGroups(t *testing.T) {
	groups := [][]string{
		// Regular inflections.
		{"capture", "captured", "capturing", "captures", "Captured", "CAPTURE"},
		{"attack", "attacked", "attacking", "attacks"},
		{"fighter", "fighters", "Fighters", "fighters'"},
		{"clash", "clashes", "clashed", "clashing"},
		{"bombing", "bombings", "bomb", "bombed"},
		{"besiege", "besieged", "besieging"},
		{"release", "released", "releasing", "releases"},
		{"city", "cities"},
		// Irregular forms: WordNet's exception lists.
		{"withdraw", "withdrew", "withdrawn", "withdrawing", "withdraws"},
		{"take", "took", "taken", "taking", "takes"},
		{"flee", "fled", "fleeing"},
		{"fall", "fell", "fallen", "falling"},
		{"man", "men"},
		{"find", "found"},
		{"leave", "left", "leaves", "leaving"},
		{"lose", "lost", "losing"},
		{"fight", "fought", "fighting"},
		{"seek", "sought"},
		{"shoot", "shot"},
		{"slay", "slain", "slew"},
		{"life", "lives"},
		{"go", "went", "gone"},
		{"be", "was", "were", "is", "been"},
		// The verb found (founded) is not the past of find.
		{"founded", "founding", "founds"},
		// Spelling variants: British and American.
		{"organise", "organize", "organised", "organized", "organising"},
		{"defence", "defense"},
		{"offence", "offense"},
		{"colour", "color"},
		{"travelled", "traveled", "travel"},
		{"mobilise", "mobilize", "mobilised"},
		{"artefact", "artifact"},
		// Hyphens, possessives, folding.
		{"cease-fire", "ceasefire", "Ceasefire"},
		{"counter-attack", "counterattack", "counterattacks"},
		{"group", "group's", "group’s"},
		{"medecins", "Médecins"},
	}
	owner := map[string]int{}
	for gi, g := range groups {
		want := Key(g[0])
		if want == "" {
			t.Errorf("Key(%q) is empty", g[0])
		}
		for _, w := range g[1:] {
			if got := Key(w); got != want {
				t.Errorf("Key(%q) = %q, want %q (the key of %q)", w, got, want, g[0])
			}
		}
		if o, ok := owner[want]; ok && o != gi {
			t.Errorf("groups %v and %v share the key %q", groups[o], g, want)
		}
		owner[want] = gi
	}
}

// TestKeyApart checks pairs that must keep distinct keys: unrelated
// words the stemmer merges, and irregular forms that are words of their
// own.
func TestKeyApart(t *testing.T) {
	pairs := [][2]string{
		{"liberal", "liberated"},
		{"organ", "organized"},
		{"universe", "university"},
		{"unit", "united"},
		{"wound", "wind"}, // "wound" is read as the noun, not the past of wind
		{"ground", "grind"},
		{"found", "founded"},
		{"news", "new"},
		{"police", "policy"},
		{"army", "arms"},
		{"its", "it"},
		{"his", "hi"},
	}
	for _, p := range pairs {
		if a, b := Key(p[0]), Key(p[1]); a == b {
			t.Errorf("Key(%q) == Key(%q) == %q, want them apart", p[0], p[1], a)
		}
	}
}

func TestKeyValues(t *testing.T) {
	tests := []struct{ word, want string }{
		{"", ""},
		{"the", "the"},
		{"with", "with"},
		{"2014", "2014"},
		{"27", "27"},
		{"captured", "captur"},
		{"withdrew", "withdraw"},
		{"took", "take"},
		{"Azaz", "azaz"},
		{"ISIL's", "isil"},
		{"al-Nusra", "alnusra"},
		{"---", ""},
		{"حلب", "حلب"}, // not Latin script: folded, not stemmed
	}
	for _, tt := range tests {
		if got := Key(tt.word); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestKeyLongWord checks words longer than the stack buffer.
func TestKeyLongWord(t *testing.T) {
	long := strings.Repeat("ab", 60) + "ed"
	if got, again := Key(long), Key(strings.ToUpper(long)); got != again || got == "" {
		t.Errorf("Key of a long word: %q and %q", got, again)
	}
	if got := Key(strings.Repeat("Ä", 40)); got != strings.Repeat("a", 40) {
		t.Errorf("Key of a long non-ASCII word = %q", got)
	}
}

func TestPhraseKey(t *testing.T) {
	tests := []struct {
		words []string
		want  string
	}{
		{[]string{"pulled", "out"}, PhraseKey("pull", "out")},
		{[]string{"fell", "back"}, PhraseKey("fall", "back")},
		{[]string{"lost", "their", "lives"}, PhraseKey("lose", "life")},
		{[]string{"set", "them", "free"}, PhraseKey("set", "free")},
		{[]string{"took", "control"}, "take control"},
		{[]string{"the"}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := PhraseKey(tt.words...); got != tt.want {
			t.Errorf("PhraseKey(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

// TestStemCache checks that the cache of stems changes no result.
func TestStemCache(t *testing.T) {
	for _, w := range []string{"jarabulus", "hasakah", "qaryatayn", "azaz"} {
		first, second := Key(w), Key(w)
		if first != stemWord(w) || second != first {
			t.Errorf("Key(%q): %q then %q, stemmer %q", w, first, second, stemWord(w))
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"captured", "Withdrew", "cease-fire", "ISIL's", "Médecins", "", "'", "'s", "-", "حلب", "a\u0301", "\xff", "ies", "ses", strings.Repeat("x", 70)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if again := Key(s); again != k {
			t.Fatalf("Key(%q) not deterministic: %q then %q", s, k, again)
		}
		PhraseKey(s, s)
	})
}
