package quantity

import (
	"strings"
	"unicode"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
)

// What is counted and what happened to it.
//
// For every count the finder reads:
//   - the subject: the noun phrase after the number ("42 ISIL fighters"),
//     after "of" ("25 of their fighters" → "fighters"), or after a copula
//     ("of which 23 were rebel fighters" → "rebel fighters"); in a
//     coordination whose first member lacks a head noun, the head of the
//     last member is added ("70 ISIL and 20 rebel fighters" → "ISIL
//     fighters");
//   - the category (categories), in this order: a verb right before the
//     number ("killing 15", "executed a total of 4,225"); a verb or
//     adjective after the phrase ("were reportedly killed", "left 24 rebels
//     dead", "13 foreign fighters defected", "N deaths"); a toll ("put the
//     death toll at 270", "the number of executed prisoners at 100"); the
//     verb of a coordination ("Four ISIL fighters and three rebels were
//     killed"); the total a part belongs to, or the parts of a total; a
//     verb further left across a coordination ("killing the commander and
//     15 other rebels"); an infobox key (Strength → fighters, Casualties →
//     casualties); and last, for a subject that names fighters, "fighters"
//     (the strength of a force).
//   - parts: a count after "including", "of which", "of whom", "among
//     them", or a colon, is a part of the count before it, and so are the
//     counts coordinated with that part ("4,225 people: 2,262 civilians,
//     1,159 government soldiers, ... and one former member").

// Windows of the context readers, in tokens.
const (
	// maxPhraseWords bounds the words of the phrase of what is counted:
	// "15 Syrian Arab Army soldiers".
	maxPhraseWords = 6
	// directLeftWindow bounds the words between a verb and the count
	// after it: "executed a total of 4,225".
	directLeftWindow = 5
	// rightScanWindow bounds the tokens read after the counted phrase for
	// its verb: "15 fighters in Arbin were reportedly killed".
	rightScanWindow = 14
	// asideWindow bounds the tokens of an aside the right scan skips: ",
	// according to SOHR," or "(including a child)".
	asideWindow = 16
	// tollWindow bounds the tokens between a toll noun and the verb or
	// preposition before the count: "the death toll ... rose to 40".
	tollWindow = 12
	// relateGap bounds the tokens between the phrase of one count and the
	// next for them to be related: "26 people, of which 23 ...".
	relateGap = 12
	// farLeftWindow bounds the tokens read before a coordinated count for
	// the verb it shares: "killing the brigade commander Adnan Bakour and
	// 15 other rebels".
	farLeftWindow = 14
)

// readContext fills subject, category and parts of the counts in exprs,
// in passes over the clause: each count's own phrase and category
// (ownCategory), the parts and coordinations between counts
// (relateCounts), the categories shared in a coordination
// (shareCoordinated), and the categories parts, totals and the wider
// context give (inheritCategories).
func readContext(u *article.Unit, c *clause, orig string, exprs []expr) {
	for i := range exprs {
		ex := &exprs[i]
		ex.npS, ex.npE = ex.e, ex.e
		if ex.kind == claims.KindCount {
			ownCategory(c, orig, ex)
		}
	}
	for i := range exprs {
		if exprs[i].kind == claims.KindCount && sourceNouns[strings.ToLower(lastWord(exprs[i].subject))] {
			// "three sources": a count of sources is none.
			exprs[i].cat = ""
			exprs[i].drop = exprs[i].a.one && exprs[i].qual == qualNone && !exprs[i].isRng
			exprs[i].kind = claims.KindOther
			exprs[i].unit = ""
		}
	}
	relateCounts(c, exprs)
	shareCoordinated(c, exprs)
	inheritCategories(u, c, orig, exprs)
	// A dropped total leaves its parts without one.
	for i := range exprs {
		if p := exprs[i].parent; p >= 0 && exprs[p].drop {
			exprs[i].parent = -1
		}
	}
}

