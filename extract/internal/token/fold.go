package token

import (
	"strings"
	"unicode/utf8"
)

// Lower lower-cases ASCII letters; it allocates only when s has an
// upper-case letter.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// LowerBytes returns Lower(s) as bytes in buf; it allocates only
// when s is not ASCII or does not fit. Callers compare the result with
// string(b), which does not allocate either.
func LowerBytes(buf []byte, s string) []byte {
	if !IsASCII(s) {
		return append(buf[:0], Lower(s)...)
	}
	buf = buf[:0]
	for i := 0; i < len(s); i++ {
		buf = append(buf, lowerTable[s[i]])
	}
	return buf
}

// LowerIs reports whether Lower(s) == w for the lower-case ASCII word
// w; it allocates only when s is not ASCII.
func LowerIs(s, w string) bool {
	if !IsASCII(s) {
		return Lower(s) == w
	}
	return EqualFold(s, w)
}

// IsASCII reports whether s holds only ASCII bytes.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// EqualFold compares s with the lower-case ASCII word w, ignoring case.
func EqualFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// HasSuffixFold reports whether s ends with the lower-case suffix suf,
// ignoring ASCII case.
func HasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && EqualFold(s[len(s)-len(suf):], suf)
}

// HasPrefixFold reports whether s starts with the lower-case prefix p,
// ignoring ASCII case.
func HasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && EqualFold(s[:len(p)], p)
}

// IsSpace reports whether c is ASCII white space: a space, a tab or a line
// break.
func IsSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// LetterRunEnd returns the end of the run of ASCII letters starting at
// s[i], which is a letter.
func LetterRunEnd(s string, i int) int {
	j := i + 1
	for j < len(s) && IsLetter(s[j]) {
		j++
	}
	return j
}
