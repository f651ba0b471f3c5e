package token

import (
	"strings"
	"testing"

	"github.com/concordfacts/concord/seeds"
)

// TestLexiconLookup checks Lookup, which hashes a word while it folds it,
// against a plain search of the table
// for the folded word, on every key as written, in capitals, with a
// curly apostrophe, and on words that are not keys.
func TestLexiconLookup(t *testing.T) {
	lex, m := seedLexicon(t)
	var words []string
	for k := range m {
		words = append(words, k, strings.ToUpper(k), strings.ReplaceAll(k, "'", "’"), k+"x", "x"+k)
	}
	words = append(words, "", "Syria", "Nowhere", "’’’", strings.Repeat("a", 80), "\u212Aill")
	found := 0
	for _, w := range words {
		var buf [128]byte
		key, h, ok := foldHash(buf[:0], w)
		if !ok {
			continue
		}
		wantID, wantClass := lex.get(key, h)
		id, c := lex.Lookup(w)
		if id != wantID || c != wantClass {
			t.Errorf("Lookup(%q) = %d %#x, want %d %#x", w, id, c, wantID, wantClass)
		}
		if id != 0 {
			found++
			if lex.Word(id) != string(key) {
				t.Errorf("Word(%d) = %q, want %q", id, lex.Word(id), key)
			}
		}
	}
	if found < len(m) {
		t.Errorf("%d words found, fewer than the %d keys", found, len(m))
	}
}

// The look-ups below are the reference the tests hold the fast paths to.

// get returns the entry of the folded key with hash h, or zeros, by a
// plain search of the slots.
func (t *Lexicon) get(key []byte, h uint32) (uint32, Class) {
	if len(key) == 0 {
		return 0, t.empty
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl.i == 0 {
			return 0, 0
		}
		if sl.h == h && t.keys[sl.i-1] == string(key) {
			return sl.i, sl.v
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
	// The articles, so that Words flags "al-Nusra".
	for _, k := range []string{"al", "el", "ash", "ez", "ad"} {
		m[k] |= ArticleClass
	}
	return NewLexicon(m), m
}
