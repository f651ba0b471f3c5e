package htmldoc

import (
	"golang.org/x/net/html/atom"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
)

// page chooses the article's blocks, title and date and renders them.
func (r *reader) page() *Page {
	ignoreClass := false
	c := r.container(false)
	sel := r.selected(c, false)
	if !r.hasProse(sel) {
		// Nothing left once the class names are heeded: they were
		// wrong about this page.
		ignoreClass = true
		c = r.container(true)
		sel = r.selected(c, true)
	}
	titleBlock, title := r.chooseTitle(c, ignoreClass)

	p := &Page{}
	var text []byte
	var segs []seg
	srcEnd := 0
	add := func(b *builder) (int, int) {
		if len(text) > 0 {
			segs = append(segs, seg{r: len(text), n: 2, s: srcEnd})
			text = append(text, "\n\n"...)
		}
		start := len(text)
		for _, g := range b.segs {
			g.r += start
			segs = append(segs, g)
			srcEnd = g.s + g.sn
		}
		text = append(text, b.text...)
		return start, len(text)
	}
	if title != nil {
		p.Title[0], p.Title[1] = add(title)
	}
	for _, i := range sel {
		if i == titleBlock {
			continue
		}
		b := r.blocks[i]
		start, end := add(b.b)
		p.Blocks = append(p.Blocks, article.Block{Kind: b.kind, Level: b.level, Start: start, End: end})
	}
	p.Text = string(text)
	p.Map = Map{segs: segs, textLen: len(text), srcLen: len(r.src)}
	r.chooseDate(p, c, sel)
	return p
}

// eligible reports whether block b may be the article's text.
func (r *reader) eligible(b *block, ignoreClass bool) bool {
	return b.flags&(skipHard|skipHeader) == 0 && (ignoreClass || b.flags&skipClass == 0)
}

// isPara reports whether block b is (in) a <p>.
func (r *reader) isPara(b *block) bool {
	return b.elem >= 0 && r.elems[b.elem].tag == atom.P
}

// container returns the element whose blocks are the article: the
// <article> (or role="article", itemprop="articleBody") with the most
// text in <p> elements; else such a <main> (or role="main"); else the
// element that holds the largest run of <p> elements as its children;
// else -1, the whole page.
func (r *reader) container(ignoreClass bool) int {
	score := make([]int, len(r.elems))
	group := make([]int, len(r.elems)+1) // by parent; the last is the page
	for _, b := range r.blocks {
		if !r.eligible(b, ignoreClass) || !r.isPara(b) {
			continue
		}
		n := len(b.b.text)
		for e := b.elem; e >= 0; e = r.elems[e].parent {
			if r.elems[e].cand != 0 {
				score[e] += n
			}
		}
		if p := r.elems[b.elem].parent; p >= 0 {
			group[p] += n
		} else {
			group[len(r.elems)] += n
		}
	}
	for _, kind := range []int8{candArticle, candMain} {
		best, bestN := -1, 0
		for id := range r.elems {
			if r.elems[id].cand == kind && score[id] > bestN {
				best, bestN = id, score[id]
			}
		}
		if best >= 0 {
			return best
		}
	}
	best, bestN := -1, 0
	for id, n := range group[:len(r.elems)] {
		if n > bestN {
			best, bestN = id, n
		}
	}
	if group[len(r.elems)] > bestN {
		return -1
	}
	return best
}

// selected returns the indexes of the blocks of container c (-1: the
// page) that may be the article's text, in reading order.
func (r *reader) selected(c int, ignoreClass bool) []int {
	var out []int
	for i, b := range r.blocks {
		if r.eligible(b, ignoreClass) && (c < 0 || b.elem >= 0 && r.ancestorOf(c, b.elem)) {
			out = append(out, i)
		}
	}
	return out
}

// hasProse reports whether the blocks sel hold a paragraph or a list
// item.
func (r *reader) hasProse(sel []int) bool {
	for _, i := range sel {
		if r.blocks[i].kind != article.BlockHeading {
			return true
		}
	}
	return false
}

// chooseTitle returns the title: the first <h1> of the article's
// container (also in its header), else the og:title, else the <title>,
// else the page's first <h1>. titleBlock is the index of the <h1>'s
// block, or -1.
func (r *reader) chooseTitle(c int, ignoreClass bool) (titleBlock int, title *builder) {
	h1 := func(inContainer bool) int {
		for i, b := range r.blocks {
			if b.kind != article.BlockHeading || b.level != 1 || b.flags&skipHard != 0 || !ignoreClass && b.flags&skipClass != 0 {
				continue
			}
			if !inContainer || c < 0 || b.elem >= 0 && r.ancestorOf(c, b.elem) {
				return i
			}
		}
		return -1
	}
	if i := h1(true); i >= 0 {
		return i, r.blocks[i].b
	}
	for _, b := range []*builder{r.ogTitle, r.title} {
		if b != nil && !b.empty() {
			return -1, b
		}
	}
	if i := h1(false); i >= 0 {
		return i, r.blocks[i].b
	}
	return -1, nil
}

// chooseDate sets the page's date: the highest-ranked date of its
// metadata that can be read, else the first <time datetime> that is
// marked pubdate, or is in the container (c) and either in its header
// or before its first paragraph.
func (r *reader) chooseDate(p *Page, c int, sel []int) {
	best := -1
	for i, d := range r.dates {
		if (best < 0 || d.rank > r.dates[best].rank) && readable(d.value) {
			best = i
		}
	}
	if best >= 0 {
		r.setDate(p, r.dates[best])
		return
	}
	firstPara := len(r.blocks)
	for _, i := range sel {
		if r.blocks[i].kind == article.BlockParagraph {
			firstPara = i
			break
		}
	}
	for _, t := range r.times {
		in := c >= 0 && t.parent >= 0 && r.ancestorOf(c, t.parent)
		header := t.parent >= 0 && r.elems[t.parent].flags&skipHeader != 0
		if (t.pubdate || in && (header || t.blocks <= firstPara)) && readable(t.value) {
			r.setDate(p, dateCand{rank: rankTime, value: t.value, off: t.off, end: t.end})
			return
		}
	}
}

func readable(v string) bool {
	_, ok := article.ParseDateValue(v)
	return ok
}

// setDate sets p's date from d.
func (r *reader) setDate(p *Page, d dateCand) {
	day, _ := article.ParseDateValue(d.value)
	p.Date, p.HasDate = day, true
	off, end := min(max(d.off, 0), len(r.src)), min(max(d.end, 0), len(r.src))
	end = max(end, off)
	p.DateSpan = claims.Span{Offset: off, Length: end - off, Text: r.src[off:end]}
}
