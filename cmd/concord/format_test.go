package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// acceptedResult is the fixture with the variant accepted by a baseline
// that also holds an entry no longer found.
func acceptedResult(t *testing.T) *result {
	t.Helper()
	res := fixtureResult(t)
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

func TestTextReport(t *testing.T) {
	res := acceptedResult(t)
	var plain, color bytes.Buffer
	writeText(&plain, res, false)
	writeText(&color, res, true)
	p := plain.String()
	// Grouped by event, conflicts first; the variant's group after them.
	iAzaz := strings.Index(p, "== withdrawal from Azaz ==")
	iBomb := strings.Index(p, "== car bomb at the Bab al-Salameh crossing ==")
	iKantari := strings.Index(p, "== capture of Kantari ==")
	iKilis := strings.Index(p, "== closure of the Kilis crossing ==")
	if !(0 <= iAzaz && iAzaz < iBomb && iBomb < iKantari && iKantari < iKilis) {
		t.Errorf("groups out of order (%d %d %d %d):\n%s", iAzaz, iBomb, iKantari, iKilis, p)
	}
	for _, want := range []string{
		// path:line:col points at the value, which is marked.
		"testdata/docs/a.txt:7:1: »By 28 February«, ISIL had withdrawn from Azaz",
		"testdata/docs/b.txt:4:4: On »4 March 2014«, ISIL reportedly withdrew from Azaz.",
		`value "4 March 2014"; hedged: reportedly`,
		"attributed: according to the Syrian Observatory for Human Rights",
		"note: both accounts count people killed by the same bombing",
		"accepted by the baseline",
		"concord: 2 conflicts, 1 variant, 1 corroboration (1 accepted by the baseline); 1 stale baseline entry; 2 documents, 9 claims\n",
	} {
		if !strings.Contains(p, want) {
			t.Errorf("text report lacks %q:\n%s", want, p)
		}
	}
	if strings.Contains(p, "\x1b[") {
		t.Errorf("plain report has ANSI escapes")
	}
	c := color.String()
	if !strings.Contains(c, ansiRed+"conflict/date"+ansiReset) || !strings.Contains(c, "\x1b[1;31m\x1b[4m4 March 2014"+ansiReset) || strings.Contains(c, markOpen) {
		t.Errorf("colour report not painted as expected:\n%q", c)
	}
}

func TestTextNoFindings(t *testing.T) {
	res := &result{rep: &reconcile.Report{SchemaVersion: "1", Documents: []string{"a.txt"}, Claims: 1, Findings: []claims.Finding{}}}
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
	res := &result{rep: &reconcile.Report{SchemaVersion: "1", Findings: []claims.Finding{f}}}
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
	withDoc := &result{docs: newDocTexts([]input{{name: "d.txt", data: []byte(doc)}})}
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

func TestGitHubEscaping(t *testing.T) {
	if got, want := escapeData("50% done\r\nnext"), "50%25 done%0D%0Anext"; got != want {
		t.Errorf("escapeData = %q, want %q", got, want)
	}
	if got, want := escapeProperty("dir,a:b%.txt\n"), "dir%2Ca%3Ab%25.txt%0A"; got != want {
		t.Errorf("escapeProperty = %q, want %q", got, want)
	}
}

func TestGitHubReport(t *testing.T) {
	res := acceptedResult(t)
	var buf bytes.Buffer
	writeGitHub(&buf, res)
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	want := []string{
		"::error file=testdata/docs/a.txt,line=7,col=1,endColumn=15,title=concord conflict/date::Date differs: withdrawal from Azaz — a.txt says by 28 February 2014 (line 7), b.txt says 4 March 2014 (line 4)%0Aother account: testdata/docs/b.txt:4:4: 4 March 2014",
		"::error file=testdata/docs/a.txt,line=8,col=13,endColumn=22,title=concord conflict/quantity::Number killed differs: car bomb at the Bab al-Salameh crossing — a.txt says 26 killed (line 8), b.txt says 16 killed (line 5)%0Aother account: testdata/docs/b.txt:5:62: 16 killed%0Anote: both accounts count people killed by the same bombing",
		"concord: stale baseline entry 00000000deadbeef (no longer found; remove it from the baseline)",
		"concord: 2 conflicts, 1 variant, 1 corroboration (1 accepted by the baseline); 1 stale baseline entry; 2 documents, 9 claims",
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("github output (-want +got):\n%s", diff)
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
