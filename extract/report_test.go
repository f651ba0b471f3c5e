package extract

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReportDates checks that a news report's claims carry their event
// dates and, apart from them, the dates they were reported on, each
// claim its own copy.
func TestReportDates(t *testing.T) {
	doc := "Rebels lose the old city\n\n" +
		"HOMS, 5 March 2015 — Activists said on Tuesday that the army had taken the souk on Sunday. " +
		"State television said on Monday that mortar fire had killed 19 people. Rebels fought on.\n"
	cs, err := newExtractor(t).Document(context.Background(), Source{Name: "r.txt", Text: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ Clause, Date, Reported string }
	var got []row
	for _, c := range cs {
		r := row{Clause: c.Clause.Text}
		if c.Date != nil {
			r.Date = c.Date.Start.String() + ".." + c.Date.End.String() + " " + string(c.Date.Modifier)
		}
		if c.Reported != nil {
			r.Reported = c.Reported.Start.String()
			if c.Reported == c.Date {
				t.Errorf("%q: the report date is the event date's value", c.Clause.Text)
			}
		}
		got = append(got, r)
	}
	want := []row{
		{"HOMS, 5 March 2015 — Activists said on Tuesday that the army had taken the souk on Sunday.", "2015-03-01..2015-03-01 ", "2015-03-03"},
		{"State television said on Monday that mortar fire had killed 19 people.", "2015-03-01..2015-03-02 before", "2015-03-02"},
		{"Rebels fought on.", "2015-03-01..2015-03-05 before", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
