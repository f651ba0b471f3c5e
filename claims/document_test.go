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

// TestDocumentDatesJSON checks the JSON shape of the documents' own
// dates: the reading is flattened into the record, the span of a date
// given by the user is left out, and the key is left out when no
// document has a date, so that version 2 documents without dates read
// and write as before.
func TestDocumentDatesJSON(t *testing.T) {
	day := claims.NewDay(2014, 1, 13)
	doc := claims.Document{
		SchemaVersion: claims.SchemaVersion,
		Documents:     []string{"r.txt", "page.html"},
		Claims:        []claims.Claim{},
		DocumentDates: []claims.DocumentDate{
			{Document: "r.txt", DateReading: claims.DateReading{Date: day, Source: claims.DateFromUser},
				Replaced: &claims.DateReading{Date: day + 1, Source: claims.DateFromDateline,
					Span: &claims.Span{Offset: 8, Length: 6, Text: "Jan 14"}, Line: 3, Column: 9}},
			{Document: "page.html", DateReading: claims.DateReading{Date: day, Source: claims.DateFromMetaTag,
				Span: &claims.Span{Offset: 120, Length: 20, Text: "2014-01-13T10:00:00Z"}, Line: 5, Column: 48}},
		},
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"schema_version":"2","documents":["r.txt","page.html"],"claims":[],"document_dates":[` +
		`{"document":"r.txt","date":"2014-01-13","source":"user","replaced":{"date":"2014-01-14","source":"dateline","span":{"offset":8,"length":6,"text":"Jan 14"},"line":3,"column":9}},` +
		`{"document":"page.html","date":"2014-01-13","source":"meta-tag","span":{"offset":120,"length":20,"text":"2014-01-13T10:00:00Z"},"line":5,"column":48}]}`
	if string(b) != want {
		t.Errorf("JSON:\n%s\nwant\n%s", b, want)
	}
	got, err := claims.ReadDocument(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&doc, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	doc.DocumentDates = nil
	if b, _ := json.Marshal(doc); strings.Contains(string(b), "document_dates") {
		t.Errorf("no dates: %s", b)
	}
}
