package quantity

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
)

// The sentences below are written for these tests, one per way a
// writer phrases a toll; none is taken from the seeds or the
// development sets.

func part(q qv, of int) qv { q.PartOf = of; return q }

func atLeast(text, n, subject, category string) qv {
	return qv{Text: text, Low: n, High: "-", Qual: claims.QualAtLeast, Kind: claims.KindCount, Subject: subject, Category: category, PartOf: -1}
}

func TestTollKilled(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"Nine villagers lost their lives in the flood.", []qv{exactCount("Nine", "9", "villagers", "killed")}},
		{"One guard lost his life in the fire.", []qv{exactCount("One", "1", "guard", "killed")}},
		{"At least 12 soldiers died when their convoy was ambushed.", []qv{atLeast("At least 12", "12", "soldiers", "killed")}},
		{"Four policemen were left dead after the raid.", []qv{exactCount("Four", "4", "policemen", "killed")}},
		{"The ambush left 23 people dead.", []qv{exactCount("23", "23", "people", "killed")}},
		{"The shelling left at least 40 militiamen dead.", []qv{atLeast("at least 40", "40", "militiamen", "killed")}},
		{"By evening there were 58 dead.", []qv{exactCount("58", "58", "", "killed")}},
		{"Medics counted 31 dead among the defenders of the fort.", []qv{exactCount("31", "31", "defenders", "killed")}},
		{"The death toll rose to 85 on Monday.", []qv{exactCount("85", "85", "", "killed")}},
		{"The death toll from the bombing has risen to 63.", []qv{exactCount("63", "63", "", "killed")}},
		{"The toll climbed to 19 overnight.", []qv{exactCount("19", "19", "", "killed")}},
		{"The casualty toll reached 140.", []qv{exactCount("140", "140", "", "casualties")}},
		{"The death toll among civilians rose to 85.", []qv{exactCount("85", "85", "civilians", "killed")}},
		{"The death toll of the bombing reached 40.", []qv{exactCount("40", "40", "", "killed")}},
		{"The fire claimed the lives of 30 workers.", []qv{exactCount("30", "30", "workers", "killed")}},
		{"The dead included 14 border guards.", []qv{exactCount("14", "14", "border guards", "killed")}},
		{"Twenty-nine sailors had gone missing by nightfall.", []qv{exactCount("Twenty-nine", "29", "sailors", "missing")}},
		{"Thirty protesters were shot dead by police.", []qv{exactCount("Thirty", "30", "protesters", "killed")}},
		{"Gunmen shot dead 12 worshippers.", []qv{exactCount("12", "12", "worshippers", "killed")}},
		{"Militants gunned down 9 farmers.", []qv{exactCount("9", "9", "farmers", "killed")}},
		{"Two shepherds were beaten to death.", []qv{exactCount("Two", "2", "shepherds", "killed")}},
		{"Five civilians were among those killed.", []qv{exactCount("Five", "5", "civilians", "killed")}},
		{"The dead included a commander and 12 fighters.", []qv{exactCount("12", "12", "fighters", "killed")}},
	})
}

// TestTollElided: a count with no noun after it shares the subject of
// the count before it in a coordination.
func TestTollElided(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"At least 15 people were killed and 30 wounded in the attack.", []qv{
			atLeast("At least 15", "15", "people", "killed"), exactCount("30", "30", "people", "wounded"),
		}},
		{"A suicide bomber killed 4 people and injured 26 in the town.", []qv{
			exactCount("4", "4", "people", "killed"), exactCount("26", "26", "people", "wounded"),
		}},
		{"The bombing killed 12 people, wounding 40.", []qv{
			exactCount("12", "12", "people", "killed"), exactCount("40", "40", "people", "wounded"),
		}},
		{"The attack left 12 dead and 30 wounded.", []qv{
			exactCount("12", "12", "", "killed"), exactCount("30", "30", "", "wounded"),
		}},
		{"The army attacked from three sides, killing dozens.", []qv{
			exactCount("three", "3", "sides", ""), {Text: "dozens", Low: "24", High: "99", Qual: claims.QualVague, Kind: claims.KindCount, Category: "killed", PartOf: -1},
		}},
		{"Shelling killed 8 soldiers, and on Friday 30 died in the city.", []qv{
			exactCount("8", "8", "soldiers", "killed"), exactCount("30", "30", "", "killed"),
		}},
	})
}

func TestTollWounded(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"Seven journalists were hurt in the stampede.", []qv{exactCount("Seven", "7", "journalists", "wounded")}},
		{"Forty-two militiamen were wounded in the assault.", []qv{exactCount("Forty-two", "42", "militiamen", "wounded")}},
		{"Another 15 guards were injured.", []qv{exactCount("15", "15", "guards", "wounded")}},
		{"Twelve others sustained injuries.", []qv{exactCount("Twelve", "12", "others", "wounded")}},
	})
}

