package main

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
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
}

// htmlSeg is a piece of a sentence; Mark is set on the differing value.
type htmlSeg struct {
	Text string
	Mark bool
}

// htmlTimeline is an SVG chart of claims on a time axis, one row per
// document.
type htmlTimeline struct {
	Width, Height int
	Left          int // x where the plot starts (after the row labels)
	Rows          []htmlRow
	Ticks         []htmlTick
	Marks         []htmlMark
	Hidden        int // claims outside the range shown
	From, To      string
}

type htmlRow struct {
	Y     int
	Label string
}

type htmlTick struct {
	X     int
	Label string
}

type htmlMark struct {
	X, Y, W int
	Circle  bool
	R       string
	Class   string
	Title   string
}

// writeHTML writes the self-contained HTML report.
func writeHTML(w io.Writer, res *result) error {
	rep := res.rep
	c := countFindings(res)
	page := htmlPage{
		Version:   version,
		Documents: rep.Documents,
		Claims:    rep.Claims,
		Counts:    htmlCounts{c.conflicts, c.variants, c.corroborations, c.accepted, c.stale},
		Stale:     res.stale,
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
		hf.Sides = append(hf.Sides, side)
	}
	return hf
}

// Timeline geometry, in SVG user units.
const (
	tlWidth  = 1000
	tlLeft   = 200
	tlRight  = 20
	tlTop    = 30
	tlRowH   = 28
	tlBottom = 10
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
			if s := f.Kind.Severity(); s > it.sev {
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
		it := &item{c: c, class: "claim"}
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

	// Rows: the report's documents in order, then any other document of a
	// plotted claim.
	rowOf := map[string]int{}
	var rows []string
	addRow := func(doc string) {
		if _, ok := rowOf[doc]; !ok {
			rowOf[doc] = len(rows)
			rows = append(rows, doc)
		}
	}
	for _, d := range res.rep.Documents {
		addRow(d)
	}
	for _, it := range items {
		addRow(it.c.Provenance.Doc)
	}
	tl := &htmlTimeline{
		Width: tlWidth, Left: tlLeft,
		Height: tlTop + len(rows)*tlRowH + tlBottom,
		From:   lo.String(), To: (hi - 1).String(),
	}
	for i, d := range rows {
		tl.Rows = append(tl.Rows, htmlRow{Y: tlTop + i*tlRowH + tlRowH/2, Label: shortPath(d, 28)})
	}
	span := float64(hi - lo)
	x := func(d claims.Day) int {
		return tlLeft + int(float64(d-lo)/span*float64(tlWidth-tlLeft-tlRight)+0.5)
	}
	tl.Ticks = timeTicks(lo, hi, x)
	// Grey claims first, so that findings are drawn on top.
	order := append(append([]*item(nil), items[found:]...), items[:found]...)
	for _, it := range order {
		d := it.c.Date
		if d.End < lo || d.Start >= hi {
			tl.Hidden++
			continue
		}
		x1, x2 := x(max(d.Start, lo)), x(min(d.End+1, hi))
		y := tlTop + rowOf[it.c.Provenance.Doc]*tlRowH + tlRowH/2
		p := it.c.Provenance
		title := fmt.Sprintf("%s:%d — %s — %s", p.Doc, p.Line, dateText(d), shortLabel(squash(it.c.Text), 160))
		m := htmlMark{X: x1, Y: y, W: x2 - x1, Class: it.class, Title: title}
		if m.W < 6 {
			m.Circle = true
			m.X = (x1 + x2) / 2
			m.R = "5"
			if it.class == "claim" {
				m.R = "2.5"
			}
		}
		tl.Marks = append(tl.Marks, m)
	}
	return tl
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

// shortPath cuts a path to at most n runes, keeping its end.
func shortPath(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n+1:])
}
