package reconcile

import (
	"runtime"

	"github.com/concordfacts/concord/names"
)

// Options configures reconciliation. The JSON keys are those of the CLI's
// config file; a zero value means the default given with each field.
type Options struct {
	// DateWindowDays is how far apart, in days, the dates of two claims
	// may lie for them to be compared at all (default 31). Claims whose
	// dates lie further apart are taken to describe different events;
	// closer ones may still conflict on the date.
	DateWindowDays int `json:"date_window_days,omitempty"`
	// MinScore is the alignment score, 0 to 1, two claims need to be taken
	// as describing the same event (default 0.5).
	MinScore float64 `json:"min_score,omitempty"`
	// ConflictScore is the alignment score a pair needs for its
	// differences to be reported as conflicts (default 0.6). Pairs aligned
	// with a lower score may still corroborate and show variants, but a
	// difference between them is taken as a sign of two events, not of a
	// contradiction, and is not reported. Infobox figures compared with
	// their own document's body need only MinScore.
	ConflictScore float64 `json:"conflict_score,omitempty"`
	// NearVerbatim is the content-word similarity, 0 to 1, from which two
	// sentences count as near-verbatim copies (default 0.85). Such pairs
	// score at least their similarity, whatever else differs.
	NearVerbatim float64 `json:"near_verbatim,omitempty"`
	// MaxKeyShare: a word, word pair or entity found in more than this
	// share of all claims is too common to propose candidate pairs
	// (default 0.02; never below 4*MaxBucket claims).
	MaxKeyShare float64 `json:"max_key_share,omitempty"`
	// MaxBucket is the largest group of claims sharing a key that is
	// compared all against all (default 48). Larger groups are sorted by
	// their text and each claim is compared with its Neighbours nearest
	// claims only, which keeps the cost linear in the number of claims.
	MaxBucket int `json:"max_bucket,omitempty"`
	// Neighbours is how many neighbours on each side a claim is compared
	// with inside a large group (default 6).
	Neighbours int `json:"neighbours,omitempty"`
	// QueryKeys is how many of a claim's rarest keys it proposes candidate
	// pairs with (default 8).
	QueryKeys int `json:"query_keys,omitempty"`
	// MaxFindingClaims caps the claims listed in one corroboration finding
	// (default 8); Documents still counts them all.
	MaxFindingClaims int `json:"max_finding_claims,omitempty"`
	// InheritedDateConflicts reports date conflicts between two claims that
	// both only inherit their date from the narrative (default false:
	// at least one side must state its own date).
	InheritedDateConflicts bool `json:"inherited_date_conflicts,omitempty"`
	// Jobs is how many goroutines compare claims; 0 means GOMAXPROCS. The
	// report does not depend on it.
	Jobs int `json:"jobs,omitempty"`
	// AliasTables are the alias tables names are resolved with.
	AliasTables []*names.AliasTable `json:"-"`
	// Resolver, when set, is used instead of
	// names.NewResolver(AliasTables, claims...).
	Resolver names.NameResolver `json:"-"`
}

// withDefaults fills zero fields.
func (o Options) withDefaults() Options {
	if o.DateWindowDays <= 0 {
		o.DateWindowDays = 31
	}
	if o.MinScore <= 0 {
		o.MinScore = 0.5
	}
	if o.ConflictScore <= 0 {
		o.ConflictScore = max(0.6, o.MinScore)
	}
	if o.NearVerbatim <= 0 {
		o.NearVerbatim = 0.85
	}
	if o.MaxKeyShare <= 0 {
		o.MaxKeyShare = 0.02
	}
	if o.MaxBucket <= 1 {
		o.MaxBucket = 48
	}
	if o.Neighbours <= 0 {
		o.Neighbours = 6
	}
	if o.QueryKeys <= 0 {
		o.QueryKeys = 8
	}
	if o.MaxFindingClaims <= 1 {
		o.MaxFindingClaims = 8
	}
	if o.Jobs <= 0 {
		o.Jobs = runtime.GOMAXPROCS(0)
	}
	return o
}
