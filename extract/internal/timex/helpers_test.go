package timex

import (
	"strings"
	"sync"
	"testing"

	"github.com/concordfacts/concord/extract/internal/token"
	"github.com/concordfacts/concord/seeds"
)

// testLexicons returns a token lexicon of the grammar's words and what the
// grammar knows of them, shared by the tests.
var testLexicons = sync.OnceValues(func() (*token.Lexicon, *Lexicon) {
	m := map[string]token.Class{}
	for _, w := range Words() {
		m[w] = 0
	}
	lex := token.NewLexicon(m)
	return lex, NewLexicon(lex)
})

// testLexicon returns what the grammar knows of the test lexicon.
func testLexicon() *Lexicon {
	_, l := testLexicons()
	return l
}

// tokensOf returns the tokens of text.
func tokensOf(text string) []token.Token {
	lex, _ := testLexicons()
	return token.Tokenize(text, lex, nil)
}

// mayHold is mayHoldDate of the tokens of text.
func mayHold(text string) bool { return testLexicon().mayHoldDate(text, tokensOf(text)) }

// seedText returns the seed documents, one after the other.
func seedText(tb testing.TB) string {
	tb.Helper()
	var b strings.Builder
	for _, name := range seeds.Names() {
		src, err := seeds.FS.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(src)
	}
	return b.String()
}
