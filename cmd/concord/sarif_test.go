package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

// sarifSchemaPath is the copy of the OASIS SARIF 2.1.0 schema.
var sarifSchemaPath = filepath.Join("..", "..", "testdata", "sarif", "sarif-schema-2.1.0.json")

func loadSARIFValidator(t *testing.T) *schemaValidator {
	t.Helper()
	b, err := os.ReadFile(sarifSchemaPath)
	if err != nil {
		t.Fatal(err)
	}
	v, err := newSchemaValidator(b)
	if err != nil {
		t.Fatalf("%s: %v", sarifSchemaPath, err)
	}
	return v
}

// sarifCases are reports whose SARIF must validate.
func sarifCases(t *testing.T) map[string]*result {
	text := "Les forces ont quitté Azaz le 4 mars 2014 — selon l’OSDH."
	c := claims.Claim{ID: "x#1", Text: text, Provenance: claims.Provenance{Doc: "/abs/dir with space/é.txt", Line: 2, Column: 1, Offset: 5, Length: len(text)}}
	odd := claims.Finding{Kind: claims.Variant, Field: "spelling", Summary: "odd field, one claim, value not in text", Claims: []claims.Claim{c}, Values: []string{"Azaz!"}, Event: "x", Fingerprint: "f1"}
	return map[string]*result{
		"fixture":     acceptedResult(t),
		"no findings": {rep: &reconcile.Report{SchemaVersion: claims.SchemaVersion, Documents: []string{"a.txt"}, Claims: 3, Findings: []claims.Finding{}}},
		"odd finding": {rep: &reconcile.Report{SchemaVersion: claims.SchemaVersion, Findings: []claims.Finding{odd}}},
	}
}

func TestSARIFSchema(t *testing.T) {
	v := loadSARIFValidator(t)
	for name, res := range sarifCases(t) {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := writeSARIF(&buf, res); err != nil {
				t.Fatal(err)
			}
			errs, err := v.validate(buf.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if len(errs) > 0 {
				t.Errorf("SARIF does not validate against %s:\n%s\n%s", sarifSchemaPath, strings.Join(errs, "\n"), buf.String())
			}
		})
	}
}

// TestSchemaValidator checks that the validator catches what it must, so
// that TestSARIFSchema means something.
func TestSchemaValidator(t *testing.T) {
	v := loadSARIFValidator(t)
	var buf bytes.Buffer
	if err := writeSARIF(&buf, acceptedResult(t)); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	// Each case breaks the first match of a pattern in valid output.
	tests := []struct{ name, re, new, err string }{
		{"column 0", `"startColumn": \d+,`, `"startColumn": 0,`, "/runs/0/results/0/locations/0/physicalLocation/region/startColumn: 0 is beyond the minimum 1"},
		{"unknown property", `"ruleId":`, `"rule_id": "x", "ruleId":`, `/runs/0/results/0: property "rule_id" is not allowed`},
		{"bad level", `"level": "error"`, `"level": "fatal"`, "/runs/0/tool/driver/rules/0/defaultConfiguration/level: value fatal not in enum"},
		{"bad version", `"version": "2.1.0"`, `"version": "2.0.0"`, "/version: value 2.0.0 not in enum"},
		{"line as string", `"startLine": \d+,`, `"startLine": "7",`, "startLine: type string, want integer"},
		{"message without text", `"message": \{\s*"text":`, `"message": {"markdown":`, "/runs/0/results/0/message: 0 of the anyOf alternatives match"},
		{"suppression kind", `"kind": "external"`, `"kind": "baseline"`, "/suppressions/0/kind: value baseline not in enum"},
		{"driver without name", `"name": "concord",`, ``, `/runs/0/tool/driver: missing required property "name"`},
		{"informationUri not absolute", `"informationUri": "https://github.com/concordfacts/concord"`, `"informationUri": "concord"`, `"concord" is not an absolute URI`},
	}
	for _, tt := range tests {
		re := regexp.MustCompile(tt.re)
		loc := re.FindStringIndex(good)
		if loc == nil {
			t.Fatalf("%s: output lacks %s", tt.name, tt.re)
		}
		bad := good[:loc[0]] + tt.new + good[loc[1]:]
		errs, err := v.validate([]byte(bad))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !strings.Contains(strings.Join(errs, "\n"), tt.err) {
			t.Errorf("%s: errors %q, want one containing %q", tt.name, errs, tt.err)
		}
	}
}

