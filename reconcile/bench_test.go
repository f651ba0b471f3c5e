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

// synthDocs makes a synthetic corpus of n documents from the seeds.
func synthDocs(tb testing.TB, n int) []extract.Source {
	docs, err := synth.FromSeeds(synth.Options{Documents: n, Seed: 1})
	if err != nil {
		tb.Fatal(err)
	}
	in := make([]extract.Source, len(docs))
	for i, d := range docs {
		in[i] = extract.Source{Name: d.Name, Text: d.Text}
	}
	return in
}

// synthClaims extracts a synthetic corpus of n documents made from the
// seeds (see internal/synth), cached across benchmarks.
func synthClaims(tb testing.TB, n int) []claims.Claim {
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if cs, ok := corpusCache[n]; ok {
		return cs
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	cs, err := ex.Documents(context.Background(), synthDocs(tb, n))
	if err != nil {
		tb.Fatal(err)
	}
	corpusCache[n] = cs
	return cs
}

// corpusSizes are the document counts the scale benchmarks run at: the
// issue's 1k and 10k documents of seed size (16 KB on average).
var corpusSizes = []int{1000, 10000}

// BenchmarkExtractCorpus extracts synthetic corpora with all cores,
// reporting MB/s of input (SetBytes) for 1k and 10k documents.
func BenchmarkExtractCorpus(b *testing.B) {
	for _, n := range corpusSizes {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			docs := synthDocs(b, n)
			var size int64
			for _, d := range docs {
				size += int64(len(d.Text))
			}
			ex, err := extract.New(extract.Options{})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			b.ResetTimer()
			for b.Loop() {
				if _, err := ex.Documents(context.Background(), docs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheck reconciles the claims of synthetic corpora of 1k and 10k
// seed-sized documents (copies with planted edits), reporting claims per
// second; extraction is done once, outside the timing.
func BenchmarkCheck(b *testing.B) {
	for _, docs := range corpusSizes {
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
