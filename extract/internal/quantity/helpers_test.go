package quantity

import (
	"strings"
	"sync"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
)

// testLexicons returns a token lexicon of the finder's words and what the
// finder knows of them, shared by the tests.
var testLexicons = sync.OnceValues(func() (*token.Lexicon, *Lexicon) {
	m := map[string]token.Class{}
	for _, w := range Words() {
		m[w] = 0
	}
	lex := token.NewLexicon(m)
	return lex, NewLexicon(lex)
})

// findQuantities returns the numbers in u's clause [start,end), in text
// order, or nil when there are none.
func findQuantities(u *article.Unit, start, end int) []claims.Quantity {
	lex, ql := testLexicons()
	toks := token.Tokenize(u.Masked, lex, nil)
	out := NewReader(ql).Append(nil, u, toks, start, end)
	if len(out) == 0 {
		return nil
	}
	return out
}

// TestWordsFitTheTokenLexicon checks what NewLexicon relies on to find a
// word by the ID of a token's folded form: every word is folded, no
// longer than token.MaxLexWord and written with letters; the only word
// with an apostrophe is the possessive, which tokens never look up; and
// "s", the word a clause-opening possessive leaves, is no word of the
// lists.
func TestWordsFitTheTokenLexicon(t *testing.T) {
	for _, w := range Words() {
		if string(token.FoldKey(nil, w)) != w || len(w) > token.MaxLexWord || w == "s" {
			t.Errorf("word %q: not folded, too long, or s", w)
		}
		if strings.ContainsAny(w, "'’") && w != "'s" || strings.ContainsAny(w, "0123456789 -") {
			t.Errorf("word %q is not written with letters only", w)
		}
	}
}
