package reconcile

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/concordfacts/concord/names"
)

// Options configures reconciliation. The JSON keys are those of the CLI's
// config file. The zero value of a field means the default given with it;
// a value outside a field's range makes [Check] return an error wrapping
// [ErrOption].
type Options struct {
	// DateWindowDays is how far apart, in days, the dates of two claims
	// may lie for them to be compared at all (default 31; at least 0).
	// Claims whose dates lie further apart are taken to describe different
	// events; closer ones may still conflict on the date.
	DateWindowDays int `json:"date_window_days,omitempty"`
	// MinScore is the alignment score, 0 to 1, two claims need to be taken
	// as describing the same event (default 0.5).
	MinScore float64 `json:"min_score,omitempty"`
	// ConflictScore is the alignment score, 0 to 1, a pair needs for its
	// differences to be reported as conflicts (default: MinScore). Pairs
	// aligned with a lower score still corroborate what they agree on and
	// show variants; their differences are not reported. Infobox figures
	// compared with their own document's body need only MinScore. A pair
	// that agrees on everything but one date, count, place or actor is
	// aligned to report that difference when it scores above
	// ConflictScore without it (even odds are not enough).
	ConflictScore float64 `json:"conflict_score,omitempty"`
	// NearVerbatim is the content-word similarity, 0 to 1, from which two
	// sentences count as near-verbatim copies (default 0.85). Such pairs
	// score at least their similarity, whatever else differs.
	NearVerbatim float64 `json:"near_verbatim,omitempty"`
	// MaxFindingClaims caps the claims listed in one corroboration finding
	// (default 8; at least 2); Documents still counts them all.
	MaxFindingClaims int `json:"max_finding_claims,omitempty"`
	// InheritedDateConflicts reports date conflicts between two claims that
	// both only inherit their date from the narrative (default false:
	// at least one side must state its own date).
	InheritedDateConflicts bool `json:"inherited_date_conflicts,omitempty"`
	// Explain lists every aligned pair in Report.Alignments, with its
	// score and each feature's contribution (default false: the list is
	// as long as the corpus).
	Explain bool `json:"explain,omitempty"`
	// Jobs is how many goroutines compare claims (default GOMAXPROCS; at
	// least 0). The report does not depend on it.
	Jobs int `json:"jobs,omitempty"`
	// AliasTables are the alias tables names are resolved with.
	AliasTables []*names.AliasTable `json:"-"`
	// Resolver, when set, is used instead of
	// names.NewResolver(AliasTables, claims...).
	Resolver names.NameResolver `json:"-"`
}

// Blocking, the choice of the claim pairs that are scored (see the package
// documentation), keeps the cost linear in the number of claims with these
// limits. They are internals of the algorithm, not options: they change
// how much work is done, and so the report only where they cut off a pair
// that would have aligned.
const (
	// blockMaxKeyShare: a word, word pair or entity found in more than this
	// share of all claims is too common to propose candidate pairs (never
	// below 4*blockMaxBucket claims).
	blockMaxKeyShare = 0.02
	// blockMaxBucket is the largest group of claims sharing a key that is
	// compared all against all. Larger groups are sorted by their text and
	// each claim is compared with its blockNeighbours nearest claims only.
	blockMaxBucket = 48
	// blockNeighbours is how many neighbours on each side a claim is
	// compared with inside a large group.
	blockNeighbours = 6
	// blockQueryKeys is how many of a claim's rarest keys it proposes
	// candidate pairs with.
	blockQueryKeys = 8
)

// ErrOption is the error, wrapped with the option and its value, that
// [Check] and [CheckParts] return for an [Options] field outside its range.
var ErrOption = errors.New("option out of range")

// withDefaults checks the options and fills zero fields with their
// defaults.
func (o Options) withDefaults() (Options, error) {
	if err := o.check(); err != nil {
		return o, err
	}
	if o.DateWindowDays == 0 {
		o.DateWindowDays = 31
	}
	if o.MinScore == 0 {
		o.MinScore = 0.5
	}
	if o.ConflictScore == 0 {
		o.ConflictScore = o.MinScore
	}
	if o.NearVerbatim == 0 {
		o.NearVerbatim = 0.85
	}
	if o.MaxFindingClaims == 0 {
		o.MaxFindingClaims = 8
	}
	if o.Jobs == 0 {
		o.Jobs = runtime.GOMAXPROCS(0)
	}
	return o, nil
}

// check returns an error wrapping ErrOption for the first field outside
// its range, naming the field by its JSON key (that of the config file).
func (o Options) check() error {
	for _, f := range []struct {
		key string
		v   float64
	}{
		{"min_score", o.MinScore},
		{"conflict_score", o.ConflictScore},
		{"near_verbatim", o.NearVerbatim},
	} {
		if !(f.v >= 0 && f.v <= 1) { // NaN too
			return fmt.Errorf("reconcile: %w: %s is %v, want 0 to 1 (0: the default)", ErrOption, f.key, f.v)
		}
	}
	for _, f := range []struct {
		key string
		v   int
		min int
	}{
		{"date_window_days", o.DateWindowDays, 0},
		{"max_finding_claims", o.MaxFindingClaims, 2},
		{"jobs", o.Jobs, 0},
	} {
		if f.v < 0 || f.v != 0 && f.v < f.min {
			return fmt.Errorf("reconcile: %w: %s is %d, want %d or more (0: the default)", ErrOption, f.key, f.v, max(f.min, 1))
		}
	}
	return nil
}
