package reconcile

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/names"
)

// This file says why claims were, or were not, aligned: the score of a
// pair and what each feature contributed to it.

// Alignment is one aligned pair of claims and why it was aligned.
type Alignment struct {
	// A and B are the claim IDs, in canonical order (by document, then
	// position).
	A string `json:"a"`
	B string `json:"b"`
	// Score is the match probability of the pair, 0 to 1.
	Score float64 `json:"score"`
	// Weight is the total match weight in bits: the prior plus every
	// feature's contribution; Score = 1/(1+2^-Weight).
	Weight float64 `json:"weight"`
	// Features are the comparisons that made the weight.
	Features []FeatureScore `json:"features"`
	// Via, when set, says the pair was aligned through an event group
	// rather than on its own score: the IDs of the matched pair whose
	// groups the two claims belong to.
	Via []string `json:"via,omitempty"`
}

// FeatureScore is one feature's part in an alignment score.
type FeatureScore struct {
	Feature string `json:"feature"`
	// Level is the feature's value for the pair ("same day", "shared").
	Level string `json:"level"`
	// Weight is its match weight in bits, log2(m/u); 0 when the feature
	// could not be compared.
	Weight float64 `json:"weight"`
}

// Explanation answers "why were these two claims (not) aligned?".
type Explanation struct {
	Alignment
	// Candidate reports whether blocking proposed the pair for scoring.
	Candidate bool `json:"candidate"`
	// Aligned reports whether the pair is aligned in the report.
	Aligned bool `json:"aligned"`
	// Reason says in words why the pair is or is not aligned.
	Reason string `json:"reason"`
}

// ErrUnknownClaim is returned by Explain for a claim ID not among the
// claims.
var ErrUnknownClaim = errors.New("reconcile: no claim with this ID")

// alignmentOf describes pair a, b of canonical indices.
func (p *prepared) alignmentOf(a, b int32) Alignment {
	lv := p.pairLevels(a, b)
	al := Alignment{A: p.cs[a].ID, B: p.cs[b].ID}
	al.Weight = priorWeight
	al.Features = append(al.Features, FeatureScore{Feature: "prior", Level: "candidate pair", Weight: round2(priorWeight)})
	for f := range numFeatures {
		w := weights[f][lv[f]]
		al.Weight += w
		al.Features = append(al.Features, FeatureScore{Feature: featureNames[f], Level: levelNames[f][lv[f]], Weight: round2(w)})
	}
	al.Score = roundScore(probability(al.Weight))
	if text := p.cosine(p.info[a].text, p.info[b].text); text >= p.opts.NearVerbatim {
		al.Features = append(al.Features, FeatureScore{Feature: "near-verbatim", Level: fmt.Sprintf("cosine %.2f", text)})
		al.Score = roundScore(max(al.Score, text))
	}
	al.Weight = round2(al.Weight)
	return al
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// alignments describes every aligned pair.
func (p *prepared) alignments(aligned []pair) []Alignment {
	out := make([]Alignment, 0, len(aligned))
	for _, q := range aligned {
		al := p.alignmentOf(q.a, q.b)
		if q.via >= 0 {
			v := p.viaPair[q.via]
			al.Via = []string{p.cs[v.a].ID, p.cs[v.b].ID}
			al.Score = roundScore(float64(q.score))
		}
		out = append(out, al)
	}
	return out
}

// Explain says why the claims with IDs a and b are or are not aligned
// when cs are checked with opts: whether blocking proposed them, their
// score with each feature's contribution, and the outcome of matching.
func Explain(ctx context.Context, cs []claims.Claim, opts Options, a, b string) (*Explanation, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	ptrs := pointers(cs)
	res := opts.Resolver
	if res == nil {
		res = names.NewResolver(opts.AliasTables, cs)
	}
	p, err := prepare(ctx, ptrs, res, opts)
	if err != nil {
		return nil, err
	}
	ia := slices.IndexFunc(p.cs, func(c *claims.Claim) bool { return c.ID == a })
	ib := slices.IndexFunc(p.cs, func(c *claims.Claim) bool { return c.ID == b })
	switch {
	case ia < 0:
		return nil, fmt.Errorf("%w: %q", ErrUnknownClaim, a)
	case ib < 0:
		return nil, fmt.Errorf("%w: %q", ErrUnknownClaim, b)
	}
	x, y := int32(min(ia, ib)), int32(max(ia, ib))
	ex := &Explanation{Alignment: p.alignmentOf(x, y)}
	var seen claimSet
	ex.Candidate = slices.Contains(p.neighbours(x, nil, &seen), y)
	aligned, err := p.align(ctx)
	if err != nil {
		return nil, err
	}
	aligned = p.closeGroups(aligned)
	k := slices.IndexFunc(aligned, func(q pair) bool { return q.a == x && q.b == y })
	ex.Aligned = k >= 0
	switch {
	case x == y:
		ex.Reason = "the same claim"
	case ex.Aligned && aligned[k].via >= 0:
		v := p.viaPair[aligned[k].via]
		ex.Alignment.Via = []string{p.cs[v.a].ID, p.cs[v.b].ID}
		ex.Reason = fmt.Sprintf("aligned through their event groups: %s and %s are aligned", p.cs[v.a].ID, p.cs[v.b].ID)
	case ex.Aligned && ex.Score < opts.MinScore:
		but, f, _ := scoreBut(p.pairLevels(x, y))
		ex.Reason = fmt.Sprintf("aligned to report a difference: score %.4f is below the minimum %.2f, but the accounts agree on all but the %s, and without it they score %.4f (above %.2f)",
			ex.Score, opts.MinScore, featureNames[f], but, opts.ConflictScore)
	case ex.Aligned && aligned[k].via == viaBest:
		ex.Reason = fmt.Sprintf("aligned: score %.4f is at least the minimum %.2f and one claim is the other's best counterpart in its document (the other is matched one to one elsewhere)", ex.Score, opts.MinScore)
	case ex.Aligned:
		ex.Reason = fmt.Sprintf("aligned: score %.4f is at least the minimum %.2f and neither claim has a better counterpart in the other's document", ex.Score, opts.MinScore)
	case p.info[x].doc == p.info[y].doc && p.info[x].infobox == p.info[y].infobox:
		ex.Reason = "not aligned: claims of one document are compared only as an infobox line against the body"
	case !p.pairable(x, y):
		ex.Reason = fmt.Sprintf("not aligned: their dates lie more than %d days apart", opts.DateWindowDays)
	case !ex.Candidate:
		ex.Reason = "not aligned: blocking did not propose the pair (they share no rare word, entity or event key)"
	case ex.Score < opts.MinScore:
		ex.Reason = fmt.Sprintf("not aligned: score %.4f is below the minimum %.2f", ex.Score, opts.MinScore)
	default:
		ex.Reason = "not aligned: " + p.betterCounterpart(aligned, x, y)
	}
	return ex, nil
}

// betterCounterpart says which aligned pair took x's or y's place.
func (p *prepared) betterCounterpart(aligned []pair, x, y int32) string {
	for _, q := range aligned {
		for _, c := range [][2]int32{{x, y}, {y, x}} {
			self, other := c[0], c[1]
			var partner int32 = -1
			switch self {
			case q.a:
				partner = q.b
			case q.b:
				partner = q.a
			}
			if partner >= 0 && p.info[partner].doc == p.info[other].doc && q.via == -1 {
				return fmt.Sprintf("%s is matched with %s (score %.4f) in that document instead", p.cs[self].ID, p.cs[partner].ID, q.score)
			}
		}
	}
	return "another pair was matched first"
}
