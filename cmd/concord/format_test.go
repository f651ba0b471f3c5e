package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/corpus"
	"github.com/concordfacts/concord/reconcile"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// acceptedResult is the result on testdata/docs with its variants
// accepted by a baseline that also holds an entry no longer found.
func acceptedResult(t *testing.T) *result {
	t.Helper()
	res := docsResult(t)
	bl := &baseline{entries: map[string]baselineEntry{
		"00000000deadbeef": {Fingerprint: "00000000deadbeef", Kind: claims.Conflict, Field: claims.FieldDate, Summary: "Date differs: capture of Atme — a.txt says late November 2013 (line 40), b.txt says 2 December 2013 (line 12)"},
	}}
	for _, f := range res.rep.Findings {
		if f.Kind == claims.Variant {
			bl.entries[f.Fingerprint] = baselineEntry{Fingerprint: f.Fingerprint, Kind: f.Kind, Field: f.Field, Summary: f.Summary}
		}
	}
	res.stale = bl.apply(res.rep)
	return res
}

func TestGolden(t *testing.T) {
	res := acceptedResult(t)
	for _, format := range checkFormats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render(&buf, format, res, false); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", "check."+format)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), buf.String()); diff != "" {
				t.Errorf("%s output differs from %s (-want +got; go test -update refreshes it):\n%s", format, golden, diff)
			}
		})
	}
}

// lineCol returns the text of a document from 1-based line and byte
// column on, to the end of that line.
func atLineCol(t *testing.T, doc string, line, col int) string {
	t.Helper()
	b, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	if line < 1 || line > len(lines) || col < 1 || col > len(lines[line-1])+1 {
		t.Fatalf("%s:%d:%d is outside the document", doc, line, col)
	}
	return lines[line-1][col-1:]
}

func TestTextReport(t *testing.T) {
	res := acceptedResult(t)
	var plain, color bytes.Buffer
	writeText(&plain, res, false)
	writeText(&color, res, true)
	p := plain.String()
	if len(res.rep.Findings) == 0 {
		t.Fatal("no findings on testdata/docs: the formatter tests need some")
	}
	// Groups come in order of their most severe finding.
	last := 99
	for _, g := range groupByEvent(res.rep.Findings) {
		if sev := g.findings[0].Kind.Severity(); sev > last {
			t.Errorf("group %q (%s) after a less severe group", g.event, g.findings[0].Kind)
		} else {
			last = sev
		}
		if !strings.Contains(p, "== "+squash(g.event)+" ==\n") {
			t.Errorf("no heading for group %q", g.event)
		}
	}
	// Every conflict and variant shows each account as path:line:col
	// pointing at the value, which is marked in the sentence.
	sides := 0
	for _, f := range res.rep.Findings {
		if !strings.Contains(p, string(f.Kind)+"/"+string(f.Field)+": "+squash(f.Summary)) {
			t.Errorf("no heading line for %s", f.Summary)
		}
		if f.Kind == claims.Corroboration {
			continue
		}
		for i, c := range f.Claims {
			start, end, ok := valueRange(f, i)
			if !ok {
				continue
			}
			pos := res.position(c, start)
			prefix := fmt.Sprintf("  %s:%d:%d: ", c.Provenance.Doc, pos.line, pos.col)
			j := strings.Index(p, prefix)
			if j < 0 {
				t.Errorf("no line starting %q", prefix)
				continue
			}
			line := p[j+len(prefix):]
			line = line[:strings.IndexByte(line, '\n')]
			value := c.Text[start:end]
			if !strings.Contains(line, markOpen+value+markClose) {
				t.Errorf("%s: value %q not marked in %q", prefix, value, line)
			}
			if got := atLineCol(t, c.Provenance.Doc, pos.line, pos.col); !strings.HasPrefix(got, value) {
				t.Errorf("%s points at %q, not at the value %q", prefix, got, value)
			}
			sides++
		}
		if f.Accepted && !strings.Contains(p, "accepted by the baseline ("+f.Fingerprint+")") {
			t.Errorf("accepted finding %s not marked", f.Fingerprint)
		}
	}
	if sides == 0 {
		t.Error("no side of a conflict or variant checked")
	}
	if !strings.Contains(p, "stale baseline entries") || !strings.Contains(p, "00000000deadbeef  conflict/date: Date differs: capture of Atme") {
		t.Errorf("stale entry not listed:\n%s", p)
	}
	if want := "concord: " + summaryLine(res) + "\n"; !strings.HasSuffix(p, want) {
		t.Errorf("report does not end with %q", want)
	}
	if strings.Contains(p, "\x1b[") {
		t.Errorf("plain report has ANSI escapes")
	}
	c := color.String()
	if !strings.Contains(c, kindStyle(res.rep.Findings[0].Kind)+string(res.rep.Findings[0].Kind)+"/") || strings.Contains(c, markOpen) {
		t.Errorf("colour report not painted as expected:\n%q", c)
	}
}

