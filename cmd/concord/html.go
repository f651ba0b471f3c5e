package main

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
)

// reportTemplate is the HTML report: one self-contained page (inline CSS,
// SVG and a small script; nothing fetched from the network). Every piece of
// document text goes through html/template's contextual escaping; the
// template marks nothing as safe HTML.
//
//go:embed report.html.tmpl
var reportTemplate string

var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"add": func(a, b int) int { return a + b },
	// chart pairs the timeline with one of its charts, for the "chart"
	// template.
	"chart": func(t *htmlTimeline, c *htmlChart) any {
		return struct {
			T *htmlTimeline
			C *htmlChart
		}{t, c}
	},
	"noun": func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return many
	},
}).Parse(reportTemplate))

type htmlPage struct {
	Version   string
	Documents []string
	Claims    int
	Counts    htmlCounts
	Kinds     []string
	Fields    []string
	Groups    []htmlGroup
	Timeline  *htmlTimeline
	Stale     []baselineEntry
	Warnings  []string
}

type htmlCounts struct {
	Conflicts, Variants, Corroborations, Accepted, Stale int
}

type htmlGroup struct {
	Event    string
	Findings []htmlFinding
}

type htmlFinding struct {
	ID          string
	Kind        string
	Field       string
	Summary     string
	Note        string
	Evidence    []string
	Accepted    bool
	Fingerprint string
	Score       string
	Documents   int
	Sides       []htmlSide
}

type htmlSide struct {
	Doc     string
	Line    int
	Col     int
	Section string
	Date    string
	Value   string
	Segs    []htmlSeg
	Notes   []string
	// Also lists the places of later accounts that say exactly the same
	// (same sentence, value, date and notes): copies are shown once.
	Also []string
}

// sameAs reports whether two sides show the same sentence, value, date
// and notes.
func (s htmlSide) sameAs(o htmlSide) bool {
	return s.Date == o.Date && s.Value == o.Value && slices.Equal(s.Segs, o.Segs) && slices.Equal(s.Notes, o.Notes)
}

// where is the side's place as shown: path:line:col and the section.
func (s htmlSide) where() string {
	w := fmt.Sprintf("%s:%d:%d", s.Doc, s.Line, s.Col)
	if s.Section != "" {
		w += " · " + s.Section
	}
	return w
}

// htmlSeg is a piece of a sentence; Mark is set on the differing value.
type htmlSeg struct {
	Text string
	Mark bool
}

// htmlTimeline is an SVG chart of claims on a time axis, one row per
// document. The first rows (documents with the most severe findings
// first) are shown; the others are in a second chart behind a "show all"
// control.
type htmlTimeline struct {
	Width  int
	Left   int // x where the plot starts (after the row labels)
	Shown  htmlChart
	More   *htmlChart // the rows after the first tlMaxRows, or nil
	Ticks  []htmlTick
	Hidden int // claims outside the range shown
	Rows   int
	// Prefix is the directory common to all documents, left out of the
	// row labels.
	Prefix   string
	From, To string
}

// htmlChart is one SVG of the timeline: some of its rows.
type htmlChart struct {
	Height int
	Rows   []htmlRow
	// Claims are the claims of no finding, drawn first as one path per
	// style; Marks the claims of findings, drawn over them in order of
	// severity, conflicts last (on top).
	Claims []htmlPath
	Marks  []htmlMark
}

type htmlRow struct {
	Y     int
	Label string
	Doc   string
}

type htmlTick struct {
	X     int
	Label string
}

// htmlPath draws many claims of no finding in one element.
type htmlPath struct {
	Class string
	D     string
}

// htmlMark is one claim of a finding (or several at the same place): a
// line with round caps, a dot when X1 == X2.
type htmlMark struct {
	X1, X2, Y int
	Class     string
	Title     string
}

