package quantity

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
)

// qv is the part of a quantity a test looks at. Bounds are written as
// strings ("-" for an open bound) so diffs read well.
type qv struct {
	Text     string
	Low      string
	High     string
	LowEx    bool
	HighEx   bool
	Qual     claims.Qualifier
	Kind     claims.QuantityKind
	Unit     string
	Subject  string
	Category string
	PartOf   int
}

func boundText(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// sentenceUnit makes a unit of one sentence at offset 0.
func sentenceUnit(s string) *article.Unit {
	return &article.Unit{Text: s, Masked: s, Offset: 0, Kind: claims.SourceSentence}
}

// quantitiesOf runs the finder on a one-sentence unit, checks every span
// against the text and returns the views.
func quantitiesOf(t *testing.T, u *article.Unit) []qv {
	t.Helper()
	got := findQuantities(u, u.Offset, u.Offset+len(u.Text))
	var out []qv
	for _, q := range got {
		s := q.Span
		rel := s.Offset - u.Offset
		if rel < 0 || rel+s.Length > len(u.Text) || u.Text[rel:rel+s.Length] != s.Text {
			t.Errorf("span %+v does not match the text %q", s, u.Text)
		}
		if q.Low != nil && q.High != nil && *q.Low > *q.High {
			t.Errorf("%q: low %v > high %v", s.Text, *q.Low, *q.High)
		}
		out = append(out, qv{
			Text: s.Text, Low: boundText(q.Low), High: boundText(q.High), LowEx: q.LowExclusive,
			HighEx: q.HighExclusive, Qual: q.Qualifier, Kind: q.Kind, Unit: q.Unit,
			Subject: q.Subject, Category: q.Category, PartOf: q.PartOf,
		})
	}
	return out
}

// exactCount builds the view of an exact count.
func exactCount(text, n, subject, category string) qv {
	return qv{Text: text, Low: n, High: n, Qual: claims.QualExact, Kind: claims.KindCount, Subject: subject, Category: category, PartOf: -1}
}

type quantityCase struct {
	in   string
	want []qv
}

func runQuantityCases(t *testing.T, cases []quantityCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got := quantitiesOf(t, sentenceUnit(c.in))
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("findQuantities(%q) mismatch (-want +got):\n%s", c.in, diff)
			}
		})
	}
}

func TestQuantitiesNumbers(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"Police said 1,250 people attended the rally.", []qv{exactCount("1,250", "1250", "people", "")}},
		{"The militia recruited 12,400 volunteers in a month.", []qv{exactCount("12,400", "12400", "volunteers", "fighters")}},
		{"Twenty-one soldiers died in the ambush.", []qv{exactCount("Twenty-one", "21", "soldiers", "killed")}},
		{"The raid freed a hundred hostages.", []qv{exactCount("a hundred", "100", "hostages", "freed")}},
		{"A shell hit the market, killing eleven shoppers.", []qv{exactCount("eleven", "11", "shoppers", "killed")}},
		{"Two hundred and fifty families fled the valley.", []qv{exactCount("Two hundred and fifty", "250", "families", "displaced")}},
		{"The fund pledged 2.5 million to the schools.", []qv{exactCount("2.5 million", "2500000", "", "")}},
		{"A thousand protesters marched on the ministry.", []qv{exactCount("A thousand", "1000", "protesters", "")}},
		{"Gunmen abducted a dozen workers from the mine.", []qv{
			{Text: "a dozen", Low: "10", High: "14", Qual: claims.QualApprox, Kind: claims.KindCount, Subject: "workers", Category: "captured", PartOf: -1},
		}},
		{"Half a dozen tanks were destroyed.", []qv{
			{Text: "Half a dozen", Low: "5", High: "7", Qual: claims.QualApprox, Kind: claims.KindCount, Subject: "tanks", PartOf: -1},
		}},
	})
}

