package quantity

import (
	"math"
	"slices"
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
)

// Quantities.
//
// findQuantities reads the numbers of a clause as intervals
// ([claims.Quantity]). It works on tokens of the masked clause text
// (numbers.go) and keeps byte offsets, so every span is cut from the
// original bytes.
//
// What is read:
//   - digits with separators and decimals ("5,641", "88.7"), scale words
//     ("1.5 million"), number words ("twenty-one", "a hundred", "two
//     hundred and fifty", "a dozen", "half a dozen");
//   - ranges "5,641–6,991", "13-30", "two or three", "5 to 10",
//     "between 95% and 98%", "from 40 to 50" (not after a verb of change:
//     "rose from 40 to 50" is two numbers);
//   - qualifiers before ("at least", "more than", "over", "up to", "fewer
//     than", "under", "nearly", "almost", "around", "about", "some", "an
//     estimated", ...: see qualifiers) and after ("2,764+", "400-plus",
//     "50 or more", "50 or so", "50-odd");
//   - vague quantities (vagueWords: "dozens", "hundreds", "several", "a few",
//     "tens of thousands", "several hundred", ...);
//   - measures: percent, distance, duration, money and a few others, with a
//     unit ("80 kilometers", "a 24-hour ultimatum", "a mile and a half",
//     "$5 million", "88.7%"). Only counts get a subject and a category.
//
// Intervals (the Qualifier says which rule applied):
//
//	N                  exact      [N, N]
//	at least N, N+     at-least   [N, open)
//	more than N, over  more-than  (N, open)   LowExclusive
//	up to N            up-to      (open, N]
//	fewer/less than N  less-than  (open, N)   HighExclusive
//	A–B                range      [A, B]; "A–B+" is at-least [A, open)
//	around/about/some  approximate [floor(0.9N), ceil(1.1N)]
//	nearly/almost N    approximate [floor(0.9N), N]
//	a dozen            approximate [10, 14]: the word is used loosely
//	dozens, several    vague      the table at vagueWords
//
// Not quantities: days of a month ("5 July", "July 16", "between 15 and 17
// January"), years (a four-digit number from 1000 to 2100 without a
// qualifier, currency, unit or count noun: "In 2014", "2013–14",
// "(2014–2017)"), times ("21:00", "11:30 AM"), ordinals and designations
// (letters against the digits: "46th", "13base", "F-16s", "MiG-23",
// "1990s"; a plain number after a designating noun: "Division 17",
// "Brigade 93", "Artillery Regiment 121"), number words in names (a
// capitalised number word after another word, outside a title-case
// headline: "the Group of Seven", "the Five Eyes"), fractions ("two
// thirds"), relative dates ("two days later", "within the past three
// years": the date tagger reads them), and "one" as a pronoun: "one of
// ..." is read only as a named part of a total ("Eleven soldiers, one of
// them an officer, died"), and a bare "one" is kept only when the clause
// says what happened to it ("killing one soldier") or it carries a unit
// ("one year"). Ages are read with the unit "years of age" (context.go).

// Reader reads the quantities of clauses. It holds the scratch space of
// one clause at a time, so that reading one allocates little beyond its
// results; it is not safe for concurrent use.
type Reader struct {
	lex   *Lexicon
	toks  []token.Token
	exprs []expr
	c     clause
}

// NewReader returns a Reader that looks words up in lex.
func NewReader(lex *Lexicon) *Reader { return &Reader{lex: lex} }

// Append appends the numbers of u's clause [start,end) to dst, in text
// order. toks are the tokens of u's masked text. PartOf indexes are
// relative to the clause's first quantity.
func (r *Reader) Append(dst []claims.Quantity, u *article.Unit, toks []token.Token, start, end int) []claims.Quantity {
	if u == nil || start < u.Offset || end > u.Offset+len(u.Masked) || start >= end {
		return dst
	}
	c := r.clause(u, toks, start-u.Offset, end-u.Offset)
	exprs := scanExprs(c, r.exprs[:0])
	out := dst
	if len(exprs) > 0 {
		readContext(u, c, u.Text, exprs)
		out = appendExprs(dst, exprs, c, u.Text, u.Offset)
	}
	clear(exprs) // drop the strings they hold
	r.exprs = exprs[:0]
	return out
}

