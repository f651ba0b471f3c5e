package quantity

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestQMayHaveQuantityIsNecessary checks mayHaveQuantity against the
// quantity parser itself: a clause it rules out has no token where an
// expression starts, kept or skipped. Some clauses must be ruled out for
// the test to say anything.
func TestMayHaveQuantityIsNecessary(t *testing.T) {
	var texts []string
	for _, s := range seedDocs(t) {
		texts = append(texts, strings.Split(string(s.Text), ". ")...)
	}
	words := []string{"a", "an", "half", "few", "a few", "dozen", "hundred", "Hundreds", "of", "thousands",
		"mile", "and", "hour", "several", "couple", "handful", "$", "US$", "one", "twenty-one", "Sa'id",
		"tens", "millions", "at least", "between", "from", "to", "-", "'s", "é", "naïve", "HALF", "Few"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for k := range r.IntN(8) {
			if k > 0 {
				b.WriteByte(" -"[r.IntN(2)])
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		texts = append(texts, b.String())
	}
	ruledOut := 0
	for _, text := range texts {
		if mayHaveQuantity(text) {
			continue
		}
		ruledOut++
		toks, _ := tokenize(text, nil, nil)
		for i := range toks {
			var ex expr
			if parseExpr(toks, i, &ex) {
				t.Errorf("mayHaveQuantity(%q) = false, but an expression starts at token %d", text, i)
			}
		}
	}
	if ruledOut < len(texts)/10 {
		t.Errorf("only %d of %d texts ruled out", ruledOut, len(texts))
	}
}