func TestQuantitiesBounds(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"At least 90 miners were trapped underground.", []qv{
			{Text: "At least 90", Low: "90", High: "-", Qual: claims.QualAtLeast, Kind: claims.KindCount, Subject: "miners", Category: "besieged", PartOf: -1},
		}},
		{"The flood displaced more than 3,500 residents.", []qv{
			{Text: "more than 3,500", Low: "3500", High: "-", LowEx: true, Qual: claims.QualMoreThan, Kind: claims.KindCount, Subject: "residents", Category: "displaced", PartOf: -1},
		}},
		{"Over 1,000 prisoners were released under the amnesty.", []qv{
			{Text: "Over 1,000", Low: "1000", High: "-", LowEx: true, Qual: claims.QualMoreThan, Kind: claims.KindCount, Subject: "prisoners", Category: "freed", PartOf: -1},
		}},
		{"Police arrested up to 50 demonstrators.", []qv{
			{Text: "up to 50", Low: "-", High: "50", Qual: claims.QualUpTo, Kind: claims.KindCount, Subject: "demonstrators", Category: "arrested", PartOf: -1},
		}},
		{"Fewer than 20 staff remained at the embassy.", []qv{
			{Text: "Fewer than 20", Low: "-", High: "20", HighEx: true, Qual: claims.QualLessThan, Kind: claims.KindCount, Subject: "staff", PartOf: -1},
		}},
		{"The convoy carried 400+ wounded civilians.", []qv{
			{Text: "400+", Low: "400", High: "-", Qual: claims.QualAtLeast, Kind: claims.KindCount, Subject: "wounded civilians", Category: "wounded", PartOf: -1},
		}},
		{"Losses: 2,764+ killed", []qv{
			{Text: "2,764+", Low: "2764", High: "-", Qual: claims.QualAtLeast, Kind: claims.KindCount, Category: "killed", PartOf: -1},
		}},
		{"Some 50 villagers were evacuated by boat.", []qv{
			{Text: "Some 50", Low: "45", High: "55", Qual: claims.QualApprox, Kind: claims.KindCount, Subject: "villagers", Category: "evacuated", PartOf: -1},
		}},
		{"Around 3,000 workers joined the strike.", []qv{
			{Text: "Around 3,000", Low: "2700", High: "3300", Qual: claims.QualApprox, Kind: claims.KindCount, Subject: "workers", PartOf: -1},
		}},
		{"Nearly 100 sailors were missing after the storm.", []qv{
			{Text: "Nearly 100", Low: "90", High: "100", Qual: claims.QualApprox, Kind: claims.KindCount, Subject: "sailors", Category: "missing", PartOf: -1},
		}},
		{"The blast injured almost 40 pupils.", []qv{
			{Text: "almost 40", Low: "36", High: "40", Qual: claims.QualApprox, Kind: claims.KindCount, Subject: "pupils", Category: "wounded", PartOf: -1},
		}},
		{"Approximately 250 refugees crossed the border.", []qv{
			{Text: "Approximately 250", Low: "225", High: "275", Qual: claims.QualApprox, Kind: claims.KindCount, Subject: "refugees", PartOf: -1},
		}},
		{"The company employs 200 or more engineers.", []qv{
			{Text: "200 or more", Low: "200", High: "-", Qual: claims.QualAtLeast, Kind: claims.KindCount, Subject: "engineers", PartOf: -1},
		}},
	})
}