// clause returns the tokens of u inside [start,end), offsets relative to
// the unit, as a clause read alone has them: the first one follows white
// space, and a possessive 's cannot open it (it is an apostrophe and a
// word "s" there).
func (r *Reader) clause(u *article.Unit, toks []token.Token, start, end int) *clause {
	lo := token.Search(toks, start)
	hi := lo + token.SearchEnd(toks[lo:], end)
	ct := toks[lo:hi]
	if len(ct) > 0 && (!ct[0].Is(token.Space) || ct[0].Is(token.Possessive)) {
		// The readers never write to the tokens: only a clause whose
		// first token differs from the unit's is a copy.
		r.toks = append(r.toks[:0], ct...)
		ct = r.toks
		first := &ct[0]
		first.Flags |= token.Space
		if first.Is(token.Possessive) {
			s := first.Start
			n := first.End - s - 1 // the apostrophe
			r.toks = append(r.toks[:1], r.toks...)
			r.toks[0] = token.Token{Start: s, End: s + n, Kind: token.Mark, Flags: token.Space}
			r.toks[1] = token.Token{Start: s + n, End: s + n + 1, Kind: token.Word, Flags: token.LowerCase}
			ct = r.toks
		}
	}
	r.c = clause{toks: ct, text: u.Masked, lex: r.lex}
	return &r.c
}

// expr is one quantity expression found in the tokens.
type expr struct {
	s, e   int // token range of the expression (its span)
	qual   qualifier
	a, b   number
	isRng  bool
	plus   bool // "N+", "or more": at least the low end
	kind   claims.QuantityKind
	unit   string
	strong bool // "a 1,300-strong force": strength of a force
	skip   bool // matched, but not a quantity (date, year, designation)
	// context (context.go)
	npS, npE int // tokens of what is counted; npE is where reading resumed
	subject  string
	ofPron   bool // "25 of them"
	cat      string
	catRight bool // the category came from a verb after the phrase
	parent   int  // index of the total this is a part of, or -1
	ofTotal  int  // "17 of the 66 dead": the token of the total's number, or -1
	chain    int  // index of the first expression of a coordination
	drop     bool
}

// scanExprs appends the quantity expressions of toks to out, in
// order.
func scanExprs(c *clause, out []expr) []expr {
	for i := 0; i < len(c.toks); {
		if !mayStart(c, &c.toks[i]) {
			i++
			continue
		}
		// Parse into the next slot of out; drop it unless it is kept.
		if len(out) < cap(out) {
			out = out[:len(out)+1]
		} else {
			out = append(out, expr{})
		}
		ex := &out[len(out)-1]
		if !parseExpr(c, i, ex) {
			out = out[:len(out)-1]
			i++
			continue
		}
		e := ex.e
		if ex.skip {
			out = out[:len(out)-1]
		}
		i = max(e, i+1)
	}
	return out
}

// mayStart is a quick test of whether an expression can start at t.
func mayStart(c *clause, t *token.Token) bool {
	switch t.Kind {
	case token.Number:
		return true
	case token.Mark:
		_, ok := currencyOf(c.textOf(t))
		return ok
	}
	return c.info(t).start
}

// currencyOf returns the currency of a sign written before a number
// ("$", "€", "£", "¥").
func currencyOf(s string) (string, bool) {
	switch s {
	case "$":
		return "USD", true
	case "€":
		return "EUR", true
	case "£":
		return "GBP", true
	case "¥":
		return "JPY", true
	}
	return "", false
}

// matchQualifier reads a qualifier phrase at c.toks[i].
func matchQualifier(c *clause, i int) (qualifier, int) {
	if i >= len(c.toks) || c.toks[i].Kind != token.Word {
		return qualNone, i
	}
next:
	for _, p := range c.info(&c.toks[i]).quals {
		if i+len(p.words) > len(c.toks) {
			continue
		}
		for k, w := range p.words[1:] {
			if !c.is(&c.toks[i+1+k], w) {
				continue next
			}
		}
		return p.q, i + len(p.words)
	}
	return qualNone, i
}

// matchCurrency reads a currency sign at c.toks[i] ("$", "US$", "€").
func matchCurrency(c *clause, i int) (string, int) {
	if i < len(c.toks) && c.toks[i].Kind == token.Word && (c.is(&c.toks[i], "us") || c.is(&c.toks[i], "a") && c.toks[i].Is(token.Cap) || c.is(&c.toks[i], "c") && c.toks[i].Is(token.Cap)) &&
		i+1 < len(c.toks) && c.is(&c.toks[i+1], "$") && !c.toks[i+1].Is(token.Space) {
		return "USD", i + 2
	}
	if i < len(c.toks) && c.toks[i].Kind == token.Mark {
		if cur, ok := currencyOf(c.textOf(&c.toks[i])); ok {
			return cur, i + 1
		}
	}
	return "", i
}

