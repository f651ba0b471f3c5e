package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
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
		"no findings": {rep: &reconcile.Report{SchemaVersion: "1", Documents: []string{"a.txt"}, Claims: 3, Findings: []claims.Finding{}}},
		"odd finding": {rep: &reconcile.Report{SchemaVersion: "1", Findings: []claims.Finding{odd}}},
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
	tests := []struct{ name, old, new, err string }{
		{"column 0", `"startColumn": 1,`, `"startColumn": 0,`, "/runs/0/results/0/locations/0/physicalLocation/region/startColumn: 0 is beyond the minimum 1"},
		{"unknown property", `"ruleId":`, `"rule_id": "x", "ruleId":`, `/runs/0/results/0: property "rule_id" is not allowed`},
		{"bad level", `"level": "error"`, `"level": "fatal"`, "/runs/0/tool/driver/rules/0/defaultConfiguration/level: value fatal not in enum"},
		{"bad version", `"version": "2.1.0"`, `"version": "2.0.0"`, "/version: value 2.0.0 not in enum"},
		{"line as string", `"startLine": 7,`, `"startLine": "7",`, "startLine: type string, want integer"},
		{"message without text", `"text": "Date differs:`, `"markdown": "Date differs:`, "/runs/0/results/0/message: 0 of the anyOf alternatives match"},
		{"suppression kind", `"kind": "external"`, `"kind": "baseline"`, "/suppressions/0/kind: value baseline not in enum"},
		{"driver without name", `"name": "concord",`, ``, `/runs/0/tool/driver: missing required property "name"`},
		{"informationUri not absolute", `"informationUri": "https://github.com/concordfacts/concord"`, `"informationUri": "concord"`, `"concord" is not an absolute URI`},
	}
	for _, tt := range tests {
		if !strings.Contains(good, tt.old) {
			t.Fatalf("%s: output lacks %q", tt.name, tt.old)
		}
		bad := strings.Replace(good, tt.old, tt.new, 1)
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
	fp := map[string]string{}
	for _, f := range res.rep.Findings {
		fp[string(f.Kind)+"/"+string(f.Field)] = f.Fingerprint
	}
	want := []summary{
		{RuleID: "concord/conflict/date", Level: "error", URI: "testdata/docs/a.txt", Line: 7, Col: 1, EndCol: 15,
			Related: []string{"testdata/docs/b.txt Other account: 4 March 2014"}, Fingerprint: fp["conflict/date"]},
		{RuleID: "concord/conflict/quantity", Level: "error", URI: "testdata/docs/a.txt", Line: 8, Col: 13, EndCol: 22,
			Related: []string{"testdata/docs/b.txt Other account: 16 killed"}, Fingerprint: fp["conflict/quantity"]},
		{RuleID: "concord/variant/place", Level: "warning", URI: "testdata/docs/a.txt", Line: 9, Col: 44, EndCol: 51,
			Related: []string{"testdata/docs/b.txt Other account: Qantari"}, Fingerprint: fp["variant/place"], Suppressed: "external"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got; corroborations are left out):\n%s", diff)
	}

	// results is present, as an empty array, when there are no findings.
	buf.Reset()
	if err := writeSARIF(&buf, &result{rep: &reconcile.Report{SchemaVersion: "1", Findings: []claims.Finding{}}}); err != nil {
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
