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
//   - the subject: the noun phrase after the number ("42 ISIL fighters",
//     "25 Army of Islam fighters"), after "of" ("25 of their fighters" →
//     "fighters", "20 of his own men" → "his own men", "Sixty of the
//     attackers" → "attackers", "Eight of the brigade's fighters" →
//     "brigade's fighters"), or after a copula or in apposition when the
//     number counts a part ("of which 23 were rebel fighters", "15 of whom
//     were rebel fighters", "six of them rebels", "one of them an
//     officer", "Seventeen of the dead were ISIS fighters", "Five of the
//     people killed were soldiers"); a possessor before the number stays
//     ("the militia's 300 fighters" → "militia's fighters"); a trailing
//     "prisoner", "captive" or "hostage" is what happened, not what is
//     counted ("took 12 soldiers prisoner" → "soldiers", captured); "40
//     dead among the rebels" counts rebels. In a coordination whose first
//     member lacks a head noun, the head of the last member is added ("70
//     ISIL and 20 rebel fighters" → "ISIL fighters"). "N others" and "N
//     more" take the subject of the nearest earlier count in the clause
//     that is not a part ("killed seven soldiers and took 12 others
//     prisoner" → "soldiers"), and so does a count with no noun after a
//     verb of what happened in the same coordination ("15 people were
//     killed and 30 wounded"); LinkOthers looks in the sentence before.
//   - the category (categories), in this order: a verb right before the
//     number ("killing 15", "executed a total of 4,225", "gunned down
//     9", "claimed the lives of 30"); a verb or adjective after the phrase
//     ("were reportedly killed", "left 24 rebels dead", "lost their
//     lives", "were shot dead", "had gone missing", "were taken captive",
//     "13 foreign fighters defected", "N deaths"), passing over a part set
//     off by commas (", one of them an officer,", ", civilians among
//     them,"); the state a part is taken from ("Seventeen of the dead",
//     "of those killed"); a toll ("put the death toll at 270", "the death
//     toll rose to 85", "the toll climbed to 19", "the number of executed
//     prisoners at 100"); a form of "take" before prisoners, hostages or
//     places ("took 40 prisoners", "taking three villages": captured);
//     the verb of a coordination ("Four ISIL fighters and three rebels
//     were killed"); the total a part belongs to, or the parts of a
//     total; a verb further left across a coordination ("killing the
//     commander and 15 other rebels", "..., as well as nine members"); an
//     infobox key (Strength → fighters, Casualties → casualties); and
//     last, for a subject that names fighters or attackers, "fighters"
//     (the strength of a force).
//   - parts: a count after "including", "of which", "of whom", "among
//     them", or a colon, is a part of the count before it, and so are the
//     counts coordinated with that part ("4,225 people: 2,262 civilians,
//     1,159 government soldiers, ... and one former member"); so is a
//     count set off by a comma that points back with "of them", "of whom"
//     or "among them" ("Sixteen people were killed, six of them rebels";
//     "killing 20 people, 8 civilians among them"); "17 of the 66 dead" is
//     a part of the count that follows it.
//
// Categories name the outcome in the text's own terms: arrest, detention
// and imprisonment are "arrested"; capture, seizure, abduction,
// kidnapping, surrender and taking prisoner, captive or hostage are
// "captured". Reconciliation folds the two when it compares counts; the
// finder keeps them apart, since "police arrested 50 demonstrators" and
// "the militants took 50 soldiers prisoner" are different events. Killing
// prisoners is "killed" with the prisoners as subject ("killed 30 of the
// prisoners they were holding"); "executed" needs a verb of execution.
//
// Not counts: ages ("fighters younger than 16", "a boy aged 12",
// "children under 15": kind other, unit "years of age"), fractions ("two
// thirds of the fighters"), and number words in names ("the Group of
// Seven", "the Five Eyes"; see notQuantity).

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
	// totalWindow bounds the tokens that may follow the phrase of a total
	// that opens the clause: "Of the 300 fighters who joined the group,
	// 40 ...".
	totalWindow = 8
	// partWindow bounds the tokens between a total and a part that points
	// back at it with "of them" or "among them": "Sixteen people were
	// killed, six of them rebels".
	partWindow = 12
	// elidedGap bounds the tokens between the phrase of a count and a
	// count that leaves out its subject: "15 people were killed and 30
	// wounded".
	elidedGap = 5
	// leadsToGap bounds the tokens between a part trigger and the count
	// it introduces: "including, 21", "including the 12".
	leadsToGap = 2
	// takeWindow bounds the words between a form of "take" and the count
	// after it: "taking another 30 hostages".
	takeWindow = 3
)