// parseExpr reads one quantity expression starting at c.toks[i] into
// *ex, and reports whether there is one; when there is none, *ex is left
// as it was.
func parseExpr(c *clause, i int, ex *expr) bool {
	qual, j := matchQualifier(c, i)
	if qual == qualFrom || qual == qualBetween {
		// A range opener: only with a number right after it.
		if _, ok := readNumber(c, j); !ok {
			if _, j2 := matchCurrency(c, j); j2 == j {
				return false
			}
		}
	}
	jq := j
	cur, j := matchCurrency(c, jq)
	a, ok := readNumber(c, j)
	var unitA measure
	haveUnitA := false
	if !ok {
		// "a mile and a half", "half an hour"
		a, unitA, ok = readUnitLed(c, j)
		if !ok {
			return false
		}
		haveUnitA = true
	}
	// *ex is written only now that there is a quantity: most tokens that
	// may start one do not.
	*ex = expr{s: i, parent: -1, chain: -1, ofTotal: -1, kind: claims.KindCount}
	ex.qual = qual
	ex.a = a
	k := a.end
	k = readHalf(c, k, &ex.a)
	if !haveUnitA {
		if u, k2, ok := readUnit(c, k, ex); ok && !ex.a.vague {
			unitA, haveUnitA = u, true
			k = readHalf(c, k2, &ex.a)
		}
	}
	// Ranges. "between" needs "and" or a dash, "from" needs "to";
	// otherwise the word is not part of the quantity.
	if qual == qualBetween && !(c.word(k, "and") || isDashAt(c, k)) || qual == qualFrom && !c.word(k, "to") {
		ex.qual = qualNone
		ex.s = jq
	}
	if !ex.a.vague {
		k = readRange(c, k, ex)
	}
	if (qual == qualBetween || qual == qualFrom) && !ex.isRng {
		ex.qual = qualNone
		ex.s = jq
	}
	if ex.isRng {
		k = ex.b.end
	}
	// Suffixes: "+", "-plus", "or more", "or so", "-odd".
	k = readSuffix(c, k, ex)
	if cur != "" {
		ex.kind, ex.unit = claims.KindMoney, cur
		// "$5bn", "$5m"
		if k < len(c.toks) && c.toks[k].Kind == token.Word && !c.toks[k].Is(token.Space) {
			switch t := &c.toks[k]; {
			case c.is(t, "bn"), c.is(t, "b"):
				ex.scale(1e9)
				k++
			case c.is(t, "m"), c.is(t, "mn"):
				ex.scale(1e6)
				k++
			case c.is(t, "k"):
				ex.scale(1e3)
				k++
			}
		}
	}
	if u, k2, ok := readUnit(c, k, ex); ok {
		if !haveUnitA || u == unitA {
			unitA, haveUnitA = u, true
			k = readHalf(c, k2, &ex.a)
		}
	}
	if haveUnitA && cur == "" {
		ex.kind, ex.unit = unitA.kind, unitA.unit
	}
	if ex.strong {
		ex.kind, ex.unit = claims.KindCount, ""
	}
	ex.e = k
	ex.skip = notQuantity(c, ex, cur != "")
	return true
}

// scale multiplies the numbers of ex by f.
func (ex *expr) scale(f float64) {
	ex.a.val *= f
	ex.b.val *= f
}

// readHalf reads "and a half" after a number or unit.
func readHalf(c *clause, k int, n *number) int {
	if c.word(k, "and") && c.word(k+1, "a") && c.word(k+2, "half") && !n.vague {
		n.val += 0.5
		n.one = false
		return k + 3
	}
	return k
}

