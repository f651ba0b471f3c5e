// Package digest encodes claim fields for hashing: every string with its
// length and every optional value with a presence byte, so that different
// contents never encode alike, and sums the encoding with SHA-256. It
// serves the places that tell identical claims apart from different ones
// (internal/intern, reconcile).
package digest

import (
	"crypto/sha256"
	"encoding/binary"
	"math"

	"github.com/concordfacts/concord/claims"
)

// Writer accumulates an encoding. The zero value is ready to use.
type Writer struct {
	buf []byte
	// Offsets: spans are written with their offsets and lengths; without
	// it, by their text only, so that the same words at another place
	// encode alike.
	Offsets bool
}

// Reset empties the writer, keeping its storage.
func (w *Writer) Reset() { w.buf = w.buf[:0] }

// Sum returns the first 16 bytes of the SHA-256 of what was written.
func (w *Writer) Sum() [16]byte {
	sum := sha256.Sum256(w.buf)
	var out [16]byte
	copy(out[:], sum[:16])
	return out
}

// Int writes an integer.
func (w *Writer) Int(v int) { w.buf = binary.AppendVarint(w.buf, int64(v)) }

// Str writes a string with its length.
func (w *Writer) Str(s string) {
	w.Int(len(s))
	w.buf = append(w.buf, s...)
}

// Bool writes a boolean.
func (w *Writer) Bool(b bool) {
	if b {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

// Float writes an optional number.
func (w *Writer) Float(f *float64) {
	w.Bool(f != nil)
	if f != nil {
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(*f))
	}
}

// Span writes a span: its text, and its place when Offsets is set.
func (w *Writer) Span(s claims.Span) {
	if w.Offsets {
		w.Int(s.Offset)
		w.Int(s.Length)
	}
	w.Str(s.Text)
}

// Date writes an optional date, every field.
func (w *Writer) Date(d *claims.TimeSpan) {
	w.Bool(d != nil)
	if d == nil {
		return
	}
	w.Int(int(d.Start))
	w.Int(int(d.End))
	w.Str(string(d.Precision))
	w.Str(string(d.Modifier))
	w.Span(d.Span)
	w.Str(string(d.Anchor))
	w.Bool(d.Inherited)
	w.Bool(d.LowConfidence)
	w.Str(string(d.InheritedFrom))
	w.Bool(d.Base != nil)
	if d.Base != nil {
		w.Span(*d.Base)
	}
	w.Bool(d.Period)
}

// Content writes what a claim says: its date, figures, event, mentions,
// sources and hedges.
func (w *Writer) Content(c *claims.Claim) {
	w.Date(c.Date)
	w.Quantities(c.Quantities)
	w.Event(c.Event)
	w.Frames(c.Frames)
	w.Mentions(c.Mentions)
	w.Attribution(c.Attribution)
	w.Hedges(c.Hedges)
	w.Date(c.Reported)
}

// Quantities writes a claim's figures, every field; nil and empty differ.
func (w *Writer) Quantities(qs []claims.Quantity) {
	w.Bool(qs == nil)
	w.Int(len(qs))
	for _, q := range qs {
		w.Float(q.Low)
		w.Float(q.High)
		w.Bool(q.LowExclusive)
		w.Bool(q.HighExclusive)
		w.Str(string(q.Qualifier))
		w.Str(string(q.Kind))
		w.Str(q.Unit)
		w.Str(q.Subject)
		w.Str(q.Category)
		w.Str(q.Participant)
		w.Str(q.Side)
		w.Span(q.Span)
		w.Int(q.PartOf)
		w.Str(q.AlternativeTo)
		w.Bool(q.Revision)
	}
}

// Event writes an optional event.
func (w *Writer) Event(e *claims.Event) {
	w.Bool(e != nil)
	if e == nil {
		return
	}
	w.Str(string(e.Type))
	w.Span(e.Trigger)
	w.Bool(e.Negated)
	w.Bool(e.Denied)
}

// Frames writes a claim's frames, every field; nil and empty differ.
func (w *Writer) Frames(fs []claims.Frame) {
	w.Bool(fs == nil)
	w.Int(len(fs))
	ints := func(xs []int) {
		w.Int(len(xs))
		for _, x := range xs {
			w.Int(x)
		}
	}
	for _, f := range fs {
		w.Str(string(f.Class))
		w.Span(f.Trigger)
		w.Str(f.Lemma)
		w.Bool(f.Negated)
		w.Bool(f.Denied)
		ints(f.Agents)
		ints(f.Patients)
		ints(f.Places)
		ints(f.Counts)
		w.Str(string(f.Cause))
		w.Bool(f.Continues != nil)
		if f.Continues != nil {
			w.Span(*f.Continues)
		}
	}
}

// Mentions writes a claim's mentions; nil and empty differ.
func (w *Writer) Mentions(ms []claims.Mention) {
	w.Bool(ms == nil)
	w.Int(len(ms))
	for _, m := range ms {
		w.Str(m.Text)
		w.Span(m.Span)
		w.Str(string(m.Kind))
		w.Str(string(m.Role))
		w.Str(m.Entity)
	}
}

// Attribution writes a claim's credited sources; nil and empty differ.
func (w *Writer) Attribution(as []claims.Attribution) {
	w.Bool(as == nil)
	w.Int(len(as))
	for _, a := range as {
		w.Str(a.Source)
		w.Str(a.Cue)
		w.Span(a.Span)
	}
}

// Hedges writes a claim's hedges; nil and empty differ.
func (w *Writer) Hedges(hs []claims.Hedge) {
	w.Bool(hs == nil)
	w.Int(len(hs))
	for _, h := range hs {
		w.Str(h.Cue)
		w.Span(h.Span)
	}
}
