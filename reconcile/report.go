package reconcile

import "github.com/concordfacts/concord/claims"

// Report is the result of a check: the findings, in a stable order.
type Report struct {
	SchemaVersion string           `json:"schema_version"`
	Documents     []string         `json:"documents"`
	Claims        int              `json:"claims"`
	Findings      []claims.Finding `json:"findings"`
	// Stale lists baseline fingerprints no longer found.
	Stale []string `json:"stale,omitempty"`
}
