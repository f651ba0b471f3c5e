package synth

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// corpusHash hashes everything Generate returns: names, sources, texts
// and edits (as the edits.json of examples/synth writes them).
func corpusHash(t testing.TB, docs []Document) string {
	h := sha256.New()
	for _, d := range docs {
		b, err := json.Marshal(d.Edits)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s\x00%s\x00%d\x00", d.Name, d.Source, len(d.Text))
		h.Write(d.Text)
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestGeneratePinned pins Generate's output for fixed options, so that
// changes meant only to make it faster cannot change what it makes. The
// hashes were recorded from the original, regexp-per-copy implementation.
func TestGeneratePinned(t *testing.T) {
	srcs, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"default", Options{Documents: 400, Seed: 1}, "1ec54d708d99f4da59f5546944f85e986e790d0b16fe132a4eb3c495652215e8"},
		{"seed 7", Options{Documents: 250, Seed: 7}, "65fb73d7bb6ec222a0c6b6aed597cac909b15e6622be96d8a27069a9ef4e5aa2"},
		{"kinds reordered", Options{Documents: 150, Seed: 3, Kinds: []EditKind{EditName, EditDate, EditCount}}, "ed8a263dd7936ccbc1bca1e379fed817e74f6ce6c74b45099b4e3393e2f72fe7"},
		{"kinds repeated", Options{Documents: 150, Seed: 5, Kinds: []EditKind{EditDate, EditDate, EditCount, EditCount, EditName}}, "0603ef4e9ea060be62873cf77f500e763c20c8029e9cb88b752f394509db4b8d"},
		{"own variants", Options{Documents: 100, Seed: 11, Variants: [][]string{{"Syria", "Suriyah"}, {"Aleppo", "Halab"}}}, "9135b6cfa4f80dfc1eb7d7fb75e42a7f3db997bf07a5ec16de84715c0a714cbd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Generate(srcs, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, corpusHash(t, docs)); diff != "" {
				t.Errorf("corpus hash (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGenerateSharesPlans checks that the copies Generate makes from the
// proposals it finds once per source are those Perturb makes on its own.
func TestGenerateSharesPlans(t *testing.T) {
	srcs, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	tests := []Options{
		{Documents: 15, Seed: 2},
		{Documents: 12, Seed: 9, Kinds: []EditKind{EditDate, EditName, EditDate}},
		{Documents: 8, Seed: 4, Kinds: []EditKind{EditCount}, Variants: [][]string{}},
	}
	for _, opts := range tests {
		docs, err := Generate(srcs, opts)
		if err != nil {
			t.Fatal(err)
		}
		for k := len(srcs); k < len(docs); k++ {
			want := Perturb(srcs[k%len(srcs)], rand.New(rand.NewPCG(opts.Seed, uint64(k))), opts)
			want.Name = docs[k].Name
			if diff := cmp.Diff(want, docs[k]); diff != "" {
				t.Errorf("%+v: document %d (-Perturb +Generate):\n%s", opts, k, diff)
			}
		}
	}
}

func TestGenerateNoDocuments(t *testing.T) {
	srcs, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{-3, 0} {
		docs, err := Generate(srcs, Options{Documents: n})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(0, len(docs)); diff != "" {
			t.Errorf("Documents %d: (-want +got):\n%s", n, diff)
		}
	}
}
