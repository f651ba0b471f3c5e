package reconcile

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/names"
)

// This file compares aligned claims field by field.

// comparePair compares two aligned claims and reports whether they may
// corroborate each other: not when they conflict, and not when their event
// types differ (which is no conflict: one side's capture is the other's
// withdrawal). Claims of one document (an infobox line and the body) are
// compared on their figures only.
func (p *prepared) comparePair(q pair) ([]finding, bool) {
	a, b, score := int(q.a), int(q.b), float64(q.score)
	if p.info[a].doc == p.info[b].doc {
		// An infobox line shares few words with any sentence; its figures
		// are compared once aligned at all, since countsComparable already
		// asks for the same category and subject.
		return p.compareQuantities(a, b, score, "infobox figure compared with the body of the same document"), false
	}
	if q.via >= 0 {
		// Paired through event groups: the two claims tell parts of one
		// event; what one adds (a toll) is compared with what the other
		// says of it, and names. Their dates and places are those of
		// their groups, compared where the groups were matched.
		fs := p.compareQuantities(a, b, score, "")
		agree := len(fs) == 0 && p.countLevel(a, b) == 1
		return append(fs, p.variants(a, b, score)...), agree
	}
	var fs []finding
	src, revision := p.revision(a, b)
	note := ""
	if revision {
		note = "revision: " + src + " reported both figures, the later one is the revision"
	} else if src != "" {
		note = "both sides credit " + src
	}
	qfs := p.compareQuantities(a, b, score, note)
	// A source revising its own figure later in time is one finding, on
	// the figure; otherwise differing dates are a conflict of their own,
	// even when both sides credit one source ("ISIL confirmed ... on 2
	// February" against "... on 5 February").
	if !revision || len(qfs) == 0 {
		if f, ok := p.compareDates(a, b, score); ok {
			fs = append(fs, f)
		}
	}
	fs = append(fs, qfs...)
	fs = append(fs, p.compareRoles(a, b, score)...)
	agree := len(fs) == 0
	if score < p.opts.ConflictScore {
		// Below the reporting bar a difference is shown only when the
		// pair agrees on everything else (see scoreBut); otherwise it is
		// not shown, and does not keep the pair from corroborating what
		// it agrees on either.
		fs, agree = p.keepDisputed(a, b, fs), len(fs) == 0 || score >= p.opts.MinScore
		if len(fs) > 0 {
			agree = false
		}
	}
	if score < p.opts.MinScore && len(fs) == 0 {
		// Aligned only to report a difference it turned out not to have.
		agree = false
	}
	if len(fs) > 0 && score < undatedConflictScore && p.unreadDates(a, b) &&
		p.cosine(p.info[a].text, p.info[b].text) < p.opts.NearVerbatim {
		// Two accounts whose dates cannot be read against each other (a
		// relative date across excerpts) are one event only on strong
		// evidence: a difference between them may be two events.
		fs, agree = nil, false
	}
	if fa, fb, ok := p.bestFrames(a, b); ok && classRelation(fa, fb) == relOpposed {
		agree = false
	}
	fs = append(fs, p.variants(a, b, score)...)
	return fs, agree
}

// revision reports the attribution source two claims share, and whether
// their own dates lie apart, so that differing figures are one source
// revising itself rather than two accounts disagreeing.
func (p *prepared) revision(a, b int) (string, bool) {
	src := ""
	for _, x := range p.cs[a].Attribution {
		kx := nameKey(x.Source)
		if kx == "" {
			continue
		}
		for _, y := range p.cs[b].Attribution {
			if nameKey(y.Source) == kx {
				src = x.Source
				break
			}
		}
		if src != "" {
			break
		}
	}
	if src == "" {
		return "", false
	}
	// Only dates of their own say when each figure was given: a date
	// inherited from the narrative says nothing of it.
	da, db := p.info[a].date, p.info[b].date
	return src, da != nil && db != nil && !da.Inherited && !db.Inherited && !da.Overlaps(*db)
}

