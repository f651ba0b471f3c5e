package extract

import (
	"testing"

	"github.com/concordfacts/concord/seeds"
)

// qSeedSources returns the embedded seed documents.
func qSeedSources(tb testing.TB) []Source {
	tb.Helper()
	var out []Source
	for _, name := range seeds.Names() {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, Source{Name: name, Text: b})
	}
	return out
}

// BenchmarkQuantities measures the quantity finder alone over every
// sentence of the seeds (segmentation done beforehand).
func BenchmarkQuantities(b *testing.B) {
	e, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	var units []*unit
	size := 0
	for _, s := range qSeedSources(b) {
		p := e.parse(s.Name, string(s.Text))
		for _, it := range p.items {
			if it.kind == itemUnit {
				units = append(units, it.u)
				size += len(it.u.text)
			}
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, u := range units {
			findQuantities(u, u.offset, u.offset+len(u.text))
		}
	}
}
