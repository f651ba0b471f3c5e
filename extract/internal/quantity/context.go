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

// readContext fills subject, category and parts of the counts in exprs.
func readContext(u *article.Unit, toks []tok, orig string, exprs []expr) {
	// Pass 1: the phrase of each count and the categories it carries
	// itself.
	for i := range exprs {
		ex := &exprs[i]
		ex.npS, ex.npE = ex.e, ex.e
		if ex.kind != claims.KindCount {
			continue
		}
		if isAge(toks, ex) {
			// "fighters younger than 16", "a boy aged 12"
			ex.kind, ex.unit = claims.KindOther, "years of age"
			continue
		}
		readSubject(toks, orig, ex)
		if ex.strong {
			ex.cat = "fighters"
		}
		if ex.cat == "" {
			ex.cat = directLeft(toks, ex.s)
		}
		if ex.cat == "" {
			if c := rightScan(toks, ex.npE); c != "" {
				ex.cat, ex.catRight = c, true
			}
		}
		if ex.cat == "" {
			ex.cat = tollScan(toks, orig, ex)
		}
		if ex.cat == "" {
			ex.cat = npCategory(toks, ex.npS, ex.npE)
		}
		if token.EqualFold(ex.subject, "hostage") || token.EqualFold(ex.subject, "prisoner") || token.EqualFold(ex.subject, "captive") {
			// "taking 40 hostage"
			ex.cat, ex.subject = "captured", ""
		}
		if ex.cat == "" && ex.s > 0 && (wordIs(toks, ex.s-1, "lost") || wordIs(toks, ex.s-1, "losing")) {
			if h := strings.ToLower(lastWord(ex.subject)); combatants[h] || countNouns[h] {
				// "the army lost 12 soldiers"
				ex.cat = "casualties"
			}
		}
		if h := strings.ToLower(lastWord(ex.subject)); ex.cat == "" && (captiveNouns[h] || placeNouns[h]) && takeBefore(toks, ex.s) {
			// "took 12 prisoners", "taking three villages"
			ex.cat = "captured"
		}
	}
	for i := range exprs {
		if exprs[i].kind == claims.KindCount && sourceNouns[strings.ToLower(lastWord(exprs[i].subject))] {
			exprs[i].cat = ""
			exprs[i].drop = exprs[i].a.one && exprs[i].qual == qualNone && !exprs[i].isRng
			exprs[i].kind = claims.KindOther
			exprs[i].unit = ""
		}
	}
	// Pass 2: parts and coordinations.
	prev := -1
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind != claims.KindCount {
			continue
		}
		ex.chain = i
		if prev >= 0 {
			p := &exprs[prev]
			rel := relate(toks, p.npE, ex.s)
			if rel != relPart && ofTheTotal(toks, p.s) && totalCommaBefore(toks, p.npE, ex.s) {
				// "Of the 120 passengers, 15 were injured"
				rel = relPart
			}
			if rel != relPart && partAfter(toks, p, ex) {
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
	// "17 of the 66 dead": a part of the count after it.
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind != claims.KindCount || ex.ofTotal < 0 || ex.parent >= 0 {
			continue
		}
		if j := i + 1; j < len(exprs) && exprs[j].kind == claims.KindCount && exprs[j].s == ex.ofTotal && exprs[j].parent < 0 {
			ex.parent = j
		}
	}
	// "killed seven soldiers and wounded 12 others": others of the
	// count before; "killed 4 people and injured 26": the same subject,
	// left out.
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind != claims.KindCount {
			continue
		}
		others := ex.others(toks)
		if !others && (ex.subject != "" || ex.ofPron || ex.ofTotal >= 0 || ex.parent >= 0) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := &exprs[j]
			if p.kind != claims.KindCount || p.parent >= 0 || p.subject == "" || p.others(toks) {
				continue
			}
			if others || p.cat != "" && elided(toks, p, ex) {
				ex.subject = p.subject
				if p.a.val == 1 && !p.isRng && !p.a.vague {
					// "killing one soldier and wounding 7 others"
					ex.subject = plural(p.subject)
				}
			}
			break
		}
	}
	// Pass 3: categories shared in a coordination. The verb before the
	// first member or after the last one applies to every member.
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
			shared = farLeft(toks, exprs, i)
		}
		for j := i; j <= last; j++ {
			if exprs[j].chain == i && exprs[j].cat == "" {
				exprs[j].cat = shared
			}
		}
		// "70 ISIL and 20 rebel fighters": the first members share the
		// head noun of the last.
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
	// Pass 4: parts and totals share a category; then the wider context.
	for i := range exprs {
		ex := &exprs[i]
		if ex.kind != claims.KindCount {
			continue
		}
		if ex.cat == "" && ex.parent >= 0 {
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
			ex.cat = farLeft(toks, exprs, i)
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
			infoboxDefaults(u, toks, orig, ex)
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
		if ex.a.one && ex.npS < len(toks) && wordIs(toks, ex.e, "of") && !namedPart {
			ex.drop = true
		}
	}
	// A dropped total leaves its parts without one.
	for i := range exprs {
		if p := exprs[i].parent; p >= 0 && exprs[p].drop {
			exprs[i].parent = -1
		}
	}
}

