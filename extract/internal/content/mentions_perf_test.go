package content

import (
	"testing"
)

// TestHasPlacePrefixShortcut checks hasPlacePrefix against the prefixes
// it reads.
func TestHasPlacePrefixShortcut(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Kafrnaya", true},
		{"Kfarnabel", true},
		{"Tallkalakh", true},
		{"Ras-Baalbek", true},
		{"Maaratmisrin", true},
		{"Maaratah", false},
		{"Kafr", false},
		{"Kafrna", false},
		{"Tall", false},
		{"Damascus", false},
		{"kafrnaya", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := hasPlacePrefix(tt.w); got != tt.want {
			t.Errorf("hasPlacePrefix(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