// writeHTML writes the self-contained HTML report.
func writeHTML(w io.Writer, res *result) error {
	rep := res.rep
	c := countFindings(res)
	page := htmlPage{
		Version:   version(),
		Documents: rep.Documents,
		Claims:    rep.Claims,
		Counts:    htmlCounts{c.conflicts, c.variants, c.corroborations, c.accepted, c.stale},
		Stale:     res.stale,
	}
	for _, w := range res.warnings {
		page.Warnings = append(page.Warnings, w.String())
	}
	if len(page.Stale) == 0 {
		for _, fp := range rep.Stale {
			page.Stale = append(page.Stale, baselineEntry{Fingerprint: fp})
		}
	}
	kinds, fields := map[string]bool{}, map[string]bool{}
	n := 0
	for _, g := range groupByEvent(rep.Findings) {
		hg := htmlGroup{Event: g.event}
		if hg.Event == "" {
			hg.Event = "(no event label)"
		}
		for _, f := range g.findings {
			n++
			kinds[string(f.Kind)] = true
			fields[string(f.Field)] = true
			hg.Findings = append(hg.Findings, htmlFindingOf(res, f, n))
		}
		page.Groups = append(page.Groups, hg)
	}
	for _, k := range []claims.FindingKind{claims.Conflict, claims.Variant, claims.Corroboration} {
		if kinds[string(k)] {
			page.Kinds = append(page.Kinds, string(k))
			delete(kinds, string(k))
		}
	}
	page.Kinds = append(page.Kinds, sortedKeys(kinds)...)
	page.Fields = sortedKeys(fields)
	page.Timeline = buildTimeline(res)
	return htmlTmpl.Execute(w, page)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func htmlFindingOf(res *result, f claims.Finding, n int) htmlFinding {
	hf := htmlFinding{
		ID:          fmt.Sprintf("f%d", n),
		Kind:        string(f.Kind),
		Field:       string(f.Field),
		Summary:     f.Summary,
		Note:        f.Note,
		Evidence:    f.Evidence,
		Accepted:    f.Accepted,
		Fingerprint: f.Fingerprint,
		Score:       fmt.Sprintf("%.2f", f.Score),
		Documents:   f.Documents,
	}
	for i, c := range f.Claims {
		start, end, ok := valueRange(f, i)
		pos := res.position(c, start)
		side := htmlSide{
			Doc:     c.Provenance.Doc,
			Line:    pos.line,
			Col:     pos.col,
			Section: strings.Join(c.Provenance.Section, " › "),
			Date:    dateText(c.Date),
			Notes:   sideNotes(c),
		}
		if i < len(f.Values) {
			side.Value = f.Values[i]
		}
		if ok {
			side.Segs = []htmlSeg{{Text: c.Text[:start]}, {Text: c.Text[start:end], Mark: true}, {Text: c.Text[end:]}}
		} else {
			side.Segs = []htmlSeg{{Text: c.Text}}
		}
		if j := slices.IndexFunc(hf.Sides, side.sameAs); j >= 0 {
			hf.Sides[j].Also = append(hf.Sides[j].Also, side.where())
			continue
		}
		hf.Sides = append(hf.Sides, side)
	}
	return hf
}

// Timeline geometry, in SVG user units.
const (
	tlWidth  = 1000
	tlLeft   = 230
	tlRight  = 20
	tlTop    = 30
	tlRowH   = 28
	tlBottom = 10
	// tlMaxRows is how many rows are shown before "show all".
	tlMaxRows = 40
	// tlLongDays: a claim whose dates span more days than this is drawn
	// thin, so that a vague date ("in 2014") does not paint over the row.
	tlLongDays = 62
	// tlLabelRunes is the longest row label; longer ones are cut in the
	// middle, keeping the file name.
	tlLabelRunes = 28
)

// buildTimeline places claims on a time axis, one row per document. The
// claims are those of the findings, coloured by the most severe finding
// each belongs to, and, behind them in grey, all other dated claims of the
// run. The axis spans the findings' claims (with a margin), or all claims
// when there are no findings; claims outside it are counted, not drawn.
func buildTimeline(res *result) *htmlTimeline {
	type item struct {
		c     claims.Claim
		class string
		sev   int
	}
	key := func(c claims.Claim) string { return c.Provenance.Doc + "\x00" + c.ID }
	byKey := map[string]*item{}
	var items []*item
	for _, f := range res.rep.Findings {
		for _, c := range f.Claims {
			if c.Date == nil {
				continue
			}
			k := key(c)
			it, ok := byKey[k]
			if !ok {
				it = &item{c: c}
				byKey[k] = it
				items = append(items, it)
			}
			if s := f.Kind.Severity(); s > it.sev || it.class == "" {
				it.sev, it.class = s, string(f.Kind)
			}
		}
	}
	found := len(items)
	for _, c := range res.claims {
		if c.Date == nil {
			continue
		}
		if _, ok := byKey[key(c)]; ok {
			continue
		}
		it := &item{c: c, class: "claim", sev: -1}
		byKey[key(c)] = it
		items = append(items, it)
	}
	if len(items) == 0 {
		return nil
	}
	scope := items
	if found > 0 {
		scope = items[:found]
	}
	lo, hi := scope[0].c.Date.Start, scope[0].c.Date.End
	for _, it := range scope {
		lo, hi = min(lo, it.c.Date.Start), max(hi, it.c.Date.End)
	}
	pad := max((hi-lo)/10, 15)
	if found == 0 {
		pad = 0
	}
	lo, hi = lo-pad, hi+pad+1

	// Rows: the report's documents and any other document of a plotted
	// claim, those with the most severe findings first, then in the
	// report's order.
	worst := map[string]int{}
	var docs []string
	addDoc := func(doc string) {
		if _, ok := worst[doc]; !ok {
			worst[doc] = -1
			docs = append(docs, doc)
		}
	}
	for _, d := range res.rep.Documents {
		addDoc(d)
	}
	for _, it := range items {
		addDoc(it.c.Provenance.Doc)
		worst[it.c.Provenance.Doc] = max(worst[it.c.Provenance.Doc], it.sev)
	}
	sort.SliceStable(docs, func(i, j int) bool { return worst[docs[i]] > worst[docs[j]] })
	rowOf := make(map[string]int, len(docs))
	for i, d := range docs {
		rowOf[d] = i
	}
	prefix := commonDir(docs)
	tl := &htmlTimeline{
		Width: tlWidth, Left: tlLeft, Rows: len(docs), Prefix: prefix,
		From: lo.String(), To: (hi - 1).String(),
	}
	span := float64(hi - lo)
	x := func(d claims.Day) int {
		return tlLeft + int(float64(d-lo)/span*float64(tlWidth-tlLeft-tlRight)+0.5)
	}
	tl.Ticks = timeTicks(lo, hi, x)
	shown := min(len(docs), tlMaxRows)
	newChart := func(rows []string) htmlChart {
		ch := htmlChart{Height: tlTop + len(rows)*tlRowH + tlBottom}
		for i, d := range rows {
			ch.Rows = append(ch.Rows, htmlRow{Y: tlTop + i*tlRowH + tlRowH/2, Label: rowLabel(d, prefix), Doc: d})
		}
		return ch
	}
	charts := []*htmlChart{&tl.Shown}
	tl.Shown = newChart(docs[:shown])
	if shown < len(docs) {
		more := newChart(docs[shown:])
		tl.More = &more
		charts = append(charts, tl.More)
	}

	// Claims of no finding: one path per chart and style, each claim a
	// segment ("M x y h w"; w = 0 is a dot), each place drawn once.
	type seg struct{ row, x1, x2 int }
	paths := make([]map[string]*strings.Builder, len(charts))
	drawn := map[seg]bool{}
	// Claims of findings: their own element with a tooltip; several at one
	// place share one, its tooltip counting the others.
	type place struct {
		row, x1, x2 int
		class       string
	}
	marks := map[place]*htmlMark{}
	extra := map[place]int{}
	var order []place
	sev := map[place]int{}
	for _, it := range items {
		d := it.c.Date
		if d.End < lo || d.Start >= hi {
			tl.Hidden++
			continue
		}
		x1, x2 := x(max(d.Start, lo)), x(min(d.End+1, hi))
		if x2-x1 < 6 {
			x1 = (x1 + x2) / 2
			x2 = x1
		}
		style := "bar"
		switch {
		case x1 == x2:
			style = "dot"
		case int(d.End-d.Start) > tlLongDays:
			style = "thin"
		}
		row := rowOf[it.c.Provenance.Doc]
		ci, r := 0, row
		if row >= shown {
			ci, r = 1, row-shown
		}
		y := tlTop + r*tlRowH + tlRowH/2
		if it.class == "claim" {
			s := seg{row, x1, x2}
			if drawn[s] {
				continue
			}
			drawn[s] = true
			if paths[ci] == nil {
				paths[ci] = map[string]*strings.Builder{}
			}
			b := paths[ci][style]
			if b == nil {
				b = &strings.Builder{}
				paths[ci][style] = b
			}
			fmt.Fprintf(b, "M%d %dh%d", x1, y, x2-x1)
			continue
		}
		pl := place{row, x1, x2, it.class + " " + style}
		if _, ok := marks[pl]; ok {
			extra[pl]++
			continue
		}
		p := it.c.Provenance
		marks[pl] = &htmlMark{X1: x1, X2: x2, Y: y, Class: pl.class,
			Title: fmt.Sprintf("%s:%d — %s — %s", p.Doc, p.Line, dateText(d), shortLabel(squash(it.c.Text), 160))}
		order = append(order, pl)
		sev[pl] = it.sev
	}
	for ci, ch := range charts {
		for _, style := range []string{"thin", "bar", "dot"} {
			if b := paths[ci][style]; b != nil {
				ch.Claims = append(ch.Claims, htmlPath{Class: "claims-" + style, D: b.String()})
			}
		}
	}
	// Least severe first, so that conflicts are drawn last, on top.
	sort.SliceStable(order, func(i, j int) bool { return sev[order[i]] < sev[order[j]] })
	for _, pl := range order {
		m := marks[pl]
		if n := extra[pl]; n > 0 {
			m.Title += fmt.Sprintf(" (and %s here)", plural(n, "other claim"))
		}
		ci := 0
		if pl.row >= shown {
			ci = 1
		}
		charts[ci].Marks = append(charts[ci].Marks, *m)
	}
	return tl
}

// commonDir returns the directory, ending in a separator, that every
// document name starts with, or "" when there is none or only one
// document.
func commonDir(docs []string) string {
	if len(docs) < 2 {
		return ""
	}
	p := docs[0]
	for _, d := range docs[1:] {
		for !strings.HasPrefix(d, p) {
			p = p[:len(p)-1]
		}
	}
	i := strings.LastIndexAny(p, `/\`)
	if i < 0 {
		return ""
	}
	return p[:i+1]
}

// rowLabel returns a document's label: its name without the common
// directory, cut in the middle when long so that both the start of the
// path and the file name stay readable.
func rowLabel(doc, prefix string) string {
	r := []rune(strings.TrimPrefix(doc, prefix))
	if len(r) <= tlLabelRunes {
		return string(r)
	}
	tail := tlLabelRunes * 2 / 3
	return string(r[:tlLabelRunes-tail-1]) + "…" + string(r[len(r)-tail:])
}

// timeTicks labels the axis with months or years, at most about twelve.
func timeTicks(lo, hi claims.Day, x func(claims.Day) int) []htmlTick {
	ly, lm, _ := lo.Date()
	hy, hm, _ := hi.Date()
	months := (hy-ly)*12 + int(hm-lm) + 1
	var out []htmlTick
	if months <= 36 {
		step := max(1, (months+11)/12)
		for i := 0; i < months+1; i += step {
			d := claims.NewDay(ly, lm+time.Month(i), 1)
			if d < lo || d >= hi {
				continue
			}
			out = append(out, htmlTick{X: x(d), Label: d.Time().Format("Jan 2006")})
		}
		return out
	}
	years := hy - ly + 1
	step := max(1, (years+11)/12)
	for y := ly; y <= hy+1; y += step {
		d, _ := claims.YearSpan(y)
		if d < lo || d >= hi {
			continue
		}
		out = append(out, htmlTick{X: x(d), Label: fmt.Sprint(y)})
	}
	return out
}

// shortLabel cuts s to at most n runes, marking the cut.
func shortLabel(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
