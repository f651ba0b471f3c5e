package extract

import (
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/seeds"
)

// seedUnits returns the sentence units of the seed corpus.
func seedUnits(tb testing.TB) ([]*unit, int) {
	tb.Helper()
	e, err := New(Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var us []*unit
	n := 0
	for _, name := range seeds.Names() {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		p := e.parse(name, string(b))
		for _, it := range p.items {
			if it.kind == itemUnit {
				us = append(us, it.u)
				n += len(it.u.text)
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
			end := u.offset + len(u.text)
			findMentions(u, u.offset, end)
			findEvent(u, u.offset, end)
			findAttribution(u)
			findHedges(u)
			findAliases(u)
		}
	}
}

// TestContentSeeds runs the finders over every seed sentence and checks
// every span against the document.
func TestContentSeeds(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range seeds.Names() {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		cs := e.extract(name, src)
		linkDeclaredAliases(cs)
		for _, c := range cs {
			var spans []claims.Span
			for _, m := range c.Mentions {
				spans = append(spans, m.Span)
			}
			if c.Event != nil {
				spans = append(spans, c.Event.Trigger)
			}
			for _, a := range c.Attribution {
				spans = append(spans, a.Span)
			}
			for _, h := range c.Hedges {
				spans = append(spans, h.Span)
			}
			for _, a := range c.Aliases {
				spans = append(spans, a.Name, a.Alias)
			}
			for _, sp := range spans {
				checkSpan(t, src, sp)
				if sp.Length == 0 || strings.TrimSpace(sp.Text) != sp.Text {
					t.Errorf("%s: empty or untrimmed span %+v", name, sp)
				}
			}
		}
	}
}
