package frame

import (
	"strings"

	"github.com/concordfacts/concord/claims"
)

// Verbs whose event depends on their arguments. Each rule names the
// argument that decides:
//
//	take    control/over/possession/back → capture; part in, place → none;
//	        part of X, a place → capture; N prisoner/captive/hostage → abduct;
//	        losses/casualties → kill (the subject suffered them)
//	hold    a place → capture (control); talks, meetings, a person → none
//	leave   X dead/wounded, the bodies of X → kill; a place → withdraw
//	lose    life/lives → kill; X to Y → capture by Y; control, a place →
//	        capture (the subject lost it); N fighters → kill
//	fall    to Y → capture by Y (the subject is the place); into the hands
//	        of Y → capture or abduct by Y; the fall of X → capture
//	fire    on/at/upon → attack; rockets, shells → bomb; otherwise none
//	shoot   dead → kill; at, a person or group → attack
//	hit     → attack (bomb when the subject is a weapon, see roles.go)
//	drive, force, push  X out of/from/back → capture
//	win     back → capture; the battle/fight for X → capture
//	pass    to Y → capture by Y
//	put     up a fight → clash
//	capture, seize  a person or people → abduct
//
// The converse verbs ("lost X to Y", "fell to Y", "died") make their
// subject the side the event befell.

