package reconcile

import (
	"math"
	"slices"

	"github.com/concordfacts/concord/claims"
)

// This file scores a candidate pair of claims: how likely the two tell
// one event. The score is a Fellegi–Sunter match probability (Fellegi and
// Sunter, "A Theory for Record Linkage", JASA 64, 1969), as Splink computes
// it: each feature of the pair falls in one of a few levels, each level
// has a match weight log2(m/u), where m is the probability of the level
// among pairs that tell one event and u among pairs that do not, and the
// weights add to the prior's. The weights are estimated, not set by hand:
// see weights.go for how.

// feature is one comparison of a candidate pair.
type feature uint8

const (
	featText    feature = iota // lexical similarity of the clauses
	featClass                  // relation of the event classes
	featAgent                  // agents: shared, disjoint or unknown
	featPatient                // patients
	featPlace                  // places
	featDate                   // closeness of the dates
	featCount                  // figures of the same kind of thing
	featNames                  // all named entities of the clauses
	numFeatures
)

// featureNames name the features in explanations and JSON.
var featureNames = [numFeatures]string{"text", "class", "agent", "patient", "place", "date", "count", "names"}

// Levels. Level 0 of every feature means "not comparable" (a side lacks
// it) and weighs nothing.
const levelMissing = 0

// levelNames name each feature's levels.
var levelNames = [numFeatures][]string{
	featText:    {"missing", "high", "medium", "low", "none"},
	featClass:   {"unknown", "same", "related", "converse", "opposed"},
	featAgent:   {"unknown", "shared (rare)", "shared (common)", "disjoint"},
	featPatient: {"unknown", "shared", "disjoint"},
	featPlace:   {"unknown", "shared (rare)", "shared (common)", "disjoint"},
	featDate:    {"missing", "same day", "overlap", "1-3 days apart", "4-14 days apart", "15+ days apart"},
	featCount:   {"unknown", "equal", "different"},
	featNames:   {"missing", "most shared", "some shared", "few shared", "none shared"},
}

// levels is the level of each feature of one pair.
type levels [numFeatures]uint8

// textLevel buckets a cosine similarity. Near-verbatim copies fall in
// the first level too; their score is their cosine at least (see score).
func textLevel(cos float64) uint8 {
	switch {
	case cos >= 0.5:
		return 1
	case cos >= 0.3:
		return 2
	case cos >= 0.15:
		return 3
	}
	return 4
}

// similarity is the cosine of two texts' idf-weighted words with their
// norms shrunk towards a sentence of shrinkWords average words: short
// sentences that share a word or two ("It was unclear if he was
// summarily executed by the rebels", "14 rebels were also executed") are
// alike by the plain cosine and by little else.
func (p *prepared) similarity(ta, tb int32) float64 {
	a, b := &p.texts[ta], &p.texts[tb]
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	c := shrinkWords * p.meanSquare
	return min(1, p.dot(ta, tb)/math.Sqrt((a.norm*a.norm+c)*(b.norm*b.norm+c)))
}

// shrinkWords is the length, in words of average weight, that a text's
// norm is shrunk towards (see similarity).
const shrinkWords = 3

// reportBound reports whether t is only the bound a dated report puts on
// a sentence without a date of its own: on or before the report's day.
func reportBound(t *claims.TimeSpan) bool {
	return t != nil && t.Inherited && t.InheritedFrom == claims.AnchorDocument
}

// dateLevel buckets the distance of two dates.
func dateLevel(a, b *claims.TimeSpan) uint8 {
	if a == nil || b == nil {
		return levelMissing
	}
	if a.Overlaps(*b) && spanGap(*a, *b) == 0 {
		if a.Precision == claims.PrecisionDay && b.Precision == claims.PrecisionDay &&
			a.Modifier == claims.ModNone && b.Modifier == claims.ModNone && a.Start == b.Start {
			return 1
		}
		return 2
	}
	switch g := max(dayGap(*a, *b), spanGap(*a, *b)); {
	case g <= 3:
		return 3
	case g <= 14:
		return 4
	}
	return 5
}

// namesLevel buckets the overlap of all entities of two claims: the
// share of the shorter list found in the other.
func namesLevel(a, b []int32) uint8 {
	if len(a) == 0 || len(b) == 0 {
		return levelMissing
	}
	j := overlapCoefficient(a, b)
	switch {
	case j >= 0.5:
		return 1
	case j >= 0.25:
		return 2
	case j > 0:
		return 3
	}
	return 4
}

// setLevel compares two participant lists: shared, disjoint (both named
// and none in common) or unknown.
func setLevel(a, b []int32, sa, sb []side) uint8 {
	if intersects(a, b) || sidesMeet(sa, sb) {
		return 1
	}
	if len(a) > 0 && len(b) > 0 {
		return 2
	}
	if len(sa) > 0 && len(sb) > 0 && len(a) == 0 && len(b) == 0 {
		return 2
	}
	return levelMissing
}

