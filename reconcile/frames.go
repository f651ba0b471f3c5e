package reconcile

import (
	"slices"
	"strings"

	"github.com/concordfacts/concord/claims"
)

// This file reads the event frames of claims (claims.Frame) into what
// alignment and comparison use: each frame's class and its participants
// as entity ids, and the relation of two frames' classes.

// frameInfo is one frame of a claim with its participants resolved.
type frameInfo struct {
	class claims.EventType
	cause claims.EventType
	// negated is set for a negated or denied event.
	negated bool
	// agents, patients and places are sorted entity ids of the frame's
	// named participants; sides holds the generic sides of its agents
	// and patients ("rebels", "government"), sorted.
	agents, patients, places []int32
	agentSides, patientSides []side
	// placeNames are the texts of the places, and placeCores their core
	// words, for comparing their core names (see samePlace).
	placeNames []string
	placeCores [][]string
	// counts are indexes into the claim's quantities.
	counts []int32
}

// side is a generic party: the rebels, the government. Named groups are
// entities; a generic side agrees with the same side only.
type side uint8

const (
	sideNone side = iota
	sideRebels
	sideGovernment
	sideCivilians
)

// genericSides maps the head words of generic mentions to their side.
// Words that name no side ("fighters", "militants", "gunmen") are absent.
var genericSides = func() map[string]side {
	m := map[string]side{}
	for _, w := range strings.Fields("rebel rebels opposition insurgent insurgents") {
		m[w] = sideRebels
	}
	for _, w := range strings.Fields(`government regime army troops soldiers soldier loyalist loyalists
		pro-government militiamen`) {
		m[w] = sideGovernment
	}
	for _, w := range strings.Fields("civilian civilians residents protesters demonstrators") {
		m[w] = sideCivilians
	}
	return m
}()

// sideOf returns the generic side a generic mention names, if any: the
// side of its first word that has one ("rebel forces", "government
// troops").
func sideOf(text string) side {
	for _, w := range words(text) {
		if s, ok := genericSides[w]; ok {
			return s
		}
	}
	return sideNone
}

// framesOf returns the frames of a claim: its own, or, for a claim read
// before frames existed, one frame made of its event and the roles of its
// mentions.
func framesOf(c *claims.Claim) []claims.Frame {
	if len(c.Frames) > 0 {
		return c.Frames
	}
	if c.Event == nil || c.Event.Type == "" {
		return nil
	}
	f := claims.Frame{Class: c.Event.Type, Trigger: c.Event.Trigger, Negated: c.Event.Negated, Denied: c.Event.Denied}
	for k, m := range c.Mentions {
		switch m.Role {
		case claims.RoleAgent:
			f.Agents = append(f.Agents, k)
		case claims.RolePatient:
			if m.Kind == claims.MentionPlace {
				f.Places = append(f.Places, k)
			} else {
				f.Patients = append(f.Patients, k)
			}
		case claims.RolePlace:
			f.Places = append(f.Places, k)
		}
	}
	for k := range c.Quantities {
		f.Counts = append(f.Counts, k)
	}
	return []claims.Frame{f}
}

// readFrames fills the frames of claim i from its resolved mentions.
func (p *prepared) readFrames(i int) []frameInfo {
	c := p.cs[i]
	fs := framesOf(c)
	if len(fs) == 0 {
		return nil
	}
	ent := func(k int) (int32, claims.MentionKind, bool) {
		for _, m := range p.info[i].ments {
			if int(m.index) == k {
				return m.entity, c.Mentions[k].Kind, m.entity >= 0
			}
		}
		return -1, "", false
	}
	out := make([]frameInfo, len(fs))
	for k, f := range fs {
		fi := &out[k]
		fi.class, fi.cause = f.Class, f.Cause
		fi.negated = f.Negated || f.Denied
		add := func(idx []int, ids *[]int32, sides *[]side) {
			for _, x := range idx {
				if x < 0 || x >= len(c.Mentions) {
					continue
				}
				e, kind, ok := ent(x)
				if kind == claims.MentionGeneric {
					if sides != nil {
						if s := sideOf(c.Mentions[x].Text); s != sideNone && !slices.Contains(*sides, s) {
							*sides = append(*sides, s)
						}
					}
					continue
				}
				if ok && !slices.Contains(*ids, e) {
					*ids = append(*ids, e)
				}
			}
			slices.Sort(*ids)
		}
		add(f.Agents, &fi.agents, &fi.agentSides)
		add(f.Patients, &fi.patients, &fi.patientSides)
		places := f.Places
		if len(places) == 0 {
			// A frame that names no place of its own happened where its
			// clause's other frames did ("The attack in Al-Bab killed nine
			// people": the killing too).
			for _, g := range fs {
				places = append(places, g.Places...)
			}
		}
		add(places, &fi.places, nil)
		for _, x := range places {
			if x >= 0 && x < len(c.Mentions) && !slices.Contains(fi.placeNames, c.Mentions[x].Text) {
				fi.placeNames = append(fi.placeNames, c.Mentions[x].Text)
				fi.placeCores = append(fi.placeCores, placeWords(c.Mentions[x].Text))
			}
		}
		slices.Sort(fi.agentSides)
		slices.Sort(fi.patientSides)
		for _, q := range f.Counts {
			if q >= 0 && q < len(c.Quantities) {
				fi.counts = append(fi.counts, int32(q))
			}
		}
	}
	return out
}

