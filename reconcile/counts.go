package reconcile

import (
	"slices"
	"strings"

	"github.com/concordfacts/concord/claims"
)

// This file decides which figures of two accounts count the same thing.
// Two counts compare when they are of the same kind and unit, the same
// category (what happened: killed, wounded, captured...), the same
// participant class (combatants, civilians, people, prisoners...) and the
// same side (ISIL, the rebels, the government), so that "Seventeen of the
// dead were ISIS fighters" meets "66 combatants, including 11 ISIL
// fighters" on the ISIL figure only, and "six civilians" never meets
// "eight fighters". Extraction fills Quantity.Participant and Side; for
// claims read without them, both are read from the subject's words here.

// categoryKeys folds categories that name one outcome in other words.
var categoryKeys = map[string]string{
	"arrested": "captured", "detained": "captured", "abducted": "captured", "kidnapped": "captured",
	"captives": "captured", "prisoners": "captured",
	"dead": "killed", "deaths": "killed", "died": "killed",
	"injured": "wounded",
}

// categoryKey is the comparison key of a category.
func categoryKey(c string) string {
	c = strings.ToLower(strings.TrimSpace(c))
	if k, ok := categoryKeys[c]; ok {
		return k
	}
	return c
}

// participantWords map subject head words to a participant class.
var participantWords = func() map[string]string {
	m := map[string]string{}
	add := func(class, ws string) {
		for _, w := range strings.Fields(ws) {
			m[w] = class
		}
	}
	add("combatants", `fighter fighters militant militants member members gunman gunmen troop troops soldier
		soldiers rebel rebels combatant combatants jihadist jihadists insurgent insurgents militiaman militiamen
		guard guards men attacker attackers infiltrator infiltrators`)
	add("civilians", "civilian civilians resident residents villager villagers worshipper worshippers")
	add("people", "people person persons")
	add("prisoners", "prisoner prisoners captive captives hostage hostages detainee detainees")
	add("commanders", "commander commanders leader leaders emir emirs officer officers")
	return m
}()

// countKey is what a figure counts.
type countKey struct {
	kind        claims.QuantityKind
	unit        string
	category    string
	participant string
	// side is an entity id (>= 0), a generic side (-1 - side), or
	// noSide; sideText is the name it was read from.
	side     int32
	sideText string
	// nation is the nationality the count's subject gives its people
	// ("Israeli soldiers", "Turkish troops"), folded, or "".
	nation string
}

// nationOf returns the nationality adjective of a count's subject: a
// capitalised word with a demonym ending ("Israeli", "Syrian", "Turkish",
// "Lebanese") followed by a lower-case word ("Israeli soldiers", not the
// "Rahman" of "Rahman Legion fighters"), folded; "" when there is none.
func nationOf(subject string) string {
	ws := strings.Fields(subject)
	for k, w := range ws {
		w = strings.Trim(w, ",.;:()\"'")
		if k+1 >= len(ws) || len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
			continue
		}
		if next := ws[k+1]; next == "" || next[0] < 'a' || next[0] > 'z' {
			continue
		}
		lw := strings.ToLower(w)
		for _, end := range []string{"an", "i", "ish", "ese"} {
			if strings.HasSuffix(lw, end) {
				return lw
			}
		}
	}
	return ""
}

const noSide = int32(-1 << 30)

// countKeys reads the count keys of claim i's quantities.
func (p *prepared) countKeys(i int) []countKey {
	qs := p.cs[i].Quantities
	if len(qs) == 0 {
		return nil
	}
	out := make([]countKey, len(qs))
	for k := range qs {
		out[k] = p.countKeyOf(i, k)
	}
	return out
}

// countKeyOf reads the count key of quantity k of claim i.
func (p *prepared) countKeyOf(i, k int) countKey {
	q := p.cs[i].Quantities[k]
	ck := countKey{kind: quantityKind(q), unit: foldWords(q.Unit), category: categoryKey(q.Category), side: noSide}
	subj := stems(q.Subject)
	ck.nation = nationOf(q.Subject)
	ck.participant = strings.ToLower(strings.TrimSpace(q.Participant))
	if ck.participant == "" && len(subj) > 0 {
		head := subj[len(subj)-1]
		if c, ok := participantWords[head]; ok {
			ck.participant = c
		} else if c, ok := participantWords[head+"s"]; ok {
			ck.participant = c
		} else {
			ck.participant = head
		}
	}
	sideText := q.Side
	if sideText == "" && len(subj) > 0 {
		sideText = q.Subject
	}
	if sideText != "" {
		ck.side = p.sideID(sideText)
		if ck.side != noSide {
			ck.sideText = sideText
		}
	}
	return ck
}

