package reconcile_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/internal/synth"
	"github.com/concordfacts/concord/reconcile"
)

var (
	corpusMu    sync.Mutex
	corpusCache = map[int][]claims.Claim{}
)

// synthClaims extracts a synthetic corpus of n documents made from the
// seeds (see internal/synth), cached across benchmarks.
func synthClaims(tb testing.TB, n int) []claims.Claim {
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if cs, ok := corpusCache[n]; ok {
		return cs
	}
	srcs, err := synth.Seeds()
	if err != nil {
		tb.Fatal(err)
	}
	docs, err := synth.Generate(srcs, synth.Options{Documents: n, Seed: 1})
	if err != nil {
		tb.Fatal(err)
	}
	in := make([]extract.Source, len(docs))
	for i, d := range docs {
		in[i] = extract.Source{Name: d.Name, Text: d.Text}
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	cs, err := ex.Documents(context.Background(), in)
	if err != nil {
		tb.Fatal(err)
	}
	corpusCache[n] = cs
	return cs
}

// BenchmarkCheck reconciles synthetic corpora of seed copies with planted
// edits, reporting claims per second: docs=7 is about 1k claims, docs=70
// about 10k, docs=700 about 100k (with sentence-level claims; clause-level
// extraction gives a few more). For 10,000 documents run
// `go run ./examples/reconcile -synth 10000`.
func BenchmarkCheck(b *testing.B) {
	for _, docs := range []int{7, 70, 700} {
		b.Run(fmt.Sprintf("docs=%d", docs), func(b *testing.B) {
			cs := synthClaims(b, docs)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := reconcile.Check(context.Background(), cs, reconcile.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(cs)), "claims")
			b.ReportMetric(float64(len(cs))*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
		})
	}
}
