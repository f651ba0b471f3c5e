package token

import "testing"

// BenchmarkTokenize measures Tokenize over the sentences of the seeds.
func BenchmarkTokenize(b *testing.B) {
	lex, _ := seedLexicon(b)
	texts := seedSentences(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	var buf []Token
	for b.Loop() {
		for _, s := range texts {
			buf = Tokenize(s, lex, buf)
		}
	}
}

// BenchmarkWords measures Words over the tokens of the sentences of the
// seeds.
func BenchmarkWords(b *testing.B) {
	lex, _ := seedLexicon(b)
	texts := seedSentences(b)
	toks := make([][]Token, len(texts))
	n := 0
	for i, s := range texts {
		toks[i] = Tokenize(s, lex, nil)
		n += len(s)
	}
	b.SetBytes(int64(n))
	var buf []Token
	for b.Loop() {
		for i, s := range texts {
			buf = Words(s, toks[i], lex, buf)
		}
	}
}