// readUnitLed reads "a mile and a half", "half an hour", "half a mile".
func readUnitLed(c *clause, j int) (number, measure, bool) {
	if j+1 >= len(c.toks) {
		return number{}, measure{}, false
	}
	if t := &c.toks[j]; c.is(t, "a") || c.is(t, "an") {
		e := c.info(&c.toks[j+1])
		u, ok := e.unit, e.isUnit
		if ok && c.word(j+2, "and") && c.word(j+3, "a") && c.word(j+4, "half") {
			return number{val: 1.5, end: j + 5, word: true}, u, true
		}
		return number{}, measure{}, false
	}
	if c.is(&c.toks[j], "half") && j+2 < len(c.toks) && (c.is(&c.toks[j+1], "a") || c.is(&c.toks[j+1], "an")) {
		if e := c.info(&c.toks[j+2]); e.isUnit {
			u := e.unit
			return number{val: 0.5, end: j + 3, word: true}, u, true
		}
	}
	return number{}, measure{}, false
}

// readUnit reads a unit at c.toks[k]: "%", "percent", "per cent", "80km",
// "24-hour", "-year-old", "-strong", "kilometers", "square kilometres".
func readUnit(c *clause, k int, ex *expr) (measure, int, bool) {
	if k >= len(c.toks) {
		return measure{}, k, false
	}
	t := &c.toks[k]
	if t.Kind == token.Mark && c.is(t, "%") {
		return measure{claims.KindPercent, "percent"}, k + 1, true
	}
	if t.Kind == token.Mark && c.is(t, "-") && !t.Is(token.Space) && k+1 < len(c.toks) && c.toks[k+1].Kind == token.Word && !c.toks[k+1].Is(token.Space) {
		w := &c.toks[k+1]
		switch {
		case c.is(w, "strong"):
			ex.strong = true
			return measure{claims.KindCount, ""}, k + 2, true
		case (c.is(w, "men") || c.is(w, "man")) && c.word(k+2, "strong"):
			ex.strong = true
			return measure{claims.KindCount, ""}, k + 3, true
		case (c.is(w, "year") || c.is(w, "month") || c.is(w, "week") || c.is(w, "day")) && c.punct(k+2, "-") && c.word(k+3, "old"):
			return measure{claims.KindOther, "years of age"}, k + 4, true
		}
		if e := c.info(&c.toks[k+1]); e.isUnit {
			return e.unit, k + 2, true
		}
		return measure{}, k, false
	}
	if t.Kind != token.Word {
		return measure{}, k, false
	}
	if !t.Is(token.Space) {
		if e := c.info(t); e.isAttached {
			return e.attached, k + 1, true
		}
		return measure{}, k, false
	}
	switch {
	case c.is(t, "per"):
		if c.word(k+1, "cent") {
			return measure{claims.KindPercent, "percent"}, k + 2, true
		}
	case c.is(t, "percentage"):
		if c.word(k+1, "points") {
			return measure{claims.KindPercent, "percentage points"}, k + 2, true
		}
	case c.is(t, "square"), c.is(t, "sq"):
		if k+1 < len(c.toks) {
			if e := c.info(&c.toks[k+1]); e.isUnit && e.unit.kind == claims.KindDistance {
				u := e.unit
				return measure{claims.KindOther, u.unit + "2"}, k + 2, true
			}
		}
	case c.is(t, "nautical"):
		if c.word(k+1, "miles") || c.word(k+1, "mile") {
			return measure{claims.KindDistance, "nmi"}, k + 2, true
		}
	case c.is(t, "men"):
		if c.word(k+1, "strong") {
			ex.strong = true
			return measure{claims.KindCount, ""}, k + 2, true
		}
	case c.is(t, "us"), c.is(t, "syrian"), c.is(t, "turkish"), c.is(t, "lebanese"):
		if k+1 < len(c.toks) {
			if e := c.info(&c.toks[k+1]); e.isUnit && e.unit.kind == claims.KindMoney {
				u := e.unit
				if c.is(t, "us") {
					return measure{claims.KindMoney, "USD"}, k + 2, true
				}
				// The text is one of the three words: lower-casing its
				// ASCII letters gives it.
				return measure{claims.KindMoney, strings.ToLower(c.textOf(t)) + " " + u.unit}, k + 2, true
			}
		}
	}
	e := c.info(t)
	if !e.isUnit {
		return measure{}, k, false
	}
	u := e.unit
	if u.kind == claims.KindDuration && u.unit == "years" {
		if c.word(k+1, "old") {
			return measure{claims.KindOther, "years of age"}, k + 2, true
		}
		if c.word(k+1, "of") && c.word(k+2, "age") {
			return measure{claims.KindOther, "years of age"}, k + 3, true
		}
	}
	return u, k + 1, true
}

