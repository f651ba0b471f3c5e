package timex

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

const docAnchor = claims.AnchorDocument

// docRow is what TestDocumentDate compares: the document's date, where
// it came from and its dateline.
type docRow struct {
	Day      string
	Source   DateSource
	Span     string
	Dateline string
}

// TestDocumentDate checks the datelines and publication lines a
// document's own date is read from, and lines that are neither.
func TestDocumentDate(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want docRow
	}{
		{"dateline with a full date", "Rebels retreat\n\nHOMS, 3 March 2015 — Rebels left the old city on Sunday.\n",
			docRow{"2015-03-03", FromDateline, "3 March 2015", "HOMS, 3 March 2015 —"}},
		{"agency dateline, year from the publication line", "Rebels retreat\n\nPublished March 4, 2015\n\nHOMS, Mar 3 (Reuters) - Rebels left the old city on Sunday.\n",
			docRow{"2015-03-03", FromDateline, "Mar 3", "HOMS, Mar 3 (Reuters) -"}},
		{"agency dateline in the previous year", "Rebels retreat\n\nPublished January 2, 2015\n\nHOMS, Dec. 31 (UPI) -- Rebels left the old city.\n",
			docRow{"2014-12-31", FromDateline, "Dec. 31", "HOMS, Dec. 31 (UPI) --"}},
		{"place, region and agency, date from an update line", "Rebels retreat\n\nLast Updated : Mar 5 2015\n\nHOMS, Syria (AP) — Rebels left the old city on Sunday.\n",
			docRow{"2015-03-05", FromPublication, "Mar 5 2015", "HOMS, Syria (AP) —"}},
		{"published before updated", "Rebels retreat\n\nUpdated 9 March 2015\n\nFirst published on Wed 4 Mar 2015 08.10 GMT\n\nRebels left the old city.\n",
			docRow{"2015-03-04", FromPublication, "Wed 4 Mar 2015", ""}},
		{"agency and weekday", "Rebels retreat\n\nAFP, Friday 6 Mar 2015\n\nRebels left the old city.\n",
			docRow{"2015-03-06", FromPublication, "Friday 6 Mar 2015", ""}},
		{"date and time", "Rebels retreat\n\nFri Mar 6, 2015 20:14:45 EST\n\nRebels left the old city.\n",
			docRow{"2015-03-06", FromPublication, "Fri Mar 6, 2015", ""}},
		{"the page's trail after a separator", "Rebels retreat\n\nMARCH 6, 2015 / 3:15 PM / 9 YEARS AGO\n\nRebels left the old city.\n",
			docRow{"2015-03-06", FromPublication, "MARCH 6, 2015", ""}},
		{"ISO publication date", "Rebels retreat\n\nPublished 2015-03-06\n\nRebels left the old city.\n",
			docRow{"2015-03-06", FromPublication, "2015-03-06", ""}},
		{"a publication line at the foot of the page", "Rebels retreat\n\nHOMS, Mar 3 (Reuters) - Rebels left the old city.\n\nB.\n\nC.\n\nD.\n\nE.\n\nF.\n\nG.\n\nReporting by A; Editing by B\n\nMarch 3, 2015\n",
			docRow{"2015-03-03", FromDateline, "Mar 3", "HOMS, Mar 3 (Reuters) -"}},
		{"agency dateline without a date", "Rebels retreat\n\nHoms (AFP) - Rebels left the old city.\n",
			docRow{Dateline: "Homs (AFP) -"}},

		// Not a document date.
		{"a sentence with a date", "Rebels retreat\n\nRebels left the old city on 3 March 2015.\n", docRow{}},
		{"a short dated sentence", "Rebels retreat\n\nFighting resumed on 5 May 2014.\n", docRow{}},
		{"a retrieval date at the foot", "Rebels retreat\n\nRebels left the old city.\n\nRetrieved 14 January 2014\n", docRow{}},
		{"an access date at the foot", "Rebels retreat\n\nRebels left the old city.\n\nAccessed 14 January 2014.\n", docRow{}},
		{"a list item with a date", "Rebels retreat\n\n- 5 May 2014\n", docRow{}},
		{"a name and a dash", "Rebels retreat\n\nISIL — the Islamic State — took the town on 5 May 2014.\n", docRow{}},
		{"an acronym with its expansion", "Rebels retreat\n\nISIS (Islamic State) — the group — took the town.\n", docRow{}},
		{"an acronym with another", "Rebels retreat\n\nISIS (ISIL) — the group — took the town.\n", docRow{}},
		{"a year-less dateline with nothing to complete it", "Rebels retreat\n\nHOMS, Mar 3 (Reuters) - Rebels left the old city.\n",
			docRow{Dateline: "HOMS, Mar 3 (Reuters) -"}},
		{"a dateline deep in the article", "Rebels retreat\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\nF.\n\nHOMS, 3 March 2015 — Rebels left.\n", docRow{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parserForTest(t).Parse("test", tt.doc)
			tl := New(p, testLexicon())
			d, ok := tl.DocumentDate()
			var got docRow
			if ok {
				got = docRow{Day: d.Date.Start.String(), Source: d.Source, Span: d.Date.Span.Text}
				if sp := d.Date.Span; tt.doc[sp.Offset:sp.End()] != sp.Text {
					t.Errorf("span %+v does not match the source", sp)
				}
			}
			got.Dateline = d.Dateline.Text
			if sp := d.Dateline; tt.doc[sp.Offset:sp.End()] != sp.Text {
				t.Errorf("dateline %+v does not match the source", sp)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestTimelineReport checks a news report read against its dateline:
// weekdays count back from it, report dates are kept apart, and undated
// sentences are dated on or before it.
func TestTimelineReport(t *testing.T) {
	// Thursday 5 March 2015.
	doc := "Rebels lose the old city\n\n" +
		"HOMS, 5 March 2015 — Rebels withdrew from the old city of Homs on Thursday, activists said. " +
		"The army entered on Friday, a day after a truce, and by Monday it held the souk. " +
		"Saturday's shelling killed nine people. As early as Wednesday, the last convoy had left. " +
		"Later the same day, the army searched the citadel. " +
		"Activists said on Tuesday that the army had taken the souk on Sunday. " +
		"State television said on Monday that mortar fire had killed 19 people. " +
		"The group said Tuesday it had captured the base late on Sunday. " +
		"Activists said on 28 February that the army had shelled the citadel on Sunday. " +
		"Two days ago, the army shelled the airport. Over the past two days, 40 people died, the Observatory said on Wednesday. " +
		"Talks will resume on Monday. In February, the siege tightened. The siege had lasted two years. Yesterday, talks resumed. Next Monday, talks go on. " +
		"Rebels fought Good Friday pilgrims. Every Friday protests were held.\n"
	rows := timelineRows(t, doc)
	doc5 := "5 March 2015"
	want := [][]dateRow{
		{{Clause: "HOMS, 5 March 2015 — Rebels withdrew from the old city of Homs on Thursday, activists said.", Span: "Thursday", Start: "2015-03-05", End: "2015-03-05", Prec: day, Anchor: docAnchor, Base: doc5}},
		{
			{Clause: "The army entered on Friday, a day after a truce,", Span: "Friday", Start: "2015-02-27", End: "2015-02-27", Prec: day, Anchor: docAnchor, Base: doc5},
			{Clause: "and by Monday it held the souk.", Span: "by Monday", Start: "2015-02-27", End: "2015-03-02", Prec: day, Mod: before, Anchor: docAnchor, Base: doc5},
		},
		{{Clause: "Saturday's shelling killed nine people.", Span: "Saturday's", Start: "2015-02-28", End: "2015-02-28", Prec: day, Anchor: docAnchor, Base: doc5}},
		{{Clause: "As early as Wednesday, the last convoy had left.", Span: "As early as Wednesday", Start: "2015-02-28", End: "2015-03-04", Prec: day, Mod: before, Anchor: docAnchor, Base: doc5}},
		{{Clause: "Later the same day, the army searched the citadel.", Span: "Later the same day", Start: "2015-03-04", End: "2015-03-04", Prec: day, Anchor: rel, Base: "As early as Wednesday"}},
		{{Clause: "Activists said on Tuesday that the army had taken the souk on Sunday.", Span: "Sunday", Start: "2015-03-01", End: "2015-03-01", Prec: day, Anchor: docAnchor, Base: "Tuesday", Reported: "Tuesday 2015-03-03"}},
		{{Clause: "State television said on Monday that mortar fire had killed 19 people.", Span: "Monday", Start: "2015-03-01", End: "2015-03-02", Prec: day, Mod: before, Anchor: docAnchor, Base: doc5, Reported: "Monday 2015-03-02"}},
		{{Clause: "The group said Tuesday it had captured the base late on Sunday.", Span: "Sunday", Start: "2015-03-01", End: "2015-03-01", Prec: day, Anchor: docAnchor, Base: "Tuesday", Reported: "Tuesday 2015-03-03"}},
		{{Clause: "Activists said on 28 February that the army had shelled the citadel on Sunday.", Span: "Sunday", Start: "2015-02-22", End: "2015-02-22", Prec: day, Anchor: docAnchor, Base: "28 February", Reported: "28 February 2015-02-28"}},
		{{Clause: "Two days ago, the army shelled the airport.", Span: "Two days ago", Start: "2015-03-03", End: "2015-03-03", Prec: day, Anchor: docAnchor, Base: doc5}},
		{{Clause: "Over the past two days, 40 people died, the Observatory said on Wednesday.", Span: "the past two days", Start: "2015-03-02", End: "2015-03-04", Prec: days, Anchor: docAnchor, Base: "Wednesday", Reported: "Wednesday 2015-03-04"}},
		{{Clause: "Talks will resume on Monday.", Span: "Monday", Start: "2015-03-09", End: "2015-03-09", Prec: day, Anchor: docAnchor, Base: doc5}},
		{{Clause: "In February, the siege tightened.", Span: "February", Start: "2015-02-01", End: "2015-02-28", Prec: month, Anchor: docAnchor}},
		{{Clause: "The siege had lasted two years.", Span: doc5, Start: "2015-03-01", End: "2015-03-05", Prec: day, Mod: before, Anchor: inh, Inherited: true, From: docAnchor}},
		{{Clause: "Yesterday, talks resumed.", Span: "Yesterday", Start: "2015-03-04", End: "2015-03-04", Prec: day, Anchor: docAnchor, Base: doc5}},
		{{Clause: "Next Monday, talks go on.", Span: "Next Monday", Start: "2015-03-09", End: "2015-03-09", Prec: day, Anchor: docAnchor, Base: doc5}},
		{{Clause: "Rebels fought Good Friday pilgrims.", Span: doc5, Start: "2015-03-01", End: "2015-03-05", Prec: day, Mod: before, Anchor: inh, Inherited: true, From: docAnchor}},
		{{Clause: "Every Friday protests were held.", Span: doc5, Start: "2015-03-01", End: "2015-03-05", Prec: day, Mod: before, Anchor: inh, Inherited: true, From: docAnchor}},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// A report tells what happened by its own day: a date counted past it in
// a sentence with no word of the future counts from an event the text
// does not date, and the sentence keeps the report's bound ("after the
// army declared", counted from an undated event, also marks the bound
// low-confidence).
func TestTimelineReportNoFuture(t *testing.T) {
	// Thursday 5 March 2015.
	doc := "Rebels lose the old city\n\n" +
		"HOMS, 5 March 2015 — Rebels withdrew from the old city of Homs on Thursday, activists said. " +
		"The withdrawal came two weeks after the army declared an offensive. " +
		"The withdrawal came two weeks after rebels declared an offensive. " +
		"Three days later the rebels retook the market. " +
		"Talks are expected to resume two days later.\n"
	rows := timelineRows(t, doc)
	doc5 := "5 March 2015"
	want := [][]dateRow{
		{{Clause: "HOMS, 5 March 2015 — Rebels withdrew from the old city of Homs on Thursday, activists said.", Span: "Thursday", Start: "2015-03-05", End: "2015-03-05", Prec: day, Anchor: docAnchor, Base: doc5}},
		{{Clause: "The withdrawal came two weeks after the army declared an offensive.", Span: doc5, Start: "2015-03-01", End: "2015-03-05", Prec: day, Mod: before, Anchor: inh, Inherited: true, Low: true, From: docAnchor}},
		{{Clause: "The withdrawal came two weeks after rebels declared an offensive.", Span: doc5, Start: "2015-03-01", End: "2015-03-05", Prec: day, Mod: before, Anchor: inh, Inherited: true, From: docAnchor}},
		{{Clause: "Three days later the rebels retook the market.", Span: doc5, Start: "2015-03-01", End: "2015-03-05", Prec: day, Mod: before, Anchor: inh, Inherited: true, From: docAnchor}},
		{{Clause: "Talks are expected to resume two days later.", Span: "two days later", Start: "2015-03-07", End: "2015-03-07", Prec: day, Anchor: rel, Base: "Thursday"}},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// A sentence that counts from an event it does not date ("Two days after
// the killings") reads no date from it, and the narrative date it
// inherits is marked low-confidence: it is not that sentence's day.
func TestTimelineTiedToUndatedEvent(t *testing.T) {
	doc := "Killings\n\nOn 11 March 2014, gunmen killed 22 people in the village. " +
		"Two days after the killings, a brigade shot dead the emir. " +
		"The day after the attack, the brigade left. " +
		"Two days later, the brigade returned.\n"
	rows := timelineRows(t, doc)
	var got []bool
	for _, sentence := range rows[1:] {
		for _, r := range sentence {
			got = append(got, r.Low)
		}
	}
	if diff := cmp.Diff([]bool{true, true, false}, got); diff != "" {
		t.Errorf("low confidence (-want +got):\n%s\nrows: %+v", diff, rows)
	}
}
