package timex

import (
	"testing"

	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/seeds"
)

// BenchmarkTimeline measures the temporal tagger alone (tokenizing,
// matching, resolving and grouping clauses) over the seed documents,
// parsed beforehand.
func BenchmarkTimeline(b *testing.B) {
	e := parserForTest(b)
	var docs []*article.Document
	size := 0
	for _, name := range seeds.Names() {
		src, err := seeds.FS.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, e.Parse(name, string(src)))
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range docs {
			tl := New(p, testLexicon())
			for i := range p.Items {
				it := &p.Items[i]
				if it.Kind == article.HeadingItem {
					tl.Heading(it)
					continue
				}
				tl.Clauses(it.Unit, tokensOf(it.Unit.Masked))
			}
		}
	}
}
