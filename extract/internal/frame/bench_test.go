package frame_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/extract/internal/frame"
)

// seedClauses returns the clauses of the seed documents as the extractor
// reads them, with their mentions and counts, and their total size.
func seedClauses(tb testing.TB) ([]frame.Clause, int) {
	tb.Helper()
	paths, err := filepath.Glob("../../../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Skip("no seeds")
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var out []frame.Clause
	n := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		cs, err := ex.Document(context.Background(), extract.Source{Name: p, Text: b})
		if err != nil {
			tb.Fatal(err)
		}
		for _, c := range cs {
			cl := frame.Clause{Text: c.Clause.Text, Offset: c.Clause.Offset, Dated: c.Date != nil && !c.Date.Inherited}
			for _, m := range c.Mentions {
				cl.Mentions = append(cl.Mentions, frame.Mention{Start: m.Span.Offset - c.Clause.Offset, End: m.Span.End() - c.Clause.Offset, Kind: m.Kind, Source: m.Role == claims.RoleSource})
			}
			for _, q := range c.Quantities {
				cl.Counts = append(cl.Counts, frame.Count{Start: q.Span.Offset - c.Clause.Offset, End: q.Span.End() - c.Clause.Offset,
					IsCount: q.Kind == claims.KindCount, Subject: q.Subject, Category: q.Category, PartOf: q.PartOf})
			}
			out = append(out, cl)
			n += len(cl.Text)
		}
	}
	return out, n
}

// BenchmarkRead reads the frames of every clause of the seeds with one
// Reader, as extraction does.
func BenchmarkRead(b *testing.B) {
	cs, n := seedClauses(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var r frame.Reader
	for b.Loop() {
		var ctx frame.Context
		for i := range cs {
			res := r.Read(&cs[i], &ctx, 0)
			ctx = res.Next
		}
	}
}

// TestSeedClauses reads every seed clause and checks its spans.
func TestSeedClauses(t *testing.T) {
	cs, _ := seedClauses(t)
	var r frame.Reader
	var ctx frame.Context
	frames := 0
	for i := range cs {
		c := &cs[i]
		res := r.Read(c, &ctx, 0)
		ctx = res.Next
		for _, f := range res.Frames {
			frames++
			if f.Trigger.Offset < c.Offset || f.Trigger.End() > c.Offset+len(c.Text) {
				t.Fatalf("%q: trigger %+v outside the clause", c.Text, f.Trigger)
			}
		}
	}
	if frames == 0 {
		t.Fatal("no frame in the seeds")
	}
}
