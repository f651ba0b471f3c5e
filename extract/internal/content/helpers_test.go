package content

import (
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/frame"
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

// findEvent returns the event of u's clause [start,end) read alone: its
// first frame's, or nil.
func findEvent(u *article.Unit, start, end int) *claims.Event {
	sc := getScratch()
	defer putScratch(sc)
	refs := sc.AppendMentions(nil, u, start, end)
	var fr frame.Reader
	res := sc.ReadFrames(&fr, u, start, end, refs, nil, false, nil)
	if len(res.Frames) == 0 {
		return nil
	}
	f := res.Frames[0]
	return &claims.Event{Type: f.Class, Trigger: f.Trigger, Negated: f.Negated, Denied: f.Denied}
}
