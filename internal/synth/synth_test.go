package synth

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGenerate(t *testing.T) {
	srcs, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) == 0 {
		t.Fatal("no seeds")
	}
	docs, err := Generate(srcs, Options{Documents: 3 * len(srcs), Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3*len(srcs) {
		t.Fatalf("got %d documents", len(docs))
	}
	names := map[string]bool{}
	for k, d := range docs {
		if names[d.Name] {
			t.Errorf("duplicate name %s", d.Name)
		}
		names[d.Name] = true
		src := srcs[k%len(srcs)]
		if k < len(srcs) {
			if !bytes.Equal(d.Text, src.Text) || len(d.Edits) != 0 {
				t.Errorf("%s: the first copies must be unedited", d.Name)
			}
			continue
		}
		if len(d.Edits) == 0 {
			t.Errorf("%s: no edits", d.Name)
		}
		lines := map[int]bool{}
		for _, e := range d.Edits {
			if got := string(src.Text[e.Offset : e.Offset+len(e.Old)]); got != e.Old {
				t.Errorf("%s: source has %q at %d, edit says %q", d.Name, got, e.Offset, e.Old)
			}
			if got := string(d.Text[e.NewOffset : e.NewOffset+len(e.New)]); got != e.New {
				t.Errorf("%s: copy has %q at %d, edit says %q", d.Name, got, e.NewOffset, e.New)
			}
			if e.Old == e.New {
				t.Errorf("%s: edit changes nothing: %+v", d.Name, e)
			}
			if lines[e.Line] {
				t.Errorf("%s: two edits on line %d", d.Name, e.Line)
			}
			lines[e.Line] = true
			if want := 1 + bytes.Count(src.Text[:e.Offset], []byte("\n")); want != e.Line {
				t.Errorf("%s: edit line %d, want %d", d.Name, e.Line, want)
			}
		}
	}
	again, _ := Generate(srcs, Options{Documents: 3 * len(srcs), Seed: 7})
	if diff := cmp.Diff(docs, again); diff != "" {
		t.Errorf("not deterministic:\n%s", diff)
	}
}

func TestEdits(t *testing.T) {
	const text = "= Title =\n\n" +
		"On 15 January, a car bomb in Jarablus killed 26 people, of which 23 were fighters; at least 90 others fled.\n" +
		"By 28 February, the army withdrew from Saraqeb after 24 hours of shelling in Division 17 areas, on 3 March 2014.\n" +
		"Between 15 and 17 January, rebels captured Kantari and five villages, killing 4 guards and 2 others over 2 days.\n"
	tests := []struct {
		kind EditKind
		want []string // Old values proposed
	}{
		{EditCount, []string{"26", "23", "4"}},
		{EditDate, []string{"15", "3"}},
		{EditName, []string{"Jarablus", "Saraqeb", "Kantari"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			var got []string
			for _, l := range proseLines(text) {
				var es []Edit
				switch tt.kind {
				case EditCount:
					es = countEdits(text, l)
				case EditDate:
					es = dateEdits(text, l)
				case EditName:
					es = nameEdits(text, l, DefaultVariants)
				}
				for _, e := range es {
					if text[e.Offset:e.Offset+len(e.Old)] != e.Old {
						t.Errorf("offset of %q wrong", e.Old)
					}
					got = append(got, e.Old)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("proposals (-want +got):\n%s", diff)
			}
		})
	}
	d := Perturb(Source{Name: "t.txt", Text: []byte(text)}, rand.New(rand.NewPCG(1, 1)), Options{})
	if len(d.Edits) != 3 {
		t.Fatalf("edits = %+v", d.Edits)
	}
	if !strings.Contains(string(d.Text), "= Title =") {
		t.Errorf("title lost")
	}
}

func BenchmarkGenerate(b *testing.B) {
	srcs, err := Seeds()
	if err != nil {
		b.Fatal(err)
	}
	const n = 500
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Generate(srcs, Options{Documents: n, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}