// TestTollCaptured: taking prisoners, captives and hostages is captured;
// arrest and detention stay arrested (see doc.go).
func TestTollCaptured(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"The militants took 14 soldiers prisoner.", []qv{exactCount("14", "14", "soldiers", "captured")}},
		{"The raiders killed three guards and took nine others captive.", []qv{
			exactCount("three", "3", "guards", "killed"), exactCount("nine", "9", "guards", "captured"),
		}},
		{"The rival faction took 12 of its fighters captive.", []qv{exactCount("12", "12", "fighters", "captured")}},
		{"The gunmen took 40 prisoners at the dam.", []qv{exactCount("40", "40", "prisoners", "captured")}},
		{"The rebels took three villages near the dam.", []qv{exactCount("three", "3", "villages", "captured")}},
		{"The march took three hours.", []qv{{Text: "three hours", Low: "3", High: "3", Qual: claims.QualExact, Kind: claims.KindDuration, Unit: "hours", PartOf: -1}}},
		{"Twenty-six were taken captive near the border.", []qv{exactCount("Twenty-six", "26", "", "captured")}},
		{"The video showed 18 captured fighters.", []qv{exactCount("18", "18", "captured fighters", "captured")}},
		{"The group took 25 Army of Islam fighters prisoner.", []qv{exactCount("25", "25", "Army of Islam fighters", "captured")}},
		{"Security forces killed two gunmen, detaining 11 others.", []qv{
			exactCount("two", "2", "gunmen", "killed"), exactCount("11", "11", "gunmen", "arrested"),
		}},
		{"Retreating troops killed 17 of the prisoners they had taken.", []qv{exactCount("17", "17", "prisoners", "killed")}},
		{"The guards executed 8 captives at dawn.", []qv{exactCount("8", "8", "captives", "executed")}},
		{"Eight journalists were held hostage for a week.", []qv{exactCount("Eight", "8", "journalists", "captured")}},
		{"Police rounded up 50 students.", []qv{exactCount("50", "50", "students", "arrested")}},
	})
}

func TestTollSubjects(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"Nine of the dead were police officers.", []qv{exactCount("Nine", "9", "police officers", "killed")}},
		{"Twelve of those killed were children.", []qv{exactCount("Twelve", "12", "children", "killed")}},
		{"Three of the wounded were journalists.", []qv{exactCount("Three", "3", "journalists", "wounded")}},
		{"Five of the people killed were soldiers.", []qv{exactCount("Five", "5", "soldiers", "killed")}},
		{"Sixty of the defenders surrendered.", []qv{exactCount("Sixty", "60", "defenders", "captured")}},
		{"Forty of the raiders had crossed the river at night.", []qv{exactCount("Forty", "40", "raiders", "fighters")}},
		{"Sixty of the defenders were conscripts.", []qv{exactCount("Sixty", "60", "defenders", "")}},
		{"The colonel said 30 of his own men had died.", []qv{exactCount("30", "30", "his own men", "killed")}},
		{"Six of the battalion's soldiers were wounded.", []qv{exactCount("Six", "6", "battalion's soldiers", "wounded")}},
		{"The militia's 300 fighters withdrew from the town.", []qv{exactCount("300", "300", "militia's fighters", "fighters")}},
		{"On Saturday's 30 dead there was no word.", []qv{exactCount("30", "30", "", "killed")}},
		{"Rebels killed 11 soldiers and wounded 20 others.", []qv{
			exactCount("11", "11", "soldiers", "killed"), exactCount("20", "20", "soldiers", "wounded"),
		}},
		{"The strike killed one soldier and wounded 7 others.", []qv{
			exactCount("one", "1", "soldier", "killed"), exactCount("7", "7", "soldiers", "wounded"),
		}},
		{"The mine killed four deminers and injured 6 more.", []qv{
			exactCount("four", "4", "deminers", "killed"), exactCount("6", "6", "deminers", "wounded"),
		}},
		{"Thirty Army of Islam fighters were captured.", []qv{exactCount("Thirty", "30", "Army of Islam fighters", "captured")}},
	})
}

