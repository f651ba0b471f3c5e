package extract

import (
	"context"
	"testing"
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
