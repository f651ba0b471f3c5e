package token

import (
	"math/bits"
)

// This file holds the innermost loops of the tokenisers and the sentence
// splitter. They are small functions of their own, so that the compiler
// keeps their few variables in registers: inside a large tokeniser the
// same loop spills its state to the stack on every byte.

// FNVBasis and FNVPrime are the parameters of the 32-bit FNV-1a hash
// (Fowler, Noll, Vo), which the date and quantity lexicons are keyed by.
const (
	FNVBasis uint32 = 2166136261
	FNVPrime uint32 = 16777619
)

// FoldRun reads the ASCII letters of s from offset j on. It returns the
// offset after them, h continued (FNV-1a) with their lower-case forms,
// and how many of them are capitals.
func FoldRun(s string, j int, h uint32) (int, uint32, int) {
	up := 0
	for ; j < len(s); j++ {
		b := s[j]
		l := asciiLower[b]
		if l == 0 {
			break
		}
		// l differs from b only in the 0x20 bit, set for a capital.
		up += int((l ^ b) >> 5)
		h = (h ^ uint32(l)) * FNVPrime
	}
	return j, h, up
}

// alnumEnd returns the offset of the first byte of s from j on that is
// not an ASCII letter or digit, or len(s).
func alnumEnd(s string, j int) int {
	for j < len(s) && alnumTable[s[j]] {
		j++
	}
	return j
}

// SWAR constants: a byte of ones, and the high bit of every byte.
const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
)

// load8 returns s[i:i+8] as a little-endian word; i+8 <= len(s).
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// capitalBits returns the high bit of every byte of x that is an ASCII
// capital letter. The arithmetic works on the low seven bits of each
// byte, so that no carry crosses into the next byte (Warren, Hacker's
// Delight, §6-1); bytes with the high bit set are excluded.
func capitalBits(x uint64) uint64 {
	v := x &^ swarHigh
	ge := v + (0x80-'A')*swarOnes // high bit set when v >= 'A'
	le := ('Z'+0x80)*swarOnes - v // high bit set when v <= 'Z'
	return ge & le &^ x & swarHigh
}

// digitBits returns the high bit of every byte of x that is an ASCII
// digit, as capitalBits does for capitals.
func digitBits(x uint64) uint64 {
	v := x &^ swarHigh
	ge := v + (0x80-'0')*swarOnes // high bit set when v >= '0'
	le := ('9'+0x80)*swarOnes - v // high bit set when v <= '9'
	return ge & le &^ x & swarHigh
}

// HasDigit reports whether s has an ASCII digit. It tests eight bytes at
// a time.
func HasDigit(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if digitBits(load8(s, i)) != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// NextCapital returns the offset of the first ASCII capital letter in
// s[i:end], or end. It tests eight bytes at a time.
func NextCapital(s string, i, end int) int {
	for ; i+8 <= end; i += 8 {
		if m := capitalBits(load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < end; i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return i
		}
	}
	return end
}

// lowBytes returns the mask of the n low bytes of a word, n < 8.
func lowBytes(n int) uint64 { return 1<<(8*uint(n)) - 1 }

// hashBytesIn returns hashBytes(s[i:j], x0). It reads the last bytes of
// the word eight at a time too, from around it in s when s has room.
func hashBytesIn(s string, i, j int, x0 byte) (uint32, uint64) {
	var f foldHasher
	x := uint64(x0)
	for ; i+8 <= j; i += 8 {
		f.h = (f.h ^ load8(s, i) ^ x) * foldMul
		x = 0
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
		f.n += r
	}
	f.acc ^= x
	return f.sum(), f.tag()
}
