package reconcile

import (
	"strings"

	"github.com/concordfacts/concord/claims"
)

// STUB: replaced by the names work (issue 5). The API below is the contract
// the rest of reconcile is written against.

// EvidenceKind says why a name was resolved to an entity.
type EvidenceKind string

// Evidence kinds, strongest first.
const (
	EvidenceAliasTable EvidenceKind = "alias-table" // an entry of a curated alias table
	EvidenceDeclared   EvidenceKind = "declared"    // the text declares the names the same
	EvidenceSameKey    EvidenceKind = "same-key"    // equal after folding and transliteration
	EvidenceFuzzy      EvidenceKind = "fuzzy"       // close after folding (edit distance)
)

// Evidence is one reason for a resolution.
type Evidence struct {
	Kind EvidenceKind `json:"kind"`
	// Score is 1 for exact evidence, below 1 for fuzzy matches.
	Score float64 `json:"score"`
	// Detail says what matched, for a person: "Raqqa ~ Ar-Raqqah: same
	// transliteration key \"raqa\"".
	Detail string `json:"detail"`
	// Source names the alias table file and entry, or the claim that
	// declared the alias.
	Source string `json:"source,omitempty"`
}

// Resolution is the entity a name resolves to.
type Resolution struct {
	// Entity is the canonical entity id; equal ids mean the same entity.
	Entity string `json:"entity"`
	// Canonical is the entity's display name.
	Canonical string `json:"canonical"`
	// NameAtDate is the name valid at the claim's date, for entities that
	// were renamed, or "".
	NameAtDate string     `json:"name_at_date,omitempty"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// AliasTable is a set of entities with their names.
type AliasTable struct{}

// Resolver maps names to canonical entities.
type Resolver struct{}

// NewResolver returns a resolver over alias tables and the aliases the
// claims themselves declare.
func NewResolver(tables []*AliasTable, cs []claims.Claim) *Resolver { return &Resolver{} }

// Resolve returns the entity a name of the given kind resolves to at the
// given date (nil: any date).
func (r *Resolver) Resolve(name string, kind claims.MentionKind, at *claims.TimeSpan) Resolution {
	k := strings.ToLower(strings.TrimSpace(name))
	return Resolution{Entity: string(kind) + ":" + k, Canonical: name, Evidence: []Evidence{{Kind: EvidenceSameKey, Score: 1, Detail: k}}}
}

// Same reports whether two resolutions name one entity, with the evidence
// that joins them.
func Same(a, b Resolution) bool { return a.Entity != "" && a.Entity == b.Entity }
