package frame

import (
	"strings"

	"github.com/concordfacts/concord/claims"
)

// Roles.
//
// The subject of a verb is the noun phrase right before its verb group
// (auxiliaries, adverbs, "to" and a governing verb of an infinitive),
// with the phrases coordinated with it ("Al-Nusra and the Islamic Front
// captured"); an apposition or a parenthetical participle between the two
// is passed over ("HTS fighters, backed by the Rahman Legion, overran";
// "Alaa Ajabu, the Kurdish Front's top commander, was killed"); a relative
// pronoun stands for the phrase before it ("the Islamic State, which took
// 25 fighters prisoner"); a coordinated verb or an -ing participle after a
// comma shares the subject of the clause's first verb ("abducted and
// killed X", "…, killing 15 rebel fighters"), and so does a pronoun
// subject of a later verb ("announced that it had joined"). Within a
// phrase the actor is the named group rather than the generic noun it
// qualifies ("fighters of X", "X's fighters", "forces loyal to X",
// "militants from X", "X fighters").
//
// The object is the noun phrase after the verb and its particle, with the
// phrases coordinated with it. Prepositional phrases after the trigger
// give: "by X" and "at the hands of X" the agent of a passive, a noun or
// a converse verb; "on/against/at X" the target of an attack; "from X" the
// side that lost ground; "to X" the winner after a converse verb ("lost
// Atmeh to ISIS", "fell to", "passed to"); "with/between X" the other
// parties of a clash or an agreement; place prepositions the places.
//
// The subject is the agent, except for a passive (the patient), a
// converse verb (the side the event befell) and an intransitive casualty
// ("died", "lost their lives", "the dead"). A place in an agent's or
// patient's slot is a place of the event. A clash has agents only: every
// party is one. A weapon or an event as subject ("Army mortar rounds hit
// X", "an ISIS attack … left 15 fighters dead") makes the weapon's owner
// or the event's agent the agent, a bombing of an attack, and the event
// the cause of a casualty report. A casualty report's "in/during the
// blast" gives its cause. The reporting source is never an actor, except
// that "X claimed responsibility for" makes X the agent too.

// readArguments assigns the roles of every candidate.
func (r *Reader) readArguments() {
	for fi := range r.cands {
		r.readFrame(fi)
	}
	r.eventSubjects()
	r.sharedObjects()
	for fi := range r.cands {
		c := &r.cands[fi]
		if c.cls == claims.EventCapture && (c.noun || c.passive) && r.hasKind(r.patientsOf(fi), claims.MentionPerson) {
			c.cls = claims.EventAbduct // "the capture of a Tunisian commander"
		}
	}
	r.handOver()
	r.denials()
	r.spreadPlaces()
	for fi := range r.cands {
		if r.cands[fi].cls == claims.EventClash {
			for k := range r.roles {
				if r.roles[k].f == fi && r.roles[k].r == claims.RolePatient {
					r.roles[k].r = claims.RoleAgent
				}
			}
		}
	}
}

// subject is the result of a subject search.
type subject struct {
	s, e int  // the phrase [s,e); s == e when there is none
	pron bool // a personal or relative pronoun with no antecedent found
	ms   []int
}

// verbGroupStart returns the first token of the verb group of the verb at
// token i: auxiliaries, adverbs, negation, and for an infinitive "to"
// with the verb that governs it.
func (r *Reader) verbGroupStart(i int, inf bool) int {
	toks := r.toks
	k := i
	for k > 0 {
		u := &toks[k-1]
		if !u.word() {
			break
		}
		if u.w&(wAux|wBe|wHave|wNeg|wAdv) != 0 && u.w&wDet == 0 && u.m < 0 {
			k--
			continue
		}
		switch u.low {
		case "inside", "outside", "nearby", "too", "got", "get":
			k--
			continue
		}
		if u.w&wTime != 0 && u.m < 0 {
			// "that day", "the same day", "on Tuesday": a time adverbial
			// before the verb.
			k--
			for k > 0 && toks[k-1].word() && (toks[k-1].w&(wDet|wTime) != 0 || toks[k-1].is(tNum) || toks[k-1].low == "on" || toks[k-1].low == "same" || toks[k-1].low == "following" || toks[k-1].low == "next") && toks[k-1].m < 0 {
				k--
			}
			continue
		}
		if u.low == "to" && k-2 >= 0 && !inf && toks[k].w&wHave != 0 {
			inf = true // "was reported to have left"
		}
		if inf && u.low == "to" && k-2 >= 0 {
			g := &toks[k-2]
			if g.word() && (!r.npWord(k-2) || g.w&(wRealis|wFail) != 0 && g.m < 0) {
				k -= 2
				inf = false
				continue
			}
		}
		break
	}
	return k
}

// subjectOf returns the subject of the verb of candidate c (or of the
// verb at token v when c is nil).
func (r *Reader) subjectOf(v int, inf bool) subject {
	sub := r.subjectAt(v, inf)
	// A phrase governed by a preposition is no subject: "HTS combatants
	// allied with the Rahman Legion and Ahrar al-Sham stormed".
	for tries := 0; tries < 2 && sub.e > sub.s && sub.s >= 2; tries++ {
		p := &r.toks[sub.s-1]
		if !p.word() || p.w&wPrep == 0 || p.w&wSubord != 0 || p.low == "of" || p.w&wPartic != 0 {
			break
		}
		j := sub.s - 2
		if r.toks[j].word() && !r.npWord(j) && (r.toks[j].w&wIrrPast != 0 || strings.HasSuffix(r.toks[j].low, "ed")) {
			j--
		}
		if j < 0 || !r.npWord(j) {
			break
		}
		sub = r.headPhrase(r.npLeft(j), j+1)
	}
	return sub
}

