package timex

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
)

// dateRow is what the tests compare for one clause.
type dateRow struct {
	Clause     string
	Span       string
	Start, End string
	Prec       claims.Precision
	Mod        claims.Modifier
	Anchor     claims.Anchor
	Inherited  bool
	Low        bool
	// From is InheritedFrom; Base the text of the base of a relative
	// date; Reported the report date's span and day.
	From     claims.Anchor
	Base     string
	Period   bool
	Reported string
}

var testParser *article.Parser

// parserForTest returns a document parser shared by the tests.
func parserForTest(t testing.TB) *article.Parser {
	t.Helper()
	if testParser == nil {
		p, err := article.NewParser()
		if err != nil {
			t.Fatal(err)
		}
		testParser = p
	}
	return testParser
}

// timelineRows parses doc and runs the timeline over it, returning the
// clauses of every unit in reading order. It checks the span invariants.
func timelineRows(t *testing.T, doc string) [][]dateRow {
	t.Helper()
	p := parserForTest(t).Parse("test", doc)
	tl := New(p, testLexicon())
	var out [][]dateRow
	for i := range p.Items {
		it := &p.Items[i]
		if it.Kind == article.HeadingItem {
			tl.Heading(it)
			continue
		}
		var rows []dateRow
		for _, c := range tl.Clauses(it.Unit, tokensOf(it.Unit.Masked)) {
			r := dateRow{Clause: doc[c.Start:c.End]}
			if d := c.Date; d != nil {
				if got := doc[d.Span.Offset:d.Span.End()]; got != d.Span.Text {
					t.Errorf("span %+v does not match the source %q", d.Span, got)
				}
				r.Span, r.Start, r.End = d.Span.Text, d.Start.String(), d.End.String()
				r.Prec, r.Mod, r.Anchor, r.Inherited, r.Low = d.Precision, d.Modifier, d.Anchor, d.Inherited, d.LowConfidence
				r.From, r.Period = d.InheritedFrom, d.Period
				if d.Base != nil {
					if got := doc[d.Base.Offset:d.Base.End()]; got != d.Base.Text {
						t.Errorf("base %+v does not match the source %q", *d.Base, got)
					}
					r.Base = d.Base.Text
				}
			}
			if rp := c.Reported; rp != nil {
				r.Reported = rp.Span.Text + " " + rp.Start.String()
			}
			rows = append(rows, r)
		}
		out = append(out, rows)
	}
	return out
}

// one builds the expected row of a sentence with a single own date.
func one(clause, span, start, end string, prec claims.Precision, mod claims.Modifier, anchor claims.Anchor) []dateRow {
	return []dateRow{{Clause: clause, Span: span, Start: start, End: end, Prec: prec, Mod: mod, Anchor: anchor}}
}

// based sets the base of every row's relative date.
func based(rows []dateRow, base string) []dateRow {
	for i := range rows {
		rows[i].Base = base
	}
	return rows
}

// periodOf marks every row's date as a period.
func periodOf(rows []dateRow) []dateRow {
	for i := range rows {
		rows[i].Period = true
	}
	return rows
}

const (
	day    = claims.PrecisionDay
	days   = claims.PrecisionDays
	week   = claims.PrecisionWeek
	month  = claims.PrecisionMonth
	season = claims.PrecisionSeason
	year   = claims.PrecisionYear
	years  = claims.PrecisionYears

	expl = claims.AnchorExplicit
	head = claims.AnchorHeading
	ttl  = claims.AnchorTitle
	prev = claims.AnchorPrevious
	rel  = claims.AnchorRelative
	inh  = claims.AnchorInherit

	none   = claims.ModNone
	start  = claims.ModStart
	mid    = claims.ModMid
	end    = claims.ModEnd
	before = claims.ModBefore
	after  = claims.ModAfter
)

