package extract

import (
	"strings"

	"github.com/concordfacts/concord/claims"
)

// The event vocabulary follows conflict-event coding practice (ACLED event
// types; CAMEO-style verbs), cut down to what English war reporting says
// most:
//
//	capture     capture, seize, overrun, recapture, retake, take/gain control, take over,
//	            expel, drive out, oust, liberate, occupy (the agent ends up holding the place)
//	withdraw    withdraw, retreat, pull out/back, flee, evacuate, abandon
//	attack      attack, assault, offensive, counter-attack, clash, storm, ambush, raid,
//	            fight, battle, open fire, fire on, target, strike
//	kill        kill, slay, slaughter, death, die
//	execute     execute, behead, massacre, crucify
//	bomb        bomb, car bomb, suicide attack/bombing, air strike, shelling, detonate,
//	            explosion, blast
//	assassinate assassinate, assassination
//	besiege     besiege, siege, surround, encircle, blockade
//	release     release, free, set free, prisoner swap
//	defect      defect, defection
//	form        form, found(ed), establish, create, set up, formation
//	ally        ally, alliance, merge, join, pledge/swear allegiance
//	agreement   truce, ceasefire, agreement, deal, accord, armistice, treaty, agree
//	announce    announce, declare, proclaim
//	deny        deny, denial
//
// Light verbs (launch, begin, start, carry out, conduct, mount, stage, sign,
// reach, broker, continue, resume, form an alliance, announce a ceasefire)
// give their event to the event noun that follows them.
//
// One event per clause. The trigger is chosen by priority, then by position:
//  0. a finite verb of the main clause (active or passive), or the event noun
//     of a light verb of the main clause;
//  1. an infinitive ("failed to capture");
//  2. an event noun of the main clause ("Clashes erupted");
//  3. an -ing participle or gerund ("..., killing six");
//  +4 for anything inside a subordinate clause (after, while, which, who…)
//     or in parentheses. A participle used as an adjective ("46 captured
//     fighters", "the besieged town") is not an event.
//
// When the winner is "deny" or "announce" and a later event of priority 2
// or better follows it ("ISIL denied that it had executed prisoners"), the
// later event is the claim's event; a denial sets Denied. A clause whose
// only event is a denial ("ISIL denied the claim") gets type deny with
// Denied set.

// Word forms of a trigger.
const (
	fPast  uint8 = iota + 1 // captured, seized: past tense or participle
	fBase                   // capture, captures: base or present
	fIng                    // capturing
	fNoun                   // offensive, siege
	fAmbig                  // attack(s), raid(s): noun or verb
)

type evEntry struct {
	t claims.EventType
	f uint8
	// next, when set, lists the words one of which must follow (perhaps
	// after full/complete/partial): "took control", "pulled out".
	next []string
	// light marks a light verb that hands its event to a following noun.
	light bool
	// alts are further readings of the same word with other particles
	// ("set free", "set up").
	alts []evEntry
}

var eventLex = map[string]evEntry{}

func addEv(t claims.EventType, f uint8, words string, next ...string) {
	for _, w := range splitFields(words) {
		e := eventLex[w]
		if e.t != "" && next != nil {
			if e.next != nil {
				e.alts = append(e.alts, evEntry{t: t, f: f, next: next})
				eventLex[w] = e
			}
			continue
		}
		eventLex[w] = evEntry{t: t, f: f, next: next, alts: e.alts}
	}
}