// subjectAt is subjectOf before the check for a governing preposition.
func (r *Reader) subjectAt(v int, inf bool) subject {
	toks := r.toks
	vg := r.verbGroupStart(v, inf)
	j := vg - 1
	if j < 0 {
		return subject{s: 0, e: 0}
	}
	if !toks[j].word() && toks[j].p == ')' {
		// "Fighters of the Islamic State of Iraq and the Levant (ISIL)
		// took": the phrase before the parenthesis.
		k := j - 1
		for k >= 0 && !(!toks[k].word() && toks[k].p == '(') && j-k < 8 {
			k--
		}
		if k > 0 && r.npWord(k-1) {
			return r.headPhrase(r.npLeft(k-1), k)
		}
	}
	if inf && toks[j].word() && toks[j].low == "to" && j > 0 && r.npWord(j-1) {
		j-- // "forced Jaysh al-Islam to retreat"
	}
	t := &toks[j]
	switch {
	case !t.word() && t.p == ',':
		if s, ok := r.beforeAppositive(j); ok {
			return s
		}
		return r.mainSubject(v)
	case !t.word():
		return subject{}
	case t.w&wConj != 0:
		return r.mainSubject(v)
	case t.w&wSubord != 0 && (t.low == "which" || t.low == "who" || t.low == "that" || t.low == "whom"):
		k := j - 1
		if k >= 0 && !toks[k].word() && toks[k].p == ',' {
			k--
		}
		if k >= 0 && r.npWord(k) {
			return r.subjectPhrase(r.npLeft(k), k+1)
		}
		return subject{pron: true}
	case t.w&wPron != 0 && t.w&wDet == 0:
		if j > 0 && toks[j-1].word() && toks[j-1].w&wPrep != 0 {
			// "the factions allied with it opened": the phrase before the
			// participle that governs the pronoun.
			k := j - 2
			if k >= 0 && toks[k].word() && toks[k].m < 0 && !r.npWord(k) {
				k--
			}
			if k >= 0 && r.npWord(k) {
				return r.headPhrase(r.npLeft(k), k+1)
			}
			return subject{}
		}
		if j > 1 && toks[j-1].word() && (len(toks[j-1].low) > 5 && toks[j-1].low[len(toks[j-1].low)-3:] == "ing" || r.isVerbAt(j-1)) && r.npWord(j-2) {
			// "an activist covering it was killed": the object of a
			// participle; the subject is the phrase before it.
			return r.subjectPhrase(r.npLeft(j-2), j-1)
		}
		ms := r.mainSubject(v)
		if len(ms.ms) > 0 && ms.s < j {
			return ms
		}
		return subject{s: j, e: j + 1, pron: true}
	case r.npWord(j):
		s := r.npLeft(j)
		if s > 0 && r.lowAt(s-1) == "whose" {
			// "fighters in the Harem area, whose base had been encircled"
			k := s - 2
			if k >= 0 && !toks[k].word() && toks[k].p == ',' {
				k--
			}
			if k >= 0 && r.npWord(k) {
				return r.headPhrase(r.npLeft(k), k+1)
			}
		}
		return r.headPhrase(s, j+1)
	}
	return subject{}
}

// headPhrase returns the subject whose last phrase is [s,e), moving to
// the head phrase when [s,e) only qualifies it: "ISIS fighters in the
// Harem area", "an ISIS attack on a rebel headquarters", "the attack in
// Al-Bab".
func (r *Reader) headPhrase(s, e int) subject {
	toks := r.toks
	for s >= 2 {
		p := &toks[s-1]
		if !p.word() {
			break
		}
		switch p.low {
		case "in", "on", "at", "near", "against", "outside", "around", "inside", "for":
		case "by":
			// "a counter-attack by the Rahman Legion forced"
			if r.isNounCand(s - 2) {
				sub := r.subjectPhrase(r.npLeft(s-2), s-1)
				return sub
			}
			// "300 hostages held by the radical jihadists were set free"
			if s >= 3 && (toks[s-2].w&wIrrPast != 0 || strings.HasSuffix(toks[s-2].low, "ed")) && r.npWord(s-3) {
				sub := r.subjectPhrase(r.npLeft(s-3), s-2)
				return sub
			}
			return r.subjectPhrase(s, e)
		default:
			return r.subjectPhrase(s, e)
		}
		if !r.npWord(s - 2) {
			break
		}
		s2 := r.npLeft(s - 2)
		head := s - 2
		if !(r.hasActor(s2, s-1) || r.isNounCand(head) || toks[head].w&(wActor|wHuman|wInstr) != 0) {
			break
		}
		sub := r.subjectPhrase(s2, s-1)
		sub.e = s - 1
		return sub
	}
	return r.subjectPhrase(s, e)
}

// isNounCand reports whether token i is the head of a noun trigger.
func (r *Reader) isNounCand(i int) bool {
	j := r.candAt(i)
	return j >= 0 && r.cands[j].noun
}

// subjectPhrase returns the subject phrase [s,e) with the phrases
// coordinated before it.
func (r *Reader) subjectPhrase(s, e int) subject {
	toks := r.toks
	sawAnd := false
	for {
		k := s - 1
		if k < 1 {
			break
		}
		u := &toks[k]
		isAnd := u.word() && (u.low == "and" || u.low == "or")
		isComma := !u.word() && u.p == ','
		if !isAnd && !isComma {
			break
		}
		if isAnd && !toks[k-1].word() {
			break // ", and": a new clause
		}
		if isComma && !sawAnd {
			break // "After an assault by X, al-Nusra withdrew"
		}
		sawAnd = sawAnd || isAnd
		if !r.npWord(k - 1) {
			break
		}
		s2 := r.npLeft(k - 1)
		// Only a phrase with an actor in it, governed by no preposition.
		if !r.hasActor(s2, k) || s2 > 0 && toks[s2-1].word() && toks[s2-1].w&wPrep != 0 && toks[s2-1].low != "of" {
			break
		}
		if s2 > 0 && toks[s2-1].word() && toks[s2-1].low == "of" && !r.bridgeOf(s2-2) {
			break
		}
		s = s2
	}
	// "envoys of the Rahman Legion and of Russia"
	if s >= 3 && r.lowAt(s-1) == "of" && r.lowAt(s-2) == "and" && r.npWord(s-3) {
		s = r.npLeft(s - 3)
	}
	sub := subject{s: s, e: e}
	sub.ms = r.mentionsIn(s, e, r.scratchInts())
	if len(sub.ms) == 0 && e-s == 1 && toks[s].w&wPron != 0 {
		sub.pron = true
	}
	return sub
}

