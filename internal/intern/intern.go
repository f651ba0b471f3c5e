// Package intern lets claims that repeat across documents share their
// memory. Copies are common in the corpora Concord reads at scale: a
// syndicated report reprinted by many outlets, a timeline that repeats an
// article's sentences, mirrored or lightly edited versions of one article.
// A claim equal to an earlier one in everything but its document (same
// text at the same offsets, same date, figures, names, sources and
// hedges) is made to point at the earlier claim's strings, slices and
// pointers instead of its own, so the memory of the copy (and of the
// document text it was read from) can be freed.
//
// Shared values must not be modified: a Table is for claims that are read,
// not edited, after extraction. Claims that are not copies are left as
// they are.
package intern

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"runtime"
	"sync"

	"github.com/concordfacts/concord/claims"
)

// Table remembers the claims seen so far by a digest of their content.
// Its cost is one map entry per distinct claim. The zero value is not
// usable; call New.
type Table struct {
	first map[[16]byte]*claims.Claim
}

// New returns an empty table.
func New() *Table { return &Table{first: map[[16]byte]*claims.Claim{}} }

// Share makes the claims of part share the parts of any claim with the
// same content seen before, in part or in a part given to an earlier call.
// The table keeps pointers to the claims it has seen: the slices given to
// it must not be reallocated or modified afterwards. It returns how many
// claims were shared. Digests are computed on all cores; the outcome does
// not depend on their number.
func (t *Table) Share(part []claims.Claim) int {
	keys := make([][16]byte, len(part))
	jobs := max(1, min(runtime.GOMAXPROCS(0), len(keys)/256))
	var wg sync.WaitGroup
	for w := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte
			for k := w; k < len(keys); k += jobs {
				keys[k], buf = digest(&part[k], buf)
			}
		}()
	}
	wg.Wait()
	shared := 0
	isShared := make([]bool, len(part))
	for k, key := range keys {
		o, ok := t.first[key]
		if !ok {
			t.first[key] = &part[k]
			continue
		}
		share(&part[k], o)
		isShared[k] = true
		shared++
	}
	if shared > 0 && shared < len(part) {
		compact(part, isShared)
	}
	return shared
}

// compact gives the claims of part that were not shared arrays of their
// own for mentions, quantities, events and dates. Extraction writes the
// values of a whole document into one array of each kind, so a single
// claim left unshared would otherwise keep its document's arrays alive,
// copies included. Claims that pointed at one date keep pointing at one.
func compact(part []claims.Claim, shared []bool) {
	var nm, nq, ne, nd int
	for k := range part {
		if !shared[k] {
			c := &part[k]
			nm += len(c.Mentions)
			nq += len(c.Quantities)
			if c.Event != nil {
				ne++
			}
			if c.Date != nil {
				nd++
			}
		}
	}
	mentions := make([]claims.Mention, 0, nm)
	quantities := make([]claims.Quantity, 0, nq)
	events := make([]claims.Event, 0, ne)
	dates := make([]claims.TimeSpan, 0, nd)
	moved := map[*claims.TimeSpan]*claims.TimeSpan{}
	for k := range part {
		if shared[k] {
			continue
		}
		c := &part[k]
		if c.Mentions != nil {
			first := len(mentions)
			mentions = append(mentions, c.Mentions...)
			c.Mentions = mentions[first:len(mentions):len(mentions)]
		}
		if c.Quantities != nil {
			first := len(quantities)
			quantities = append(quantities, c.Quantities...)
			c.Quantities = quantities[first:len(quantities):len(quantities)]
		}
		if c.Event != nil {
			events = append(events, *c.Event)
			c.Event = &events[len(events)-1]
		}
		if c.Date != nil {
			d, ok := moved[c.Date]
			if !ok {
				dates = append(dates, *c.Date)
				d = &dates[len(dates)-1]
				moved[c.Date] = d
			}
			c.Date = d
		}
	}
}

