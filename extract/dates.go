package extract

import "github.com/concordfacts/concord/claims"

// timeline reads dates in reading order. STUB: replaced by the temporal
// tagger.
type timeline struct{}

func newTimeline(p *parsed) *timeline { return &timeline{} }

func (t *timeline) heading(it *item) {}

func (t *timeline) clauses(u *unit) []clause {
	return []clause{{start: u.offset, end: u.offset + len(u.text)}}
}

var _ = claims.Day(0)
