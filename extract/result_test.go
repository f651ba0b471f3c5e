package extract

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

// TestDocumentDateSources checks which date a document is read with and
// what its record says: a user's date before everything, a dateline's
// date before the metadata, the metadata (front matter) before a
// publication line; the date replaced is recorded with where it is.
func TestDocumentDateSources(t *testing.T) {
	day := func(m time.Month, d int) claims.Day { return claims.NewDay(2014, m, d) }
	const (
		dateline = "BEIRUT, 9 January 2014 (Reuters) - Rebels took the town on Thursday.\n"
		pubLine  = "Rebels take the town\n\nPublished January 10, 2014\n\nRebels took the town on Thursday.\n"
		front    = "---\ntitle: Rebels take the town\ndate: 2014-01-11\n---\n"
		plain    = "Rebels took the town on Thursday.\n"
	)
	sp := func(off, n int, text string) *claims.Span { return &claims.Span{Offset: off, Length: n, Text: text} }
	tests := []struct {
		name      string
		text      string
		published time.Time
		want      *claims.DocumentDate
		thursday  claims.Day // the date of the sentence "on Thursday"; 0 for undated
	}{
		{"no date", plain, time.Time{}, nil, 0},
		{"a dateline", dateline, time.Time{},
			&claims.DocumentDate{Document: "d", DateReading: claims.DateReading{Date: day(1, 9), Source: claims.DateFromDateline, Span: sp(8, 14, "9 January 2014"), Line: 1, Column: 9}},
			day(1, 9)},
		{"a publication line", pubLine, time.Time{},
			&claims.DocumentDate{Document: "d", DateReading: claims.DateReading{Date: day(1, 10), Source: claims.DateFromPublication, Span: sp(32, 16, "January 10, 2014"), Line: 3, Column: 11}},
			day(1, 9)},
		{"front matter", front + plain, time.Time{},
			&claims.DocumentDate{Document: "d", DateReading: claims.DateReading{Date: day(1, 11), Source: claims.DateFromFrontMatter, Span: sp(38, 10, "2014-01-11"), Line: 3, Column: 7}},
			day(1, 9)},
		{"front matter before a publication line", front + pubLine, time.Time{},
			&claims.DocumentDate{Document: "d", DateReading: claims.DateReading{Date: day(1, 11), Source: claims.DateFromFrontMatter, Span: sp(38, 10, "2014-01-11"), Line: 3, Column: 7},
				Replaced: &claims.DateReading{Date: day(1, 10), Source: claims.DateFromPublication, Span: sp(85, 16, "January 10, 2014"), Line: 7, Column: 11}},
			day(1, 9)},
		{"a dateline before front matter", front + dateline, time.Time{},
			&claims.DocumentDate{Document: "d", DateReading: claims.DateReading{Date: day(1, 9), Source: claims.DateFromDateline, Span: sp(61, 14, "9 January 2014"), Line: 5, Column: 9}},
			day(1, 9)},
		{"a user's date before a dateline", dateline, time.Date(2014, 1, 18, 23, 0, 0, 0, time.FixedZone("x", -5*3600)),
			&claims.DocumentDate{Document: "d", DateReading: claims.DateReading{Date: day(1, 18), Source: claims.DateFromUser},
				Replaced: &claims.DateReading{Date: day(1, 9), Source: claims.DateFromDateline, Span: sp(8, 14, "9 January 2014"), Line: 1, Column: 9}},
			day(1, 16)},
		{"a user's date on a document without one", plain, time.Date(2014, 1, 18, 0, 0, 0, 0, time.UTC),
			&claims.DocumentDate{Document: "d", DateReading: claims.DateReading{Date: day(1, 18), Source: claims.DateFromUser}},
			day(1, 16)},
	}
	ex := newExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ex.DocumentResult(context.Background(), Source{Name: "d", Text: []byte(tt.text), Published: tt.published})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, res.Date); diff != "" {
				t.Errorf("date (-want +got):\n%s", diff)
			}
			if res.Date != nil {
				for _, r := range []*claims.DateReading{&res.Date.DateReading, res.Date.Replaced} {
					if r != nil && r.Span != nil && tt.text[r.Span.Offset:r.Span.End()] != r.Span.Text {
						t.Errorf("span %+v does not point at its text", r.Span)
					}
				}
			}
			var got claims.Day
			for _, c := range res.Claims {
				if c.Clause.Text == "Rebels took the town on Thursday." || c.Clause.Text == dateline[:len(dateline)-1] {
					if c.Date != nil {
						got = c.Date.Start
					}
				}
			}
			if got != tt.thursday {
				t.Errorf("\"on Thursday\" dated %v, want %v", got, tt.thursday)
			}
		})
	}
}
