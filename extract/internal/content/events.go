package content

import (
	"sync"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
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
	formPast  uint8 = iota + 1 // captured, seized: past tense or participle
	formBase                   // capture, captures: base or present
	formIng                    // capturing
	formNoun                   // offensive, siege
	formAmbig                  // attack(s), raid(s): noun or verb
)

type eventEntry struct {
	t claims.EventType
	f uint8
	// next, when set, lists the words one of which must follow (perhaps
	// after full/complete/partial): "took control", "pulled out".
	next []string
	// light marks a light verb that hands its event to a following noun.
	light bool
	// alts are further readings of the same word with other particles
	// ("set free", "set up").
	alts []eventEntry
}

// eventLexicon returns the event vocabulary: every trigger word with its
// event type, form and particles. It is built once, on first use.
var eventLexicon = sync.OnceValue(buildEventLexicon)

// eventVocabulary adds the words of the event vocabulary to a map.
type eventVocabulary map[string]eventEntry

func (eventLex eventVocabulary) addEv(t claims.EventType, f uint8, words string, next ...string) {
	for _, w := range splitFields(words) {
		e := eventLex[w]
		if e.t != "" && next != nil {
			if e.next != nil {
				e.alts = append(e.alts, eventEntry{t: t, f: f, next: next})
				eventLex[w] = e
			}
			continue
		}
		eventLex[w] = eventEntry{t: t, f: f, next: next, alts: e.alts}
	}
}