func TestQuantitiesRanges(t *testing.T) {
	rng := func(text, lo, hi string, kind claims.QuantityKind, unit, subject, cat string) qv {
		return qv{Text: text, Low: lo, High: hi, Qual: claims.QualRange, Kind: kind, Unit: unit, Subject: subject, Category: cat, PartOf: -1}
	}
	runQuantityCases(t, []quantityCase{
		{"Estimates range from 12,500–14,000 deaths.", []qv{rng("12,500–14,000", "12500", "14000", claims.KindCount, "", "deaths", "killed")}},
		{"Between 200 and 300 houses were destroyed.", []qv{rng("Between 200 and 300", "200", "300", claims.KindCount, "", "houses", "")}},
		{"Turnout was between 61% and 64% in the capital.", []qv{rng("between 61% and 64%", "61", "64", claims.KindPercent, "percent", "", "")}},
		{"Two or three officers were wounded.", []qv{rng("Two or three", "2", "3", claims.KindCount, "", "officers", "wounded")}},
		{"The storm killed 8-12 fishermen.", []qv{rng("8-12", "8", "12", claims.KindCount, "", "fishermen", "killed")}},
		{"The army fielded 1,400–1,440+ troops.", []qv{
			{Text: "1,400–1,440+", Low: "1400", High: "-", Qual: claims.QualAtLeast, Kind: claims.KindCount, Subject: "troops", Category: "fighters", PartOf: -1},
		}},
		{"The toll rose from 40 to 55.", []qv{exactCount("40", "40", "", ""), exactCount("55", "55", "", "")}},
	})
}

func TestQuantitiesVague(t *testing.T) {
	vague := func(text, lo, hi, subject, cat string) qv {
		return qv{Text: text, Low: lo, High: hi, Qual: claims.QualVague, Kind: claims.KindCount, Subject: subject, Category: cat, PartOf: -1}
	}
	runQuantityCases(t, []quantityCase{
		{"Dozens of shops were looted.", []qv{vague("Dozens", "24", "99", "shops", "")}},
		{"Hundreds of students were detained.", []qv{vague("Hundreds", "200", "999", "students", "arrested")}},
		{"Thousands of people fled the fighting.", []qv{vague("Thousands", "2000", "9999", "people", "displaced")}},
		{"Tens of thousands of people marched.", []qv{vague("Tens of thousands", "20000", "99999", "people", "")}},
		{"Several journalists were kidnapped.", []qv{vague("Several", "3", "9", "journalists", "captured")}},
		{"A few soldiers defected.", []qv{vague("A few", "2", "5", "soldiers", "defected")}},
		{"Scores of bodies were found.", []qv{vague("Scores", "40", "99", "bodies", "killed")}},
		{"Several hundred families returned.", []qv{vague("Several hundred", "300", "900", "families", "")}},
	})
}

func TestQuantitiesKinds(t *testing.T) {
	measure := func(text, n string, kind claims.QuantityKind, unit string) qv {
		return qv{Text: text, Low: n, High: n, Qual: claims.QualExact, Kind: kind, Unit: unit, PartOf: -1}
	}
	runQuantityCases(t, []quantityCase{
		{"The town lies 80 kilometers east of the capital.", []qv{measure("80 kilometers", "80", claims.KindDistance, "km")}},
		{"The front moved 30 miles in a week.", []qv{measure("30 miles", "30", claims.KindDistance, "mi")}},
		{"The depot is 400 meters from the school.", []qv{measure("400 meters", "400", claims.KindDistance, "m")}},
		{"They walked a mile and a half to the well.", []qv{measure("a mile and a half", "1.5", claims.KindDistance, "mi")}},
		{"The crater was 12m deep.", []qv{measure("12m", "12", claims.KindDistance, "m")}},
		{"Rebels were given 48 hours to leave.", []qv{measure("48 hours", "48", claims.KindDuration, "hours")}},
		{"The siege lasted 18 months.", []qv{measure("18 months", "18", claims.KindDuration, "months")}},
		{"He was handed a seven-year term.", []qv{measure("seven-year", "7", claims.KindDuration, "years")}},
		{"The talks went on for three days.", []qv{measure("three days", "3", claims.KindDuration, "days")}},
		{"The party won 52.3% of the vote.", []qv{measure("52.3%", "52.3", claims.KindPercent, "percent")}},
		{"Prices rose 40 percent in May.", []qv{measure("40 percent", "40", claims.KindPercent, "percent")}},
		{"Unemployment hit 12 per cent.", []qv{measure("12 per cent", "12", claims.KindPercent, "percent")}},
		{"Donors pledged $4.4 billion for reconstruction.", []qv{measure("$4.4 billion", "4400000000", claims.KindMoney, "USD")}},
		{"The bridge cost 30 million euros.", []qv{measure("30 million euros", "30000000", claims.KindMoney, "EUR")}},
		{"A 24-hour curfew was imposed.", []qv{measure("24-hour", "24", claims.KindDuration, "hours")}},
		{"Children under 16 years of age were spared.", []qv{
			{Text: "under 16 years of age", Low: "-", High: "16", HighEx: true, Qual: claims.QualLessThan, Kind: claims.KindOther, Unit: "years of age", PartOf: -1},
		}},
	})
}

