package article

import (
	"slices"
	"sort"
	"strings"
)

// LineStarts returns the offset of the first byte of every line, in the
// storage of starts.
func LineStarts(starts []int, src string) []int {
	starts = append(slices.Grow(starts[:0], strings.Count(src, "\n")+1), 0)
	for i := 0; ; {
		n := strings.IndexByte(src[i:], '\n')
		if n < 0 {
			return starts
		}
		i += n + 1
		starts = append(starts, i)
	}
}

// Position returns the 1-based line and byte column of offset.
func Position(starts []int, offset int) (int, int) {
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > offset }) - 1
	return i + 1, offset - starts[i] + 1
}