// ownCategory reads the phrase of the count ex and the category it
// carries itself: its own words, then the words right before it, after
// its phrase, around a death toll, and in its phrase.
func ownCategory(c *clause, orig string, ex *expr) {
	readSubject(c, orig, ex)
	if ex.strong {
		ex.cat = "fighters"
	}
	if ex.cat == "" {
		ex.cat = directLeft(c, ex.s)
	}
	if ex.cat == "" {
		if cat := rightScan(c, ex.npE); cat != "" {
			ex.cat, ex.catRight = cat, true
		}
	}
	if ex.cat == "" {
		ex.cat = tollScan(c, orig, ex)
	}
	if ex.cat == "" {
		ex.cat = npCategory(c, ex.npS, ex.npE)
	}
	if token.EqualFold(ex.subject, "hostage") || token.EqualFold(ex.subject, "prisoner") || token.EqualFold(ex.subject, "captive") {
		// "taking 40 hostage"
		ex.cat, ex.subject = "captured", ""
	}
	if ex.cat == "" && ex.s > 0 && (c.word(ex.s-1, "lost") || c.word(ex.s-1, "losing")) {
		if h := strings.ToLower(lastWord(ex.subject)); combatants[h] || countNouns[h] {
			// "the army lost 12 soldiers"
			ex.cat = "casualties"
		}
	}
}

// relateCounts links each count to the one before it: a part of it ("120
// passengers, 15 of them injured"; "Of the 120 passengers, 15 were
// injured") or a member of the same coordination ("70 ISIL and 20 rebel
// fighters").
func relateCounts(c *clause, exprs []expr) {
	prev := -1
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind != claims.KindCount {
			continue
		}
		ex.chain = i
		if prev >= 0 {
			p := &exprs[prev]
			rel := relate(c, p.npE, ex.s)
			if rel == relChain && ofTheTotal(c, p.s) && p.npE < len(c.toks) && c.is(&c.toks[p.npE], ",") {
				// "Of the 120 passengers, 15 were injured"
				rel = relPart
			}
			switch rel {
			case relPart:
				ex.parent = prev
			case relChain:
				ex.chain = p.chain
				ex.parent = p.parent
			}
		}
		prev = i
	}
}

// shareCoordinated gives the members of a coordination the category the
// first member has, or the last one carries after it, or the words before
// the first member; and the first members the head noun of the last ("70
// ISIL and 20 rebel fighters").
func shareCoordinated(c *clause, exprs []expr) {
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind != claims.KindCount || ex.chain != i {
			continue
		}
		last := i
		for j := i + 1; j < len(exprs); j++ {
			if exprs[j].kind == claims.KindCount && exprs[j].chain == i {
				last = j
			}
		}
		if last == i {
			continue
		}
		shared := ""
		if !exprs[i].catRight && exprs[i].cat != "" {
			shared = exprs[i].cat
		} else if exprs[last].catRight {
			shared = exprs[last].cat
		}
		if shared == "" {
			shared = farLeft(c, exprs, i)
		}
		for j := i; j <= last; j++ {
			if exprs[j].chain == i && exprs[j].cat == "" {
				exprs[j].cat = shared
			}
		}
		head := lastWord(exprs[last].subject)
		if head != "" && strings.ToLower(head) == head {
			for j := i; j < last; j++ {
				sj := exprs[j].subject
				if exprs[j].chain == i && sj != "" && !hasLowerWord(sj) {
					exprs[j].subject = sj + " " + head
				}
			}
		}
	}
}

// inheritCategories gives a count without a category that of its total,
// of its first part with one, or of the words far before it; then the
// defaults of infobox lines and combatants, and drops "one" read as a
// pronoun or an article ("one of them", "one faction").
func inheritCategories(u *article.Unit, c *clause, orig string, exprs []expr) {
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind == claims.KindCount && ex.cat == "" && ex.parent >= 0 {
			ex.cat = exprs[ex.parent].cat
		}
	}
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind != claims.KindCount || ex.cat != "" {
			continue
		}
		for j := i + 1; j < len(exprs); j++ {
			if exprs[j].parent == i && exprs[j].cat != "" {
				ex.cat = exprs[j].cat
				break
			}
		}
		if ex.cat == "" {
			ex.cat = farLeft(c, exprs, i)
		}
	}
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind != claims.KindCount {
			continue
		}
		if ex.cat == "" && ex.parent >= 0 {
			ex.cat = exprs[ex.parent].cat
		}
		if u != nil && u.Kind == claims.SourceInfobox {
			infoboxDefaults(u, c, orig, ex)
		}
		if ex.cat == "" && combatants[strings.ToLower(lastWord(ex.subject))] {
			ex.cat = "fighters"
		}
		if ex.a.one && !ex.isRng && ex.qual == qualNone && !ex.plus && (ex.ofPron || ex.cat == "") {
			ex.drop = true
		}
		if ex.a.one && ex.npS < len(c.toks) && c.word(ex.e, "of") {
			ex.drop = true
		}
	}
}

