package content

import (
	"slices"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/frame"
	"github.com/concordfacts/concord/extract/internal/token"
)

// contentPad is placed before every test sentence so that spans are
// checked as absolute offsets into a larger document.
const contentPad = "= Test =\n\nA first paragraph.\n\n"

// testUnit returns a unit for sentence s placed after contentPad, and the
// whole document source.
func testUnit(s string) (*article.Unit, string) {
	src := contentPad + s
	masked, cites := article.MaskCitations(s, len(contentPad))
	return &article.Unit{Text: s, Masked: masked, Offset: len(contentPad), Kind: claims.SourceSentence, Citations: cites}, src
}

// checkSpan fails t unless sp points at its text in src.
func checkSpan(t *testing.T, src string, sp claims.Span) {
	t.Helper()
	if sp.Offset < 0 || sp.Length < 0 || sp.Offset+sp.Length > len(src) || src[sp.Offset:sp.Offset+sp.Length] != sp.Text {
		t.Errorf("span %+v does not point at its text in the source", sp)
	}
}

// The finders of one unit, each with a Reader of its own, as the tests
// call them.

// findAliases returns the names u declares to be the same.
func findAliases(u *article.Unit) []claims.DeclaredAlias {
	sc := new(Reader)
	return sc.Aliases(u)
}

// findAttribution returns the sources u is credited to, in order.
func findAttribution(u *article.Unit) []claims.Attribution {
	sc := new(Reader)
	return sc.Attribution(u)
}

// findHedges returns the hedge cues of u, in order.
func findHedges(u *article.Unit) []claims.Hedge {
	sc := new(Reader)
	return sc.Hedges(u)
}

// findEvent returns the event of u's clause [start,end) read alone: its
// first frame's, or nil.
func findEvent(u *article.Unit, start, end int) *claims.Event {
	sc := new(Reader)
	refs := sc.AppendMentions(nil, u, start, end)
	var fr frame.Reader
	res := sc.ReadFrames(&fr, u, start, end, refs, nil, false, nil)
	if len(res.Frames) == 0 {
		return nil
	}
	f := res.Frames[0]
	return &claims.Event{Type: f.Class, Trigger: f.Trigger, Negated: f.Negated, Denied: f.Denied}
}

// findMentions returns the named and generic actors and places in u's
// clause [start,end), in reading order, or nil when there are none.
func findMentions(u *article.Unit, start, end int) []claims.Mention {
	out := appendMentions(nil, u, start, end)
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendMentions appends the mentions of u's clause [start,end) (see
// findMentions) to dst.
func appendMentions(dst []claims.Mention, u *article.Unit, start, end int) []claims.Mention {
	var buf [16]MentionRef
	refs := appendMentionRefs(buf[:0], u, start, end)
	n0 := len(dst)
	dst = slices.Grow(dst, len(refs))[:n0+len(refs)]
	// Field by field into the grown array: every field is set, Entity
	// too, since the array may hold older mentions.
	for k, r := range refs {
		m, text := &dst[n0+k], u.Text[r.Start-u.Offset:r.End-u.Offset]
		m.Text, m.Kind, m.Role, m.Entity = text, r.Kind, r.Role, ""
		m.Span = claims.Span{Offset: r.Start, Length: r.End - r.Start, Text: text}
	}
	return dst
}

// appendMentionRefs appends the mentions of u's clause [start,end) (see
// findMentions) to dst, with the roles the clause's frames give them when
// the clause is read alone.
func appendMentionRefs(dst []MentionRef, u *article.Unit, start, end int) []MentionRef {
	sc := new(Reader)
	n0 := len(dst)
	dst = sc.AppendMentions(dst, u, start, end)
	var fr frame.Reader
	sc.ReadFrames(&fr, u, start, end, dst[n0:], nil, false, nil)
	return dst
}

// testWords returns the words of s as the finders read them.
func testWords(s string) []token.Token {
	lex := ownLexicon().tokens
	return token.Words(s, token.Tokenize(s, lex, nil), lex, nil)
}
