package frame

import (
	"strings"

	"github.com/concordfacts/concord/claims"
)

// Triggers.
//
// A trigger is found in this order at each word outside a mention:
//  1. a verb whose event depends on its arguments (valency, below): "took
//     the village" (capture) but "took part in" (none) and "took 12
//     others prisoner" (abduct); "held al-Bab" (capture) but "held talks"
//     (none); "left Kafr Joum" (withdraw) but "left 15 fighters dead"
//     (kill); "lost Atmeh to ISIS" (capture, converse); "fell to",
//     "fell back", "fell into an ambush"; "fired on" (attack) but "was
//     fired" (none);
//  2. a two-word noun compound the lexicon knows ("car bomb", "death
//     toll", "gun battles", "prisoner swap");
//  3. a verb and its particle, next to it or after its object ("pulled
//     out", "fell back", "gave up", "pulled its fighters out of");
//  4. a single word the lexicon classes.
//
// Each trigger is then read as a verb (finite, passive, infinitive or -ing
// participle) or a noun from its neighbours: a determiner, possessive,
// adjective or number before it makes a noun; a form of "be" before a past
// form makes a passive; a past participle after a determiner or number is
// an adjective ("the captured town", "14 captured rebels") and no event.
// An infinitive after a verb or noun of intention ("pledged to fight", "a
// campaign to retake Azaz") did not happen: it is no frame, and hands its
// places and patients to the noun it depends on.

// findTriggers fills r.cands.
func (r *Reader) findTriggers() {
	toks := r.toks
	n := len(toks)
	for i := 0; i < n; i++ {
		t := &toks[i]
		if !t.word() || t.is(tNum) {
			continue
		}
		if t.m >= 0 {
			// Inside a mention only "suicide bombers" names an event.
			if (t.low == "bombers" || t.low == "bomber") && i > 0 && toks[i-1].low == "suicide" {
				r.addCand(cand{cls: claims.EventBomb, s: i - 1, e: i + 1, head: i, noun: true, lemma: t.k})
			}
			continue
		}
		if t.is(tCap) && !t.is(tFirst) {
			continue
		}
		if i > 0 && toks[i-1].p == '-' && toks[i-1].e == t.s {
			continue // "(FSA)-held": part of a compound adjective
		}
		if t.w&(wDet|wBe|wHave|wAux|wPrep|wSubord|wConj|wPron|wNeg) != 0 && t.low != "fire" {
			continue
		}
		k := t.k
		if !t.is(tValency) {
			// Not a verb whose event depends on its arguments.
		} else if c, handled := r.valency(i, k); handled {
			if c.cls != "" {
				r.addCand(c)
				if c.e > i+1 {
					i = c.e - 1
				}
				if r.skipTo > i+1 {
					i = r.skipTo - 1
				}
			}
			continue
		}
		// A noun compound with the word before: "car bomb", "death toll".
		if i > 0 && toks[i-1].word() && toks[i-1].is(tStarts) && !r.verbCandAt(i-1) && (toks[i-1].m < 0 || r.c.Mentions[toks[i-1].m].Kind == claims.MentionGeneric) && !toks[i-1].is(tNum) && (!toks[i-1].is(tCap) || toks[i-1].is(tFirst)) {
			if cls, ok := class2(toks[i-1].k, k); ok {
				c := cand{cls: cls, s: i - 1, e: i + 1, head: i, noun: true, lemma: k}
				if n := len(r.cands); n > 0 && r.cands[n-1].head == i-1 {
					r.cands = r.cands[:n-1]
				}
				r.classify(&c)
				c.noun = true
				r.addCand(c)
				continue
			}
		}
		// A verb and its particle.
		if !t.is(tStarts) {
			// No phrase opens with this word.
		} else if c, ok := r.particle(i, k); ok {
			r.addCand(c)
			if c.e > i+1 {
				i = c.e - 1
			}
			continue
		}
		if t.cls == "" {
			continue
		}
		c := cand{cls: t.cls, s: i, e: i + 1, head: i, lemma: k}
		if !r.classify(&c) {
			continue
		}
		if c.noun && c.cls == claims.EventAlly && (t.low == "allies" || t.low == "ally") {
			continue // "al-Nusra and its allies": the parties, not an alliance
		}
		r.addCand(c)
	}
	r.resolveIntent()
}

