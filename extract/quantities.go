package extract

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/concordfacts/concord/claims"
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
//     estimated", ...: see qQualifiers) and after ("2,764+", "400-plus",
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
//	dozens, several    vague      the table at qVagueWords
//
// Not quantities: days of a month ("5 July", "July 16", "between 15 and 17
// January"), years (a four-digit number from 1000 to 2100 without a
// qualifier, currency, unit or count noun: "In 2014", "2013–14",
// "(2014–2017)"), times ("21:00", "11:30 AM"), ordinals and designations
// (letters against the digits: "46th", "13base", "F-16s", "MiG-23",
// "1990s"; a plain number after a designating noun: "Division 17",
// "Brigade 93", "Artillery Regiment 121"), relative dates ("two days later",
// "within the past three years": the date tagger reads them), and "one" as
// a pronoun: "one of ..." is never read, and a bare "one" is kept only when
// the clause says what happened to it ("killing one soldier") or it
// carries a unit ("one year").

// findQuantities returns the numbers in u's clause [start,end), in text
// order, or nil when there are none.
func findQuantities(u *unit, start, end int) []claims.Quantity {
	out := appendQuantities(nil, u, start, end)
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendQuantities appends the numbers of u's clause [start,end) (see
// findQuantities) to dst. PartOf indexes are relative to the clause's
// first quantity.
func appendQuantities(dst []claims.Quantity, u *unit, start, end int) []claims.Quantity {
	if u == nil || start < u.offset || end > u.offset+len(u.masked) || start >= end {
		return dst
	}
	masked := u.clauseText(start, end)
	if !qMayHaveQuantity(masked) {
		return dst
	}
	orig := u.text[start-u.offset : end-u.offset]
	sc := qScratchPool.Get().(*qScratch)
	toks, lower := qTokenize(masked, sc.toks, sc.lower)
	exprs := qScanQuantities(toks, sc.exprs[:0])
	out := dst
	if len(exprs) > 0 {
		qReadContext(u, toks, orig, exprs)
		out = qAppendQuantities(dst, exprs, toks, orig, start)
	}
	clear(exprs) // drop the strings they hold
	sc.toks, sc.exprs, sc.lower = toks[:0], exprs[:0], lower[:0]
	qScratchPool.Put(sc)
	return out
}

// qNumberLike are the words without which a clause with no digit has no
// quantity: every expression qParseQuantity accepts reads a number
// (qReadNumber: digits, a number, scale or vague word, "several", "a few",
// "a couple", "a handful", "a dozen", "tens of thousands") or a unit led by
// "half" (qReadUnitLed). qBuildNumberLike adds the word lists to it.
var qNumberLike = map[string]bool{
	"tens": true, "hundreds": true, "several": true, "few": true, "couple": true,
	"handful": true, "dozen": true, "half": true,
}

// qNumberLikeLex marks the entries of the quantity lexicon (qLexInfos)
// that are in qNumberLike; qNumberLikeOther holds the words of
// qNumberLike the lexicon does not have.
var (
	qNumberLikeLex   []bool
	qNumberLikeOther []string
	// qNumberLikeLen has, for each first letter, bit n set when a word of
	// qNumberLike of n letters starts with it.
	qNumberLikeLen [26]uint64
)

// qBuildNumberLike completes qNumberLike and indexes it by the quantity
// lexicon, which must be built.
func qBuildNumberLike() {
	for w := range qNumberWords {
		qNumberLike[w] = true
	}
	for w := range qNumberScales {
		qNumberLike[w] = true
	}
	for w := range qVagueWords {
		qNumberLike[w] = true
	}
	qNumberLikeLex = make([]bool, len(qLexInfos))
	for w := range qNumberLike {
		qNumberLikeLen[w[0]-'a'] |= 1 << len(w)
		if idx := qLexLookup(w); idx != 0 {
			qNumberLikeLex[idx] = true
		} else {
			qNumberLikeOther = append(qNumberLikeOther, w)
		}
	}
	slices.Sort(qNumberLikeOther)
}

// qMayHaveQuantity reports whether the clause text s may hold a quantity:
// whether it has an ASCII digit or a word of qNumberLike. A word the
// quantity tokeniser reads is a run of letters; one in qNumberLike is
// ASCII, so it is also a run of ASCII letters here, looked up as the
// tokeniser looks it up.
func qMayHaveQuantity(s string) bool {
	if hasDigit(s) {
		return true
	}
	var buf [24]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if !qIsASCIILetter(c) {
			i++
			continue
		}
		j := qLetterRunEnd(s, i)
		n := j - i
		if n >= 64 || qNumberLikeLen[(c|0x20)-'a']&(1<<n) == 0 || n > len(buf) {
			i = j
			continue
		}
		h := qLexHashBasis
		for k := 0; k < n; k++ {
			c := s[i+k] | 0x20 // the lower case of a letter
			buf[k] = c
			h = (h ^ uint32(c)) * qLexHashPrime
		}
		i = j
		idx := qLexFindBytes(h, buf[:n])
		if int(idx) < len(qNumberLikeLex) && qNumberLikeLex[idx] {
			return true
		}
		if idx == 0 {
			for _, w := range qNumberLikeOther {
				if string(buf[:n]) == w {
					return true
				}
			}
		}
	}
	return false
}