// pairLevels computes the levels of claims a and b, from the pair of
// their frames that fits best.
func (p *prepared) pairLevels(a, b int32) levels {
	ia, ib := &p.info[a], &p.info[b]
	var lv levels
	lv[featText] = textLevel(p.similarity(ia.text, ib.text))
	lv[featNames] = namesLevel(ia.named, ib.named)
	da, db := p.comparableDates(int(a), int(b))
	lv[featDate] = dateLevel(da, db)
	switch {
	case lv[featDate] < 3:
		if reportBound(da) || reportBound(db) {
			// "On or before the day of the report" overlaps most of
			// what the report tells: no sign of one time.
			lv[featDate] = levelMissing
		}
	case da.Inherited && db.Inherited && narrative(da) && narrative(db):
		// Two dates only inherited from each account's narrative say
		// little against each other.
		lv[featDate] = levelMissing
	default:
		if _, revision := p.revision(int(a), int(b)); revision {
			// One source reporting at two dates: the report moved, not
			// necessarily the event.
			lv[featDate] = levelMissing
		}
	}
	lv[featCount] = p.countLevel(int(a), int(b))

	if _, _, bestLv, found := p.matchFrames(int(a), int(b)); found {
		for _, f := range []feature{featClass, featAgent, featPatient, featPlace} {
			lv[f] = bestLv[f]
		}
	}
	if lv[featPlace] == levelMissing {
		pa, pb := p.claimPlaces(int(a)), p.claimPlaces(int(b))
		lv[featPlace] = p.rarityLevel(placeLevel(pa, pb), pa, pb)
	}
	return lv
}

// relationRank orders class relations for choosing the frames of two
// claims to compare: the same class first, then a converse, a related
// class, no class, and opposed classes last.
var relationRank = [...]int{relUnknown: 1, relSame: 4, relConverse: 3, relRelated: 2, relOpposed: 0}

// matchFrames returns the frames of claims a and b that tell one act
// best: the pair whose classes relate most closely, and of those the pair
// whose participants weigh most; and their levels. A pair of frames with
// a participant unknown never wins over a pair of the same class because
// the other pair's places differ.
func (p *prepared) matchFrames(a, b int) (*frameInfo, *frameInfo, levels, bool) {
	ia, ib := &p.info[a], &p.info[b]
	var fa, fb *frameInfo
	var best levels
	bestRank, bestW := -1, 0.0
	for x := range ia.frames {
		for y := range ib.frames {
			fl := p.frameLevels(&ia.frames[x], &ib.frames[y])
			w := 0.0
			for _, f := range []feature{featClass, featAgent, featPatient, featPlace} {
				w += weights[f][fl[f]]
			}
			r := relationRank[fl[featClass]]
			if r > bestRank || r == bestRank && w > bestW {
				fa, fb, best, bestRank, bestW = &ia.frames[x], &ib.frames[y], fl, r, w
			}
		}
	}
	return fa, fb, best, fa != nil
}

// frameLevels compares two frames on class and participants. For a
// capture told as a withdrawal, the side that withdrew is compared with
// the side that lost the place.
func (p *prepared) frameLevels(fa, fb *frameInfo) levels {
	var lv levels
	rel := classRelation(fa, fb)
	lv[featClass] = uint8(rel)
	if rel == relConverse {
		capture, withdraw, _ := converse(fa, fb)
		if intersects(capture.patients, withdraw.agents) || sidesMeet(capture.patientSides, withdraw.agentSides) {
			lv[featAgent] = p.sharedLevel(capture.patients, withdraw.agents)
		}
	} else {
		lv[featAgent] = p.rarityLevel(setLevel(fa.agents, fb.agents, fa.agentSides, fb.agentSides), fa.agents, fb.agents)
		lv[featPatient] = setLevel(fa.patients, fb.patients, fa.patientSides, fb.patientSides)
	}
	lv[featPlace] = p.rarityLevel(placeLevel(fa.places, fb.places), fa.places, fb.places)
	if lv[featPlace] == 3 && placeNamesMeet(fa.placeCores, fb.placeCores) {
		lv[featPlace] = 1
	}
	return lv
}

// rarityLevel turns a shared/disjoint level (1/2) into the levels of the
// agent and place features: shared by a rare entity (1), shared only by
// common ones (2), disjoint (3). Sharing ISIL, the agent of half the
// events of a corpus on the war against it, says little; sharing the
// Syria Revolutionaries Front says much (Splink's term-frequency
// adjustment, in two levels).
func (p *prepared) rarityLevel(l uint8, a, b []int32) uint8 {
	switch l {
	case 1:
		return p.sharedLevel(a, b)
	case 2:
		return 3
	}
	return l
}

// sharedLevel is 1 when a and b share an entity that is rare in the
// corpus, else 2 (they share only common ones, or only a generic side).
func (p *prepared) sharedLevel(a, b []int32) uint8 {
	for _, e := range a {
		if _, ok := slices.BinarySearch(b, e); ok && !p.common(e) {
			return 1
		}
	}
	return 2
}