// addCand appends c with its defaults.
func (r *Reader) addCand(c cand) {
	if n := len(r.cands); n > 0 && c.noun && r.cands[n-1].noun && r.cands[n-1].e == c.s {
		// "a car bomb attack", "suicide bombing attacks": one event; a
		// bombing stays a bombing.
		p := &r.cands[n-1]
		p.e, p.head = c.e, c.head
		if p.cls != claims.EventBomb {
			p.cls, p.lemma = c.cls, c.lemma
		}
		return
	}
	c.light = -1
	c.via, c.intentOf = -1, -1
	if c.noun {
		r.findLight(&c)
	}
	c.neg = c.neg || r.negated(c.s)
	r.cands = append(r.cands, c)
}

// particle reads a verb with its particle at token i (key k): next to it,
// after an intensifier ("took full control"), or after a short object
// ("pulled its fighters out of").
func (r *Reader) particle(i int, k string) (cand, bool) {
	toks := r.toks
	// Only a verb form takes a word other than a particle next to it
	// ("opened fire", "pledged allegiance"); "mortar fire" is a compound.
	w := toks[i].low
	verbish := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || toks[i].w&wIrrPast != 0 ||
		i > 0 && toks[i-1].word() && (toks[i-1].low == "to" || toks[i-1].w&(wAux|wPron) != 0 && toks[i-1].w&wDet == 0)
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		u := &toks[j]
		if !u.word() || u.m >= 0 && j == i+1 {
			break
		}
		if u.w&wPartic != 0 || u.w&wPrep != 0 && j == i+1 || j == i+1 && verbish {
			if cls, ok := class2(k, u.k); ok {
				c := cand{cls: cls, s: i, e: j + 1, head: i, lemma: k}
				if j > i+1 {
					c.e = i + 1
				}
				if !r.classify(&c) {
					return cand{}, false
				}
				c.noun = false
				return c, true
			}
		}
		if j > i+1 && u.w&wPartic != 0 {
			break
		}
		if u.w&(wPrep|wConj|wSubord|wBe|wHave) != 0 && u.w&wPartic == 0 {
			break
		}
		if u.w&wIntens == 0 && j == i+1 && u.w&(wDet|wPron) == 0 && u.m < 0 {
			// Only an intensifier, a determiner or a pronoun may come
			// between a verb and its particle.
			continue
		}
	}
	return cand{}, false
}

