package reconcile

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"sync"

	"github.com/concordfacts/concord/claims"
)

// sameContent reports whether two claims of different documents say the
// same thing in every field comparison reads: the same clause, date,
// figures, event, names in the same roles, sources and hedges. Such a
// pair agrees and yields no finding, so comparePair is skipped for it.
// Copies are the common case at scale: timelines repeat an article's
// sentences and syndicated reports repeat one another word for word.
func (p *prepared) sameContent(a, b int32) bool {
	return p.info[a].doc != p.info[b].doc && p.info[a].sig == p.info[b].sig
}

// contentSig is a digest of every field of a claim that comparison reads
// (positions left out). Claims with equal digests compare as equal; the
// digest is SHA-256, so a false equality is not a practical concern.
func contentSig(c *claims.Claim) [16]byte {
	w := sigWriters.Get().(*sigWriter)
	defer sigWriters.Put(w)
	w.buf = w.buf[:0]
	w.str(clauseText(c))
	w.str(c.Text)
	w.str(string(c.Provenance.Kind))
	if d := c.Date; d != nil {
		w.int(1)
		w.int(int64(d.Start))
		w.int(int64(d.End))
		w.str(string(d.Precision))
		w.str(string(d.Modifier))
		w.str(d.Span.Text)
		w.str(string(d.Anchor))
		w.bool(d.Inherited)
		w.bool(d.LowConfidence)
	} else {
		w.int(0)
	}
	w.int(int64(len(c.Quantities)))
	for _, q := range c.Quantities {
		w.float(q.Low)
		w.float(q.High)
		w.bool(q.LowExclusive)
		w.bool(q.HighExclusive)
		w.str(string(q.Qualifier))
		w.str(string(q.Kind))
		w.str(q.Unit)
		w.str(q.Subject)
		w.str(q.Category)
		w.str(q.Span.Text)
		w.int(int64(q.PartOf))
		w.str(q.AlternativeTo)
		w.bool(q.Revision)
	}
	if e := c.Event; e != nil {
		w.int(1)
		w.str(string(e.Type))
		w.str(e.Trigger.Text)
		w.bool(e.Negated)
		w.bool(e.Denied)
	} else {
		w.int(0)
	}
	w.int(int64(len(c.Mentions)))
	for _, m := range c.Mentions {
		w.str(m.Text)
		w.str(string(m.Kind))
		w.str(string(m.Role))
		w.str(m.Entity)
	}
	w.int(int64(len(c.Attribution)))
	for _, a := range c.Attribution {
		w.str(a.Source)
		w.str(a.Cue)
	}
	w.int(int64(len(c.Hedges)))
	for _, h := range c.Hedges {
		w.str(h.Cue)
	}
	sum := sha256.Sum256(w.buf)
	var out [16]byte
	copy(out[:], sum[:16])
	return out
}

var sigWriters = sync.Pool{New: func() any { return new(sigWriter) }}

// sigWriter encodes fields unambiguously: every string with its length.
type sigWriter struct{ buf []byte }

func (w *sigWriter) int(v int64) { w.buf = binary.AppendVarint(w.buf, v) }

func (w *sigWriter) str(s string) {
	w.int(int64(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *sigWriter) bool(b bool) {
	if b {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

func (w *sigWriter) float(f *float64) {
	if f == nil {
		w.buf = append(w.buf, 0)
		return
	}
	w.buf = append(w.buf, 1)
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(*f))
}