// readRange reads the second end of a range after the first number:
// "–6,991", "to 10", "or three", "and 98%" (after "between").
func readRange(c *clause, k int, ex *expr) int {
	if k >= len(c.toks) {
		return k
	}
	t := &c.toks[k]
	isDash := isDashAt(c, k)
	ok := false
	switch {
	case ex.qual == qualBetween:
		ok = t.Kind == token.Word && c.is(t, "and") || isDash
	case ex.qual == qualFrom:
		ok = t.Kind == token.Word && c.is(t, "to") || isDash
	default:
		ok = isDash || t.Kind == token.Word && (c.is(t, "to") || c.is(t, "or"))
	}
	if !ok {
		return k
	}
	j := k + 1
	if _, j2 := matchCurrency(c, j); j2 > j {
		j = j2
	}
	b, found := readNumber(c, j)
	if !found || b.vague || b.one && c.is(t, "to") {
		return k
	}
	if isDash && c.is(t, "-") && (t.Is(token.Space) != c.toks[j].Is(token.Space)) {
		// "5 -10": not a dash between two ends.
		return k
	}
	a := ex.a
	if b.scale > 0 && a.scale == 0 && a.val*b.scale <= b.val {
		a.val *= b.scale
	}
	if b.val < a.val {
		if yearLike(a) && b.plain && b.digits <= 2 && !b.word {
			// "2013–14": a span of years; notQuantity drops it.
			ex.b, ex.isRng = b, true
			return b.end
		}
		return k
	}
	if ex.qual == qualFrom && ex.s > 0 && c.toks[ex.s-1].Kind == token.Word && c.info(&c.toks[ex.s-1]).ctx&ctxChangeVerb != 0 {
		return k
	}
	ex.a = a
	ex.b = b
	ex.isRng = true
	return b.end
}

// isDashAt reports a hyphen or dash at c.toks[k].
func isDashAt(c *clause, k int) bool {
	if k < 0 || k >= len(c.toks) || c.toks[k].Kind != token.Mark {
		return false
	}
	switch c.textOf(&c.toks[k]) {
	case "-", "–", "—", "‒", "−":
		return true
	}
	return false
}

// readSuffix reads a qualifier after the number.
func readSuffix(c *clause, k int, ex *expr) int {
	if k >= len(c.toks) || ex.a.vague {
		return k
	}
	t := &c.toks[k]
	switch {
	case t.Kind == token.Mark && c.is(t, "+") && !t.Is(token.Space):
		ex.plus = true
		return k + 1
	case t.Kind == token.Mark && c.is(t, "-") && !t.Is(token.Space) && c.word(k+1, "plus") && !c.toks[k+1].Is(token.Space):
		ex.plus = true
		return k + 2
	case t.Kind == token.Mark && c.is(t, "-") && !t.Is(token.Space) && c.word(k+1, "odd") && !c.toks[k+1].Is(token.Space):
		if ex.qual == qualNone {
			ex.qual = qualApprox
		}
		return k + 2
	case t.Kind == token.Word && c.is(t, "plus") && !numberAt(c, k+1):
		ex.plus = true
		return k + 1
	case t.Kind == token.Word && (c.is(t, "or") || c.is(t, "and")) && k+1 < len(c.toks):
		switch n := &c.toks[k+1]; {
		case c.is(n, "more"), c.is(n, "above"), c.is(n, "over"):
			if !numberAt(c, k+2) {
				ex.plus = true
				return k + 2
			}
		case c.is(n, "so"):
			if c.is(t, "or") && ex.qual == qualNone {
				ex.qual = qualApprox
				return k + 2
			}
		case c.is(n, "fewer"), c.is(n, "less"), c.is(n, "under"), c.is(n, "below"):
			if c.is(t, "or") && !numberAt(c, k+2) && ex.qual == qualNone {
				ex.qual = qualUpTo
				return k + 2
			}
		}
	}
	return k
}

// numberAt reports whether a number starts at c.toks[i].
func numberAt(c *clause, i int) bool {
	_, ok := readNumber(c, i)
	return ok
}

// yearLike reports a plain four-digit number that could be a year.
func yearLike(n number) bool {
	return n.plain && n.digits == 4 && n.val >= 1000 && n.val <= 2100 && !n.word
}