func addLight(f uint8, t claims.EventType, words string) {
	for _, w := range splitFields(words) {
		e := eventLex[w]
		e.light = true
		if e.t == "" {
			e.t = t
			e.f = f
		}
		eventLex[w] = e
	}
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

func init() {
	C, W, A, K := claims.EventCapture, claims.EventWithdraw, claims.EventAttack, claims.EventKill
	addEv(C, fBase, "capture captures seize seizes overrun overruns recapture recaptures retake retakes expel expels oust ousts conquer conquers liberate liberates occupy occupies")
	addEv(C, fPast, "captured seized overran recaptured retook retaken expelled ousted conquered liberated occupied")
	addEv(C, fIng, "capturing seizing overrunning recapturing retaking expelling ousting conquering liberating occupying")
	addEv(C, fNoun, "seizure takeover recapture conquest liberation occupation")
	addEv(C, fPast, "took taken gained seized", "control", "over", "possession")
	addEv(C, fBase, "take takes gain gains", "control", "over", "possession")
	addEv(C, fIng, "taking gaining", "control", "over", "possession")
	addEv(C, fPast, "drove driven pushed", "out")
	addEv(C, fBase, "drive drives", "out")

	addEv(W, fBase, "withdraw withdraws flee flees evacuate evacuates")
	addEv(W, fPast, "withdrew withdrawn retreated fled evacuated abandoned")
	addEv(W, fIng, "withdrawing retreating fleeing evacuating")
	addEv(W, fNoun, "withdrawal withdrawals evacuation pullout pull-out")
	addEv(W, fAmbig, "retreat retreats")
	addEv(W, fPast, "pulled", "out", "back")
	addEv(W, fBase, "pull pulls", "out", "back")
	addEv(W, fIng, "pulling", "out", "back")

	addEv(A, fAmbig, "attack attacks assault assaults raid raids ambush ambushes clash clashes storm strike strikes counterattack counterattacks counter-attack counter-attacks")
	addEv(A, fPast, "attacked assaulted raided ambushed clashed stormed fought battled targeted counterattacked counter-attacked shelled struck")
	addEv(A, fBase, "storms fight fights target targets")
	addEv(A, fIng, "attacking assaulting raiding ambushing clashing storming targeting battling")
	addEv(A, fNoun, "offensive offensives counteroffensive counter-offensive counteroffensives counter-offensives fighting infighting hostilities battle battles skirmish skirmishes firefight")
	addEv(A, fPast, "opened", "fire")
	addEv(A, fBase, "open opens", "fire")
	addEv(A, fPast, "fired", "on", "at", "upon")

	addEv(K, fBase, "kill kills slay")
	addEv(K, fPast, "killed slain slew slaughtered died")
	addEv(K, fIng, "killing")
	addEv(K, fNoun, "killings death deaths")
	addEv(K, fPast, "shot", "dead")

	E := claims.EventExecute
	addEv(E, fBase, "execute executes behead beheads massacre massacres crucify")
	addEv(E, fPast, "executed beheaded massacred crucified")
	addEv(E, fIng, "executing beheading")
	addEv(E, fNoun, "execution executions beheadings")

	B := claims.EventBomb
	addEv(B, fAmbig, "bomb bombs")
	addEv(B, fPast, "bombed detonated exploded")
	addEv(B, fBase, "detonate detonates")
	addEv(B, fIng, "bombing detonating shelling")
	addEv(B, fNoun, "bombings airstrike airstrikes air-strike air-strikes explosion explosions blast blasts bombardment airstrikes")

	S := claims.EventAssassinate
	addEv(S, fBase, "assassinate assassinates")
	addEv(S, fPast, "assassinated")
	addEv(S, fIng, "assassinating")
	addEv(S, fNoun, "assassination assassinations")

	G := claims.EventBesiege
	addEv(G, fBase, "besiege besieges encircle encircles surround surrounds")
	addEv(G, fPast, "besieged encircled surrounded blockaded")
	addEv(G, fIng, "besieging encircling")
	addEv(G, fNoun, "siege sieges encirclement blockade")

	R := claims.EventRelease
	addEv(R, fBase, "release releases frees")
	addEv(R, fPast, "released freed")
	addEv(R, fIng, "releasing freeing")
	addEv(R, fNoun, "swap")
	addEv(R, fPast, "set", "free", "loose")

	D := claims.EventDefect
	addEv(D, fBase, "defect defects")
	addEv(D, fPast, "defected")
	addEv(D, fIng, "defecting")
	addEv(D, fNoun, "defection defections")

	F := claims.EventForm
	addEv(F, fPast, "formed founded established created")
	addEv(F, fBase, "establish establishes create creates")
	addEv(F, fIng, "forming founding establishing creating")
	addEv(F, fNoun, "formation establishment creation")
	addEv(F, fPast, "set", "up")

	L := claims.EventAlly
	addEv(L, fPast, "allied merged joined")
	addEv(L, fBase, "merge merges join joins")
	addEv(L, fIng, "merging joining")
	addEv(L, fNoun, "alliance alliances merger mergers allegiance")
	addEv(L, fPast, "pledged swore sworn", "allegiance", "loyalty")
	addEv(L, fBase, "pledge pledges swear", "allegiance", "loyalty")
	addEv(L, fIng, "pledging swearing", "allegiance", "loyalty")

	T := claims.EventAgreement
	addEv(T, fNoun, "truce truces ceasefire ceasefires cease-fire agreement agreements deal deals accord accords armistice treaty treaties")
	addEv(T, fPast, "agreed")

	N := claims.EventAnnounce
	addEv(N, fBase, "announce announces declare declares proclaim proclaims")
	addEv(N, fPast, "announced declared proclaimed")
	addEv(N, fIng, "announcing declaring proclaiming")
	addEv(N, fNoun, "announcement declaration proclamation")

	Y := claims.EventDeny
	addEv(Y, fBase, "deny denies")
	addEv(Y, fPast, "denied")
	addEv(Y, fIng, "denying")
	addEv(Y, fNoun, "denial")

	addLight(fPast, "", "launched began started conducted mounted staged signed reached brokered continued resumed initiated carried made")
	addLight(fBase, "", "launch launches begin begins start starts conduct conducts mount mounts stage stages sign signs reach reaches broker brokers continue continues resume resumes initiate initiates carry carries make makes")
	addLight(fIng, "", "launching beginning starting conducting mounting staging signing reaching brokering continuing resuming carrying making")
	for _, w := range splitFields("formed forming form forms agreed announced announce announces declared declare declares") {
		e := eventLex[w]
		e.light = true
		eventLex[w] = e
	}
	for w := range eventLex {
		lexicon[w] |= lxEvent
	}
}

// evLookup returns the entry of the folded word w.
func evLookup(w string) (evEntry, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		return evEntry{}, false
	}
	e, ok := eventLex[string(foldKey(buf[:0], w))]
	return e, ok
}

