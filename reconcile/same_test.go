package reconcile

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/internal/synth"
)

// TestCopiesSkippedChangeNothing checks that skipping the comparison of
// claims with identical content (sameContent) gives the report a full
// comparison gives, on the seeds with edited copies of each (planted
// counts, dates and names, so that copies and near-copies both occur).
func TestCopiesSkippedChangeNothing(t *testing.T) {
	docs, err := synth.FromSeeds(synth.Options{Documents: 40, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	in := make([]extract.Source, len(docs))
	for i, d := range docs {
		in[i] = extract.Source{Name: d.Name, Text: d.Text}
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cs, err := ex.Documents(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	fast, err := check(context.Background(), [][]claims.Claim{cs}, Options{}, false)
	if err != nil {
		t.Fatal(err)
	}
	full, err := check(context.Background(), [][]claims.Claim{cs}, Options{}, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Findings) == 0 {
		t.Fatal("no findings: the corpus does not exercise the comparison")
	}
	if diff := cmp.Diff(full, fast); diff != "" {
		t.Errorf("skipping identical claims changed the report (-full +fast):\n%s", diff)
	}
}

// TestCheckPartsIsCheck checks that claims split into parts of uneven
// sizes give the report of the same claims in one slice.
func TestCheckPartsIsCheck(t *testing.T) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := synth.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	var cs []claims.Claim
	var parts [][]claims.Claim
	for k, s := range srcs {
		part, err := ex.Document(context.Background(), extract.Source{Name: s.Name, Text: s.Text})
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, part...)
		// Split each document's claims unevenly, the first part empty.
		cut := min(len(part), 7*k+1)
		parts = append(parts, nil, part[:cut], part[cut:])
	}
	want, err := Check(context.Background(), cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Findings) == 0 {
		t.Fatal("no findings on the seeds")
	}
	got, err := CheckParts(context.Background(), parts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckParts differs from Check (-Check +CheckParts):\n%s", diff)
	}
}
