package content

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
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
	sc := new(Reader)
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
			got, ok := ownLexicon().event(tk)
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

// lookupEvent returns the entry of the folded word w from the event
// vocabulary itself: the reference for Lexicon.event.
func lookupEvent(w string) (eventEntry, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		return eventEntry{}, false
	}
	e, ok := eventLexicon()[string(token.FoldKey(buf[:0], w))]
	return e, ok
}