// evLookupTok is evLookup of token t of m. A word with no capital and no
// curly apostrophe is its own folded form, so it is looked up as it is.
func evLookupTok(m string, t *ctok) (evEntry, bool) {
	w := ctText(m, *t)
	if t.is(ctLowerAll) && len(w) <= 32 && strings.IndexByte(w, 0xE2) < 0 {
		e, ok := eventLex[w]
		return e, ok
	}
	return evLookup(w)
}

// evCand is a trigger candidate in a clause.
type evCand struct {
	t        claims.EventType
	s, e     int // token indices [s,e) of the trigger span
	head     int // token index of the trigger word
	pri      int
	passive  bool
	noun     bool
	light    int // token index of the light verb, or -1
	negated  bool
	isDenial bool
}

// skipIntensifier reports whether w may sit between a verb and its
// particle ("took full control").
func skipIntensifier(w string) bool {
	switch w {
	case "full", "complete", "total", "effective", "partial", "back", "firm", "military", "overall":
		return true
	}
	return false
}

// eventCandidates lists the triggers in tokens [lo,hi) of m.
func eventCandidates(m string, toks []ctok, lo, hi int, out []evCand) []evCand {
	out = out[:0]
	sub := false
	depth := 0
	hi = min(hi, len(toks))
	for i := lo; i < hi; i++ {
		// Most words are neither: a tight loop skips them.
		for i < hi && toks[i].p == 0 && toks[i].lx&(lxSubord|lxEvent) == 0 {
			i++
		}
		if i >= hi {
			break
		}
		t := &toks[i]
		if t.p != 0 {
			switch t.p {
			case '(', '[':
				depth++
			case ')', ']':
				if depth > 0 {
					depth--
				}
			case ',', ';', '-':
				sub = false
			}
			continue
		}
		if t.lx&lxSubord != 0 && (t.is(ctLowerAll) || t.is(ctInit)) {
			sub = true
			continue
		}
		if t.is(ctCap) && !t.is(ctInit) || t.is(ctNum) {
			continue
		}
		if t.lx&lxEvent == 0 {
			continue
		}
		en, ok := evLookupTok(m, t)
		if !ok {
			continue
		}
		c := evCand{t: en.t, s: i, e: i + 1, head: i, light: -1}
		if en.next != nil {
			j := i + 1
			for j < hi && toks[j].p == 0 && skipIntensifier(lowerASCII(ctText(m, toks[j]))) {
				j++
			}
			found := false
			if j < hi && toks[j].p == 0 {
				nw := ctText(m, toks[j])
				for ai := -1; ai < len(en.alts) && !found; ai++ {
					alt := en
					if ai >= 0 {
						alt = en.alts[ai]
					}
					for _, n := range alt.next {
						if equalFoldASCII(nw, n) {
							found = true
							c.t = alt.t
							en.f = alt.f
							break
						}
					}
				}
			}
			if !found {
				if en.light {
					goto light
				}
				continue
			}
			c.e = j + 1
		}
		if en.light {
			goto light
		}
		if !classify(m, toks, lo, i, &c, en.f) {
			continue
		}
		if sub {
			c.pri += 4
		}
		if depth > 0 {
			c.pri += 4
		}
		out = append(out, c)
		continue
	light:
		// A light verb hands its event to a following event noun.
		if en.f != fNoun {
			for j := i + 1; j < hi && j <= i+5; j++ {
				u := &toks[j]
				if u.p != 0 || u.lx&lxPrep != 0 && u.lx&lxDet == 0 {
					if u.p == 0 && equalFoldASCII(ctText(m, *u), "out") {
						continue // carried out an attack
					}
					break
				}
				if u.lx&lxEvent == 0 {
					continue
				}
				ne, ok := evLookupTok(m, u)
				if ok && (ne.f == fNoun || ne.f == fAmbig || ne.f == fIng) && ne.t != "" && !u.is(ctCap) {
					nc := evCand{t: ne.t, s: j, e: j + 1, head: j, noun: true, light: i}
					widenNoun(m, toks, lo, &nc)
					if sub || depth > 0 {
						nc.pri = 4
					}
					nc.negated = negatedAt(m, toks, lo, i)
					out = append(out, nc)
					i = j
					goto next
				}
			}
		}
		if en.t != "" {
			if !classify(m, toks, lo, i, &c, en.f) {
				continue
			}
			if sub {
				c.pri += 4
			}
			if depth > 0 {
				c.pri += 4
			}
			out = append(out, c)
		}
	next:
	}
	return out
}