// sideID resolves the side of a count: a generic side when one of its
// words names one, else the entity of its name, else noSide.
func (p *prepared) sideID(text string) int32 {
	if s := sideOf(text); s != sideNone {
		return -1 - int32(s)
	}
	// Keep the capitalised words: "ISIL fighters" → "ISIL".
	var name []string
	for _, w := range strings.Fields(text) {
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			name = append(name, strings.Trim(w, ",.;:"))
		}
	}
	if len(name) == 0 {
		return noSide
	}
	return p.entityOf(strings.Join(name, " "), claims.MentionGroup)
}

// entityOf resolves a name to an entity id, or noSide. It is called
// while claims are prepared, one at a time.
func (p *prepared) entityOf(name string, kind claims.MentionKind) int32 {
	if id, ok := p.sideCache[name]; ok {
		return id
	}
	id := noSide
	if r := p.resolver.Resolve(name, kind, nil); r.Entity != "" {
		if e, ok := p.entIndex[r.Entity]; ok {
			id = e
		} else {
			id = int32(len(p.entIndex))
			p.entIndex[r.Entity] = id
		}
	}
	if p.sideCache == nil {
		p.sideCache = map[string]int32{}
	}
	p.sideCache[name] = id
	return id
}

// countsComparable reports whether quantity i of claim a and quantity j
// of claim b count the same thing:
//   - the same kind and unit, both or neither an alternative report, and
//     the same category (killed, wounded...); two counts without a
//     category compare only when they count the same participant class
//     of the same side;
//   - the same participant class, or one side silent on it;
//   - the same side (by entity, or by name when one is a short form of
//     the other), or no side on both: a count of no side may be the total
//     of all sides ("66 combatants, including 11 ISIL fighters": the 66 is
//     not the ISIL figure).
func (p *prepared) countsComparable(a, i, b, j int) bool {
	x, y := p.cs[a].Quantities[i], p.cs[b].Quantities[j]
	if x.Low == nil && x.High == nil || y.Low == nil && y.High == nil {
		return false
	}
	if (x.AlternativeTo != "") != (y.AlternativeTo != "") {
		return false
	}
	kx, ky := p.info[a].counts[i], p.info[b].counts[j]
	if kx.kind != ky.kind || kx.unit != ky.unit || kx.category != ky.category {
		return false
	}
	if kx.kind != claims.KindCount {
		// A measure compares only with a measure of the same named unit
		// or category: "95 percent" with "98 percent", never an age
		// with a bare number.
		return kx.participant == ky.participant && (kx.unit != "" || kx.category != "")
	}
	if kx.category == "" && (kx.participant == "" || kx.participant != ky.participant || kx.side != ky.side) {
		return false
	}
	if kx.participant != "" && ky.participant != "" && kx.participant != ky.participant {
		return false
	}
	if kx.nation != "" && ky.nation != "" && kx.nation != ky.nation {
		// Israeli soldiers are not Syrian soldiers, though both serve
		// a government.
		return false
	}
	switch {
	case kx.side == ky.side:
		return true
	case kx.side == noSide || ky.side == noSide:
		// A count of no side may be a total of all sides.
		return false
	}
	return sideNamesMeet(kx.sideText, ky.sideText)
}

// sideNamesMeet reports whether one side's name is a short form of the
// other's ("Ahfad al-Rasul" and "the Ahfad al-Rasul Brigades").
func sideNamesMeet(a, b string) bool {
	wa, wb := stems(a), stems(b)
	sub := func(x, y []string) bool {
		if len(x) == 0 {
			return false
		}
		for _, w := range x {
			if !slices.Contains(y, w) {
				return false
			}
		}
		return true
	}
	return sub(wa, wb) || sub(wb, wa)
}