// hasActor reports whether [s,e) holds a mention that is not a place.
func (r *Reader) hasActor(s, e int) bool {
	for k := s; k < e; k++ {
		if m := r.toks[k].m; m >= 0 && r.c.Mentions[m].Kind != claims.MentionPlace {
			return true
		}
	}
	return false
}

// beforeAppositive reads the subject before a comma at token j that
// closes an apposition or a parenthetical participle: the phrase before
// the opening comma, or the person the apposition names.
func (r *Reader) beforeAppositive(j int) (subject, bool) {
	toks := r.toks
	k := j - 1
	relative := false
	for k >= 0 && !(toks[k].p == ',' && !toks[k].word()) {
		if !toks[k].word() {
			return subject{}, false
		}
		if toks[k].w&(wSubord|wReport) != 0 && toks[k].w&wPrep == 0 {
			// ", who had set out to negotiate, fell into": a relative
			// clause between the commas.
			if k > 0 && !toks[k-1].word() && toks[k-1].p == ',' && toks[k].w&wSubord != 0 {
				k--
				relative = true
				break
			}
			return subject{}, false
		}
		k--
	}
	if k < 1 || !r.npWord(k-1) {
		return subject{}, false
	}
	inner0, inner1 := k+1, j
	outer := r.headPhrase(r.npLeft(k-1), k)
	if relative {
		return outer, true
	}
	// A parenthetical participle ("backed by X and Y"): the outer phrase.
	if r.npRight(inner0) == inner1 {
		in := r.mentionsIn(inner0, inner1, r.scratchInts())
		innerPerson := r.hasKind(in, claims.MentionPerson)
		outerPerson := r.hasKind(outer.ms, claims.MentionPerson)
		if innerPerson && !outerPerson && r.headIsRole(outer.e-1) {
			return subject{s: inner0, e: inner1, ms: keepKind(in, r, claims.MentionPerson)}, true
		}
		if outerPerson {
			return subject{s: outer.s, e: outer.e, ms: keepKind(outer.ms, r, claims.MentionPerson)}, true
		}
	}
	return outer, true
}

// headIsRole reports whether the phrase ending at token e is headed by a
// role noun (commander, emir) or a mention after one.
func (r *Reader) headIsRole(e int) bool {
	for k := e; k >= 0 && k >= e-4; k-- {
		if r.toks[k].word() && r.toks[k].w&wRole != 0 && r.toks[k].m < 0 {
			return true
		}
		if !r.toks[k].word() {
			return false
		}
	}
	return false
}

func (r *Reader) hasKind(ms []int, k claims.MentionKind) bool {
	for _, m := range ms {
		if r.c.Mentions[m].Kind == k {
			return true
		}
	}
	return false
}

func keepKind(ms []int, r *Reader, k claims.MentionKind) []int {
	out := ms[:0]
	for _, m := range ms {
		if r.c.Mentions[m].Kind == k {
			out = append(out, m)
		}
	}
	return out
}

// scratchInts returns an empty slice to gather a few mention indexes in,
// cut from the reader's arena; the slices handed out are not reused
// within one Read (one that outgrows its room moves to the heap).
func (r *Reader) scratchInts() []int {
	const room = 8
	if len(r.arena)+room > cap(r.arena) {
		r.arena = make([]int, 0, max(2*cap(r.arena), 256))
	}
	n := len(r.arena)
	r.arena = r.arena[:n+room]
	return r.arena[n : n : n+room]
}

// isVerbAt reports whether token i is a finite or participle verb (a
// non-noun trigger, a form of be/have, a past form).
func (r *Reader) isVerbAt(i int) bool {
	t := &r.toks[i]
	if !t.word() || t.m >= 0 || t.is(tCap) && !t.is(tFirst) {
		return false
	}
	if j := r.candAt(i); j >= 0 {
		return !r.cands[j].noun
	}
	if t.w&(wBe|wHave|wAux) != 0 && t.w&wDet == 0 || t.w&wReport != 0 && t.low != "according" {
		return true
	}
	if t.w&wIrrPast != 0 || len(t.low) > 4 && t.low[len(t.low)-2:] == "ed" {
		return !r.npWord(i)
	}
	return false
}

// mainSubject returns the subject of the clause's first verb before
// token v that has one.
func (r *Reader) mainSubject(v int) subject {
	for i := 0; i < v; i++ {
		if !r.isVerbAt(i) {
			continue
		}
		if j := r.candAt(i); j >= 0 && (r.cands[j].ing || r.cands[j].inf) {
			continue
		}
		vg := r.verbGroupStart(i, false)
		if vg-1 < 0 {
			continue
		}
		t := &r.toks[vg-1]
		if t.word() && t.w&wPron != 0 && t.w&wDet == 0 && !(vg-2 >= 0 && r.toks[vg-2].word() && r.toks[vg-2].w&wPrep != 0) {
			return subject{s: vg - 1, e: vg, pron: true}
		}
		if !r.npWord(vg - 1) {
			if !t.word() && t.p == ',' {
				if s, ok := r.beforeAppositive(vg - 1); ok && len(s.ms) > 0 {
					return s
				}
			}
			continue
		}
		s := r.subjectPhrase(r.npLeft(vg-1), vg)
		if len(s.ms) > 0 {
			return s
		}
		if s.e > s.s {
			return s
		}
	}
	return subject{}
}

// objectOf returns the object phrase after token j, with the phrases
// coordinated with it.
func (r *Reader) objectOf(j int) (int, int) { return r.objectPhrase(j, false) }

