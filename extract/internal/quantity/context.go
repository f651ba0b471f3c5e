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
			if rel == relChain && ofTheTotal(toks, p.s) && p.npE < len(toks) && toks[p.npE].low == "," {
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
		if ex.cat == "" && combatants[strings.ToLower(lastWord(ex.subject))] {
			ex.cat = "fighters"
		}
		// "one" as a pronoun or article: "one of them", "one faction".
		if ex.a.one && !ex.isRng && ex.qual == qualNone && !ex.plus && (ex.ofPron || ex.cat == "") {
			ex.drop = true
		}
		if ex.a.one && ex.npS < len(toks) && wordIs(toks, ex.e, "of") {
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
		k2 := k + 1
		if k2 < len(toks) {
			switch toks[k2].low {
			case "them", "whom", "which", "us", "it":
				ex.ofPron = true
				ex.npS, ex.npE = k, k2+1
				return
			case "the", "their", "its", "his", "her", "our", "these", "those", "whose":
				k2++
			}
			if k2 >= len(toks) || toks[k2].kind != tWord {
				ex.ofPron = true
				ex.npS, ex.npE = k, k2
				return
			}
		}
		s, e := readNP(toks, k2)
		if e > s {
			ex.npS, ex.npE = s, e
			ex.subject = joinText(toks, orig, s, e)
			ex.cat = npCategory(toks, s, e)
		}
		return
	case k < len(toks) && toks[k].kind == tWord && (toks[k].low == "were" || toks[k].low == "was" || toks[k].low == "are") && copularNP(toks, k+1):
		s, e := readNP(toks, k+1)
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
	}
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
		"hit", "struck", "exploded", "landed", "stormed", "seized", "reached":
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
		if w == "went" && wordIs(toks, k+1, "missing") {
			return "missing"
		}
		if w == "lost" && wordIs(toks, k+1, "their") && wordIs(toks, k+2, "lives") {
			return "killed"
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
		if wordIs(toks, p+1, "of") {
			s, e := readNP(toks, p+2)
			if e > s && e <= m {
				if ex.subject == "" {
					ex.subject = joinText(toks, orig, s, e)
				}
				for q := s; q < e && cat == ""; q++ {
					cat = categories[toks[q].low]
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
func relate(toks []tok, from, to int) relation {
	if from > to || to-from > 12 {
		return relNone
	}
	// Part triggers anywhere in a short gap, outside parentheses that
	// close in it ("7 spies (including a child), 5 citizens").
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
	if m < 0 || !(toks[m].kind == tPunct && toks[m].low == "," || wordIs(toks, m, "and") || wordIs(toks, m, "were") || wordIs(toks, m, "was")) {
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
