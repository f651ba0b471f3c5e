package token

import (
	"strings"
	"testing"
)

// checkFirstLetters fails when MayHold turns away w although its lower
// case is in set, the plain set FirstLetters filters.
func checkFirstLetters(t *testing.T, f *FirstLetters, set map[string]bool, w string) {
	t.Helper()
	if set[strings.ToLower(w)] && !f.MayHold(w) {
		t.Errorf("MayHold(%q) = false for a word of the set", w)
	}
}

var firstLettersWords = []string{"according", "others", "while", "but", "put", "a", "put", strings.Repeat("z", 31)}

func firstLettersSet() (*FirstLetters, map[string]bool) {
	var f FirstLetters
	set := map[string]bool{}
	for _, w := range firstLettersWords {
		f.Add(w)
		set[w] = true
	}
	return &f, set
}

func TestFirstLetters(t *testing.T) {
	f, set := firstLettersSet()
	for w := range set {
		checkFirstLetters(t, f, set, w)
		checkFirstLetters(t, f, set, strings.ToUpper(w))
		checkFirstLetters(t, f, set, strings.ToUpper(w[:1])+w[1:])
	}
	// Most other words are turned away.
	turned := 0
	others := []string{"the", "rebels", "said", "Others", "accordingly", "wh", "whale", "b", "", strings.Repeat("a", 40)}
	for _, w := range others {
		checkFirstLetters(t, f, set, w)
		if !f.MayHold(w) {
			turned++
		}
	}
	if turned < len(others)/2 {
		t.Errorf("MayHold turned away %d of %d other words", turned, len(others))
	}
}

// FuzzFirstLetters checks that MayHold never turns away a word of the set.
func FuzzFirstLetters(f *testing.F) {
	for _, w := range firstLettersWords {
		f.Add(w)
	}
	fl, set := firstLettersSet()
	f.Fuzz(func(t *testing.T, w string) {
		for i := 0; i < len(w); i++ {
			if !IsLetter(w[i]) {
				return
			}
		}
		checkFirstLetters(t, fl, set, w)
	})
}
