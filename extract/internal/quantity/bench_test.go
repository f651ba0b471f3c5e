package quantity

import (
	"testing"

	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/seeds"
)

// seedDoc is one embedded seed document.
type seedDoc struct {
	Name string
	Text []byte
}

// seedDocs returns the embedded seed documents.
func seedDocs(tb testing.TB) []seedDoc {
	tb.Helper()
	var out []seedDoc
	for _, name := range seeds.Names() {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, seedDoc{Name: name, Text: b})
	}
	return out
}

// BenchmarkQuantities measures the quantity finder alone over every
// sentence of the seeds (segmentation done beforehand).
func BenchmarkQuantities(b *testing.B) {
	e, err := article.NewParser()
	if err != nil {
		b.Fatal(err)
	}
	var units []*article.Unit
	size := 0
	for _, s := range seedDocs(b) {
		p := e.Parse(s.Name, string(s.Text))
		for _, it := range p.Items {
			if it.Kind == article.UnitItem {
				units = append(units, it.Unit)
				size += len(it.Unit.Text)
			}
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, u := range units {
			findQuantities(u, u.Offset, u.Offset+len(u.Text))
		}
	}
}