// ofTheTotal reports "Of the" or "Of" opening the clause before c.toks[s].
func ofTheTotal(c *clause, s int) bool {
	switch {
	case s == 1:
		return c.word(0, "of")
	case s == 2:
		return c.word(0, "of") && (c.word(1, "the") || c.word(1, "these") || c.word(1, "those"))
	}
	return false
}

// readSubject reads what is counted after the expression.
func readSubject(c *clause, orig string, ex *expr) {
	k := ex.e
	switch {
	case c.word(k, "of"):
		k2 := k + 1
		if k2 < len(c.toks) {
			switch t := &c.toks[k2]; {
			case c.is(t, "them"), c.is(t, "whom"), c.is(t, "which"), c.is(t, "us"), c.is(t, "it"):
				ex.ofPron = true
				ex.npS, ex.npE = k, k2+1
				return
			case c.is(t, "the"), c.is(t, "their"), c.is(t, "its"), c.is(t, "his"), c.is(t, "her"),
				c.is(t, "our"), c.is(t, "these"), c.is(t, "those"), c.is(t, "whose"):
				k2++
			}
			if k2 >= len(c.toks) || c.toks[k2].Kind != token.Word {
				ex.ofPron = true
				ex.npS, ex.npE = k, k2
				return
			}
		}
		s, e := readNP(c, k2)
		if e > s {
			ex.npS, ex.npE = s, e
			ex.subject = joinText(c, orig, s, e)
			ex.cat = npCategory(c, s, e)
		}
		return
	case k < len(c.toks) && c.toks[k].Kind == token.Word && (c.is(&c.toks[k], "were") || c.is(&c.toks[k], "was") || c.is(&c.toks[k], "are")) && copularNP(c, k+1):
		s, e := readNP(c, k+1)
		if e > s {
			ex.npS, ex.npE = s, e
			ex.subject = joinText(c, orig, s, e)
		}
		return
	}
	s, e := readNP(c, k)
	if e > s {
		ex.npS, ex.npE = s, e
		ex.subject = joinText(c, orig, s, e)
	}
}

// npCategory returns the category of a participle leading a phrase
// ("executed prisoners"), or "".
func npCategory(c *clause, s, e int) string {
	if s < e && token.HasSuffixFold(c.textOf(&c.toks[s]), "ed") {
		return c.info(&c.toks[s]).cat
	}
	if s < e && c.info(&c.toks[e-1]).ctx&ctxCountedCat != 0 {
		return c.info(&c.toks[e-1]).cat
	}
	return ""
}

// copularNP reports whether c.toks[k] starts a noun phrase after "were"
// ("23 were rebel fighters") rather than a verb ("42 were executed").
func copularNP(c *clause, k int) bool {
	if k >= len(c.toks) || c.toks[k].Kind != token.Word {
		return false
	}
	w, e := c.textOf(&c.toks[k]), c.info(&c.toks[k])
	if e.cat != "" || e.ctx&(ctxRightSkip|ctxNPStop) != 0 || token.HasSuffixFold(w, "ly") || token.HasSuffixFold(w, "ed") || token.HasSuffixFold(w, "ing") {
		return false
	}
	return true
}

