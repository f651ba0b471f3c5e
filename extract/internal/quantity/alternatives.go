package quantity

import (
	"strconv"
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/token"
)

// Alternative reports inside one document.
//
// LinkAlternatives marks a count introduced by a cue of another account
// ("Another report put the number of executed prisoners at 100", "while
// another stated nearly 100 rebels were dead", "other sources put the toll
// at", "a different estimate of") or of a revision ("The SOHR later put the
// death toll at 270", "raised the toll to") as an alternative to the
// nearest earlier count of the same thing: Quantity.AlternativeTo is set to
// "<claim ID>/<index>". A revision is marked the same way and keeps its own
// value; reconciliation compares the two and can tell a revision by the
// attribution of both claims.
//
// The earlier count is looked for in the same sentence before the cue and
// in the altWindow sentences before it. It must count the same category
// (killed and executed are compatible, and casualties with killed, wounded
// and executed); a count with no category of its own takes any categorised
// count and adopts its category and subject. Among candidates, one with the
// same head noun ("rebels", "fighters") wins, then the nearest one not yet
// answered by another number of the same cue.

// altWindow is how many sentences before the cue's sentence are searched.
const altWindow = 3

// altCandidate is a count that an alternative may answer.
type altCandidate struct {
	claim, q int
	sent     int
	off      int
	cat      string
	head     string
	part     bool
}

// LinkAlternatives marks alternative reports across the claims of one
// document, given in reading order.
func LinkAlternatives(cs []claims.Claim) {
	var cands []altCandidate
	sent := -1
	lastOff := -1
	for ci := range cs {
		c := &cs[ci]
		if c.Provenance.Offset != lastOff {
			sent++
			lastOff = c.Provenance.Offset
		}
		// Drop candidates outside the window.
		k := 0
		for _, cd := range cands {
			if cd.sent >= sent-altWindow {
				cands[k] = cd
				k++
			}
		}
		cands = cands[:k]
		// Only counts are linked: a claim without one needs no cue.
		if hasCount(c.Quantities) {
			if cue := altCueOffset(c.Clause); cue >= 0 {
				linkClaim(cs, ci, cue, cands)
			}
		}
		for qi, q := range c.Quantities {
			if q.Kind != claims.KindCount || q.Category == "" && q.AlternativeTo == "" {
				continue
			}
			cands = append(cands, altCandidate{
				claim: ci, q: qi, sent: sent, off: q.Span.Offset, cat: q.Category,
				head: strings.ToLower(lastWord(q.Subject)), part: q.PartOf >= 0,
			})
		}
	}
}

// hasCount reports whether qs holds a count.
func hasCount(qs []claims.Quantity) bool {
	for i := range qs {
		if qs[i].Kind == claims.KindCount {
			return true
		}
	}
	return false
}

