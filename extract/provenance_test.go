package extract

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"github.com/concordfacts/concord/seeds"
)

// seedSources returns the embedded seed documents.
func seedSources(tb testing.TB) []Source {
	tb.Helper()
	var out []Source
	for _, name := range seeds.Names() {
		b, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, Source{Name: name, Text: b})
	}
	return out
}

func newExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	ex, err := New(Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return ex
}

// TestProvenanceIsExact checks, for every seed, that every claim's text is
// the bytes its provenance points at, that line and column point at its
// first byte, and that every span inside a claim does the same.
func TestProvenanceIsExact(t *testing.T) {
	ex := newExtractor(t)
	for _, src := range seedSources(t) {
		t.Run(src.Name, func(t *testing.T) {
			text := string(src.Text)
			cs, err := ex.Document(context.Background(), src)
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) == 0 {
				t.Fatal("no claims")
			}
			lines := strings.SplitAfter(text, "\n")
			for _, c := range cs {
				p := c.Provenance
				if got := text[p.Offset : p.Offset+p.Length]; got != c.Text {
					t.Errorf("%s: provenance bytes %q != text %q", c.ID, got, c.Text)
				}
				if p.Line < 1 || p.Line > len(lines) {
					t.Fatalf("%s: line %d out of range", c.ID, p.Line)
				}
				ln := lines[p.Line-1]
				if p.Column < 1 || !strings.HasPrefix(ln[p.Column-1:], c.Text[:min(len(c.Text), len(ln)-p.Column+1)]) {
					t.Errorf("%s: line %d column %d does not start %q", c.ID, p.Line, p.Column, c.Text)
				}
				checkSpan := func(what string, off, n int, s string) {
					t.Helper()
					if off < 0 || off+n > len(text) || text[off:off+n] != s {
						t.Errorf("%s: %s span [%d,+%d) %q does not match the source", c.ID, what, off, n, s)
					}
				}
				checkSpan("clause", c.Clause.Offset, c.Clause.Length, c.Clause.Text)
				if c.Clause.Offset < p.Offset || c.Clause.End() > p.Offset+p.Length {
					t.Errorf("%s: clause outside its sentence", c.ID)
				}
				for _, ci := range p.Citations {
					s := text[ci.Offset : ci.Offset+ci.Length]
					if s != "["+ci.Label+"]" {
						t.Errorf("%s: citation %q at %d reads %q", c.ID, ci.Label, ci.Offset, s)
					}
				}
				if d := c.Date; d != nil {
					if d.Start > d.End {
						t.Errorf("%s: date start %v after end %v", c.ID, d.Start, d.End)
					}
					checkSpan("date", d.Span.Offset, d.Span.Length, d.Span.Text)
				}
				for _, q := range c.Quantities {
					checkSpan("quantity", q.Span.Offset, q.Span.Length, q.Span.Text)
				}
				for _, m := range c.Mentions {
					checkSpan("mention", m.Span.Offset, m.Span.Length, m.Span.Text)
				}
				if e := c.Event; e != nil {
					checkSpan("event", e.Trigger.Offset, e.Trigger.Length, e.Trigger.Text)
				}
				for _, a := range c.Attribution {
					checkSpan("attribution", a.Span.Offset, a.Span.Length, a.Span.Text)
				}
				for _, h := range c.Hedges {
					checkSpan("hedge", h.Span.Offset, h.Span.Length, h.Span.Text)
				}
				for _, a := range c.Aliases {
					checkSpan("alias name", a.Name.Offset, a.Name.Length, a.Name.Text)
					checkSpan("alias", a.Alias.Offset, a.Alias.Length, a.Alias.Text)
				}
			}
		})
	}
}

// TestEverySentenceHasAClaim checks that no prose is dropped: every
// non-blank, non-heading, non-title line's text is covered by claims,
// except citation markers and list bullets.
func TestEverySentenceHasAClaim(t *testing.T) {
	ex := newExtractor(t)
	for _, src := range seedSources(t) {
		t.Run(src.Name, func(t *testing.T) {
			text := string(src.Text)
			cs, err := ex.Document(context.Background(), src)
			if err != nil {
				t.Fatal(err)
			}
			covered := make([]bool, len(text))
			for _, c := range cs {
				for i := c.Provenance.Offset; i < c.Provenance.Offset+c.Provenance.Length; i++ {
					covered[i] = true
				}
				for _, ci := range c.Provenance.Citations {
					for i := ci.Offset; i < ci.Offset+ci.Length; i++ {
						covered[i] = true
					}
				}
			}
			off := 0
			for n, ln := range strings.SplitAfter(text, "\n") {
				body := strings.TrimRight(ln, "\r\n")
				trim := strings.TrimSpace(body)
				skip := trim == "" || trim == "Infobox" || strings.HasPrefix(trim, "=") || (n == 0)
				if !skip {
					for i, r := range body {
						if r == ' ' || r == '\t' || r == '-' || r == '*' || r == '\u00a0' {
							continue
						}
						if !covered[off+i] {
							t.Errorf("line %d: byte %d (%q) is in no claim: %q", n+1, i, body[i:min(len(body), i+30)], body)
							break
						}
					}
				}
				off += len(ln)
			}
		})
	}
}