func TestNotQuantities(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"On 5 July 2013, the council met in the old town.", nil},
		{"The treaty was signed on March 3, 1921.", nil},
		{"In 2016 the dam was finished.", nil},
		{"The 2019–20 season was cancelled.", nil},
		{"Elections were held (2014–2017) in stages.", nil},
		{"Fighting continued between 15 and 17 January.", nil},
		{"Between 4 and 9 May 2015, the airport was closed.", nil},
		{"The curfew starts at 21:00 each night.", nil},
		{"The meeting began at 11:30 AM.", nil},
		{"The attack started at 6 a.m. sharp.", nil},
		{"The 46th base fell and the 3rd Battalion withdrew.", nil},
		{"Units of the 17th Division and Division 17 were deployed.", nil},
		{"The 33rd Infantry Division crossed the river.", nil},
		{"Brigade 93 and Artillery Regiment 121 held the line.", nil},
		{"Two F-16s intercepted a MiG-23 near the border.", []qv{exactCount("Two", "2", "F-16s", "")}},
		{"Troops overran a Division 13base at dawn.", nil},
		{"The 1990s were quiet and the 2020s were not.", nil},
		{"Security Council Resolution 2254 was adopted.", nil},
		{"Three days later the rebels withdrew.", nil},
		{"Within the past three years the group has grown.", nil},
		{"One of them was a local commander.", nil},
		{"One faction refused to sign.", nil},
		{"They launched a three-pronged assault.", nil},
		{"The image was 16px wide.", nil},
	})
}

func TestQuantitiesSubjectCategory(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"A roadside bomb in the north killed 14 police officers.", []qv{exactCount("14", "14", "police officers", "killed")}},
		{"Nineteen coalition soldiers were wounded in the attack.", []qv{exactCount("Nineteen", "19", "coalition soldiers", "wounded")}},
		{"The militia captured 35 of their fighters near the dam.", []qv{exactCount("35", "35", "fighters", "captured")}},
		{"Clashes left 17 protesters dead.", []qv{exactCount("17", "17", "protesters", "killed")}},
		{"Eight Taliban commanders defected to the government.", []qv{exactCount("Eight", "8", "Taliban commanders", "defected")}},
		{"Police arrested 120 suspects overnight.", []qv{exactCount("120", "120", "suspects", "arrested")}},
		{"The rebels released 60 prisoners of war.", []qv{exactCount("60", "60", "prisoners", "freed")}},
		{"The strike killed 12 militants and wounded 30 civilians.", []qv{
			exactCount("12", "12", "militants", "killed"), exactCount("30", "30", "civilians", "wounded"),
		}},
		{"Five soldiers and two civilians were killed at the checkpoint.", []qv{
			exactCount("Five", "5", "soldiers", "killed"), exactCount("two", "2", "civilians", "killed"),
		}},
		{"30 Kurdish and 12 Arab fighters were captured.", []qv{
			exactCount("30", "30", "Kurdish fighters", "captured"), exactCount("12", "12", "Arab fighters", "captured"),
		}},
		{"Officials later put the death toll at 214.", []qv{exactCount("214", "214", "", "killed")}},
		{"The army said the brigade was 2,000 men strong.", []qv{
			{Text: "2,000 men strong", Low: "2000", High: "2000", Qual: claims.QualExact, Kind: claims.KindCount, Category: "fighters", PartOf: -1},
		}},
		{"A unit of 450 fighters guarded the pass.", []qv{exactCount("450", "450", "fighters", "fighters")}},
		{"The storm destroyed 4 bridges.", []qv{exactCount("4", "4", "bridges", "")}},
		{"Government shelling killed one child.", []qv{exactCount("one", "1", "child", "killed")}},
		{"According to two reports, 15 guards were killed.", []qv{
			{Text: "two", Low: "2", High: "2", Qual: claims.QualExact, Kind: claims.KindOther, PartOf: -1},
			exactCount("15", "15", "guards", "killed"),
		}},
	})
}