// TestTimelineLastSentence checks the clauses of the last sentence of
// small documents, one family of expressions at a time. The documents
// start with a title line; the sentences before the last set the
// narrative.
func TestTimelineLastSentence(t *testing.T) {
	const ctx = "= Some war =\n\nOn 3 February 2014, rebels attacked a base.\n\n"
	tests := []struct {
		name string
		doc  string
		want []dateRow
	}{
		// Full and partial dates.
		{"day month year", "= W =\n\nOn 5 July 2013, units were deployed.\n",
			one("On 5 July 2013, units were deployed.", "5 July 2013", "2013-07-05", "2013-07-05", day, none, expl)},
		{"month day comma year", "= W =\n\nAssad was sworn in on July 16, 2014.\n",
			one("Assad was sworn in on July 16, 2014.", "July 16, 2014", "2014-07-16", "2014-07-16", day, none, expl)},
		{"ordinal of month", "= W =\n\nIn 2013 rebels fought. The town fell on the 16th of July.\n",
			one("The town fell on the 16th of July.", "the 16th of July", "2013-07-16", "2013-07-16", day, none, prev)},
		{"day month, year from previous", "= W =\n\nIn 2013 rebels fought. On 16 July, rebels attacked.\n",
			one("On 16 July, rebels attacked.", "16 July", "2013-07-16", "2013-07-16", day, none, prev)},
		{"month day, year from previous", "= W =\n\nIn 2013 rebels fought. His body was recovered on September 12.\n",
			one("His body was recovered on September 12.", "September 12", "2013-09-12", "2013-09-12", day, none, prev)},
		{"month year", "= W =\n\nIn June 2013, clashes erupted.\n",
			one("In June 2013, clashes erupted.", "June 2013", "2013-06-01", "2013-06-30", month, none, expl)},
		{"year", "= W =\n\nIn 2015, around 200 rebels were armed.\n",
			one("In 2015, around 200 rebels were armed.", "2015", "2015-01-01", "2015-12-31", year, none, expl)},
		{"season of year", "= W =\n\nIn the summer of 2014, ISIL began taking over the area.\n",
			one("In the summer of 2014, ISIL began taking over the area.", "the summer of 2014", "2014-06-01", "2014-08-31", season, none, expl)},
		{"winter", "= W =\n\nFighting stopped in winter 2014.\n",
			one("Fighting stopped in winter 2014.", "winter 2014", "2013-12-01", "2014-02-28", season, none, expl)},
		{"abbreviated month", "= W =\n\nThe town fell on 3 Sept. 2013 after a siege.\n",
			one("The town fell on 3 Sept. 2013 after a siege.", "3 Sept. 2013", "2013-09-03", "2013-09-03", day, none, expl)},

		// Parts of periods.
		{"mid year", "= W =\n\nTension raised sharply in mid 2013.\n",
			one("Tension raised sharply in mid 2013.", "mid 2013", "2013-05-01", "2013-08-31", year, mid, expl)},
		{"late year", "= W =\n\nIn late 2017, ISIL launched a campaign.\n",
			one("In late 2017, ISIL launched a campaign.", "late 2017", "2017-09-01", "2017-12-31", year, end, expl)},
		{"early year hyphen", "= W =\n\nThe group formed in early-2015.\n",
			one("The group formed in early-2015.", "early-2015", "2015-01-01", "2015-04-30", year, start, expl)},
		{"early month year", "= W =\n\nThe conflict was renewed in early October 2013.\n",
			one("The conflict was renewed in early October 2013.", "early October 2013", "2013-10-01", "2013-10-10", month, start, expl)},
		{"late month", ctx + "In late May, more fighters arrived.\n",
			one("In late May, more fighters arrived.", "late May", "2014-05-21", "2014-05-31", month, end, prev)},
		{"mid-month hyphen", ctx + "Fighting stopped in mid-February.\n",
			one("Fighting stopped in mid-February.", "mid-February", "2014-02-11", "2014-02-20", month, mid, prev)},
		{"second half of month", ctx + "In the second half of September, ISIL drove the brigade out.\n",
			one("In the second half of September, ISIL drove the brigade out.", "the second half of September", "2014-09-16", "2014-09-30", days, none, prev)},
		{"first half of year", "= W =\n\nIn the first half of 2014, the group went by two names.\n",
			one("In the first half of 2014, the group went by two names.", "the first half of 2014", "2014-01-01", "2014-06-30", month, none, expl)},
		{"beginning of month", ctx + "At the beginning of October, soldiers reached the city.\n",
			one("At the beginning of October, soldiers reached the city.", "the beginning of October", "2014-10-01", "2014-10-10", month, start, prev)},
		{"end of year", "= W =\n\nThe truce held until the end of 2016 at least.\n",
			one("The truce held until the end of 2016 at least.", "until the end of 2016", "2016-09-01", "2016-12-31", year, before, expl)},
		{"first few days of the conflict", "= W =\n\nConflict erupted in January 2014. In the first few days of the conflict, a truce was brokered.\n",
			based(one("In the first few days of the conflict, a truce was brokered.", "the first few days of the conflict", "2014-01-01", "2014-01-05", days, start, rel), "January 2014")},
		{"first few days of the conflict, start from infobox", "= W =\n\nInfobox\n- Date: 2 January 2014 – 2018\n\nIn the first few days of the conflict, a truce was brokered.\n",
			one("In the first few days of the conflict, a truce was brokered.", "the first few days of the conflict", "2014-01-02", "2014-01-06", days, start, rel)},
		{"first few days unknown start", "= W =\n\nIn the first few days of the conflict, a truce was brokered.\n",
			[]dateRow{{Clause: "In the first few days of the conflict, a truce was brokered."}}},
		{"first day of month", "= W =\n\nOn 30 April 2017, clashes began. During the first day of May, fighters entered the town.\n",
			one("During the first day of May, fighters entered the town.", "the first day of May", "2017-05-01", "2017-05-01", day, none, prev)},

		// Ranges.
		{"between days of month", ctx + "Between 15 and 17 February, rebels captured villages.\n",
			one("Between 15 and 17 February, rebels captured villages.", "Between 15 and 17 February", "2014-02-15", "2014-02-17", days, none, prev)},
		{"between dash range", "= W =\n\nISIL captured Azaz between 18–23 September 2013.\n",
			one("ISIL captured Azaz between 18–23 September 2013.", "between 18–23 September 2013", "2013-09-18", "2013-09-23", days, none, expl)},
		{"day range", "= W =\n\nThe offensive advanced 16–20 September 2016.\n",
			one("The offensive advanced 16–20 September 2016.", "16–20 September 2016", "2016-09-16", "2016-09-20", days, none, expl)},
		{"between with year", "= W =\n\nBetween 27 and 29 April 2015, fighting raged.\n",
			one("Between 27 and 29 April 2015, fighting raged.", "Between 27 and 29 April 2015", "2015-04-27", "2015-04-29", days, none, expl)},
		{"month range in parentheses", "= W =\n\nThe Battle of Sarrin (June–July 2015) was a military operation.\n",
			periodOf(one("The Battle of Sarrin (June–July 2015) was a military operation.", "June–July 2015", "2015-06-01", "2015-07-31", month, none, expl))},
		{"month year range across years", "= W =\n\nISIL launched its campaign (October 2017–February 2018).\n",
			periodOf(one("ISIL launched its campaign (October 2017–February 2018).", "October 2017–February 2018", "2017-10-01", "2018-02-28", month, none, expl))},
		{"between day month and day month year", "= W =\n\nBetween 3 January and 28 June 2014, 5,641 people had been killed.\n",
			one("Between 3 January and 28 June 2014, 5,641 people had been killed.", "Between 3 January and 28 June 2014", "2014-01-03", "2014-06-28", days, none, expl)},
		{"between full dates", "= W =\n\nBetween 28 June 2014 and 29 February 2016, militants executed 4,225 people.\n",
			one("Between 28 June 2014 and 29 February 2016, militants executed 4,225 people.", "Between 28 June 2014 and 29 February 2016", "2014-06-28", "2016-02-29", days, none, expl)},
		{"from to", "= W =\n\nThis is a timeline from January to July 2014.\n",
			periodOf(one("This is a timeline from January to July 2014.", "from January to July 2014", "2014-01-01", "2014-07-31", month, none, expl))},
		{"year range short", "= W =\n\nIn 2013–14, there was some co-operation.\n",
			one("In 2013–14, there was some co-operation.", "2013–14", "2013-01-01", "2014-12-31", years, none, expl)},
		{"month list", "= W =\n\nFighting resumed in April, May, June and September 2017.\n",
			one("Fighting resumed in April, May, June and September 2017.", "April, May, June and September 2017", "2017-04-01", "2017-09-30", month, none, expl)},
		{"month slash", "= W =\n\nOn 9 October 2017, ISIL attacked. Then in January/February the army turned on ISIL.\n",
			one("Then in January/February the army turned on ISIL.", "January/February", "2018-01-01", "2018-02-28", month, none, prev)},
		{"us range", "= W =\n\nThe offensive advanced September 16–20, 2016.\n",
			one("The offensive advanced September 16–20, 2016.", "September 16–20, 2016", "2016-09-16", "2016-09-20", days, none, expl)},

		// Bounds.
		{"by day, start from the narrative", "= W =\n\nOn 23 February 2014, bombers struck. By 28 February, ISIL forces withdrew.\n",
			one("By 28 February, ISIL forces withdrew.", "By 28 February", "2014-02-23", "2014-02-28", day, before, prev)},
		{"by day, no narrative", "= W =\n\nBy 28 February 2014, ISIL forces withdrew.\n",
			one("By 28 February 2014, ISIL forces withdrew.", "By 28 February 2014", "2014-02-01", "2014-02-28", day, before, expl)},
		{"as of", "= W =\n\nAs of 5 April 2016, the rebels had captured at least 16 villages.\n",
			one("As of 5 April 2016, the rebels had captured at least 16 villages.", "As of 5 April 2016", "2016-04-01", "2016-04-05", day, before, expl)},
		{"since backward", "= W =\n\n== 14 January 2014 ==\n46 residents died of starvation since October.\n",
			one("46 residents died of starvation since October.", "since October", "2013-10-01", "2014-01-14", month, after, head)},
		{"until year", "= W =\n\nThe front fought ISIL until 2017.\n",
			one("The front fought ISIL until 2017.", "until 2017", "2017-01-01", "2017-12-31", year, before, expl)},
		{"from year in parentheses", "= W =\n\nTahrir al-Sham (from 2017) took over.\n",
			one("Tahrir al-Sham (from 2017) took over.", "from 2017", "2017-01-01", "2017-12-31", year, after, expl)},

		// Relative expressions, against "On 3 February 2014".
		{"the next day", ctx + "The next day, al-Qaeda distanced itself from ISIL.\n",
			based(one("The next day, al-Qaeda distanced itself from ISIL.", "The next day", "2014-02-04", "2014-02-04", day, none, rel), "3 February 2014")},
		{"the following day", ctx + "ISIL re-entered the camp the following day.\n",
			based(one("ISIL re-entered the camp the following day.", "the following day", "2014-02-04", "2014-02-04", day, none, rel), "3 February 2014")},
		{"the day before", ctx + "The day before, five fighters were killed.\n",
			based(one("The day before, five fighters were killed.", "The day before", "2014-02-02", "2014-02-02", day, none, rel), "3 February 2014")},
		{"two days later", ctx + "Two days later, the rebels captured the area.\n",
			based(one("Two days later, the rebels captured the area.", "Two days later", "2014-02-05", "2014-02-05", day, none, rel), "3 February 2014")},
		{"digits days later", ctx + "The commander was killed 4 days later.\n",
			based(one("The commander was killed 4 days later.", "4 days later", "2014-02-07", "2014-02-07", day, none, rel), "3 February 2014")},
		{"one week later", ctx + "One week later, a commander was assassinated.\n",
			based(one("One week later, a commander was assassinated.", "One week later", "2014-02-10", "2014-02-10", week, none, rel), "3 February 2014")},
		{"a month later", ctx + "A month later, the group attacked again.\n",
			based(one("A month later, the group attacked again.", "A month later", "2014-03-03", "2014-03-03", month, none, rel), "3 February 2014")},
		{"the previous evening", ctx + "ISIL had executed 50 prisoners the previous evening.\n",
			based(one("ISIL had executed 50 prisoners the previous evening.", "the previous evening", "2014-02-02", "2014-02-02", day, none, rel), "3 February 2014")},
		{"during the previous evening", ctx + "During the previous evening, ISIL executed 50 prisoners.\n",
			based(one("During the previous evening, ISIL executed 50 prisoners.", "the previous evening", "2014-02-02", "2014-02-02", day, none, rel), "3 February 2014")},
		{"in the previous few days", ctx + "34 fighters had been executed in the previous few days.\n",
			based(one("34 fighters had been executed in the previous few days.", "the previous few days", "2014-01-29", "2014-02-02", days, none, rel), "3 February 2014")},
		{"on the same day", ctx + "On the same day, ISIL forces penetrated the air base.\n",
			based(one("On the same day, ISIL forces penetrated the air base.", "the same day", "2014-02-03", "2014-02-03", day, none, rel), "3 February 2014")},
		{"the same day", ctx + "The same day, ISIL seized the airport.\n",
			based(one("The same day, ISIL seized the airport.", "The same day", "2014-02-03", "2014-02-03", day, none, rel), "3 February 2014")},
		{"a day later", ctx + "A day later, the rebels withdrew.\n",
			based(one("A day later, the rebels withdrew.", "A day later", "2014-02-04", "2014-02-04", day, none, rel), "3 February 2014")},
		{"four days later", ctx + "Four days later the brigade had been forced out.\n",
			based(one("Four days later the brigade had been forced out.", "Four days later", "2014-02-07", "2014-02-07", day, none, rel), "3 February 2014")},
		{"two days after", ctx + "The rebels withdrew two days after.\n",
			based(one("The rebels withdrew two days after.", "two days after", "2014-02-05", "2014-02-05", day, none, rel), "3 February 2014")},
		{"that day", ctx + "ISIL took the town that day.\n",
			based(one("ISIL took the town that day.", "that day", "2014-02-03", "2014-02-03", day, none, rel), "3 February 2014")},
		{"a base that is itself relative", ctx + "The next day, ISIL came. Later the same day, it left.\n",
			based(one("Later the same day, it left.", "Later the same day", "2014-02-04", "2014-02-04", day, none, rel), "The next day")},
		{"two days ago", ctx + "The brigade had been surrounded two days ago.\n",
			based(one("The brigade had been surrounded two days ago.", "two days ago", "2014-02-01", "2014-02-01", day, none, rel), "3 February 2014")},
		{"late in the day", ctx + "Late in the day, ISIL started a counterattack.\n",
			based(one("Late in the day, ISIL started a counterattack.", "Late in the day", "2014-02-03", "2014-02-03", day, none, rel), "3 February 2014")},
		{"earlier in the day", ctx + "Earlier in the day, five rebels were killed.\n",
			based(one("Earlier in the day, five rebels were killed.", "Earlier in the day", "2014-02-03", "2014-02-03", day, none, rel), "3 February 2014")},
		{"that same month", ctx + "That same month, ISIL captured the town.\n",
			based(one("That same month, ISIL captured the town.", "That same month", "2014-02-01", "2014-02-28", month, none, rel), "3 February 2014")},
		{"month of that year", ctx + "In September of that year, ISIL assassinated the governor.\n",
			one("In September of that year, ISIL assassinated the governor.", "September of that year", "2014-09-01", "2014-09-30", month, none, prev)},
		{"within the past three years", ctx + "Within the past three years, the group has assisted al-Qaeda.\n",
			based(one("Within the past three years, the group has assisted al-Qaeda.", "the past three years", "2011-02-03", "2014-02-03", years, none, rel), "3 February 2014")},
		{"one year earlier", ctx + "Open conflict also took place exactly one year earlier.\n",
			based(one("Open conflict also took place exactly one year earlier.", "one year earlier", "2013-02-03", "2013-02-03", year, none, rel), "3 February 2014")},
		{"by the same day", ctx + "By the same day, more than 120 people were killed.\n",
			based(one("By the same day, more than 120 people were killed.", "By the same day", "2014-02-03", "2014-02-03", day, before, rel), "3 February 2014")},
		{"time of day merged with its date", ctx + "Late in the evening on 5 February, ISIL launched an attack.\n",
			one("Late in the evening on 5 February, ISIL launched an attack.", "Late in the evening on 5 February", "2014-02-05", "2014-02-05", day, none, prev)},
		{"relative with no narrative", "= W =\n\nThe next day, the rebels withdrew.\n",
			[]dateRow{{Clause: "The next day, the rebels withdrew."}}},
		{"relative from a by-date uses its end", "= W =\n\nBy 23 January 2014, ISIL was in full control of Manbij and secured Darkush the following day.\n",
			[]dateRow{
				{Clause: "By 23 January 2014, ISIL was in full control of Manbij", Span: "By 23 January 2014", Start: "2014-01-01", End: "2014-01-23", Prec: day, Mod: before, Anchor: expl},
				{Clause: "and secured Darkush the following day.", Span: "the following day", Start: "2014-01-24", End: "2014-01-24", Prec: day, Anchor: rel, Base: "By 23 January 2014"},
			}},

		// Narrative anchoring.
		{"roll forward into the next year", "= W =\n\nIn December 2013, ISIL overran a base. On 12 January, rebels attacked.\n",
			one("On 12 January, rebels attacked.", "12 January", "2014-01-12", "2014-01-12", day, none, prev)},
		{"a small step back stays in the year", "= W =\n\nOn 14 July 2014, ISIL expelled Nusra. On 1 July, clashes erupted.\n",
			one("On 1 July, clashes erupted.", "1 July", "2014-07-01", "2014-07-01", day, none, prev)},
		{"backward reference does not roll", "= W =\n\nOn 29 April 2015, fighting erupted. The brigade had pledged allegiance since December.\n",
			one("The brigade had pledged allegiance since December.", "since December", "2014-12-01", "2015-04-29", month, after, prev)},
		{"a flashback does not move the narrative", ctx + "The day before, five fighters were killed. Two days later, rebels withdrew.\n",
			based(one("Two days later, rebels withdrew.", "Two days later", "2014-02-05", "2014-02-05", day, none, rel), "3 February 2014")},
		{"an explicit year resets", ctx + "In May 2016, the group split. On 3 June, it dissolved.\n",
			one("On 3 June, it dissolved.", "3 June", "2016-06-03", "2016-06-03", day, none, prev)},
		{"inherits the narrative date", ctx + "Rebels withdrew from the town.\n",
			[]dateRow{{Clause: "Rebels withdrew from the town.", Span: "3 February 2014", Start: "2014-02-03", End: "2014-02-03", Prec: day, Anchor: inh, Inherited: true, From: expl}}},
		{"undated before any date", "= W =\n\nRebels withdrew from the town.\n",
			[]dateRow{{Clause: "Rebels withdrew from the town."}}},
		{"a narrower date replaces a vague one", "= W =\n\nIn 2013 rebels fought. That same month, ISIL captured Azaz between 18–23 September 2013.\n",
			one("That same month, ISIL captured Azaz between 18–23 September 2013.", "between 18–23 September 2013", "2013-09-18", "2013-09-23", days, none, expl)},
		{"an attributive label gives way to the narrative", ctx + "A report said weapons were used since the August 2013 attacks.\n",
			[]dateRow{{Clause: "A report said weapons were used since the August 2013 attacks.", Span: "3 February 2014", Start: "2014-02-03", End: "2014-02-03", Prec: day, Anchor: inh, Inherited: true, From: expl}}},
		{"an attributive year with a date", "= W =\n\nOne of the first offensives was the 2015 al-Hawl offensive during November.\n",
			one("One of the first offensives was the 2015 al-Hawl offensive during November.", "November", "2015-11-01", "2015-11-30", month, none, prev)},

		// Dated clauses.
		{"two dated clauses with comma and", "= W =\n\nThe conflict was renewed over Azaz in early October 2013, and in late November ISIL captured the border town of Atme.\n",
			[]dateRow{
				{Clause: "The conflict was renewed over Azaz in early October 2013,", Span: "early October 2013", Start: "2013-10-01", End: "2013-10-10", Prec: month, Mod: start, Anchor: expl},
				{Clause: "and in late November ISIL captured the border town of Atme.", Span: "late November", Start: "2013-11-21", End: "2013-11-30", Prec: month, Mod: end, Anchor: prev},
			}},
		{"two dated clauses after intro comma", "= W =\n\nIn 2014 fighting spread. On 24 August, rebels recaptured two villages, and on 27 August, started an offensive.\n",
			[]dateRow{
				{Clause: "On 24 August, rebels recaptured two villages,", Span: "24 August", Start: "2014-08-24", End: "2014-08-24", Prec: day, Anchor: prev},
				{Clause: "and on 27 August, started an offensive.", Span: "27 August", Start: "2014-08-27", End: "2014-08-27", Prec: day, Anchor: prev},
			}},
		{"reported that", "= W =\n\nOn 3 March 2014, SOHR reported that ISIL kidnapped a commander in February 2014.\n",
			[]dateRow{
				{Clause: "On 3 March 2014, SOHR reported", Span: "3 March 2014", Start: "2014-03-03", End: "2014-03-03", Prec: day, Anchor: expl},
				{Clause: "that ISIL kidnapped a commander in February 2014.", Span: "February 2014", Start: "2014-02-01", End: "2014-02-28", Prec: month, Anchor: expl},
			}},
		{"no boundary keeps the first date", "= W =\n\nIn late 2017, ISIL launched its campaign (October 2017–February 2018).\n",
			one("In late 2017, ISIL launched its campaign (October 2017–February 2018).", "late 2017", "2017-09-01", "2017-12-31", year, end, expl)},

		// Numeric dates.
		{"ISO day", "= W =\n\nThe town fell on 2014-07-19 after a siege.\n",
			one("The town fell on 2014-07-19 after a siege.", "2014-07-19", "2014-07-19", "2014-07-19", day, none, expl)},
		{"ISO day with a time", "= W =\n\nThe town fell at 2014-07-19T08:30 after a siege.\n",
			one("The town fell at 2014-07-19T08:30 after a siege.", "2014-07-19", "2014-07-19", "2014-07-19", day, none, expl)},
		{"ISO day in February", "= W =\n\nThe town fell on 2014-02-01.\n",
			one("The town fell on 2014-02-01.", "2014-02-01", "2014-02-01", "2014-02-01", day, none, expl)},
		{"a year range still ends in its own century", "= W =\n\nThe war of 1914–18 ended.\n",
			one("The war of 1914–18 ended.", "1914–18", "1914-01-01", "1918-12-31", years, none, expl)},
		{"slash date, day first", "= W =\n\nThe town fell on 19/07/2014.\n",
			one("The town fell on 19/07/2014.", "19/07/2014", "2014-07-19", "2014-07-19", day, none, expl)},
		{"slash date, month first", "= W =\n\nThe town fell on 07/19/2014.\n",
			one("The town fell on 07/19/2014.", "07/19/2014", "2014-07-19", "2014-07-19", day, none, expl)},
		{"slash date either way round", "= W =\n\nThe town fell on 02/01/2014.\n",
			[]dateRow{{Clause: "The town fell on 02/01/2014.", Span: "02/01/2014", Start: "2014-01-02", End: "2014-02-01", Prec: days, Anchor: expl, Low: true}}},
		{"slash date settled by the document's other dates", "= W =\n\nThe siege began on 28/12/2013. The town fell on 02/01/2014.\n",
			one("The town fell on 02/01/2014.", "02/01/2014", "2014-01-02", "2014-01-02", day, none, expl)},
		{"slash date settled the other way", "= W =\n\nThe siege began on 12/28/2013. The town fell on 02/01/2014.\n",
			one("The town fell on 02/01/2014.", "02/01/2014", "2014-02-01", "2014-02-01", day, none, expl)},
		{"abbreviated month with a full stop", ctx + "The town fell on Feb. 9 after a siege.\n",
			one("The town fell on Feb. 9 after a siege.", "Feb. 9", "2014-02-09", "2014-02-09", day, none, prev)},
		{"abbreviated month, day first", ctx + "The town fell on 9 Feb after a siege.\n",
			one("The town fell on 9 Feb after a siege.", "9 Feb", "2014-02-09", "2014-02-09", day, none, prev)},
		{"abbreviated month, no comma before the year", "= W =\n\nThe town fell on Jan 27 2014 after a siege.\n",
			one("The town fell on Jan 27 2014 after a siege.", "Jan 27 2014", "2014-01-27", "2014-01-27", day, none, expl)},

		// Periods.
		{"from day to day", ctx + "The offensive ran from 3 to 9 March.\n",
			periodOf(one("The offensive ran from 3 to 9 March.", "from 3 to 9 March", "2014-03-03", "2014-03-09", days, none, prev))},

		// Weekdays without a document date: against the narrative day.
		{"weekday against the narrative day", ctx + "On Friday, the rebels withdrew.\n",
			based(one("On Friday, the rebels withdrew.", "Friday", "2014-01-31", "2014-01-31", day, none, prev), "3 February 2014")},
		{"weekday the same day as the narrative", ctx + "On Monday, the rebels withdrew.\n",
			based(one("On Monday, the rebels withdrew.", "Monday", "2014-02-03", "2014-02-03", day, none, prev), "3 February 2014")},
		{"weekday with a narrative month only", "= W =\n\nIn February 2014, rebels fought. On Friday, the rebels withdrew.\n",
			[]dateRow{{Clause: "On Friday, the rebels withdrew.", Span: "February 2014", Start: "2014-02-01", End: "2014-02-28", Prec: month, Anchor: inh, Inherited: true, From: expl}}},
		{"weekday with no date before it", "= W =\n\nOn Friday, the rebels withdrew.\n",
			[]dateRow{{Clause: "On Friday, the rebels withdrew."}}},
		{"a weekday in a name is not a date", ctx + "The Friday Mosque was shelled.\n",
			[]dateRow{{Clause: "The Friday Mosque was shelled.", Span: "3 February 2014", Start: "2014-02-03", End: "2014-02-03", Prec: day, Anchor: inh, Inherited: true, From: expl}}},
		{"today without a document date", ctx + "Today the town is in ruins.\n",
			[]dateRow{{Clause: "Today the town is in ruins.", Span: "3 February 2014", Start: "2014-02-03", End: "2014-02-03", Prec: day, Anchor: inh, Inherited: true, From: expl}}},
		{"this month without a document date", ctx + "This month the town is in ruins.\n",
			[]dateRow{{Clause: "This month the town is in ruins.", Span: "3 February 2014", Start: "2014-02-03", End: "2014-02-03", Prec: day, Anchor: inh, Inherited: true, From: expl}}},

		// Report dates.
		{"a report date after its verb", ctx + "SOHR said on 5 February that 20 rebels had died on 4 February.\n",
			[]dateRow{{Clause: "SOHR said on 5 February that 20 rebels had died on 4 February.", Span: "4 February", Start: "2014-02-04", End: "2014-02-04", Prec: day, Anchor: prev, Reported: "5 February 2014-02-05"}}},
		{"a report date alone bounds the event", ctx + "SOHR said on 5 February that 20 rebels had died.\n",
			[]dateRow{{Clause: "SOHR said on 5 February that 20 rebels had died.", Span: "5 February", Start: "2014-02-03", End: "2014-02-05", Prec: day, Mod: before, Anchor: prev, Reported: "5 February 2014-02-05"}}},
		{"a report date before its verb", ctx + "Activists on 5 February said that 20 rebels had died.\n",
			[]dateRow{{Clause: "Activists on 5 February said that 20 rebels had died.", Span: "5 February", Start: "2014-02-03", End: "2014-02-05", Prec: day, Mod: before, Anchor: prev, Reported: "5 February 2014-02-05"}}},
		{"told a name on a date", ctx + "A commander told Reuters on 5 February that 20 rebels had died.\n",
			[]dateRow{{Clause: "A commander told Reuters on 5 February that 20 rebels had died.", Span: "5 February", Start: "2014-02-03", End: "2014-02-05", Prec: day, Mod: before, Anchor: prev, Reported: "5 February 2014-02-05"}}},
		{"a name is not a reporting verb", ctx + "Shelling hit Port Said on 5 February.\n",
			one("Shelling hit Port Said on 5 February.", "5 February", "2014-02-05", "2014-02-05", day, none, prev)},
		{"a date put first is the event's", ctx + "On 5 February, it was reported that 20 rebels had died.\n",
			one("On 5 February, it was reported that 20 rebels had died.", "5 February", "2014-02-05", "2014-02-05", day, none, prev)},
		{"a report date does not move the narrative", ctx + "SOHR said on 9 February that rebels had withdrawn. The next day, ISIL entered.\n",
			based(one("The next day, ISIL entered.", "The next day", "2014-02-04", "2014-02-04", day, none, rel), "3 February 2014")},

		// Titles.
		{"title year", "2014 Eastern Syria offensive\n\nThe army moved north. On 1 August, the military counter-attacked.\n",
			one("On 1 August, the military counter-attacked.", "1 August", "2014-08-01", "2014-08-01", day, none, ttl)},
		{"title range", "= East Ghouta inter-rebel conflict (April–May 2017) =\n\nOn 28 April, fighting echoed.\n",
			one("On 28 April, fighting echoed.", "28 April", "2017-04-28", "2017-04-28", day, none, ttl)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := timelineRows(t, tt.doc)
			if len(rows) == 0 {
				t.Fatal("no units")
			}
			if diff := cmp.Diff(tt.want, rows[len(rows)-1]); diff != "" {
				t.Errorf("last sentence (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTimelineNotDates checks that numbers that are not dates leave the
// sentence without a date of its own: it inherits the narrative date.
func TestTimelineNotDates(t *testing.T) {
	sentences := []string{
		"Rebels captured Aajel, 46th base and Orum al-Sughra.",
		"General Hasham al-Sha'arani (Division 17) was killed.",
		"ISIL captures a Syrian 17th Division base near Raqqa.",
		"Turkish F-16s shot down a Syrian MiG-23 aircraft.",
		"Rebels gave its fighters 24 hours to surrender.",
		"The village is about 80 kilometers north of Raqqa.",
		"Soldiers died defending the Artillery Regiment 121 base.",
		"The convoy was 1,300 men strong.",
		"The last of the 2,100 militants left.",
		"The deal came into effect at 21:00 on the border.",
		"The attack began at 11:30 AM with mortar fire.",
		"Assad won with 88.7% of the vote.",
		"ISIL controlled between 95% and 98% of the province.",
		"ISIL overran a Division 13base in Kafr Nabl.",
		"A force of 1500 fighters attacked the town.",
		"The council passed Resolution 2118 unanimously.",
		"It had 2000 vehicles in the area.",
		"Fighters from Division 30 entered Syria.",
		"The militants may withdraw in March toward the border.",
		"The troops march quickly.",
		"The fall of Aleppo shocked many.",
	}
	for _, s := range sentences {
		t.Run(s, func(t *testing.T) {
			doc := "= W =\n\nOn 5 January 2014, fighting began.\n\n" + s + "\n"
			rows := timelineRows(t, doc)
			got := rows[len(rows)-1]
			want := []dateRow{{Clause: s, Span: "5 January 2014", Start: "2014-01-05", End: "2014-01-05", Prec: day, Anchor: inh, Inherited: true, From: expl}}
			if s == "The militants may withdraw in March toward the border." {
				// "in March" is a date; "may" is not.
				want = one(s, "March", "2014-03-01", "2014-03-31", month, none, prev)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestTimelineDocuments checks headings, inheritance, infobox lines and
// excerpt documents over whole small documents.
func TestTimelineDocuments(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want [][]dateRow
	}{
		{
			name: "day headings under month headings",
			doc: "= Timeline of the war (January–July 2014) =\n\nThe following is a timeline.\n\n" +
				"== January 2014 ==\n\n===7 January===\nIt was confirmed that rebels won.\n\n" +
				"== July 2014 ==\n\n===July 16===\nAssad is sworn in.\n",
			want: [][]dateRow{
				{{Clause: "The following is a timeline."}},
				{{Clause: "It was confirmed that rebels won.", Span: "7 January", Start: "2014-01-07", End: "2014-01-07", Prec: day, Anchor: inh, Inherited: true, From: head}},
				{{Clause: "Assad is sworn in.", Span: "July 16", Start: "2014-07-16", End: "2014-07-16", Prec: day, Anchor: inh, Inherited: true, From: head}},
			},
		},
		{
			name: "year headings and a dateless subheading",
			doc: "= W =\n\n==Background: 2013==\nClashes broke out.\n\n== 2015 ==\n\nOn 5 May, rebels attacked.\n\n" +
				"=== US involvement ===\nThe US gave limited backing.\n\n== 2017–18: Turkish support ==\nRebels advanced.\n\n==March 2014==\nISIL retreated.\n",
			want: [][]dateRow{
				{{Clause: "Clashes broke out.", Span: "2013", Start: "2013-01-01", End: "2013-12-31", Prec: year, Anchor: inh, Inherited: true, From: head}},
				one("On 5 May, rebels attacked.", "5 May", "2015-05-05", "2015-05-05", day, none, head),
				{{Clause: "The US gave limited backing.", Span: "2015", Start: "2015-01-01", End: "2015-12-31", Prec: year, Anchor: inh, Inherited: true, From: head}},
				{{Clause: "Rebels advanced.", Span: "2017–18", Start: "2017-01-01", End: "2018-12-31", Prec: years, Anchor: inh, Inherited: true, From: head}},
				{{Clause: "ISIL retreated.", Span: "March 2014", Start: "2014-03-01", End: "2014-03-31", Prec: month, Anchor: inh, Inherited: true, From: head}},
			},
		},
		{
			name: "infobox lines neither inherit nor feed the narrative",
			doc: "= W =\n\nInfobox\n- Date: 28 April – 31 May 2017, ()\n- Place: Syria\n- Units1: Fajr Brigade, (Joined Ahrar al-Sham on 11 May)\n\n" +
				"Fighting spread through the suburbs.\n",
			want: [][]dateRow{
				periodOf(one("Date: 28 April – 31 May 2017, ()", "28 April – 31 May 2017", "2017-04-28", "2017-05-31", days, none, expl)),
				{{Clause: "Place: Syria"}},
				{{Clause: "Units1: Fajr Brigade, (Joined Ahrar al-Sham on 11 May)"}},
				{{Clause: "Fighting spread through the suburbs."}},
			},
		},
		{
			name: "a relative date equal to its heading's day is the heading's",
			doc: "= W =\n\n== January 2014 ==\n\n=== 11 January ===\nEarlier in the day, rebels attacked. Rebels took the town.\n\n" +
				"=== 12 January ===\nThe next day, ISIL came back. ISIL took the town.\n",
			want: [][]dateRow{
				{{Clause: "Earlier in the day, rebels attacked.", Span: "Earlier in the day", Start: "2014-01-11", End: "2014-01-11", Prec: day, Anchor: rel, Base: "11 January"}},
				{{Clause: "Rebels took the town.", Span: "Earlier in the day", Start: "2014-01-11", End: "2014-01-11", Prec: day, Anchor: inh, Inherited: true, From: head, Base: "11 January"}},
				{{Clause: "The next day, ISIL came back.", Span: "The next day", Start: "2014-01-13", End: "2014-01-13", Prec: day, Anchor: rel, Base: "12 January"}},
				{{Clause: "ISIL took the town.", Span: "The next day", Start: "2014-01-13", End: "2014-01-13", Prec: day, Anchor: inh, Inherited: true, From: rel, Base: "12 January"}},
			},
		},
		{
			name: "a report's day headings",
			doc:  "Live: the battle for Homs\n\nPublished 5 March 2015\n\nRebels are losing ground.\n\n== 4 March ==\nRebels withdrew. On Sunday, the army advanced.\n\n== Background ==\nThe siege began long ago.\n",
			want: [][]dateRow{
				{{Clause: "Published 5 March 2015", Reported: "5 March 2015 2015-03-05"}},
				{{Clause: "Rebels are losing ground.", Span: "5 March 2015", Start: "2015-03-01", End: "2015-03-05", Prec: day, Mod: before, Anchor: inh, Inherited: true, From: docAnchor}},
				{{Clause: "Rebels withdrew.", Span: "4 March", Start: "2015-03-04", End: "2015-03-04", Prec: day, Anchor: inh, Inherited: true, From: head}},
				{{Clause: "On Sunday, the army advanced.", Span: "Sunday", Start: "2015-03-01", End: "2015-03-01", Prec: day, Anchor: docAnchor, Base: "5 March 2015"}},
				{{Clause: "The siege began long ago.", Span: "5 March 2015", Start: "2015-03-01", End: "2015-03-05", Prec: day, Mod: before, Anchor: inh, Inherited: true, From: docAnchor}},
			},
		},
		{
			name: "excerpt document",
			doc: "Some war\n\nOn 5 July 2013, units were deployed. Fighting followed.\n\n[36][37] The conflict was renewed in early October 2013.\n\n" +
				"[61] In Raqqa, the hospital was abandoned.\n\n[13] Three days later, rebels captured a village.\n\n[77] On 12 January, rebels captured Saraqeb.\n",
			want: [][]dateRow{
				one("On 5 July 2013, units were deployed.", "5 July 2013", "2013-07-05", "2013-07-05", day, none, expl),
				{{Clause: "Fighting followed.", Span: "5 July 2013", Start: "2013-07-05", End: "2013-07-05", Prec: day, Anchor: inh, Inherited: true, From: expl}},
				one("The conflict was renewed in early October 2013.", "early October 2013", "2013-10-01", "2013-10-10", month, start, expl),
				{{Clause: "In Raqqa, the hospital was abandoned."}},
				{{Clause: "Three days later, rebels captured a village.", Span: "Three days later", Start: "2013-10-04", End: "2013-10-13", Prec: month, Anchor: rel, Low: true, Base: "early October 2013"}},
				{{Clause: "On 12 January, rebels captured Saraqeb.", Span: "12 January", Start: "2014-01-12", End: "2014-01-12", Prec: day, Anchor: prev, Low: true}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, timelineRows(t, tt.doc)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
