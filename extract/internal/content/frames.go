package content

import (
	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/frame"
)

// ReadFrames reads the frames of u's clause [start,end) with fr, given
// its mentions refs (as AppendMentions gives them), its quantities qs,
// whether it has a date of its own, and the context the document's
// previous claim left (nil for a clause read alone). It sets the roles of
// refs (and makes a mention of no kind that is a place of an event a
// place) and the participant, side and missing category of qs, in place.
// The result is fr's, valid until its next Read.
func (sc *Reader) ReadFrames(fr *frame.Reader, u *article.Unit, start, end int, refs []MentionRef, qs []claims.Quantity, dated bool, ctx *frame.Context) *frame.Result {
	sc.fms = sc.fms[:0]
	for _, r := range refs {
		sc.fms = append(sc.fms, frame.Mention{Start: r.Start - start, End: r.End - start, Kind: r.Kind, Source: r.Role == claims.RoleSource || r.mod})
	}
	sc.fqs = sc.fqs[:0]
	for _, q := range qs {
		sc.fqs = append(sc.fqs, frame.Count{
			Start: q.Span.Offset - start, End: q.Span.End() - start,
			IsCount: q.Kind == claims.KindCount, Subject: q.Subject, Category: q.Category, PartOf: q.PartOf,
		})
	}
	c := frame.Clause{
		Text:     u.Masked[start-u.Offset : end-u.Offset],
		Orig:     u.Text[start-u.Offset : end-u.Offset],
		Offset:   start,
		Mentions: sc.fms,
		Counts:   sc.fqs,
		Dated:    dated,
	}
	res := fr.Read(&c, ctx, u.Block)
	for k := range refs {
		refs[k].Role = res.Roles[k]
		if refs[k].mod {
			// A modifier is read as a source is, never an actor or a
			// place, but it names no source either.
			refs[k].Role = claims.RoleNone
		}
		if refs[k].Role == claims.RolePlace && refs[k].Kind == claims.MentionOther {
			refs[k].Kind = claims.MentionPlace
		}
	}
	for k := range qs {
		ci := res.Counts[k]
		qs[k].Participant, qs[k].Side = ci.Participant, ci.Side
		if qs[k].Category == "" && ci.Category != "" {
			qs[k].Category = ci.Category
		}
	}
	return res
}
