package reconcile

import (
	"sync"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/internal/digest"
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
	w := sigWriters.Get().(*digest.Writer)
	defer sigWriters.Put(w)
	w.Reset()
	w.Str(clauseText(c))
	w.Str(c.Text)
	w.Str(string(c.Provenance.Kind))
	w.Content(c)
	return w.Sum()
}

var sigWriters = sync.Pool{New: func() any { return new(digest.Writer) }}
