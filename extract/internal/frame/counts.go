package frame

import (
	"strings"

	"github.com/concordfacts/concord/claims"
)

// Counts.
//
// Each count belongs to one frame: the nearest frame whose class fits its
// category (killed, wounded → a casualty report or the attack that caused
// it; executed → an execution; captured → an abduction), else the nearest
// frame.
//
// Its participant class comes from the head noun of what is counted —
// after the number ("42 ISIL fighters"), after "of" ("20 of his own
// men"), or after a copula ("Seventeen of the dead were ISIS fighters",
// "15 of whom were rebel fighters", "six of them rebels"):
//
//	combatants  fighters, militants, troops, soldiers, gunmen, rebels, militiamen, members ...
//	civilians   civilians, women, children, residents, protesters, activists ...
//	people      people, persons, the dead, casualties, victims, bodies
//	prisoners   prisoners, captives, hostages, detainees, and captured/detained X
//	commanders  commanders, officers, leaders, emirs
//	otherwise   the head noun ("vehicles", "villages")
//
// Its side is the named group in the phrase ("ISIS fighters", "Army of
// Islam fighters", "fighters of X"), else a generic side: "rebels" (rebel,
// opposition, insurgent) or "government" (government, pro-government,
// regime, army, soldiers, troops). Anaphoric sides are resolved from the
// context: "the brigade's fighters" is the last named group whose head
// noun is "Brigade(s)"; "its/their fighters" the clause's agent or the
// last named group; "his own men" the speaker's side; "N others" the side
// of the count before.

// readCounts assigns counts to frames and reads their participants and
// sides.
func (r *Reader) readCounts(p *Context) {
	res := &r.res
	speaker := p.speaker
	if s := r.speakerSide(); s != "" {
		speaker = s
	}
	lastSide, lastPart := p.side, p.part
	for qi := range r.c.Counts {
		q := &r.c.Counts[qi]
		if !q.IsCount {
			continue
		}
		at := r.countTok(qi)
		if at < 0 {
			continue
		}
		part, side := r.participant(qi, at, p, speaker)
		if part == "others" || part == "other" {
			part, side = lastPart, firstNonEmpty(side, lastSide)
		}
		if q.PartOf >= 0 && q.PartOf < len(res.Counts) && side == "" && part == "" {
			part = res.Counts[q.PartOf].Participant
		}
		res.Counts[qi].Participant, res.Counts[qi].Side = part, side
		if part != "" {
			lastPart = part
		}
		if side != "" {
			lastSide = side
		}
		if part != "" && !framedParticipant(part) && q.Category == "" {
			continue
		}
		if f := r.frameForCount(qi, at); f >= 0 {
			r.addCount(f, qi)
			if q.Category == "" && r.cands[f].cls == claims.EventAbduct {
				res.Counts[qi].Category = "captured"
			}
		}
	}
	p.side, p.part = lastSide, lastPart
	p.speaker = speaker
}

// framedParticipant reports whether a count of part belongs to an event:
// people of any kind, and the places and things reports compare
// (villages, vehicles); not "three directions" or "several suburbs".
func framedParticipant(part string) bool {
	switch part {
	case "combatants", "civilians", "people", "prisoners", "commanders", "others":
		return true
	}
	w := wordClasses[part]
	if w&wPlaceN != 0 {
		return part == "villages" || part == "towns" || part == "checkpoints" || part == "positions" || part == "bases"
	}
	switch part {
	case "vehicles", "tanks", "bombs", "cars":
		return true
	}
	return false
}

