package extract

import (
	"testing"

	"github.com/concordfacts/concord/seeds"
)

// BenchmarkTimeline measures the temporal tagger alone (tokenizing,
// matching, resolving and grouping clauses) over the seed documents,
// parsed beforehand.
func BenchmarkTimeline(b *testing.B) {
	e := extractorForTest(b)
	var docs []*parsed
	size := 0
	for _, name := range seeds.Names() {
		src, err := seeds.FS.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, e.parse(name, string(src)))
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range docs {
			tl := newTimeline(p)
			for i := range p.items {
				it := &p.items[i]
				if it.kind == itemHeading {
					tl.heading(it)
					continue
				}
				tl.clauses(it.u)
			}
		}
	}
}
