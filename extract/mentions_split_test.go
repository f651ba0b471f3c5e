package extract

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAbbreviationBeforeActorNoun checks that an abbreviation followed by
// an actor noun is a name of its own, not the end of the name before it.
func TestAbbreviationBeforeActorNoun(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Meanwhile, in Raqqa ISIL fighters captured a checkpoint.", []string{"Raqqa", "ISIL"}},
		{"In Kobani YPG forces advanced.", []string{"Kobani", "YPG"}},
		{"The channel Syrian State TV claimed a victory.", []string{"Syrian State TV"}},
	}
	ex := newExtractor(t)
	for _, tt := range tests {
		cs, err := ex.Document(context.Background(), Source{Name: "m.txt", Text: []byte("= T =\n\n" + tt.text + "\n")})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			for _, m := range c.Mentions {
				got = append(got, m.Text)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q mentions (-want +got):\n%s", tt.text, diff)
		}
	}
}
