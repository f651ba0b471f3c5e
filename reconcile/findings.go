package reconcile

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
)

// This file turns comparisons into findings: event labels, one-line
// summaries, fingerprints and the stable order of a report.

// finding is a claims.Finding with the canonical indices of its claims,
// used for fingerprints, merging and ordering. Claims are filled in by
// finish.
type finding struct {
	claims.Finding
	idx   []int
	docs  []int32 // all documents of the merged findings
	pairs int     // how many findings were merged into this one
}

// newFinding starts a finding over claims idx (canonical indices): the
// event label, the documents and the notes on adopted dates.
func (p *prepared) newFinding(kind claims.FindingKind, field claims.Field, idx []int, score float64) finding {
	f := finding{idx: idx, pairs: 1}
	f.Kind, f.Field, f.Score = kind, field, roundScore(score)
	var notes []string
	for _, i := range idx {
		if d := p.info[i].doc; !slices.Contains(f.docs, d) {
			f.docs = append(f.docs, d)
		}
		if ad, ok := p.adopted[i]; ok {
			n := fmt.Sprintf("the date of %s line %d is low-confidence: taken as %s from %s line %d",
				p.short[p.info[i].doc], p.cs[i].Provenance.Line, formatSpan(p.cs[ad.from].Date),
				p.short[p.info[ad.from].doc], p.cs[ad.from].Provenance.Line)
			if !slices.Contains(notes, n) {
				notes = append(notes, n)
			}
		}
	}
	f.Documents = len(f.docs)
	f.Event = p.eventLabel(idx)
	f.Note = strings.Join(notes, "; ")
	return f
}

// merger collects findings, merging conflicts and variants with the same
// fingerprint: the same difference between the same two texts, found again
// between other copies of them. The first finding (in canonical order) is
// kept with its summary; the claims of the others are added, one per
// document, up to Options.MaxFindingClaims, and Documents counts every
// document. This keeps a report on thousands of copies readable and its
// size bounded by the number of distinct differences.
type merger struct {
	p    *prepared
	byFP map[string]int
	out  []finding
	// docSets holds the documents of a merged finding (by index into
	// out) once it has many, so that adding one is not a linear search.
	docSets map[int]map[int32]bool
}

// hasDoc reports whether merged finding k lists document d.
func (m *merger) hasDoc(k int, d int32) bool {
	if set, ok := m.docSets[k]; ok {
		return set[d]
	}
	return slices.Contains(m.out[k].docs, d)
}

// addDoc records document d for merged finding k.
func (m *merger) addDoc(k int, d int32) {
	g := &m.out[k]
	g.docs = append(g.docs, d)
	set, ok := m.docSets[k]
	if !ok && len(g.docs) > 32 {
		if m.docSets == nil {
			m.docSets = map[int]map[int32]bool{}
		}
		set = make(map[int32]bool, 2*len(g.docs))
		for _, x := range g.docs {
			set[x] = true
		}
		m.docSets[k] = set
	}
	if set != nil {
		set[d] = true
	}
}

func (m *merger) add(fs ...finding) {
	for _, f := range fs {
		if f.Fingerprint == "" {
			f.Fingerprint = m.p.fingerprint(&f)
		}
		if f.Kind == claims.Corroboration || len(f.docs) < 2 {
			// Groups are already one finding each; findings within one
			// document stay with their document.
			m.out = append(m.out, f)
			continue
		}
		k, ok := m.byFP[f.Fingerprint]
		if !ok {
			if m.byFP == nil {
				m.byFP = map[string]int{}
			}
			m.byFP[f.Fingerprint] = len(m.out)
			m.out = append(m.out, f)
			continue
		}
		g := &m.out[k]
		g.pairs++
		for j, i := range f.idx {
			d := m.p.info[i].doc
			if m.hasDoc(k, d) {
				continue
			}
			m.addDoc(k, d)
			if len(g.idx) < m.p.opts.MaxFindingClaims {
				g.idx = append(g.idx, i)
				g.Values = append(g.Values, f.Values[j])
				if len(g.ValueSpans) > 0 && j < len(f.ValueSpans) {
					g.ValueSpans = append(g.ValueSpans, f.ValueSpans[j])
				}
			}
		}
		g.Documents = len(g.docs)
	}
}

// roundScore keeps four decimals, so that output does not show float
// noise.
func roundScore(s float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(s, 'f', 4, 64), 64)
	return v
}

// claimOut returns a copy of claim i with its mentions' entities set.
func (p *prepared) claimOut(i int) claims.Claim {
	c := *p.cs[i]
	if len(p.info[i].ments) > 0 {
		c.Mentions = slices.Clone(c.Mentions)
		for _, m := range p.info[i].ments {
			c.Mentions[m.index].Entity = p.res[m.res].Entity
		}
	}
	return c
}