// compareDates reports a date conflict: dates whose intervals cannot
// meet, with bound semantics ("by 28 February" meets 27 February), or,
// when both are periods asserted from start to end, a start or an end
// that differs. A date the account commits to (its own, or one its
// heading or dateline gives) is compared; two dates both only inherited
// from the narrative conflict only with Options.InheritedDateConflicts.
// Low-confidence dates never conflict (they are replaced by the aligned
// account's date).
func (p *prepared) compareDates(a, b int, score float64) (finding, bool) {
	da, db := p.info[a].date, p.info[b].date
	note := ""
	if da == nil || db == nil {
		var ok bool
		da, db, note, ok = p.lowConfidenceDates(a, b)
		if !ok {
			return finding{}, false
		}
	}
	if narrative(da) && narrative(db) && !p.opts.InheritedDateConflicts {
		return finding{}, false
	}
	what := "Date"
	va, vb := formatSpan(da), formatSpan(db)
	switch {
	case !da.Overlaps(*db):
	case da.Period && db.Period && da.Modifier == claims.ModNone && db.Modifier == claims.ModNone &&
		da.Precision == claims.PrecisionDay && db.Precision == claims.PrecisionDay:
		// Durations: each bound is a fact of its own.
		switch {
		case da.Start != db.Start:
			what, va, vb = "Start date", formatPoint(da.Start, claims.PrecisionDay), formatPoint(db.Start, claims.PrecisionDay)
		case da.End != db.End:
			what, va, vb = "End date", formatPoint(da.End, claims.PrecisionDay), formatPoint(db.End, claims.PrecisionDay)
		default:
			return finding{}, false
		}
	default:
		return finding{}, false
	}
	f := p.newFinding(claims.Conflict, claims.FieldDate, []int{a, b}, score)
	f.Values = []string{va, vb}
	f.ValueSpans = []claims.Span{da.Span, db.Span}
	for k, d := range []*claims.TimeSpan{da, db} {
		switch {
		case d.Inherited && d.InheritedFrom == claims.AnchorHeading:
			f.Values[k] += " (from the heading)"
		case d.Inherited && d.InheritedFrom == claims.AnchorDocument:
			f.Values[k] += " (the document's date)"
		case d.Inherited:
			f.Values[k] += " (inherited)"
		}
	}
	f.Summary = fmt.Sprintf("%s differs: %s — %s, %s", what, f.Event, p.side(a, f.Values[0]), p.side(b, f.Values[1]))
	f.Note = joinNotes(f.Note, note)
	return f, true
}

// lowConfidenceDates returns the dates to compare when one side or both
// have a low-confidence date (anchored across a gap in an excerpt).
//   - Both low-confidence: each was guessed the same way, so a difference
//     between them is real: compare them as they are.
//   - One low-confidence with an explicit day or month whose year alone was
//     guessed ("On 27 March" in an excerpt): compare it in the other
//     side's year, so 27 March against 24 March conflicts but the guessed
//     year never does.
//   - A relative date ("Three days later") in an excerpt: no comparison;
//     it takes the aligned account's date (see adoptDates).
func (p *prepared) lowConfidenceDates(a, b int) (da, db *claims.TimeSpan, note string, ok bool) {
	ca, cb := p.cs[a].Date, p.cs[b].Date
	if ca == nil || cb == nil {
		return nil, nil, "", false
	}
	switch {
	case ca.LowConfidence && cb.LowConfidence:
		return ca, cb, "both dates were anchored across excerpts", true
	case ca.LowConfidence && p.info[b].date != nil:
		if x, ok := inYearOf(ca, cb); ok {
			return x, cb, "the year of the excerpt's date is taken from the other account", true
		}
	case cb.LowConfidence && p.info[a].date != nil:
		if y, ok := inYearOf(cb, ca); ok {
			return ca, y, "the year of the excerpt's date is taken from the other account", true
		}
	}
	return nil, nil, "", false
}

// inYearOf moves a year-guessed date into the year of ref, keeping its
// day and month. Only dates whose year alone was inferred qualify.
func inYearOf(d, ref *claims.TimeSpan) (*claims.TimeSpan, bool) {
	if d.Anchor != claims.AnchorPrevious && d.Anchor != claims.AnchorTitle && d.Anchor != claims.AnchorHeading {
		return nil, false
	}
	if d.Precision != claims.PrecisionDay && d.Precision != claims.PrecisionDays && d.Precision != claims.PrecisionMonth {
		return nil, false
	}
	dy, _, _ := d.Start.Date()
	ry, _, _ := ref.Start.Date()
	shift := func(x claims.Day) claims.Day {
		y, m, dd := x.Date()
		return claims.NewDay(y+ry-dy, m, dd)
	}
	moved := *d
	moved.Start, moved.End = shift(d.Start), shift(d.End)
	return &moved, true
}

