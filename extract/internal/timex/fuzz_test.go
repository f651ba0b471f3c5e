package timex

import (
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/seeds"
)

// FuzzTimeline checks the temporal tagger on any input: it never panics,
// every interval (dates and report dates) has Start <= End, the document
// date is one day, every span (dates, their bases, report dates, the
// document date and its dateline) and clause lies inside the input with
// src[off:off+len] == text, and the clauses of a unit cover it in order.
func FuzzTimeline(f *testing.F) {
	for _, name := range seeds.Names() {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		// The first paragraphs of each seed keep the fuzzer fast.
		paras := strings.SplitAfter(string(b), "\n\n")
		f.Add(strings.Join(paras[:min(3, len(paras))], ""))
	}
	for _, s := range []string{
		"= W (January–July 2014) =\n\n== January 2014 ==\n===7 January===\nThe next day, rebels won. By 28 February, ISIL withdrew.\n",
		"On 24 August, rebels recaptured two villages, and on 27 August, started an offensive.",
		"Between 28 June 2014 and 29 February 2016, militants executed 4,225 people; 21:00 F-16s MiG-23 46th 1,300.",
		"[36] Three days later (October 2017–February 2018) in April, May, June and September 2017 since October.",
		"between 31 and 1 February - 2013–14 – 2099-00 Between 29 February and 2 March 2015 the 99th of May",
		"Headline\n\nPublished January 15, 2014\n\nBEIRUT, Jan 14 (Reuters) - Rebels left on Friday, activists said on Tuesday that ISIL had taken it on Sunday. By Monday it fell. Saturday's fighting. Yesterday. Two days ago.\n",
		"2014-07-19 2014-02-30 2014-07 02/01/2014 13/01/2014 01/13/2014 31/02/2014 2014-07-19T08:30 1/2/3/2014 99/99/9999",
	} {
		f.Add(s)
	}
	e, err := article.NewParser()
	if err != nil {
		f.Fatal(err)
	}
	inside := func(t *testing.T, src string, sp claims.Span, what string) {
		if sp.Offset < 0 || sp.Length < 0 || sp.End() > len(src) || src[sp.Offset:sp.End()] != sp.Text {
			t.Fatalf("%s span %+v does not match the input", what, sp)
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		p := e.Parse("fuzz", src)
		tl := New(p, testLexicon())
		if d, ok := tl.DocumentDate(); ok {
			if d.Date.Start != d.Date.End {
				t.Fatalf("document date %v..%v is not one day", d.Date.Start, d.Date.End)
			}
			inside(t, src, d.Date.Span, "document date")
			inside(t, src, d.Dateline, "dateline")
		}
		for i := range p.Items {
			it := &p.Items[i]
			if it.Kind == article.HeadingItem {
				tl.Heading(it)
				continue
			}
			u := it.Unit
			cs := tl.Clauses(u, tokensOf(u.Masked))
			if len(cs) == 0 {
				t.Fatalf("no clause for %q", u.Text)
			}
			at := u.Offset
			for _, c := range cs {
				if c.Start < at || c.End < c.Start || c.End > u.Offset+len(u.Text) {
					t.Fatalf("clause [%d,%d) out of order or outside unit [%d,%d)", c.Start, c.End, u.Offset, u.Offset+len(u.Text))
				}
				if strings.TrimSpace(src[at:c.Start]) != "" {
					t.Fatalf("clauses leave %q uncovered", src[at:c.Start])
				}
				at = c.End
				if r := c.Reported; r != nil {
					if r.Start > r.End {
						t.Fatalf("report date %v after %v for %q", r.Start, r.End, r.Span.Text)
					}
					inside(t, src, r.Span, "report date")
				}
				d := c.Date
				if d == nil {
					continue
				}
				if d.Start > d.End {
					t.Fatalf("start %v after end %v for %q", d.Start, d.End, d.Span.Text)
				}
				inside(t, src, d.Span, "date")
				if d.Base != nil {
					inside(t, src, *d.Base, "base")
				}
			}
			if strings.TrimSpace(src[at:u.Offset+len(u.Text)]) != "" {
				t.Fatalf("clauses leave the end of %q uncovered", u.Text)
			}
		}
	})
}
