package content

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/extract/internal/article"
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

// TestEvLookupTok checks that looking a token up by its flags finds what
// looking its folded text up finds, for every word of the seeds and some
// words written otherwise.
func TestEvLookupTok(t *testing.T) {
	us, _ := seedUnits(t)
	extra := &article.Unit{Text: "Captured CAPTURED captured seized SEIZED don’t didn't won’t attack’s Bombardment bombardment"}
	extra.Masked = extra.Text
	us = append(us, extra)
	sc := getScratch()
	defer putScratch(sc)
	found := 0
	for _, u := range us {
		sc.load(u)
		for k := range sc.toks {
			tk := &sc.toks[k]
			if tk.Punct != 0 {
				continue
			}
			w := tk.Text(u.Masked)
			want, wantOK := lookupEvent(w)
			got, ok := lookupEventToken(u.Masked, tk)
			if ok != wantOK {
				t.Errorf("evLookupTok(%q) ok = %v, want %v", w, ok, wantOK)
				continue
			}
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(eventEntry{})); diff != "" {
				t.Errorf("evLookupTok(%q) (-want +got):\n%s", w, diff)
			}
			if ok {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no event word found in the seeds")
	}
}