// totalWindow is how many tokens may follow the phrase of a total that
// opens the clause ("Of the 300 fighters who joined the group, 40 ...").
const totalWindow = 8

// totalCommaBefore reports that the count at toks[to] follows the first
// comma after toks[k], with only words between ("Of the 66 dead, 17
// were", "Of the 300 fighters who joined, 40 were").
func totalCommaBefore(toks []tok, k, to int) bool {
	if to < 1 || !punctIs(toks, to-1, ",") || to-1-k > totalWindow {
		return false
	}
	for i := k; i < to-1; i++ {
		if toks[i].kind != tWord {
			return false
		}
	}
	return true
}

// ofTheTotal reports "Of the" or "Of" opening the clause before toks[s].
func ofTheTotal(toks []tok, s int) bool {
	switch {
	case s == 1:
		return wordIs(toks, 0, "of")
	case s == 2:
		return wordIs(toks, 0, "of") && (wordIs(toks, 1, "the") || wordIs(toks, 1, "these") || wordIs(toks, 1, "those"))
	}
	return false
}

// readSubject reads what is counted after the expression.
func readSubject(toks []tok, orig string, ex *expr) {
	k := ex.e
	switch {
	case wordIs(toks, k, "of"):
		readOfSubject(toks, orig, ex, k)
		return
	case k < len(toks) && isCopula(toks[k]) && copularNP(toks, skipArticle(toks, k+1)):
		// "of which 23 were rebel fighters"
		s, e := readNP(toks, skipArticle(toks, k+1))
		if e > s {
			ex.npS, ex.npE = s, e
			ex.subject = joinText(toks, orig, s, e)
		}
		return
	}
	s, e := readNP(toks, k)
	if e > s {
		ex.npS, ex.npE = s, e
		ex.subject = joinText(toks, orig, s, e)
		if p := possessorBefore(toks, ex.s); p < ex.s {
			// "the brigade's 40 fighters": the possessor stays.
			ex.subject = joinText(toks, orig, p, ex.s) + " " + ex.subject
		}
		trimPredicate(toks, ex, s, e)
		return
	}
	if wordIs(toks, k, "more") && !wordIs(toks, k+1, "than") {
		// "12 more died": others (see expr.others).
		ex.npS, ex.npE = k, k+1
		return
	}
	// "40 dead among the rebels": what is counted follows the state.
	if k < len(toks) && toks[k].kind == tWord && stateWords[toks[k].low] && wordIs(toks, k+1, "among") {
		s, e := readNP(toks, skipDeterminer(toks, k+2))
		if e > s {
			ex.subject = joinText(toks, orig, s, e)
		}
	}
}

