package extract

import (
	"slices"
	"sync"
)

// foldTable is a read-only hash table from folded words to lexicon classes,
// built once from a map. It exists for speed: the tokeniser hashes a word
// while it folds it, so that a look-up costs a probe or two into a small
// array and never allocates. The hash is FNV-1a (32 bits) over the folded
// bytes; a slot holds the full hash, so that the key is compared only when
// the hashes agree.
type foldTable struct {
	slots []foldSlot
	keys  []string
	vals  []uint64
	mask  uint32
	// empty is the value of the empty key.
	empty uint64
}

// foldSlot is one slot: the hash of a key and its index in keys plus one
// (0 for a free slot).
type foldSlot struct {
	h, i uint32
}

const (
	fnvOffset32 = 2166136261
	fnvPrime32  = 16777619
)

// fnvAdd adds byte c to the FNV-1a hash h.
func fnvAdd(h uint32, c byte) uint32 { return (h ^ uint32(c)) * fnvPrime32 }

// fnvString returns the FNV-1a hash of s.
func fnvString(s string) uint32 {
	h := uint32(fnvOffset32)
	for i := 0; i < len(s); i++ {
		h = fnvAdd(h, s[i])
	}
	return h
}

// newFoldTable builds a table holding the entries of m, at most half full.
// The entries are taken in key order, so that the layout does not depend
// on map order.
func newFoldTable(m map[string]uint64) *foldTable {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &foldTable{slots: make([]foldSlot, size), mask: uint32(size - 1)}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if k == "" {
			t.empty = m[k]
			continue
		}
		t.keys = append(t.keys, k)
		t.vals = append(t.vals, m[k])
		h := fnvString(k)
		i := h & t.mask
		for t.slots[i].i != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = foldSlot{h: h, i: uint32(len(t.keys))}
	}
	return t
}

// get returns the value of the folded key with hash h, or 0.
func (t *foldTable) get(key []byte, h uint32) uint64 {
	if len(key) == 0 {
		return t.empty
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl.i == 0 {
			return 0
		}
		if sl.h == h && t.keys[sl.i-1] == string(key) {
			return t.vals[sl.i-1]
		}
	}
}

// getFold returns the value of w, whose folded form (see lexLookup) is n
// bytes long and has hash h, or 0.
func (t *foldTable) getFold(w string, n int, h uint32) uint64 {
	if n == 0 {
		return t.empty
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl.i == 0 {
			return 0
		}
		if sl.h == h {
			if k := t.keys[sl.i-1]; len(k) == n && foldEqual(w, k) {
				return t.vals[sl.i-1]
			}
		}
	}
}

// foldEqual reports whether w folded as lexLookup folds it equals k.
func foldEqual(w, k string) bool {
	j := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99 {
			c = '\''
			i += 2
		}
		if j >= len(k) || k[j] != c {
			return false
		}
		j++
	}
	return j == len(k)
}

// The tables are built on first use, after every init function of the
// package has filled the maps they copy.
var (
	lexOnce    sync.Once
	ctLexTable *foldTable
	ctGazTable *foldTable
)

func buildFoldTables() {
	ctLexTable = newFoldTable(lexicon)
	ctGazTable = newFoldTable(gazetteer)
}

// lexTab returns the frozen lexicon.
func lexTab() *foldTable {
	lexOnce.Do(buildFoldTables)
	return ctLexTable
}

// gazTab returns the frozen gazetteer.
func gazTab() *foldTable {
	lexOnce.Do(buildFoldTables)
	return ctGazTable
}