// classify reads the form of a single-word trigger c: noun or verb,
// passive, participle, infinitive; it reports false when the word is no
// event here (an adjective: "the captured town").
func (r *Reader) classify(c *cand) bool {
	toks := r.toks
	i := c.s
	w := toks[c.head].low
	prev := i - 1
	for prev >= 0 && (toks[prev].p == '"' || toks[prev].p == '\'') {
		prev-- // "an end to the \"infighting\""
	}
	var pt *tok
	if prev >= 0 {
		pt = &toks[prev]
	}
	past := strings.HasSuffix(w, "ed") || toks[c.head].w&wIrrPast != 0
	ing := strings.HasSuffix(w, "ing") && len(w) > 5
	switch {
	case ing:
		if pt != nil && (pt.w&(wDet|wPoss) != 0 || pt.is(tNum) || pt.q >= 0 || pt.is(tPoss) || pt.w&wTime != 0 && pt.is(tPoss) || r.adjective(prev)) {
			c.noun = true
			return true
		}
		if pt != nil && pt.m >= 0 && pt.p == 0 && r.c.Mentions[pt.m].Kind != claims.MentionPerson && !pt.is(tPoss) && prev > 0 && toks[prev-1].w&wDet != 0 {
			c.noun = true // "the ISIS shelling"
			return true
		}
		if toks[c.head].is(tFirst) {
			c.noun = true // "Fighting flared up"
			return true
		}
		if pt != nil && pt.word() && pt.w&wPrep != 0 && pt.low != "to" {
			// "killed in fighting for the town", "split by fighting
			// between", but "after attacking the base": a gerund takes an
			// object.
			if n := c.e; n >= len(toks) || !toks[n].word() || toks[n].w&(wPrep|wConj|wSubord) != 0 && toks[n].w&wDet == 0 {
				c.noun = true
				return true
			}
		}
		c.ing = true
		return true
	case past:
		if r.beBefore(i) {
			c.passive = true
			return true
		}
		if pt != nil && pt.low == "and" && prev > 0 {
			if j := r.candAt(prev - 1); j >= 0 && r.cands[j].passive {
				c.passive = true // "was ambushed and captured"
				return true
			}
		}
		if pt != nil && (pt.w&wDet != 0 && pt.w&wPron == 0 || pt.is(tNum) || pt.q >= 0) && !r.haveBefore(i) {
			return false // "the captured town", "14 captured rebels"
		}
		if pt != nil && prev > 0 && strings.HasSuffix(pt.low, "ly") && pt.m < 0 {
			if q := &toks[prev-1]; q.word() && (q.w&wDet != 0 && q.w&wPron == 0 || q.is(tNum) || q.q >= 0) {
				return false // "the newly created Army of Mujahideen"
			}
		}
		if pt != nil && pt.low == "to" {
			return false // "subjected to", not a verb form after "to"
		}
		if r.reducedRelative(i) {
			return false // "the factions allied with it opened"
		}
		return true
	}
	// A base or -s form: a verb after a pronoun, a modal, "to", or a
	// subject followed by an object; otherwise a noun.
	if pt == nil {
		c.noun = true
		return true
	}
	switch {
	case pt.low == "to" && prev > 0 && toks[prev-1].w&(wDet|wPrep) == 0 && toks[prev-1].low != "end":
		c.inf = true
		return true
	case pt.w&(wAux|wPron|wNeg) != 0 && pt.w&wDet == 0:
		if r.beBefore(i) {
			c.passive = true
		}
		return true
	case pt.w&wBe != 0:
		c.passive = true // "was overrun"
		return true
	case pt.w&(wDet|wPoss) != 0 || pt.is(tNum) || pt.q >= 0 || pt.is(tPoss) || r.adjective(prev):
		c.noun = true
		return true
	}
	if pt.m >= 0 {
		// "a rebel counter-attack", "an ISIS attack": a determiner before
		// the modifier makes a noun.
		k := prev
		for k > 0 && toks[k-1].m == pt.m {
			k--
		}
		if k > 0 && toks[k-1].word() && toks[k-1].w&wDet != 0 && toks[k-1].w&wPron == 0 {
			c.noun = true
			return true
		}
	}
	if i+1 < len(toks) && (toks[i+1].w&wDet != 0 && toks[i+1].w&wPron == 0 || toks[i+1].m >= 0) && (pt.m >= 0 || pt.w&wAdv != 0) && !pt.is(tPoss) {
		return true // "ISIS attacks the town"
	}
	c.noun = true
	return true
}

// reducedRelative reports whether the past participle at token i
// qualifies the noun before it ("the factions allied with it opened a
// campaign"): a noun right before, a preposition right after, and a verb
// later in the clause.
func (r *Reader) reducedRelative(i int) bool {
	toks := r.toks
	if i == 0 || i+1 >= len(toks) || !toks[i+1].word() || toks[i+1].w&wPrep == 0 || toks[i+1].w&wPartic != 0 {
		return false
	}
	p := &toks[i-1]
	if !p.word() || !(p.m >= 0 && r.c.Mentions[p.m].Kind == claims.MentionGeneric || p.w&(wActor|wHuman|wPlaceN) != 0 && p.m < 0) {
		return false
	}
	if i >= 2 && toks[i-2].word() && toks[i-2].w&wDet == 0 && toks[i-2].m < 0 && p.m < 0 {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+8; j++ {
		u := &toks[j]
		if !u.word() {
			return false
		}
		if u.w&wSubord != 0 && u.w&wPrep == 0 {
			return false
		}
		w := u.low
		if u.m < 0 && !u.is(tCap) && u.w&(wIrrPast|wBe|wHave) != 0 || u.m < 0 && len(w) > 4 && w[len(w)-2:] == "ed" && u.w&wPlaceN == 0 {
			return true
		}
	}
	return false
}

// beBefore reports whether a form of "be" (or "get") comes before token i
// across adverbs and negation: "was captured", "had been killed", "were
// reportedly executed".
func (r *Reader) beBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		u := &r.toks[k]
		if !u.word() {
			return false
		}
		if u.w&wBe != 0 || u.low == "got" || u.low == "get" {
			return true
		}
		if u.w&(wAdv|wNeg|wAux|wHave) == 0 {
			return false
		}
	}
	return false
}

