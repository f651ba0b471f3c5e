package textpos

import (
	"testing"
)

// lineColRef is the plain reference: walk the text byte by byte.
func lineColRef(text string, off int) (int, int) {
	off = min(max(off, 0), len(text))
	line, col := 1, 1
	for i := 0; i < off; i++ {
		if text[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

func TestLineCol(t *testing.T) {
	const text = "ab\n\ncdé\r\nx"
	tests := []struct {
		off, line, col int
	}{
		{-5, 1, 1},
		{0, 1, 1},
		{2, 1, 3}, // the newline ending line 1
		{3, 2, 1}, // the empty line 2
		{4, 3, 1},
		{6, 3, 3},  // é starts at byte 6: columns count bytes
		{8, 3, 5},  // '\r' is the last byte of line 3
		{10, 4, 1}, // x
		{11, 4, 2}, // the end of the text
		{99, 4, 2},
	}
	var ls Lines
	ls.Reset(text)
	for _, tt := range tests {
		if l, c := LineCol(text, tt.off); l != tt.line || c != tt.col {
			t.Errorf("LineCol(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
		if l, c := ls.LineCol(tt.off); l != tt.line || c != tt.col {
			t.Errorf("Lines.LineCol(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
	}
	if n := ls.Count(); n != 4 {
		t.Errorf("Count = %d, want 4", n)
	}
}

func TestLinesReuse(t *testing.T) {
	var ls Lines
	if l, c := ls.LineCol(3); l != 1 || c != 1 || ls.Count() != 1 {
		t.Errorf("zero Lines: LineCol = %d:%d, Count = %d; want 1:1, 1", l, c, ls.Count())
	}
	ls.Reset("a\nb\nc\nd")
	ls.Reset("xyz\n")
	if l, c := ls.LineCol(4); l != 2 || c != 1 {
		t.Errorf("after a second Reset: LineCol(4) = %d:%d, want 2:1", l, c)
	}
	if l, c := ls.LineCol(7); l != 2 || c != 1 {
		t.Errorf("after a second Reset: LineCol(7) = %d:%d, want 2:1 (clamped to the shorter text)", l, c)
	}
}

// FuzzLineCol checks both ways of locating an offset against the
// reference, at every offset of the text and just outside it.
func FuzzLineCol(f *testing.F) {
	f.Add("")
	f.Add("\n\n")
	f.Add("one\r\ntwo\nthree é\n")
	f.Fuzz(func(t *testing.T, text string) {
		var ls Lines
		ls.Reset(text)
		for off := -1; off <= len(text)+1; off++ {
			wl, wc := lineColRef(text, off)
			if l, c := LineCol(text, off); l != wl || c != wc {
				t.Fatalf("LineCol(%q, %d) = %d:%d, want %d:%d", text, off, l, c, wl, wc)
			}
			if l, c := ls.LineCol(off); l != wl || c != wc {
				t.Fatalf("Lines.LineCol(%q, %d) = %d:%d, want %d:%d", text, off, l, c, wl, wc)
			}
		}
	})
}

func BenchmarkLines(b *testing.B) {
	text := ""
	for range 2000 {
		text += "A line of a document of moderate length, as extraction sees it.\n"
	}
	b.SetBytes(int64(len(text)))
	var ls Lines
	for b.Loop() {
		ls.Reset(text)
	}
}
