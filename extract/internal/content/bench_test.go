package content

import (
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/seeds"
)

// seedUnits returns the sentence units of the seed corpus.
func seedUnits(tb testing.TB) ([]*article.Unit, int) {
	tb.Helper()
	e, err := article.NewParser()
	if err != nil {
		tb.Fatal(err)
	}
	var us []*article.Unit
	n := 0
	for _, name := range seeds.Names() {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		p := e.Parse(name, string(b))
		for _, it := range p.Items {
			if it.Kind == article.UnitItem {
				us = append(us, it.Unit)
				n += len(it.Unit.Text)
			}
		}
	}
	return us, n
}

// BenchmarkContent measures the content finders (mentions, event,
// attribution, hedges, aliases) over every sentence of the seeds.
func BenchmarkContent(b *testing.B) {
	us, n := seedUnits(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, u := range us {
			end := u.Offset + len(u.Text)
			findMentions(u, u.Offset, end)
			findEvent(u, u.Offset, end)
			findAttribution(u)
			findHedges(u)
			findAliases(u)
		}
	}
}

// TestContentSeeds runs the finders over every seed sentence and checks
// every span against the sentence.
func TestContentSeeds(t *testing.T) {
	us, _ := seedUnits(t)
	for _, u := range us {
		end := u.Offset + len(u.Text)
		var spans []claims.Span
		for _, m := range findMentions(u, u.Offset, end) {
			spans = append(spans, m.Span)
		}
		if e := findEvent(u, u.Offset, end); e != nil {
			spans = append(spans, e.Trigger)
		}
		for _, a := range findAttribution(u) {
			spans = append(spans, a.Span)
		}
		for _, h := range findHedges(u) {
			spans = append(spans, h.Span)
		}
		for _, a := range findAliases(u) {
			spans = append(spans, a.Name, a.Alias)
		}
		for _, sp := range spans {
			if sp.Offset < u.Offset || sp.End() > end || u.Text[sp.Offset-u.Offset:sp.End()-u.Offset] != sp.Text {
				t.Errorf("span %+v does not point at its text in %q", sp, u.Text)
			}
			if sp.Length == 0 || strings.TrimSpace(sp.Text) != sp.Text {
				t.Errorf("empty or untrimmed span %+v", sp)
			}
		}
	}
}