// objectPhrase is objectOf; inPP keeps a coordination whole even before
// a verb ("between X and Y resumed").
func (r *Reader) objectPhrase(j int, inPP bool) (int, int) {
	toks := r.toks
	j = r.skipAdv(j)
	for j < len(toks) && toks[j].word() && toks[j].w&wPartic != 0 && toks[j].w&wPrep == 0 {
		j++
	}
	j = r.skipQualifier(j)
	if j >= len(toks) || !r.npWord(j) {
		return j, j
	}
	s, e := j, r.npRight(j)
	for e+1 < len(toks) {
		u := &toks[e]
		isAnd := u.word() && (u.low == "and" || u.low == "or")
		isComma := !u.word() && u.p == ','
		if !isAnd && !isComma {
			break
		}
		k := e + 1
		if isComma && r.lowAt(k) == "and" {
			break // ", and ISIS fell back": a new clause
		}
		if k >= len(toks) || !r.npWord(k) || r.isVerbAt(k) {
			break
		}
		e2 := r.npRight(k)
		if !inPP && e2 < len(toks) && r.isVerbAt(r.skipAdv(e2)) {
			break // "and ISIS took the town": a new clause
		}
		if isComma && !r.hasActor(k, e2) && !r.hasPlace(k, e2) {
			break // an apposition: "A'zaz, a border town"
		}
		if isComma && r.lowAt(k) == "a" {
			break
		}
		e = e2
	}
	return s, e
}

// hasObject reports whether a noun phrase follows token j.
func (r *Reader) hasObject(j int) bool {
	j = r.skipAdv(j)
	return j < len(r.toks) && r.npWord(j)
}

// skipQualifier returns the token after a number's qualifier at j ("at
// least 20", "more than 120", "up to 50") when the caller's count finder
// did not mark it, or j.
func (r *Reader) skipQualifier(j int) int {
	w1, w2 := r.lowAt(j), r.lowAt(j+1)
	n := 0
	switch {
	case w1 == "at" && (w2 == "least" || w2 == "most"), w1 == "more" && w2 == "than", w1 == "up" && w2 == "to",
		w1 == "fewer" && w2 == "than", w1 == "less" && w2 == "than":
		n = 2
	case w1 == "some" || w1 == "about" || w1 == "nearly" || w1 == "almost" || w1 == "around" || w1 == "over":
		n = 1
	}
	if n > 0 && j+n < len(r.toks) && (r.toks[j+n].is(tNum) || r.toks[j+n].w&wNumWord != 0 || r.toks[j+n].q >= 0) {
		return j + n
	}
	return j
}

// hasPlaceNoun reports whether [s,e) holds a place noun (town, base).
func (r *Reader) hasPlaceNoun(s, e int) bool {
	for k := s; k < e; k++ {
		if r.toks[k].word() && r.toks[k].w&wPlaceN != 0 && r.toks[k].m < 0 {
			return true
		}
	}
	return false
}

// hasPlace reports whether [s,e) holds a place mention.
func (r *Reader) hasPlace(s, e int) bool {
	for k := s; k < e; k++ {
		if m := r.toks[k].m; m >= 0 && r.c.Mentions[m].Kind == claims.MentionPlace {
			return true
		}
	}
	return false
}

// windowEnd returns the end of the arguments of candidate fi: the next
// verb trigger, a semicolon, a relative or subordinate clause, or the end.
func (r *Reader) windowEnd(fi int) int {
	c := &r.cands[fi]
	toks := r.toks
	for k := c.e; k < len(toks); k++ {
		t := &toks[k]
		if !t.word() {
			if t.p == ';' || t.p == ':' || t.p == '(' {
				return k
			}
			if t.p == ',' && c.noun && c.light < 0 && !r.listFollows(k) && r.fronted(k) {
				return k // "During the battle, activists accused …"
			}
			if t.p == ',' && k+1 < len(toks) && (r.lowAt(k+1) == "and" || r.lowAt(k+1) == "but" || r.isVerbAt(k+1)) {
				return k
			}
			continue
		}
		if t.w&wSubord != 0 && t.w&wPrep == 0 && t.w&wDet == 0 {
			return k
		}
		if t.w&wSubord != 0 && t.w&wPrep != 0 && r.clauseFollows(k) {
			return k // "after Russian officers held talks"
		}
		if t.low == "that" && k+1 < len(toks) && toks[k+1].w&wTime == 0 {
			return k
		}
		if j := r.candAt(k); j >= 0 && j != fi && !r.cands[j].noun {
			return k
		}
		if k > c.e && c.noun && r.isVerbAt(k) && r.verbGroupStart(k, false) != c.e {
			// A verb whose subject is not the noun: "During the battle,
			// activists accused X of collaborating with ISIL"; but "fighting
			// had taken place between X and Y" goes on.
			return k
		}
		if t.w&wReport != 0 && t.low != "according" {
			return k
		}
	}
	return len(toks)
}

// fronted reports whether no verb comes before the comma at k: what
// precedes it is a fronted adverbial ("During the battle, …").
func (r *Reader) fronted(k int) bool {
	for j := 0; j < k; j++ {
		if r.isVerbAt(j) {
			return false
		}
	}
	return true
}

// listFollows reports whether the comma at k goes on a list of names
// ("in Atarib, Anadan and Tal Rifaat"): a name right after it.
func (r *Reader) listFollows(k int) bool {
	return k+1 < len(r.toks) && r.toks[k+1].m >= 0
}

// clauseFollows reports whether a clause (a phrase and a verb) follows
// token k before any punctuation.
func (r *Reader) clauseFollows(k int) bool {
	for j := k + 1; j < len(r.toks) && j <= k+8; j++ {
		if !r.toks[j].word() {
			return false
		}
		if r.isVerbAt(j) && j > k+1 {
			return true
		}
	}
	return false
}

