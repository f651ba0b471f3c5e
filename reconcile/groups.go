package reconcile

import (
	"cmp"
	"slices"
)

// This file lets several consecutive claims of one account match one
// claim of another. An account may tell an event in one sentence and its
// toll in the next ("Twenty rebel fighters died in the blast."), where
// another packs both into one sentence; extraction marks the second
// sentence's frame as continuing the first (claims.Frame.Continues). The
// claims so chained form an event group. Alignment matches claims one to
// one per pair of documents; once two claims are matched, every other
// claim of their groups is paired with the counterpart too, so that the
// toll is compared with the toll and the date with the date.

// maxGroup caps the claims of one event group that are paired.
const maxGroup = 6

// linkGroups finds, for every claim, the claim its frames continue, and
// numbers the event groups: p.group[i] is the first claim of i's group.
func (p *prepared) linkGroups() {
	n := len(p.cs)
	p.group = make([]int32, n)
	type at struct {
		doc    int32
		offset int
	}
	var byOffset map[at]int32
	for i, c := range p.cs {
		p.group[i] = int32(i)
		for _, f := range c.Frames {
			if f.Continues == nil {
				continue
			}
			if byOffset == nil {
				byOffset = map[at]int32{}
				for j, d := range p.cs {
					k := at{p.info[j].doc, d.Clause.Offset}
					if _, ok := byOffset[k]; !ok {
						byOffset[k] = int32(j)
					}
				}
			}
			if j, ok := byOffset[at{p.info[i].doc, f.Continues.Offset}]; ok && int(j) < i {
				p.group[i] = p.group[j]
				p.inherit(i, int(j))
			}
			break
		}
	}
	// The members of each group of more than one claim, in canonical
	// order.
	for i, g := range p.group {
		if g != int32(i) {
			if p.members == nil {
				p.members = map[int32][]int32{}
			}
			if len(p.members[g]) == 0 {
				p.members[g] = append(p.members[g], g)
			}
			p.members[g] = append(p.members[g], int32(i))
		}
	}
}

// inherit gives the continuing frames of claim i that name no place or
// no agent those of the claim j they continue ("Sixteen people were
// killed" after "Two suicide car bombs went off at the Bab al-Hawa border
// crossing"): the toll is the toll of that place.
func (p *prepared) inherit(i, j int) {
	var places, agents []int32
	var placeNames []string
	var placeCores [][]string
	for _, f := range p.info[j].frames {
		for _, e := range f.places {
			if !slices.Contains(places, e) {
				places = append(places, e)
			}
		}
		for k, n := range f.placeNames {
			if !slices.Contains(placeNames, n) {
				placeNames = append(placeNames, n)
				placeCores = append(placeCores, f.placeCores[k])
			}
		}
		for _, e := range f.agents {
			if !slices.Contains(agents, e) {
				agents = append(agents, e)
			}
		}
	}
	if len(places) == 0 && len(agents) == 0 {
		return
	}
	slices.Sort(places)
	slices.Sort(agents)
	// The frames may be shared with copies of the claim: change a copy.
	fs := slices.Clone(p.info[i].frames)
	changed := false
	for k := range fs {
		if k >= len(p.cs[i].Frames) || p.cs[i].Frames[k].Continues == nil {
			continue
		}
		if len(fs[k].places) == 0 && len(places) > 0 {
			fs[k].places, fs[k].placeNames, fs[k].placeCores, changed = places, placeNames, placeCores, true
		}
		if len(fs[k].agents) == 0 && len(fs[k].agentSides) == 0 && len(agents) > 0 {
			fs[k].agents, changed = agents, true
		}
	}
	if changed {
		p.info[i].frames = fs
	}
}

// groupMembers returns the claims of i's group, i first, then in
// canonical order, at most maxGroup.
func (p *prepared) groupMembers(i int32, buf []int32) []int32 {
	buf = append(buf[:0], i)
	for _, j := range p.members[p.group[i]] {
		if j != i && len(buf) < maxGroup {
			buf = append(buf, j)
		}
	}
	return buf
}

// closeGroups adds to the aligned pairs, for every matched pair, the
// pairs of the other members of the two claims' event groups, where the
// two members may tell one event (pairable, classes not opposed). The
// result is sorted by (a, b) without duplicates.
func (p *prepared) closeGroups(aligned []pair) []pair {
	if len(p.members) == 0 {
		return aligned
	}
	inGroup := func(i int32) bool { return len(p.members[p.group[i]]) > 1 }
	// isAligned finds a pair in aligned, which is sorted by (a, b).
	isAligned := func(a, b int32) bool {
		_, ok := slices.BinarySearchFunc(aligned, pair{a: a, b: b}, func(x, y pair) int {
			return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
		})
		return ok
	}
	seen := map[[2]int32]bool{} // the extra pairs
	var extra []pair
	var ga, gb []int32
	for _, q := range aligned {
		if !inGroup(q.a) && !inGroup(q.b) {
			continue
		}
		if p.cosine(p.info[q.a].text, p.info[q.b].text) >= p.opts.NearVerbatim {
			// Copies pair sentence by sentence already.
			continue
		}
		via := int32(-1)
		ga = p.groupMembers(q.a, ga)
		gb = p.groupMembers(q.b, gb)
		for _, x := range ga {
			for _, y := range gb {
				a, b := min(x, y), max(x, y)
				if seen[[2]int32{a, b}] || isAligned(a, b) || !p.pairable(a, b) || p.opposed(a, b) {
					continue
				}
				if lv := p.pairLevels(a, b); lv[featPlace] == 3 || lv[featAgent] == 3 {
					// Their own places or actors differ: the groups were
					// matched on something else.
					continue
				}
				seen[[2]int32{a, b}] = true
				if via < 0 {
					via = int32(len(p.viaPair))
					p.viaPair = append(p.viaPair, q)
				}
				extra = append(extra, pair{a, b, q.score, via})
			}
		}
	}
	if len(extra) == 0 {
		return aligned
	}
	// Merge the few extra pairs into the sorted list, in place from the
	// end (align leaves room for them).
	less := func(x, y pair) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) }
	slices.SortFunc(extra, less)
	n := len(aligned)
	aligned = slices.Grow(aligned, len(extra))[:n+len(extra)]
	i, j := n-1, len(extra)-1
	for k := len(aligned) - 1; j >= 0; k-- {
		if i >= 0 && less(aligned[i], extra[j]) > 0 {
			aligned[k] = aligned[i]
			i--
		} else {
			aligned[k] = extra[j]
			j--
		}
	}
	return aligned
}

// opposed reports whether every frame of a is opposed to every frame of b
// (claims without frames are not opposed).
func (p *prepared) opposed(a, b int32) bool {
	fa, fb := p.info[a].frames, p.info[b].frames
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	for x := range fa {
		for y := range fb {
			if classRelation(&fa[x], &fb[y]) != relOpposed {
				return false
			}
		}
	}
	return true
}
