package token

// This file holds the innermost loops of the tokeniser. They are small
// functions of their own, so that the compiler keeps their few variables
// in registers: inside a large tokeniser the same loop spills its state to
// the stack on every byte. asciiLetters, load8 and hashLetters are the
// eight-byte path of Tokenize, tested against foldLetters one byte at a
// time (TestRuns, FuzzRuns).

// foldLetters reads the ASCII letters of s from offset j on, adding their
// lower-case forms to f. It returns the offset after them and how many of
// them are capitals.
func foldLetters(s string, j int, f *foldHasher) (int, int) {
	up := 0
	h, acc, n := f.h, f.acc, f.n
	for ; j < len(s); j++ {
		b := s[j]
		l := asciiLower[b]
		if l == 0 {
			break
		}
		// l differs from b only in the 0x20 bit, set for a capital.
		up += int((l ^ b) >> 5)
		acc |= uint64(l) << (8 * uint(n&7))
		n++
		if n&7 == 0 {
			h = (h ^ acc) * foldMul
			acc = 0
		}
	}
	f.h, f.acc, f.n = h, acc, n
	return j, up
}

// alnumEnd returns the offset of the first byte of s from j on that is
// not an ASCII letter or digit, or len(s).
func alnumEnd(s string, j int) int {
	for j < len(s) && alnumTable[s[j]] {
		j++
	}
	return j
}

// load8 returns s[i:i+8] as a little-endian word; i+8 <= len(s).
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// asciiLetters returns the end of the run of ASCII letters starting at
// s[i], and how many of them are capitals.
func asciiLetters(s string, i int) (int, int) {
	up := 0
	for ; i < len(s); i++ {
		k := letterCase[s[i]]
		if k == 0 {
			break
		}
		up += int(k >> 1)
	}
	return i, up
}

// letterCase is 1 for an ASCII lower-case letter, 2 for a capital, and 0
// for every other byte.
var letterCase = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 1, 2
	}
	return t
}()

// letterLower sets the 0x20 bit of every byte of a word: the lower case of
// eight ASCII letters.
const letterLower = 0x2020202020202020

// lowBytes returns the mask of the n low bytes of a word, n < 8.
func lowBytes(n int) uint64 { return 1<<(8*uint(n)) - 1 }

// hashLetters returns the hash and the tag a foldHasher gives the lower
// case of s[i:j], ASCII letters: it takes them eight at a time, and reads
// the last ones from around them in s when s has room.
func hashLetters(s string, i, j int) (uint32, uint64) {
	var f foldHasher
	for ; i+8 <= j; i += 8 {
		f.h = (f.h ^ (load8(s, i) | letterLower)) * foldMul
		f.n += 8
	}
	if r := j - i; r > 0 {
		switch {
		case i+8 <= len(s):
			f.acc = load8(s, i) & lowBytes(r)
		case j >= 8:
			f.acc = load8(s, j-8) >> (8 * uint(8-r))
		default:
			for k := 0; k < r; k++ {
				f.acc |= uint64(s[i+k]) << (8 * uint(k))
			}
		}
		f.acc |= letterLower & lowBytes(r)
		f.n += r
	}
	return f.sum(), f.tag()
}
