package digest

import (
	"testing"

	"github.com/concordfacts/concord/claims"
)

func sum(offsets bool, write func(w *Writer)) [16]byte {
	w := Writer{Offsets: offsets}
	write(&w)
	return w.Sum()
}

func TestEncodingIsUnambiguous(t *testing.T) {
	at := func(off int) claims.Span { return claims.Span{Offset: off, Length: 4, Text: "Azaz"} }
	f := 26.0
	tests := []struct {
		name    string
		offsets bool
		a, b    func(w *Writer)
		same    bool
	}{
		{"strings keep their lengths", false,
			func(w *Writer) { w.Str("ab"); w.Str("c") }, func(w *Writer) { w.Str("a"); w.Str("bc") }, false},
		{"a missing number is not zero", false,
			func(w *Writer) { w.Float(nil) }, func(w *Writer) { z := 0.0; w.Float(&z) }, false},
		{"nil and empty slices differ", false,
			func(w *Writer) { w.Hedges(nil) }, func(w *Writer) { w.Hedges([]claims.Hedge{}) }, false},
		{"no date is not a zero date", false,
			func(w *Writer) { w.Date(nil) }, func(w *Writer) { w.Date(&claims.TimeSpan{}) }, false},
		{"without offsets a span is its text", false,
			func(w *Writer) { w.Span(at(10)) }, func(w *Writer) { w.Span(at(99)) }, true},
		{"with offsets the place counts", true,
			func(w *Writer) { w.Span(at(10)) }, func(w *Writer) { w.Span(at(99)) }, false},
		{"equal figures encode alike", false,
			func(w *Writer) { w.Quantities([]claims.Quantity{{Low: &f, High: &f}}) },
			func(w *Writer) { g := 26.0; w.Quantities([]claims.Quantity{{Low: &g, High: &g}}) }, true},
	}
	for _, tt := range tests {
		if got := sum(tt.offsets, tt.a) == sum(tt.offsets, tt.b); got != tt.same {
			t.Errorf("%s: same digest = %v, want %v", tt.name, got, tt.same)
		}
	}
}