func TestQuantitiesMore(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"The shops close at 5 p.m. on Fridays.", nil},
		{"Traffic on Route 66 and Highway 4 was stopped.", nil},
		{"The COVID-19 outbreak closed No. 10 for a day.", nil},
		{"In 1999 the war ended.", nil},
		{"Fighting raged between 2013 and 2015.", nil},
		{"The earthquake killed 2000 people.", []qv{exactCount("2000", "2000", "people", "killed")}},
		{"The company lost $5bn last year.", []qv{
			{Text: "$5bn", Low: "5000000000", High: "5000000000", Qual: claims.QualExact, Kind: claims.KindMoney, Unit: "USD", PartOf: -1},
		}},
		{"In the past 24 hours, 50 people were wounded.", []qv{exactCount("50", "50", "people", "wounded")}},
		{"The ceasefire held for 72 hours before 3 mortar rounds hit the town.", []qv{
			{Text: "72 hours", Low: "72", High: "72", Qual: claims.QualExact, Kind: claims.KindDuration, Unit: "hours", PartOf: -1},
			exactCount("3", "3", "mortar rounds", ""),
		}},
		{"Of the 120 passengers, 15 were injured.", []qv{
			exactCount("120", "120", "passengers", "wounded"),
			{Text: "15", Low: "15", High: "15", Qual: claims.QualExact, Kind: claims.KindCount, Category: "wounded", PartOf: 0},
		}},
		{"Gunmen stormed the hotel, killing 23 guests and taking 40 hostage.", []qv{
			exactCount("23", "23", "guests", "killed"), exactCount("40", "40", "", "captured"),
		}},
		{"The rebels lost 30 fighters, while the army lost 12 soldiers.", []qv{
			exactCount("30", "30", "fighters", "casualties"), exactCount("12", "12", "soldiers", "casualties"),
		}},
		{"Some 1.2 million people have been displaced since 2011.", []qv{
			{Text: "Some 1.2 million", Low: "1080000", High: "1320000", Qual: claims.QualApprox, Kind: claims.KindCount, Subject: "people", Category: "displaced", PartOf: -1},
		}},
	})
}

func TestQuantitiesParts(t *testing.T) {
	part := func(q qv, of int) qv { q.PartOf = of; return q }
	runQuantityCases(t, []quantityCase{
		{"A car bomb in the market killed 31 people, of whom 19 were police officers and four were children.", []qv{
			exactCount("31", "31", "people", "killed"),
			part(exactCount("19", "19", "police officers", "killed"), 0),
			part(exactCount("four", "4", "children", "killed"), 0),
		}},
		{"Overall, 48 combatants, including 9 foreign volunteers, were killed.", []qv{
			exactCount("48", "48", "combatants", "killed"),
			part(exactCount("9", "9", "foreign volunteers", "killed"), 0),
		}},
		{"Guards executed 25 detainees, including 6 women and three teenagers.", []qv{
			exactCount("25", "25", "detainees", "executed"),
			part(exactCount("6", "6", "women", "executed"), 0),
			part(exactCount("three", "3", "teenagers", "executed"), 0),
		}},
		{"The court sentenced 1,020 people: 600 soldiers, 400 officers and 20 generals.", []qv{
			exactCount("1,020", "1020", "people", ""),
			part(exactCount("600", "600", "soldiers", "fighters"), 0),
			part(exactCount("400", "400", "officers", ""), 0),
			part(exactCount("20", "20", "generals", ""), 0),
		}},
		{"An airstrike killed 12 people including 5 children in the village.", []qv{
			exactCount("12", "12", "people", "killed"),
			part(exactCount("5", "5", "children", "killed"), 0),
		}},
	})
}