// TestSARIFForGitHub checks what GitHub code scanning relies on beyond the
// schema.
func TestSARIFForGitHub(t *testing.T) {
	res := acceptedResult(t)
	var buf bytes.Buffer
	if err := writeSARIF(&buf, res); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || log.Schema == "" || len(log.Runs) != 1 {
		t.Fatalf("version %q, $schema %q, %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "concord" || run.Tool.Driver.InformationURI == "" {
		t.Errorf("driver %+v", run.Tool.Driver)
	}
	type summary struct {
		RuleID, Level, URI      string
		Line, Col, EndCol       int
		Related                 []string
		Fingerprint, Suppressed string
	}
	var got []summary
	for _, r := range run.Results {
		if r.RuleIndex < 0 || r.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("%s: ruleIndex %d does not name its rule", r.RuleID, r.RuleIndex)
		}
		rule := run.Tool.Driver.Rules[r.RuleIndex]
		if rule.DefaultConfiguration.Level != r.Level || rule.ShortDescription.Text == "" {
			t.Errorf("rule %+v", rule)
		}
		loc := r.Locations[0].PhysicalLocation
		s := summary{
			RuleID: r.RuleID, Level: r.Level, URI: loc.ArtifactLocation.URI,
			Line: loc.Region.StartLine, Col: loc.Region.StartColumn, EndCol: loc.Region.EndColumn,
			Fingerprint: r.PartialFingerprints[fingerprintKey],
		}
		for _, rl := range r.RelatedLocations {
			s.Related = append(s.Related, rl.PhysicalLocation.ArtifactLocation.URI+" "+rl.Message.Text)
			if rl.ID == nil || rl.PhysicalLocation.Region.StartColumn < 1 {
				t.Errorf("related location without id or column: %+v", rl)
			}
		}
		if len(r.Suppressions) > 0 {
			s.Suppressed = r.Suppressions[0].Kind
		}
		got = append(got, s)
	}
	// One result per conflict and variant (corroborations are not
	// problems), on the first account's value, the other accounts as
	// related locations; accepted findings are suppressed.
	var want []summary
	for _, g := range groupByEvent(res.rep.Findings) {
		for _, f := range g.findings {
			if f.Kind == claims.Corroboration {
				continue
			}
			start, end, _ := valueRange(f, 0)
			a, b := res.position(f.Claims[0], start), res.position(f.Claims[0], end)
			s := summary{RuleID: "concord/" + string(f.Kind) + "/" + string(f.Field), Level: map[claims.FindingKind]string{claims.Conflict: "error", claims.Variant: "warning"}[f.Kind],
				URI: f.Claims[0].Provenance.Doc, Line: a.line, Col: a.col16, EndCol: b.col16, Fingerprint: f.Fingerprint}
			for i, o := range f.Claims[1:] {
				s.Related = append(s.Related, o.Provenance.Doc+" Other account: "+f.Values[i+1])
			}
			if f.Accepted {
				s.Suppressed = "external"
			}
			want = append(want, s)
		}
	}
	if len(want) == 0 {
		t.Fatal("no conflict or variant on testdata/docs: nothing to check")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}

	// results is present, as an empty array, when there are no findings.
	buf.Reset()
	if err := writeSARIF(&buf, &result{rep: &reconcile.Report{SchemaVersion: claims.SchemaVersion, Findings: []claims.Finding{}}}); err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Runs []map[string]json.RawMessage `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	if r, ok := raw.Runs[0]["results"]; !ok || string(r) != "[]" {
		t.Errorf("empty run: results = %s, want []", r)
	}
}