// compareQuantities reports figures of the same kind of thing that cannot
// be the same number. Quantities are matched across the two claims by
// kind, unit, category and subject, totals with totals and parts with
// parts; a figure that agrees with some counterpart is not compared
// further.
func (p *prepared) compareQuantities(a, b int, score float64, note string) []finding {
	qa, qb := p.cs[a].Quantities, p.cs[b].Quantities
	if len(qa) == 0 || len(qb) == 0 || !p.countsDated(a, b) {
		return nil
	}
	matchedA := make([]bool, len(qa))
	usedB := make([]bool, len(qb))
	for i := range qa {
		for j := range qb {
			if !usedB[j] && p.countsAlike(a, i, b, j, score) && qa[i].Overlaps(qb[j]) {
				matchedA[i], usedB[j] = true, true
				break
			}
		}
	}
	var fs []finding
	for i := range qa {
		if matchedA[i] {
			continue
		}
		for j := range qb {
			if usedB[j] || !p.countsAlike(a, i, b, j, score) {
				continue
			}
			usedB[j] = true
			f := p.newFinding(claims.Conflict, claims.FieldQuantity, []int{a, b}, score)
			f.Values = []string{formatQuantity(qa[i]), formatQuantity(qb[j])}
			f.ValueSpans = []claims.Span{qa[i].Span, qb[j].Span}
			f.Note = joinNotes(note, f.Note)
			f.Summary = fmt.Sprintf("%s differs: %s — %s, %s", quantityWhat(qa[i], qb[j]), f.Event, p.side(a, f.Values[0]), p.side(b, f.Values[1]))
			fs = append(fs, f)
			break
		}
	}
	return fs
}

// quantityKind is a quantity's kind, a count when unset.
func quantityKind(q claims.Quantity) claims.QuantityKind {
	if q.Kind == "" {
		return claims.KindCount
	}
	return q.Kind
}

// compareRoles reports, for the frames of two aligned claims that tell
// one event (same or related class), named agents that are disjoint sets
// of entities (an actor conflict), and single specific places that are
// different places (a place conflict). Patients are not compared: who
// was hit is often told by one account only, in other words. Negated or
// denied events, and frames of opposed classes, are not compared.
func (p *prepared) compareRoles(a, b int, score float64) []finding {
	fa, fb, ok := p.bestFrames(a, b)
	if !ok {
		return nil
	}
	var fs []finding
	if f, ok := p.compareAgents(a, b, score); ok {
		fs = append(fs, f)
	}
	if f, ok := p.comparePlaces(a, b, fa, fb, score); ok {
		fs = append(fs, f)
	}
	return fs
}

// compareAgents reports an actor conflict: frames of the two claims that
// tell one act (the same or a related class, neither negated) with named
// agents that are disjoint sets of entities and of names, when no such
// pair of frames shares an agent (a sentence may tell two acts by two
// groups; the other account may tell only one of them).
func (p *prepared) compareAgents(a, b int, score float64) (finding, bool) {
	ia, ib := &p.info[a], &p.info[b]
	// Frames of the same class first; related classes (an attack told as
	// a clash) only when no class is shared.
	var found *[2]*frameInfo
	for _, want := range []relation{relSame, relRelated} {
		shared := map[claims.EventType]bool{}
		var cands [][2]*frameInfo
		for x := range ia.frames {
			for y := range ib.frames {
				fa, fb := &ia.frames[x], &ib.frames[y]
				if classRelation(fa, fb) != want || fa.negated || fb.negated || len(fa.agents) == 0 || len(fb.agents) == 0 {
					continue
				}
				if intersects(fa.agents, fb.agents) {
					shared[fa.class], shared[fb.class] = true, true
					continue
				}
				if intersects(fa.agents, fb.patients) || intersects(fb.agents, fa.patients) {
					// One side's actor is the other's target: the two
					// tell the blow and the answer, not one act by two
					// groups.
					continue
				}
				if intersects(fa.agents, ib.ents) || intersects(fb.agents, ia.ents) {
					// The other account names this actor too ("fighting
					// between ISIL and rebel units, including al-Nusra"
					// against "al-Nusra was still fighting"): the
					// accounts read its part differently, they do not
					// name another actor.
					continue
				}
				if !p.sameTarget(a, b, fa, fb) {
					// Two acts of one class on one day by different
					// groups are two acts unless they hit the same place
					// or the same people, or are told in like words.
					continue
				}
				cands = append(cands, [2]*frameInfo{fa, fb})
			}
		}
		for _, c := range cands {
			if !shared[c[0].class] && !shared[c[1].class] {
				found = &c
				break
			}
		}
		if found != nil || len(shared) > 0 || len(cands) > 0 {
			break
		}
	}
	if found == nil {
		return finding{}, false
	}
	ma, mb := p.mentionsOf(a, found[0].agents, claims.RoleAgent), p.mentionsOf(b, found[1].agents, claims.RoleAgent)
	if len(ma) == 0 || len(mb) == 0 || namesOverlap(ma, mb) {
		return finding{}, false
	}
	f := p.newFinding(claims.Conflict, claims.FieldActor, []int{a, b}, score)
	f.Values = []string{mentionTexts(ma), mentionTexts(mb)}
	f.ValueSpans = []claims.Span{ma[0].Span, mb[0].Span}
	f.Evidence = append(p.evidenceOf(a, ma), p.evidenceOf(b, mb)...)
	f.Summary = fmt.Sprintf("Actor differs: %s — %s, %s", f.Event, p.side(a, f.Values[0]), p.side(b, f.Values[1]))
	return f, true
}