// haveBefore reports whether a form of "have" comes right before token i
// (across adverbs).
func (r *Reader) haveBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		u := &r.toks[k]
		if !u.word() {
			return false
		}
		if u.w&wHave != 0 {
			return true
		}
		if u.w&(wAdv|wNeg) == 0 {
			return false
		}
	}
	return false
}

// adjective reports whether token i is a word that can modify a noun:
// a lower-case word of no function class and no verb form.
func (r *Reader) adjective(i int) bool {
	t := &r.toks[i]
	if !t.word() || t.m >= 0 || t.is(tNum) || t.is(tCap) && !t.is(tFirst) {
		return false
	}
	if t.w&(wDet|wBe|wHave|wAux|wNeg|wPrep|wSubord|wConj|wPron|wAdv|wReport|wIrrPast) != 0 {
		return false
	}
	w := t.low
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
		return false
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 {
		return false
	}
	return true
}

// negated reports whether the trigger starting at token i is negated:
// not, never, no, without, n't, failed to, unable to, refused to within
// the three words before it.
func (r *Reader) negated(i int) bool {
	toks := r.toks
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		u := &toks[k]
		if !u.word() {
			return false
		}
		if u.w&wNeg != 0 {
			if u.low == "not" && k+1 < len(toks) && toks[k+1].low == "only" {
				return false
			}
			if u.low == "no" && k+1 < len(toks) && toks[k+1].low == "longer" {
				return true
			}
			return true
		}
		if u.w&wFail != 0 {
			return true
		}
		if strings.HasSuffix(u.low, "n't") || strings.HasSuffix(u.low, "n’t") {
			return true
		}
		if u.low == "of" && k >= 2 && toks[k-2].low == "no" {
			// "no reports of killings", "no sign of fighting"
			switch toks[k-1].low {
			case "reports", "report", "sign", "signs", "evidence", "word", "confirmation":
				return true
			}
		}
		if u.w&(wPrep|wSubord|wConj) != 0 && u.low != "to" {
			return false
		}
	}
	return false
}

// Light verbs give their event to a noun after them: "launched an attack",
// "carried out a bombing", "laid siege to", "went on the offensive",
// "signed a truce", "put their signatures to a deal". The converse ones
// make their subject what the event befell: "fell into an ambush", "came
// under attack", "repelled an ISIS attack", "suffered heavy casualties".
var (
	lightVerbs   = map[string]bool{}
	lightConvs   = map[string]bool{}
	lightNegates = map[string]bool{}
)

func init() {
	for _, w := range strings.Fields(`launch begin start carry conduct mount stage open initiate resume continue
		wage make sign reach broker complete go lay laid set lead spearhead announce declare unleash renew
		step intensify escalate claim agree negotiate order put engage form`) {
		lightVerbs[lexKey(w)] = true
	}
	for _, w := range strings.Fields(`fall come suffer face repel repulse beat throw fend withstand rebuff
		sustain endure incur thwart foil survive`) {
		lightConvs[lexKey(w)] = true
	}
	for _, w := range strings.Fields(`call halt suspend stop cancel end abandon lift break`) {
		lightNegates[lexKey(w)] = true
	}
}

// findLight sets the light verb of noun trigger c: a light verb at most
// five words before it with only modifiers, particles and the
// prepositions of light-verb phrases between.
func (r *Reader) findLight(c *cand) {
	toks := r.toks
	endTo := false
	// "called for an end to the infighting": an end only asked for is no
	// event; "declared an end to its operations": the operations ended.
	defer func() {
		if endTo && c.light < 0 {
			c.drop = true
		}
	}()
	for k := c.s - 1; k >= 0 && k >= c.s-6; k-- {
		u := &toks[k]
		if !u.word() && u.p != '"' && u.p != '\'' || u.low == "that" || u.low == "which" {
			return // "claimed that a rebel attack …": a clause, not an object
		}
		if !u.word() {
			continue
		}
		if u.m >= 0 || u.is(tNum) || u.q >= 0 || u.w&(wDet|wPartic|wIntens) != 0 || r.adjective(k) || u.is(tPoss) {
			if u.m < 0 && u.w&(wDet|wPartic|wIntens) == 0 && !u.is(tNum) && u.q < 0 {
				// An adjective could be the light verb itself in a base
				// form ("launch"): look it up before passing it.
				kk := u.k
				if lightVerbs[kk] || lightConvs[kk] || lightNegates[kk] {
					r.setLight(c, k, kk)
					return
				}
			}
			continue
		}
		switch u.low {
		case "on", "into", "under", "to", "what", "they", "called", "of", "in":
			if u.low == "to" && k > 0 && (toks[k-1].low == "signatures" || toks[k-1].low == "signature") {
				continue
			}
			if u.low == "to" && k > 0 && (toks[k-1].low == "end" || toks[k-1].low == "halt") {
				c.neg, endTo = true, true
				k--
				continue
			}
			if u.low == "in" && !(k > 0 && toks[k-1].k == kEngage) {
				return
			}
			if u.low == "of" || u.low == "to" {
				return
			}
			continue
		case "signatures", "signature", "responsibility":
			continue
		case "for":
			if k > 0 && toks[k-1].low == "responsibility" {
				continue
			}
			return
		}
		kk := u.k
		if lightVerbs[kk] || lightConvs[kk] || lightNegates[kk] {
			r.setLight(c, k, kk)
		}
		return
	}
}

