package token

import (
	"slices"
)

// Lexicon is a read-only hash table from folded words to lexicon classes,
// built once from a map. It exists for speed: the tokeniser hashes a word
// while it folds it, so that a look-up costs a probe or two into a small
// array and never allocates. The hash (see foldHasher) takes the folded
// bytes eight at a time; a slot holds the full hash, so that the key is
// compared only when the hashes agree, and the value. A key of at most
// seven bytes is held in the slot too (see foldTag), so that looking up a
// short word reads one slot and no key.
type Lexicon struct {
	// bloom has the bit of every key set (see bloomBit): a word whose
	// bit is clear is not in the table, so most words that are not in it
	// are rejected without touching the slots.
	bloom [bloomWords]uint64
	slots []foldSlot
	keys  []string
	mask  uint32
	// empty is the value of the empty key.
	empty Class
}

// foldSlot is one slot: the hash of a key, its index in keys plus one (0
// for a free slot), its tag (see foldTag; 0 for a key of eight bytes or
// more) and its value.
type foldSlot struct {
	h, i uint32
	tag  uint64
	v    Class
}

// foldInline is the longest key a slot holds in its tag.
const foldInline = 7

// foldTag returns the tag of a folded word of n bytes (n <= foldInline)
// whose bytes, packed as foldHasher packs them, are acc: the bytes and
// the length in the top byte. No two such words share a tag, and no tag
// is 0.
func foldTag(acc uint64, n int) uint64 { return acc | uint64(n)<<56 }

// tag returns the tag of the bytes added to f, or 0 when there are more
// than foldInline of them.
func (f *foldHasher) tag() uint64 {
	if f.n > foldInline {
		return 0
	}
	return foldTag(f.acc, f.n)
}

// bloomWords is the size of Lexicon.bloom (4 KiB).
const bloomWords = 512

// bloomBit returns the word and bit of hash h in Lexicon.bloom. It uses
// the high bits of h; the slots use the low ones.
func bloomBit(h uint32) (uint32, uint64) {
	b := h >> 17 // 15 bits
	return b >> 6, 1 << (b & 63)
}

// foldHasher hashes a word byte by byte: the bytes are packed into a
// 64-bit word, and every full word is mixed into the state with one
// multiplication (Fibonacci hashing, Knuth TAOCP vol. 3 §6.4), so that a
// byte costs a shift and an or. n is the number of bytes added.
type foldHasher struct {
	h, acc uint64
	n      int
}

const foldMul = 0x9E3779B97F4A7C15

// add adds byte c.
func (f *foldHasher) add(c byte) {
	f.acc |= uint64(c) << (8 * uint(f.n&7))
	f.n++
	if f.n&7 == 0 {
		f.h = (f.h ^ f.acc) * foldMul
		f.acc = 0
	}
}

// sum returns the hash of the bytes added. The length goes into the top
// byte, which the pending bytes never fill.
func (f *foldHasher) sum() uint32 {
	return uint32(((f.h ^ f.acc ^ uint64(f.n)<<56) * foldMul) >> 32)
}

// hashBytes returns the hash and the tag a foldHasher gives the bytes of
// s added one by one, the first byte XORed with x0 (0x20 lowers an ASCII
// capital), taking them eight at a time.
func hashBytes(s string, x0 byte) (uint32, uint64) {
	var f foldHasher
	x := uint64(x0)
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		f.h = (f.h ^ w ^ x) * foldMul
		x = 0
		f.n += 8
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		f.acc |= uint64(s[i]) << (8 * uint(i))
	}
	f.acc ^= x
	f.n += len(s)
	return f.sum(), f.tag()
}

// NewLexicon builds a table holding the entries of m, at most half full.
// The entries are taken in key order, so that the layout does not depend
// on map order.
func NewLexicon(m map[string]Class) *Lexicon {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &Lexicon{slots: make([]foldSlot, size), mask: uint32(size - 1)}
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
		var f foldHasher
		for i := 0; i < len(k); i++ {
			f.add(k[i])
		}
		h := f.sum()
		bw, bb := bloomBit(h)
		t.bloom[bw] |= bb
		i := h & t.mask
		for t.slots[i].i != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = foldSlot{h: h, i: uint32(len(t.keys)), tag: f.tag(), v: m[k]}
	}
	return t
}

// getFold returns the value of w, whose folded form (see FoldKey) is n
// bytes long and has hash h and tag tag (see foldHasher.tag), or 0.
func (t *Lexicon) getFold(w string, n int, h uint32, tag uint64) Class {
	if n == 0 {
		return t.empty
	}
	if bw, bb := bloomBit(h); t.bloom[bw]&bb == 0 {
		return 0
	}
	return t.probe(w, n, h, tag)
}

// mayHold reports whether the bloom filter lets a word with hash h
// through; a caller that asks it first turns most words away without a
// call.
func (t *Lexicon) mayHold(h uint32) bool {
	bw, bb := bloomBit(h)
	return t.bloom[bw]&bb != 0
}

// probe is getFold for a word of n > 0 bytes past the bloom filter.
func (t *Lexicon) probe(w string, n int, h uint32, tag uint64) Class {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.i == 0 {
			return 0
		}
		if sl.h != h {
			continue
		}
		if n <= foldInline {
			if sl.tag == tag {
				return sl.v
			}
			continue
		}
		// A word written in lower case is its own folded form.
		if k := t.keys[sl.i-1]; len(k) == n && (len(w) == n && w == k || foldKeyEqual(w, k)) {
			return sl.v
		}
	}
}

// foldKeyEqual reports whether w folded as FoldKey folds it equals k.
func foldKeyEqual(w, k string) bool {
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

// Lookup returns the classes of s, folded as FoldKey folds it.
func (t *Lexicon) Lookup(s string) Class {
	// Fold as FoldKey does, hashing as we go.
	var f foldHasher
	for i := 0; i < len(s); i++ {
		c := s[i]
		if l := asciiLower[c]; l != 0 {
			c = l
		} else if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
			c = '\''
			i += 2
		}
		f.add(c)
	}
	return t.getFold(s, f.n, f.sum(), f.tag())
}