func TestTollParts(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"A blast killed 40 people, 12 of whom were soldiers.", []qv{
			exactCount("40", "40", "people", "killed"), part(exactCount("12", "12", "soldiers", "killed"), 0),
		}},
		{"The strike killed 25 people, nine of them children.", []qv{
			exactCount("25", "25", "people", "killed"), part(exactCount("nine", "9", "children", "killed"), 0),
		}},
		{"Sixteen guards were killed, six of them conscripts.", []qv{
			exactCount("Sixteen", "16", "guards", "killed"), part(exactCount("six", "6", "conscripts", "killed"), 0),
		}},
		{"Thirteen guards, one of them a captain, were killed.", []qv{
			exactCount("Thirteen", "13", "guards", "killed"), part(exactCount("one", "1", "captain", "killed"), 0),
		}},
		{"Thirteen guards, one of them a captain, died defending the gate.", []qv{
			exactCount("Thirteen", "13", "guards", "killed"), part(exactCount("one", "1", "captain", "killed"), 0),
		}},
		{"A shell killed 20 people, 8 civilians among them.", []qv{
			exactCount("20", "20", "people", "killed"), part(exactCount("8", "8", "civilians", "killed"), 0),
		}},
		{"The raid killed 14 people, women and children among them.", []qv{exactCount("14", "14", "people", "killed")}},
		{"Gunmen killed 9 villagers, the headman and his son among them, and burned the mill.", []qv{
			exactCount("9", "9", "villagers", "killed"),
		}},
		{"The bombing killed 30 people and wounded 50, ten of them seriously.", []qv{
			exactCount("30", "30", "people", "killed"), exactCount("50", "50", "people", "wounded"), part(exactCount("ten", "10", "", "wounded"), 1),
		}},
		{"Of the 66 dead, 17 were foreign fighters.", []qv{
			exactCount("66", "66", "", "killed"), part(exactCount("17", "17", "foreign fighters", "killed"), 0),
		}},
		{"17 of the 66 dead were foreign fighters.", []qv{
			part(exactCount("17", "17", "foreign fighters", "killed"), 1), exactCount("66", "66", "", "killed"),
		}},
		{"The ambush killed 12 soldiers; one of them was buried in the village.", []qv{exactCount("12", "12", "soldiers", "killed")}},
		{"Troops killed 12 militants, most of them foreigners, and arrested 30 others.", []qv{
			exactCount("12", "12", "militants", "killed"), exactCount("30", "30", "militants", "arrested"),
		}},
		{"Gunmen killed 20 people, including women and children, and 12 soldiers.", []qv{
			exactCount("20", "20", "people", "killed"), exactCount("12", "12", "soldiers", "killed"),
		}},
		{"Of the 300 fighters who joined, 40 were later killed.", []qv{
			exactCount("300", "300", "fighters", "killed"), part(exactCount("40", "40", "", "killed"), 0),
		}},
		{"Medics said 17 of the 25 victims were women.", []qv{
			part(exactCount("17", "17", "women", ""), 1), exactCount("25", "25", "victims", ""),
		}},
		{"The rebels had captured 23 soldiers, three of them officers.", []qv{
			exactCount("23", "23", "soldiers", "captured"), part(exactCount("three", "3", "officers", "captured"), 0),
		}},
		{"At least 200 people, many of them women and children, fled the town.", []qv{atLeast("At least 200", "200", "people", "displaced")}},
		{"Officials said 40 militants had been killed in the fighting, as well as nine members of the militia.", []qv{
			exactCount("40", "40", "militants", "killed"), exactCount("nine", "9", "members", "killed"),
		}},
	})
}

func TestTollNumberWords(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"Eleven people died in the blast.", []qv{exactCount("Eleven", "11", "people", "killed")}},
		{"Sixty attackers were killed.", []qv{exactCount("Sixty", "60", "attackers", "killed")}},
		{"Forty two prisoners escaped.", []qv{exactCount("Forty two", "42", "prisoners", "freed")}},
		{"Rebels Kill Twenty Soldiers In Ambush", []qv{exactCount("Twenty", "20", "Soldiers", "killed")}},
	})
}

