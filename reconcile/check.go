package reconcile

import (
	"context"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/names"
)

// Check aligns claims that describe the same event across documents,
// compares them and returns the report. The findings do not depend on the
// order of cs, on Options.Jobs or on GOMAXPROCS. Check returns an error
// wrapping [ErrOption] for an option outside its range, and ctx.Err() when
// ctx is cancelled.
func Check(ctx context.Context, cs []claims.Claim, opts Options) (*Report, error) {
	return check(ctx, [][]claims.Claim{cs}, opts, false)
}

// CheckParts is Check over claims held in several slices, such as the
// batches a large corpus is extracted in: it spares the caller copying
// them all into one slice. The report is the one Check gives for the
// claims of all parts together.
func CheckParts(ctx context.Context, parts [][]claims.Claim, opts Options) (*Report, error) {
	return check(ctx, parts, opts, false)
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

// check is CheckParts; compareCopies makes it compare claims of identical
// content too, which tests use to show that skipping them changes nothing.
func check(ctx context.Context, parts [][]claims.Claim, opts Options, compareCopies bool) (*Report, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := opts.Resolver
	if res == nil {
		res = names.NewResolver(opts.AliasTables, parts...)
	}
	cs := pointers(parts...)
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