// readFrame assigns the roles of candidate fi from its subject, object and
// prepositional phrases.
func (r *Reader) readFrame(fi int) {
	c := &r.cands[fi]
	toks := r.toks
	intrans := c.cls == claims.EventKill && (c.lemma == kDie || c.lemma == kPerish || c.lemma == kDead || c.lemma == kDeath || c.lemma == kToll || c.lemma == kCasualty)
	if c.cls == claims.EventKill && (c.lemma == kDie || c.lemma == kPerish) {
		c.converse = true
	}
	// Subject.
	var sub subject
	if c.noun && c.light >= 0 {
		// The noun's own modifiers are its agents ("fell into an ISIS
		// ambush"); the light verb's subject is read below.
		if s := r.npLeft(c.s - 1); s < c.s && s > c.light {
			for _, m := range r.mentionsIn(s, c.s, r.scratchInts()) {
				if r.c.Mentions[m].Kind != claims.MentionPlace {
					r.setRole(fi, m, claims.RoleAgent)
				}
			}
		}
	}
	switch {
	case c.noun && c.light >= 0 && strings.HasSuffix(r.lowAt(c.light), "ing") && r.candAt(c.light) < 0:
		// "…, setting off intense firefights", "engaging in clashes"
		sub = r.mainSubject(c.light)
		if sub.e == sub.s {
			sub = r.subjectOf(c.light, false)
		}
	case c.noun && c.light >= 0:
		sub = r.subjectOf(c.light, r.lowAt(c.light-1) == "to")
	case c.noun:
		// The noun's own modifiers: "an ISIS attack", "ISIS's offensive".
		s := r.npLeft(c.s - 1)
		if s < c.s {
			sub = subject{s: s, e: c.s, ms: r.mentionsIn(s, c.s, r.scratchInts())}
		}
	case c.ing && (r.lowAt(c.s-1) == "" || r.lowAt(c.s-1) == "and") && r.prevIng(fi) >= 0:
		// "ISIL beheading a commander, and taking full control": the
		// subject of the participle before.
		sub = r.cands[r.prevIng(fi)].subj
	case c.ing:
		if r.lowAt(c.s-1) == "" || r.lowAt(c.s-1) == "and" || r.toks[c.s-1].w&(wPrep|wNeg) != 0 {
			// ", killing 15 rebels", "and taking": the clause's subject.
			sub = r.mainSubject(c.s)
		}
		if sub.e == sub.s {
			sub = r.subjectOf(c.s, false)
		}
	default:
		if k := c.s - 1; !c.passive && k > 0 && c.e == c.s+1 && r.receives(c.cls) && !toks[k].word() && toks[k].p == ',' && r.npWord(k-1) && r.lowAt(c.e) != "" && toks[c.e].w&wPrep != 0 && r.lowAt(c.s) != "" && (toks[c.s].w&wIrrPast != 0 || len(toks[c.s].low) > 4 && toks[c.s].low[len(toks[c.s].low)-2:] == "ed") {
			// "an HTS emir, killed in Saqba": the phrase was killed.
			c.passive = true
			sub = r.subjectPhrase(r.npLeft(k-1), k)
			break
		}
		sub = r.subjectOf(c.s, c.inf)
	}
	if c.noun && c.light >= 0 && r.selfReport(c.light) || !c.noun && (c.cls == claims.EventAnnounce || c.cls == claims.EventDeny) {
		// "X claimed responsibility for the attack": X is the agent even
		// as the source of the claim.
		sub.ms = r.mentionsWithSources(sub.s, sub.e)
	}
	if !c.noun && !c.passive && !c.ing && sub.e == c.s && sub.e > sub.s && r.receives(c.cls) && !r.hasObject(c.e) && r.lowAt(c.e) != "and" && r.countIn(max(sub.s-2, 0), sub.e) {
		c.passive = true // "605 civilians killed", "15 captured"
	}
	c.subj = sub
	c.subjPron = sub.pron && len(sub.ms) == 0
	subjRole := claims.RoleAgent
	switch {
	case c.passive, c.converse, c.lightConv, intrans && !c.noun:
		subjRole = claims.RolePatient
	case c.noun && c.light < 0 && (c.cls == claims.EventKill || c.cls == claims.EventExecute || c.cls == claims.EventAssassinate):
		subjRole = claims.RolePatient
	}
	for _, m := range sub.ms {
		ro := subjRole
		kind := r.c.Mentions[m].Kind
		switch {
		case kind == claims.MentionPlace && c.noun && c.light < 0:
			ro = claims.RolePlace // "the Deir al-Zour offensive"
		case kind == claims.MentionPlace && (c.passive || c.converse) && r.placeSlot(c.cls):
			ro = claims.RolePlace // "Raqqa fell to ISIS"
		case kind == claims.MentionOther && (c.passive || c.converse) && r.placeSlot(c.cls) && r.placeLike(sub.s, sub.e):
			ro = claims.RolePlace
		case kind == claims.MentionPlace && !(c.noun && c.light >= 0) && r.placeLike(sub.s, sub.e) && sub.e-sub.s > 1 && r.toks[sub.e-1].w&wPlaceN != 0:
			ro = claims.RolePlace // "the rebel-held pocket of Eastern Ghouta was split"
		}
		r.setRole(fi, m, ro)
	}
	if sub.e > sub.s {
		c.instrument = r.instrumentHead(sub.e - 1)
		if g := r.candAt(sub.e - 1); g >= 0 && g != fi && r.cands[g].noun {
			c.via = g
		}
	}
	// Object.
	if !c.noun && !c.passive && !intrans {
		os, oe := r.objectOf(c.e)
		if oe > os {
			ms := r.mentionsIn(os, oe, r.scratchInts())
			place := r.placeLike(os, oe)
			winner := c.converse && r.lowAt(c.e-1) == "to"
			for _, m := range ms {
				ro := claims.RolePatient
				if winner {
					ro = claims.RoleAgent // "fell to ISIS", "passed to ISIS"
				}
				kind := r.c.Mentions[m].Kind
				if kind == claims.MentionPlace || kind == claims.MentionOther && (r.hasPlaceNoun(os, oe) || r.placeSlot(c.cls) && !r.expels(c)) {
					ro = claims.RolePlace
				}
				if c.cls == claims.EventWithdraw && ro == claims.RolePatient {
					continue
				}
				r.setRole(fi, m, ro)
			}
			if c.cls == claims.EventCapture && r.humanLike(os, oe) && !place && !c.converse && !r.expels(c) {
				c.cls = claims.EventAbduct
			}
			_ = place
			if g := r.candAt(oe - 1); g >= 0 && g != fi && r.cands[g].noun && c.cls == claims.EventAttack && r.cands[g].cls == claims.EventBomb {
				// "their car hit a bomb"
				c.cls = claims.EventBomb
			}
		}
	}
	// "took control of the town" has its object after "of".
	if c.cls == claims.EventCapture && !c.noun && (c.passive || sub.e == c.s && !r.hasObject(c.e) && r.lowAt(c.e) != "of") && sub.e > sub.s && r.humanLike(sub.s, sub.e) && !r.placeLike(sub.s, sub.e) {
		c.cls = claims.EventAbduct // "many others captured", "was captured by"
	}
	if c.cls == claims.EventCapture && !c.noun && c.s > 0 && (r.lowAt(c.s-1) == "others" || combatants[r.lowAt(c.s-1)]) && !c.passive && !r.hasObject(c.e) && r.lowAt(c.e) != "of" {
		c.cls = claims.EventAbduct
	}
	// Prepositional phrases.
	end := r.windowEnd(fi)
	for k := c.e; k < end; k++ {
		t := &toks[k]
		if !t.word() || t.w&wPrep == 0 && t.low != "targeting" {
			continue
		}
		p := t.low
		j := k + 1
		if p == "at" && r.lowAt(j) == "the" && r.lowAt(j+1) == "hands" && r.lowAt(j+2) == "of" {
			p, j = "by", j+3
		}
		if p == "out" && r.lowAt(j) == "of" {
			p, j = "out of", j+1
		}
		if p == "of" && (r.lowAt(k-1) == "out" || k == c.e) && (c.cls == claims.EventWithdraw || c.cls == claims.EventCapture) && !c.noun {
			p = "out of" // "pulled out of", "drove X out of": the place left
		}
		if j >= end || !r.npWord(j) {
			continue
		}
		_, e := r.objectPhrase(j, p == "between")
		if e > end {
			e = end
		}
		r.ppRole(fi, p, j, e, k)
		k = e - 1
	}
}

