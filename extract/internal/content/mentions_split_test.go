package content

import (
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
	for _, tt := range tests {
		u, _ := testUnit(tt.text)
		var got []string
		for _, m := range findMentions(u, u.Offset, u.Offset+len(u.Text)) {
			got = append(got, m.Text)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q mentions (-want +got):\n%s", tt.text, diff)
		}
	}
}
