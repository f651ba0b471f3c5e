package reconcile

import (
	"context"
	"runtime"

	"github.com/concordfacts/concord/claims"
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
	// differences to be reported as conflicts (default: MinScore). Pairs
	// aligned with a lower score still corroborate what they agree on and
	// show variants; their differences are not reported. Infobox figures
	// compared with their own document's body need only MinScore.
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
	// Explain lists every aligned pair in Report.Alignments, with its
	// score and each feature's contribution (default false: the list is
	// as long as the corpus).
	Explain bool `json:"explain,omitempty"`
	// Jobs is how many goroutines compare claims; 0 means GOMAXPROCS. The
	// report does not depend on it.
	Jobs int `json:"jobs,omitempty"`
	// AliasTables are the alias tables names are resolved with.
	AliasTables []*AliasTable `json:"-"`
	// Resolver, when set, is used instead of NewResolver(AliasTables, cs).
	Resolver NameResolver `json:"-"`
}

// NameResolver maps a name to its canonical entity; [*Resolver] is one.
type NameResolver interface {
	Resolve(name string, kind claims.MentionKind, at *claims.TimeSpan) Resolution
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
		o.ConflictScore = o.MinScore
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

// Check aligns claims that describe the same event across documents,
// compares them and returns the report. The findings do not depend on the
// order of cs, on Options.Jobs or on GOMAXPROCS. Check returns ctx.Err()
// when ctx is cancelled.
func Check(ctx context.Context, cs []claims.Claim, opts Options) (*Report, error) {
	return check(ctx, pointers(cs), opts, false)
}

// CheckParts is Check over claims held in several slices, such as the
// batches a large corpus is extracted in: it spares the caller copying
// them all into one slice. The report is the one Check gives for the
// claims of all parts together.
func CheckParts(ctx context.Context, parts [][]claims.Claim, opts Options) (*Report, error) {
	return check(ctx, pointers(parts...), opts, false)
}

// pointers returns pointers to the claims of the given slices.
func pointers(parts ...[]claims.Claim) []*claims.Claim {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make([]*claims.Claim, 0, n)
	for _, p := range parts {
		for i := range p {
			out = append(out, &p[i])
		}
	}
	return out
}

// check is Check on claim pointers (which it sorts in place);
// compareCopies makes it compare claims of identical content too, which
// tests use to show that skipping them changes nothing.
func check(ctx context.Context, cs []*claims.Claim, opts Options, compareCopies bool) (*Report, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	opts = opts.withDefaults()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := opts.Resolver
	if res == nil {
		res = newResolver(opts.AliasTables, cs)
	}
	p, err := prepare(ctx, cs, res, opts)
	if err != nil {
		return nil, err
	}
	p.compareCopies = compareCopies
	aligned, err := p.align(ctx)
	if err != nil {
		return nil, err
	}
	aligned = p.closeGroups(aligned)
	p.qStart, p.slot, p.pos1, p.pos2, p.post, p.post2 = nil, nil, nil, nil, nil, nil
	p.rank1, p.rank2 = nil, nil
	p.adoptDates(aligned)
	m := &merger{p: p}
	agree, err := p.compareAll(ctx, aligned, m)
	if err != nil {
		return nil, err
	}
	m.add(p.alternatives()...)
	m.add(p.corroborations(aligned, agree)...)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rep := &Report{
		SchemaVersion: claims.SchemaVersion,
		Documents:     append([]string{}, p.docs...),
		Claims:        len(cs),
		Aligned:       len(aligned),
		Findings:      p.finish(p.foldDerivedDates(m.out)),
		DateAdoptions: p.adoptionList(),
	}
	if p.opts.Explain {
		rep.Alignments = p.alignments(aligned)
	}
	return rep, nil
}

// compareAll compares the aligned pairs in parallel, merges their findings
// into m in pair order (so the report does not depend on Jobs) and returns
// whether each pair agrees. Pairs of identical content agree without
// comparison (see sameContent). Pairs are compared in waves of a few chunks
// per goroutine and each wave is merged before the next starts, so the
// findings of copies that merge into one are never all in memory at once.
func (p *prepared) compareAll(ctx context.Context, aligned []pair, m *merger) ([]bool, error) {
	agree := make([]bool, len(aligned))
	const chunk = 1024
	nchunks := (len(aligned) + chunk - 1) / chunk
	wave := 8 * max(1, p.opts.Jobs)
	found := make([][][]finding, wave)
	for lo := 0; lo < nchunks; lo += wave {
		hi := min(nchunks, lo+wave)
		err := parallelWorkers(ctx, hi-lo, p.opts.Jobs, func(_, w int) {
			c := lo + w
			for k := c * chunk; k < min(len(aligned), (c+1)*chunk); k++ {
				q := aligned[k]
				if !p.compareCopies && p.sameContent(q.a, q.b) {
					agree[k] = true
					continue
				}
				var fs []finding
				fs, agree[k] = p.comparePair(q)
				for j := range fs {
					fs[j].Fingerprint = p.fingerprint(&fs[j])
				}
				if len(fs) > 0 {
					found[w] = append(found[w], fs)
				}
			}
		})
		if err != nil {
			return nil, err
		}
		for w := range hi - lo {
			for _, fs := range found[w] {
				m.add(fs...)
			}
			found[w] = nil
		}
	}
	return agree, nil
}