// linkClaim links the counts of claim ci after the cue at absolute
// offset cue to earlier counts.
func linkClaim(cs []claims.Claim, ci, cue int, cands []altCandidate) {
	c := &cs[ci]
	// Candidates: earlier claims, and this claim's counts before the cue.
	pool := append([]altCandidate(nil), cands...)
	for qi, q := range c.Quantities {
		if q.Kind == claims.KindCount && q.Category != "" && q.Span.Offset < cue {
			pool = append(pool, altCandidate{claim: ci, q: qi, off: q.Span.Offset, cat: q.Category,
				head: strings.ToLower(lastWord(q.Subject)), part: q.PartOf >= 0})
		}
	}
	used := make([]bool, len(pool))
	var todo []int
	for qi, q := range c.Quantities {
		if q.Kind == claims.KindCount && q.Span.Offset >= cue && q.AlternativeTo == "" {
			todo = append(todo, qi)
		}
	}
	assign := func(qi, pi int) {
		q := &c.Quantities[qi]
		p := pool[pi]
		used[pi] = true
		q.AlternativeTo = cs[p.claim].ID + "/" + strconv.Itoa(p.q)
		q.Revision = isRevision(c.Clause.Text[cue-c.Clause.Offset:])
		if q.Category == "" {
			q.Category = p.cat
			if q.Subject == "" {
				q.Subject = cs[p.claim].Quantities[p.q].Subject
			}
		}
	}
	done := make([]bool, len(todo))
	// Same head noun first, then the nearest unused candidate.
	for pass := 0; pass < 2; pass++ {
		for ti, qi := range todo {
			if done[ti] {
				continue
			}
			q := c.Quantities[qi]
			head := strings.ToLower(lastWord(q.Subject))
			best, bestPart := -1, -1
			for pi := len(pool) - 1; pi >= 0; pi-- {
				p := pool[pi]
				if used[pi] || !altCompatible(q.Category, p.cat) {
					continue
				}
				if pass == 0 && (head == "" || head != p.head) {
					continue
				}
				if !p.part {
					best = pi
					break
				}
				if bestPart < 0 {
					bestPart = pi
				}
			}
			if best < 0 {
				best = bestPart
			}
			if best >= 0 {
				assign(qi, best)
				done[ti] = true
			}
		}
	}
}

// altCompatible reports whether counts of categories a and b can be two
// reports of the same number.
func altCompatible(a, b string) bool {
	if a == "" || a == b {
		return b != ""
	}
	pair := func(x, y string) bool { return a == x && b == y || a == y && b == x }
	return pair("killed", "executed") || pair("casualties", "killed") ||
		pair("casualties", "wounded") || pair("casualties", "executed")
}

// altCueOffset returns the absolute offset of the first alternative cue in
// the clause, or -1. A cue matches whole words, in any case of the ASCII
// letters, with single spaces between its words. The clause is read once,
// word by word: only a word that starts some cue is looked up.
func altCueOffset(cl claims.Span) int {
	text := cl.Text
	var buf [altMaxFirst]byte
	for i := 0; i < len(text); {
		if !token.IsLetter(text[i]) {
			i++
			continue
		}
		j := token.LetterRunEnd(text, i)
		n := j - i
		if n <= len(buf) && altFirstLen.MayHold(text[i:j]) {
			for k := 0; k < n; k++ {
				buf[k] = text[i+k] | 0x20
			}
			for _, rest := range altCueByFirst[string(buf[:n])] {
				if altRestAt(text, j, rest) {
					return cl.Offset + i
				}
			}
		}
		i = j
	}
	return -1
}

// altRestAt reports whether the words of rest follow text[:p], each after
// one space and ending at a word boundary.
func altRestAt(text string, p int, rest []string) bool {
	for _, w := range rest {
		if p >= len(text) || text[p] != ' ' || p+1+len(w) > len(text) {
			return false
		}
		p++
		if !token.HasPrefixFold(text[p:], w) {
			return false
		}
		p += len(w)
		if p < len(text) && token.IsLetter(text[p]) {
			return false
		}
	}
	return true
}

// altCueByFirst indexes the cues by their first word: the words after it.
// altFirstLen filters the first words before the map look-up; altMaxFirst
// bounds their length.
var altCueByFirst, altFirstLen = func() (map[string][][]string, *token.FirstLetters) {
	byFirst := map[string][][]string{}
	var first token.FirstLetters
	for _, cue := range altCues {
		ws := strings.Split(cue, " ")
		if len(ws[0]) > altMaxFirst {
			panic("extract: alternative cue word too long: " + cue)
		}
		byFirst[ws[0]] = append(byFirst[ws[0]], ws[1:])
		first.Add(ws[0])
	}
	return byFirst, &first
}()

const altMaxFirst = 16

// isRevision reports whether the text from the cue on revises a figure.
func isRevision(fromCue string) bool {
	for _, c := range revisionCues {
		if token.HasPrefixFold(fromCue, c) {
			return true
		}
	}
	return false
}
