package token

// FirstLetters is a filter before the look-up of a word in a small set of
// lower-case ASCII words: for each first byte, the lengths (below 32) of
// the words that start with it. A word whose first letter and length no
// word of the set has is not in it, so most words are turned away without
// being folded or looked up.
type FirstLetters [256]uint32

// Add adds w, a lower-case ASCII word of 1 to 31 bytes, to the set.
func (f *FirstLetters) Add(w string) {
	if len(w) == 0 || len(w) >= 32 {
		panic("token: FirstLetters word of " + w + " has a length out of range")
	}
	f[w[0]] |= 1 << len(w)
}

// MayHold reports whether w, ASCII letters in any case, may be a word of
// the set: false only when it is none.
func (f *FirstLetters) MayHold(w string) bool {
	return len(w) > 0 && len(w) < 32 && f[w[0]|0x20]&(1<<len(w)) != 0
}
