package extract

import (
	"context"
	"testing"
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

// TestAltStemsCoverCues keeps the prefilter in step with the cue list.
func TestAltStemsCoverCues(t *testing.T) {
	for _, cue := range qAltCues {
		if !qMayHaveAltCue(cue) {
			t.Errorf("cue %q has none of the stems in qAltStems", cue)
		}
	}
}
