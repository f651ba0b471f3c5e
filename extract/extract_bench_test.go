package extract

import (
	"context"
	"runtime"
	"testing"

	"github.com/jdkato/prose/v3/segment"

	"github.com/concordfacts/concord/claims"
)

// BenchmarkExtract measures whole-document extraction over the seed corpus,
// in MB/s of input per core (the target is 10 MB/s or more).
func BenchmarkExtract(b *testing.B) {
	srcs := seedSources(b)
	ex := newExtractor(b)
	var n int64
	for _, s := range srcs {
		n += int64(len(s.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, s := range srcs {
			if _, err := ex.Document(ctx, s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkProseSegmenter measures prose v3's sentence segmenter alone
// over the same bytes as BenchmarkExtract: run in the same process, the
// ratio of the two speeds (segmenter ns/op over extraction ns/op) holds on
// a noisy machine, where each figure alone does not. .ci/run prints it.
func BenchmarkProseSegmenter(b *testing.B) {
	srcs := seedSources(b)
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, len(srcs))
	var n int64
	for i, s := range srcs {
		texts[i] = string(s.Text)
		n += int64(len(s.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			seg.Segment(t)
		}
	}
}

// BenchmarkExtractLive reports the heap that extracted claims keep alive,
// in bytes per claim (live-B/claim): the seed corpus is extracted several
// times over, every claim is kept, and the live heap is measured after a
// collection. It counts everything the claims reference, the document
// text they are substrings of included; the scratch space recycled
// between documents is in use before and after, so it is not counted.
func BenchmarkExtractLive(b *testing.B) {
	const rounds = 20
	srcs := seedSources(b)
	ex := newExtractor(b)
	ctx := context.Background()
	var perClaim float64
	for b.Loop() {
		for _, s := range srcs {
			if _, err := ex.Document(ctx, s); err != nil {
				b.Fatal(err)
			}
		}
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		kept := make([][]claims.Claim, 0, rounds*len(srcs))
		n := 0
		for range rounds {
			for _, s := range srcs {
				cs, err := ex.Document(ctx, s)
				if err != nil {
					b.Fatal(err)
				}
				kept = append(kept, cs)
				n += len(cs)
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		perClaim = float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
		runtime.KeepAlive(kept)
	}
	b.ReportMetric(perClaim, "live-B/claim")
}
