package reconcile_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

// sentence returns a claim of a document with its date, as extraction
// gives it.
func sentence(doc string, line int, text, date, expr string, mod claims.Modifier) claims.Claim {
	d, _ := claims.ParseDay(date)
	start := d
	if mod == claims.ModBefore {
		start = d.AddDays(-60)
	}
	off := line * 100
	i := strings.Index(text, expr)
	return claims.Claim{
		ID:         fmt.Sprintf("%s#%d", doc, line),
		Text:       text,
		Provenance: claims.Provenance{Doc: doc, Line: line, Column: 1, Offset: off, Length: len(text), Kind: claims.SourceSentence},
		Clause:     claims.Span{Offset: off, Length: len(text), Text: text},
		Date: &claims.TimeSpan{Start: start, End: d, Precision: claims.PrecisionDay, Modifier: mod,
			Span: claims.Span{Offset: off + i, Length: len(expr), Text: expr}, Anchor: claims.AnchorExplicit},
	}
}

// withdrawal adds what extraction reads of a withdrawal from Azaz.
func withdrawal(c claims.Claim) claims.Claim {
	c.Event = &claims.Event{Type: claims.EventWithdraw}
	i := strings.Index(c.Text, "Azaz")
	c.Mentions = []claims.Mention{{Text: "Azaz", Kind: claims.MentionPlace, Role: claims.RolePlace,
		Span: claims.Span{Offset: c.Provenance.Offset + i, Length: 4, Text: "Azaz"}}}
	return c
}

func ExampleCheck() {
	cs := []claims.Claim{
		withdrawal(sentence("accounts/article.txt", 102, "By 28 February, ISIL forces withdrew from Azaz and the nearby airbase.",
			"2014-02-28", "By 28 February", claims.ModBefore)),
		withdrawal(sentence("accounts/timeline.txt", 80, "On 4 March, ISIL forces withdrew from Azaz and the nearby airbase.",
			"2014-03-04", "4 March", "")),
		sentence("accounts/article.txt", 140, "On 13 August, fighters seized eight villages and several towns.",
			"2014-08-13", "13 August", ""),
		sentence("accounts/timeline.txt", 131, "On 13 August, fighters seized eight villages and several towns.",
			"2014-08-13", "13 August", ""),
	}
	rep, err := reconcile.Check(context.Background(), cs, reconcile.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Findings {
		fmt.Printf("%s/%s: %s\n", f.Kind, f.Field, f.Summary)
	}
	// Output:
	// conflict/date: Date differs: withdrawal from Azaz, 28 Feb–4 Mar 2014 — article says by 28 February 2014 (line 102), timeline says 4 March 2014 (line 80)
	// corroboration/claim: Agreed by 2 documents: On 13 August, fighters seized eight…, 13 Aug 2014 — article (line 140), timeline (line 131)
}