// valency reads the verb at token i (key k). handled reports that the
// verb is one of these; the returned candidate's class is empty when it
// is no event here.
func (r *Reader) valency(i int, k string) (c cand, handled bool) {
	toks := r.toks
	n := len(toks)
	w := toks[i].low
	c = cand{s: i, e: i + 1, head: i, lemma: k}
	r.looseOther = true
	defer func() { r.looseOther = false }()
	j := r.skipAdv(i + 1)
	next := r.lowAt(j)
	// The object phrase after the verb.
	obj := func() (int, int) {
		s := j
		if s < n && toks[s].word() && toks[s].w&wPartic != 0 && toks[s].w&wPrep == 0 {
			s++
		}
		return s, r.npRight(s)
	}
	switch k {
	case kTake:
		switch next {
		case "control", "over", "possession", "charge", "back":
			c.cls, c.e = claims.EventCapture, j+1
		case "part":
			if r.lowAt(j+1) == "of" {
				c.cls = claims.EventCapture
			} else {
				return cand{}, true
			}
		case "place", "refuge", "shelter", "power", "office", "note", "care", "aim", "advantage", "steps", "action":
			return cand{}, true
		default:
			if j < n && toks[j].word() && toks[j].w&wIntens != 0 && r.lowAt(j+1) == "control" {
				c.cls, c.e = claims.EventCapture, j+2
				break
			}
			s, e := obj()
			if e > s && (isCaptive(r.lowAt(e)) || isCaptive(r.lowAt(e-1))) || isCaptive(next) {
				if isCaptive(r.lowAt(e)) {
					c.e = c.s + 1
				}
				c.cls = claims.EventAbduct
				break
			}
			if e > s && (strings.HasPrefix(r.lowAt(e-1), "loss") || r.lowAt(e-1) == "casualties") {
				c.cls, c.converse = claims.EventKill, true
				break
			}
			if e > s && r.placeLike(s, e) {
				c.cls = claims.EventCapture
				break
			}
			return cand{}, true
		}
	case kHold:
		s, e := obj()
		if e > s && r.placeLike(s, e) && !r.humanLike(s, e) {
			c.cls = claims.EventCapture
			break
		}
		return cand{}, true
	case kLeave:
		s, e := obj()
		if e > s && (r.lowAt(e) == "dead" || r.lowAt(e) == "wounded" || r.lowAt(e) == "injured") {
			c.cls = claims.EventKill
			r.skipTo = e + 1
			break
		}
		if e > s+1 && (r.lowAt(e-1) == "dead" || r.lowAt(e-1) == "wounded" || r.lowAt(e-1) == "injured") {
			c.cls = claims.EventKill // "left 15 opposition fighters dead"
			r.skipTo = e
			break
		}
		if e > s && (r.lowAt(s) == "bodies" || r.lowAt(s+1) == "bodies" || r.lowAt(s+1) == "corpses") {
			c.cls = claims.EventKill
			break
		}
		if e > s && r.placeLike(s, e) || next == "it" && r.lowAt(j+1) == "to" {
			c.cls = claims.EventWithdraw
			break
		}
		return cand{}, true
	case kLose:
		s, e := obj()
		switch {
		case next == "control":
			c.cls, c.converse, c.e = claims.EventCapture, true, j+1
		case e > s && (r.lowAt(e-1) == "life" || r.lowAt(e-1) == "lives"):
			c.cls, c.converse = claims.EventKill, true
		case e > s && r.hasToAfter(e):
			c.cls, c.converse = claims.EventCapture, true
		case e > s && r.humanLike(s, e):
			c.cls, c.converse = claims.EventKill, true
		case e > s && r.placeLike(s, e):
			c.cls, c.converse = claims.EventCapture, true
		default:
			return cand{}, true
		}
	case kFall:
		if toks[i].w&wDet != 0 || i > 0 && toks[i-1].w&(wDet|wPoss) != 0 {
			// "the fall of the city"
			if next == "of" {
				c.cls, c.noun = claims.EventCapture, true
				break
			}
			return cand{}, true
		}
		switch next {
		case "to":
			c.cls, c.converse, c.e = claims.EventCapture, true, j+1
		case "back":
			c.cls, c.e = claims.EventWithdraw, j+1
		case "into":
			if r.lowAt(j+1) == "the" && r.lowAt(j+2) == "hands" {
				c.cls, c.converse, c.e = claims.EventCapture, true, j+3
				break
			}
			return cand{}, true // "fell into an ambush": the noun's frame
		default:
			return cand{}, true
		}
	case kFire:
		if w == "fire" || w == "fires" {
			// "open fire" is read as a phrase; "mortar fire" a compound.
			return cand{}, false
		}
		switch {
		case next == "on" || next == "at" || next == "upon":
			c.cls, c.e = claims.EventAttack, j+1
		case j < n && toks[j].word() && (toks[j].w&wInstr != 0 || r.lowAt(j+1) != "" && toks[j+1].w&wInstr != 0):
			c.cls = claims.EventBomb
		default:
			return cand{}, true
		}
	case kShoot:
		switch {
		case next == "dead":
			c.cls, c.e = claims.EventKill, j+1
		case next == "at" || next == "on":
			c.cls, c.e = claims.EventAttack, j+1
		default:
			s, e := obj()
			if e > s && (r.humanLike(s, e) || r.hasMention(s, e, claims.MentionGroup)) {
				c.cls = claims.EventAttack
				break
			}
			return cand{}, true
		}
	case kHit:
		if w == "hit" || w == "hits" || w == "hitting" {
			if i > 0 && toks[i-1].w&wDet != 0 {
				return cand{}, true // "a direct hit"
			}
			c.cls = claims.EventAttack
			break
		}
		return cand{}, false
	case kDrive, kForce, kPush:
		if toks[i].w&wDet != 0 || i > 0 && toks[i-1].w&(wDet|wPoss) != 0 {
			return cand{}, false // "the drive", "a push": nouns
		}
		if next == "into" || next == "through" || next == "to" || next == "towards" || next == "toward" {
			return cand{}, true
		}
		if r.passiveAt(i) && (next == "out" || next == "back" || next == "from") {
			c.cls, c.passive = claims.EventCapture, true
			if next != "from" {
				c.e = j + 1
			}
			break
		}
		_, e := r.objectOf(j)
		if next == "out" || next == "back" {
			_, e = r.objectOf(j + 1)
		}
		after := r.lowAt(e)
		if after == "out" || after == "back" || after == "from" || next == "out" || next == "back" && e > j+1 {
			c.cls = claims.EventCapture
			break
		}
		if k == kForce && after == "to" {
			return cand{}, true // "forced X to retreat": the infinitive's frame
		}
		return cand{}, true
	case kWin:
		if next == "back" {
			c.cls, c.e = claims.EventCapture, j+1
			break
		}
		s, e := obj()
		if e > s && (r.lowAt(e-1) == "battle" || r.lowAt(e-1) == "fight" || r.lowAt(e-1) == "control") && (r.lowAt(e) == "for" || r.lowAt(e) == "of" || r.lowAt(e) == "over") {
			c.cls = claims.EventCapture
			break
		}
		return cand{}, true
	case kPass:
		if next == "to" && !r.passiveAt(i) {
			c.cls, c.converse, c.e = claims.EventCapture, true, j+1
			break
		}
		return cand{}, true
	case kPut:
		if next == "up" {
			for q := j + 1; q < n && q <= j+4; q++ {
				if w := r.lowAt(q); w == "fight" || w == "resistance" || w == "fierce" && r.lowAt(q+1) == "resistance" {
					c.cls, c.e = claims.EventClash, j+1
					// The noun is part of this trigger, not one of its own.
					r.skipTo = q + 1
					break
				}
			}
			if c.cls != "" {
				break
			}
		}
		return cand{}, true
	case kCapture, kSeize:
		if toks[i].w&wDet != 0 || strings.HasSuffix(w, "ure") && i > 0 && toks[i-1].w&(wDet|wPoss) != 0 {
			return cand{}, false
		}
		if r.passiveAt(i) {
			return cand{}, false
		}
		s, e := obj()
		if e > s && r.humanLike(s, e) && !r.placeLike(s, e) {
			c.cls = claims.EventAbduct
			if !r.classify(&c) {
				return cand{}, true
			}
			return c, true
		}
		return cand{}, false
	default:
		return cand{}, false
	}
	if c.cls == "" {
		return cand{}, true
	}
	if !c.noun {
		cc := c
		if !r.classify(&cc) {
			return cand{}, true
		}
		c.passive, c.ing, c.inf = cc.passive, cc.ing, cc.inf
		if cc.noun && k != kFall {
			// A valency verb read as a noun is no event ("the take").
			return cand{}, true
		}
	}
	return c, true
}

// isCaptive reports whether w makes "take X w" a capture of people.
func isCaptive(w string) bool {
	switch w {
	case "prisoner", "prisoners", "captive", "captives", "hostage", "hostages":
		return true
	}
	return false
}

// hasToAfter reports whether "to" follows token e (the end of an object):
// "lost the border town of Atmeh to ISIS".
func (r *Reader) hasToAfter(e int) bool {
	for k := e; k < len(r.toks) && k <= e+1; k++ {
		if r.lowAt(k) == "to" {
			return true
		}
		if !r.toks[k].word() {
			return false
		}
	}
	return false
}

// passiveAt reports whether the verb at token i is passive.
func (r *Reader) passiveAt(i int) bool { return r.beBefore(i) }

// hasMention reports whether [s,e) holds a mention of kind k.
func (r *Reader) hasMention(s, e int, k claims.MentionKind) bool {
	for j := s; j < e; j++ {
		if m := r.toks[j].m; m >= 0 && r.c.Mentions[m].Kind == k {
			return true
		}
	}
	return false
}
