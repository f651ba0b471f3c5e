package timex

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/seeds"
)

// scanAll returns the expressions scan finds in text, strict or lenient.
func scanAll(text string, lenient bool) []dexpr {
	s := scanner{t: text, toks: testLexicon().dateTokens(text, tokensOf(text), nil), lenient: lenient}
	return s.scan(nil)
}

// checkMayHoldDate fails when mayHoldDate turns away a text in which
// scan finds a date.
func checkMayHoldDate(t *testing.T, text string) {
	t.Helper()
	if mayHold(text) {
		return
	}
	for _, lenient := range []bool{false, true} {
		if got := scanAll(text, lenient); len(got) != 0 {
			t.Errorf("mayHoldDate(%q) = false, but scan (lenient %v) finds %d dates", text, lenient, len(got))
		}
	}
}

func TestMayHoldDate(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The rebels withdrew.", false},
		{"The rebels withdrew in 2013.", true},
		{"On the same DAY, the army attacked.", true},
		{"Two weeks later the town fell.", true},
		{"In the following MONTHS, talks stalled.", true},
		{"Late in the evening they left.", true},
		{"Late at night they left.", true},
		{"That fortnight they left.", true},
		{"In the afternoon they left.", true},
		{"That year they left.", true},
		{"In March they left.", true},
		{"In SEPT. they left.", true},
		{"in march they left.", false},
		{"They may leave.", false},
		{"The Mayor left.", false},
		{"May's report.", true},
		{"On Friday they left.", true},
		{"Tomorrow they leave.", true},
		{"Yesterday they left.", true},
		{"On SATURDAY'S eve they left.", true}, // the weekday before a possessive in capitals
		{"On Sat they left.", true},            // a candidate: a short weekday dates only before a date
		{"", false},
	}
	var got, want []bool
	for _, tc := range tests {
		got = append(got, mayHold(tc.text))
		want = append(want, tc.want)
		checkMayHoldDate(t, tc.text)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mayHoldDate (-want +got):\n%s", diff)
	}
}

// TestMayHoldDateSeeds checks the prefilter against every unit of the
// seed documents, and that it turns some of them away.
func TestMayHoldDateSeeds(t *testing.T) {
	e := parserForTest(t)
	skipped := 0
	for _, name := range seeds.Names() {
		src, err := seeds.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		p := e.Parse(name, string(src))
		for i := range p.Items {
			it := &p.Items[i]
			if it.Kind == article.HeadingItem {
				checkMayHoldDate(t, it.Heading)
				continue
			}
			checkMayHoldDate(t, it.Unit.Masked)
			if !mayHold(it.Unit.Masked) {
				skipped++
			}
		}
	}
	if skipped == 0 {
		t.Error("mayHoldDate turned no seed unit away")
	}
}

func FuzzMayHoldDate(f *testing.F) {
	for _, s := range []string{
		"On 12 January the town fell.", "the next day", "Two weeks later", "In MARCH",
		"late in the evening", "the first few days of the conflict", "that same year",
		"summer of that year", "the previous fortnight", "By the afternoon", "no date here",
		"on Friday", "Saturday's", "SATURDAY'S'X", "tomorrow", "Tonight", "2014-07-19", "02/01/2014", "last week",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkMayHoldDate(t, text)
	})
}
