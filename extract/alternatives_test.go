package extract

import (
	"context"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRevisionVersusAlternative(t *testing.T) {
	tests := []struct {
		text     string
		revision bool
	}{
		{"= T =\n\nOn 3 May 2016, a car bomb killed 12 people in the market. The monitor later put the death toll at 19.\n", true},
		{"= T =\n\nOn 3 May 2016, a car bomb killed 12 people in the market. Officials later raised the toll to 15.\n", true},
		{"= T =\n\nOn 3 May 2016, a car bomb killed 12 people in the market. Another report put the number of dead at 30.\n", false},
	}
	ex := newExtractor(t)
	for _, tt := range tests {
		cs, err := ex.Document(context.Background(), Source{Name: "r.txt", Text: []byte(tt.text)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, c := range cs {
			for _, q := range c.Quantities {
				if q.AlternativeTo == "" {
					continue
				}
				found = true
				if q.Revision != tt.revision {
					t.Errorf("%q: %q revision = %v, want %v", c.Text, q.Span.Text, q.Revision, tt.revision)
				}
			}
		}
		if !found {
			t.Errorf("%q: no alternative linked", tt.text)
		}
	}
}

func TestLinkAlternatives(t *testing.T) {
	doc := `= Test =

On 3 March, militants executed 60 prisoners near the river. Another report put the number of executed prisoners at 85.

On 9 April, shelling killed 30 soldiers and at least 12 militiamen, while another source stated nearly 50 soldiers were dead. The ministry later put the death toll at 61.

On 1 May, 7 guards were wounded. Weeks later, 300 families were displaced. A different estimate put the figure at 450.
`
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cs, err := e.Document(context.Background(), Source{Name: "t", Text: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	type alt struct{ Text, Alt, Of string }
	var got []alt
	for _, c := range cs {
		for _, q := range c.Quantities {
			if q.AlternativeTo == "" {
				continue
			}
			of := ""
			for _, d := range cs {
				for i, r := range d.Quantities {
					if d.ID+"/"+strconv.Itoa(i) == q.AlternativeTo {
						of = r.Span.Text
					}
				}
			}
			got = append(got, alt{q.Span.Text, q.Category, of})
		}
	}
	want := []alt{
		{"85", "executed", "60"},
		{"nearly 50", "killed", "30"},
		{"61", "killed", "nearly 50"},
		{"450", "displaced", "300"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("alternatives (-want +got):\n%s", diff)
	}
}

// TestQuantitiesSeedSpans checks the span invariant and bounds on every
// seed document.
func TestQuantitiesSeedSpans(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range seedSources(t) {
		cs, err := e.Document(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, c := range cs {
			for i, q := range c.Quantities {
				n++
				sp := q.Span
				if sp.Offset < c.Clause.Offset || sp.End() > c.Clause.End() || string(s.Text[sp.Offset:sp.End()]) != sp.Text {
					t.Errorf("%s: span %+v outside its clause or not its text", s.Name, sp)
				}
				if q.Low != nil && q.High != nil && *q.Low > *q.High {
					t.Errorf("%s: %q low > high", s.Name, sp.Text)
				}
				if q.PartOf >= len(c.Quantities) || q.PartOf == i {
					t.Errorf("%s: %q bad part_of %d", s.Name, sp.Text, q.PartOf)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no quantities", s.Name)
		}
	}
}
