package quantity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/token"
)

// TestAltCueOffset checks the word-level cue search against a table and
// against a plain search of the lower-cased clause for every cue.
func TestAltCueOffset(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Another report put the number at 100.", 100},
		{"The SOHR later put the death toll at 270.", 109},
		{"while ANOTHER stated nearly 100 rebels were dead", 100},
		{"other  sources said 12", -1},       // two spaces
		{"brother sources said 12", -1},      // not a whole word
		{"the other sourcesx said", -1},      // not a whole word
		{"5other sources: 12", 101},          // a digit is a boundary
		{"it was revised theory", -1},        // "revised the" inside a word
		{"it was Revised the next day", 107}, //
		{"a different estimate, another report", 100},
		{"put the toll", 100},
		{"put the", -1},
		{"", -1},
		{"Others put it at 5; other sources at 6", 100},
	}
	for _, tt := range tests {
		got := altCueOffset(claims.Span{Offset: 100, Text: tt.text})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("altCueOffset(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
	// The same answers as searching the lower-cased text for every cue.
	for _, s := range seedDocs(t) {
		for _, line := range strings.Split(string(s.Text), "\n") {
			want := refAltCueOffset(line)
			if got := altCueOffset(claims.Span{Text: line}); got != want {
				t.Errorf("%s: altCueOffset(%q) = %d, want %d", s.Name, line, got, want)
			}
		}
	}
	for _, tt := range tests {
		if got, want := altCueOffset(claims.Span{Text: tt.text}), refAltCueOffset(tt.text); got != want {
			t.Errorf("altCueOffset(%q) = %d, reference %d", tt.text, got, want)
		}
	}
}

// refAltCueOffset is the plain search: every cue in the lower-cased text,
// whole words only.
func refAltCueOffset(text string) int {
	var b []byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	low := string(b)
	best := -1
	for _, cue := range altCues {
		for from := 0; from < len(low); {
			i := strings.Index(low[from:], cue)
			if i < 0 {
				break
			}
			i += from
			end := i + len(cue)
			if (i == 0 || !token.IsLetter(low[i-1])) && (end == len(low) || !token.IsLetter(low[end])) {
				if best < 0 || i < best {
					best = i
				}
				break
			}
			from = i + 1
		}
	}
	return best
}