// notQuantity reports an expression that is a date, a year, a time, a
// designation or a relative date.
func notQuantity(c *clause, ex *expr, money bool) bool {
	s, e := ex.s, ex.e
	numS := numberStart(c, ex)
	a := ex.a
	small := func(n number) bool { return n.plain && !n.word && n.val >= 1 && n.val <= 31 }
	// Days of a month: "5 July", "15 and 17 January", "July 16", "the 5 of July".
	if e < len(c.toks) && ex.kind == claims.KindCount && small(a) && (!ex.isRng || small(ex.b)) {
		if isMonthAt(c, e) || c.word(e, "of") && isMonthAt(c, e+1) {
			return true
		}
	}
	if numS > 0 && isMonthAt(c, numS-1) && small(a) && ex.qual == qualNone && !(numS > 1 && c.toks[numS-2].Kind == token.Number) {
		return true
	}
	// Times: "21:00", "11:30 AM", "9 pm".
	if a.end < len(c.toks) && !a.word {
		t := &c.toks[a.end]
		if t.Kind == token.Mark && (c.is(t, ":") || c.is(t, ".")) && !t.Is(token.Space) && a.end+1 < len(c.toks) && c.toks[a.end+1].Kind == token.Number && !c.toks[a.end+1].Is(token.Space) {
			ex.e = max(ex.e, a.end+2)
			return true
		}
	}
	if isClockWord(c, e) || isClockWord(c, a.end) {
		return true
	}
	// Letters against the digits: "46th", "13base", "16px", "1990s".
	if e < len(c.toks) && c.toks[e].Kind == token.Word && !c.toks[e].Is(token.Space) && !money {
		return true
	}
	if !a.word && !money && a.end < len(c.toks) && c.toks[a.end].Kind == token.Word && !c.toks[a.end].Is(token.Space) {
		if !c.info(&c.toks[a.end]).isAttached {
			return true
		}
	}
	// Designations: "F-16", "MiG-23", "Casualties3", "1/2".
	if s > 0 {
		p := &c.toks[s-1]
		if !c.toks[s].Is(token.Space) && (p.Kind == token.Word || p.Kind == token.Number) && !(c.toks[s].Kind == token.Mark) {
			return true
		}
		if !c.toks[s].Is(token.Space) && p.Kind == token.Mark && (c.is(p, "-") || c.is(p, "/") || c.is(p, "#") || c.is(p, ".") || c.is(p, "_")) &&
			s > 1 && !p.Is(token.Space) && (c.toks[s-2].Kind == token.Word || c.toks[s-2].Kind == token.Number) {
			return true
		}
		if !c.toks[s].Is(token.Space) && p.Kind == token.Mark && (c.is(p, "#") || c.is(p, "№")) {
			return true
		}
	}
	// "three-pronged", "one-sided": a number inside an adjective.
	if e+1 < len(c.toks) && !c.toks[e].Is(token.Space) && c.toks[e].Kind == token.Mark && c.is(&c.toks[e], "-") && c.toks[e+1].Kind == token.Word && !c.toks[e+1].Is(token.Space) {
		return true
	}
	if e < len(c.toks) && !c.toks[e].Is(token.Space) && c.toks[e].Kind == token.Mark && (c.is(&c.toks[e], "/") || c.is(&c.toks[e], "-") && e+1 < len(c.toks) && c.toks[e+1].Kind == token.Number && !c.toks[e+1].Is(token.Space)) {
		return true
	}
	// Fractions: "two thirds of the fighters".
	if e < len(c.toks) && c.toks[e].Kind == token.Word && c.info(&c.toks[e]).ctx&ctxFraction != 0 && ex.kind == claims.KindCount && !a.vague {
		return true
	}
	// Number words in names: "the Group of Seven", "the Five Eyes", "Camp
	// Ten". A number word written with a capital after another word is
	// part of a name, unless the clause is a title-case headline.
	if numS == s && a.word && s < len(c.toks) && c.toks[s].Is(token.Cap) && c.info(&c.toks[s]).isNum && s > 0 {
		p := &c.toks[s-1]
		quoted := p.Kind == token.Mark && (c.is(p, "\"") || c.is(p, "“") || c.is(p, "'") || c.is(p, "‘")) && a.end < len(c.toks) && c.toks[a.end].Is(token.Cap)
		if (p.Kind == token.Word || quoted) && !titleCase(c) {
			return true
		}
	}
	// "Division 17", "Brigade 93", "No. 5".
	if ex.qual == qualNone && !money && a.plain && !ex.isRng && !ex.plus && s > 0 {
		p := s - 1
		if c.toks[p].Kind == token.Mark && c.is(&c.toks[p], ".") && p > 0 {
			p--
		}
		if c.toks[p].Kind == token.Word && c.toks[p].Is(token.Cap) && c.info(&c.toks[p]).ctx&ctxDesignator != 0 {
			return true
		}
		if c.toks[p].Kind == token.Mark && (c.is(&c.toks[p], "\"") || c.is(&c.toks[p], "“")) && p > 0 && c.toks[p-1].Kind == token.Word && c.toks[p-1].Is(token.Cap) && c.info(&c.toks[p-1]).ctx&ctxDesignator != 0 {
			return true
		}
	}
	// Years: "In 2014", "2013–14", "(2014–2017)".
	if yearLike(a) && !money && ex.kind == claims.KindCount && (!ex.isRng || yearLike(ex.b) || ex.b.digits <= 2) {
		countable := ex.plus || (ex.qual != qualNone && ex.qual != qualBetween && ex.qual != qualFrom)
		if !countable && e < len(c.toks) && c.toks[e].Kind == token.Word {
			w := c.info(&c.toks[e])
			countable = w.ctx&(ctxCountNoun|ctxCombatant) != 0 || w.cat != ""
		}
		if !countable && s > 0 && c.toks[s-1].Kind == token.Word && c.info(&c.toks[s-1]).cat != "" {
			countable = true
		}
		if !countable {
			return true
		}
	}
	// Relative dates: "two days later", "within the past three years".
	if ex.kind == claims.KindDuration {
		held := s > 0 && c.toks[s-1].Kind == token.Word && (c.is(&c.toks[s-1], "for") || c.is(&c.toks[s-1], "lasted") || c.is(&c.toks[s-1], "within"))
		if e < len(c.toks) && c.toks[e].Kind == token.Word && c.info(&c.toks[e]).ctx&ctxRelativeAfter != 0 && !held {
			return true
		}
		if s > 0 && c.toks[s-1].Kind == token.Word && c.info(&c.toks[s-1]).ctx&ctxRelativeBefore != 0 {
			return true
		}
	}
	return false
}

