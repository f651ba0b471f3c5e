package reconcile

import (
	"context"

	"github.com/concordfacts/concord/claims"
)

// Options configures reconciliation. STUB.
type Options struct{}

// Check compares claims and returns the report. STUB.
func Check(ctx context.Context, cs []claims.Claim, opts Options) (*Report, error) {
	seen := map[string]bool{}
	var docs []string
	for _, c := range cs {
		if !seen[c.Provenance.Doc] {
			seen[c.Provenance.Doc] = true
			docs = append(docs, c.Provenance.Doc)
		}
	}
	return &Report{SchemaVersion: claims.SchemaVersion, Documents: docs, Claims: len(cs), Findings: []claims.Finding{}}, nil
}