// sameTarget reports whether two frames of different actors may still be
// one act: they share a place or a named patient, or their claims share
// much of their wording.
func (p *prepared) sameTarget(a, b int, fa, fb *frameInfo) bool {
	if intersects(fa.places, fb.places) || placeNamesMeet(fa.placeCores, fb.placeCores) || intersects(fa.patients, fb.patients) {
		return true
	}
	return textLevel(p.similarity(p.info[a].text, p.info[b].text)) <= 2
}

// bestFrames returns the frames of claims a and b that fit each other
// best (see matchFrames).
func (p *prepared) bestFrames(a, b int) (*frameInfo, *frameInfo, bool) {
	fa, fb, _, ok := p.matchFrames(a, b)
	return fa, fb, ok
}

// mentionsOf returns the mentions of claim i whose entities are in ids,
// named (not generic), in the order of the text.
func (p *prepared) mentionsOf(i int, ids []int32, role claims.Role) []claims.Mention {
	var out []claims.Mention
	for _, m := range p.info[i].ments {
		if m.entity < 0 || !slices.Contains(ids, m.entity) {
			continue
		}
		mm := &p.cs[i].Mentions[m.index]
		if mm.Kind == claims.MentionGeneric || role == claims.RoleAgent && mm.Kind == claims.MentionPlace {
			continue
		}
		out = append(out, *mm)
	}
	return out
}

// evidenceOf says how the mentions ms of claim i were resolved.
func (p *prepared) evidenceOf(i int, ms []claims.Mention) []string {
	var out []string
	for _, m := range p.info[i].ments {
		mm := &p.cs[i].Mentions[m.index]
		for _, x := range ms {
			if x.Span == mm.Span {
				out = append(out, fmt.Sprintf("%s %q resolves to %s", p.short[p.info[i].doc], mm.Text, p.res[m.res].Canonical))
				break
			}
		}
	}
	return out
}

func intersects(a, b []int32) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			return true
		}
	}
	return false
}

func mentionTexts(ms []claims.Mention) string {
	var s []string
	for _, m := range ms {
		if !slices.Contains(s, m.Text) {
			s = append(s, m.Text)
		}
	}
	return strings.Join(s, ", ")
}