// titleCase reports a clause written in title case, as headlines are:
// every word but a short function word (titleLower, or a possessive "'s")
// starts with a capital.
func titleCase(c *clause) bool {
	for i := range c.toks {
		if t := &c.toks[i]; t.Kind == token.Word && !t.Is(token.Cap) && !t.Is(token.Possessive) && c.info(t).ctx&ctxTitleLower == 0 {
			return false
		}
	}
	return true
}

// numberStart returns the token where the first number of ex begins,
// after any qualifier or currency sign.
func numberStart(c *clause, ex *expr) int {
	i := ex.s
	if _, j := matchQualifier(c, i); j > i && ex.qual != qualNone {
		i = j
	}
	if _, j := matchCurrency(c, i); j > i {
		i = j
	}
	return i
}

// isMonthAt reports a capitalised month name at c.toks[i].
func isMonthAt(c *clause, i int) bool {
	return i >= 0 && i < len(c.toks) && c.toks[i].Kind == token.Word && c.toks[i].Is(token.Cap) && c.info(&c.toks[i]).ctx&ctxMonth != 0
}

// isClockWord reports "am", "pm", "a.m.", "p.m.", "GMT", "UTC", "o'clock"
// at c.toks[i].
func isClockWord(c *clause, i int) bool {
	if i >= len(c.toks) || c.toks[i].Kind != token.Word {
		return false
	}
	switch t := &c.toks[i]; {
	case c.is(t, "am"), c.is(t, "pm"):
		// "am" is also a verb; after a number it is a time.
		return true
	case c.is(t, "gmt"), c.is(t, "utc"), c.is(t, "o'clock"), c.is(t, "hrs"):
		return true
	case c.is(t, "local"):
		return c.word(i+1, "time")
	case c.is(t, "a"), c.is(t, "p"):
		return c.punct(i+1, ".") && c.word(i+2, "m") && !c.toks[i+1].Is(token.Space)
	}
	return false
}