// readNP reads the noun phrase of what is counted at c.toks[k]: up to six
// words, stopping at function words, verbs and punctuation.
func readNP(c *clause, k int) (int, int) {
	start := k
	i := k
	words := 0
	lastUpper := false
	lastText := ""
	var lastCtx ctxFlags // the flags of lastText
	for i < len(c.toks) && words < maxPhraseWords {
		t := &c.toks[i]
		if t.Kind != token.Word {
			break
		}
		// A compound: words joined by hyphens or apostrophes ("al-Rasul",
		// "US-trained", "anti-ISIL").
		j := i + 1
		for j+1 < len(c.toks) && c.toks[j].Kind == token.Mark && (c.is(&c.toks[j], "-") || c.is(&c.toks[j], "'") || c.is(&c.toks[j], "’")) && !c.toks[j].Is(token.Space) && !c.toks[j+1].Is(token.Space) && c.toks[j+1].Kind != token.Mark {
			j += 2
		}
		single := j == i+1
		w := c.textOf(t)
		e := c.info(t)
		if single && words == 0 && !t.Is(token.Cap) && token.HasSuffixFold(w, "ly") && j < len(c.toks) && c.toks[j].Kind == token.Word {
			// "hundreds predominantly Alawite citizens"
			i = j
			start = j
			continue
		}
		if single && e.ctx&ctxNPStop != 0 && !isAcronym(t) {
			if c.is(t, "and") && words > 0 && (lastUpper || !token.HasSuffixFold(lastText, "s")) && j < len(c.toks) && c.toks[j].Kind == token.Word && c.toks[j].Is(token.Cap) {
				// "ISIL and Jund al-Aqsa fighters"
				i = j
				continue
			}
			break
		}
		if single && e.ctx&ctxCountedCat != 0 {
			words++
			i = j
			break
		}
		if single && e.cat != "" {
			// A participle before a noun is an adjective ("46 captured
			// fighters"); otherwise it ends the phrase ("67 killed").
			if words == 0 && token.HasSuffixFold(w, "ed") && j < len(c.toks) && c.toks[j].Kind == token.Word && c.info(&c.toks[j]).ctx&ctxNPStop == 0 && c.info(&c.toks[j]).cat == "" {
				words++
				lastUpper = false
				i = j
				continue
			}
			break
		}
		if single && !t.Is(token.Cap) && words > 0 && (token.HasSuffixFold(w, "ly") || token.HasSuffixFold(w, "ing") || token.HasSuffixFold(w, "ed")) {
			break
		}
		if single && !t.Is(token.Cap) && words > 0 && e.ctx&ctxVerbLike != 0 {
			break
		}
		if t.Is(token.Cap) && words > 0 && !lastUpper && (token.HasSuffixFold(lastText, "s") || lastCtx&(ctxCombatant|ctxCountNoun) != 0) {
			// A name after the head noun starts something else.
			break
		}
		words++
		lastUpper = t.Is(token.Cap)
		lastText = c.textOf(&c.toks[j-1])
		lastCtx = c.info(&c.toks[j-1]).ctx
		i = j
	}
	// Trailing "and"/"of" never end a phrase.
	return start, i
}

// directLeft returns the category of a verb right before the expression
// ("killing 15", "executed a total of 4,225", "the bodies of 70").
func directLeft(c *clause, s int) string {
	m := s - 1
	for n := 0; m >= 0 && n < directLeftWindow; n++ {
		t := &c.toks[m]
		if t.Kind != token.Word {
			return ""
		}
		e := c.info(t)
		if cat := e.cat; cat != "" {
			if c.is(t, "strong") || c.is(t, "taken") {
				return ""
			}
			return cat
		}
		if c.is(t, "of") {
			if m > 0 && c.toks[m-1].Kind == token.Word {
				p := &c.toks[m-1]
				if cat := c.info(p).catNoun; cat != "" {
					return cat
				}
				if c.is(p, "total") {
					m--
					continue
				}
			}
			return ""
		}
		if e.ctx&ctxLeftSkip != 0 || token.HasSuffixFold(c.textOf(t), "ly") && !t.Is(token.Cap) {
			m--
			continue
		}
		return ""
	}
	return ""
}