// variants reports an entity named differently on the two sides: mentions
// in compatible roles that resolve to one entity while their folded
// surface forms differ. One finding per entity.
func (p *prepared) variants(a, b int, score float64) []finding {
	var fs []finding
	var done []int32
	for _, x := range p.info[a].ments {
		if x.entity < 0 {
			continue
		}
		mx := &p.cs[a].Mentions[x.index]
		if mx.Kind == claims.MentionGeneric || slices.Contains(done, x.entity) {
			continue
		}
		if p.namesShared(a, b, x.entity) {
			// one side also uses a name the other uses: not named
			// differently, whatever else each says
			continue
		}
		for _, y := range p.info[b].ments {
			if y.entity != x.entity || x.key == y.key {
				continue
			}
			my := &p.cs[b].Mentions[y.index]
			if my.Kind == claims.MentionGeneric {
				continue
			}
			if mx.Role != my.Role && mx.Role != claims.RoleNone && my.Role != claims.RoleNone {
				continue
			}
			if !names.Same(p.res[x.res], p.res[y.res]) {
				continue
			}
			done = append(done, x.entity)

			f := p.newFinding(claims.Variant, claims.FieldName, []int{a, b}, score)
			f.Values = []string{mx.Text, my.Text}
			f.ValueSpans = []claims.Span{mx.Span, my.Span}
			f.Evidence = append(append([]string(nil), p.nameEvidence(*mx, p.dateOf(a))...), p.nameEvidence(*my, p.dateOf(b))...)
			canon := p.res[x.res].Canonical
			if canon == "" {
				canon = mx.Text
			}
			f.Summary = fmt.Sprintf("Named differently: %s (%s) — %s, %s", canon, f.Event, p.side(a, quote(mx.Text)), p.side(b, quote(my.Text)))
			fs = append(fs, f)
			break
		}
	}
	return fs
}

// namesShared reports whether claims a and b have a surface form of
// entity e in common.
func (p *prepared) namesShared(a, b int, e int32) bool {
	for _, x := range p.info[a].ments {
		if x.entity != e {
			continue
		}
		for _, y := range p.info[b].ments {
			if y.entity == e && y.key == x.key {
				return true
			}
		}
	}
	return false
}

func quote(s string) string { return "“" + s + "”" }

// nameEvidence returns the evidence of a mention resolved at a date,
// computed once per name, kind and date.
func (p *prepared) nameEvidence(m claims.Mention, at *claims.TimeSpan) []string {
	k := evKey{name: m.Text, kind: m.Kind}
	if at != nil {
		k.start, k.end, k.mod, k.dated = at.Start, at.End, at.Modifier, true
	}
	p.evMu.Lock()
	ev, ok := p.evCache[k]
	p.evMu.Unlock()
	if ok {
		return ev
	}
	ev = resolutionEvidence(m.Text, p.resolver.Resolve(m.Text, m.Kind, at))
	p.evMu.Lock()
	if p.evCache == nil {
		p.evCache = map[evKey][]string{}
	}
	p.evCache[k] = ev
	p.evMu.Unlock()
	return ev
}

// resolutionEvidence describes one resolution for a person.
func resolutionEvidence(name string, r names.Resolution) []string {
	var out []string
	for _, e := range r.Evidence {
		s := fmt.Sprintf("%q → %s: %s", name, r.Canonical, e.Kind)
		if e.Score > 0 && e.Score < 1 {
			s += " " + strconv.FormatFloat(e.Score, 'f', 2, 64)
		}
		if e.Detail != "" {
			s += " (" + e.Detail + ")"
		}
		if e.Source != "" {
			s += " [" + e.Source + "]"
		}
		out = append(out, s)
	}
	if r.NameAtDate != "" && r.NameAtDate != name {
		out = append(out, fmt.Sprintf("%q: the name at the claim's date is %s", name, r.NameAtDate))
	}
	return out
}

// alternatives compares every alternative report with the count it
// answers (Quantity.AlternativeTo = "<claim id>/<index>").
func (p *prepared) alternatives() []finding {
	var fs []finding
	for i, c := range p.cs {
		for _, q := range c.Quantities {
			if q.AlternativeTo == "" {
				continue
			}
			j, idx, ok := p.alternativeTarget(q.AlternativeTo)
			if !ok || p.info[j].doc != p.info[i].doc {
				continue
			}
			t := p.cs[j].Quantities[idx]
			if t.Overlaps(q) || (t.Low == nil && t.High == nil) || (q.Low == nil && q.High == nil) {
				continue
			}
			ids := []int{j, i}
			vals := []string{formatQuantity(t), formatQuantity(q)}
			spans := []claims.Span{t.Span, q.Span}
			if i < j {
				ids = []int{i, j}
				vals[0], vals[1] = vals[1], vals[0]
				spans[0], spans[1] = spans[1], spans[0]
			}
			f := p.newFinding(claims.Conflict, claims.FieldQuantity, ids, 1)
			f.Values, f.ValueSpans = vals, spans
			if q.Revision {
				f.Note = joinNotes("revision: the later figure revises the earlier one within one document", f.Note)
			} else {
				f.Note = joinNotes("alternative report within one document", f.Note)
			}
			f.Evidence = []string{fmt.Sprintf("%s line %d: %q is given as another report of %q (line %d)",
				p.short[p.info[i].doc], c.Provenance.Line, q.Span.Text, t.Span.Text, p.cs[j].Provenance.Line)}
			f.Summary = fmt.Sprintf("%s differs between reports: %s — %s, %s", quantityWhat(t, q), f.Event,
				p.side(ids[0], vals[0]), p.side(ids[1], vals[1]))
			fs = append(fs, f)
		}
	}
	return fs
}

