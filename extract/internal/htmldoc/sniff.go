package htmldoc

import (
	"bytes"
	"path"
	"strings"
)

// sniffLen is how many bytes from the start IsHTML looks at.
const sniffLen = 1024

// IsHTML reports whether a document is a web page: by its name's
// extension (.html, .htm, .xhtml, any case) or, whatever its name (so
// that standard input is recognised too), by its first bytes: after a
// byte order mark, white space, an XML declaration and comments, a
// "<!DOCTYPE html" or an "<html" tag (any case).
func IsHTML(name string, b []byte) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	b = b[:min(len(b), sniffLen)]
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		switch {
		case hasPrefixFold(b, "<?xml"):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return false
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b[4:], []byte("-->"))
			if i < 0 {
				return false
			}
			b = b[4+i+3:]
		default:
			return hasTagFold(b, "<!doctype html") || hasTagFold(b, "<html")
		}
	}
}

// hasPrefixFold reports whether b starts with the lower-case ASCII
// prefix, in any case.
func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// hasTagFold is hasPrefixFold where the prefix must end the tag's name:
// "<html>" and "<html lang=en>", not "<htmlx>".
func hasTagFold(b []byte, prefix string) bool {
	if !hasPrefixFold(b, prefix) {
		return false
	}
	if len(b) == len(prefix) {
		return true
	}
	c := b[len(prefix)]
	return c == '>' || c == '/' || isSpace(c)
}
