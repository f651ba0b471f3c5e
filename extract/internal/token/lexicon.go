package token

import (
	"slices"
)

// Class is a set of word classes: the values of a [Lexicon]. The
// packages that read tokens define the classes of their words; the
// tokeniser knows one, [ArticleClass].
type Class uint64

// Lexicon is a read-only hash table from folded words (see FoldKey) to
// their entries: an ID, from 1 to Len()-1, and the word's classes. The
// packages that read tokens keep what they know of a word in tables
// indexed by its ID, and its classes in the lexicon itself.
//
// The tokeniser hashes a word while it folds it, so that a look-up costs
// a probe or two into a small array and never allocates. The hash (see
// foldHasher) takes the folded bytes eight at a time; a slot holds the
// full hash, so that the key is compared only when the hashes agree, and
// the entry. A key of at most seven bytes is held in the slot too (see
// foldTag), so that looking up a short word reads one slot and no key.
type Lexicon struct {
	slots []foldSlot
	keys  []string
	mask  uint32
	// empty is the value of the empty key.
	empty Class
	// digitKeys reports a key that starts with a digit: only then may a
	// number be in the lexicon.
	digitKeys bool
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

// NewLexicon builds a lexicon of the words of m, folded keys, with their
// classes; the table is at most half full. IDs are given in key order, so
// that they and the layout do not depend on map order.
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
		if k[0] >= '0' && k[0] <= '9' {
			t.digitKeys = true
		}
		t.keys = append(t.keys, k)
		var f foldHasher
		for i := 0; i < len(k); i++ {
			f.add(k[i])
		}
		h := f.sum()
		i := h & t.mask
		for t.slots[i].i != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = foldSlot{h: h, i: uint32(len(t.keys)), tag: f.tag(), v: m[k]}
	}
	return t
}

// find returns the entry of w, whose folded form (see FoldKey) is n bytes
// long and has hash h and tag tag (see foldHasher.tag), or zeros.
func (t *Lexicon) find(w string, n int, h uint32, tag uint64) (uint32, Class) {
	if n == 0 {
		return 0, t.empty
	}
	return t.probe(w, n, h, tag)
}

// probeShort is probe for a word of at most foldInline bytes, which its
// tag tells apart from every other.
func (t *Lexicon) probeShort(h uint32, tag uint64) (uint32, Class) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.tag == tag {
			return sl.i, sl.v
		}
		if sl.i == 0 {
			return 0, 0
		}
	}
}

// probe is find for a word of n > 0 bytes.
func (t *Lexicon) probe(w string, n int, h uint32, tag uint64) (uint32, Class) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.i == 0 {
			return 0, 0
		}
		if sl.h != h {
			continue
		}
		if n <= foldInline {
			if sl.tag == tag {
				return sl.i, sl.v
			}
			continue
		}
		// A word written in lower case is its own folded form.
		if k := t.keys[sl.i-1]; len(k) == n && (len(w) == n && w == k || foldKeyEqual(w, k)) {
			return sl.i, sl.v
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

// Lookup returns the ID and the classes of s, folded as FoldKey folds it;
// zeros when s is not in the lexicon.
func (t *Lexicon) Lookup(s string) (uint32, Class) {
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
	return t.find(s, f.n, f.sum(), f.tag())
}

// Len returns one more than the largest ID: the length of a table indexed
// by ID.
func (t *Lexicon) Len() int { return len(t.keys) + 1 }

// Word returns the folded word of an ID.
func (t *Lexicon) Word(id uint32) string { return t.keys[id-1] }
