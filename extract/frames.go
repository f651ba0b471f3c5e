package extract

import (
	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/frame"
)

// Frames are read by package frame (through content.Reader.ReadFrames)
// from each clause's text, mentions and counts; this file gathers them
// per document and copies them into the claims.

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