// alternativeTarget parses "<claim id>/<index>".
func (p *prepared) alternativeTarget(ref string) (int, int, bool) {
	cut := strings.LastIndexByte(ref, '/')
	if cut < 0 {
		return 0, 0, false
	}
	j, ok := p.byID[ref[:cut]]
	if !ok || j < 0 {
		return 0, 0, false
	}
	idx, err := strconv.Atoi(ref[cut+1:])
	if err != nil || idx < 0 || idx >= len(p.cs[j].Quantities) {
		return 0, 0, false
	}
	return j, idx, true
}

// corroborations reports every group of claims aligned across documents
// without conflict: the connected parts of the alignment graph once
// conflicting pairs are left out. A variant naming does not break a
// group. Every document counts as independent, copies included: Concord
// cannot tell copying from agreement, and says so in the note when all
// pairs are near-verbatim.
func (p *prepared) corroborations(aligned []pair, agree []bool) []finding {
	parent := make([]int32, len(p.cs))
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(x int32) int32
	find = func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	// Groups are joined by the pairs of the one-to-one matching only;
	// a pair aligned beside it (a claim's second counterpart, a pair of
	// event groups) that agrees is a corroboration of its own when its
	// claims are not in one group already, so that one sentence telling
	// two events does not chain them into one group.
	keep := func(k int) bool {
		q := aligned[k]
		return agree[k] && p.info[q.a].doc != p.info[q.b].doc && q.via == -1
	}
	edges := 0
	for k, q := range aligned {
		if !keep(k) {
			continue
		}
		edges++
		ra, rb := find(q.a), find(q.b)
		parent[max(ra, rb)] = min(ra, rb)
	}
	if edges == 0 {
		return p.pairCorroborations(aligned, agree, find)
	}
	// Per group (by root): the lowest score, whether every edge is
	// near-verbatim, and the members, in canonical order.
	n := len(p.cs)
	minScore := make([]float32, n)
	verbatim := make([]bool, n)
	inGroup := make([]bool, n)
	for k, q := range aligned {
		if !keep(k) {
			continue
		}
		r := find(q.a)
		if !inGroup[r] {
			minScore[r], verbatim[r] = q.score, true
		}
		minScore[r] = min(minScore[r], q.score)
		if verbatim[r] {
			verbatim[r] = p.cosine(p.info[q.a].text, p.info[q.b].text) >= p.opts.NearVerbatim
		}
		inGroup[q.a], inGroup[q.b], inGroup[r] = true, true, true
	}
	// Members by root, as one flat list (counting sort), each group's in
	// canonical order.
	start := make([]int32, n+1)
	for i := range n {
		if inGroup[i] {
			start[find(int32(i))+1]++
		}
	}
	for i := range n {
		start[i+1] += start[i]
	}
	flat := make([]int32, start[n])
	next := slices.Clone(start[:n])
	for i := range n {
		if inGroup[i] {
			r := find(int32(i))
			flat[next[r]] = int32(i)
			next[r]++
		}
	}
	next = nil
	seenDoc := make([]int32, len(p.docs)) // group number + 1 that listed the document
	var fs []finding
	for r := range n {
		members := flat[start[r]:start[r+1]]
		if len(members) == 0 {
			continue
		}
		// One claim per document, in canonical order.
		var listed []int
		var docs []int32
		for _, m := range members {
			if d := p.info[m].doc; seenDoc[d] != int32(r)+1 {
				seenDoc[d] = int32(r) + 1
				docs = append(docs, d)
				listed = append(listed, int(m))
			}
		}
		if len(docs) < 2 {
			continue
		}
		more := 0
		if len(listed) > p.opts.MaxFindingClaims {
			more = len(listed) - p.opts.MaxFindingClaims
			listed = listed[:p.opts.MaxFindingClaims]
		}
		f := p.newFinding(claims.Corroboration, claims.FieldClaim, listed, float64(minScore[r]))
		f.docs, f.Documents = docs, len(docs)
		for _, m := range listed {
			f.Values = append(f.Values, formatSpan(p.dateOf(m)))
		}
		var note []string
		if verbatim[r] {
			note = append(note, "near-verbatim: the documents may copy one another; each counts as one")
		}
		if more > 0 {
			note = append(note, fmt.Sprintf("%d more documents agree, not listed", more))
		}
		f.Note = joinNotes(strings.Join(note, "; "), f.Note)
		var sides []string
		for k, m := range listed {
			if k == 3 {
				sides = append(sides, fmt.Sprintf("and %d more", len(docs)-3))
				break
			}
			sides = append(sides, fmt.Sprintf("%s (line %d)", p.short[p.info[m].doc], p.cs[m].Provenance.Line))
		}
		f.Summary = fmt.Sprintf("Agreed by %d documents: %s — %s", len(docs), f.Event, strings.Join(sides, ", "))
		fs = append(fs, f)
	}
	return append(fs, p.pairCorroborations(aligned, agree, find)...)
}

