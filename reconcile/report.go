package reconcile

import "github.com/concordfacts/concord/claims"

// Report is the result of a check: the findings, in a stable order.
type Report struct {
	SchemaVersion string `json:"schema_version"`
	// Documents are the names of the documents checked, sorted.
	Documents []string `json:"documents"`
	// Claims is the number of claims checked ("claim_count": in other
	// JSON of Concord, "claims" is an array of claims).
	Claims int `json:"claim_count"`
	// Aligned is the number of claim pairs taken to describe the same
	// event.
	Aligned  int              `json:"aligned"`
	Findings []claims.Finding `json:"findings"`
	// DateAdoptions lists claims whose low-confidence date was replaced by
	// the date of the account they align with.
	DateAdoptions []DateAdoption `json:"date_adoptions,omitempty"`
	// Alignments lists the aligned pairs and why, when Options.Explain is
	// set.
	Alignments []Alignment `json:"alignments,omitempty"`
	// Stale lists baseline fingerprints no longer found.
	Stale []string `json:"stale,omitempty"`
}

// DateAdoption records a claim whose own date is low-confidence (a
// relative date anchored across excerpts) taking the date of the claim it
// aligns with best, instead of being reported as a date conflict.
type DateAdoption struct {
	Claim string `json:"claim"`
	Doc   string `json:"doc"`
	Line  int    `json:"line"`
	// Own is the claim's own, low-confidence date; Date the date taken.
	Own      claims.TimeSpan `json:"own"`
	Date     claims.TimeSpan `json:"date"`
	From     string          `json:"from"`
	FromDoc  string          `json:"from_doc"`
	FromLine int             `json:"from_line"`
	// Score is the alignment score of the two claims.
	Score float64 `json:"score"`
}