// receives reports whether class cls has a patient that a bare
// participle can report on ("N killed", "N captured").
func (r *Reader) receives(cls claims.EventType) bool {
	switch cls {
	case claims.EventKill, claims.EventExecute, claims.EventAbduct, claims.EventRelease, claims.EventCapture:
		return true
	}
	return false
}

// countIn reports whether [s,e) holds a count.
func (r *Reader) countIn(s, e int) bool {
	for k := s; k < e; k++ {
		if r.toks[k].q >= 0 {
			return true
		}
	}
	return false
}

// prevIng returns the last live -ing participle before candidate fi, or
// -1.
func (r *Reader) prevIng(fi int) int {
	for g := fi - 1; g >= 0; g-- {
		if r.cands[g].ing && r.live(g) {
			return g
		}
	}
	return -1
}

// selfReport reports whether the light verb at token i reports the
// subject's own act: "X claimed responsibility for", "X announced an
// operation", "X declared a ceasefire". Its subject is the agent even
// where it is also the source of the report.
func (r *Reader) selfReport(i int) bool {
	k := r.toks[i].k
	return k == kClaim || k == kAnnounce || k == kDeclare
}

// expels reports whether c's object is the side driven out rather than
// the place taken ("drove al-Nusra out of", "expelled X from").
func (r *Reader) expels(c *cand) bool {
	switch c.lemma {
	case kDrive, kForce, kPush, kExpel, kOust:
		return true
	}
	return false
}

// placeSlot reports whether an object of class cls is normally a place.
func (r *Reader) placeSlot(cls claims.EventType) bool {
	switch cls {
	case claims.EventCapture, claims.EventWithdraw, claims.EventBesiege:
		return true
	}
	return false
}

// instrumentHead reports whether token i is a weapon noun heading a
// subject ("mortar rounds", "warplanes", "fire").
func (r *Reader) instrumentHead(i int) bool {
	t := &r.toks[i]
	return t.word() && t.w&wInstr != 0
}

// mentionsWithSources is mentionsIn including the reporting source.
func (r *Reader) mentionsWithSources(s, e int) []int {
	out := r.scratchInts()
	for k := s; k < e; k++ {
		m := int(r.toks[k].m)
		if m >= 0 && (len(out) == 0 || out[len(out)-1] != m) {
			out = append(out, m)
		}
	}
	return out
}