// pairCorroborations reports each agreeing pair aligned beside the
// one-to-one matching whose claims are not in one group already.
func (p *prepared) pairCorroborations(aligned []pair, agree []bool, find func(int32) int32) []finding {
	var fs []finding
	for k, q := range aligned {
		if q.via == -1 || !agree[k] || p.info[q.a].doc == p.info[q.b].doc || find(q.a) == find(q.b) {
			continue
		}
		// A pair aligned through its event groups is compared so that a
		// count told in the next sentence meets its counterpart; it
		// corroborates only when it would align on its own.
		if p.score(q.a, q.b) < p.opts.MinScore {
			continue
		}
		a, b := int(q.a), int(q.b)
		f := p.newFinding(claims.Corroboration, claims.FieldClaim, []int{a, b}, float64(q.score))
		f.Values = []string{formatSpan(p.dateOf(a)), formatSpan(p.dateOf(b))}
		f.Summary = fmt.Sprintf("Agreed by 2 documents: %s — %s (line %d), %s (line %d)", f.Event,
			p.short[p.info[a].doc], p.cs[a].Provenance.Line, p.short[p.info[b].doc], p.cs[b].Provenance.Line)
		fs = append(fs, f)
	}
	return fs
}

// unreadDates reports whether both claims have dates but they cannot be
// compared (one is a relative date across excerpts).
func (p *prepared) unreadDates(a, b int) bool {
	if p.cs[a].Date == nil || p.cs[b].Date == nil {
		return false
	}
	da, db := p.comparableDates(a, b)
	return da == nil || db == nil
}

// undatedConflictScore is the score a pair whose dates cannot be compared
// needs for its differences to be reported.
const undatedConflictScore = 0.9

// fieldFeature maps the field of a conflict to the feature it disputes.
var fieldFeature = map[claims.Field]feature{
	claims.FieldDate:     featDate,
	claims.FieldQuantity: featCount,
	claims.FieldPlace:    featPlace,
	claims.FieldActor:    featAgent,
}

// keepDisputed keeps, of the conflicts fs between a and b, the one on the
// single feature the pair disputes when the pair scores at least
// ConflictScore on everything else, noting so in its evidence.
func (p *prepared) keepDisputed(a, b int, fs []finding) []finding {
	but, f, ok := scoreBut(p.pairLevels(int32(a), int32(b)))
	if !ok || but <= p.opts.ConflictScore {
		return nil
	}
	var out []finding
	for _, x := range fs {
		if x.Kind == claims.Conflict && fieldFeature[x.Field] == f {
			x.Evidence = append(x.Evidence, fmt.Sprintf("the accounts agree on all but the %s: without it they score %.2f", featureNames[f], but))
			out = append(out, x)
		}
	}
	return out
}

// namesOverlap reports whether a name of one list may be a short form of a
// name of the other: all the words of one are words of the other ("the
// Legion" and "the Rahman Legion", "Suleiman" and "Hussein Suleiman").
// The resolver keeps such names apart when it cannot tell; as two actors
// in a conflict, they are too close to call different.
func namesOverlap(as, bs []claims.Mention) bool {
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
	for _, a := range as {
		for _, b := range bs {
			wa, wb := stems(a.Text), stems(b.Text)
			if sub(wa, wb) || sub(wb, wa) {
				return true
			}
		}
	}
	return false
}