// TestSideNotes checks how attribution, hedges and a low-confidence date
// are shown for one account.
func TestSideNotes(t *testing.T) {
	c := claims.Claim{
		Attribution: []claims.Attribution{
			{Source: "the Syrian Observatory for Human Rights", Cue: "according to", Span: claims.Span{Text: "according to the Syrian Observatory for Human Rights"}},
			{Cue: "It was reported that"},
		},
		Hedges: []claims.Hedge{{Cue: "reportedly"}, {Cue: "some\x1bsay"}},
		Date:   &claims.TimeSpan{LowConfidence: true},
	}
	want := []string{
		"attributed: according to the Syrian Observatory for Human Rights",
		"attributed: unnamed source (It was reported that)",
		"hedged: reportedly, some\ufffdsay",
		"date is low-confidence",
	}
	if diff := cmp.Diff(want, sideNotes(c)); diff != "" {
		t.Errorf("side notes (-want +got):\n%s", diff)
	}
}

func TestTextNoFindings(t *testing.T) {
	res := &result{rep: &reconcile.Report{SchemaVersion: claims.SchemaVersion, Documents: []string{"a.txt"}, Claims: 1, Findings: []claims.Finding{}}}
	var buf bytes.Buffer
	writeText(&buf, res, false)
	if diff := cmp.Diff("concord: 0 conflicts, 0 variants, 0 corroborations; 1 document, 1 claim\n", buf.String()); diff != "" {
		t.Error(diff)
	}
}

// TestTextHostileDocument checks that control characters in a document
// cannot drive the terminal.
func TestTextHostileDocument(t *testing.T) {
	text := "On 4 March\x1b]0;owned\x07 2014, ISIL withdrew\r\n\tfrom Azaz."
	c := claims.Claim{ID: "x#1", Text: text, Provenance: claims.Provenance{Doc: "x.txt", Line: 3, Column: 1, Offset: 10, Length: len(text)}}
	f := claims.Finding{Kind: claims.Conflict, Field: claims.FieldDate, Summary: "Date\x1b[2J differs", Claims: []claims.Claim{c}, Values: []string{"4 March"}, Event: "e"}
	res := &result{rep: &reconcile.Report{SchemaVersion: claims.SchemaVersion, Findings: []claims.Finding{f}}}
	var buf bytes.Buffer
	writeText(&buf, res, false)
	if strings.ContainsAny(buf.String(), "\x1b\x07\r\t") {
		t.Errorf("control characters reach the terminal: %q", buf.String())
	}
	if !strings.Contains(buf.String(), "x.txt:3:4: On »4 March«\ufffd]0;owned\ufffd 2014, ISIL withdrew from Azaz.") {
		t.Errorf("unexpected rendering: %q", buf.String())
	}
}

func TestValueRange(t *testing.T) {
	text := "On 4 March 2014, ISIL reportedly withdrew from Azaz."
	c := claims.Claim{Text: text, Provenance: claims.Provenance{Offset: 100, Length: len(text)}}
	tests := []struct {
		name       string
		values     []string
		spans      []claims.Span
		start, end int
		ok         bool
	}{
		{"span", []string{"x"}, []claims.Span{{Offset: 103, Length: 12, Text: "4 March 2014"}}, 3, 15, true},
		{"span disagreeing with the text: search the value", []string{"ISIL"}, []claims.Span{{Offset: 103, Length: 4, Text: "June"}}, 17, 21, true},
		{"span outside the claim", []string{"Azaz"}, []claims.Span{{Offset: 10, Length: 4, Text: "Azaz"}}, 47, 51, true},
		{"value, other case", []string{"on 4 march"}, nil, 0, 10, true},
		{"value not in the text", []string{"5 March"}, nil, 0, 0, false},
		{"nothing", nil, nil, 0, 0, false},
	}
	for _, tt := range tests {
		f := claims.Finding{Claims: []claims.Claim{c}, Values: tt.values, ValueSpans: tt.spans}
		s, e, ok := valueRange(f, 0)
		if s != tt.start || e != tt.end || ok != tt.ok {
			t.Errorf("%s: valueRange = %d, %d, %v; want %d, %d, %v", tt.name, s, e, ok, tt.start, tt.end, tt.ok)
		}
	}
}

func TestPosition(t *testing.T) {
	doc := "= T =\n\nÉté: On 4 March, x.\nline two of it\n"
	text := "On 4 March, x.\nline two"
	off := strings.Index(doc, text)
	c := claims.Claim{Text: text, Provenance: claims.Provenance{Doc: "d.txt", Line: 3, Column: off - 7 + 1, Offset: off, Length: len(text)}}
	withDoc := &result{docs: newDocTexts([]corpus.Input{corpus.Bytes("d.txt", []byte(doc))}, 0)}
	without := &result{}
	tests := []struct {
		res  *result
		off  int
		want position
	}{
		{withDoc, 3, position{line: 3, col: 11, col16: 9}},  // "4": after "Été: On " (É and é: 2 bytes, 1 UTF-16 unit each)
		{withDoc, 20, position{line: 4, col: 6, col16: 6}},  // "two"
		{without, 3, position{line: 3, col: 11, col16: 11}}, // the line's prefix taken as ASCII
		{without, 20, position{line: 4, col: 6, col16: 6}},  // after a newline: exact
		{withDoc, 999, position{line: 4, col: 9, col16: 9}}, // clamped to the end
	}
	for _, tt := range tests {
		if got := tt.res.position(c, tt.off); got != tt.want {
			t.Errorf("position(%d) = %+v, want %+v", tt.off, got, tt.want)
		}
	}
}

