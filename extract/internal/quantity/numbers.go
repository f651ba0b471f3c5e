package quantity

import (
	"math"

	"github.com/concordfacts/concord/extract/internal/token"
)

// This file holds the number reader of the quantity finder (quantity.go)
// and the clause type it reads. Tokens keep byte offsets into the unit's
// text, so spans are cut from the original bytes.

// clause is the tokens of one clause as the quantity finder reads them,
// with the text their offsets are into and what the word lists say about
// their words.
type clause struct {
	toks []token.Token
	text string
	lex  *Lexicon
}

// is reports whether t is the lower-case word or the mark w, a word in
// any case of its ASCII letters. (A possessive is not "'s" here: ask its
// flag.) The lengths are compared first, where most words differ.
func (c *clause) is(t *token.Token, w string) bool {
	return t.End-t.Start == len(w) && token.EqualFold(c.text[t.Start:t.End], w)
}

// word reports whether c.toks[i] is the lower-case word w.
func (c *clause) word(i int, w string) bool {
	return i >= 0 && i < len(c.toks) && c.toks[i].Kind == token.Word && c.is(&c.toks[i], w)
}

// punct reports whether c.toks[i] is the mark p.
func (c *clause) punct(i int, p string) bool {
	return i >= 0 && i < len(c.toks) && c.toks[i].Kind == token.Mark && c.textOf(&c.toks[i]) == p
}

// textOf returns the text of t.
func (c *clause) textOf(t *token.Token) string { return c.text[t.Start:t.End] }

// info returns what the word lists say about the word t.
func (c *clause) info(t *token.Token) *wordInfo { return c.lex.info(t.ID) }

// vagueRange is the interval a vague quantity word stands for.
type vagueRange struct{ lo, hi float64 }

// number is a number read at a token position.
type number struct {
	val    float64
	lo, hi float64 // for a vague number
	vague  bool
	// end is the token index just past the number.
	end int
	// word is set for a number written in words; plain for digits without
	// separators or decimals (a possible year or designation).
	word  bool
	plain bool
	// one is set for the bare word "one".
	one bool
	// approx is set for "a dozen", "half a dozen": exact words used loosely.
	approx bool
	// scale is the scale word's factor when one followed digits
	// ("1.5 million"), else 0.
	scale  float64
	digits int
}

