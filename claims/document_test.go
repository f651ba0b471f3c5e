package claims_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

func TestReadDocument(t *testing.T) {
	d := claims.Day(0)
	doc := claims.Document{
		SchemaVersion: claims.SchemaVersion,
		Documents:     []string{"a.txt", "empty.txt"},
		Claims: []claims.Claim{{
			ID: "a.txt#1", Text: "On 4 March 2014, ISIL withdrew.",
			Provenance: claims.Provenance{Doc: "a.txt", Section: []string{}, Line: 3, Column: 1, Offset: 7, Length: 31, Kind: claims.SourceSentence},
			Clause:     claims.Span{Offset: 7, Length: 31, Text: "On 4 March 2014, ISIL withdrew."},
			Date:       &claims.TimeSpan{Start: d + 16133, End: d + 16133, Precision: claims.PrecisionDay, Anchor: claims.AnchorExplicit},
			Quantities: []claims.Quantity{}, Mentions: []claims.Mention{},
		}},
		Warnings: []claims.Warning{{Kind: claims.WarnNoClaims, File: "empty.txt", Message: "no claims: the document is empty"}},
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(doc); err != nil {
		t.Fatal(err)
	}
	got, err := claims.ReadDocument(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&doc, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if s := got.Warnings[0].String(); s != "empty.txt: no claims: the document is empty" {
		t.Errorf("warning %q", s)
	}

	for _, tt := range []struct{ in, err string }{
		{`{"schema_version":"1","documents":[],"claims":[]}`, ""},
		{`{"schema_version":"9","documents":[],"claims":[]}`, `unsupported schema_version "9"`},
		{`{"schema_version":"2","documents":[],"claims":[],"claimz":1}`, `unknown field "claimz"`},
		{`{"schema_version":"2","documents":[]} {}`, "unexpected data"},
		{`[]`, "cannot unmarshal"},
	} {
		d, err := claims.ReadDocument(strings.NewReader(tt.in))
		if tt.err == "" {
			if err != nil || d.Claims == nil {
				t.Errorf("%s: %v, claims %v", tt.in, err, d)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: err %v, want %q", tt.in, err, tt.err)
		}
	}
	if _, err := claims.ReadDocument(strings.NewReader(`{"schema_version":"0"}`)); !errors.Is(err, claims.ErrSchemaVersion) {
		t.Errorf("err = %v, want ErrSchemaVersion", err)
	}
}
