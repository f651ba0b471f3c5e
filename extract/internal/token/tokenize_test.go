package token

import (
	"strings"
	"testing"

	"github.com/concordfacts/concord/seeds"
)

// TestWordEndsAt checks that where wordEndsAt says a word ends,
// readWord reads the same word, at every word start of the texts.
func TestWordEndsAt(t *testing.T) {
	lt, _ := seedLexicon(t)
	texts := append(seedSentences(t), "1,300 men, U.N. a.k.a. al-Nusra's Brigades' Hay'at didn't ISIL’s",
		"F-16s 33rd (SDF) \"YPG\"; X: 5.5 km. ab.cd e.f end.", "a,b 1,23 2,3456 A. B. x`y")
	fast := 0
	for _, m := range texts {
		for i := 0; i < len(m); i++ {
			if !isAlnum(m[i]) || i > 0 && isAlnum(m[i-1]) {
				continue
			}
			j := alnumEnd(m, i)
			if !wordEndsAt(m, i, j) {
				continue
			}
			fast++
			var tk Token
			tk = Token{Start: i, Flags: Word}
			if end := readWord(m, i, &tk, lt); end != j || tk.End != j {
				t.Errorf("%q at %d: wordEndsAt says %d, readWord reads to %d (token end %d)", m, i, j, end, tk.End)
			}
		}
	}
	if fast == 0 {
		t.Error("no word tested")
	}
}

// seedSentences returns the sentences of the seed documents, cut at ". ".
func seedSentences(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	for _, name := range seeds.Names() {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), ". ")...)
	}
	return texts
}
