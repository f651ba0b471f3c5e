package frame

import (
	"strings"

	"github.com/concordfacts/concord/claims"
)

// Noun phrases. The reader does not parse; it reads the noun phrase that
// ends or starts at a token: determiners, adjectives, numbers, mentions
// and nouns, joined by "of" after a noun that takes a complement
// ("fighters of X", "the town of X", "part of", "a string of villages"),
// by "loyal to", "linked to" and "from" after an actor noun ("forces loyal
// to X", "militants from X"), and by possessives ("X's fighters").

// npWord reports whether token i can be part of a noun phrase.
func (r *Reader) npWord(i int) bool {
	t := &r.toks[i]
	if !t.word() {
		return false
	}
	if t.m >= 0 || t.q >= 0 || t.is(tNum) {
		return true
	}
	if t.w&(wBe|wHave|wAux|wNeg|wPrep|wSubord|wConj|wReport) != 0 {
		return t.w&wDet != 0 && t.w&wSubord == 0 || t.low == "no"
	}
	if t.w&wPron != 0 && t.w&wDet == 0 {
		return false
	}
	if t.w&wDet != 0 {
		return true
	}
	if t.w&(wAdv|wPartic) != 0 || t.w&wIrrPast != 0 && t.w&wPlaceN == 0 {
		return false
	}
	if t.is(tCap) && !t.is(tFirst) {
		return true
	}
	if j := r.candAt(i); j >= 0 && !r.cands[j].noun {
		return false
	}
	if strings.HasSuffix(t.low, "ed") && !(i > 0 && (r.toks[i-1].w&wDet != 0 || r.toks[i-1].is(tNum) || r.toks[i-1].q >= 0 || r.toks[i-1].is(tPoss))) {
		return t.w&(wPlaceN|wActor|wHuman) != 0
	}
	return true
}

// bridgeOf reports whether the word at token i takes an "of" complement
// inside its noun phrase.
func (r *Reader) bridgeOf(i int) bool {
	if i < 0 {
		return false
	}
	t := &r.toks[i]
	if !t.word() {
		return false
	}
	if t.w&(wPlaceN|wActor|wRole|wHuman|wNumWord) != 0 || t.q >= 0 || t.is(tNum) {
		return true
	}
	switch t.low {
	case "part", "parts", "most", "much", "all", "some", "string", "rest", "remnants", "half", "bodies",
		"corpses", "dozens", "hundreds", "thousands", "scores", "many", "members", "one", "none", "each",
		"remainder", "remains", "body", "portion", "majority", "number", "group", "unit", "units":
		return true
	}
	if t.m >= 0 && r.c.Mentions[t.m].Kind == claims.MentionGeneric {
		return true
	}
	return false
}

// actorLink reports whether token i ("loyal" of "loyal to", an actor noun
// before "from") joins an actor noun to the group it belongs to.
func (r *Reader) actorLink(i int) bool {
	if i < 0 || !r.toks[i].word() {
		return false
	}
	switch r.toks[i].low {
	case "loyal", "linked", "affiliated", "allied", "belonging", "attached", "aligned", "close":
		return true
	}
	return false
}

// npLeft returns the first token of the noun phrase that ends at token j
// (inclusive).
func (r *Reader) npLeft(j int) int {
	s := j + 1
	for k := j; k >= 0; k-- {
		t := &r.toks[k]
		if r.npWord(k) {
			// A determiner opens its phrase: "In Atarib the rebels".
			if s <= j && r.toks[s].w&wDet != 0 && r.toks[s].w&wPron == 0 && t.w&wDet == 0 {
				break
			}
			s = k
			continue
		}
		if !t.word() {
			if t.p == '-' && k > 0 && k+1 < len(r.toks) && r.toks[k-1].m >= 0 && r.toks[k-1].m == r.toks[k+1].m {
				continue
			}
			break
		}
		if s <= j {
			switch t.low {
			case "of":
				if r.bridgeOf(k-1) || k > 0 && (r.toks[k-1].w&wDir != 0 || r.toks[k-1].m >= 0 && r.c.Mentions[r.toks[k-1].m].Kind != claims.MentionPlace) {
					s = k
					continue
				}
			case "from":
				if k > 0 && r.toks[k-1].w&wActor != 0 {
					s = k
					continue
				}
			case "to":
				if r.actorLink(k - 1) {
					s = k
					continue
				}
			}
		}
		break
	}
	return s
}

