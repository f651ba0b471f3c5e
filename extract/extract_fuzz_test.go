package extract

import (
	"context"
	"testing"

	"github.com/concordfacts/concord/extract/internal/htmldoc"
)

// FuzzDocument feeds arbitrary bytes through the whole extraction: it must
// never panic, and whatever it returns must point at the right bytes.
func FuzzDocument(f *testing.F) {
	for _, s := range seedSources(f) {
		f.Add(s.Text[:min(len(s.Text), 4000)])
	}
	f.Add([]byte("= T =\n\nInfobox\n- Date: 1 May – 3 June 2017\n\n==2014==\n===7 January===\nText.[1] More [a] text\n"))
	f.Add([]byte("[1][2]\n\n- \n= =\n==\n===x===\n- Key:\n"))
	f.Add([]byte("<!DOCTYPE html><title>T &amp; U</title><article><h1>T</h1><p>On 3&nbsp;March 2014, 26 people<br>were <b>killed</b>.</p><h2>Later</h2><ul><li>Rebels left on Friday.</ul></article>"))
	ex, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, err := ex.Document(context.Background(), Source{Name: "fuzz", Text: data})
		if err != nil {
			return
		}
		src := string(data)
		if htmldoc.IsHTML("fuzz", data) {
			// A web page: every offset points into the page; the texts
			// are rendered (see TestHTMLPage).
			checkSpansInside(t, cs, len(src))
			return
		}
		for _, c := range cs {
			p := c.Provenance
			if p.Offset < 0 || p.Offset+p.Length > len(src) || src[p.Offset:p.Offset+p.Length] != c.Text {
				t.Fatalf("%s: provenance [%d,+%d) does not hold its text %q", c.ID, p.Offset, p.Length, c.Text)
			}
			if c.Clause.Offset < p.Offset || c.Clause.End() > p.Offset+p.Length || src[c.Clause.Offset:c.Clause.End()] != c.Clause.Text {
				t.Fatalf("%s: clause %+v outside or unlike its sentence", c.ID, c.Clause)
			}
			if d := c.Date; d != nil && d.Start > d.End {
				t.Fatalf("%s: date %v after %v", c.ID, d.Start, d.End)
			}
		}
	})
}