// readContext fills subject, category and parts of the counts in exprs,
// in passes over the clause: ages, and each count's own phrase and
// category (ownCategory); the parts and coordinations between counts
// (relateCounts, partsOfTotalsAfter); the subjects of "others" and of
// counts that leave theirs out (shareSubjects); the categories shared in
// a coordination (shareCoordinated); and the categories parts, totals and
// the wider context give (inheritCategories).
func readContext(u *article.Unit, c *clause, orig string, exprs []expr) {
	for i := range exprs {
		ex := &exprs[i]
		ex.npS, ex.npE = ex.e, ex.e
		if ex.kind != claims.KindCount {
			continue
		}
		if isAge(c, ex) {
			// "fighters younger than 16", "a boy aged 12"
			ex.kind, ex.unit = claims.KindOther, "years of age"
			continue
		}
		ownCategory(c, orig, ex)
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
	partsOfTotalsAfter(exprs)
	shareSubjects(c, exprs)
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
	if h := strings.ToLower(lastWord(ex.subject)); ex.cat == "" && (captiveNouns[h] || placeNouns[h]) && takeBefore(c, ex.s) {
		// "took 12 prisoners", "taking three villages"
		ex.cat = "captured"
	}
}

// relateCounts links each count to the one before it: a part of it ("120
// passengers, 15 of them injured"; "Of the 120 passengers, 15 were
// injured"; "Sixteen people were killed, six of them rebels") or a member
// of the same coordination ("70 ISIL and 20 rebel fighters").
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
			if rel != relPart && ofTheTotal(c, p.s) && totalCommaBefore(c, p.npE, ex.s) {
				// "Of the 120 passengers, 15 were injured"
				rel = relPart
			}
			if rel != relPart && partAfter(c, p, ex) {
				// "Sixteen people were killed, six of them rebels";
				// "killing 20 people, 8 civilians among them".
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

// partsOfTotalsAfter makes "17 of the 66 dead" a part of the count after
// it.
func partsOfTotalsAfter(exprs []expr) {
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind != claims.KindCount || ex.ofTotal < 0 || ex.parent >= 0 {
			continue
		}
		if j := i + 1; j < len(exprs) && exprs[j].kind == claims.KindCount && exprs[j].s == ex.ofTotal && exprs[j].parent < 0 {
			ex.parent = j
		}
	}
}

// shareSubjects gives a count of "others" the subject of the count before
// it ("killed seven soldiers and wounded 12 others"), and a count that
// leaves its subject out that of the count before it ("killed 4 people
// and injured 26").
func shareSubjects(c *clause, exprs []expr) {
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind != claims.KindCount {
			continue
		}
		others := ex.others(c)
		if !others && (ex.subject != "" || ex.ofPron || ex.ofTotal >= 0 || ex.parent >= 0) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := &exprs[j]
			if p.kind != claims.KindCount || p.parent >= 0 || p.subject == "" || p.others(c) {
				continue
			}
			if others || p.cat != "" && elided(c, p, ex) {
				ex.subject = p.subject
				if p.a.val == 1 && !p.isRng && !p.a.vague {
					// "killing one soldier and wounding 7 others"
					ex.subject = plural(p.subject)
				}
			}
			break
		}
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
// pronoun or an article ("one of them", "one faction"), but not a named
// part ("one of them an officer").
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
		if ex.cat == "" && combatants[strings.ToLower(lastWord(ex.subject))] && !ex.ofPron {
			// Not for "Six of them were rebels": a part of a total told
			// before, whose category LinkOthers gives it.
			ex.cat = "fighters"
		}
		// "one" as a pronoun or article: "one of them", "one faction",
		// "one of the largest"; but "Eleven soldiers, one of them an
		// officer" counts the officer.
		namedPart := ex.ofPron && ex.parent >= 0 && ex.subject != "" && ex.cat != ""
		if ex.a.one && !ex.isRng && ex.qual == qualNone && !ex.plus && (ex.ofPron || ex.cat == "") && !namedPart {
			ex.drop = true
		}
		if ex.a.one && ex.npS < len(c.toks) && c.word(ex.e, "of") && !namedPart {
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

// totalCommaBefore reports that the count at c.toks[to] follows the first
// comma after c.toks[k], with only words between ("Of the 66 dead, 17
// were", "Of the 300 fighters who joined, 40 were").
func totalCommaBefore(c *clause, k, to int) bool {
	if to < 1 || !c.punct(to-1, ",") || to-1-k > totalWindow {
		return false
	}
	for i := k; i < to-1; i++ {
		if c.toks[i].Kind != token.Word {
			return false
		}
	}
	return true
}

// readSubject reads what is counted after the expression.
func readSubject(c *clause, orig string, ex *expr) {
	k := ex.e
	switch {
	case c.word(k, "of"):
		readOfSubject(c, orig, ex, k)
		return
	case k < len(c.toks) && isCopula(c, &c.toks[k]) && copularNP(c, skipArticle(c, k+1)):
		// "of which 23 were rebel fighters"
		s, e := readNP(c, skipArticle(c, k+1))
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
		if p := possessorBefore(c, ex.s); p < ex.s {
			// "the brigade's 40 fighters": the possessor stays.
			ex.subject = joinText(c, orig, p, ex.s) + " " + ex.subject
		}
		trimPredicate(c, ex, s, e)
		return
	}
	if c.word(k, "more") && !c.word(k+1, "than") {
		// "12 more died": others (see expr.others).
		ex.npS, ex.npE = k, k+1
		return
	}
	// "40 dead among the rebels": what is counted follows the state.
	if k < len(c.toks) && c.toks[k].Kind == token.Word && c.info(&c.toks[k]).ctx&ctxState != 0 && c.word(k+1, "among") {
		s, e := readNP(c, skipDeterminer(c, k+2))
		if e > s {
			ex.subject = joinText(c, orig, s, e)
		}
	}
}

// readOfSubject reads what is counted after "of" at c.toks[k]: "25 of
// their fighters", "20 of his own men", "Sixty of the attackers",
// "Seventeen of the dead were ISIS fighters", "17 of the 66 dead", "15 of
// whom were rebel fighters", "six of them rebels".
func readOfSubject(c *clause, orig string, ex *expr, k int) {
	k2 := k + 1
	if k2 >= len(c.toks) {
		return
	}
	switch t := &c.toks[k2]; {
	case c.is(t, "them"), c.is(t, "whom"), c.is(t, "which"), c.is(t, "us"), c.is(t, "it"):
		ex.ofPron = true
		ex.npS, ex.npE = k, k2+1
		// The part says what it is: "15 of whom were rebel fighters",
		// "six of them rebels", "one of them an officer".
		if s, e := predicateNP(c, k2+1); e > s {
			ex.subject = joinText(c, orig, s, e)
			ex.npE = e
		}
		return
	case c.is(t, "his"), c.is(t, "her"), c.is(t, "their"), c.is(t, "its"), c.is(t, "our"), c.is(t, "my"), c.is(t, "your"):
		if c.word(k2+1, "own") {
			// "20 of his own men": the pronoun says whose.
			s, e := readNP(c, k2+1)
			if e > s {
				ex.npS, ex.npE = k2, e
				ex.subject = joinText(c, orig, k2, e)
				trimPredicate(c, ex, k2, e)
			}
			return
		}
		k2++
	case c.is(t, "the"), c.is(t, "these"), c.is(t, "those"), c.is(t, "whose"):
		k2++
	}
	if k2 < len(c.toks) && c.toks[k2].Kind == token.Number || numberWordAt(c, k2) {
		// "17 of the 66 dead": a part of the count that follows.
		if n, ok := readNumber(c, k2); ok {
			ex.ofTotal = k2
			k2 = n.end
		}
	}
	if k2 >= len(c.toks) || c.toks[k2].Kind != token.Word {
		ex.ofPron = ex.ofTotal < 0
		ex.npS, ex.npE = k, k2
		return
	}
	s, e := readNP(c, k2)
	generic := e == s
	if e > s {
		ex.npS, ex.npE = s, e
		ex.subject = joinText(c, orig, s, e)
		ex.cat = npCategory(c, s, e)
		generic = c.info(&c.toks[e-1]).ctx&ctxGenericTotal != 0
		trimPredicate(c, ex, s, e)
	} else {
		ex.npS, ex.npE = k, k2
	}
	if !generic {
		return
	}
	// "of the dead were ISIS fighters", "of those killed were children",
	// "of the people killed were soldiers": the state is the category,
	// the predicate what is counted.
	j := e
	if j < len(c.toks) && c.toks[j].Kind == token.Word && c.info(&c.toks[j]).ctx&ctxState != 0 {
		if ex.cat == "" {
			ex.cat = c.info(&c.toks[j]).cat
		}
		j++
		ex.npE = j
	}
	if j < len(c.toks) && isCopula(c, &c.toks[j]) {
		if s2, e2 := predicateNP(c, j); e2 > s2 {
			ex.subject = joinText(c, orig, s2, e2)
			ex.npE = e2
		}
	}
}

// predicateNP reads the noun phrase that says what a part is, at
// c.toks[k] after "N of them" or "N of the dead": with a copula ("were
// rebel fighters", "was a commander") or without one ("rebels", "an
// officer"). It returns an empty range when a verb or a phrase of another
// kind follows ("were killed", "in Aleppo", "seriously").
func predicateNP(c *clause, k int) (int, int) {
	if k < len(c.toks) && isCopula(c, &c.toks[k]) {
		k++
	}
	k = skipArticle(c, k)
	if !copularNP(c, k) {
		return k, k
	}
	s, e := readNP(c, k)
	if e > s && c.toks[e-1].Kind == token.Word && token.HasSuffixFold(c.textOf(&c.toks[e-1]), "ly") {
		return k, k
	}
	return s, e
}

// isCopula reports "were", "was", "are" or "is" (not the acronym "IS").
func isCopula(c *clause, t *token.Token) bool {
	if t.Kind != token.Word || t.Is(token.Caps) {
		return false
	}
	return c.is(t, "were") || c.is(t, "was") || c.is(t, "are") || c.is(t, "is")
}

// skipArticle passes over "a", "an" or "the" at c.toks[k].
func skipArticle(c *clause, k int) int {
	if c.word(k, "a") || c.word(k, "an") || c.word(k, "the") {
		return k + 1
	}
	return k
}

// skipDeterminer passes over an article or a possessive pronoun at
// c.toks[k].
func skipDeterminer(c *clause, k int) int {
	if k < len(c.toks) && c.toks[k].Kind == token.Word {
		switch t := &c.toks[k]; {
		case c.is(t, "a"), c.is(t, "an"), c.is(t, "the"), c.is(t, "their"), c.is(t, "its"),
			c.is(t, "his"), c.is(t, "her"), c.is(t, "our"), c.is(t, "these"), c.is(t, "those"):
			return k + 1
		}
	}
	return k
}

// numberWordAt reports a number written in words at c.toks[k].
func numberWordAt(c *clause, k int) bool {
	return k < len(c.toks) && c.toks[k].Kind == token.Word && c.info(&c.toks[k]).isNum
}

// trimPredicate drops a trailing "prisoner", "captive" or "hostage" from
// the subject of a count whose phrase [s,e) it ends: in "took 12 others
// prisoner" it says what happened, not what is counted.
func trimPredicate(c *clause, ex *expr, s, e int) {
	if e-s < 2 || c.info(&c.toks[e-1]).ctx&ctxCaptiveState == 0 {
		return
	}
	if i := strings.LastIndexByte(ex.subject, ' '); i >= 0 {
		ex.subject = ex.subject[:i]
	}
	if ex.cat == "" {
		ex.cat = "captured"
	}
}

// inNPStop reports whether t is a word of npStop, the possessive "'s"
// among them.
func inNPStop(c *clause, t *token.Token) bool {
	return t.Kind == token.Word && (t.Is(token.Possessive) || c.info(t).ctx&ctxNPStop != 0)
}

// possessorBefore returns where the possessor of a count starts when the
// count at c.toks[s] follows one ("the brigade's 40 fighters", "Liwa
// al-Asqa's 2,100 militants"), or s. The possessor is a name (capitalised
// words, joined by hyphens or "al") or one common noun; a day, a month or
// a time word ("Saturday's 30 dead") is not one.
func possessorBefore(c *clause, s int) int {
	if s < 2 || c.toks[s-1].Kind != token.Word || !c.toks[s-1].Is(token.Possessive) || c.toks[s-2].Kind != token.Word {
		return s
	}
	p := s - 2
	t := &c.toks[p]
	if c.info(t).ctx&(ctxMonth|ctxWeekday|ctxTimeNoun) != 0 || inNPStop(c, t) {
		return s
	}
	if !t.Is(token.Cap) {
		return p
	}
	for p > 0 {
		q := &c.toks[p-1]
		switch {
		case q.Kind == token.Word && (q.Is(token.Cap) || c.is(q, "al") || c.is(q, "el")) && !inNPStop(c, q):
			p--
		case q.Kind == token.Mark && (c.is(q, "-") || c.is(q, "'") || c.is(q, "’")) && !q.Is(token.Space) && !c.toks[p].Is(token.Space) && p > 1 && c.toks[p-2].Kind == token.Word:
			p -= 2
		default:
			return p
		}
	}
	return p
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
			if c.is(t, "of") && words > 0 && lastUpper {
				// "Army of Islam fighters", "Soldiers of the Levant"
				n := j
				if c.word(n, "the") {
					n++
				}
				if n < len(c.toks) && c.toks[n].Kind == token.Word && c.toks[n].Is(token.Cap) {
					i = n
					continue
				}
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
		if c.is(t, "down") && m > 0 && killedManner(c, m-1) {
			// "gunned down 9 farmers"
			return "killed"
		}
		if c.is(t, "up") && m > 0 && (c.word(m-1, "rounded") || c.word(m-1, "rounding") || c.word(m-1, "picked")) {
			// "rounded up 50 men"
			return "arrested"
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
				// ", one of them an officer," and ", civilians among
				// them," are passed over too.
				if e := appositivePart(c, k); e >= 0 {
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
		if (c.is(t, "exchanged") || c.is(t, "swapped")) && k+1 < len(c.toks) && (c.toks[k+1].Kind == token.Number || c.toks[k+1].Kind == token.Word && !inNPStop(c, &c.toks[k+1])) {
			// "the two sides exchanged fire": they are not what was
			// exchanged.
			return ""
		}
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
		if (c.is(t, "went") || c.is(t, "gone")) && c.word(k+1, "missing") {
			return "missing"
		}
		if killedManner(c, k) {
			// "were shot dead", "beaten to death", "gunned down"
			return "killed"
		}
		if (c.is(t, "held") || c.is(t, "kept")) && (c.word(k+1, "hostage") || c.word(k+1, "captive") || c.word(k+1, "prisoner")) {
			return "captured"
		}
		if (c.is(t, "lost") || c.is(t, "losing")) && (c.word(k+1, "their") && c.word(k+2, "lives") ||
			(c.word(k+1, "his") || c.word(k+1, "her")) && c.word(k+2, "life")) {
			return "killed"
		}
		if (c.is(t, "younger") || c.is(t, "older")) && c.word(k+1, "than") || c.is(t, "aged") {
			// "three fighters younger than 16 were killed": an age.
			j := k + 1
			if !c.is(t, "aged") {
				j++
			}
			if n, ok := readNumber(c, j); ok {
				k = n.end
				continue
			}
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

// killedManner reports a verb of how people were killed at c.toks[k]:
// "shot dead", "beaten to death", "gunned down".
func killedManner(c *clause, k int) bool {
	if k < 0 || k >= len(c.toks) || c.toks[k].Kind != token.Word || c.info(&c.toks[k]).ctx&ctxManner == 0 {
		return false
	}
	t := &c.toks[k]
	return c.word(k+1, "dead") || c.word(k+1, "to") && c.word(k+2, "death") ||
		c.word(k+1, "down") && (c.is(t, "gunned") || c.is(t, "mowed") || c.is(t, "cut"))
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
		if c.word(p+1, "of") || c.word(p+1, "among") {
			// "the number of executed prisoners", "the toll among
			// civilians"; not "the toll of the bombing".
			s, e := readNP(c, skipDeterminer(c, p+2))
			if e > s && e <= m && !eventNoun(c, &c.toks[e-1]) {
				if ex.subject == "" {
					ex.subject = joinText(c, orig, s, e)
				}
				for q := s; q < e && cat == ""; q++ {
					cat = c.info(&c.toks[q]).cat
				}
			}
		}
		if cat == "" && c.is(t, "toll") && (p == 0 || c.toks[p-1].Kind != token.Word || inNPStop(c, &c.toks[p-1])) {
			// "the toll rose to 50": a toll alone counts the dead.
			cat = "killed"
		}
		return cat
	}
	return ""
}

// leadsTo reports that a part trigger ending at c.toks[k] introduces the
// count at c.toks[to]: at most a comma or an article lie between ("of
// which 23", "including, 21", "including the 12"). In "12 militants,
// most of them foreigners, and 30 others" it introduces no count.
func leadsTo(c *clause, k, to int) bool {
	if to-k > leadsToGap {
		return false
	}
	for ; k < to; k++ {
		if t := &c.toks[k]; !(t.Kind == token.Mark && c.is(t, ",")) && !c.word(k, "the") && !c.word(k, "a") && !c.word(k, "an") {
			return false
		}
	}
	return true
}

// eventNoun reports a noun that names an event, not people: "the toll
// of the bombing".
func eventNoun(c *clause, t *token.Token) bool {
	return token.HasSuffixFold(c.textOf(t), "ing") || c.info(t).ctx&ctxEventNoun != 0
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
	// Part triggers right before the count, outside parentheses that
	// close in the gap ("7 spies (including a child), 5 citizens").
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
			if leadsTo(c, i+len(tr), to) {
				return relPart
			}
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
	if m < 0 || !(c.toks[m].Kind == token.Mark && c.is(&c.toks[m], ",") || c.word(m, "and") || c.word(m, "were") || c.word(m, "was") ||
		c.word(m, "as") && c.word(m-1, "well") && c.word(m-2, "as")) {
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

// others reports a count of "others" or "more" ("wounded 12 others",
// "12 more died"), whose subject is that of a count before it.
func (ex *expr) others(c *clause) bool {
	if ex.subject == "" {
		return c.word(ex.e, "more") && !c.word(ex.e+1, "than")
	}
	return token.EqualFold(ex.subject, "others") || token.EqualFold(ex.subject, "other")
}

// elided reports a count ex with no subject that shares the subject of
// the count p before it, which says what happened to it: only "and" (or a
// comma before a participle), commas, a verb of what happened and the
// words passed over before a number lie between them ("15 people were
// killed and 30 wounded", "killed 4 people and injured 26", "killed 12
// people, wounding 40").
func elided(c *clause, p, ex *expr) bool {
	if ex.s < p.npE || ex.s-p.npE > elidedGap {
		return false
	}
	joined := false
	for k := p.npE; k < ex.s; k++ {
		t := &c.toks[k]
		switch {
		case t.Kind == token.Mark && c.is(t, ","):
		case t.Kind != token.Word:
			return false
		case c.is(t, "and"):
			joined = true
		case c.info(t).cat != "":
			// ", wounding dozens": a participle joins as "and" does.
			joined = joined || token.HasSuffixFold(c.textOf(t), "ing") && k > p.npE && c.punct(k-1, ",")
		case c.info(t).ctx&ctxLeftSkip != 0 || token.HasSuffixFold(c.textOf(t), "ly"):
		default:
			return false
		}
	}
	return joined
}

// partAfter reports whether the count ex, set off by a comma after the
// count p, names a part of it: "Sixteen people were killed, six of them
// rebels"; "22 people there, 15 of whom were rebel fighters"; "killing
// 20 people, 8 civilians among them".
func partAfter(c *clause, p, ex *expr) bool {
	if ex.s <= p.npE || ex.s-p.npE > partWindow {
		return false
	}
	if t := &c.toks[ex.s-1]; t.Kind != token.Mark || !c.is(t, ",") && !c.is(t, "(") && !c.is(t, "—") && !c.is(t, "–") {
		return false
	}
	for k := p.npE; k < ex.s-1; k++ {
		if t := &c.toks[k]; t.Kind == token.Mark && (c.is(t, ";") || c.is(t, ".") || c.is(t, ":")) {
			return false
		}
	}
	if c.word(ex.e, "of") && partPronoun(c, ex.e+1) {
		return true
	}
	return c.word(ex.npE, "among") && partPronoun(c, ex.npE+1)
}

// partPronoun reports "them", "whom", "which" or "those" at c.toks[k].
func partPronoun(c *clause, k int) bool {
	return c.word(k, "them") || c.word(k, "whom") || c.word(k, "which") || c.word(k, "those")
}

// isAge reports a number that gives an age: "younger than 16", "aged
// 12", "under the age of 18", "children under 15".
func isAge(c *clause, ex *expr) bool {
	s := numberStart(c, ex)
	for _, at := range [2]int{ex.s, s} {
		switch {
		case c.word(at-1, "aged"):
			return true
		case c.word(at-1, "than") && (c.word(at-2, "younger") || c.word(at-2, "older")):
			return true
		case c.word(at-1, "of") && (c.word(at-2, "age") || c.word(at-2, "ages")):
			return true
		}
	}
	if (ex.qual == qualLessThan || ex.qual == qualMoreThan || ex.qual == qualUpTo) && ex.s > 0 &&
		c.toks[ex.s-1].Kind == token.Word && c.info(&c.toks[ex.s-1]).ctx&ctxMinor != 0 {
		// "children under 15": no noun after the number.
		e := ex.e
		return e >= len(c.toks) || c.toks[e].Kind != token.Word || inNPStop(c, &c.toks[e]) || c.info(&c.toks[e]).cat != ""
	}
	return false
}

// takeBefore reports a form of "take" before the count at c.toks[s]
// ("took 12 prisoners", "taking another 30 hostages").
func takeBefore(c *clause, s int) bool {
	m := s - 1
	for n := 0; m >= 0 && n < takeWindow; n++ {
		t := &c.toks[m]
		if t.Kind != token.Word {
			return false
		}
		if c.is(t, "take") || c.is(t, "takes") || c.is(t, "took") || c.is(t, "taken") || c.is(t, "taking") {
			return true
		}
		if c.info(t).ctx&ctxLeftSkip == 0 {
			return false
		}
		m--
	}
	return false
}

// appositivePart returns the comma that closes a part set off after
// what is counted (", one of them an officer,", ", the commanders X and
// Y among them,"), when a comma at c.toks[k] opens one, or -1.
func appositivePart(c *clause, k int) int {
	e := skipTo(c, k+1, ",", asideWindow)
	if e < 0 {
		return -1
	}
	if n, ok := readNumber(c, k+1); ok && n.end < e && c.word(n.end, "of") && partPronoun(c, n.end+1) {
		return e
	}
	if k+1 < e && c.toks[k+1].Kind == token.Word && c.info(&c.toks[k+1]).ctx&ctxPartQuantifier != 0 && c.word(k+2, "of") && partPronoun(c, k+3) {
		// ", many of them women and children,"
		return e
	}
	if e-2 > k && c.word(e-2, "among") && partPronoun(c, e-1) {
		return e
	}
	return -1
}