// npRight returns the end (exclusive) of the noun phrase that starts at
// token j.
func (r *Reader) npRight(j int) int {
	e := j
	n := len(r.toks)
	for k := j; k < n; k++ {
		t := &r.toks[k]
		if r.npWord(k) {
			e = k + 1
			continue
		}
		if !t.word() {
			if t.p == '-' && k > j && k+1 < n && r.toks[k-1].m >= 0 && r.toks[k-1].m == r.toks[k+1].m {
				continue
			}
			break
		}
		if e > j && k+1 < n {
			switch t.low {
			case "of":
				if r.bridgeOf(k-1) && r.npWord(k+1) {
					continue
				}
			case "from":
				if r.toks[k-1].w&wActor != 0 && r.npWord(k+1) {
					continue
				}
			case "to":
				if r.actorLink(k-1) && r.npWord(k+1) {
					continue
				}
			}
			if r.actorLink(k) && k+1 < n && r.toks[k+1].low == "to" {
				continue
			}
		}
		break
	}
	return e
}

// mentionsIn appends to out the mentions an actor phrase [s,e) refers to:
// a named actor rather than the generic noun it heads ("fighters of X",
// "X's fighters", "X fighters"), a person rather than the title or role
// before the name ("the Division's Lieutenant Colonel Ahmad al-Sa'oud").
// Sources are never included.
func (r *Reader) mentionsIn(s, e int, out []int) []int {
	start := len(out)
	named, person := false, false
	for k := s; k < e; k++ {
		m := int(r.toks[k].m)
		if m < 0 || r.c.Mentions[m].Source {
			continue
		}
		if n := len(out); n > start && out[n-1] == m {
			continue
		}
		if r.c.Mentions[m].Kind == claims.MentionPlace && r.inActorNP(m) {
			continue // "Raqqa's fighters": fighters of a place
		}
		out = append(out, m)
		switch r.c.Mentions[m].Kind {
		case claims.MentionPerson:
			person, named = true, true
		case claims.MentionGroup, claims.MentionOther:
			named = true
		}
	}
	if !named && !person {
		return out
	}
	// Drop generic actor nouns that a named actor qualifies, and the
	// possessor of a person's title.
	w := start
	for k := start; k < len(out); k++ {
		m := r.c.Mentions[out[k]]
		if m.Kind == claims.MentionGeneric && named {
			if r.genericIsActorHead(out[k]) && r.linkedToNamed(out[k], s, e) {
				continue
			}
		}
		if person && m.Kind != claims.MentionPerson && r.possessorOfTitle(out[k]) {
			continue
		}
		out[w] = out[k]
		w++
	}
	return out[:w]
}

// genericIsActorHead reports whether generic mention m is an actor noun
// whose group is named next to it ("fighters", "gunmen", "forces").
func (r *Reader) genericIsActorHead(m int) bool {
	k := r.mLast[m]
	return k >= 0 && r.toks[k].w&(wActor|wRole) != 0
}

