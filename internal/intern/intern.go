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
	"runtime"
	"sync"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/internal/digest"
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
			var dw digest.Writer
			for k := w; k < len(keys); k += jobs {
				keys[k] = claimDigest(&part[k], &dw)
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
	c.Frames = o.Frames
	c.Reported = o.Reported
	c.Mentions = o.Mentions
	c.Attribution = o.Attribution
	c.Hedges = o.Hedges
	c.Aliases = o.Aliases
}

// claimDigest is a digest of every field of c except its document name
// and ID, written with positions (see internal/digest).
func claimDigest(c *claims.Claim, w *digest.Writer) [16]byte {
	w.Reset()
	w.Offsets = true
	w.Str(c.Text)
	p := &c.Provenance
	w.Bool(p.Section == nil)
	w.Int(len(p.Section))
	for _, s := range p.Section {
		w.Str(s)
	}
	w.Int(p.Line)
	w.Int(p.Column)
	w.Int(p.Offset)
	w.Int(p.Length)
	w.Str(string(p.Kind))
	w.Bool(p.Citations == nil)
	w.Int(len(p.Citations))
	for _, ct := range p.Citations {
		w.Str(ct.Label)
		w.Int(ct.Offset)
		w.Int(ct.Length)
	}
	w.Span(c.Clause)
	w.Content(c)
	w.Bool(c.Aliases == nil)
	w.Int(len(c.Aliases))
	for _, a := range c.Aliases {
		w.Span(a.Name)
		w.Span(a.Alias)
		w.Str(string(a.Relation))
		w.Date(a.Since)
	}
	return w.Sum()
}