// countsAlike is countsComparable for a pair aligned with score: in a
// pair aligned firmly (strongSideScore or more), a count that names no
// side meets a count with one, when it is not a total its own claim
// breaks down by side ("the group raided a rebel headquarters and killed
// twelve fighters" against "killing 15 rebel fighters").
func (p *prepared) countsAlike(a, i, b, j int, score float64) bool {
	if p.countsComparable(a, i, b, j) {
		return true
	}
	if score < strongSideScore {
		return false
	}
	kx, ky := p.info[a].counts[i], p.info[b].counts[j]
	if (kx.side == noSide) == (ky.side == noSide) || kx.kind != claims.KindCount {
		return false
	}
	if kx.category == "" || kx.category != ky.category || kx.unit != ky.unit || kx.participant == "" || kx.participant != ky.participant {
		return false
	}
	x, y := p.cs[a].Quantities[i], p.cs[b].Quantities[j]
	if x.Low == nil && x.High == nil || y.Low == nil && y.High == nil || (x.AlternativeTo != "") != (y.AlternativeTo != "") {
		return false
	}
	if kx.side == noSide {
		return !p.brokenDownBySide(a, i)
	}
	return !p.brokenDownBySide(b, j)
}

// strongSideScore is the alignment score from which a count of no side
// is compared with a count of one (see countsAlike).
const strongSideScore = 0.9

// brokenDownBySide reports whether quantity i of claim c is a total whose
// parts, in the same claim, have sides.
func (p *prepared) brokenDownBySide(c, i int) bool {
	for k, q := range p.cs[c].Quantities {
		if k != i && q.PartOf == i && p.info[c].counts[k].side != noSide {
			return true
		}
	}
	return false
}

// firmDate is a claim's date when the account commits to it: a date of
// its own, or one inherited from a heading or the document's date.
func (p *prepared) firmDate(i int) *claims.TimeSpan {
	d := p.info[i].date
	if d == nil || narrative(d) {
		return nil
	}
	return d
}

// narrative reports whether a date is only inherited from the narrative
// (not from a heading or the document's own date).
func narrative(d *claims.TimeSpan) bool {
	return d.Inherited && d.InheritedFrom != claims.AnchorHeading && d.InheritedFrom != claims.AnchorDocument
}

// countsDated reports whether two claims' figures may be compared at
// all: not when both accounts date their claims firmly, the dates cannot
// meet and one is a bound, since running totals given for different days
// ("95 dead by 30 April", "more than 120 by 1 May") are different facts;
// a copied statement is compared whatever its dates.
func (p *prepared) countsDated(a, b int) bool {
	if p.cosine(p.info[a].text, p.info[b].text) >= p.opts.NearVerbatim {
		// One statement, copied: its figures compare whatever its date.
		return true
	}
	// An undated infobox figure is the total of the whole conflict: it
	// meets undated figures and totals over a period, not a day's toll.
	for _, c := range [][2]int{{a, b}, {b, a}} {
		x, y := c[0], c[1]
		if p.info[x].infobox && p.cs[x].Date == nil {
			if d := p.cs[y].Date; d != nil && !p.info[y].infobox && int(d.End-d.Start)+1 <= minPeriodDays {
				return false
			}
		}
	}
	if x, y := p.comparableDates(a, b); x != nil && y != nil && !bound(x) && !bound(y) {
		// A total over months is not the toll of a day's event.
		sx, sy := int(x.End-x.Start)+1, int(y.End-y.Start)+1
		if min(sx, sy) <= maxEventDays && max(sx, sy) > minPeriodDays {
			return false
		}
	}
	da, db := p.firmDate(a), p.firmDate(b)
	if da == nil || db == nil || da.Overlaps(*db) {
		return true
	}
	// A bound ("by 30 April", "as of 1 May", "since March") dates a
	// running total.
	return !bound(da) && !bound(db)
}

// A count dated to at most maxEventDays is an event's toll; one dated to
// a span of more than minPeriodDays is a period's total. The two are
// never compared.
const (
	maxEventDays  = 7
	minPeriodDays = 31
)

// bound reports whether a date is a bound rather than a day or a period.
func bound(d *claims.TimeSpan) bool {
	return d.Modifier == claims.ModBefore || d.Modifier == claims.ModAfter
}

// countLevel is the count feature of a pair: equal when some pair of
// comparable figures can be the same number, different when comparable
// figures exist and none can, unknown otherwise.
func (p *prepared) countLevel(a, b int) uint8 {
	qa, qb := p.cs[a].Quantities, p.cs[b].Quantities
	if len(qa) == 0 || len(qb) == 0 || !p.countsDated(a, b) {
		return levelMissing
	}
	comparable := false
	for i := range qa {
		for j := range qb {
			if !p.countsComparable(a, i, b, j) {
				continue
			}
			if qa[i].Overlaps(qb[j]) {
				return 1
			}
			comparable = true
		}
	}
	if comparable {
		return 2
	}
	return levelMissing
}