// rightScan returns the category of a verb after the counted phrase
// ("were reportedly killed", "in Arbin defected", "dead").
func rightScan(c *clause, k int) string {
	budget := rightScanWindow
	pp := 0 // words left inside a prepositional or coordinated phrase
	for ; k < len(c.toks) && budget > 0; budget-- {
		t := &c.toks[k]
		if t.Kind == token.Number {
			if pp == 0 {
				return ""
			}
			pp--
			k++
			continue
		}
		if t.Kind == token.Mark {
			switch c.textOf(t) {
			case ",":
				// ", including 11 ISIL fighters," is passed over.
				if c.word(k+1, "including") || c.word(k+1, "among") || c.word(k+1, "mostly") || c.word(k+1, "mainly") {
					e := skipTo(c, k+1, ",", asideWindow)
					if e < 0 {
						return ""
					}
					k = e + 1
					continue
				}
				return ""
			case "(":
				e := skipTo(c, k+1, ")", asideWindow)
				if e < 0 {
					return ""
				}
				k = e + 1
				continue
			case "-", "'", "’":
				k++
				continue
			}
			return ""
		}
		w := c.textOf(t)
		e := c.info(t)
		if cat := e.cat; cat != "" {
			if token.HasSuffixFold(w, "ing") && !c.is(t, "missing") || k > 0 && c.word(k-1, "and") {
				// "of killing", "and killed 43": another predicate.
				return ""
			}
			if c.is(t, "taken") {
				if c.word(k+1, "prisoner") || c.word(k+1, "captive") || c.word(k+1, "hostage") {
					return cat
				}
				return ""
			}
			return cat
		}
		if c.is(t, "set") && c.word(k+1, "free") {
			return "freed"
		}
		if c.is(t, "went") && c.word(k+1, "missing") {
			return "missing"
		}
		if c.is(t, "lost") && c.word(k+1, "their") && c.word(k+2, "lives") {
			return "killed"
		}
		switch {
		case e.ctx&ctxRightSkip != 0:
		case e.ctx&ctxPreposition != 0:
			pp = 4
		case c.is(t, "and") || c.is(t, "or"):
			pp = 4
		case c.is(t, "by") && k > 0 && token.HasSuffixFold(c.textOf(&c.toks[k-1]), "ed"):
			pp = 4
		case token.HasSuffixFold(w, "ed") && c.word(k+1, "by"):
			// "300 hostages held by the jihadists were set free"
		case t.Is(token.Cap):
		case token.HasSuffixFold(w, "ly"):
		case token.HasSuffixFold(w, "ing") && pp == 0:
			// "90 guards defending the field were killed"
			pp = 3
		case pp > 0 && e.ctx&ctxClauseBreak == 0:
			pp--
		default:
			return ""
		}
		k++
	}
	return ""
}

// skipTo returns the index of the punctuation p within n tokens after
// k, or -1.
func skipTo(c *clause, k int, p string, n int) int {
	for i := k; i < len(c.toks) && i < k+n; i++ {
		if c.toks[i].Kind == token.Mark && c.textOf(&c.toks[i]) == p {
			return i
		}
		if c.toks[i].Kind == token.Mark && (c.is(&c.toks[i], ".") || c.is(&c.toks[i], ";")) {
			return -1
		}
	}
	return -1
}

// tollScan reads "put the death toll at 270", "the number of executed
// prisoners at 100", "the toll rose to 50".
func tollScan(c *clause, orig string, ex *expr) string {
	m := ex.s - 1
	if m < 0 || c.toks[m].Kind != token.Word {
		return ""
	}
	switch t := &c.toks[m]; {
	case c.is(t, "at"), c.is(t, "to"), c.is(t, "of"), c.is(t, "reached"), c.is(t, "hit"), c.is(t, "was"),
		c.is(t, "is"), c.is(t, "exceeded"), c.is(t, "passed"), c.is(t, "stood"):
	default:
		return ""
	}
	for p := m - 1; p >= 0 && p >= m-tollWindow; p-- {
		t := &c.toks[p]
		if t.Kind == token.Mark && !c.is(t, "-") && !c.is(t, "'") && !c.is(t, "’") {
			return ""
		}
		if t.Kind == token.Number {
			return ""
		}
		if t.Kind != token.Word || c.info(t).ctx&ctxTollNoun == 0 {
			continue
		}
		cat := ""
		if p > 0 {
			cat = c.info(&c.toks[p-1]).tollMod
		}
		if c.word(p+1, "of") {
			s, e := readNP(c, p+2)
			if e > s && e <= m {
				if ex.subject == "" {
					ex.subject = joinText(c, orig, s, e)
				}
				for q := s; q < e && cat == ""; q++ {
					cat = c.info(&c.toks[q]).cat
				}
			}
		}
		return cat
	}
	return ""
}

// relation is how a count relates to the count before it.
type relation uint8

const (
	relNone  relation = iota
	relPart           // "26 people, of which 23 ..."
	relChain          // "23 ... and three ..."
)