// widenNoun extends a noun trigger over a modifier that makes it a
// different event: "car bomb", "suicide attack", "air strike".
func widenNoun(m string, toks []ctok, lo int, c *evCand) {
	if c.s-1 < lo || toks[c.s-1].p != 0 {
		return
	}
	var buf [16]byte
	switch string(lowerBytes(buf[:0], ctText(m, toks[c.s-1]))) {
	case "car", "suicide", "truck", "barrel", "roadside", "vehicle", "air", "drone", "missile":
		c.s--
		if c.t == claims.EventAttack || c.t == claims.EventKill {
			c.t = claims.EventBomb
		}
	case "mass":
		c.s--
	case "prisoner":
		c.s--
	}
}

// classify sets the priority of a candidate at token i with form f, and
// reports false when the word is not an event here.
func classify(m string, toks []ctok, lo, i int, c *evCand, f uint8) bool {
	prev := prevWord(toks, lo, i)
	prevThe, prevTo := false, false
	if prev >= 0 {
		pw := ctText(m, toks[prev])
		// Only a word of the right length can be either.
		prevThe = len(pw) == 3 && lowerIs(pw, "the")
		prevTo = len(pw) == 2 && lowerIs(pw, "to")
	}
	c.negated = negatedAt(m, toks, lo, i)
	switch f {
	case fNoun:
		c.noun = true
		c.pri = 2
		widenNoun(m, toks, lo, c)
	case fIng:
		c.pri = 3
		if prevThe {
			c.noun = true
			c.pri = 2
		}
		widenNoun(m, toks, lo, c)
	case fAmbig:
		if prev >= 0 && toks[prev].p != 0 && toks[prev].p != '"' || prev >= 0 && (toks[prev].lx&(lxDet|lxNumberWord) != 0 || toks[prev].is(ctNum) || toks[prev].is(ctPoss) || toks[prev].is(ctLowerAll) && toks[prev].lx&(lxAux|lxPronoun|lxGenericHead) == 0) || prev < 0 {
			c.noun = true
			c.pri = 2
			widenNoun(m, toks, lo, c)
		} else if prevTo {
			c.pri = 1
		} else {
			c.pri = 0
		}
	case fBase:
		c.pri = 0
		if prev >= 0 && toks[prev].lx&lxBe != 0 {
			c.passive = true // "was overrun"
		}
		if prevTo {
			c.pri = 1
		} else if prev >= 0 && toks[prev].lx&lxDet != 0 {
			c.noun = true
			c.pri = 2
		}
	case fPast:
		c.pri = 0
		// Passive: a form of "be" before it, perhaps across adverbs.
		for k := i - 1; k >= lo && k >= i-3; k-- {
			u := &toks[k]
			if u.p != 0 {
				break
			}
			if u.lx&lxBe != 0 {
				c.passive = true
				break
			}
			if u.lx&(lxAux|lxNeg) == 0 {
				break
			}
		}
		if !c.passive && prev >= 0 && (toks[prev].lx&(lxDet|lxNumberWord) != 0 && toks[prev].lx&lxPronoun == 0 || toks[prev].is(ctNum)) {
			// "the captured town", "46 captured fighters": an adjective.
			return false
		}
		if !c.passive && prevTo {
			return false
		}
	}
	return true
}