// common reports whether an entity is named by more than commonShare of
// the claims (and more than commonMin of them).
func (p *prepared) common(e int32) bool {
	if e < 0 || int(e) >= len(p.entFreq) {
		return false
	}
	return p.entFreq[e] > max(commonMin, int32(commonShare*float64(len(p.cs))))
}

// An entity named by more than commonShare of the claims, and by more than
// commonMin claims, is common: sharing it is weak evidence.
const (
	commonShare = 0.05
	commonMin   = 5
)

// placeNamesMeet reports whether a place of one list may be a place of
// the other by its core name ("Homs province", "the Homs Governorate").
func placeNamesMeet(a, b [][]string) bool {
	for _, x := range a {
		for _, y := range b {
			if sameCore(x, y) {
				return true
			}
		}
	}
	return false
}

// score is the alignment score of claims a < b, 0 to 1: the match
// probability of their levels. Near-verbatim sentences score at least
// their cosine, whatever else differs. Frames of opposed classes (a
// capture and a withdrawal by one side, an agreement and an attack) are
// never one event: such a pair scores 0 unless near-verbatim.
func (p *prepared) score(a, b int32) float64 {
	if text := p.cosine(p.info[a].text, p.info[b].text); text >= p.opts.NearVerbatim {
		// A copy: its wording says it all (and copies are most pairs of
		// a large corpus, so the frames are not compared).
		return text
	}
	lv := p.pairLevels(a, b)
	if lv[featClass] == uint8(relOpposed) {
		return 0
	}
	return probability(matchWeight(lv))
}

// placeLevel compares two place lists: shared, disjoint or unknown.
func placeLevel(a, b []int32) uint8 {
	if len(a) == 0 || len(b) == 0 {
		return levelMissing
	}
	if intersects(a, b) {
		return 1
	}
	return 2
}

// claimPlaces returns the sorted entity ids of all place mentions of
// claim i, whatever their role.
func (p *prepared) claimPlaces(i int) []int32 {
	var out []int32
	for _, m := range p.info[i].ments {
		if m.entity >= 0 && p.cs[i].Mentions[m.index].Kind == claims.MentionPlace && !slices.Contains(out, m.entity) {
			out = append(out, m.entity)
		}
	}
	slices.Sort(out)
	return out
}

// matchWeight is the total match weight of a pair's levels, in bits.
func matchWeight(lv levels) float64 {
	w := priorWeight
	for f := range numFeatures {
		w += weights[f][lv[f]]
	}
	return w
}

// disputable are the features a conflict can be reported on, with the
// level at which the two accounts disagree on them.
var disputable = []struct {
	f        feature
	disagree func(level uint8) bool
}{
	{featDate, func(l uint8) bool { return l >= 3 }},
	{featCount, func(l uint8) bool { return l == 2 }},
	{featPlace, func(l uint8) bool { return l == 3 }},
	{featAgent, func(l uint8) bool { return l == 3 }},
}

// scoreBut returns, for a pair whose levels disagree on one disputable
// feature, the match probability on everything else, and that feature;
// ok is false when no single feature is in dispute. Two accounts that
// agree on all but the date tell one event and differ on its date: the
// difference must not be what keeps them apart.
func scoreBut(lv levels) (s float64, f feature, ok bool) {
	if lv[featClass] == uint8(relOpposed) {
		return 0, 0, false
	}
	w := matchWeight(lv)
	n := 0
	for _, d := range disputable {
		if d.disagree(lv[d.f]) {
			n++
			f = d.f
		}
	}
	if n != 1 || !specific(lv, f) {
		return 0, 0, false
	}
	switch d := lv[featDate]; {
	case f == featDate && d == 4 && lv[featText] != 1:
		// Four days apart or more: only near-copies are one event.
		return 0, 0, false
	case f == featDate && d == 5:
		return 0, 0, false
	case f != featDate && d != 1 && d != 2:
		// Any other difference needs the two accounts on one day.
		return 0, 0, false
	}
	return probability(w - weights[f][lv[f]]), f, true
}

// specific reports whether a pair agrees on something particular to one
// event, beside the disputed feature f: wording in good part (medium text
// similarity or more), an equal figure, a shared patient, or most of its
// names, or a place few claims name. Class, agent and day alone are
// shared by the many events of one day of a war.
func specific(lv levels, f feature) bool {
	return lv[featText] == 1 || lv[featText] == 2 || f != featCount && lv[featCount] == 1 ||
		lv[featPatient] == 1 || lv[featNames] == 1 || f != featPlace && lv[featPlace] == 1
}

// probability turns a match weight into a match probability.
func probability(w float64) float64 { return 1 / (1 + math.Exp2(-w)) }

// overlapCoefficient is |a∩b|/min(|a|,|b|) of two sorted sets.
func overlapCoefficient(a, b []int32) float64 {
	inter := 0
	x, y := a, b
	for len(x) > 0 && len(y) > 0 {
		switch {
		case x[0] < y[0]:
			x = x[1:]
		case x[0] > y[0]:
			y = y[1:]
		default:
			inter++
			x, y = x[1:], y[1:]
		}
	}
	return float64(inter) / float64(min(len(a), len(b)))
}