// share points c's content at o's. Both have the same content, so nothing
// a reader sees changes.
func share(c, o *claims.Claim) {
	c.Text = o.Text
	c.Clause = o.Clause
	c.Provenance.Section = o.Provenance.Section
	c.Provenance.Citations = o.Provenance.Citations
	c.Date = o.Date
	c.Quantities = o.Quantities
	c.Event = o.Event
	c.Mentions = o.Mentions
	c.Attribution = o.Attribution
	c.Hedges = o.Hedges
	c.Aliases = o.Aliases
}

// digest is a SHA-256 digest of every field of c except its document
// name and ID. Strings are written with their lengths, optional values
// with a presence byte and slices with a nil byte (nil and empty differ in
// JSON), so that different contents never encode alike.
func digest(c *claims.Claim, buf []byte) ([16]byte, []byte) {
	w := writer{buf: buf[:0]}
	w.str(c.Text)
	p := &c.Provenance
	w.bool(p.Section == nil)
	w.int(len(p.Section))
	for _, s := range p.Section {
		w.str(s)
	}
	w.int(p.Line)
	w.int(p.Column)
	w.int(p.Offset)
	w.int(p.Length)
	w.str(string(p.Kind))
	w.bool(p.Citations == nil)
	w.int(len(p.Citations))
	for _, ct := range p.Citations {
		w.str(ct.Label)
		w.int(ct.Offset)
		w.int(ct.Length)
	}
	w.span(c.Clause)
	if d := c.Date; d != nil {
		w.bool(true)
		w.int(int(d.Start))
		w.int(int(d.End))
		w.str(string(d.Precision))
		w.str(string(d.Modifier))
		w.span(d.Span)
		w.str(string(d.Anchor))
		w.bool(d.Inherited)
		w.bool(d.LowConfidence)
	} else {
		w.bool(false)
	}
	w.bool(c.Quantities == nil)
	w.int(len(c.Quantities))
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
		w.span(q.Span)
		w.int(q.PartOf)
		w.str(q.AlternativeTo)
		w.bool(q.Revision)
	}
	if e := c.Event; e != nil {
		w.bool(true)
		w.str(string(e.Type))
		w.span(e.Trigger)
		w.bool(e.Negated)
		w.bool(e.Denied)
	} else {
		w.bool(false)
	}
	w.bool(c.Mentions == nil)
	w.int(len(c.Mentions))
	for _, m := range c.Mentions {
		w.str(m.Text)
		w.span(m.Span)
		w.str(string(m.Kind))
		w.str(string(m.Role))
		w.str(m.Entity)
	}
	w.bool(c.Attribution == nil)
	w.int(len(c.Attribution))
	for _, a := range c.Attribution {
		w.str(a.Source)
		w.str(a.Cue)
		w.span(a.Span)
	}
	w.bool(c.Hedges == nil)
	w.int(len(c.Hedges))
	for _, h := range c.Hedges {
		w.str(h.Cue)
		w.span(h.Span)
	}
	w.bool(c.Aliases == nil)
	w.int(len(c.Aliases))
	for _, a := range c.Aliases {
		w.span(a.Name)
		w.span(a.Alias)
		w.str(string(a.Relation))
		if s := a.Since; s != nil {
			w.bool(true)
			w.int(int(s.Start))
			w.int(int(s.End))
			w.str(string(s.Precision))
			w.str(string(s.Modifier))
			w.span(s.Span)
			w.str(string(s.Anchor))
			w.bool(s.Inherited)
			w.bool(s.LowConfidence)
		} else {
			w.bool(false)
		}
	}
	sum := sha256.Sum256(w.buf)
	var out [16]byte
	copy(out[:], sum[:16])
	return out, w.buf
}

// writer encodes values unambiguously for hashing.
type writer struct{ buf []byte }

func (w *writer) int(v int) { w.buf = binary.AppendVarint(w.buf, int64(v)) }

func (w *writer) str(s string) {
	w.int(len(s))
	w.buf = append(w.buf, s...)
}

func (w *writer) bool(b bool) {
	if b {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

func (w *writer) span(s claims.Span) {
	w.int(s.Offset)
	w.int(s.Length)
	w.str(s.Text)
}

func (w *writer) float(f *float64) {
	if f == nil {
		w.buf = append(w.buf, 0)
		return
	}
	w.buf = append(w.buf, 1)
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(*f))
}