// ppRole assigns the mentions of the phrase [s,e) governed by preposition
// p (at token k) in frame fi.
func (r *Reader) ppRole(fi int, p string, s, e, k int) {
	c := &r.cands[fi]
	ms := r.mentionsIn(s, e, r.scratchInts())
	{
		// A cause: "died in the blast", "killed in the fighting".
		if c.cls == claims.EventKill && (p == "in" || p == "during" || p == "by" || p == "from" || p == "after") {
			for q := s; q < e; q++ {
				if g := r.candAt(q); g >= 0 && g != fi && r.cands[g].noun {
					if c.cause == "" {
						c.cause = r.cands[g].cls
					}
					if len(r.argsOf(g)) == 0 || g > fi {
						r.cands[g].absorbed = true
					}
					break
				}
				if r.lowAt(q) == "action" || r.lowAt(q) == "combat" {
					c.cause = claims.EventClash
				}
			}
		}
		if len(ms) == 0 {
			return
		}
	}
	actorRole, placeRole := claims.RoleNone, claims.RolePlace
	switch p {
	case "by":
		if c.passive || c.noun || c.converse {
			actorRole = claims.RoleAgent
		}
	case "on", "against", "upon", "targeting", "at":
		switch c.cls {
		case claims.EventAttack, claims.EventBomb, claims.EventClash, claims.EventBesiege, claims.EventProtest:
			actorRole = claims.RolePatient
		}
	case "with", "between":
		switch c.cls {
		case claims.EventClash, claims.EventAgreement, claims.EventAlly, claims.EventRelease:
			actorRole = claims.RoleAgent
		}
	case "from":
		switch c.cls {
		case claims.EventCapture, claims.EventAbduct, claims.EventRelease:
			actorRole = claims.RolePatient
		}
	case "to":
		if c.converse && (c.cls == claims.EventCapture) {
			actorRole = claims.RoleAgent
		}
		if c.cls == claims.EventBesiege && c.noun {
			actorRole = claims.RolePatient
		}
	case "of":
		if c.noun {
			switch c.cls {
			case claims.EventKill, claims.EventExecute, claims.EventAssassinate, claims.EventAbduct,
				claims.EventRelease, claims.EventBesiege, claims.EventCapture, claims.EventAttack, claims.EventBomb:
				actorRole = claims.RolePatient
			}
		}
	case "among":
		if c.cls == claims.EventKill {
			actorRole = claims.RolePatient
		}
	case "out of":
	case "in", "near", "outside", "around", "inside", "into", "towards", "toward", "across", "through",
		"within", "for", "beside", "along", "throughout", "behind", "over", "under", "off":
	default:
		placeRole = claims.RoleNone
	}
	for _, m := range ms {
		kind := r.c.Mentions[m].Kind
		switch {
		case kind == claims.MentionPlace || kind == claims.MentionOther && (actorRole == claims.RoleNone || r.placeLike(s, e) || r.placeSlot(c.cls) && p != "from"):
			if placeRole != claims.RoleNone && !r.inActorNP(m) {
				r.setRole(fi, m, placeRole)
			} else if actorRole != claims.RoleNone && kind != claims.MentionPlace {
				r.setRole(fi, m, actorRole)
			}
		case actorRole != claims.RoleNone:
			r.setRole(fi, m, actorRole)
		}
	}
	_ = k
}

// argsOf returns the roles of frame fi.
func (r *Reader) argsOf(fi int) []roleAt {
	out := r.argBuf[:0]
	defer func() { r.argBuf = out[:0] }()
	for _, ra := range r.roles {
		if ra.f == fi && ra.r != roleCount {
			out = append(out, ra)
		}
	}
	return out
}

// eventSubjects reads a weapon or an event as the subject of a verb:
// "Army mortar rounds hit X" (a bombing by the army), "a suicide car bomb
// struck a checkpoint" (a bombing), "an ISIS attack … left 15 fighters
// dead" (a kill by ISIS caused by the attack), "a counter-attack by the
// Rahman Legion forced X to retreat" (X is the attack's patient).
func (r *Reader) eventSubjects() {
	for fi := range r.cands {
		c := &r.cands[fi]
		if c.noun {
			continue
		}
		if g := c.via; g >= 0 && (r.cands[g].cls == c.cls || r.cands[g].cls == claims.EventBomb && c.cls == claims.EventAttack) {
			// "a suicide car bomb struck", "two car bombs went off": one
			// event, told by the verb.
			c.cls = r.cands[g].cls
			for _, ra := range r.argsOf(g) {
				if ra.r == claims.RoleAgent {
					r.setRole(fi, ra.m, claims.RoleAgent)
				}
			}
			r.cands[g].absorbed = true
			continue
		}
		if c.instrument {
			switch c.cls {
			case claims.EventAttack:
				c.cls = claims.EventBomb
			case claims.EventKill:
				if c.cause == "" {
					c.cause = claims.EventBomb
				}
			}
		}
		g := c.via
		if g < 0 {
			continue
		}
		gc := &r.cands[g]
		switch c.cls {
		case claims.EventKill, claims.EventExecute:
			if c.cause == "" {
				c.cause = gc.cls
			}
			for _, ra := range r.argsOf(g) {
				if ra.r == claims.RoleAgent {
					r.setRole(fi, ra.m, claims.RoleAgent)
				}
			}
		case claims.EventAttack:
			if gc.cls == claims.EventBomb {
				c.cls = claims.EventBomb
				for _, ra := range r.argsOf(g) {
					if ra.r == claims.RoleAgent {
						r.setRole(fi, ra.m, claims.RoleAgent)
					}
				}
				gc.absorbed = true
			}
		case claims.EventCapture:
			// "a rebel counter-attack won back sixteen villages"
			if !c.inf {
				for _, ra := range r.argsOf(g) {
					if ra.r == claims.RoleAgent {
						r.setRole(fi, ra.m, claims.RoleAgent)
					}
				}
			}
		}
	}
	// "forced X to retreat" with an event subject: the infinitive's frame
	// was read with X as its agent; the event's patient is X as well.
	for fi := range r.cands {
		c := &r.cands[fi]
		if !c.inf || c.drop {
			continue
		}
		to := c.s - 1
		gov := to - 1
		for gov >= 0 && r.toks[gov].word() && r.npWord(gov) {
			gov--
		}
		if gov < 0 || r.toks[gov].k != kForce {
			continue
		}
		sub := r.subjectOf(gov, false)
		if sub.e > sub.s {
			if g := r.candAt(sub.e - 1); g >= 0 && r.cands[g].noun {
				for _, ra := range r.argsOf(fi) {
					if ra.r == claims.RoleAgent && r.roleIn(g, ra.m) == claims.RoleNone {
						r.setRole(g, ra.m, claims.RolePatient)
					}
				}
			}
		}
	}
}

