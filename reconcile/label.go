package reconcile

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
)

// This file writes the heading a finding is grouped under: the event
// class, its agent (never the source that reports it), the place and the
// dates the accounts give, as an editor would name the event:
// "withdrawal of ISIL from Azaz, 28 Feb–4 Mar 2014".

// labelPhrases name each class; %[1]s is the agent phrase (" by X" or
// " of X"), %[2]s the place phrase (" in P" or " from P").
var labelPhrases = map[claims.EventType]struct{ noun, agentPrep, placePrep string }{
	claims.EventCapture:     {"capture", "by", "of"},
	claims.EventWithdraw:    {"withdrawal", "of", "from"},
	claims.EventClash:       {"fighting", "involving", "in"},
	claims.EventAttack:      {"attack", "by", "in"},
	claims.EventBomb:        {"bombing", "by", "in"},
	claims.EventKill:        {"killings", "by", "in"},
	claims.EventExecute:     {"executions", "by", "in"},
	claims.EventAssassinate: {"assassination", "by", "in"},
	claims.EventAbduct:      {"abduction", "by", "in"},
	claims.EventRelease:     {"release", "by", "in"},
	claims.EventBesiege:     {"siege", "by", "of"},
	claims.EventAgreement:   {"agreement", "of", "in"},
	claims.EventDefect:      {"defection", "of", "in"},
	claims.EventAlly:        {"alliance", "of", "in"},
	claims.EventForm:        {"formation", "of", "in"},
	claims.EventAnnounce:    {"announcement", "by", "in"},
	claims.EventDeny:        {"denial", "by", "in"},
	claims.EventProtest:     {"protest", "by", "in"},
}

// eventLabel is the heading of the event claims idx tell.
func (p *prepared) eventLabel(idx []int) string {
	var fa, fb *frameInfo
	a := idx[0]
	for _, k := range idx[1:] {
		if x, y, ok := p.bestFrames(a, k); ok {
			fa, fb = x, y
			break
		}
	}
	if fa == nil {
		for _, k := range idx {
			if fs := p.info[k].frames; len(fs) > 0 {
				a, fa = k, &fs[0]
				break
			}
		}
	}
	class := claims.EventType("")
	var frames []*frameInfo
	for _, f := range []*frameInfo{fa, fb} {
		if f != nil {
			frames = append(frames, f)
			if class == "" || neutral(class) || class == claims.EventKill && !neutral(f.class) && f.class != claims.EventKill {
				class = f.class
			}
		}
	}
	agent := p.labelName(idx, frames, func(f *frameInfo) []int32 { return f.agents }, false)
	if class == claims.EventWithdraw || class == claims.EventCapture {
		// A withdrawal told as a capture names the one who left as the
		// loser: keep the agent of the class shown.
		for _, f := range frames {
			if f.class == class {
				agent = p.labelName(idx, []*frameInfo{f}, func(f *frameInfo) []int32 { return f.agents }, false)
				break
			}
		}
	}
	place := p.labelName(idx, frames, func(f *frameInfo) []int32 { return f.places }, true)
	var b strings.Builder
	ph, ok := labelPhrases[class]
	switch {
	case ok:
		b.WriteString(ph.noun)
		if class == claims.EventWithdraw && agent != "" {
			b.WriteString(" of " + agent)
			if place != "" {
				b.WriteString(" from " + place)
			}
		} else {
			if place != "" {
				b.WriteString(" " + ph.placePrep + " " + place)
			}
			if agent != "" {
				b.WriteString(" " + ph.agentPrep + " " + agent)
			}
		}
	case place != "":
		b.WriteString(place)
	case agent != "":
		b.WriteString(agent)
	default:
		b.WriteString(openingWords(clauseText(p.cs[a]), 6))
	}
	if d := p.labelDates(idx); d != "" {
		b.WriteString(", " + d)
	}
	return b.String()
}

// labelName returns the canonical name of the first named participant
// the frames give in a role, else (for places) the first place any claim
// names; specific places are preferred to provinces and countries.
func (p *prepared) labelName(idx []int, frames []*frameInfo, role func(*frameInfo) []int32, place bool) string {
	var cands []string
	for _, f := range frames {
		for _, e := range role(f) {
			for _, i := range idx {
				for _, m := range p.info[i].ments {
					kind := p.cs[i].Mentions[m.index].Kind
					if m.entity == e && kind != claims.MentionGeneric && (place || kind != claims.MentionPlace) {
						// (A place is never shown as the agent.)
						cands = append(cands, p.displayName(i, m))
					}
				}
			}
		}
	}
	if place && len(cands) == 0 {
		for _, i := range idx[:min(2, len(idx))] {
			for _, m := range p.info[i].ments {
				if p.cs[i].Mentions[m.index].Kind == claims.MentionPlace && m.entity >= 0 {
					cands = append(cands, p.displayName(i, m))
				}
			}
		}
	}
	if len(cands) == 0 {
		return ""
	}
	if place {
		if k := slices.IndexFunc(cands, func(s string) bool { return !isContainer(s) }); k >= 0 {
			return cands[k]
		}
	}
	return cands[0]
}

// displayName is the name a resolved mention is shown by: its entity's
// canonical name, or the text.
func (p *prepared) displayName(i int, m mention) string {
	if c := p.res[m.res].Canonical; c != "" {
		return c
	}
	return p.cs[i].Mentions[m.index].Text
}

// labelDates renders the dates the claims give: one date when they
// agree, else the span from the earliest to the latest ("28 Feb–4 Mar
// 2014"; a bound "by 28 February" counts as 28 February).
func (p *prepared) labelDates(idx []int) string {
	var ds []*claims.TimeSpan
	for _, i := range idx {
		if d := p.dateOf(i); d != nil {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		return ""
	}
	same := true
	for _, d := range ds[1:] {
		if *d != *ds[0] {
			same = false
		}
	}
	if same {
		return formatSpan(ds[0])
	}
	lo, hi := claims.Day(1<<30), claims.Day(-1<<30)
	for _, d := range ds {
		s := d.Start
		if d.Modifier == claims.ModBefore {
			s = d.End
		}
		lo, hi = min(lo, s), max(hi, d.End)
	}
	return shortRange(lo, hi)
}

// shortRange renders lo..hi with short month names.
func shortRange(lo, hi claims.Day) string {
	ly, lm, ld := lo.Date()
	hy, hm, hd := hi.Date()
	short := func(m time.Month) string { return m.String()[:3] }
	switch {
	case lo == hi:
		return fmt.Sprintf("%d %s %d", ld, short(lm), ly)
	case ly == hy && lm == hm:
		return fmt.Sprintf("%d–%d %s %d", ld, hd, short(lm), ly)
	case ly == hy:
		return fmt.Sprintf("%d %s–%d %s %d", ld, short(lm), hd, short(hm), ly)
	}
	return fmt.Sprintf("%d %s %d–%d %s %d", ld, short(lm), ly, hd, short(hm), hy)
}