// relate classifies the tokens [from,to) between the phrase of one count
// and the next count.
func relate(c *clause, from, to int) relation {
	if from > to || to-from > relateGap {
		return relNone
	}
	// Part triggers anywhere in a short gap, outside parentheses that
	// close in it ("7 spies (including a child), 5 citizens").
	for i := from; i < to; i++ {
		if c.toks[i].Kind == token.Mark && c.is(&c.toks[i], "(") {
			if e := skipTo(c, i+1, ")", to-i); e >= 0 && e < to {
				i = e
				continue
			}
		}
		if c.toks[i].Kind == token.Mark && c.is(&c.toks[i], ":") && i == from {
			return relPart
		}
		if c.toks[i].Kind == token.Mark && c.is(&c.toks[i], ";") {
			return relNone
		}
	next:
		for _, tr := range partTriggers {
			if i+len(tr) > to {
				continue
			}
			for k, w := range tr {
				if !c.word(i+k, w) {
					continue next
				}
			}
			return relPart
		}
	}
	// A pure coordination: commas, "and", "or", "as well as", "plus",
	// possibly after a parenthesis.
	if to == from {
		return relNone
	}
	depth := 0
	for i := from; i < to; i++ {
		t := &c.toks[i]
		if t.Kind == token.Mark && c.is(t, "(") {
			depth++
			continue
		}
		if t.Kind == token.Mark && c.is(t, ")") {
			depth--
			continue
		}
		if depth > 0 {
			continue
		}
		switch {
		case t.Kind == token.Mark && c.is(t, ","):
		case t.Kind == token.Word && (c.is(t, "and") || c.is(t, "or") || c.is(t, "plus") || c.is(t, "as") || c.is(t, "well")):
		default:
			return relNone
		}
	}
	if depth != 0 {
		return relNone
	}
	return relChain
}

// farLeft looks further left for a verb across a coordination: "killing
// the brigade commander Adnan Bakour and 15 other rebels". It stops at
// the clause's start or at an earlier count, whose category it takes.
func farLeft(c *clause, exprs []expr, i int) string {
	ex := &exprs[i]
	m := ex.s - 1
	// Only across a coordination.
	if m < 0 || !(c.toks[m].Kind == token.Mark && c.is(&c.toks[m], ",") || c.word(m, "and") || c.word(m, "were") || c.word(m, "was")) {
		return ""
	}
	for n := 0; m >= 0 && n < farLeftWindow; n++ {
		t := &c.toks[m]
		for j := i - 1; j >= 0; j-- {
			if m >= exprs[j].s && m < max(exprs[j].npE, exprs[j].e) {
				if exprs[j].kind == claims.KindCount {
					return exprs[j].cat
				}
				return ""
			}
		}
		if t.Kind == token.Mark && !c.is(t, ",") && !c.is(t, "-") && !c.is(t, "'") && !c.is(t, "’") {
			return ""
		}
		if t.Kind == token.Word {
			if cat := c.info(t).cat; cat != "" && !c.is(t, "strong") {
				return cat
			}
			if c.info(t).ctx&ctxClauseBreak != 0 && !c.is(t, "as") {
				return ""
			}
		}
		m--
	}
	return ""
}

// infoboxDefaults applies what an infobox key says: "Strength" lines count
// fighters of the force named before the number, "Casualties" lines count
// casualties.
func infoboxDefaults(u *article.Unit, c *clause, orig string, ex *expr) {
	key := u.Key
	switch {
	case token.HasPrefixFold(key, "strength"):
		if ex.cat == "" {
			ex.cat = "fighters"
		}
		if ex.subject == "" {
			// The force named before the number: capitalised words back to
			// a delimiter.
			e := ex.s
			s := e
			for s > 0 {
				t := &c.toks[s-1]
				if t.Kind == token.Word && (t.Is(token.Cap) || c.is(t, "al") || c.is(t, "ash") || c.is(t, "ad") || c.is(t, "of") || t.Is(token.Possessive)) ||
					t.Kind == token.Mark && (c.is(t, "-") || c.is(t, "'") || c.is(t, "’")) && !t.Is(token.Space) {
					s--
					continue
				}
				break
			}
			for s < e && c.toks[s].Kind != token.Word {
				s++
			}
			if s < e && !strings.Contains(strings.ToLower(c.textOf(&c.toks[s])), "strength") {
				ex.subject = joinText(c, orig, s, e)
			}
		}
	case token.HasPrefixFold(key, "casualties"), token.HasPrefixFold(key, "losses"):
		if ex.cat == "" {
			ex.cat = "casualties"
		}
	}
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// hasLowerWord reports whether s has a word (a run of non-space runes, as
// strings.Fields splits) that starts in lower case.
func hasLowerWord(s string) bool {
	inWord := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			if s[i] >= 'a' && s[i] <= 'z' {
				return true
			}
		}
	}
	return false
}

// isAcronym reports a word written in capitals ("IS", "US"), a name even
// when it spells a function word.
func isAcronym(t *token.Token) bool { return t.Is(token.Caps) }