// isStateWord reports whether w says what became of the counted rather
// than what they are.
func isStateWord(w string) bool {
	switch w {
	case "dead", "wounded", "injured", "alive", "missing", "captive", "prisoner", "killed", "hostage":
		return true
	}
	return false
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// countTok returns the first token of count qi, or -1.
func (r *Reader) countTok(qi int) int {
	for k := range r.toks {
		if int(r.toks[k].q) == qi {
			return k
		}
	}
	return -1
}

// frameForCount returns the frame count qi (first token at) belongs to.
func (r *Reader) frameForCount(qi, at int) int {
	cat := r.c.Counts[qi].Category
	best, bestD := -1, 1<<30
	fallback, fallbackD := -1, 1<<30
	for fi := range r.cands {
		if !r.live(fi) {
			continue
		}
		c := &r.cands[fi]
		d := c.s - at
		if d < 0 {
			d = -d
		}
		if fits(c.cls, cat) && (cat == "wounded") == (c.lemma == kWound || c.lemma == kInjure) {
			d -= 1000 // the exact report: "14 other people were wounded"
		}
		if fits(c.cls, cat) && d < bestD {
			best, bestD = fi, d
		}
		if d < fallbackD {
			fallback, fallbackD = fi, d
		}
	}
	if best >= 0 {
		return best
	}
	if cat == "" || cat == "fighters" {
		return fallback
	}
	return -1
}

// fits reports whether a count of category cat belongs to an event of
// class cls.
func fits(cls claims.EventType, cat string) bool {
	switch cat {
	case "killed", "wounded", "casualties":
		switch cls {
		case claims.EventKill, claims.EventExecute, claims.EventAssassinate:
			return true
		}
	case "executed":
		return cls == claims.EventExecute || cls == claims.EventKill
	case "captured", "arrested":
		return cls == claims.EventAbduct || cls == claims.EventCapture
	case "freed":
		return cls == claims.EventRelease
	case "defected":
		return cls == claims.EventDefect
	case "besieged":
		return cls == claims.EventBesiege
	case "displaced", "evacuated":
		return cls == claims.EventWithdraw
	}
	return false
}

// participant reads the participant class and side of count qi.
func (r *Reader) participant(qi, at int, p *Context, speaker string) (string, string) {
	toks := r.toks
	k := at
	for k < len(toks) && int(toks[k].q) == qi {
		k++
	}
	// "N of the dead", "N of whom were", "N of them", "N of his own men".
	ofPron := false
	if r.lowAt(k) == "of" {
		k++
		switch r.lowAt(k) {
		case "them", "whom", "which", "these", "those", "us":
			ofPron = true
			k++
		}
	}
	s := k
	e := r.npRight(s)
	pred := ofPron || e == s || (r.lowAt(e) == "were" || r.lowAt(e) == "was") && e > s && (toks[e-1].w&wPeople != 0 || r.lowAt(e-1) == "the")
	for e > s+1 && isStateWord(r.lowAt(e-1)) {
		e-- // "15 opposition fighters dead"
	}
	e = r.beforeTimePhrase(s, e)
	if pred {
		// The predicate: "of whom were rebel fighters", "of them rebels",
		// "of the dead were ISIS fighters".
		j := e
		for q := e; q < len(toks) && q <= e+2; q++ {
			if r.lowAt(q) == "were" || r.lowAt(q) == "was" {
				j = q + 1
				break
			}
		}
		j = r.skipDet(j)
		if e2 := r.npRight(j); e2 > j {
			s, e = j, e2
		}
	}
	if e <= s {
		return "", ""
	}
	// The head noun: the last word of the phrase before a relative or a
	// complement ("fighters" of "ISIS fighters in Raqqa").
	h := e - 1
	for h > s && (toks[h].m >= 0 && r.c.Mentions[toks[h].m].Kind == claims.MentionPlace) {
		h--
	}
	head := toks[h].low
	if toks[h].m >= 0 && r.c.Mentions[toks[h].m].Kind != claims.MentionGeneric && !combatants[head] {
		// "15,000 Hay'at Tahrir al-Sham": the group's strength.
		head = ""
	}
	part := participantOf(head)
	for q := s; q < h; q++ {
		if toks[q].w&wCaptive != 0 && (part == "combatants" || part == "people" || part == "civilians") {
			part = "prisoners"
		}
	}
	if part == "" && head == "" && toks[h].m >= 0 {
		part = "combatants"
	}
	side := r.sideOf(s, e, h, p, speaker)
	if side == "" && (head == "rebels" || head == "rebel") {
		side = "rebels"
	}
	if side == "" && (head == "soldiers" || head == "soldier" || head == "troops") {
		side = "government"
	}
	// "40 dead among the rebels", "40 dead were counted among the rebels"
	for a := e; side == "" && a < len(toks) && a <= e+4 && toks[a].word(); a++ {
		if r.lowAt(a) != "among" {
			continue
		}
		if e2 := r.npRight(a + 1); e2 > a+1 {
			side = r.sideOf(a+1, e2, e2-1, p, speaker)
			if side == "" && (r.lowAt(e2-1) == "rebels" || r.lowAt(e2-1) == "rebel") {
				side = "rebels"
			}
		}
		break
	}
	return part, side
}

// timeUnits are the nouns of a duration ("a few weeks ago").
var timeUnits = map[string]bool{
	"hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true,
}

// beforeTimePhrase ends the phrase [s,e) before a time phrase that
// follows its noun: "12 prisoners a few weeks ago" counts prisoners, and
// "two days ago" is its date.
func (r *Reader) beforeTimePhrase(s, e int) int {
	for k := s + 1; k < e; k++ {
		if !timeUnits[r.lowAt(k)] {
			continue
		}
		switch r.lowAt(k + 1) {
		case "ago", "later", "earlier", "before", "after":
		default:
			continue
		}
		// Back over the number or determiner of the duration.
		j := k
		for j > s+1 && (r.toks[j-1].w&wDet != 0 || r.toks[j-1].w&wNumWord != 0 || r.toks[j-1].is(tNum) || r.lowAt(j-1) == "few" || r.lowAt(j-1) == "several" || r.lowAt(j-1) == "couple") {
			j--
		}
		if j < k {
			return j
		}
	}
	return e
}

// participantOf returns the participant class of a head noun.
func participantOf(head string) string {
	if head == "" {
		return ""
	}
	w := wordClasses[head]
	switch {
	case head == "others" || head == "other":
		return "others"
	case head == "combatants" || head == "combatant":
		return "combatants"
	case combatants[head]:
		return "combatants"
	case head == "prisoners" || head == "prisoner" || head == "captives" || head == "captive" || head == "hostages" || head == "hostage" || head == "detainees":
		return "prisoners"
	case w&wCommand != 0:
		return "commanders"
	case w&wCivil != 0:
		return "civilians"
	case w&wPeople != 0:
		return "people"
	}
	return head
}

// sideOf returns the side named in the phrase [s,e) with head token h.
func (r *Reader) sideOf(s, e, h int, p *Context, speaker string) string {
	toks := r.toks
	// A named group or person's group in the phrase.
	for k := s; k < e; k++ {
		m := toks[k].m
		if m < 0 {
			continue
		}
		mm := r.c.Mentions[m]
		if mm.Source {
			continue
		}
		if mm.Kind == claims.MentionGroup || mm.Kind == claims.MentionOther && k < h {
			return r.orig[mm.Start:mm.End]
		}
	}
	for k := s; k <= h && k < e; k++ {
		t := &toks[k]
		if !t.word() {
			continue
		}
		switch {
		case t.w&wPoss != 0 && k+1 <= h && (t.low == "its" || t.low == "their"):
			if g := r.agentGroup(); g != "" {
				return g
			}
			if p.ngroups > 0 {
				return p.groups[(p.ngroups-1)%ctxGroups]
			}
		case t.low == "his" || t.low == "her" || t.low == "our":
			if r.lowAt(k+1) == "own" && speaker != "" {
				return speaker
			}
			if speaker != "" {
				return speaker
			}
		case t.is(tPoss) && t.w&wGroupN != 0 && t.m < 0 || t.is(tPoss) && t.m >= 0 && r.c.Mentions[t.m].Kind == claims.MentionGeneric && t.w&wGroupN != 0:
			// "the brigade's fighters"
			if g := p.lastGroupWithHead(t.low); g != "" {
				return g
			}
		case t.w&wRebel != 0:
			return "rebels"
		case t.w&wGov != 0 && k < h || t.w&wGov != 0 && (t.low == "soldiers" || t.low == "troops"):
			return "government"
		}
	}
	return ""
}

// agentGroup returns the text of a named group that is an agent of the
// clause's first frame, or "".
func (r *Reader) agentGroup() string {
	for fi := range r.cands {
		if !r.live(fi) {
			continue
		}
		for _, ra := range r.roles {
			if ra.f == fi && ra.r == claims.RoleAgent && r.c.Mentions[ra.m].Kind == claims.MentionGroup {
				m := r.c.Mentions[ra.m]
				return r.orig[m.Start:m.End]
			}
		}
		break
	}
	return ""
}

// lastGroupWithHead returns the last remembered group whose last word is
// noun (or its plural): "brigade" → "Ahfad al-Rasul Brigades".
func (p *Context) lastGroupWithHead(noun string) string {
	for i := 0; i < p.ngroups && i < ctxGroups; i++ {
		g := p.groups[(p.ngroups-1-i)%ctxGroups]
		last := g
		if sp := strings.LastIndexByte(g, ' '); sp >= 0 {
			last = g[sp+1:]
		}
		if strings.EqualFold(last, noun) || strings.EqualFold(last, noun+"s") {
			return g
		}
	}
	return ""
}

// speakerSide returns the side of the subject of a reporting verb in the
// clause ("A rebel officer there said"): a named group, or a generic side.
func (r *Reader) speakerSide() string {
	for k := range r.toks {
		t := &r.toks[k]
		if !t.word() || t.w&wReport == 0 || t.low == "according" {
			continue
		}
		vg := r.verbGroupStart(k, false)
		for j := vg - 1; j >= 0 && j >= vg-5; j-- {
			u := &r.toks[j]
			if !u.word() {
				break
			}
			if u.m >= 0 {
				mm := r.c.Mentions[u.m]
				if mm.Kind == claims.MentionGroup {
					return r.orig[mm.Start:mm.End]
				}
			}
			if u.w&wRebel != 0 {
				return "rebels"
			}
			if u.w&wGov != 0 {
				return "government"
			}
		}
		return ""
	}
	return ""
}

// readContinuation marks the frames that go on telling the previous
// claim's event: in a clause with no date of its own, in the same block,
// a casualty or detail report with no agent of its own ("Twenty rebel
// fighters died in the blast.", "Seventeen of the dead were ISIS
// fighters.") or a frame whose participants are named only by pronouns
// ("They then massacred at least 22 people there"). A clause with no
// trigger that counts or refers back ("Sixty of the attackers had
// slipped into the area", "One of them was an HTS emir") gets a frame of
// the previous claim's class, triggered by its anaphor or count.
func (r *Reader) readContinuation(p *Context, block int) {
	if r.c.Dated || p.Clause.Length == 0 || p.Block != block || r.namesDay() {
		return
	}
	r.cont = p.Clause
	any := false
	for fi := range r.cands {
		c := &r.cands[fi]
		if !r.live(fi) {
			continue
		}
		any = true
		hasAgent := false
		for _, ra := range r.roles {
			if ra.f == fi && ra.r == claims.RoleAgent {
				hasAgent = true
				break
			}
		}
		switch {
		case c.subjPron:
			c.cont = true
		case (c.cls == claims.EventKill || c.cls == claims.EventExecute) && !hasAgent:
			c.cont = true
		case r.anaphoricSubject(fi):
			c.cont = true
		}
	}
	if any || p.Class == "" {
		return
	}
	// No trigger: an anaphor at the start of the clause ("They", "One of
	// them", "Sixty of the attackers").
	at := -1
	for k := range r.toks {
		t := &r.toks[k]
		if t.word() && t.low == "they" {
			at = k
			break
		}
		if t.q >= 0 || t.word() && t.low == "one" {
			e := k
			for e < len(r.toks) && (r.toks[e].q == t.q && t.q >= 0 || e == k) {
				e++
			}
			if r.lowAt(e) == "of" {
				switch r.lowAt(e + 1) {
				case "the", "them", "those", "these", "whom":
					at = k
				}
			}
			break
		}
		if k > 3 {
			break
		}
	}
	if at < 0 {
		return
	}
	c := cand{cls: p.Class, s: at, e: at + 1, head: at, light: -1, via: -1, intentOf: -1, cont: true}
	if q := r.toks[at].q; q >= 0 {
		for at2 := at; at2 < len(r.toks) && r.toks[at2].q == q; at2++ {
			c.e = at2 + 1
		}
	}
	r.cands = append(r.cands, c)
	fi := len(r.cands) - 1
	for qi := range r.c.Counts {
		if r.c.Counts[qi].IsCount && r.countFrame(qi) < 0 {
			r.addCount(fi, qi)
		}
	}
	for mi, m := range r.c.Mentions {
		if !m.Source && m.Kind == claims.MentionPlace && r.placeGoverned(mi) {
			r.setRole(fi, mi, claims.RolePlace)
		}
	}
}

// namesDay reports whether the clause names a day or month of its own
// ("On Saturday", "in March"), which the caller's date reader may not
// have resolved: such a clause tells an event of its own.
func (r *Reader) namesDay() bool {
	for k := range r.toks {
		t := &r.toks[k]
		if t.word() && t.w&wTime != 0 && t.is(tCap) && t.m < 0 {
			return true
		}
	}
	return false
}

// anaphoricSubject reports whether frame fi's subject is a definite
// generic ("the group", "the brigade") or "N of the attackers".
func (r *Reader) anaphoricSubject(fi int) bool {
	c := &r.cands[fi]
	if c.noun || c.s == 0 {
		return false
	}
	vg := r.verbGroupStart(c.s, c.inf)
	if vg < 2 {
		return false
	}
	h := &r.toks[vg-1]
	d := &r.toks[vg-2]
	return h.word() && h.w&wGroupN != 0 && d.word() && (d.low == "the" || d.low == "this")
}

// nextContext fills r.res.Next from p and this clause.
func (r *Reader) nextContext(p *Context, block int) {
	n := *p
	n.Block = block
	n.Clause = claims.Span{Offset: r.c.Offset, Length: len(r.c.Text), Text: r.orig}
	if len(r.res.Frames) > 0 {
		n.Class = r.res.Frames[0].Class
	} else if p.Block != block || r.c.Dated {
		n.Class = ""
	}
	for mi, m := range r.c.Mentions {
		if m.Kind == claims.MentionGroup && !m.Source && r.res.Roles[mi] != claims.RoleSource {
			n.groups[n.ngroups%ctxGroups] = r.orig[m.Start:m.End]
			n.ngroups++
		}
	}
	r.res.Next = n
}
