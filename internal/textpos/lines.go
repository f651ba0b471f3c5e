package textpos

import (
	"slices"
	"sort"
	"strings"
)

// LineCol returns the line and byte column, both from 1, of the byte at
// offset off of text. An offset out of range is taken as the nearest end
// of the text.
func LineCol(text string, off int) (line, col int) {
	off = min(max(off, 0), len(text))
	line = 1 + strings.Count(text[:off], "\n")
	col = off - (strings.LastIndexByte(text[:off], '\n') + 1) + 1
	return line, col
}

// Lines holds the offset of the first byte of every line of a text. Build
// it once with [Lines.Reset] and locate any number of offsets with
// [Lines.LineCol]. The zero value is an index of the empty text.
type Lines struct {
	starts []int
	size   int
}

// Reset indexes text, reusing the memory of l.
func (l *Lines) Reset(text string) {
	starts := append(slices.Grow(l.starts[:0], strings.Count(text, "\n")+1), 0)
	for i := 0; ; {
		n := strings.IndexByte(text[i:], '\n')
		if n < 0 {
			break
		}
		i += n + 1
		starts = append(starts, i)
	}
	l.starts, l.size = starts, len(text)
}

// Count returns the number of lines: one more than the newlines.
func (l *Lines) Count() int { return max(1, len(l.starts)) }

// LineCol returns what the package function [LineCol] returns for the
// indexed text, in time logarithmic in its number of lines.
func (l *Lines) LineCol(off int) (line, col int) {
	if len(l.starts) == 0 {
		return 1, 1
	}
	off = min(max(off, 0), l.size)
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	return i + 1, off - l.starts[i] + 1
}