// readOfSubject reads what is counted after "of" at toks[k]: "25 of their
// fighters", "20 of his own men", "Sixty of the attackers", "Seventeen of
// the dead were ISIS fighters", "17 of the 66 dead", "15 of whom were
// rebel fighters", "six of them rebels".
func readOfSubject(toks []tok, orig string, ex *expr, k int) {
	k2 := k + 1
	if k2 >= len(toks) {
		return
	}
	switch toks[k2].low {
	case "them", "whom", "which", "us", "it":
		ex.ofPron = true
		ex.npS, ex.npE = k, k2+1
		// The part says what it is: "15 of whom were rebel fighters",
		// "six of them rebels", "one of them an officer".
		if s, e := predicateNP(toks, k2+1); e > s {
			ex.subject = joinText(toks, orig, s, e)
			ex.npE = e
		}
		return
	case "his", "her", "their", "its", "our", "my", "your":
		if wordIs(toks, k2+1, "own") {
			// "20 of his own men": the pronoun says whose.
			s, e := readNP(toks, k2+1)
			if e > s {
				ex.npS, ex.npE = k2, e
				ex.subject = joinText(toks, orig, k2, e)
				trimPredicate(toks, ex, k2, e)
			}
			return
		}
		k2++
	case "the", "these", "those", "whose":
		k2++
	}
	if k2 < len(toks) && toks[k2].kind == tNum || numberWordAt(toks, k2) {
		// "17 of the 66 dead": a part of the count that follows.
		if n, ok := readNumber(toks, k2); ok {
			ex.ofTotal = k2
			k2 = n.end
		}
	}
	if k2 >= len(toks) || toks[k2].kind != tWord {
		ex.ofPron = ex.ofTotal < 0
		ex.npS, ex.npE = k, k2
		return
	}
	s, e := readNP(toks, k2)
	generic := e == s
	if e > s {
		ex.npS, ex.npE = s, e
		ex.subject = joinText(toks, orig, s, e)
		ex.cat = npCategory(toks, s, e)
		generic = genericTotals[toks[e-1].low]
		trimPredicate(toks, ex, s, e)
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
	if j < len(toks) && toks[j].kind == tWord && stateWords[toks[j].low] {
		if ex.cat == "" {
			ex.cat = categories[toks[j].low]
		}
		j++
		ex.npE = j
	}
	if j < len(toks) && isCopula(toks[j]) {
		if s2, e2 := predicateNP(toks, j); e2 > s2 {
			ex.subject = joinText(toks, orig, s2, e2)
			ex.npE = e2
		}
	}
}

// predicateNP reads the noun phrase that says what a part is, at toks[k]
// after "N of them" or "N of the dead": with a copula ("were rebel
// fighters", "was a commander") or without one ("rebels", "an officer").
// It returns an empty range when a verb or a phrase of another kind
// follows ("were killed", "in Aleppo", "seriously").
func predicateNP(toks []tok, k int) (int, int) {
	if k < len(toks) && isCopula(toks[k]) {
		k++
	}
	k = skipArticle(toks, k)
	if !copularNP(toks, k) {
		return k, k
	}
	s, e := readNP(toks, k)
	if e > s && toks[e-1].kind == tWord && strings.HasSuffix(toks[e-1].low, "ly") {
		return k, k
	}
	return s, e
}

// isCopula reports "were", "was", "are" or "is" (not the acronym "IS").
func isCopula(t tok) bool {
	if t.kind != tWord || t.caps {
		return false
	}
	switch t.low {
	case "were", "was", "are", "is":
		return true
	}
	return false
}

// skipArticle passes over "a", "an" or "the" at toks[k].
func skipArticle(toks []tok, k int) int {
	if wordIs(toks, k, "a") || wordIs(toks, k, "an") || wordIs(toks, k, "the") {
		return k + 1
	}
	return k
}

// skipDeterminer passes over an article or a possessive pronoun at toks[k].
func skipDeterminer(toks []tok, k int) int {
	if k < len(toks) && toks[k].kind == tWord {
		switch toks[k].low {
		case "a", "an", "the", "their", "its", "his", "her", "our", "these", "those":
			return k + 1
		}
	}
	return k
}

// numberWordAt reports a number written in words at toks[k].
func numberWordAt(toks []tok, k int) bool {
	return k < len(toks) && toks[k].kind == tWord && toks[k].info().isNum
}

// trimPredicate drops a trailing "prisoner", "captive" or "hostage" from
// the subject of a count whose phrase [s,e) it ends: in "took 12 others
// prisoner" it says what happened, not what is counted.
func trimPredicate(toks []tok, ex *expr, s, e int) {
	if e-s < 2 || !captiveStates[toks[e-1].low] {
		return
	}
	if i := strings.LastIndexByte(ex.subject, ' '); i >= 0 {
		ex.subject = ex.subject[:i]
	}
	if ex.cat == "" {
		ex.cat = "captured"
	}
}

// possessorBefore returns where the possessor of a count starts when the
// count at toks[s] follows one ("the brigade's 40 fighters", "Liwa
// al-Asqa's 2,100 militants"), or s. The possessor is a name (capitalised
// words, joined by hyphens or "al") or one common noun; a day, a month or
// a time word ("Saturday's 30 dead") is not one.
func possessorBefore(toks []tok, s int) int {
	if s < 2 || !wordIs(toks, s-1, "'s") || toks[s-2].kind != tWord {
		return s
	}
	p := s - 2
	t := toks[p]
	if monthWords[t.low] || weekdays[t.low] || timeNouns[t.low] || npStop[t.low] {
		return s
	}
	if !t.upper {
		return p
	}
	for p > 0 {
		q := toks[p-1]
		switch {
		case q.kind == tWord && (q.upper || q.low == "al" || q.low == "el") && !npStop[q.low]:
			p--
		case q.kind == tPunct && (q.low == "-" || q.low == "'" || q.low == "’") && !q.sp && !toks[p].sp && p > 1 && toks[p-2].kind == tWord:
			p -= 2
		default:
			return p
		}
	}
	return p
}

// npCategory returns the category of a participle leading a phrase
// ("executed prisoners"), or "".
func npCategory(toks []tok, s, e int) string {
	if s < e && strings.HasSuffix(toks[s].low, "ed") {
		return categories[toks[s].low]
	}
	if s < e && countedCategoryNouns[toks[e-1].low] {
		return categories[toks[e-1].low]
	}
	return ""
}

// countedCategoryNouns are nouns that are both what is counted and what
// happened to it ("scores of bodies", "40 casualties").
var countedCategoryNouns = map[string]bool{
	"bodies": true, "corpses": true, "casualties": true, "fatalities": true, "deaths": true,
}

// copularNP reports whether toks[k] starts a noun phrase after "were"
// ("23 were rebel fighters") rather than a verb ("42 were executed").
func copularNP(toks []tok, k int) bool {
	if k >= len(toks) || toks[k].kind != tWord {
		return false
	}
	w := toks[k].low
	if categories[w] != "" || rightSkip[w] || npStop[w] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	return true
}

// readNP reads the noun phrase of what is counted at toks[k]: up to six
// words, stopping at function words, verbs and punctuation.
func readNP(toks []tok, k int) (int, int) {
	start := k
	i := k
	words := 0
	lastUpper := false
	lastLow := ""
	var lastCtx ctxFlags // the flags of lastLow
	for i < len(toks) && words < 6 {
		t := toks[i]
		if t.kind != tWord {
			break
		}
		// A compound: words joined by hyphens or apostrophes ("al-Rasul",
		// "US-trained", "anti-ISIL").
		j := i + 1
		for j+1 < len(toks) && toks[j].kind == tPunct && (toks[j].low == "-" || toks[j].low == "'" || toks[j].low == "’") && !toks[j].sp && !toks[j+1].sp && toks[j+1].kind != tPunct {
			j += 2
		}
		single := j == i+1
		w := t.low
		e := &wordInfos[t.lex]
		if single && words == 0 && !t.upper && strings.HasSuffix(w, "ly") && j < len(toks) && toks[j].kind == tWord {
			// "hundreds predominantly Alawite citizens"
			i = j
			start = j
			continue
		}
		if single && e.ctx&ctxNPStop != 0 && !isAcronym(t) {
			if w == "and" && words > 0 && (lastUpper || !strings.HasSuffix(lastLow, "s")) && j < len(toks) && toks[j].kind == tWord && toks[j].upper {
				// "ISIL and Jund al-Aqsa fighters"
				i = j
				continue
			}
			if w == "of" && words > 0 && lastUpper {
				// "Army of Islam fighters", "Soldiers of the Levant"
				n := j
				if wordIs(toks, n, "the") {
					n++
				}
				if n < len(toks) && toks[n].kind == tWord && toks[n].upper {
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
			if words == 0 && strings.HasSuffix(w, "ed") && j < len(toks) && toks[j].kind == tWord && wordInfos[toks[j].lex].ctx&ctxNPStop == 0 && wordInfos[toks[j].lex].cat == "" {
				words++
				lastUpper = false
				i = j
				continue
			}
			break
		}
		if single && !t.upper && words > 0 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
			break
		}
		if single && !t.upper && words > 0 && isVerbLike(w) {
			break
		}
		if t.upper && words > 0 && !lastUpper && (strings.HasSuffix(lastLow, "s") || lastCtx&(ctxCombatant|ctxCountNoun) != 0) {
			// A name after the head noun starts something else.
			break
		}
		words++
		lastUpper = t.upper
		lastLow = toks[j-1].low
		lastCtx = wordInfos[toks[j-1].lex].ctx
		i = j
	}
	// Trailing "and"/"of" never end a phrase.
	return start, i
}

// isVerbLike reports common verbs that follow a counted noun.
func isVerbLike(w string) bool {
	switch w {
	case "left", "took", "made", "went", "came", "fought", "held", "fell", "began",
		"ran", "fled", "lost", "met", "sent", "won", "gave", "got", "saw", "told",
		"remain", "remained", "joined", "entered", "formed", "arrived", "crossed",
		"attacked", "launched", "returned", "withdrew", "pledged", "threatened",
		"hit", "struck", "exploded", "landed", "stormed", "seized", "reached",
		"rose", "risen", "climbed", "stood", "jumped", "increased", "grew", "topped",
		"exceeded", "surpassed", "passed":
		return true
	}
	return false
}

// directLeft returns the category of a verb right before the expression
// ("killing 15", "executed a total of 4,225", "the bodies of 70").
func directLeft(toks []tok, s int) string {
	m := s - 1
	for n := 0; m >= 0 && n < 5; n++ {
		t := toks[m]
		if t.kind != tWord {
			return ""
		}
		w := t.low
		if c := categories[w]; c != "" {
			if w == "strong" || w == "taken" {
				return ""
			}
			return c
		}
		if w == "down" && m > 0 && killedManner(toks, m-1) {
			// "gunned down 9 farmers"
			return "killed"
		}
		if w == "up" && m > 0 && (wordIs(toks, m-1, "rounded") || wordIs(toks, m-1, "rounding") || wordIs(toks, m-1, "picked")) {
			// "rounded up 50 men"
			return "arrested"
		}
		if w == "of" {
			if m > 0 && toks[m-1].kind == tWord {
				p := toks[m-1].low
				if c := categoryNouns[p]; c != "" {
					return c
				}
				if p == "total" {
					m--
					continue
				}
			}
			return ""
		}
		if leftSkip[w] || strings.HasSuffix(w, "ly") && !t.upper {
			m--
			continue
		}
		return ""
	}
	return ""
}

// rightScan returns the category of a verb after the counted phrase
// ("were reportedly killed", "in Arbin defected", "dead").
func rightScan(toks []tok, k int) string {
	budget := 14
	pp := 0 // words left inside a prepositional or coordinated phrase
	for ; k < len(toks) && budget > 0; budget-- {
		t := toks[k]
		if t.kind == tNum {
			if pp == 0 {
				return ""
			}
			pp--
			k++
			continue
		}
		if t.kind == tPunct {
			switch t.low {
			case ",":
				// ", including 11 ISIL fighters," is passed over.
				if wordIs(toks, k+1, "including") || wordIs(toks, k+1, "among") || wordIs(toks, k+1, "mostly") || wordIs(toks, k+1, "mainly") {
					e := skipTo(toks, k+1, ",", 16)
					if e < 0 {
						return ""
					}
					k = e + 1
					continue
				}
				// ", one of them an officer," and ", civilians among
				// them," are passed over too.
				if e := appositivePart(toks, k); e >= 0 {
					k = e + 1
					continue
				}
				return ""
			case "(":
				e := skipTo(toks, k+1, ")", 16)
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
		w := t.low
		e := &wordInfos[t.lex]
		if (w == "exchanged" || w == "swapped") && k+1 < len(toks) && (toks[k+1].kind == tNum || toks[k+1].kind == tWord && !npStop[toks[k+1].low]) {
			// "the two sides exchanged fire": they are not what was
			// exchanged.
			return ""
		}
		if c := e.cat; c != "" {
			if strings.HasSuffix(w, "ing") && w != "missing" || k > 0 && wordIs(toks, k-1, "and") {
				// "of killing", "and killed 43": another predicate.
				return ""
			}
			if w == "taken" {
				if wordIs(toks, k+1, "prisoner") || wordIs(toks, k+1, "captive") || wordIs(toks, k+1, "hostage") {
					return c
				}
				return ""
			}
			return c
		}
		if w == "set" && wordIs(toks, k+1, "free") {
			return "freed"
		}
		if (w == "went" || w == "gone") && wordIs(toks, k+1, "missing") {
			return "missing"
		}
		if killedManner(toks, k) {
			// "were shot dead", "beaten to death", "gunned down"
			return "killed"
		}
		if (w == "held" || w == "kept") && (wordIs(toks, k+1, "hostage") || wordIs(toks, k+1, "captive") || wordIs(toks, k+1, "prisoner")) {
			return "captured"
		}
		if (w == "lost" || w == "losing") && (wordIs(toks, k+1, "their") && wordIs(toks, k+2, "lives") ||
			(wordIs(toks, k+1, "his") || wordIs(toks, k+1, "her")) && wordIs(toks, k+2, "life")) {
			return "killed"
		}
		if (w == "younger" || w == "older") && wordIs(toks, k+1, "than") || w == "aged" {
			// "three fighters younger than 16 were killed": an age.
			j := k + 1
			if w != "aged" {
				j++
			}
			if n, ok := readNumber(toks, j); ok {
				k = n.end
				continue
			}
		}
		switch {
		case e.ctx&ctxRightSkip != 0:
		case e.ctx&ctxPreposition != 0:
			pp = 4
		case w == "and" || w == "or":
			pp = 4
		case w == "by" && k > 0 && strings.HasSuffix(toks[k-1].low, "ed"):
			pp = 4
		case strings.HasSuffix(w, "ed") && wordIs(toks, k+1, "by"):
			// "300 hostages held by the jihadists were set free"
		case t.upper:
		case strings.HasSuffix(w, "ly"):
		case strings.HasSuffix(w, "ing") && pp == 0:
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

// killedManner reports a verb of how people were killed at toks[k]:
// "shot dead", "beaten to death", "gunned down".
func killedManner(toks []tok, k int) bool {
	if k < 0 || k >= len(toks) || toks[k].kind != tWord || !mannerVerbs[toks[k].low] {
		return false
	}
	return wordIs(toks, k+1, "dead") || wordIs(toks, k+1, "to") && wordIs(toks, k+2, "death") ||
		wordIs(toks, k+1, "down") && (toks[k].low == "gunned" || toks[k].low == "mowed" || toks[k].low == "cut")
}

// skipTo returns the index of the punctuation p within n tokens after
// k, or -1.
func skipTo(toks []tok, k int, p string, n int) int {
	for i := k; i < len(toks) && i < k+n; i++ {
		if toks[i].kind == tPunct && toks[i].low == p {
			return i
		}
		if toks[i].kind == tPunct && (toks[i].low == "." || toks[i].low == ";") {
			return -1
		}
	}
	return -1
}

// tollScan reads "put the death toll at 270", "the number of executed
// prisoners at 100", "the toll rose to 50".
func tollScan(toks []tok, orig string, ex *expr) string {
	m := ex.s - 1
	if m < 0 || toks[m].kind != tWord {
		return ""
	}
	switch toks[m].low {
	case "at", "to", "of", "reached", "hit", "was", "is", "exceeded", "passed", "stood":
	default:
		return ""
	}
	for p := m - 1; p >= 0 && p >= m-12; p-- {
		t := toks[p]
		if t.kind == tPunct && t.low != "-" && t.low != "'" && t.low != "’" {
			return ""
		}
		if t.kind == tNum {
			return ""
		}
		if t.kind != tWord || !tollNouns[t.low] {
			continue
		}
		cat := ""
		if p > 0 {
			cat = tollModifiers[toks[p-1].low]
		}
		if wordIs(toks, p+1, "of") || wordIs(toks, p+1, "among") {
			// "the number of executed prisoners", "the toll among
			// civilians"; not "the toll of the bombing".
			s, e := readNP(toks, skipDeterminer(toks, p+2))
			if e > s && e <= m && !eventNoun(toks[e-1].low) {
				if ex.subject == "" {
					ex.subject = joinText(toks, orig, s, e)
				}
				for q := s; q < e && cat == ""; q++ {
					cat = categories[toks[q].low]
				}
			}
		}
		if cat == "" && t.low == "toll" && (p == 0 || toks[p-1].kind != tWord || npStop[toks[p-1].low]) {
			// "the toll rose to 50": a toll alone counts the dead.
			cat = "killed"
		}
		return cat
	}
	return ""
}

// leadsTo reports that a part trigger ending at toks[k] introduces the
// count at toks[to]: at most a comma or an article lie between ("of
// which 23", "including, 21", "including the 12"). In "12 militants,
// most of them foreigners, and 30 others" it introduces no count.
func leadsTo(toks []tok, k, to int) bool {
	if to-k > 2 {
		return false
	}
	for ; k < to; k++ {
		if t := toks[k]; !(t.kind == tPunct && t.low == ",") && !wordIs(toks, k, "the") && !wordIs(toks, k, "a") && !wordIs(toks, k, "an") {
			return false
		}
	}
	return true
}

// eventNoun reports a noun that names an event, not people: "the toll
// of the bombing".
func eventNoun(w string) bool {
	return strings.HasSuffix(w, "ing") || eventNouns[w]
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
func relate(toks []tok, from, to int) relation {
	if from > to || to-from > 12 {
		return relNone
	}
	// Part triggers right before the count, outside parentheses that
	// close in the gap ("7 spies (including a child), 5 citizens").
	for i := from; i < to; i++ {
		if toks[i].kind == tPunct && toks[i].low == "(" {
			if e := skipTo(toks, i+1, ")", to-i); e >= 0 && e < to {
				i = e
				continue
			}
		}
		if toks[i].kind == tPunct && toks[i].low == ":" && i == from {
			return relPart
		}
		if toks[i].kind == tPunct && toks[i].low == ";" {
			return relNone
		}
	next:
		for _, tr := range partTriggers {
			if i+len(tr) > to {
				continue
			}
			for k, w := range tr {
				if !wordIs(toks, i+k, w) {
					continue next
				}
			}
			if leadsTo(toks, i+len(tr), to) {
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
		t := toks[i]
		if t.kind == tPunct && t.low == "(" {
			depth++
			continue
		}
		if t.kind == tPunct && t.low == ")" {
			depth--
			continue
		}
		if depth > 0 {
			continue
		}
		switch {
		case t.kind == tPunct && t.low == ",":
		case t.kind == tWord && (t.low == "and" || t.low == "or" || t.low == "plus" || t.low == "as" || t.low == "well"):
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
func farLeft(toks []tok, exprs []expr, i int) string {
	ex := &exprs[i]
	m := ex.s - 1
	// Only across a coordination.
	if m < 0 || !(toks[m].kind == tPunct && toks[m].low == "," || wordIs(toks, m, "and") || wordIs(toks, m, "were") || wordIs(toks, m, "was") ||
		wordIs(toks, m, "as") && wordIs(toks, m-1, "well") && wordIs(toks, m-2, "as")) {
		return ""
	}
	for n := 0; m >= 0 && n < 14; n++ {
		t := toks[m]
		for j := i - 1; j >= 0; j-- {
			if m >= exprs[j].s && m < max(exprs[j].npE, exprs[j].e) {
				if exprs[j].kind == claims.KindCount {
					return exprs[j].cat
				}
				return ""
			}
		}
		if t.kind == tPunct && t.low != "," && t.low != "-" && t.low != "'" && t.low != "’" {
			return ""
		}
		if t.kind == tWord {
			if c := categories[t.low]; c != "" && t.low != "strong" {
				return c
			}
			if clauseBreak[t.low] && t.low != "as" {
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
func infoboxDefaults(u *article.Unit, toks []tok, orig string, ex *expr) {
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
				t := toks[s-1]
				if t.kind == tWord && (t.upper || t.low == "al" || t.low == "ash" || t.low == "ad" || t.low == "of" || t.low == "'s") ||
					t.kind == tPunct && (t.low == "-" || t.low == "'" || t.low == "’") && !t.sp {
					s--
					continue
				}
				break
			}
			for s < e && toks[s].kind != tWord {
				s++
			}
			if s < e && !strings.Contains(strings.ToLower(toks[s].low), "strength") {
				ex.subject = joinText(toks, orig, s, e)
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
func isAcronym(t tok) bool { return t.caps }

// others reports a count of "others" or "more" ("wounded 12 others",
// "12 more died"), whose subject is that of a count before it.
func (ex *expr) others(toks []tok) bool {
	if ex.subject == "" {
		return wordIs(toks, ex.e, "more") && !wordIs(toks, ex.e+1, "than")
	}
	return token.EqualFold(ex.subject, "others") || token.EqualFold(ex.subject, "other")
}

// elided reports a count ex with no subject that shares the subject of
// the count p before it, which says what happened to it: only "and" (or a
// comma before a participle), commas, a verb of what happened and the
// words passed over before a number lie between them ("15 people were
// killed and 30 wounded", "killed 4 people and injured 26", "killed 12
// people, wounding 40").
func elided(toks []tok, p, ex *expr) bool {
	if ex.s < p.npE || ex.s-p.npE > 5 {
		return false
	}
	joined := false
	for k := p.npE; k < ex.s; k++ {
		t := toks[k]
		switch {
		case t.kind == tPunct && t.low == ",":
		case t.kind != tWord:
			return false
		case t.low == "and":
			joined = true
		case categories[t.low] != "":
			// ", wounding dozens": a participle joins as "and" does.
			joined = joined || strings.HasSuffix(t.low, "ing") && k > p.npE && punctIs(toks, k-1, ",")
		case leftSkip[t.low] || strings.HasSuffix(t.low, "ly"):
		default:
			return false
		}
	}
	return joined
}

// partWindow is how many tokens may lie between a total and a part
// that points back at it with "of them" or "among them".
const partWindow = 12

// partAfter reports whether the count ex, set off by a comma after the
// count p, names a part of it: "Sixteen people were killed, six of them
// rebels"; "22 people there, 15 of whom were rebel fighters"; "killing
// 20 people, 8 civilians among them".
func partAfter(toks []tok, p, ex *expr) bool {
	if ex.s <= p.npE || ex.s-p.npE > partWindow {
		return false
	}
	if c := toks[ex.s-1]; c.kind != tPunct || c.low != "," && c.low != "(" && c.low != "—" && c.low != "–" {
		return false
	}
	for k := p.npE; k < ex.s-1; k++ {
		if t := toks[k]; t.kind == tPunct && (t.low == ";" || t.low == "." || t.low == ":") {
			return false
		}
	}
	if wordIs(toks, ex.e, "of") && partPronoun(toks, ex.e+1) {
		return true
	}
	return wordIs(toks, ex.npE, "among") && partPronoun(toks, ex.npE+1)
}

// partPronoun reports "them", "whom", "which" or "those" at toks[k].
func partPronoun(toks []tok, k int) bool {
	if k >= len(toks) || toks[k].kind != tWord {
		return false
	}
	switch toks[k].low {
	case "them", "whom", "which", "those":
		return true
	}
	return false
}

// isAge reports a number that gives an age: "younger than 16", "aged
// 12", "under the age of 18", "children under 15".
func isAge(toks []tok, ex *expr) bool {
	s := numberStart(toks, ex)
	for _, at := range []int{ex.s, s} {
		switch {
		case wordIs(toks, at-1, "aged"):
			return true
		case wordIs(toks, at-1, "than") && (wordIs(toks, at-2, "younger") || wordIs(toks, at-2, "older")):
			return true
		case wordIs(toks, at-1, "of") && (wordIs(toks, at-2, "age") || wordIs(toks, at-2, "ages")):
			return true
		}
	}
	if (ex.qual == qualLessThan || ex.qual == qualMoreThan || ex.qual == qualUpTo) && ex.s > 0 && toks[ex.s-1].kind == tWord && minors[toks[ex.s-1].low] {
		// "children under 15": no noun after the number.
		e := ex.e
		return e >= len(toks) || toks[e].kind != tWord || npStop[toks[e].low] || categories[toks[e].low] != ""
	}
	return false
}

// takeBefore reports a form of "take" before the count at toks[s]
// ("took 12 prisoners", "taking another 30 hostages").
func takeBefore(toks []tok, s int) bool {
	m := s - 1
	for n := 0; m >= 0 && n < 3; n++ {
		if toks[m].kind != tWord {
			return false
		}
		switch toks[m].low {
		case "take", "takes", "took", "taken", "taking":
			return true
		}
		if !leftSkip[toks[m].low] {
			return false
		}
		m--
	}
	return false
}

// appositivePart returns the comma that closes a part set off after
// what is counted (", one of them an officer,", ", the commanders X and
// Y among them,"), when a comma at toks[k] opens one, or -1.
func appositivePart(toks []tok, k int) int {
	e := skipTo(toks, k+1, ",", 16)
	if e < 0 {
		return -1
	}
	if n, ok := readNumber(toks, k+1); ok && n.end < e && wordIs(toks, n.end, "of") && partPronoun(toks, n.end+1) {
		return e
	}
	if k+1 < e && toks[k+1].kind == tWord && partQuantifiers[toks[k+1].low] && wordIs(toks, k+2, "of") && partPronoun(toks, k+3) {
		// ", many of them women and children,"
		return e
	}
	if e-2 > k && wordIs(toks, e-2, "among") && partPronoun(toks, e-1) {
		return e
	}
	return -1
}
