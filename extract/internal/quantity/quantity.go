package quantity

import (
	"math"
	"slices"
	"strings"
	"sync"

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

// findQuantities returns the numbers in u's clause [start,end), in text
// order, or nil when there are none.
func findQuantities(u *article.Unit, start, end int) []claims.Quantity {
	out := Append(nil, u, start, end)
	if len(out) == 0 {
		return nil
	}
	return out
}

// Append appends the numbers of u's clause [start,end) (see
// findQuantities) to dst. PartOf indexes are relative to the clause's
// first quantity.
func Append(dst []claims.Quantity, u *article.Unit, start, end int) []claims.Quantity {
	if u == nil || start < u.Offset || end > u.Offset+len(u.Masked) || start >= end {
		return dst
	}
	masked := u.ClauseText(start, end)
	if !mayHaveQuantity(masked) {
		return dst
	}
	orig := u.Text[start-u.Offset : end-u.Offset]
	sc := scratchPool.Get().(*scratch)
	toks, lower := tokenize(masked, sc.toks, sc.lower)
	exprs := scanExprs(toks, sc.exprs[:0])
	out := dst
	if len(exprs) > 0 {
		readContext(u, toks, orig, exprs)
		out = appendExprs(dst, exprs, toks, orig, start)
	}
	clear(exprs) // drop the strings they hold
	sc.toks, sc.exprs, sc.lower = toks[:0], exprs[:0], lower[:0]
	scratchPool.Put(sc)
	return out
}

// numberLike are the words without which a clause with no digit has no
// quantity: every expression parseExpr accepts reads a number
// (readNumber: digits, a number, scale or vague word, "several", "a few",
// "a couple", "a handful", "a dozen", "tens of thousands") or a unit led by
// "half" (readUnitLed). buildNumberLike adds the word lists to it.
var numberLike = map[string]bool{
	"tens": true, "hundreds": true, "several": true, "few": true, "couple": true,
	"handful": true, "dozen": true, "half": true,
}

// numberLikeLex marks the entries of the quantity lexicon (wordInfos)
// that are in numberLike; numberLikeOther holds the words of
// numberLike the lexicon does not have.
var (
	numberLikeLex   []bool
	numberLikeOther []string
	// numberLikeLen has, for each first letter, bit n set when a word of
	// numberLike of n letters starts with it.
	numberLikeLen [26]uint64
)

// buildNumberLike completes numberLike and indexes it by the quantity
// lexicon, which must be built.
func buildNumberLike() {
	for w := range numberWords {
		numberLike[w] = true
	}
	for w := range numberScales {
		numberLike[w] = true
	}
	for w := range vagueWords {
		numberLike[w] = true
	}
	numberLikeLex = make([]bool, len(wordInfos))
	for w := range numberLike {
		numberLikeLen[w[0]-'a'] |= 1 << len(w)
		if idx := lexLookup(w); idx != 0 {
			numberLikeLex[idx] = true
		} else {
			numberLikeOther = append(numberLikeOther, w)
		}
	}
	slices.Sort(numberLikeOther)
}

// mayHaveQuantity reports whether the clause text s may hold a quantity:
// whether it has an ASCII digit or a word of numberLike. A word the
// quantity tokeniser reads is a run of letters; one in numberLike is
// ASCII, so it is also a run of ASCII letters here, looked up as the
// tokeniser looks it up.
func mayHaveQuantity(s string) bool {
	if token.HasDigit(s) {
		return true
	}
	var buf [24]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if !token.IsLetter(c) {
			i++
			continue
		}
		j := token.LetterRunEnd(s, i)
		n := j - i
		if n >= 64 || numberLikeLen[(c|0x20)-'a']&(1<<n) == 0 || n > len(buf) {
			i = j
			continue
		}
		h := lexHashBasis
		for k := 0; k < n; k++ {
			c := s[i+k] | 0x20 // the lower case of a letter
			buf[k] = c
			h = (h ^ uint32(c)) * lexHashPrime
		}
		i = j
		idx := lexFindBytes(h, buf[:n])
		if int(idx) < len(numberLikeLex) && numberLikeLex[idx] {
			return true
		}
		if idx == 0 {
			for _, w := range numberLikeOther {
				if string(buf[:n]) == w {
					return true
				}
			}
		}
	}
	return false
}

