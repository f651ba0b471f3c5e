package extract

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

// TestScratchReuseKeepsOutput checks that the scratch space recycled
// between documents leaves no trace: every seed read again, after the
// others in the opposite order, gives the same claims, and the claims of
// the first pass are unchanged by the reads after them.
func TestScratchReuseKeepsOutput(t *testing.T) {
	ex := newExtractor(t)
	srcs := seedSources(t)
	ctx := context.Background()
	read := func(s Source) []claims.Claim {
		cs, err := ex.Document(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		return cs
	}
	first := make([][]claims.Claim, len(srcs))
	for i, s := range srcs {
		first[i] = read(s)
	}
	// A deep copy, through JSON, of the first pass.
	kept := make([]string, len(srcs))
	for i := range first {
		b, err := json.Marshal(first[i])
		if err != nil {
			t.Fatal(err)
		}
		kept[i] = string(b)
	}
	for i := len(srcs) - 1; i >= 0; i-- {
		if diff := cmp.Diff(first[i], read(srcs[i])); diff != "" {
			t.Errorf("%s read again (-first +again):\n%s", srcs[i].Name, diff)
		}
	}
	for i := range first {
		b, err := json.Marshal(first[i])
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(kept[i], string(b)); diff != "" {
			t.Errorf("%s changed by later reads (-kept +now):\n%s", srcs[i].Name, diff)
		}
	}
}
