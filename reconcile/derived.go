package reconcile

import (
	"fmt"
	"sort"

	"github.com/concordfacts/concord/claims"
)

// A relative date ("Four days later") counts from an earlier date of its
// account. When that earlier date already conflicts with the other
// account, the relative date moves with it, and a second conflict would
// report one difference twice. Such a conflict is folded into the root
// conflict's note: "also moves the date at 000 line 89 ('4 days later'),
// which counts from it".

// foldDerivedDates removes date conflicts that follow from another date
// conflict of the same two documents, noting them on their root.
func (p *prepared) foldDerivedDates(fs []finding) []finding {
	// Date conflicts by claim.
	byClaim := map[int][]int{}
	for k := range fs {
		f := &fs[k]
		if f.Kind != claims.Conflict || f.Field != claims.FieldDate {
			continue
		}
		// A root may be a difference found several times (more than
		// two claims).
		for _, i := range f.idx {
			byClaim[i] = append(byClaim[i], k)
		}
	}
	if len(byClaim) == 0 {
		return fs
	}
	drop := make([]bool, len(fs))
	for k := range fs {
		f := &fs[k]
		if f.Kind != claims.Conflict || f.Field != claims.FieldDate || len(f.idx) != 2 {
			continue
		}
		for s, i := range f.idx {
			other := f.idx[1-s]
			d := p.cs[i].Date
			if d == nil || d.Anchor != claims.AnchorRelative || d.Base == nil {
				continue
			}
			r := p.claimAt(p.info[i].doc, d.Base.Offset)
			if r < 0 || r == i {
				continue
			}
			root := -1
			for _, k2 := range byClaim[r] {
				g := &fs[k2]
				if k2 == k || drop[k2] {
					continue
				}
				for _, j := range g.idx {
					if j != r && p.info[j].doc == p.info[other].doc {
						root = k2
					}
				}
			}
			if root < 0 {
				continue
			}
			drop[k] = true
			c := p.cs[i]
			fs[root].Note = joinNotes(fs[root].Note, fmt.Sprintf("follows from the date at %s line %d: it also moves the date at %s line %d (%s)",
				p.short[p.info[r].doc], p.cs[r].Provenance.Line, p.short[p.info[i].doc], c.Provenance.Line, quote(d.Span.Text)))
			break
		}
	}
	out := fs[:0]
	for k := range fs {
		if !drop[k] {
			out = append(out, fs[k])
		}
	}
	return out
}

// claimAt returns the claim of document doc whose clause holds offset, or
// -1. Claims are in canonical order: by document, then position.
func (p *prepared) claimAt(doc int32, offset int) int {
	lo := sort.Search(len(p.cs), func(i int) bool { return p.info[i].doc >= doc })
	hi := sort.Search(len(p.cs), func(i int) bool { return p.info[i].doc > doc })
	k := lo + sort.Search(hi-lo, func(j int) bool { return p.cs[lo+j].Clause.Offset > offset }) - 1
	if k >= lo {
		if c := p.cs[k]; offset < c.Clause.Offset+max(c.Clause.Length, 1) {
			return k
		}
	}
	return -1
}
