package content

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type attrView struct{ Source, Cue, Span string }

func TestFindAttribution(t *testing.T) {
	tests := []struct {
		in   string
		want []attrView
	}{
		{"According to SOHR, local ISIL forces signed a truce with the Islamic Front.", []attrView{{"SOHR", "According to", "SOHR"}}},
		{"According to the Syrian Observatory for Human Rights (SOHR), at least 90 guards were killed.",
			[]attrView{{"Syrian Observatory for Human Rights", "According to", "Syrian Observatory for Human Rights"}}},
		{"The Syrian Observatory for Human Rights reported that 40 fighters died.",
			[]attrView{{"Syrian Observatory for Human Rights", "reported", "Syrian Observatory for Human Rights"}}},
		{"By 18 August opposition sources had reported the mass defection of three brigades.",
			[]attrView{{"opposition sources", "reported", "opposition sources"}}},
		{"Syrian State TV claimed that the army had retaken the town.",
			[]attrView{{"Syrian State TV", "claimed", "Syrian State TV"}}},
		{"The town fell on Sunday, according to Kurdish sources.", []attrView{{"Kurdish sources", "according to", "Kurdish sources"}}},
		{"Pro-government media claimed that the rebels had fled.", []attrView{{"Pro-government media", "claimed", "Pro-government media"}}},
		{"Observatory director Rami Abdel Rahman told AFP that 26 people were killed.",
			[]attrView{{"Observatory director Rami Abdel Rahman", "told", "Observatory director Rami Abdel Rahman"}}},
		{"ISIL denied the claim.", []attrView{{"ISIL", "denied", "ISIL"}}},
		{"The head of the al-Nusra Front, Abu Mohammad al-Golani, confirmed that fighting had taken place.",
			[]attrView{{"Abu Mohammad al-Golani", "confirmed", "Abu Mohammad al-Golani"}}},
		{"The Syrian Kurdish news agency ANHA, citing a YPG source, stated that the attack began at noon.",
			[]attrView{{"YPG source", "citing", "YPG source"}, {"Syrian Kurdish news agency ANHA", "stated", "Syrian Kurdish news agency ANHA"}}},
		// Other topics.
		{"Two civilians were killed in an air strike, Palestinian health officials said.",
			[]attrView{{"Palestinian health officials", "said", "Palestinian health officials"}}},
		{"\"We will not withdraw,\" said the ministry spokesman.", []attrView{{"ministry spokesman", "said", "ministry spokesman"}}},
		{"The Pentagon confirmed the death of the commander.", []attrView{{"Pentagon", "confirmed", "Pentagon"}}},
		{"A report by Human Rights Watch documented the abuses.",
			[]attrView{{"Human Rights Watch", "report", "Human Rights Watch"}}},
		// Unnamed sources are recorded with an empty Source and the cue as span.
		{"It was reported that the bridge had been destroyed.", []attrView{{"", "reported", "reported"}}},
		{"Another mass execution of prisoners was also reported near the village.", []attrView{{"", "reported", "reported"}}},
		// Not attribution.
		{"The report was published in 2015.", nil},
		{"Rebels captured the town.", nil},
	}
	for _, tt := range tests {
		u, src := testUnit(tt.in)
		var got []attrView
		for _, a := range findAttribution(u) {
			checkSpan(t, src, a.Span)
			got = append(got, attrView{a.Source, a.Cue, a.Span.Text})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("findAttribution(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestFindHedges(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"On 1 April 2015, ISIL, reportedly facilitated by a local wing, stormed the camp.", []string{"reportedly"}},
		{"There were unconfirmed reports of a massacre.", []string{"unconfirmed reports"}},
		{"It was rumored that the brigade pledged allegiance to ISIL.", []string{"It was rumored"}},
		{"It is rumoured that he fled.", []string{"It is rumoured"}},
		{"The commander was allegedly executed.", []string{"allegedly"}},
		{"About 40 fighters are believed to be dead.", []string{"believed to be"}},
		{"Jaysh al-Islam claimed that this happened due to the convoys.", []string{"claimed"}},
		{"The video was purportedly filmed in Raqqa.", []string{"purportedly"}},
		{"The strike possibly killed a senior leader.", []string{"possibly"}},
		{"It was unclear who controlled the crossing.", []string{"It was unclear"}},
		{"There were conflicting reports about the number of dead.", []string{"conflicting reports"}},
		{"The gunmen may have escaped to Turkey.", []string{"may have"}},
		// Not hedges.
		{"ISIL denied the claim.", nil},
		{"The rebels said they captured the town.", nil},
		{"May 2014 saw heavy fighting.", nil},
	}
	for _, tt := range tests {
		u, src := testUnit(tt.in)
		var got []string
		for _, h := range findHedges(u) {
			checkSpan(t, src, h.Span)
			if h.Cue != h.Span.Text {
				t.Errorf("%q: cue %q != span %q", tt.in, h.Cue, h.Span.Text)
			}
			got = append(got, h.Span.Text)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("findHedges(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