// sharedObjects gives a verb coordinated before another verb the other's
// object: "ISIS gunmen abducted and killed X".
func (r *Reader) sharedObjects() {
	// Coordinated passives share their agent and patient: "was ambushed
	// and captured in Taftanaz by ISIL".
	for fi := range r.cands {
		c := &r.cands[fi]
		if !c.passive || c.noun || r.lowAt(c.e) != "and" {
			continue
		}
		g := r.candAt(c.e + 1)
		if g < 0 || !r.cands[g].passive {
			continue
		}
		for _, ra := range r.argsOf(g) {
			if ra.r == claims.RoleAgent && !r.hasRole(fi, ra.m) {
				r.setRole(fi, ra.m, claims.RoleAgent)
			}
		}
		for _, ra := range r.argsOf(fi) {
			if ra.r == claims.RolePatient && !r.hasRole(g, ra.m) {
				r.setRole(g, ra.m, claims.RolePatient)
			}
		}
		if r.cands[g].cls == claims.EventCapture && r.hasKind(r.patientsOf(g), claims.MentionPerson) {
			r.cands[g].cls = claims.EventAbduct
		}
	}
	for fi := range r.cands {
		c := &r.cands[fi]
		if c.noun || c.passive || !r.live(fi) {
			continue
		}
		if w := r.lowAt(c.e); w != "and" && w != "or" {
			continue
		}
		g := r.candAt(c.e + 1)
		if g < 0 || r.cands[g].noun {
			continue
		}
		has := false
		for _, ra := range r.argsOf(fi) {
			if ra.r == claims.RolePatient {
				has = true
			}
		}
		if has {
			continue
		}
		for _, ra := range r.argsOf(g) {
			if ra.r == claims.RolePatient || ra.r == claims.RolePlace {
				r.setRole(fi, ra.m, ra.r)
			}
		}
	}
}

// patientsOf returns the patients of frame fi.
func (r *Reader) patientsOf(fi int) []int {
	out := r.scratchInts()
	for _, ra := range r.roles {
		if ra.f == fi && ra.r == claims.RolePatient {
			out = append(out, ra.m)
		}
	}
	return out
}

// handOver gives the patients and places of an intended act to the noun
// it depends on ("a campaign to retake Azaz": Azaz is the campaign's
// place) and drops the roles of frames that are not emitted.
func (r *Reader) handOver() {
	for k := range r.roles {
		ra := &r.roles[k]
		c := &r.cands[ra.f]
		if !c.drop || c.intentOf < 0 {
			continue
		}
		if ra.r == claims.RolePatient || ra.r == claims.RolePlace {
			if !r.hasRole(c.intentOf, ra.m) {
				ra.f = c.intentOf
			}
		}
	}
}

// denials marks the frames a denial covers and drops the denial itself
// ("ISIL denied that it had executed prisoners": an execution, denied),
// and drops an announcement of a frame that follows ("announced that it
// had joined Ahrar al-Sham").
func (r *Reader) denials() {
	for fi := range r.cands {
		c := &r.cands[fi]
		if c.drop || c.noun || c.cls != claims.EventDeny && c.cls != claims.EventAnnounce {
			continue
		}
		covered := false
		for gi := fi + 1; gi < len(r.cands); gi++ {
			g := &r.cands[gi]
			if g.drop || g.absorbed || g.cls == claims.EventDeny || g.cls == claims.EventAnnounce {
				continue
			}
			if c.cls == claims.EventDeny {
				g.denied = true
			}
			covered = true
			// A pronoun subject of the reported frame is the speaker.
			if g.subjPron {
				for _, ra := range r.argsOf(fi) {
					if ra.r == claims.RoleAgent {
						r.setRole(gi, ra.m, claims.RoleAgent)
					}
				}
				g.subjPron = false
			}
		}
		if covered {
			c.drop = true
		} else if c.cls == claims.EventDeny {
			c.denied = true
		}
	}
}

// spreadPlaces gives the places no frame has claimed to a frame: a place
// before the first trigger ("In Aleppo province, …") to every frame, a
// later one to the frame whose trigger comes last before it.
func (r *Reader) spreadPlaces() {
	first := -1
	for fi := range r.cands {
		if r.live(fi) {
			first = fi
			break
		}
	}
	if first < 0 {
		return
	}
	for mi, m := range r.c.Mentions {
		if m.Source || r.inActorNP(mi) {
			continue
		}
		claimed := false
		for _, ra := range r.roles {
			if ra.m == mi && ra.r != roleCount && r.live(ra.f) {
				claimed = true
				break
			}
		}
		if claimed || !r.placeGoverned(mi) {
			continue
		}
		at := r.mFirst[mi]
		if at < 0 {
			continue
		}
		best := -1
		for fi := range r.cands {
			if r.live(fi) && r.cands[fi].s < at {
				best = fi
			}
		}
		if best < 0 {
			for fi := range r.cands {
				if r.live(fi) {
					r.setRole(fi, mi, claims.RolePlace)
				}
			}
			continue
		}
		r.setRole(best, mi, claims.RolePlace)
	}
}

// live reports whether candidate fi becomes a frame.
func (r *Reader) live(fi int) bool { return !r.cands[fi].drop && !r.cands[fi].absorbed }

// placeGoverned reports whether mention mi is a place of the clause: a
// place mention, or a mention of no kind after a place preposition.
func (r *Reader) placeGoverned(mi int) bool {
	m := r.c.Mentions[mi]
	if m.Kind != claims.MentionPlace && m.Kind != claims.MentionOther {
		return false
	}
	at := r.mFirst[mi]
	if at < 0 {
		return false
	}
	s := r.npLeft(at)
	if s > 0 && r.toks[s-1].word() {
		switch r.toks[s-1].low {
		case "in", "at", "near", "outside", "around", "inside", "into", "towards", "toward", "across", "through",
			"within", "from", "to", "of", "beside", "along", "throughout", "between", "and", "for":
			return true
		}
	}
	if s > 0 && !r.toks[s-1].word() && r.toks[s-1].p == ',' && m.Kind == claims.MentionPlace {
		return true
	}
	return m.Kind == claims.MentionPlace && s == 0
}