// qScratch is the token and expression slices of one clause, recycled
// between clauses by qScratchPool.
type qScratch struct {
	toks  []qTok
	exprs []qExpr
	lower []byte
}

var qScratchPool = sync.Pool{New: func() any { return &qScratch{toks: make([]qTok, 0, 128)} }}

// qExpr is one quantity expression found in the tokens.
type qExpr struct {
	s, e   int // token range of the expression (its span)
	qual   qQual
	a, b   qNumber
	isRng  bool
	plus   bool // "N+", "or more": at least the low end
	kind   claims.QuantityKind
	unit   string
	strong bool // "a 1,300-strong force": strength of a force
	skip   bool // matched, but not a quantity (date, year, designation)
	// context (quantities_context.go)
	npS, npE int // tokens of what is counted; npE is where reading resumed
	subject  string
	ofPron   bool // "25 of them"
	cat      string
	catRight bool // the category came from a verb after the phrase
	parent   int  // index of the total this is a part of, or -1
	chain    int  // index of the first expression of a coordination
	drop     bool
}

// qScanQuantities appends the quantity expressions of toks to out, in
// order.
func qScanQuantities(toks []qTok, out []qExpr) []qExpr {
	for i := 0; i < len(toks); {
		if !qMayStartQuantity(&toks[i]) {
			i++
			continue
		}
		// Parse into the next slot of out; drop it unless it is kept.
		if len(out) < cap(out) {
			out = out[:len(out)+1]
		} else {
			out = append(out, qExpr{})
		}
		ex := &out[len(out)-1]
		if !qParseQuantity(toks, i, ex) {
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

// qStarters are the words a quantity expression can start with.
var qStarters = map[string]bool{
	"a": true, "an": true, "half": true, "tens": true, "us": true, "c": true,
	"several": true, "few": true,
}

// qQualByFirst indexes qQualifiers by their first word.
var qQualByFirst = map[string][]qQualPhrase{}

func init() {
	for _, p := range qQualifiers {
		qQualByFirst[p.words[0]] = append(qQualByFirst[p.words[0]], p)
		qStarters[p.words[0]] = true
	}
	for w := range qNumberWords {
		qStarters[w] = true
	}
	for w := range qVagueWords {
		qStarters[w] = true
	}
	qBuildLexicon()
	qBuildNumberLike()
}

// qMayStartQuantity is a quick test of whether an expression can start at t.
func qMayStartQuantity(t *qTok) bool {
	switch t.kind {
	case qNum:
		return true
	case qPunct:
		_, ok := qCurrencyOf(t.low)
		return ok
	}
	return qLexInfos[t.lex].start
}

// qCurrencyOf returns the currency of a sign written before a number
// ("$", "€", "£", "¥").
func qCurrencyOf(s string) (string, bool) {
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

// qMatchQualifier reads a qualifier phrase at toks[i].
func qMatchQualifier(toks []qTok, i int) (qQual, int) {
	if i >= len(toks) || toks[i].kind != qWord {
		return qqNone, i
	}
next:
	for _, p := range qLexInfos[toks[i].lex].quals {
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
	return qqNone, i
}

// qMatchCurrency reads a currency sign at toks[i] ("$", "US$", "€").
func qMatchCurrency(toks []qTok, i int) (string, int) {
	if i < len(toks) && toks[i].kind == qWord && (toks[i].low == "us" || toks[i].low == "a" && toks[i].upper || toks[i].low == "c" && toks[i].upper) &&
		i+1 < len(toks) && toks[i+1].low == "$" && !toks[i+1].sp {
		return "USD", i + 2
	}
	if i < len(toks) && toks[i].kind == qPunct {
		if c, ok := qCurrencyOf(toks[i].low); ok {
			return c, i + 1
		}
	}
	return "", i
}

// qParseQuantity reads one quantity expression starting at toks[i] into
// *ex, and reports whether there is one; when there is none, *ex is left
// as it was.
func qParseQuantity(toks []qTok, i int, ex *qExpr) bool {
	qual, j := qMatchQualifier(toks, i)
	if qual == qqFrom || qual == qqBetween {
		// A range opener: only with a number right after it.
		if _, ok := qReadNumber(toks, j); !ok {
			if _, j2 := qMatchCurrency(toks, j); j2 == j {
				return false
			}
		}
	}
	jq := j
	cur, j := qMatchCurrency(toks, jq)
	a, ok := qReadNumber(toks, j)
	var unitA qUnit
	haveUnitA := false
	if !ok {
		// "a mile and a half", "half an hour"
		a, unitA, ok = qReadUnitLed(toks, j)
		if !ok {
			return false
		}
		haveUnitA = true
	}
	// *ex is written only now that there is a quantity: most tokens that
	// may start one do not.
	*ex = qExpr{s: i, parent: -1, chain: -1, kind: claims.KindCount}
	ex.qual = qual
	ex.a = a
	k := a.end
	k = qReadHalf(toks, k, &ex.a)
	if !haveUnitA {
		if u, k2, ok := qReadUnit(toks, k, ex); ok && !ex.a.vague {
			unitA, haveUnitA = u, true
			k = qReadHalf(toks, k2, &ex.a)
		}
	}
	// Ranges. "between" needs "and" or a dash, "from" needs "to";
	// otherwise the word is not part of the quantity.
	if qual == qqBetween && !(qWordAt(toks, k, "and") || qIsDashAt(toks, k)) || qual == qqFrom && !qWordAt(toks, k, "to") {
		ex.qual = qqNone
		ex.s = jq
	}
	if !ex.a.vague {
		k = qReadRange(toks, k, ex)
	}
	if (qual == qqBetween || qual == qqFrom) && !ex.isRng {
		ex.qual = qqNone
		ex.s = jq
	}
	if ex.isRng {
		k = ex.b.end
	}
	// Suffixes: "+", "-plus", "or more", "or so", "-odd".
	k = qReadSuffix(toks, k, ex)
	if cur != "" {
		ex.kind, ex.unit = claims.KindMoney, cur
		// "$5bn", "$5m"
		if k < len(toks) && toks[k].kind == qWord && !toks[k].sp {
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
	if u, k2, ok := qReadUnit(toks, k, ex); ok {
		if !haveUnitA || u == unitA {
			unitA, haveUnitA = u, true
			k = qReadHalf(toks, k2, &ex.a)
		}
	}
	if haveUnitA && cur == "" {
		ex.kind, ex.unit = unitA.kind, unitA.unit
	}
	if ex.strong {
		ex.kind, ex.unit = claims.KindCount, ""
	}
	ex.e = k
	ex.skip = qNotQuantity(toks, ex, cur != "")
	return true
}

// scale multiplies the numbers of ex by f.
func (ex *qExpr) scale(f float64) {
	ex.a.val *= f
	ex.b.val *= f
}

// qReadHalf reads "and a half" after a number or unit.
func qReadHalf(toks []qTok, k int, n *qNumber) int {
	if qWordAt(toks, k, "and") && qWordAt(toks, k+1, "a") && qWordAt(toks, k+2, "half") && !n.vague {
		n.val += 0.5
		n.one = false
		return k + 3
	}
	return k
}

// qReadUnitLed reads "a mile and a half", "half an hour", "half a mile".
func qReadUnitLed(toks []qTok, j int) (qNumber, qUnit, bool) {
	if j+1 >= len(toks) {
		return qNumber{}, qUnit{}, false
	}
	w := toks[j].low
	if w == "a" || w == "an" {
		e := toks[j+1].lexInfo()
		u, ok := e.unit, e.isUnit
		if ok && qWordAt(toks, j+2, "and") && qWordAt(toks, j+3, "a") && qWordAt(toks, j+4, "half") {
			return qNumber{val: 1.5, end: j + 5, word: true}, u, true
		}
		return qNumber{}, qUnit{}, false
	}
	if w == "half" && j+2 < len(toks) && (toks[j+1].low == "a" || toks[j+1].low == "an") {
		if e := toks[j+2].lexInfo(); e.isUnit {
			u := e.unit
			return qNumber{val: 0.5, end: j + 3, word: true}, u, true
		}
	}
	return qNumber{}, qUnit{}, false
}

// qReadUnit reads a unit at toks[k]: "%", "percent", "per cent", "80km",
// "24-hour", "-year-old", "-strong", "kilometers", "square kilometres".
func qReadUnit(toks []qTok, k int, ex *qExpr) (qUnit, int, bool) {
	if k >= len(toks) {
		return qUnit{}, k, false
	}
	t := toks[k]
	if t.kind == qPunct && t.low == "%" {
		return qUnit{claims.KindPercent, "percent"}, k + 1, true
	}
	if t.kind == qPunct && t.low == "-" && !t.sp && k+1 < len(toks) && toks[k+1].kind == qWord && !toks[k+1].sp {
		w := toks[k+1].low
		switch {
		case w == "strong":
			ex.strong = true
			return qUnit{claims.KindCount, ""}, k + 2, true
		case (w == "men" || w == "man") && qWordAt(toks, k+2, "strong"):
			ex.strong = true
			return qUnit{claims.KindCount, ""}, k + 3, true
		case (w == "year" || w == "month" || w == "week" || w == "day") && qPunctAt(toks, k+2, "-") && qWordAt(toks, k+3, "old"):
			return qUnit{claims.KindOther, "years of age"}, k + 4, true
		}
		if e := toks[k+1].lexInfo(); e.isUnit {
			return e.unit, k + 2, true
		}
		return qUnit{}, k, false
	}
	if t.kind != qWord {
		return qUnit{}, k, false
	}
	if !t.sp {
		if u, ok := qAttachedUnits[t.low]; ok {
			return u, k + 1, true
		}
		return qUnit{}, k, false
	}
	switch t.low {
	case "per":
		if qWordAt(toks, k+1, "cent") {
			return qUnit{claims.KindPercent, "percent"}, k + 2, true
		}
	case "percentage":
		if qWordAt(toks, k+1, "points") {
			return qUnit{claims.KindPercent, "percentage points"}, k + 2, true
		}
	case "square", "sq":
		if k+1 < len(toks) {
			if e := toks[k+1].lexInfo(); e.isUnit && e.unit.kind == claims.KindDistance {
				u := e.unit
				return qUnit{claims.KindOther, u.unit + "2"}, k + 2, true
			}
		}
	case "nautical":
		if qWordAt(toks, k+1, "miles") || qWordAt(toks, k+1, "mile") {
			return qUnit{claims.KindDistance, "nmi"}, k + 2, true
		}
	case "men":
		if qWordAt(toks, k+1, "strong") {
			ex.strong = true
			return qUnit{claims.KindCount, ""}, k + 2, true
		}
	case "us", "syrian", "turkish", "lebanese":
		if k+1 < len(toks) {
			if e := toks[k+1].lexInfo(); e.isUnit && e.unit.kind == claims.KindMoney {
				u := e.unit
				if t.low == "us" {
					return qUnit{claims.KindMoney, "USD"}, k + 2, true
				}
				return qUnit{claims.KindMoney, t.low + " " + u.unit}, k + 2, true
			}
		}
	}
	e := t.lexInfo()
	if !e.isUnit {
		return qUnit{}, k, false
	}
	u := e.unit
	if u.kind == claims.KindDuration && u.unit == "years" {
		if qWordAt(toks, k+1, "old") {
			return qUnit{claims.KindOther, "years of age"}, k + 2, true
		}
		if qWordAt(toks, k+1, "of") && qWordAt(toks, k+2, "age") {
			return qUnit{claims.KindOther, "years of age"}, k + 3, true
		}
	}
	return u, k + 1, true
}

// qReadRange reads the second end of a range after the first number:
// "–6,991", "to 10", "or three", "and 98%" (after "between").
func qReadRange(toks []qTok, k int, ex *qExpr) int {
	if k >= len(toks) {
		return k
	}
	t := toks[k]
	isDash := qIsDashAt(toks, k)
	ok := false
	switch {
	case ex.qual == qqBetween:
		ok = t.kind == qWord && t.low == "and" || isDash
	case ex.qual == qqFrom:
		ok = t.kind == qWord && t.low == "to" || isDash
	default:
		ok = isDash || t.kind == qWord && (t.low == "to" || t.low == "or")
	}
	if !ok {
		return k
	}
	j := k + 1
	if _, j2 := qMatchCurrency(toks, j); j2 > j {
		j = j2
	}
	b, found := qReadNumber(toks, j)
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
		if qYearLike(a) && b.plain && b.digits <= 2 && !b.word {
			// "2013–14": a span of years; qNotQuantity drops it.
			ex.b, ex.isRng = b, true
			return b.end
		}
		return k
	}
	if ex.qual == qqFrom && ex.s > 0 && toks[ex.s-1].kind == qWord && qChangeVerbs[toks[ex.s-1].low] {
		return k
	}
	ex.a = a
	ex.b = b
	ex.isRng = true
	return b.end
}

// qIsDashAt reports a hyphen or dash at toks[k].
func qIsDashAt(toks []qTok, k int) bool {
	if k < 0 || k >= len(toks) || toks[k].kind != qPunct {
		return false
	}
	switch toks[k].low {
	case "-", "–", "—", "‒", "−":
		return true
	}
	return false
}

// qReadSuffix reads a qualifier after the number.
func qReadSuffix(toks []qTok, k int, ex *qExpr) int {
	if k >= len(toks) || ex.a.vague {
		return k
	}
	t := toks[k]
	switch {
	case t.kind == qPunct && t.low == "+" && !t.sp:
		ex.plus = true
		return k + 1
	case t.kind == qPunct && t.low == "-" && !t.sp && qWordAt(toks, k+1, "plus") && !toks[k+1].sp:
		ex.plus = true
		return k + 2
	case t.kind == qPunct && t.low == "-" && !t.sp && qWordAt(toks, k+1, "odd") && !toks[k+1].sp:
		if ex.qual == qqNone {
			ex.qual = qqApprox
		}
		return k + 2
	case t.kind == qWord && t.low == "plus" && !qNumberAt(toks, k+1):
		ex.plus = true
		return k + 1
	case t.kind == qWord && (t.low == "or" || t.low == "and") && k+1 < len(toks):
		switch toks[k+1].low {
		case "more", "above", "over":
			if !qNumberAt(toks, k+2) {
				ex.plus = true
				return k + 2
			}
		case "so":
			if t.low == "or" && ex.qual == qqNone {
				ex.qual = qqApprox
				return k + 2
			}
		case "fewer", "less", "under", "below":
			if t.low == "or" && !qNumberAt(toks, k+2) && ex.qual == qqNone {
				ex.qual = qqUpTo
				return k + 2
			}
		}
	}
	return k
}

// qNumberAt reports whether a number starts at toks[i].
func qNumberAt(toks []qTok, i int) bool {
	_, ok := qReadNumber(toks, i)
	return ok
}

// qYearLike reports a plain four-digit number that could be a year.
func qYearLike(n qNumber) bool {
	return n.plain && n.digits == 4 && n.val >= 1000 && n.val <= 2100 && !n.word
}

// qNotQuantity reports an expression that is a date, a year, a time, a
// designation or a relative date.
func qNotQuantity(toks []qTok, ex *qExpr, money bool) bool {
	s, e := ex.s, ex.e
	numS := qNumberStart(toks, ex)
	a := ex.a
	small := func(n qNumber) bool { return n.plain && !n.word && n.val >= 1 && n.val <= 31 }
	// Days of a month: "5 July", "15 and 17 January", "July 16", "the 5 of July".
	if e < len(toks) && ex.kind == claims.KindCount && small(a) && (!ex.isRng || small(ex.b)) {
		if qIsMonthTok(toks, e) || qWordAt(toks, e, "of") && qIsMonthTok(toks, e+1) {
			return true
		}
	}
	if numS > 0 && qIsMonthTok(toks, numS-1) && small(a) && ex.qual == qqNone && !(numS > 1 && toks[numS-2].kind == qNum) {
		return true
	}
	// Times: "21:00", "11:30 AM", "9 pm".
	if a.end < len(toks) && !a.word {
		t := toks[a.end]
		if t.kind == qPunct && (t.low == ":" || t.low == ".") && !t.sp && a.end+1 < len(toks) && toks[a.end+1].kind == qNum && !toks[a.end+1].sp {
			ex.e = max(ex.e, a.end+2)
			return true
		}
	}
	if qIsClockWord(toks, e) || qIsClockWord(toks, a.end) {
		return true
	}
	// Letters against the digits: "46th", "13base", "16px", "1990s".
	if e < len(toks) && toks[e].kind == qWord && !toks[e].sp && !money {
		return true
	}
	if !a.word && !money && a.end < len(toks) && toks[a.end].kind == qWord && !toks[a.end].sp {
		if _, ok := qAttachedUnits[toks[a.end].low]; !ok {
			return true
		}
	}
	// Designations: "F-16", "MiG-23", "Casualties3", "1/2".
	if s > 0 {
		p := toks[s-1]
		if !toks[s].sp && (p.kind == qWord || p.kind == qNum) && !(toks[s].kind == qPunct) {
			return true
		}
		if !toks[s].sp && p.kind == qPunct && (p.low == "-" || p.low == "/" || p.low == "#" || p.low == "." || p.low == "_") &&
			s > 1 && !p.sp && (toks[s-2].kind == qWord || toks[s-2].kind == qNum) {
			return true
		}
		if !toks[s].sp && p.kind == qPunct && (p.low == "#" || p.low == "№") {
			return true
		}
	}
	// "three-pronged", "one-sided": a number inside an adjective.
	if e+1 < len(toks) && !toks[e].sp && toks[e].kind == qPunct && toks[e].low == "-" && toks[e+1].kind == qWord && !toks[e+1].sp {
		return true
	}
	if e < len(toks) && !toks[e].sp && toks[e].kind == qPunct && (toks[e].low == "/" || toks[e].low == "-" && e+1 < len(toks) && toks[e+1].kind == qNum && !toks[e+1].sp) {
		return true
	}
	// "Division 17", "Brigade 93", "No. 5".
	if ex.qual == qqNone && !money && a.plain && !ex.isRng && !ex.plus && s > 0 {
		p := s - 1
		if toks[p].kind == qPunct && toks[p].low == "." && p > 0 {
			p--
		}
		if toks[p].kind == qWord && toks[p].upper && qDesignators[toks[p].low] {
			return true
		}
		if toks[p].kind == qPunct && (toks[p].low == "\"" || toks[p].low == "“") && p > 0 && toks[p-1].kind == qWord && toks[p-1].upper && qDesignators[toks[p-1].low] {
			return true
		}
	}
	// Years: "In 2014", "2013–14", "(2014–2017)".
	if qYearLike(a) && !money && ex.kind == claims.KindCount && (!ex.isRng || qYearLike(ex.b) || ex.b.digits <= 2) {
		countable := ex.plus || (ex.qual != qqNone && ex.qual != qqBetween && ex.qual != qqFrom)
		if !countable && e < len(toks) && toks[e].kind == qWord {
			w := toks[e].low
			countable = qCountNouns[w] || qCombatants[w] || qCategories[w] != ""
		}
		if !countable && s > 0 && toks[s-1].kind == qWord && qCategories[toks[s-1].low] != "" {
			countable = true
		}
		if !countable {
			return true
		}
	}
	// Relative dates: "two days later", "within the past three years".
	if ex.kind == claims.KindDuration {
		held := s > 0 && toks[s-1].kind == qWord && (toks[s-1].low == "for" || toks[s-1].low == "lasted" || toks[s-1].low == "within")
		if e < len(toks) && toks[e].kind == qWord && qRelativeAfter[toks[e].low] && !held {
			return true
		}
		if s > 0 && toks[s-1].kind == qWord && qRelativeBefore[toks[s-1].low] {
			return true
		}
	}
	return false
}

// qNumberStart returns the token where the first number of ex begins,
// after any qualifier or currency sign.
func qNumberStart(toks []qTok, ex *qExpr) int {
	i := ex.s
	if _, j := qMatchQualifier(toks, i); j > i && ex.qual != qqNone {
		i = j
	}
	if _, j := qMatchCurrency(toks, i); j > i {
		i = j
	}
	return i
}

// qIsMonthTok reports a capitalised month name at toks[i].
func qIsMonthTok(toks []qTok, i int) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == qWord && toks[i].upper && qMonths[toks[i].low]
}

// qIsClockWord reports "am", "pm", "a.m.", "p.m.", "GMT", "UTC", "o'clock"
// at toks[i].
func qIsClockWord(toks []qTok, i int) bool {
	if i >= len(toks) || toks[i].kind != qWord {
		return false
	}
	switch toks[i].low {
	case "am", "pm":
		// "am" is also a verb; after a number it is a time.
		return true
	case "gmt", "utc", "o'clock", "hrs", "local":
		return toks[i].low != "local" || qWordAt(toks, i+1, "time")
	case "a", "p":
		return qPunctAt(toks, i+1, ".") && qWordAt(toks, i+2, "m") && !toks[i+1].sp
	}
	return false
}

// interval turns an expression into bounds and a qualifier.
func (ex *qExpr) interval() (lo, hi *float64, loEx, hiEx bool, q claims.Qualifier) {
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
		case qqAtLeast, qqMoreThan:
			hi = nil
		case qqUpTo, qqLessThan:
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
	case ex.qual == qqAtLeast:
		return f(low), nil, false, false, claims.QualAtLeast
	case ex.qual == qqMoreThan:
		return f(low), nil, true, false, claims.QualMoreThan
	case ex.qual == qqUpTo:
		return nil, f(high), false, false, claims.QualUpTo
	case ex.qual == qqLessThan:
		return nil, f(high), false, true, claims.QualLessThan
	case ex.qual == qqNearly:
		return f(qBracketDown(low)), f(high), false, false, claims.QualApprox
	case ex.qual == qqApprox || a.approx && !ex.isRng:
		return f(qBracketDown(low)), f(qBracketUp(high)), false, false, claims.QualApprox
	case ex.isRng:
		return f(low), f(high), false, false, claims.QualRange
	}
	return f(low), f(high), false, false, claims.QualExact
}

// qBracketDown and qBracketUp widen an approximate number by 10%, rounded
// outwards to whole numbers (to hundredths for fractions).
func qBracketDown(v float64) float64 {
	if v == math.Trunc(v) {
		return math.Floor(qRound6(v * 0.9))
	}
	return math.Floor(qRound6(v*0.9*100)) / 100
}

func qBracketUp(v float64) float64 {
	if v == math.Trunc(v) {
		return math.Ceil(qRound6(v * 1.1))
	}
	return math.Ceil(qRound6(v*1.1*100)) / 100
}

// qRound6 rounds away floating-point noise (3000*1.1 = 3300.0000000000005).
func qRound6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// qAppendQuantities turns the kept expressions into claims.Quantity values
// with absolute spans and appends them to out.
func qAppendQuantities(out []claims.Quantity, exprs []qExpr, toks []qTok, orig string, base int) []claims.Quantity {
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

// qJoin returns the original text of toks[i:j] joined by single
// spaces, words joined by a hyphen or apostrophe kept together.
func qJoin(toks []qTok, orig string, i, j int) string {
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
