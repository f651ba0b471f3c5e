package extract

import (
	"sync"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/frame"
)

// Frames are read by package frame from each clause's text, mentions and
// counts; this file converts between extract's values and the frame
// reader's.

// frameScratch is a frame reader with its input buffers, recycled by
// framePool so that a reader's lemma cache outlives one document.
type frameScratch struct {
	rd frame.Reader
	ms []frame.Mention
	qs []frame.Count
}

var framePool = sync.Pool{New: func() any { return new(frameScratch) }}

func getFrameScratch() *frameScratch   { return framePool.Get().(*frameScratch) }
func putFrameScratch(fs *frameScratch) { framePool.Put(fs) }

// read reads the frames of u's clause [start,end), whose mentions are
// refs and whose quantities are qs, after the claim that left ctx (nil at
// the start of a document or for a clause read alone). It sets the roles
// of refs and the participant, side and missing category of qs in place.
// The result is valid until the next read with fs.
func (fs *frameScratch) read(u *unit, start, end int, refs []mentionRef, qs []claims.Quantity, dated bool, ctx *frame.Context) *frame.Result {
	fs.ms = fs.ms[:0]
	for _, r := range refs {
		fs.ms = append(fs.ms, frame.Mention{Start: r.s - start, End: r.e - start, Kind: r.kind, Source: r.role == claims.RoleSource})
	}
	fs.qs = fs.qs[:0]
	for _, q := range qs {
		fs.qs = append(fs.qs, frame.Count{
			Start: q.Span.Offset - start, End: q.Span.End() - start,
			IsCount: q.Kind == claims.KindCount, Subject: q.Subject, Category: q.Category, PartOf: q.PartOf,
		})
	}
	c := frame.Clause{
		Text:     u.clauseText(start, end),
		Orig:     u.text[start-u.offset : end-u.offset],
		Offset:   start,
		Mentions: fs.ms,
		Counts:   fs.qs,
		Dated:    dated,
	}
	res := fs.rd.Read(&c, ctx, u.block)
	for k := range refs {
		refs[k].role = res.Roles[k]
		if refs[k].role == claims.RolePlace && refs[k].kind == claims.MentionOther {
			refs[k].kind = claims.MentionPlace
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

// frameRef locates one frame's index lists in a docScratch's frameInts
// and its continued clause in conts (-1 for none).
type frameRef struct {
	agents, patients, places, counts [2]int
	cont                             int
}

// addFrames copies the frames of res into ds and returns the range of
// ds.frames they occupy.
func (ds *docScratch) addFrames(res *frame.Result) (int, int) {
	f0 := len(ds.frames)
	for _, f := range res.Frames {
		var fr frameRef
		fr.agents = ds.addInts(f.Agents)
		fr.patients = ds.addInts(f.Patients)
		fr.places = ds.addInts(f.Places)
		fr.counts = ds.addInts(f.Counts)
		fr.cont = -1
		if f.Continues != nil {
			fr.cont = len(ds.conts)
			ds.conts = append(ds.conts, *f.Continues)
		}
		f.Agents, f.Patients, f.Places, f.Counts, f.Continues = nil, nil, nil, nil, nil
		ds.frames = append(ds.frames, f)
		ds.frameRefs = append(ds.frameRefs, fr)
	}
	return f0, len(ds.frames)
}

func (ds *docScratch) addInts(xs []int) [2]int {
	s := len(ds.frameInts)
	ds.frameInts = append(ds.frameInts, xs...)
	return [2]int{s, len(ds.frameInts)}
}

// fillFrames copies the gathered frames into exactly sized arrays and
// returns them, with their index lists and continued clauses pointing
// into one array of each per document.
func (ds *docScratch) fillFrames() []claims.Frame {
	if len(ds.frames) == 0 {
		return nil
	}
	frames := make([]claims.Frame, len(ds.frames))
	copy(frames, ds.frames)
	ints := make([]int, len(ds.frameInts))
	copy(ints, ds.frameInts)
	var conts []claims.Span
	if len(ds.conts) > 0 {
		conts = make([]claims.Span, len(ds.conts))
		copy(conts, ds.conts)
	}
	cut := func(r [2]int) []int {
		if r[1] == r[0] {
			return nil
		}
		return ints[r[0]:r[1]:r[1]]
	}
	for i := range frames {
		fr := ds.frameRefs[i]
		f := &frames[i]
		f.Agents, f.Patients, f.Places, f.Counts = cut(fr.agents), cut(fr.patients), cut(fr.places), cut(fr.counts)
		if fr.cont >= 0 {
			f.Continues = &conts[fr.cont]
		}
	}
	return frames
}

// findEvent returns the event of u's clause [start,end) read alone (the
// first frame's event), or nil.
func findEvent(u *unit, start, end int) *claims.Event {
	sc := getScratch()
	defer putScratch(sc)
	refs := sc.appendMentionRefs(nil, u, start, end)
	fs := getFrameScratch()
	defer putFrameScratch(fs)
	res := fs.read(u, start, end, refs, appendQuantities(nil, u, start, end), false, nil)
	if len(res.Frames) == 0 {
		return nil
	}
	f := res.Frames[0]
	return &claims.Event{Type: f.Class, Trigger: f.Trigger, Negated: f.Negated, Denied: f.Denied}
}
