package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/concordfacts/concord/claims"
)

// ANSI styles of the text report.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
	ansiGreen  = "\x1b[32m"
)

// Without colour, the differing value is set off by these marks.
const (
	markOpen  = "»"
	markClose = "«"
)

// textStyle paints the text report, or leaves it plain.
type textStyle struct{ color bool }

func (s textStyle) paint(style, text string) string {
	if !s.color || text == "" {
		return text
	}
	return style + text + ansiReset
}

func kindStyle(k claims.FindingKind) string {
	switch k {
	case claims.Conflict:
		return ansiRed
	case claims.Variant:
		return ansiYellow
	}
	return ansiGreen
}

// writeText writes the report for a person: findings grouped by event,
// conflicts first; each side of a conflict or variant with path:line:col
// (pointing at the differing value when it is found in the sentence), the
// sentence with the value highlighted, and the attribution and hedges;
// corroborations on a few lines each. Then stale baseline entries and a
// summary line. The same report gives the same bytes.
func writeText(w io.Writer, res *result, color bool) {
	st := textStyle{color}
	rep := res.rep
	for gi, g := range groupByEvent(rep.Findings) {
		if gi > 0 {
			fmt.Fprintln(w)
		}
		event := g.event
		if event == "" {
			event = "(no event label)"
		}
		fmt.Fprintf(w, "%s\n", st.paint(ansiBold, "== "+squash(event)+" =="))
		for _, f := range g.findings {
			writeTextFinding(w, res, f, st)
		}
	}
	if len(rep.Findings) > 0 {
		fmt.Fprintln(w)
	}
	if len(res.rep.Stale) > 0 {
		fmt.Fprintln(w, "stale baseline entries (in the baseline, no longer found):")
		for _, fp := range res.rep.Stale {
			line := "  " + safeLine(fp)
			for _, e := range res.stale {
				if e.Fingerprint == fp {
					line += fmt.Sprintf("  %s/%s: %s", safeLine(string(e.Kind)), safeLine(string(e.Field)), squash(e.Summary))
					break
				}
			}
			fmt.Fprintln(w, line)
		}
		fmt.Fprintln(w)
	}
	writeAlignments(w, res)
	fmt.Fprintf(w, "concord: %s\n", summaryLine(res))
}

func writeTextFinding(w io.Writer, res *result, f claims.Finding, st textStyle) {
	fmt.Fprintln(w)
	label := fmt.Sprintf("%s/%s", f.Kind, f.Field)
	head := st.paint(kindStyle(f.Kind), label)
	if f.Kind == claims.Corroboration {
		fmt.Fprintf(w, "%s: %s (%s)\n", head, squash(f.Summary), plural(f.Documents, "document"))
		for i, c := range f.Claims {
			start, _, _ := valueRange(f, i)
			pos := res.position(c, start)
			fmt.Fprintf(w, "  %s:%d:%d\n", safeLine(c.Provenance.Doc), pos.line, pos.col)
		}
	} else {
		fmt.Fprintf(w, "%s: %s\n", head, squash(f.Summary))
		for i, c := range f.Claims {
			start, end, ok := valueRange(f, i)
			pos := res.position(c, start)
			var sentence string
			if ok {
				mark := st.paint(kindStyle(f.Kind)+"\x1b[4m", squash(c.Text[start:end]))
				if !st.color {
					mark = markOpen + mark + markClose
				}
				sentence = strings.TrimSpace(squash(c.Text[:start]) + mark + squash(c.Text[end:]))
			} else {
				sentence = strings.TrimSpace(squash(c.Text))
			}
			fmt.Fprintf(w, "  %s %s\n", st.paint(ansiDim, fmt.Sprintf("%s:%d:%d:", safeLine(c.Provenance.Doc), pos.line, pos.col)), sentence)
			var notes []string
			if i < len(f.Values) && f.Values[i] != "" {
				notes = append(notes, fmt.Sprintf("value %q", squash(f.Values[i])))
			}
			notes = append(notes, sideNotes(c)...)
			if len(notes) > 0 {
				fmt.Fprintf(w, "      %s\n", strings.Join(notes, "; "))
			}
		}
	}
	if f.Note != "" {
		fmt.Fprintf(w, "  note: %s\n", squash(f.Note))
	}
	for _, e := range f.Evidence {
		fmt.Fprintf(w, "  evidence: %s\n", squash(e))
	}
	if f.Accepted {
		fmt.Fprintf(w, "  accepted by the baseline (%s)\n", f.Fingerprint)
	}
}