// interval turns an expression into bounds and a qualifier.
func (ex *expr) interval() (lo, hi *float64, loEx, hiEx bool, q claims.Qualifier) {
	// Both bounds in one allocation.
	var pair *[2]float64
	n := 0
	f := func(v float64) *float64 {
		if pair == nil {
			pair = new([2]float64)
		}
		pair[n] = v
		n++
		return &pair[n-1]
	}
	a := ex.a
	if a.vague {
		q = claims.QualVague
		lo, hi = f(a.lo), f(a.hi)
		switch ex.qual {
		case qualAtLeast, qualMoreThan:
			hi = nil
		case qualUpTo, qualLessThan:
			lo = nil
		}
		return
	}
	low, high := a.val, a.val
	if ex.isRng {
		high = ex.b.val
	}
	switch {
	case ex.plus:
		return f(low), nil, false, false, claims.QualAtLeast
	case ex.qual == qualAtLeast:
		return f(low), nil, false, false, claims.QualAtLeast
	case ex.qual == qualMoreThan:
		return f(low), nil, true, false, claims.QualMoreThan
	case ex.qual == qualUpTo:
		return nil, f(high), false, false, claims.QualUpTo
	case ex.qual == qualLessThan:
		return nil, f(high), false, true, claims.QualLessThan
	case ex.qual == qualNearly:
		return f(bracketDown(low)), f(high), false, false, claims.QualApprox
	case ex.qual == qualApprox || a.approx && !ex.isRng:
		return f(bracketDown(low)), f(bracketUp(high)), false, false, claims.QualApprox
	case ex.isRng:
		return f(low), f(high), false, false, claims.QualRange
	}
	return f(low), f(high), false, false, claims.QualExact
}

// bracketDown and bracketUp widen an approximate number by 10%, rounded
// outwards to whole numbers (to hundredths for fractions).
func bracketDown(v float64) float64 {
	if v == math.Trunc(v) {
		return math.Floor(round6(v * 0.9))
	}
	return math.Floor(round6(v*0.9*100)) / 100
}

func bracketUp(v float64) float64 {
	if v == math.Trunc(v) {
		return math.Ceil(round6(v * 1.1))
	}
	return math.Ceil(round6(v*1.1*100)) / 100
}

// round6 rounds away floating-point noise (3000*1.1 = 3300.0000000000005).
func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// appendExprs turns the kept expressions into claims.Quantity values
// with absolute spans and appends them to out.
func appendExprs(out []claims.Quantity, exprs []expr, c *clause, orig string, base int) []claims.Quantity {
	var idxBuf [16]int
	idx := idxBuf[:0]
	if len(exprs) <= len(idxBuf) {
		idx = idxBuf[:len(exprs)]
	} else {
		idx = make([]int, len(exprs))
	}
	n := 0
	for i := range exprs {
		idx[i] = -1
		if !exprs[i].drop {
			idx[i] = n
			n++
		}
	}
	if n == 0 {
		return out
	}
	out = slices.Grow(out, n)
	for i := range exprs {
		ex := &exprs[i]
		if ex.drop {
			continue
		}
		lo, hi, loEx, hiEx, q := ex.interval()
		s, e := c.toks[ex.s].Start, c.toks[ex.e-1].End
		qt := claims.Quantity{
			Low: lo, High: hi, LowExclusive: loEx, HighExclusive: hiEx,
			Qualifier: q, Kind: ex.kind, Unit: ex.unit,
			Span:   claims.Span{Offset: base + s, Length: e - s, Text: orig[s:e]},
			PartOf: -1,
		}
		if ex.kind == claims.KindCount {
			qt.Subject = ex.subject
			qt.Category = ex.cat
			if ex.parent >= 0 {
				qt.PartOf = idx[ex.parent]
			}
		}
		out = append(out, qt)
	}
	return out
}

// joinText returns the original text of c.toks[i:j] joined by single
// spaces, words joined by a hyphen or apostrophe kept together.
func joinText(c *clause, orig string, i, j int) string {
	if i >= j {
		return ""
	}
	// Most phrases are written that way: the text itself, uncopied.
	same := true
	for k := i + 1; k < j && same; k++ {
		gap := orig[c.toks[k-1].End:c.toks[k].Start]
		same = c.toks[k].Is(token.Space) && gap == " " || !c.toks[k].Is(token.Space) && gap == ""
	}
	if same {
		return orig[c.toks[i].Start:c.toks[j-1].End]
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && c.toks[k].Is(token.Space) {
			b.WriteByte(' ')
		}
		b.WriteString(orig[c.toks[k].Start:c.toks[k].End])
	}
	return b.String()
}