// readNumber reads a number at c.toks[i]: digits, number words, vague
// quantity words. ok is false when there is none.
func readNumber(c *clause, i int) (n number, ok bool) {
	if i >= len(c.toks) {
		return n, false
	}
	t := &c.toks[i]
	switch t.Kind {
	case token.Number:
		n = number{val: t.Value, end: i + 1, plain: t.Is(token.Plain), digits: int(t.Digits)}
		if s, ok := scaleAt(c, i+1); ok {
			n.val *= s
			n.end = i + 2
			n.plain = false
			n.scale = s
		}
		return n, true
	case token.Word:
	default:
		return n, false
	}
	// Vague: "tens/hundreds of thousands", "dozens", "several hundred".
	if (c.is(t, "tens") || c.is(t, "hundreds")) && c.word(i+1, "of") && i+2 < len(c.toks) {
		mult := 0.0
		switch n := &c.toks[i+2]; {
		case c.is(n, "thousands"):
			mult = 1e3
		case c.is(n, "millions"):
			mult = 1e6
		}
		if mult > 0 {
			base := vagueRange{20, 99.999}
			if c.is(t, "hundreds") {
				base = vagueRange{200, 999.999}
			}
			return number{vague: true, lo: base.lo * mult, hi: math.Floor(base.hi * mult), end: i + 3, word: true}, true
		}
	}
	if c.is(t, "several") || c.is(t, "few") && i > 0 && c.is(&c.toks[i-1], "a") {
		r := vagueRange{3, 9}
		if c.is(t, "few") {
			r = vagueRange{2, 5}
		}
		if s, ok := scaleAt(c, i+1); ok {
			return number{vague: true, lo: r.lo * s, hi: r.hi * s, end: i + 2, word: true}, true
		}
		if c.word(i+1, "dozen") {
			return number{vague: true, lo: r.lo * 12, hi: r.hi * 12, end: i + 2, word: true}, true
		}
		return number{vague: true, lo: r.lo, hi: r.hi, end: i + 1, word: true}, true
	}
	if c.is(t, "a") || c.is(t, "an") {
		if i+1 < len(c.toks) {
			switch n := &c.toks[i+1]; {
			case c.is(n, "few"):
				return readNumber(c, i+1)
			case c.is(n, "couple"):
				end := i + 2
				if c.word(end, "of") {
					end++
				}
				return number{vague: true, lo: 2, hi: 3, end: end, word: true}, true
			case c.is(n, "handful"):
				end := i + 2
				if c.word(end, "of") {
					end++
				}
				return number{vague: true, lo: 2, hi: 5, end: end, word: true}, true
			case c.is(n, "dozen"):
				return number{val: 12, end: i + 2, word: true, approx: true}, true
			}
			if e := c.info(&c.toks[i+1]); e.isScale && c.is(t, "a") {
				s := e.scale
				n = number{val: s, end: i + 2, word: true}
				return extendScales(c, n), true
			}
		}
		return n, false
	}
	if c.is(t, "half") && i+2 < len(c.toks) && (c.is(&c.toks[i+1], "a") || c.is(&c.toks[i+1], "an")) && c.is(&c.toks[i+2], "dozen") {
		return number{val: 6, end: i + 3, word: true, approx: true}, true
	}
	lex := c.info(t)
	if lex.isVague {
		r := lex.vague
		return number{vague: true, lo: r.lo, hi: r.hi, end: i + 1, word: true}, true
	}
	if !lex.isNum {
		return n, false
	}
	v := lex.num
	n = number{val: v, end: i + 1, word: true}
	// "twenty-one", "twenty one"
	if v >= 20 && v < 100 && i+1 < len(c.toks) {
		j := i + 1
		if c.is(&c.toks[j], "-") && !c.toks[j].Is(token.Space) && j+1 < len(c.toks) && !c.toks[j+1].Is(token.Space) {
			j++
		}
		if e := c.info(&c.toks[j]); e.isNum && e.num >= 1 && e.num <= 9 && c.toks[j].Kind == token.Word {
			u := e.num
			n.val += u
			n.end = j + 1
		}
	}
	if c.is(t, "one") && n.end == i+1 {
		n.one = true
	}
	if i+1 < len(c.toks) && c.is(&c.toks[i+1], "dozen") {
		n.val *= 12
		n.end = i + 2
		n.one = false
		return n, true
	}
	return extendScales(c, n), true
}

// extendScales reads scale words and "and"-joined smaller numbers after a
// number word: "two hundred and fifty", "three thousand".
func extendScales(c *clause, n number) number {
	for {
		s, ok := scaleAt(c, n.end)
		if ok && n.end > 0 && c.toks[n.end-1].Kind == token.Word && !c.info(&c.toks[n.end-1]).isScale {
			n.val *= s
			n.end++
			n.one = false
			continue
		}
		if n.val >= 100 && c.info(&c.toks[n.end-1]).isScale {
			j := n.end
			if c.word(j, "and") {
				j++
			}
			if j < len(c.toks) && c.toks[j].Kind == token.Word {
				if m, ok := readNumber(c, j); ok && !m.vague && m.word && m.val < 100 && m.val >= 1 {
					if _, isScale := scaleAt(c, m.end); !isScale {
						n.val += m.val
						n.end = m.end
					}
				}
			}
		}
		return n
	}
}

// scaleAt reports a scale word at c.toks[i].
func scaleAt(c *clause, i int) (float64, bool) {
	if i >= len(c.toks) || c.toks[i].Kind != token.Word {
		return 0, false
	}
	e := c.info(&c.toks[i])
	return e.scale, e.isScale
}