func TestQuantitiesInfobox(t *testing.T) {
	u := &article.Unit{Text: "Strength1: National Guard 12,000+, Liberation Army 800, Coastal Corps 3,000–4,500", Offset: 100, Kind: claims.SourceInfobox, Key: "Strength1"}
	u.Masked = u.Text
	got := quantitiesOf(t, u)
	want := []qv{
		{Text: "12,000+", Low: "12000", High: "-", Qual: claims.QualAtLeast, Kind: claims.KindCount, Subject: "National Guard", Category: "fighters", PartOf: -1},
		{Text: "800", Low: "800", High: "800", Qual: claims.QualExact, Kind: claims.KindCount, Subject: "Liberation Army", Category: "fighters", PartOf: -1},
		{Text: "3,000–4,500", Low: "3000", High: "4500", Qual: claims.QualRange, Kind: claims.KindCount, Subject: "Coastal Corps", Category: "fighters", PartOf: -1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("infobox strength (-want +got):\n%s", diff)
	}
	u = &article.Unit{Text: "Casualties2: 340 killed, 25 captured", Offset: 7, Kind: claims.SourceInfobox, Key: "Casualties2"}
	u.Masked = u.Text
	got = quantitiesOf(t, u)
	want = []qv{exactCount("340", "340", "", "killed"), exactCount("25", "25", "", "captured")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("infobox casualties (-want +got):\n%s", diff)
	}
}

// TestQuantitiesMasked checks that a citation marker blanked in masked
// neither becomes a number nor shifts offsets.
func TestQuantitiesMasked(t *testing.T) {
	text := "Rebels killed 23[41] soldiers on 4 June.[42]"
	masked, _ := article.MaskCitations(text, 50)
	u := &article.Unit{Text: text, Masked: masked, Offset: 50, Kind: claims.SourceSentence}
	got := findQuantities(u, 50, 50+len(text))
	if len(got) != 1 {
		t.Fatalf("got %d quantities, want 1: %+v", len(got), got)
	}
	q := got[0]
	want := claims.Span{Offset: 50 + strings.Index(text, "23"), Length: 2, Text: "23"}
	if diff := cmp.Diff(want, q.Span); diff != "" {
		t.Errorf("span (-want +got):\n%s", diff)
	}
	if q.Subject != "soldiers" || q.Category != "killed" {
		t.Errorf("subject %q category %q, want soldiers killed", q.Subject, q.Category)
	}
}

// TestQuantitiesClause checks that only the clause is read and offsets
// are absolute.
func TestQuantitiesClause(t *testing.T) {
	text := "On 2 May 40 guards were killed, and on 3 May 12 more died."
	u := &article.Unit{Text: text, Masked: text, Offset: 1000, Kind: claims.SourceSentence}
	cut := strings.Index(text, " and on 3 May")
	got := findQuantities(u, 1000+cut, 1000+len(text))
	if len(got) != 1 || got[0].Span.Text != "12" || got[0].Span.Offset != 1000+strings.Index(text, "12") {
		t.Fatalf("second clause: got %+v", got)
	}
	if findQuantities(u, 999, 1005) != nil || findQuantities(u, 1005, 1005) != nil {
		t.Errorf("out-of-range clause should give nil")
	}
}
