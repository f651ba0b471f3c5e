package htmldoc

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// isSpace reports whether c is HTML white space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// appendRaw renders raw, the source bytes of a run of text at offset
// base, into b: character references are decoded (html.UnescapeString,
// one reference at a time, so that each maps to its own bytes), runs of
// white space become one space between words, a no-break space is a
// space, and soft hyphens and zero-width characters are dropped, so that
// "Atar&shy;eb" and "14&nbsp;January" read as the words they show.
func appendRaw(b *builder, raw string, base int) {
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case isSpace(c):
			j := i + 1
			for j < len(raw) && isSpace(raw[j]) {
				j++
			}
			b.addSpace(base+i, 1)
			i = j
		case c == '&':
			j := referenceEnd(raw, i)
			ref := raw[i:j]
			dec := html.UnescapeString(ref)
			if dec == ref {
				b.add(ref, base+i, len(ref), true)
			} else {
				addDecoded(b, dec, base+i, len(ref))
			}
			i = j
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(raw[i:])
			switch {
			case r == '\u00a0':
				b.addSpace(base+i, n)
			case isInvisible(r):
			default:
				b.add(raw[i:i+n], base+i, n, true)
			}
			i += n
		default:
			j := i + 1
			for j < len(raw) && raw[j] < 0x80 && raw[j] != '&' && !isSpace(raw[j]) {
				j++
			}
			b.add(raw[i:j], base+i, j-i, true)
			i = j
		}
	}
}

// addDecoded appends a decoded character reference, which stands for
// the source bytes [off, off+n), as one piece: white space and no-break
// spaces are a space, invisible characters nothing.
func addDecoded(b *builder, dec string, off, n int) {
	var out strings.Builder
	for _, r := range dec {
		switch {
		case r == '\u00a0' || r < 0x80 && isSpace(byte(r)):
			if out.Len() > 0 {
				b.add(out.String(), off, n, false)
				out.Reset()
			}
			b.addSpace(off, n)
		case isInvisible(r):
		default:
			out.WriteRune(r)
		}
	}
	if out.Len() > 0 {
		b.add(out.String(), off, n, false)
	}
}

// isInvisible reports whether r is shown as nothing: a soft hyphen, a
// zero-width space or joiner, a byte order mark.
func isInvisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// referenceEnd returns the end of the character reference that starts
// with the "&" at raw[i]: "&#" and digits, "&#x" and hex digits, or "&"
// and letters and digits, each with its ";" when there is one. A lone
// "&" ends right after itself.
func referenceEnd(raw string, i int) int {
	j := i + 1
	if j < len(raw) && raw[j] == '#' {
		j++
		if j < len(raw) && (raw[j] == 'x' || raw[j] == 'X') {
			j++
		}
	}
	for j < len(raw) && (raw[j] >= '0' && raw[j] <= '9' || raw[j] >= 'a' && raw[j] <= 'z' || raw[j] >= 'A' && raw[j] <= 'Z') {
		j++
	}
	if j < len(raw) && raw[j] == ';' {
		j++
	}
	return j
}