// TestTollNearMisses: numbers that are no counts, and counts that take
// no category from a toll nearby.
func TestTollNearMisses(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"It was one of the largest attacks of the war.", nil},
		{"One of the dead was never identified.", nil},
		{"The Group of Seven met in Paris.", nil},
		{"He joined the Five Eyes alliance.", nil},
		{"Fighters from \"Seven Hills\" battalion joined.", nil},
		{"The second assault failed on the third day.", nil},
		{"Brigade 93 and Division 17 held out.", nil},
		{"Two thirds of the fighters were killed.", nil},
		{"Two-thirds of the fighters were killed.", nil},
		{"The fighters attacked the base from three sides.", []qv{exactCount("three", "3", "sides", "")}},
		{"Two days later, 5 soldiers were killed.", []qv{exactCount("5", "5", "soldiers", "killed")}},
		{"On 12 March 2014, 30 rebels were killed.", []qv{exactCount("30", "30", "rebels", "killed")}},
		{"At least three fighters younger than 16 were killed.", []qv{
			atLeast("At least three", "3", "fighters", "killed"),
			{Text: "younger than 16", Low: "-", High: "16", HighEx: true, Qual: claims.QualLessThan, Kind: claims.KindOther, Unit: "years of age", PartOf: -1},
		}},
		{"A shepherd older than 60 was killed.", []qv{
			{Text: "older than 60", Low: "60", High: "-", LowEx: true, Qual: claims.QualMoreThan, Kind: claims.KindOther, Unit: "years of age", PartOf: -1},
		}},
		{"A boy aged 12 was killed.", []qv{
			{Text: "12", Low: "12", High: "12", Qual: claims.QualExact, Kind: claims.KindOther, Unit: "years of age", PartOf: -1},
		}},
		{"Children under 15 were among the dead.", []qv{
			{Text: "under 15", Low: "-", High: "15", HighEx: true, Qual: claims.QualLessThan, Kind: claims.KindOther, Unit: "years of age", PartOf: -1},
		}},
		{"The convoy of 30 vehicles reached the town.", []qv{exactCount("30", "30", "vehicles", "")}},
		{"The two sides exchanged fire for an hour.", []qv{exactCount("two", "2", "sides", "")}},
		{"The two sides exchanged 40 prisoners.", []qv{exactCount("two", "2", "sides", ""), exactCount("40", "40", "prisoners", "freed")}},
	})
}

// TestLinkOthers: "N others" and "N more" take the subject of the count
// in the sentence before, within a paragraph.
func TestLinkOthers(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		// The sentence before, but not across a paragraph.
		{"Twenty rebels died on Monday. Twelve more died on Tuesday.\n\nSeven others were hurt.",
			[]string{"Twenty=rebels/killed", "Twelve=rebels/killed", "Seven=others/wounded"}},
		{"Five guards were killed in the blast. Eight others were wounded.",
			[]string{"Five=guards/killed", "Eight=guards/wounded"}},
		{"One policeman was killed in the blast. Two others were hurt.",
			[]string{"One=policeman/killed", "Two=policemen/wounded"}},
		// Only the sentence right before.
		{"Five guards were killed. The town was quiet. Eight others were wounded.",
			[]string{"Five=guards/killed", "Eight=others/wounded"}},
		// A part that points back takes the category of the total.
		{"Sixteen people were killed. Six of them were rebels.",
			[]string{"Sixteen=people/killed", "Six=rebels/killed"}},
		{"Thirty soldiers were captured. Five of them were later released.",
			[]string{"Thirty=soldiers/captured", "Five=/freed"}},
		{"Sixteen people were killed.\n\nSix of them were rebels.",
			[]string{"Sixteen=people/killed", "Six=rebels/"}},
		// The clause names whom they are other than.
		{"Five guards were killed. A child was shot dead and 14 others were wounded.",
			[]string{"Five=guards/killed", "14=others/wounded"}},
		{"Three hundred people marched. Police shot a boy, injuring 9 others.",
			[]string{"Three hundred=people/", "9=others/wounded"}},
	} {
		var got []string
		for _, cl := range extractOne(t, c.text) {
			for _, q := range cl.Quantities {
				got = append(got, q.Span.Text+"="+q.Subject+"/"+q.Category)
			}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("LinkOthers(%q) (-want +got):\n%s", c.text, diff)
		}
	}
}

// extractOne splits text into sentences at ". " and line breaks and
// reads each sentence's quantities into a claim, as extract does, then
// runs LinkOthers.
func extractOne(t *testing.T, text string) []claims.Claim {
	t.Helper()
	var cs []claims.Claim
	line, start := 1, 0
	flush := func(end int) {
		s := text[start:end]
		if s != "" {
			u := &article.Unit{Text: s, Masked: s, Offset: start, Kind: claims.SourceSentence}
			cs = append(cs, claims.Claim{
				Text:       s,
				Provenance: claims.Provenance{Offset: start, Length: len(s), Line: line, Kind: claims.SourceSentence},
				Clause:     claims.Span{Offset: start, Length: len(s), Text: s},
				Quantities: findQuantities(u, start, end),
			})
		}
	}
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '\n':
			flush(i)
			line++
			start = i + 1
		case text[i] == ' ' && i > 0 && text[i-1] == '.':
			flush(i)
			start = i + 1
		}
	}
	flush(len(text))
	LinkOthers(cs)
	return cs
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"Syrian soldier": "Syrian soldiers", "gunman": "gunmen", "child": "children",
		"border guard": "border guards", "militia": "militias", "deputy": "deputies",
		"boss": "bosses", "rebels": "rebels", "ISIL": "ISIL", "person": "people",
	} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}
