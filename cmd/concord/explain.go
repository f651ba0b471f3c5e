package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

// This file answers "why were these two claims (not) aligned?": check
// --explain lists every aligned pair with its score and what each feature
// contributed, and the explain command looks at two given lines.

// writeAlignments writes the aligned pairs of a report made with
// Options.Explain, after the findings of the text report.
func writeAlignments(w io.Writer, res *result) {
	als := res.rep.Alignments
	if len(als) == 0 {
		return
	}
	where := claimPlaces(res)
	fmt.Fprintf(w, "aligned pairs (%d):\n", len(als))
	for _, a := range als {
		fmt.Fprintf(w, "  %s ~ %s  score %.4f\n", where(a.A), where(a.B), a.Score)
		fmt.Fprintf(w, "    %s\n", featureLine(a))
	}
	fmt.Fprintln(w)
}

// featureLine renders the features of an alignment on one line:
// "prior -3.57; text high +8.69; class same +1.08; ...".
func featureLine(a reconcile.Alignment) string {
	var parts []string
	for _, f := range a.Features {
		s := f.Feature + " " + f.Level
		if f.Weight != 0 || f.Feature == "prior" {
			s += " " + strconv.FormatFloat(f.Weight, 'f', 2, 64)
			if f.Weight > 0 {
				s = strings.Replace(s, " "+strconv.FormatFloat(f.Weight, 'f', 2, 64), " +"+strconv.FormatFloat(f.Weight, 'f', 2, 64), 1)
			}
		}
		parts = append(parts, s)
	}
	line := strings.Join(parts, "; ") + fmt.Sprintf(" = %.2f bits", a.Weight)
	if len(a.Via) == 2 {
		line += fmt.Sprintf(" (aligned through the event groups of %s and %s)", a.Via[0], a.Via[1])
	}
	return safeLine(line)
}

// claimPlaces returns a function naming a claim ID by path:line:col, from
// the claims of the report's findings where it can, else the ID itself.
func claimPlaces(res *result) func(id string) string {
	at := map[string]string{}
	add := func(c claims.Claim) {
		at[c.ID] = fmt.Sprintf("%s:%d:%d", c.Provenance.Doc, c.Provenance.Line, c.Provenance.Column)
	}
	for _, f := range res.rep.Findings {
		for _, c := range f.Claims {
			add(c)
		}
	}
	for _, c := range res.claims {
		add(c)
	}
	return func(id string) string {
		if s, ok := at[id]; ok {
			return safeLine(s)
		}
		return safeLine(id)
	}
}

// explainFlags are the flags of explain.
type explainFlags struct {
	*commonFlags
	format *string
}

func newExplainFlags() *explainFlags {
	c := &explainFlags{commonFlags: newCommonFlags("explain")}
	c.format = c.fs.String("format", "text", "output `format`: text or json")
	return c
}

// lineRef is FILE:LINE.
type lineRef struct {
	file string
	line int
}

func parseLineRef(s string) (lineRef, bool) {
	k := strings.LastIndexByte(s, ':')
	if k <= 0 {
		return lineRef{}, false
	}
	n, err := strconv.Atoi(s[k+1:])
	if err != nil || n < 1 {
		return lineRef{}, false
	}
	return lineRef{s[:k], n}, true
}

// runExplain explains the alignment of the claims on two lines:
//
//	concord explain [flags] FILE:LINE FILE:LINE [PATH...]
//
// The documents read are the PATHs when given (so that the corpus is the
// one a check would see), else the two files.
func runExplain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	c := newExplainFlags()
	s, _, err := c.settings(args, stdout)
	if err != nil {
		return err
	}
	if *c.format != "text" && *c.format != "json" {
		return &usageError{cmd: "explain", msg: fmt.Sprintf("unknown format %q for explain (text, json)", *c.format)}
	}
	if len(s.paths) < 2 {
		return &usageError{cmd: "explain", msg: "explain needs two lines: FILE:LINE FILE:LINE [PATH...]"}
	}
	var refs [2]lineRef
	for k := range refs {
		r, ok := parseLineRef(s.paths[k])
		if !ok {
			return &usageError{cmd: "explain", msg: fmt.Sprintf("%q is not FILE:LINE", s.paths[k])}
		}
		refs[k] = r
	}
	s.paths = s.paths[2:]
	if len(s.paths) == 0 {
		s.paths = []string{refs[0].file}
		if refs[1].file != refs[0].file {
			s.paths = append(s.paths, refs[1].file)
		}
	}
	ws := &warnings{w: stderr, strict: s.strict}
	tables, aliasWarns, err := loadAliasTables(s.aliases)
	if err != nil {
		return err
	}
	ws.add(aliasWarns...)
	prog := newProgress(stderr, !s.quiet && isTerminal(stderr))
	defer prog.stop()
	opts := s.extract
	opts.Jobs = s.jobs
	cp, _, err := readAll(ctx, s.paths, stdin, opts, s.filter, s.published, prog, ws)
	if err != nil {
		return err
	}
	prog.stop()
	cs := cp.Claims()
	var sides [2][]claims.Claim
	for k, r := range refs {
		for _, cl := range cs {
			if cl.Provenance.Doc == r.file && cl.Provenance.Line == r.line {
				sides[k] = append(sides[k], cl)
			}
		}
		if len(sides[k]) == 0 {
			return fmt.Errorf("%s:%d: no claim on this line among the documents read", r.file, r.line)
		}
	}
	ropts := s.recon
	ropts.AliasTables = tables
	var out []*reconcile.Explanation
	for _, a := range sides[0] {
		for _, b := range sides[1] {
			ex, err := reconcile.Explain(ctx, cs, ropts, a.ID, b.ID)
			if err != nil {
				return err
			}
			out = append(out, ex)
		}
	}
	var buf strings.Builder
	if *c.format == "json" {
		var b bytes.Buffer
		if err := writeJSON(&b, struct {
			SchemaVersion string                   `json:"schema_version"`
			Explanations  []*reconcile.Explanation `json:"explanations"`
		}{claims.SchemaVersion, out}); err != nil {
			return err
		}
		buf.WriteString(b.String())
	} else {
		byID := map[string]claims.Claim{}
		for _, cl := range slices.Concat(sides[0], sides[1]) {
			byID[cl.ID] = cl
		}
		for k, ex := range out {
			if k > 0 {
				buf.WriteString("\n")
			}
			for _, id := range []string{ex.A, ex.B} {
				cl := byID[id]
				fmt.Fprintf(&buf, "%s:%d:%d: %s\n", safeLine(cl.Provenance.Doc), cl.Provenance.Line, cl.Provenance.Column, squash(cl.Clause.Text))
			}
			fmt.Fprintf(&buf, "  %s\n", safeLine(ex.Reason))
			fmt.Fprintf(&buf, "  score %.4f: %s\n", ex.Score, featureLine(ex.Alignment))
		}
	}
	return writeOutput(s.output, []byte(buf.String()), stdout)
}
