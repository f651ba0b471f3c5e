package claims

// FindingKind is what a finding says about aligned claims.
type FindingKind string

// Finding kinds, in the order of severity.
const (
	// Conflict: the aligned claims cannot both be true.
	Conflict FindingKind = "conflict"
	// Variant: the same entity is named differently.
	Variant FindingKind = "variant"
	// Corroboration: the claims agree.
	Corroboration FindingKind = "corroboration"
)

// Severity ranks kinds: a conflict is the most severe.
func (k FindingKind) Severity() int {
	switch k {
	case Conflict:
		return 3
	case Variant:
		return 2
	case Corroboration:
		return 1
	}
	return 0
}

// Field names what a finding compares.
type Field string

// Fields.
const (
	FieldDate     Field = "date"
	FieldQuantity Field = "quantity"
	FieldActor    Field = "actor"
	FieldPlace    Field = "place"
	FieldName     Field = "name"
	FieldEvent    Field = "event"
	FieldClaim    Field = "claim" // the claim as a whole (corroboration)
)

// Finding relates aligned claims.
type Finding struct {
	Kind  FindingKind `json:"kind"`
	Field Field       `json:"field"`
	// Summary is one line a person can act on.
	Summary string `json:"summary"`
	// Claims are the claims compared, in a stable order.
	Claims []Claim `json:"claims"`
	// Values are the values compared, one per claim, as shown to a user.
	Values []string `json:"values"`
	// ValueSpans locate each value within its claim's text, where it has
	// one (absolute offsets into the document).
	ValueSpans []Span `json:"value_spans,omitempty"`
	// Score is the alignment score of the claims, 0 to 1.
	Score float64 `json:"score"`
	// Evidence says why the claims were aligned or names taken as one.
	Evidence []string `json:"evidence,omitempty"`
	// Event is a short label of the event the claims describe, used to
	// group findings ("withdrawal from Azaz").
	Event string `json:"event"`
	// Documents is how many independent documents the finding's claims
	// come from.
	Documents int `json:"documents"`
	// Note carries extra facts: a revision by the same source, a date taken
	// from an aligned account.
	Note string `json:"note,omitempty"`
	// Fingerprint identifies the finding by content, not position, so
	// baselines survive edits elsewhere in a document.
	Fingerprint string `json:"fingerprint"`
	// Accepted is set when the fingerprint is in the baseline in use.
	Accepted bool `json:"accepted,omitempty"`
}
