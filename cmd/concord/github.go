package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/concordfacts/concord/claims"
)

// writeGitHub writes GitHub Actions workflow commands: an ::error
// annotation for each conflict and a ::warning for each variant not
// accepted by the baseline, placed on the first account's value with the
// other accounts in the message; accepted findings and corroborations get
// no annotation. Control characters in names and text become U+FFFD
// before escaping, so no name can end a command or drive the log's
// terminal emulation. GitHub shows only the first few annotations of a step, so
// the output ends with a plain summary line that counts everything, and
// lists stale baseline entries as plain lines before it.
func writeGitHub(w io.Writer, res *result) {
	for _, g := range groupByEvent(res.rep.Findings) {
		for _, f := range g.findings {
			if f.Accepted || len(f.Claims) == 0 {
				continue
			}
			var cmd string
			switch f.Kind {
			case claims.Conflict:
				cmd = "error"
			case claims.Variant:
				cmd = "warning"
			default:
				continue
			}
			start, end, _ := valueRange(f, 0)
			c := f.Claims[0]
			a, b := res.position(c, start), res.position(c, end)
			props := []string{
				"file=" + escapeProperty(safeLine(artifactPath(c.Provenance.Doc))),
				fmt.Sprintf("line=%d", a.line),
				fmt.Sprintf("col=%d", a.col),
			}
			if b.line != a.line {
				props = append(props, fmt.Sprintf("endLine=%d", b.line))
			} else if end > start {
				props = append(props, fmt.Sprintf("endColumn=%d", b.col))
			}
			props = append(props, "title="+escapeProperty(safeLine(fmt.Sprintf("concord %s/%s", f.Kind, f.Field))))
			msg := squash(f.Summary)
			for i := 1; i < len(f.Claims); i++ {
				o := f.Claims[i]
				s, _, _ := valueRange(f, i)
				p := res.position(o, s)
				msg += fmt.Sprintf("\nother account: %s:%d:%d", safeLine(artifactPath(o.Provenance.Doc)), p.line, p.col)
				if i < len(f.Values) && f.Values[i] != "" {
					msg += ": " + squash(f.Values[i])
				}
			}
			if f.Note != "" {
				msg += "\nnote: " + squash(f.Note)
			}
			fmt.Fprintf(w, "::%s %s::%s\n", cmd, strings.Join(props, ","), escapeData(msg))
		}
	}
	for _, fp := range res.rep.Stale {
		fmt.Fprintf(w, "concord: stale baseline entry %s (no longer found; remove it from the baseline)\n", safeLine(fp))
	}
	fmt.Fprintf(w, "concord: %s\n", summaryLine(res))
}

// escapeData escapes the message of a workflow command, as GitHub's
// actions/toolkit does (command.ts, escapeData): % first, then CR and LF.
func escapeData(s string) string {
	s = strings.ReplaceAll(s, "%", "%25")
	s = strings.ReplaceAll(s, "\r", "%0D")
	return strings.ReplaceAll(s, "\n", "%0A")
}

// escapeProperty escapes a property value of a workflow command
// (escapeProperty in actions/toolkit): as escapeData, plus ':' and ','.
func escapeProperty(s string) string {
	s = escapeData(s)
	s = strings.ReplaceAll(s, ":", "%3A")
	return strings.ReplaceAll(s, ",", "%2C")
}