func (r *Reader) setLight(c *cand, k int, kk string) {
	c.light = k
	switch {
	case lightConvs[kk]:
		c.lightConv = true
	case lightNegates[kk]:
		c.neg = true
	}
	if kk == kPut && !(k+2 < len(r.toks) && (r.toks[k+2].low == "signatures" || r.toks[k+2].low == "signature")) {
		c.light = -1
	}
	if kk == kClaim {
		// "X claimed responsibility for the attack": X is the agent.
		c.lightConv = false
	}
	if c.light >= 0 && r.negated(k) {
		c.neg = true
	}
}

// resolveIntent drops the infinitives that did not happen and the frames
// a denial or announcement only reports.
func (r *Reader) resolveIntent() {
	toks := r.toks
	for fi := range r.cands {
		c := &r.cands[fi]
		if !c.inf {
			continue
		}
		to := c.s - 1
		gov := to - 1
		for gov >= 0 && toks[gov].word() && toks[gov].w&(wAdv|wNeg) != 0 {
			gov--
		}
		if gov >= 0 && r.npWord(gov) && toks[gov].w&wDet == 0 {
			// "forced Jaysh al-Islam to retreat": the verb before the
			// phrase governs the infinitive.
			if s := r.npLeft(gov); s > 0 && toks[s-1].word() {
				switch toks[s-1].k {
				case kForce, kCompel, kOblige, kMake:
					continue
				}
			}
		}
		if gov < 0 || !toks[gov].word() {
			c.drop = true
			continue
		}
		g := &toks[gov]
		switch {
		case g.w&wFail != 0:
			c.neg = true
		case g.w&wRealis != 0 || g.w&wHave != 0 && g.low != "had":
			// "forced to withdraw", "managed to capture", "has to".
		case g.w&wIntent != 0 || g.w&wBe != 0:
			c.drop = true
		default:
			if r.adjective(gov) || g.m >= 0 {
				c.drop = true // "a campaign to retake", "the first to"
			} else {
				c.drop = !r.isCandHead(gov) || !r.cands[r.candAt(gov)].noun
				if !c.drop {
					break
				}
			}
		}
		if c.drop {
			// An intended act hands its arguments to the noun it
			// depends on ("a campaign to retake Azaz").
			for k := gov; k >= 0 && k >= gov-3; k-- {
				if j := r.candAt(k); j >= 0 && r.cands[j].noun {
					c.intentOf = j
					break
				}
			}
		}
	}
	// A light verb's own event ("announced", "declared", "agreed") gives
	// way to the noun it governs.
	for fi := range r.cands {
		c := &r.cands[fi]
		if c.light < 0 {
			continue
		}
		if j := r.candAt(c.light); j >= 0 && j != fi {
			r.cands[j].drop = true
		}
	}
}

// verbCandAt reports whether token i heads a verb candidate.
func (r *Reader) verbCandAt(i int) bool {
	j := r.candAt(i)
	return j >= 0 && !r.cands[j].noun
}

// isCandHead reports whether token i heads a candidate.
func (r *Reader) isCandHead(i int) bool { return r.candAt(i) >= 0 }

// candAt returns the candidate whose trigger covers token i, or -1.
func (r *Reader) candAt(i int) int {
	for j := range r.cands {
		if r.cands[j].s <= i && i < r.cands[j].e {
			return j
		}
	}
	return -1
}