// relation is how the classes of two frames relate when two accounts may
// tell one event.
type relation uint8

const (
	// relUnknown: one side has no class, or a class that says nothing of
	// the event (announce, deny, other).
	relUnknown relation = iota
	// relSame: the same class (and, for casualty reports, no
	// contradicting cause).
	relSame
	// relRelated: classes one account may use for what the other calls
	// otherwise: an attack and a clash, a bombing and the killings it
	// caused.
	relRelated
	// relConverse: a capture and a withdrawal whose participants fit one
	// change of hands (the side that withdrew is not the side that took
	// the place).
	relConverse
	// relOpposed: classes or participants that cannot be one event: an
	// agreement and an attack, a capture and a withdrawal by one side.
	relOpposed
)

// classFamily groups classes for blocking: accounts of one event fall in
// one family whatever class each gives.
func classFamily(c claims.EventType) uint8 {
	switch c {
	case claims.EventClash, claims.EventAttack, claims.EventBomb, claims.EventKill, claims.EventExecute,
		claims.EventAssassinate, claims.EventBesiege, claims.EventAbduct:
		return 1
	case claims.EventCapture, claims.EventWithdraw:
		return 2
	case claims.EventAgreement:
		return 3
	case claims.EventDefect, claims.EventAlly, claims.EventForm:
		return 4
	case claims.EventRelease:
		return 5
	case claims.EventProtest:
		return 6
	}
	return 0
}

// related lists the pairs of classes that may tell one event, apart from
// equal classes and the converse capture/withdrawal.
var related = func() map[[2]claims.EventType]bool {
	m := map[[2]claims.EventType]bool{}
	add := func(a claims.EventType, bs ...claims.EventType) {
		for _, b := range bs {
			m[[2]claims.EventType{a, b}] = true
			m[[2]claims.EventType{b, a}] = true
		}
	}
	// A casualty report relates to any act of violence it counts the
	// dead of; its cause, when given, must agree (see classRelation).
	add(claims.EventKill, claims.EventClash, claims.EventAttack, claims.EventBomb, claims.EventExecute,
		claims.EventAssassinate)
	add(claims.EventAttack, claims.EventClash, claims.EventBomb, claims.EventAssassinate, claims.EventAbduct,
		claims.EventBesiege)
	add(claims.EventClash, claims.EventBesiege)
	add(claims.EventBomb, claims.EventAssassinate)
	// A capture comes with fighting; the capture of a person is an
	// abduction in other words.
	add(claims.EventCapture, claims.EventClash, claims.EventAttack, claims.EventAbduct)
	add(claims.EventAgreement, claims.EventAnnounce)
	add(claims.EventDefect, claims.EventAlly)
	add(claims.EventAlly, claims.EventForm)
	return m
}()

// neutral classes say nothing about which event a clause tells.
func neutral(c claims.EventType) bool {
	return c == "" || c == claims.EventAnnounce || c == claims.EventDeny || c == claims.EventOther
}

// classRelation relates two frames.
func classRelation(a, b *frameInfo) relation {
	if neutral(a.class) || neutral(b.class) {
		return relUnknown
	}
	if a.negated != b.negated {
		return relOpposed
	}
	if a.class == b.class {
		if a.class == claims.EventCapture && (intersects(a.agents, b.patients) || intersects(b.agents, a.patients)) {
			// One side's winner is the other's loser: the town changed
			// hands the other way.
			return relOpposed
		}
		if a.class == claims.EventKill && !neutral(a.cause) && !neutral(b.cause) && a.cause != b.cause &&
			!related[[2]claims.EventType{a.cause, b.cause}] {
			return relOpposed
		}
		return relSame
	}
	if capture, withdraw, ok := converse(a, b); ok {
		// One side cannot both take a place and leave it.
		if intersects(capture.agents, withdraw.agents) || sidesMeet(capture.agentSides, withdraw.agentSides) {
			return relOpposed
		}
		return relConverse
	}
	if related[[2]claims.EventType{a.class, b.class}] {
		// A casualty report with a cause relates only to its cause.
		if a.class == claims.EventKill && !neutral(a.cause) && a.cause != b.class && !related[[2]claims.EventType{a.cause, b.class}] {
			return relOpposed
		}
		if b.class == claims.EventKill && !neutral(b.cause) && b.cause != a.class && !related[[2]claims.EventType{b.cause, a.class}] {
			return relOpposed
		}
		return relRelated
	}
	if classFamily(a.class) != 0 && classFamily(b.class) != 0 {
		return relOpposed
	}
	return relUnknown
}

// converse returns the capture and the withdrawal of a pair of frames
// that are one of each.
func converse(a, b *frameInfo) (capture, withdraw *frameInfo, ok bool) {
	switch {
	case a.class == claims.EventCapture && b.class == claims.EventWithdraw:
		return a, b, true
	case a.class == claims.EventWithdraw && b.class == claims.EventCapture:
		return b, a, true
	}
	return nil, nil, false
}

// sidesMeet reports whether two sorted lists of generic sides share one.
func sidesMeet(a, b []side) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