// side renders one side of a summary: "000 says 26 (line 70; per SOHR;
// reportedly)".
func (p *prepared) side(i int, value string) string {
	c := p.cs[i]
	var b strings.Builder
	b.WriteString(p.short[p.info[i].doc])
	if p.info[i].infobox && len(c.Provenance.Section) > 1 {
		b.WriteString(" infobox " + c.Provenance.Section[len(c.Provenance.Section)-1])
	}
	b.WriteString(" says " + value + " (line " + strconv.Itoa(c.Provenance.Line))
	var srcs []string
	for _, a := range c.Attribution {
		if a.Source != "" && !slices.Contains(srcs, a.Source) {
			srcs = append(srcs, a.Source)
		}
	}
	if len(srcs) > 0 {
		b.WriteString("; per " + strings.Join(srcs, ", "))
	}
	var hs []string
	for _, h := range c.Hedges {
		if cue := strings.ToLower(h.Cue); cue != "" && !slices.Contains(hs, cue) {
			hs = append(hs, cue)
		}
	}
	if len(hs) > 0 {
		b.WriteString("; " + strings.Join(hs, ", "))
	}
	b.WriteString(")")
	return b.String()
}

// openingWords returns the first n words of s, citation markers left out,
// with an ellipsis when there are more.
func openingWords(s string, n int) string {
	var out []string
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "[") {
			continue
		}
		out = append(out, w)
		if len(out) == n {
			return strings.TrimRight(strings.Join(out, " "), ",;:") + "…"
		}
	}
	return strings.TrimRight(strings.Join(out, " "), ".,;:")
}

// shortNames returns the name each document is called by in summaries:
// its base name without extension, shortened to the part before the first
// "_" when that part is still unique ("000_6dc8d31cd56bbb99.txt" → "000").
func shortNames(docs []string) []string {
	base := make([]string, len(docs))
	short := make([]string, len(docs))
	seen := map[string]int{}
	for i, d := range docs {
		b := path.Base(strings.ReplaceAll(d, "\\", "/"))
		if ext := path.Ext(b); ext != "" && ext != b {
			b = strings.TrimSuffix(b, ext)
		}
		if b == "" || b == "." || b == "/" {
			b = d
		}
		base[i] = b
		s := b
		if k := strings.IndexByte(b, '_'); k > 0 {
			s = b[:k]
		}
		short[i] = s
		seen[s]++
	}
	seenBase := map[string]int{}
	for _, b := range base {
		seenBase[b]++
	}
	for i := range short {
		if seen[short[i]] > 1 {
			short[i] = base[i]
		}
		if seenBase[short[i]] > 1 {
			short[i] = docs[i]
		}
	}
	return short
}

// formatSpan renders a date as a person writes it: "4 March 2014",
// "by 28 February 2014", "September 2014", "18–23 September 2013",
// "early October 2013".
func formatSpan(t *claims.TimeSpan) string {
	if t == nil {
		return "undated"
	}
	switch t.Modifier {
	case claims.ModBefore:
		return "by " + formatPoint(t.End, t.Precision)
	case claims.ModAfter:
		return "since " + formatPoint(t.Start, t.Precision)
	case claims.ModStart, claims.ModMid, claims.ModEnd:
		word := map[claims.Modifier]string{claims.ModStart: "early", claims.ModMid: "mid", claims.ModEnd: "late"}[t.Modifier]
		switch t.Precision {
		case claims.PrecisionMonth, claims.PrecisionYear:
			return word + " " + formatPoint(t.Start, t.Precision)
		}
		return word + " " + formatRange(t.Start, t.End)
	case claims.ModApprox:
		return "around " + formatRange(t.Start, t.End)
	}
	return formatRange(t.Start, t.End)
}

// formatPoint renders one day at a precision.
func formatPoint(d claims.Day, prec claims.Precision) string {
	y, m, day := d.Date()
	switch prec {
	case claims.PrecisionMonth:
		return fmt.Sprintf("%s %d", m, y)
	case claims.PrecisionYear, claims.PrecisionYears:
		return strconv.Itoa(y)
	}
	return fmt.Sprintf("%d %s %d", day, m, y)
}

// formatRange renders an inclusive interval of days.
func formatRange(s, e claims.Day) string {
	if e < s {
		s, e = e, s
	}
	sy, sm, sd := s.Date()
	ey, em, ed := e.Date()
	firstOfMonth := sd == 1
	lastOfMonth := e.AddDays(1).Time().Day() == 1
	switch {
	case s == e:
		return fmt.Sprintf("%d %s %d", sd, sm, sy)
	case sy == ey && sm == time.January && em == time.December && firstOfMonth && ed == 31:
		return strconv.Itoa(sy)
	case firstOfMonth && lastOfMonth && sy == ey && sm == em:
		return fmt.Sprintf("%s %d", sm, sy)
	case firstOfMonth && lastOfMonth && sy == ey:
		return fmt.Sprintf("%s–%s %d", sm, em, sy)
	case firstOfMonth && lastOfMonth:
		return fmt.Sprintf("%s %d – %s %d", sm, sy, em, ey)
	case sy == ey && sm == em:
		return fmt.Sprintf("%d–%d %s %d", sd, ed, sm, sy)
	case sy == ey:
		return fmt.Sprintf("%d %s – %d %s %d", sd, sm, ed, em, sy)
	}
	return fmt.Sprintf("%d %s %d – %d %s %d", sd, sm, sy, ed, em, ey)
}