// scratch is the token and expression slices of one clause, recycled
// between clauses by scratchPool.
type scratch struct {
	toks  []tok
	exprs []expr
	lower []byte
}

var scratchPool = sync.Pool{New: func() any { return &scratch{toks: make([]tok, 0, 128)} }}

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
func scanExprs(toks []tok, out []expr) []expr {
	for i := 0; i < len(toks); {
		if !mayStart(&toks[i]) {
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
		if !parseExpr(toks, i, ex) {
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

// starters are the words a quantity expression can start with.
var starters = map[string]bool{
	"a": true, "an": true, "half": true, "tens": true, "us": true, "c": true,
	"several": true, "few": true,
}

// qualByFirst indexes qualifiers by their first word.
var qualByFirst = map[string][]qualPhrase{}

func init() {
	for _, p := range qualifiers {
		qualByFirst[p.words[0]] = append(qualByFirst[p.words[0]], p)
		starters[p.words[0]] = true
	}
	for w := range numberWords {
		starters[w] = true
	}
	for w := range vagueWords {
		starters[w] = true
	}
	buildLexicon()
	buildNumberLike()
}

// mayStart is a quick test of whether an expression can start at t.
func mayStart(t *tok) bool {
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		_, ok := currencyOf(t.low)
		return ok
	}
	return wordInfos[t.lex].start
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

// matchQualifier reads a qualifier phrase at toks[i].
func matchQualifier(toks []tok, i int) (qualifier, int) {
	if i >= len(toks) || toks[i].kind != tWord {
		return qualNone, i
	}
next:
	for _, p := range wordInfos[toks[i].lex].quals {
		if i+len(p.words) > len(toks) {
			continue
		}
		for k, w := range p.words[1:] {
			if toks[i+1+k].low != w {
				continue next
			}
		}
		return p.q, i + len(p.words)
	}
	return qualNone, i
}

// matchCurrency reads a currency sign at toks[i] ("$", "US$", "€").
func matchCurrency(toks []tok, i int) (string, int) {
	if i < len(toks) && toks[i].kind == tWord && (toks[i].low == "us" || toks[i].low == "a" && toks[i].upper || toks[i].low == "c" && toks[i].upper) &&
		i+1 < len(toks) && toks[i+1].low == "$" && !toks[i+1].sp {
		return "USD", i + 2
	}
	if i < len(toks) && toks[i].kind == tPunct {
		if c, ok := currencyOf(toks[i].low); ok {
			return c, i + 1
		}
	}
	return "", i
}

// parseExpr reads one quantity expression starting at toks[i] into
// *ex, and reports whether there is one; when there is none, *ex is left
// as it was.
func parseExpr(toks []tok, i int, ex *expr) bool {
	qual, j := matchQualifier(toks, i)
	if qual == qualFrom || qual == qualBetween {
		// A range opener: only with a number right after it.
		if _, ok := readNumber(toks, j); !ok {
			if _, j2 := matchCurrency(toks, j); j2 == j {
				return false
			}
		}
	}
	jq := j
	cur, j := matchCurrency(toks, jq)
	a, ok := readNumber(toks, j)
	var unitA measure
	haveUnitA := false
	if !ok {
		// "a mile and a half", "half an hour"
		a, unitA, ok = readUnitLed(toks, j)
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
	k = readHalf(toks, k, &ex.a)
	if !haveUnitA {
		if u, k2, ok := readUnit(toks, k, ex); ok && !ex.a.vague {
			unitA, haveUnitA = u, true
			k = readHalf(toks, k2, &ex.a)
		}
	}
	// Ranges. "between" needs "and" or a dash, "from" needs "to";
	// otherwise the word is not part of the quantity.
	if qual == qualBetween && !(wordIs(toks, k, "and") || isDashAt(toks, k)) || qual == qualFrom && !wordIs(toks, k, "to") {
		ex.qual = qualNone
		ex.s = jq
	}
	if !ex.a.vague {
		k = readRange(toks, k, ex)
	}
	if (qual == qualBetween || qual == qualFrom) && !ex.isRng {
		ex.qual = qualNone
		ex.s = jq
	}
	if ex.isRng {
		k = ex.b.end
	}
	// Suffixes: "+", "-plus", "or more", "or so", "-odd".
	k = readSuffix(toks, k, ex)
	if cur != "" {
		ex.kind, ex.unit = claims.KindMoney, cur
		// "$5bn", "$5m"
		if k < len(toks) && toks[k].kind == tWord && !toks[k].sp {
			switch toks[k].low {
			case "bn", "b":
				ex.scale(1e9)
				k++
			case "m", "mn":
				ex.scale(1e6)
				k++
			case "k":
				ex.scale(1e3)
				k++
			}
		}
	}
	if u, k2, ok := readUnit(toks, k, ex); ok {
		if !haveUnitA || u == unitA {
			unitA, haveUnitA = u, true
			k = readHalf(toks, k2, &ex.a)
		}
	}
	if haveUnitA && cur == "" {
		ex.kind, ex.unit = unitA.kind, unitA.unit
	}
	if ex.strong {
		ex.kind, ex.unit = claims.KindCount, ""
	}
	ex.e = k
	ex.skip = notQuantity(toks, ex, cur != "")
	return true
}

// scale multiplies the numbers of ex by f.
func (ex *expr) scale(f float64) {
	ex.a.val *= f
	ex.b.val *= f
}

// readHalf reads "and a half" after a number or unit.
func readHalf(toks []tok, k int, n *number) int {
	if wordIs(toks, k, "and") && wordIs(toks, k+1, "a") && wordIs(toks, k+2, "half") && !n.vague {
		n.val += 0.5
		n.one = false
		return k + 3
	}
	return k
}

// readUnitLed reads "a mile and a half", "half an hour", "half a mile".
func readUnitLed(toks []tok, j int) (number, measure, bool) {
	if j+1 >= len(toks) {
		return number{}, measure{}, false
	}
	w := toks[j].low
	if w == "a" || w == "an" {
		e := toks[j+1].info()
		u, ok := e.unit, e.isUnit
		if ok && wordIs(toks, j+2, "and") && wordIs(toks, j+3, "a") && wordIs(toks, j+4, "half") {
			return number{val: 1.5, end: j + 5, word: true}, u, true
		}
		return number{}, measure{}, false
	}
	if w == "half" && j+2 < len(toks) && (toks[j+1].low == "a" || toks[j+1].low == "an") {
		if e := toks[j+2].info(); e.isUnit {
			u := e.unit
			return number{val: 0.5, end: j + 3, word: true}, u, true
		}
	}
	return number{}, measure{}, false
}

// readUnit reads a unit at toks[k]: "%", "percent", "per cent", "80km",
// "24-hour", "-year-old", "-strong", "kilometers", "square kilometres".
func readUnit(toks []tok, k int, ex *expr) (measure, int, bool) {
	if k >= len(toks) {
		return measure{}, k, false
	}
	t := toks[k]
	if t.kind == tPunct && t.low == "%" {
		return measure{claims.KindPercent, "percent"}, k + 1, true
	}
	if t.kind == tPunct && t.low == "-" && !t.sp && k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].sp {
		w := toks[k+1].low
		switch {
		case w == "strong":
			ex.strong = true
			return measure{claims.KindCount, ""}, k + 2, true
		case (w == "men" || w == "man") && wordIs(toks, k+2, "strong"):
			ex.strong = true
			return measure{claims.KindCount, ""}, k + 3, true
		case (w == "year" || w == "month" || w == "week" || w == "day") && punctIs(toks, k+2, "-") && wordIs(toks, k+3, "old"):
			return measure{claims.KindOther, "years of age"}, k + 4, true
		}
		if e := toks[k+1].info(); e.isUnit {
			return e.unit, k + 2, true
		}
		return measure{}, k, false
	}
	if t.kind != tWord {
		return measure{}, k, false
	}
	if !t.sp {
		if u, ok := attachedUnits[t.low]; ok {
			return u, k + 1, true
		}
		return measure{}, k, false
	}
	switch t.low {
	case "per":
		if wordIs(toks, k+1, "cent") {
			return measure{claims.KindPercent, "percent"}, k + 2, true
		}
	case "percentage":
		if wordIs(toks, k+1, "points") {
			return measure{claims.KindPercent, "percentage points"}, k + 2, true
		}
	case "square", "sq":
		if k+1 < len(toks) {
			if e := toks[k+1].info(); e.isUnit && e.unit.kind == claims.KindDistance {
				u := e.unit
				return measure{claims.KindOther, u.unit + "2"}, k + 2, true
			}
		}
	case "nautical":
		if wordIs(toks, k+1, "miles") || wordIs(toks, k+1, "mile") {
			return measure{claims.KindDistance, "nmi"}, k + 2, true
		}
	case "men":
		if wordIs(toks, k+1, "strong") {
			ex.strong = true
			return measure{claims.KindCount, ""}, k + 2, true
		}
	case "us", "syrian", "turkish", "lebanese":
		if k+1 < len(toks) {
			if e := toks[k+1].info(); e.isUnit && e.unit.kind == claims.KindMoney {
				u := e.unit
				if t.low == "us" {
					return measure{claims.KindMoney, "USD"}, k + 2, true
				}
				return measure{claims.KindMoney, t.low + " " + u.unit}, k + 2, true
			}
		}
	}
	e := t.info()
	if !e.isUnit {
		return measure{}, k, false
	}
	u := e.unit
	if u.kind == claims.KindDuration && u.unit == "years" {
		if wordIs(toks, k+1, "old") {
			return measure{claims.KindOther, "years of age"}, k + 2, true
		}
		if wordIs(toks, k+1, "of") && wordIs(toks, k+2, "age") {
			return measure{claims.KindOther, "years of age"}, k + 3, true
		}
	}
	return u, k + 1, true
}

// readRange reads the second end of a range after the first number:
// "–6,991", "to 10", "or three", "and 98%" (after "between").
func readRange(toks []tok, k int, ex *expr) int {
	if k >= len(toks) {
		return k
	}
	t := toks[k]
	isDash := isDashAt(toks, k)
	ok := false
	switch {
	case ex.qual == qualBetween:
		ok = t.kind == tWord && t.low == "and" || isDash
	case ex.qual == qualFrom:
		ok = t.kind == tWord && t.low == "to" || isDash
	default:
		ok = isDash || t.kind == tWord && (t.low == "to" || t.low == "or")
	}
	if !ok {
		return k
	}
	j := k + 1
	if _, j2 := matchCurrency(toks, j); j2 > j {
		j = j2
	}
	b, found := readNumber(toks, j)
	if !found || b.vague || b.one && t.low == "to" {
		return k
	}
	if isDash && t.low == "-" && (t.sp != toks[j].sp) {
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
	if ex.qual == qualFrom && ex.s > 0 && toks[ex.s-1].kind == tWord && changeVerbs[toks[ex.s-1].low] {
		return k
	}
	ex.a = a
	ex.b = b
	ex.isRng = true
	return b.end
}

// isDashAt reports a hyphen or dash at toks[k].
func isDashAt(toks []tok, k int) bool {
	if k < 0 || k >= len(toks) || toks[k].kind != tPunct {
		return false
	}
	switch toks[k].low {
	case "-", "–", "—", "‒", "−":
		return true
	}
	return false
}

// readSuffix reads a qualifier after the number.
func readSuffix(toks []tok, k int, ex *expr) int {
	if k >= len(toks) || ex.a.vague {
		return k
	}
	t := toks[k]
	switch {
	case t.kind == tPunct && t.low == "+" && !t.sp:
		ex.plus = true
		return k + 1
	case t.kind == tPunct && t.low == "-" && !t.sp && wordIs(toks, k+1, "plus") && !toks[k+1].sp:
		ex.plus = true
		return k + 2
	case t.kind == tPunct && t.low == "-" && !t.sp && wordIs(toks, k+1, "odd") && !toks[k+1].sp:
		if ex.qual == qualNone {
			ex.qual = qualApprox
		}
		return k + 2
	case t.kind == tWord && t.low == "plus" && !numberAt(toks, k+1):
		ex.plus = true
		return k + 1
	case t.kind == tWord && (t.low == "or" || t.low == "and") && k+1 < len(toks):
		switch toks[k+1].low {
		case "more", "above", "over":
			if !numberAt(toks, k+2) {
				ex.plus = true
				return k + 2
			}
		case "so":
			if t.low == "or" && ex.qual == qualNone {
				ex.qual = qualApprox
				return k + 2
			}
		case "fewer", "less", "under", "below":
			if t.low == "or" && !numberAt(toks, k+2) && ex.qual == qualNone {
				ex.qual = qualUpTo
				return k + 2
			}
		}
	}
	return k
}

// numberAt reports whether a number starts at toks[i].
func numberAt(toks []tok, i int) bool {
	_, ok := readNumber(toks, i)
	return ok
}

// yearLike reports a plain four-digit number that could be a year.
func yearLike(n number) bool {
	return n.plain && n.digits == 4 && n.val >= 1000 && n.val <= 2100 && !n.word
}

// notQuantity reports an expression that is a date, a year, a time, a
// designation or a relative date.
func notQuantity(toks []tok, ex *expr, money bool) bool {
	s, e := ex.s, ex.e
	numS := numberStart(toks, ex)
	a := ex.a
	small := func(n number) bool { return n.plain && !n.word && n.val >= 1 && n.val <= 31 }
	// Days of a month: "5 July", "15 and 17 January", "July 16", "the 5 of July".
	if e < len(toks) && ex.kind == claims.KindCount && small(a) && (!ex.isRng || small(ex.b)) {
		if isMonthAt(toks, e) || wordIs(toks, e, "of") && isMonthAt(toks, e+1) {
			return true
		}
	}
	if numS > 0 && isMonthAt(toks, numS-1) && small(a) && ex.qual == qualNone && !(numS > 1 && toks[numS-2].kind == tNum) {
		return true
	}
	// Times: "21:00", "11:30 AM", "9 pm".
	if a.end < len(toks) && !a.word {
		t := toks[a.end]
		if t.kind == tPunct && (t.low == ":" || t.low == ".") && !t.sp && a.end+1 < len(toks) && toks[a.end+1].kind == tNum && !toks[a.end+1].sp {
			ex.e = max(ex.e, a.end+2)
			return true
		}
	}
	if isClockWord(toks, e) || isClockWord(toks, a.end) {
		return true
	}
	// Letters against the digits: "46th", "13base", "16px", "1990s".
	if e < len(toks) && toks[e].kind == tWord && !toks[e].sp && !money {
		return true
	}
	if !a.word && !money && a.end < len(toks) && toks[a.end].kind == tWord && !toks[a.end].sp {
		if _, ok := attachedUnits[toks[a.end].low]; !ok {
			return true
		}
	}
	// Designations: "F-16", "MiG-23", "Casualties3", "1/2".
	if s > 0 {
		p := toks[s-1]
		if !toks[s].sp && (p.kind == tWord || p.kind == tNum) && !(toks[s].kind == tPunct) {
			return true
		}
		if !toks[s].sp && p.kind == tPunct && (p.low == "-" || p.low == "/" || p.low == "#" || p.low == "." || p.low == "_") &&
			s > 1 && !p.sp && (toks[s-2].kind == tWord || toks[s-2].kind == tNum) {
			return true
		}
		if !toks[s].sp && p.kind == tPunct && (p.low == "#" || p.low == "№") {
			return true
		}
	}
	// "three-pronged", "one-sided": a number inside an adjective.
	if e+1 < len(toks) && !toks[e].sp && toks[e].kind == tPunct && toks[e].low == "-" && toks[e+1].kind == tWord && !toks[e+1].sp {
		return true
	}
	if e < len(toks) && !toks[e].sp && toks[e].kind == tPunct && (toks[e].low == "/" || toks[e].low == "-" && e+1 < len(toks) && toks[e+1].kind == tNum && !toks[e+1].sp) {
		return true
	}
	// Fractions: "two thirds of the fighters".
	if e < len(toks) && toks[e].kind == tWord && fractionWords[toks[e].low] && ex.kind == claims.KindCount && !a.vague {
		return true
	}
	// Number words in names: "the Group of Seven", "the Five Eyes", "Camp
	// Ten". A number word written with a capital after another word is
	// part of a name, unless the clause is a title-case headline.
	if numS == s && a.word && s < len(toks) && toks[s].upper && toks[s].info().isNum && s > 0 {
		p := toks[s-1]
		quoted := p.kind == tPunct && (p.low == "\"" || p.low == "“" || p.low == "'" || p.low == "‘") && a.end < len(toks) && toks[a.end].upper
		if (p.kind == tWord || quoted) && !titleCase(toks) {
			return true
		}
	}
	// "Division 17", "Brigade 93", "No. 5".
	if ex.qual == qualNone && !money && a.plain && !ex.isRng && !ex.plus && s > 0 {
		p := s - 1
		if toks[p].kind == tPunct && toks[p].low == "." && p > 0 {
			p--
		}
		if toks[p].kind == tWord && toks[p].upper && designators[toks[p].low] {
			return true
		}
		if toks[p].kind == tPunct && (toks[p].low == "\"" || toks[p].low == "“") && p > 0 && toks[p-1].kind == tWord && toks[p-1].upper && designators[toks[p-1].low] {
			return true
		}
	}
	// Years: "In 2014", "2013–14", "(2014–2017)".
	if yearLike(a) && !money && ex.kind == claims.KindCount && (!ex.isRng || yearLike(ex.b) || ex.b.digits <= 2) {
		countable := ex.plus || (ex.qual != qualNone && ex.qual != qualBetween && ex.qual != qualFrom)
		if !countable && e < len(toks) && toks[e].kind == tWord {
			w := toks[e].low
			countable = countNouns[w] || combatants[w] || categories[w] != ""
		}
		if !countable && s > 0 && toks[s-1].kind == tWord && categories[toks[s-1].low] != "" {
			countable = true
		}
		if !countable {
			return true
		}
	}
	// Relative dates: "two days later", "within the past three years".
	if ex.kind == claims.KindDuration {
		held := s > 0 && toks[s-1].kind == tWord && (toks[s-1].low == "for" || toks[s-1].low == "lasted" || toks[s-1].low == "within")
		if e < len(toks) && toks[e].kind == tWord && relativeAfter[toks[e].low] && !held {
			return true
		}
		if s > 0 && toks[s-1].kind == tWord && relativeBefore[toks[s-1].low] {
			return true
		}
	}
	return false
}

// titleCase reports a clause written in title case, as headlines are:
// every word but a short function word starts with a capital.
func titleCase(toks []tok) bool {
	for i := range toks {
		if t := &toks[i]; t.kind == tWord && !t.upper && !titleLower[t.low] {
			return false
		}
	}
	return true
}

// titleLower are the words a title-case headline leaves in lower case.
var titleLower = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true,
	"but": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "by": true, "as": true, "from": true, "with": true, "into": true,
	"'s": true,
}

// numberStart returns the token where the first number of ex begins,
// after any qualifier or currency sign.
func numberStart(toks []tok, ex *expr) int {
	i := ex.s
	if _, j := matchQualifier(toks, i); j > i && ex.qual != qualNone {
		i = j
	}
	if _, j := matchCurrency(toks, i); j > i {
		i = j
	}
	return i
}

// isMonthAt reports a capitalised month name at toks[i].
func isMonthAt(toks []tok, i int) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tWord && toks[i].upper && monthWords[toks[i].low]
}

// isClockWord reports "am", "pm", "a.m.", "p.m.", "GMT", "UTC", "o'clock"
// at toks[i].
func isClockWord(toks []tok, i int) bool {
	if i >= len(toks) || toks[i].kind != tWord {
		return false
	}
	switch toks[i].low {
	case "am", "pm":
		// "am" is also a verb; after a number it is a time.
		return true
	case "gmt", "utc", "o'clock", "hrs", "local":
		return toks[i].low != "local" || wordIs(toks, i+1, "time")
	case "a", "p":
		return punctIs(toks, i+1, ".") && wordIs(toks, i+2, "m") && !toks[i+1].sp
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
func appendExprs(out []claims.Quantity, exprs []expr, toks []tok, orig string, base int) []claims.Quantity {
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
		s, e := toks[ex.s].s, toks[ex.e-1].e
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

// joinText returns the original text of toks[i:j] joined by single
// spaces, words joined by a hyphen or apostrophe kept together.
func joinText(toks []tok, orig string, i, j int) string {
	if i >= j {
		return ""
	}
	// Most phrases are written that way: the text itself, uncopied.
	same := true
	for k := i + 1; k < j && same; k++ {
		gap := orig[toks[k-1].e:toks[k].s]
		same = toks[k].sp && gap == " " || !toks[k].sp && gap == ""
	}
	if same {
		return orig[toks[i].s:toks[j-1].e]
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && toks[k].sp {
			b.WriteByte(' ')
		}
		b.WriteString(orig[toks[k].s:toks[k].e])
	}
	return b.String()
}