// prevWord returns the index of the token before i in [lo,i), or -1.
func prevWord(toks []ctok, lo, i int) int {
	if i-1 >= lo {
		return i - 1
	}
	return -1
}

// negatedAt reports whether the trigger at token i is negated: not, never,
// no, failed to, unable to within the three words before it.
func negatedAt(m string, toks []ctok, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		u := &toks[k]
		if u.p != 0 {
			return false
		}
		if u.lx&lxNeg != 0 {
			w := lowerASCII(ctText(m, *u))
			if w == "not" && k+1 < len(toks) && lowerASCII(ctText(m, toks[k+1])) == "only" {
				return false
			}
			if w == "no" && k+1 < i && lowerASCII(ctText(m, toks[k+1])) == "longer" {
				return false
			}
			return true
		}
		// Both contractions end in t: most words are turned away by it.
		if u.e > u.s && m[u.e-1]|0x20 == 't' && (hasSuffixFold(ctText(m, *u), "n't") || hasSuffixFold(ctText(m, *u), "n’t")) {
			return true
		}
	}
	return false
}

// bestEvent picks the clause's event among the candidates.
func bestEvent(cs []evCand) (evCand, bool) {
	if len(cs) == 0 {
		return evCand{}, false
	}
	best := 0
	for k := 1; k < len(cs); k++ {
		if cs[k].pri < cs[best].pri {
			best = k
		}
	}
	b := cs[best]
	denied := false
	if b.t == claims.EventDeny || b.t == claims.EventAnnounce {
		for k := best + 1; k < len(cs); k++ {
			if cs[k].pri <= 2 && cs[k].t != claims.EventDeny && cs[k].t != claims.EventAnnounce {
				denied = b.t == claims.EventDeny
				b = cs[k]
				break
			}
		}
	}
	for k := range cs {
		if cs[k].t == claims.EventDeny && cs[k].head != b.head {
			denied = true
		}
	}
	if b.t == claims.EventDeny {
		denied = true
	}
	b.isDenial = denied
	return b, true
}

// findEvent returns the event of u's clause [start,end), or nil.
func findEvent(u *unit, start, end int) *claims.Event {
	ev, ok := eventOf(u, start, end)
	if !ok {
		return nil
	}
	return &ev
}

// eventOf returns the event of u's clause [start,end) and whether there
// is one.
func eventOf(u *unit, start, end int) (claims.Event, bool) {
	sc := getScratch()
	defer putScratch(sc)
	return sc.eventOf(u, start, end)
}

// eventOf is eventOf reading with sc.
func (sc *ctScratch) eventOf(u *unit, start, end int) (claims.Event, bool) {
	sc.load(u)
	lo, hi := sc.clause(start-u.offset, end-u.offset)
	b, ok := bestEvent(sc.events(lo, hi))
	if !ok {
		return claims.Event{}, false
	}
	s, e := sc.toks[b.s].s, sc.toks[b.e-1].e
	return claims.Event{
		Type:    b.t,
		Trigger: claims.Span{Offset: u.offset + s, Length: e - s, Text: u.text[s:e]},
		Negated: b.negated,
		Denied:  b.isDenial,
	}, true
}