func (eventLex eventVocabulary) addLight(f uint8, t claims.EventType, words string) {
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

func buildEventLexicon() map[string]eventEntry {
	eventLex := eventVocabulary{}
	addEv, addLight := eventLex.addEv, eventLex.addLight
	C, W, A, K := claims.EventCapture, claims.EventWithdraw, claims.EventAttack, claims.EventKill
	addEv(C, formBase, "capture captures seize seizes overrun overruns recapture recaptures retake retakes expel expels oust ousts conquer conquers liberate liberates occupy occupies")
	addEv(C, formPast, "captured seized overran recaptured retook retaken expelled ousted conquered liberated occupied")
	addEv(C, formIng, "capturing seizing overrunning recapturing retaking expelling ousting conquering liberating occupying")
	addEv(C, formNoun, "seizure takeover recapture conquest liberation occupation")
	addEv(C, formPast, "took taken gained seized", "control", "over", "possession")
	addEv(C, formBase, "take takes gain gains", "control", "over", "possession")
	addEv(C, formIng, "taking gaining", "control", "over", "possession")
	addEv(C, formPast, "drove driven pushed", "out")
	addEv(C, formBase, "drive drives", "out")

	addEv(W, formBase, "withdraw withdraws flee flees evacuate evacuates")
	addEv(W, formPast, "withdrew withdrawn retreated fled evacuated abandoned")
	addEv(W, formIng, "withdrawing retreating fleeing evacuating")
	addEv(W, formNoun, "withdrawal withdrawals evacuation pullout pull-out")
	addEv(W, formAmbig, "retreat retreats")
	addEv(W, formPast, "pulled", "out", "back")
	addEv(W, formBase, "pull pulls", "out", "back")
	addEv(W, formIng, "pulling", "out", "back")

	addEv(A, formAmbig, "attack attacks assault assaults raid raids ambush ambushes clash clashes storm strike strikes counterattack counterattacks counter-attack counter-attacks")
	addEv(A, formPast, "attacked assaulted raided ambushed clashed stormed fought battled targeted counterattacked counter-attacked shelled struck")
	addEv(A, formBase, "storms fight fights target targets")
	addEv(A, formIng, "attacking assaulting raiding ambushing clashing storming targeting battling")
	addEv(A, formNoun, "offensive offensives counteroffensive counter-offensive counteroffensives counter-offensives fighting infighting hostilities battle battles skirmish skirmishes firefight")
	addEv(A, formPast, "opened", "fire")
	addEv(A, formBase, "open opens", "fire")
	addEv(A, formPast, "fired", "on", "at", "upon")

	addEv(K, formBase, "kill kills slay")
	addEv(K, formPast, "killed slain slew slaughtered died")
	addEv(K, formIng, "killing")
	addEv(K, formNoun, "killings death deaths")
	addEv(K, formPast, "shot", "dead")

	E := claims.EventExecute
	addEv(E, formBase, "execute executes behead beheads massacre massacres crucify")
	addEv(E, formPast, "executed beheaded massacred crucified")
	addEv(E, formIng, "executing beheading")
	addEv(E, formNoun, "execution executions beheadings")

	B := claims.EventBomb
	addEv(B, formAmbig, "bomb bombs")
	addEv(B, formPast, "bombed detonated exploded")
	addEv(B, formBase, "detonate detonates")
	addEv(B, formIng, "bombing detonating shelling")
	addEv(B, formNoun, "bombings airstrike airstrikes air-strike air-strikes explosion explosions blast blasts bombardment airstrikes")

	S := claims.EventAssassinate
	addEv(S, formBase, "assassinate assassinates")
	addEv(S, formPast, "assassinated")
	addEv(S, formIng, "assassinating")
	addEv(S, formNoun, "assassination assassinations")

	G := claims.EventBesiege
	addEv(G, formBase, "besiege besieges encircle encircles surround surrounds")
	addEv(G, formPast, "besieged encircled surrounded blockaded")
	addEv(G, formIng, "besieging encircling")
	addEv(G, formNoun, "siege sieges encirclement blockade")

	R := claims.EventRelease
	addEv(R, formBase, "release releases frees")
	addEv(R, formPast, "released freed")
	addEv(R, formIng, "releasing freeing")
	addEv(R, formNoun, "swap")
	addEv(R, formPast, "set", "free", "loose")

	D := claims.EventDefect
	addEv(D, formBase, "defect defects")
	addEv(D, formPast, "defected")
	addEv(D, formIng, "defecting")
	addEv(D, formNoun, "defection defections")

	F := claims.EventForm
	addEv(F, formPast, "formed founded established created")
	addEv(F, formBase, "establish establishes create creates")
	addEv(F, formIng, "forming founding establishing creating")
	addEv(F, formNoun, "formation establishment creation")
	addEv(F, formPast, "set", "up")

	L := claims.EventAlly
	addEv(L, formPast, "allied merged joined")
	addEv(L, formBase, "merge merges join joins")
	addEv(L, formIng, "merging joining")
	addEv(L, formNoun, "alliance alliances merger mergers allegiance")
	addEv(L, formPast, "pledged swore sworn", "allegiance", "loyalty")
	addEv(L, formBase, "pledge pledges swear", "allegiance", "loyalty")
	addEv(L, formIng, "pledging swearing", "allegiance", "loyalty")

	T := claims.EventAgreement
	addEv(T, formNoun, "truce truces ceasefire ceasefires cease-fire agreement agreements deal deals accord accords armistice treaty treaties")
	addEv(T, formPast, "agreed")

	N := claims.EventAnnounce
	addEv(N, formBase, "announce announces declare declares proclaim proclaims")
	addEv(N, formPast, "announced declared proclaimed")
	addEv(N, formIng, "announcing declaring proclaiming")
	addEv(N, formNoun, "announcement declaration proclamation")

	Y := claims.EventDeny
	addEv(Y, formBase, "deny denies")
	addEv(Y, formPast, "denied")
	addEv(Y, formIng, "denying")
	addEv(Y, formNoun, "denial")

	addLight(formPast, "", "launched began started conducted mounted staged signed reached brokered continued resumed initiated carried made")
	addLight(formBase, "", "launch launches begin begins start starts conduct conducts mount mounts stage stages sign signs reach reaches broker brokers continue continues resume resumes initiate initiates carry carries make makes")
	addLight(formIng, "", "launching beginning starting conducting mounting staging signing reaching brokering continuing resuming carrying making")
	for _, w := range splitFields("formed forming form forms agreed announced announce announces declared declare declares") {
		e := eventLex[w]
		e.light = true
		eventLex[w] = e
	}
	return eventLex
}

// eventCandidate is a trigger candidate in a clause.
type eventCandidate struct {
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

// Windows of the trigger patterns, in tokens.
const (
	// lightNounWindow bounds the tokens from a light verb to the event
	// noun it hands its event to: "launched a large-scale offensive".
	lightNounWindow = 5
	// passiveWindow bounds the tokens from a form of "be" to the past
	// participle it makes passive: "was reportedly captured".
	passiveWindow = 3
	// negationWindow bounds the tokens from a negation to the trigger:
	// "did not capture", "failed to take".
	negationWindow = 4
)

// eventCandidates lists the triggers in tokens [lo,hi) of m, whose words
// were looked up in lex.
func eventCandidates(lex *Lexicon, m string, toks []token.Token, lo, hi int, out []eventCandidate) []eventCandidate {
	out = out[:0]
	sub := false
	depth := 0
	hi = min(hi, len(toks))
	for i := lo; i < hi; i++ {
		// Most words are neither: a tight loop skips them.
		for i < hi && toks[i].Punct == 0 && toks[i].Class&(subordinator|eventWord) == 0 {
			i++
		}
		if i >= hi {
			break
		}
		t := &toks[i]
		if t.Punct != 0 {
			switch t.Punct {
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
		if t.Class&subordinator != 0 && (t.Is(token.LowerCase) || t.Is(token.Initial)) {
			sub = true
			continue
		}
		if t.Is(token.Cap) && !t.Is(token.Initial) || (t.Kind == token.Number) {
			continue
		}
		if t.Class&eventWord == 0 {
			continue
		}
		en, ok := lex.event(t)
		if !ok {
			continue
		}
		c := eventCandidate{t: en.t, s: i, e: i + 1, head: i, light: -1}
		if en.next != nil {
			j := i + 1
			for j < hi && toks[j].Punct == 0 && skipIntensifier(token.Lower(toks[j].Text(m))) {
				j++
			}
			found := false
			if j < hi && toks[j].Punct == 0 {
				nw := toks[j].Text(m)
				for ai := -1; ai < len(en.alts) && !found; ai++ {
					alt := en
					if ai >= 0 {
						alt = en.alts[ai]
					}
					for _, n := range alt.next {
						if token.EqualFold(nw, n) {
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
		if en.f != formNoun {
			for j := i + 1; j < hi && j <= i+lightNounWindow; j++ {
				u := &toks[j]
				if u.Punct != 0 || u.Class&preposition != 0 && u.Class&determiner == 0 {
					if u.Punct == 0 && token.EqualFold(u.Text(m), "out") {
						continue // carried out an attack
					}
					break
				}
				if u.Class&eventWord == 0 {
					continue
				}
				ne, ok := lex.event(u)
				if ok && (ne.f == formNoun || ne.f == formAmbig || ne.f == formIng) && ne.t != "" && !u.Is(token.Cap) {
					nc := eventCandidate{t: ne.t, s: j, e: j + 1, head: j, noun: true, light: i}
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
func widenNoun(m string, toks []token.Token, lo int, c *eventCandidate) {
	if c.s-1 < lo || toks[c.s-1].Punct != 0 {
		return
	}
	var buf [16]byte
	switch string(token.LowerBytes(buf[:0], toks[c.s-1].Text(m))) {
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
func classify(m string, toks []token.Token, lo, i int, c *eventCandidate, f uint8) bool {
	prev := prevWord(toks, lo, i)
	prevThe, prevTo := false, false
	if prev >= 0 {
		pw := toks[prev].Text(m)
		// Only a word of the right length can be either.
		prevThe = len(pw) == 3 && token.LowerIs(pw, "the")
		prevTo = len(pw) == 2 && token.LowerIs(pw, "to")
	}
	c.negated = negatedAt(m, toks, lo, i)
	switch f {
	case formNoun:
		c.noun = true
		c.pri = 2
		widenNoun(m, toks, lo, c)
	case formIng:
		c.pri = 3
		if prevThe {
			c.noun = true
			c.pri = 2
		}
		widenNoun(m, toks, lo, c)
	case formAmbig:
		if prev >= 0 && toks[prev].Punct != 0 && toks[prev].Punct != '"' || prev >= 0 && (toks[prev].Class&(determiner|numberWord) != 0 || (toks[prev].Kind == token.Number) || toks[prev].Is(token.Possessive) || toks[prev].Is(token.LowerCase) && toks[prev].Class&(auxiliary|pronoun|genericHead) == 0) || prev < 0 {
			c.noun = true
			c.pri = 2
			widenNoun(m, toks, lo, c)
		} else if prevTo {
			c.pri = 1
		} else {
			c.pri = 0
		}
	case formBase:
		c.pri = 0
		if prev >= 0 && toks[prev].Class&beForm != 0 {
			c.passive = true // "was overrun"
		}
		if prevTo {
			c.pri = 1
		} else if prev >= 0 && toks[prev].Class&determiner != 0 {
			c.noun = true
			c.pri = 2
		}
	case formPast:
		c.pri = 0
		// Passive: a form of "be" before it, perhaps across adverbs.
		for k := i - 1; k >= lo && k >= i-passiveWindow; k-- {
			u := &toks[k]
			if u.Punct != 0 {
				break
			}
			if u.Class&beForm != 0 {
				c.passive = true
				break
			}
			if u.Class&(auxiliary|negation) == 0 {
				break
			}
		}
		if !c.passive && prev >= 0 && (toks[prev].Class&(determiner|numberWord) != 0 && toks[prev].Class&pronoun == 0 || (toks[prev].Kind == token.Number)) {
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
func prevWord(toks []token.Token, lo, i int) int {
	if i-1 >= lo {
		return i - 1
	}
	return -1
}

// negatedAt reports whether the trigger at token i is negated: not, never,
// no, failed to, unable to within the three words before it.
func negatedAt(m string, toks []token.Token, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-negationWindow; k-- {
		u := &toks[k]
		if u.Punct != 0 {
			return false
		}
		if u.Class&negation != 0 {
			w := token.Lower(u.Text(m))
			if w == "not" && k+1 < len(toks) && token.Lower(toks[k+1].Text(m)) == "only" {
				return false
			}
			if w == "no" && k+1 < i && token.Lower(toks[k+1].Text(m)) == "longer" {
				return false
			}
			return true
		}
		// Both contractions end in t: most words are turned away by it.
		if u.End > u.Start && m[u.End-1]|0x20 == 't' && (token.HasSuffixFold(u.Text(m), "n't") || token.HasSuffixFold(u.Text(m), "n’t")) {
			return true
		}
	}
	return false
}

// bestEvent picks the clause's event among the candidates.
func bestEvent(cs []eventCandidate) (eventCandidate, bool) {
	if len(cs) == 0 {
		return eventCandidate{}, false
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

// Event returns the event of u's clause [start,end) and whether there
// is one.
func (sc *Reader) Event(u *article.Unit, start, end int) (claims.Event, bool) {
	sc.load(u)
	lo, hi := sc.clause(start-u.Offset, end-u.Offset)
	b, ok := bestEvent(sc.events(lo, hi))
	if !ok {
		return claims.Event{}, false
	}
	s, e := sc.toks[b.s].Start, sc.toks[b.e-1].End
	return claims.Event{
		Type:    b.t,
		Trigger: claims.Span{Offset: u.Offset + s, Length: e - s, Text: u.Text[s:e]},
		Negated: b.negated,
		Denied:  b.isDenial,
	}, true
}