// formatQuantity renders a figure as written, or its interval when the
// text is unknown.
func formatQuantity(q claims.Quantity) string {
	if t := strings.TrimSpace(q.Span.Text); t != "" {
		return t
	}
	num := func(v *float64) string { return strconv.FormatFloat(*v, 'f', -1, 64) }
	switch {
	case q.Low != nil && q.High != nil && *q.Low == *q.High:
		return num(q.Low)
	case q.Low != nil && q.High != nil:
		return num(q.Low) + "–" + num(q.High)
	case q.Low != nil && q.LowExclusive:
		return "more than " + num(q.Low)
	case q.Low != nil:
		return "at least " + num(q.Low)
	case q.High != nil && q.HighExclusive:
		return "fewer than " + num(q.High)
	case q.High != nil:
		return "up to " + num(q.High)
	}
	return "unknown"
}

// quantityWhat names what two figures count: "Count of people killed".
func quantityWhat(a, b claims.Quantity) string {
	subj := cmp.Or(strings.TrimSpace(a.Subject), strings.TrimSpace(b.Subject))
	cat := cmp.Or(strings.TrimSpace(a.Category), strings.TrimSpace(b.Category))
	what := strings.TrimSpace(subj + " " + cat)
	noun := "Count"
	if quantityKind(a) != claims.KindCount {
		noun = "Figure"
	}
	if what == "" {
		return noun
	}
	return noun + " of " + what
}

func joinNotes(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// finish returns the findings with their claims in their stable order:
// by severity, event label, field, fingerprint, then position.
func (p *prepared) finish(fs []finding) []claims.Finding {
	for k := range fs {
		f := &fs[k]
		if f.pairs > 1 {
			f.Note = joinNotes(f.Note, fmt.Sprintf("the same difference is found %d times, across %d documents", f.pairs, f.Documents))
		}
	}
	slices.SortStableFunc(fs, func(x, y finding) int {
		return cmp.Or(
			cmp.Compare(y.Kind.Severity(), x.Kind.Severity()),
			cmp.Compare(x.Event, y.Event),
			cmp.Compare(x.Field, y.Field),
			cmp.Compare(x.Fingerprint, y.Fingerprint),
			slices.Compare(x.idx, y.idx),
			slices.Compare(x.Values, y.Values),
			cmp.Compare(x.Summary, y.Summary),
		)
	})
	out := make([]claims.Finding, len(fs))
	for k := range fs {
		out[k] = fs[k].Finding
		out[k].Claims = make([]claims.Claim, len(fs[k].idx))
		for j, i := range fs[k].idx {
			out[k].Claims[j] = p.claimOut(i)
		}
	}
	return out
}

// fingerprint is the first 16 hex digits of the SHA-256 of the finding's
// kind, field, the folded content words of its claims' clauses (sorted)
// and, for conflicts and variants, its folded values (sorted). Line
// numbers, offsets and document names are left out, so a fingerprint
// survives edits elsewhere in a document and the renaming of a file.
func (p *prepared) fingerprint(f *finding) string {
	h := sha256.New()
	h.Write([]byte(f.Kind))
	h.Write([]byte{0})
	h.Write([]byte(f.Field))
	var texts []string
	for _, i := range f.idx {
		texts = append(texts, hex.EncodeToString(p.texts[p.info[i].text].hash[:]))
	}
	slices.Sort(texts)
	for _, t := range texts {
		h.Write([]byte{0})
		h.Write([]byte(t))
	}
	if f.Kind != claims.Corroboration {
		vals := make([]string, len(f.Values))
		for k, v := range f.Values {
			vals[k] = strings.Join(words(v), " ")
		}
		slices.Sort(vals)
		for _, v := range vals {
			h.Write([]byte{1})
			h.Write([]byte(v))
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// adoptionList returns the dates taken from aligned accounts, in canonical
// order.
func (p *prepared) adoptionList() []DateAdoption {
	var idx []int
	for i := range p.adopted {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	var out []DateAdoption
	for _, i := range idx {
		ad := p.adopted[i]
		c, from := p.cs[i], p.cs[ad.from]
		out = append(out, DateAdoption{
			Claim: c.ID, Doc: c.Provenance.Doc, Line: c.Provenance.Line,
			Own: *c.Date, Date: *from.Date,
			From: from.ID, FromDoc: from.Provenance.Doc, FromLine: from.Provenance.Line,
			Score: roundScore(float64(ad.score)),
		})
	}
	return out
}