// TestPositionInMarkup checks positions in a sentence rendered from a
// web page: its provenance spans the markup, and a word is placed where
// it is in the source.
func TestPositionInMarkup(t *testing.T) {
	doc := "<html>\n<p>A car bomb\n  <b>killed</b> 26&nbsp;people, and 26 more.</p>\n"
	text := "A car bomb killed 26 people, and 26 more."
	off := strings.Index(doc, "A car")
	end := strings.Index(doc, "</p>")
	c := claims.Claim{Text: text, Provenance: claims.Provenance{Doc: "p.html", Line: 2, Column: 4, Offset: off, Length: end - off}}
	res := &result{docs: newDocTexts([]corpus.Input{corpus.Bytes("p.html", []byte(doc))}, 0)}
	for _, tt := range []struct {
		word string
		want position
	}{
		{"A car", position{line: 2, col: 4, col16: 4}},
		{"killed", position{line: 3, col: 6, col16: 6}},
		{"26 more", position{line: 3, col: 37, col16: 37}}, // the second "26"
	} {
		i := strings.Index(text, tt.word)
		if got := res.position(c, i); got != tt.want {
			t.Errorf("%q: position %+v, want %+v", tt.word, got, tt.want)
		}
	}
	if got, want := res.position(c, len(text)), (position{line: 3, col: 45, col16: 45}); got != want {
		t.Errorf("end: position %+v, want %+v", got, want)
	}
}

func TestGitHubEscaping(t *testing.T) {
	if got, want := escapeData("50% done\r\nnext"), "50%25 done%0D%0Anext"; got != want {
		t.Errorf("escapeData = %q, want %q", got, want)
	}
	if got, want := escapeProperty("dir,a:b%.txt\n"), "dir%2Ca%3Ab%25.txt%0A"; got != want {
		t.Errorf("escapeProperty = %q, want %q", got, want)
	}
}

// TestGitHubReport checks the workflow commands: one annotation per
// conflict (error) and variant (warning) not accepted by the baseline,
// placed on the first account's value, the other accounts in the message;
// then stale entries and the summary line.
func TestGitHubReport(t *testing.T) {
	res := acceptedResult(t)
	var buf bytes.Buffer
	writeGitHub(&buf, res)
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	var want []string
	for _, g := range groupByEvent(res.rep.Findings) {
		for _, f := range g.findings {
			if f.Accepted || f.Kind == claims.Corroboration {
				continue
			}
			cmd := map[claims.FindingKind]string{claims.Conflict: "error", claims.Variant: "warning"}[f.Kind]
			start, end, _ := valueRange(f, 0)
			a, b := res.position(f.Claims[0], start), res.position(f.Claims[0], end)
			if got := atLineCol(t, f.Claims[0].Provenance.Doc, a.line, a.col); !strings.HasPrefix(got, f.Claims[0].Text[start:end]) {
				t.Errorf("annotation at %d:%d points at %q", a.line, a.col, got)
			}
			want = append(want, fmt.Sprintf("::%s file=%s,line=%d,col=%d,endColumn=%d,title=concord %s/%s::", cmd, f.Claims[0].Provenance.Doc, a.line, a.col, b.col, f.Kind, f.Field))
		}
	}
	want = append(want, "concord: stale baseline entry 00000000deadbeef (no longer found; remove it from the baseline)")
	want = append(want, "concord: "+summaryLine(res))
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), buf.String())
	}
	for i := range want {
		if !strings.HasPrefix(lines[i], want[i]) {
			t.Errorf("line %d:\n%s\nwant a line starting\n%s", i+1, lines[i], want[i])
		}
		if strings.HasPrefix(lines[i], "::") && !strings.Contains(lines[i], "%0Aother account: ") {
			t.Errorf("line %d names no other account: %s", i+1, lines[i])
		}
	}
}

func TestArtifactURI(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ doc, want string }{
		{"seeds/000.txt", "seeds/000.txt"},
		{"./docs/a b.txt", "docs/a%20b.txt"},
		{filepath.Join(wd, "testdata", "docs", "a.txt"), "testdata/docs/a.txt"},
		{"/elsewhere/x.txt", "file:///elsewhere/x.txt"},
		{"-", "-"},
	}
	for _, tt := range tests {
		if got := artifactURI(tt.doc); got != tt.want {
			t.Errorf("artifactURI(%q) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}
