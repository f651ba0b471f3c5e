package article

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

var testParser *Parser

// parserForTest returns a Parser shared by the tests.
func parserForTest(t testing.TB) *Parser {
	t.Helper()
	if testParser == nil {
		p, err := NewParser()
		if err != nil {
			t.Fatal(err)
		}
		testParser = p
	}
	return testParser
}

// sentences returns the texts of the units of a document.
func sentences(t *testing.T, src string) []string {
	t.Helper()
	var out []string
	for _, it := range parserForTest(t).Parse("t.txt", src).Items {
		if it.Kind == UnitItem {
			out = append(out, it.Unit.Text)
		}
	}
	return out
}

func TestSegmentation(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "abbreviations and initials do not end sentences",
			src: "= T =\n\nThe body of Dr. Hussein Suleiman was returned. The U.S. embassy in Washington D.C. closed. " +
				"A U.N. resolution failed. Gen. J. R. Smith resigned.\n",
			want: []string{
				"The body of Dr. Hussein Suleiman was returned.",
				"The U.S. embassy in Washington D.C. closed.",
				"A U.N. resolution failed.",
				"Gen. J. R. Smith resigned.",
			},
		},
		{
			name: "no sentence spans a heading or a blank line",
			src:  "= T =\n\nRebels advanced towards the town\n\n== Aftermath ==\nThe army withdrew\n\nTalks began.\n",
			want: []string{"Rebels advanced towards the town", "The army withdrew", "Talks began."},
		},
		{
			name: "a sentence that lost its full stop is split before a dated opener",
			src:  "= T =\n\nA car bomb killed 20 people, including women, and children By 23 January, the army held the town.\n",
			want: []string{
				"A car bomb killed 20 people, including women, and children",
				"By 23 January, the army held the town.",
			},
		},
		{
			name: "a capitalised preposition without a date does not split",
			src:  "= T =\n\nThe story was reported by The New York Times on Monday.\n",
			want: []string{"The story was reported by The New York Times on Monday."},
		},
		{
			name: "citation markers stay with the sentence they follow",
			src:  "= T =\n\nThe group joined the clashes.[262] According to its media wing, 4 fighters were killed.[263][264]\n",
			want: []string{
				"The group joined the clashes.",
				"According to its media wing, 4 fighters were killed.",
			},
		},
		{
			name: "list items are sentences of their own",
			src:  "= T =\n\n- The BBC reported an evacuation\n- Russia said it would veto a resolution.\n",
			want: []string{"The BBC reported an evacuation", "Russia said it would veto a resolution."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentences(t, tt.src)); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStructure(t *testing.T) {
	src := "= East Ghouta clashes (2017) =\n\nInfobox\n- Date: 28 April – 31 May 2017\n- Casualties1: 67 killed[3]\n\n" +
		"Intro sentence.\n\n==Conflict==\n===First week===\nOn 28 April, fighting began.[1][2] It went on.\n\n" +
		"==Aftermath==\n- A list item.\n"
	doc := parserForTest(t).Parse("d.txt", src)
	starts := LineStarts(nil, src)
	type row struct {
		Text      string
		Section   []string
		Kind      claims.SourceKind
		Line, Col int
		Cites     []string
	}
	var got []row
	for _, it := range doc.Items {
		if it.Kind != UnitItem {
			continue
		}
		u := it.Unit
		var cites []string
		for _, ci := range u.Citations {
			cites = append(cites, ci.Label)
		}
		line, col := Position(starts, u.Offset)
		got = append(got, row{u.Text, u.Section, u.Kind, line, col, cites})
	}
	want := []row{
		{"Date: 28 April – 31 May 2017", []string{"Infobox", "Date"}, claims.SourceInfobox, 4, 3, nil},
		{"Casualties1: 67 killed[3]", []string{"Infobox", "Casualties1"}, claims.SourceInfobox, 5, 3, []string{"3"}},
		{"Intro sentence.", nil, claims.SourceSentence, 7, 1, nil},
		{"On 28 April, fighting began.", []string{"Conflict", "First week"}, claims.SourceSentence, 11, 1, []string{"1", "2"}},
		{"It went on.", []string{"Conflict", "First week"}, claims.SourceSentence, 11, 36, nil},
		{"A list item.", []string{"Aftermath"}, claims.SourceListItem, 14, 3, nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("units (-want +got):\n%s", diff)
	}
}

func TestTitleWithoutMarkup(t *testing.T) {
	ex := parserForTest(t)
	p := ex.Parse("x", "2014 Eastern Syria offensive\n\nThe offensive began.\n")
	if p.Title != "2014 Eastern Syria offensive" || p.TitleLine {
		t.Errorf("title = %q (line %v), want the first line", p.Title, p.TitleLine)
	}
	p = ex.Parse("x", "= Battle of X =\nText.\n")
	if p.Title != "Battle of X" || !p.TitleLine {
		t.Errorf("title = %q (line %v), want Battle of X from the title line", p.Title, p.TitleLine)
	}
	// A first line is a title only when set off by a blank line and not
	// ending like a sentence; otherwise it is text and gives claims.
	for _, tt := range []struct{ src, title string }{
		{"Siege of Kobanî (2014)\n\nThe siege began.\n", "Siege of Kobanî (2014)"},
		{"On 5 May 2015, rebels took the town.\n", ""},
		{"On 5 May 2015, rebels took the town\n", ""},
		{"Rebels took the town.\n\nThey left.\n", ""},
		{"Rebels took the town.[3]\n\nThey left.\n", ""},
		{"He said: \"We left.\"\n\nThey left.\n", ""},
		{"Heading-like line\nfollowed by text.\n", ""},
		{"Infobox\n\n- Date: 2014\n", ""},
	} {
		if p := ex.Parse("x", tt.src); p.Title != tt.title {
			t.Errorf("%q: title %q, want %q", tt.src, p.Title, tt.title)
		}
	}
	if got := sentences(t, "On 5 May 2015, rebels took the town.\n"); len(got) != 1 {
		t.Errorf("one-line document: sentences %q, want the line", got)
	}
}
