package htmldoc

import "sort"

// seg maps a piece of the rendered text, [r, r+n), to the source bytes
// it was rendered from, [s, s+sn). A literal piece (lit) is the same
// bytes in both, one to one; any other piece (an entity, a run of white
// space shown as one space, the blank line between blocks) maps as a
// whole.
type seg struct {
	r, n  int
	s, sn int
	lit   bool
}

// Map maps byte offsets of a page's rendered text to byte offsets of its
// HTML source. It is monotone: a later offset of the text never maps to
// an earlier offset of the source, and every offset maps inside the
// source.
type Map struct {
	segs []seg
	// textLen and srcLen are the lengths of the text and the source.
	textLen, srcLen int
}

// find returns the index of the last piece that starts at or before r
// (lo) or strictly before r (!lo, for ends), or -1.
func (m *Map) find(r int, strict bool) int {
	i := sort.Search(len(m.segs), func(i int) bool {
		if strict {
			return m.segs[i].r >= r
		}
		return m.segs[i].r > r
	})
	return i - 1
}

// Start returns the source offset of the text's byte at r: where the
// source bytes it was rendered from start. r = len(text) maps to the
// end of the last piece.
func (m *Map) Start(r int) int {
	i := m.find(r, false)
	if i < 0 {
		if len(m.segs) > 0 {
			return m.segs[0].s
		}
		return 0
	}
	g := m.segs[i]
	switch {
	case r >= g.r+g.n:
		return g.s + g.sn
	case g.lit:
		return g.s + (r - g.r)
	}
	return g.s
}

// End returns the source offset just past the source bytes of the
// text's bytes before r: for a span [a, b) of the text, the source span
// is [Start(a), End(b)).
func (m *Map) End(r int) int {
	i := m.find(r, true)
	if i < 0 {
		return m.Start(r)
	}
	g := m.segs[i]
	if g.lit && r < g.r+g.n {
		return g.s + (r - g.r)
	}
	return g.s + g.sn
}

// Span returns the source span of the text's span [a, a+n): its offset
// and length in the source.
func (m *Map) Span(a, n int) (offset, length int) {
	s := m.Start(a)
	if n <= 0 {
		return s, 0
	}
	return s, max(m.End(a+n)-s, 0)
}

// builder renders text into a block and records its pieces.
type builder struct {
	text []byte
	segs []seg
	// space is the source offset of a pending space, or -1: white
	// space is written only between words, as one space.
	space, spaceN int
}

func newBuilder() *builder { return &builder{space: -1} }

// add appends s, rendered from source [off, off+sn).
func (b *builder) add(s string, off, sn int, lit bool) {
	if s == "" {
		return
	}
	if b.space >= 0 {
		if len(b.text) > 0 {
			b.segs = append(b.segs, seg{r: len(b.text), n: 1, s: b.space, sn: b.spaceN})
			b.text = append(b.text, ' ')
		}
		b.space = -1
	}
	if k := len(b.segs) - 1; lit && k >= 0 {
		if g := &b.segs[k]; g.lit && g.r+g.n == len(b.text) && g.s+g.sn == off {
			g.n += len(s)
			g.sn += len(s)
			b.text = append(b.text, s...)
			return
		}
	}
	b.segs = append(b.segs, seg{r: len(b.text), n: len(s), s: off, sn: sn, lit: lit})
	b.text = append(b.text, s...)
}

// addSpace records white space at source [off, off+n).
func (b *builder) addSpace(off, n int) {
	if b.space < 0 {
		b.space, b.spaceN = off, n
	}
}

// empty reports whether nothing but white space was written.
func (b *builder) empty() bool { return len(b.text) == 0 }