// linkedToNamed reports whether generic mention g is tied to a named
// mention in [s,e): right after it ("ISIS fighters", "X's fighters") or
// before "of/from/loyal to" and it ("fighters of X").
func (r *Reader) linkedToNamed(g, s, e int) bool {
	gm := r.c.Mentions[g]
	first, last := -1, -1
	for k := s; k < e; k++ {
		if int(r.toks[k].m) == g {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return false
	}
	_ = gm
	named := func(k int) bool {
		if k < s || k >= e {
			return false
		}
		m := r.toks[k].m
		return m >= 0 && int(m) != g && r.c.Mentions[m].Kind != claims.MentionGeneric && r.c.Mentions[m].Kind != claims.MentionPlace
	}
	// "X fighters", "X's fighters", "Chechen and Afghan ISIS fighters"
	for k := first - 1; k >= s && k >= first-3; k-- {
		if named(k) {
			return true
		}
		if !r.adjective(k) {
			break
		}
	}
	// "fighters of (the) X", "forces loyal to X", "militants from X"
	k := last + 1
	if r.actorLink(k) {
		k++
	}
	switch r.lowAt(k) {
	case "of", "from", "to":
		k++
		if r.lowAt(k) == "the" {
			k++
		}
		return named(k)
	}
	return false
}

// possessorOfTitle reports whether mention m is the possessor or
// complement of a title that a person's name follows: "the Division's
// Lieutenant Colonel Ahmad al-Sa'oud", "Al-Nusra's commander in Idlib".
func (r *Reader) possessorOfTitle(m int) bool {
	for k := max(r.mFirst[m], 0); k >= 0 && k <= r.mLast[m]; k++ {
		t := &r.toks[k]
		if int(t.m) != m {
			continue
		}
		if t.is(tPoss) {
			return true
		}
		// "ISIL senior Commander Sameer …", "the ISIS emir Abu Dajana"
		for j := k + 1; j < len(r.toks) && j <= k+3; j++ {
			if r.toks[j].m == int32(m) {
				continue
			}
			if r.toks[j].w&wRole != 0 {
				return true
			}
			if !r.adjective(j) && !(r.toks[j].is(tCap) && r.toks[j].m < 0) {
				break
			}
		}
	}
	return false
}

// inActorNP reports whether mention m sits inside an actor's phrase rather
// than naming a place of the event: "the town's fighters", "Raqqa ISIL
// fighters".
func (r *Reader) inActorNP(m int) bool {
	k := r.mLast[m]
	if k < 0 {
		return false
	}
	return k+1 < len(r.toks) && r.toks[k].is(tPoss) && r.toks[k+1].w&wActor != 0
}

// placeLike reports whether the phrase [s,e) names a place: a place noun
// or a mention of a place (or of no known kind) and no person or group.
func (r *Reader) placeLike(s, e int) bool {
	place := false
	for k := s; k < e; k++ {
		t := &r.toks[k]
		if t.m >= 0 {
			switch r.c.Mentions[t.m].Kind {
			case claims.MentionPlace:
				place = true
			case claims.MentionOther:
				place = place || r.looseOther
			case claims.MentionPerson:
				return false
			case claims.MentionGroup, claims.MentionGeneric:
				// "an ISIS base": the group owns the place.
			}
			continue
		}
		if t.w&wPlaceN != 0 {
			place = true
		}
		if t.w&(wHuman|wActor) != 0 && t.w&wPlaceN == 0 && k == e-1 {
			return false
		}
	}
	return place
}

// humanLike reports whether the phrase [s,e) names people: a person, a
// count or noun of people or fighters.
func (r *Reader) humanLike(s, e int) bool {
	for k := s; k < e; k++ {
		t := &r.toks[k]
		if t.m >= 0 && r.c.Mentions[t.m].Kind == claims.MentionPerson {
			return true
		}
	}
	if e > s {
		h := &r.toks[e-1]
		if h.w&(wHuman|wRole) != 0 || combatants[h.low] {
			return true
		}
		if h.m >= 0 && r.c.Mentions[h.m].Kind == claims.MentionGeneric && (h.w&wActor != 0 || combatants[h.low]) {
			return true
		}
	}
	return false
}

// skipAdv returns the first token at or after j that is not an adverb or
// intensifier.
func (r *Reader) skipAdv(j int) int {
	for j < len(r.toks) && r.toks[j].word() && r.toks[j].w&(wAdv|wIntens) != 0 && r.toks[j].w&wPartic == 0 {
		j++
	}
	return j
}

// skipDet returns the first token at or after j that is not a determiner.
func (r *Reader) skipDet(j int) int {
	for j < len(r.toks) && r.toks[j].word() && r.toks[j].w&wDet != 0 && r.toks[j].w&wPron == 0 {
		j++
	}
	return j
}

// lowAt returns the lower-case word at token j, or "".
func (r *Reader) lowAt(j int) string {
	if j < 0 || j >= len(r.toks) || !r.toks[j].word() {
		return ""
	}
	return r.toks[j].low
}
