package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/corpus"
	"github.com/concordfacts/concord/reconcile"
)

func FuzzParseBaseline(f *testing.F) {
	f.Add([]byte(`{"schema_version":"1","findings":[{"fingerprint":"a","kind":"conflict","field":"date","summary":"s"}]}`))
	f.Add([]byte(`{"schema_version":"1","findings":[]}`))
	f.Add([]byte(`{"schema_version":"1","findings":[{"fingerprint":7}]}`))
	f.Add([]byte("{\n\"schema_version\": \"1\",\n"))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, b []byte) {
		bl, err := parseBaseline(b)
		if err != nil {
			return
		}
		// What parses survives a round trip through the file format.
		rep := &reconcile.Report{}
		for fp, e := range bl.entries {
			rep.Findings = append(rep.Findings, claims.Finding{Kind: claims.Conflict, Fingerprint: fp, Field: e.Field, Summary: e.Summary})
		}
		var buf bytes.Buffer
		if err := writeJSON(&buf, newBaseline(rep)); err != nil {
			t.Fatal(err)
		}
		again, err := parseBaseline(buf.Bytes())
		if err != nil {
			t.Fatalf("written baseline does not parse: %v\n%s", err, buf.Bytes())
		}
		if len(again.entries) != len(bl.entries) {
			t.Fatalf("%d entries after a round trip, want %d", len(again.entries), len(bl.entries))
		}
	})
}

func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(`{"format":"json","fail_on":"none","include":["*.txt"],"extract":{"jobs":2},"reconcile":{}}`))
	f.Add([]byte(`{"colour":true}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"jobs":"2"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		cfg, err := parseConfig(b)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		for _, g := range append(cfg.Include, cfg.Exclude...) {
			_ = corpus.Filter{Include: []string{g}}.Validate()
			_ = corpus.MatchGlob(g, "a/b/c.txt")
		}
	})
}

// FuzzFormats renders a finding over arbitrary document names, text,
// values and spans: no panic, the SARIF regions stay valid, and no
// control character but the line break reaches the plain text and github
// outputs.
func FuzzFormats(f *testing.F) {
	f.Add("d.txt", "On 4 March 2014, ISIL withdrew from Azaz.", "4 March 2014", 3, 12, 5, 1)
	f.Add("x\n::error file=y::z\x1b[2J.txt", "Été:\n<script>x</script> 26 people", "26", -4, 99, 0, 0)
	f.Add("", "", "", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, doc, text, value string, spanOff, spanLen, provOff, line int) {
		c := claims.Claim{ID: "d#1", Text: text, Provenance: claims.Provenance{Doc: doc, Line: line, Column: 1, Offset: provOff, Length: len(text)}}
		lo := min(max(spanOff, 0), len(text))
		hi := min(max(spanOff+spanLen, lo), len(text))
		fd := claims.Finding{
			Kind: claims.Conflict, Field: claims.FieldDate, Summary: value, Event: value,
			Claims: []claims.Claim{c, c}, Values: []string{value, value},
			ValueSpans: []claims.Span{{Offset: provOff + spanOff, Length: spanLen, Text: text[lo:hi]}},
		}
		res := &result{rep: &reconcile.Report{SchemaVersion: claims.SchemaVersion, Findings: []claims.Finding{fd}, Stale: []string{value}},
			docs: newDocTexts([]corpus.Input{corpus.Bytes(doc, []byte(text))}, 0), warnings: []claims.Warning{{File: doc, Message: value}}}
		for _, format := range checkFormats {
			var buf bytes.Buffer
			if err := render(&buf, format, res, true); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if format == "text" || format == "github" {
				buf.Reset()
				if err := render(&buf, format, res, false); err != nil {
					t.Fatal(err)
				}
				for _, r := range buf.String() {
					if r != '\n' && isControl(r) && r != utf8.RuneError {
						t.Fatalf("%s output holds control character %U:\n%q", format, r, buf.String())
					}
				}
				if format == "github" {
					for _, l := range strings.Split(buf.String(), "\n") {
						if l != "" && !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "concord: ") {
							t.Fatalf("github output line %q is neither an annotation nor concord's", l)
						}
					}
				}
			}
		}
		var buf bytes.Buffer
		if err := writeSARIF(&buf, res); err != nil {
			t.Fatal(err)
		}
		var log sarifLog
		if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
			t.Fatal(err)
		}
		if line >= 1 {
			for _, r := range log.Runs[0].Results {
				reg := r.Locations[0].PhysicalLocation.Region
				if reg.StartLine < 1 || reg.StartColumn < 1 || reg.EndColumn < 1 || reg.EndLine < reg.StartLine {
					t.Fatalf("bad region %+v", reg)
				}
			}
		}
	})
}
