package extract

import (
	"strconv"
	"strings"

	"github.com/concordfacts/concord/claims"
)

// Alternative reports inside one document.
//
// linkAlternatives marks a count introduced by a cue of another account
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
// in the qAltWindow sentences before it. It must count the same category
// (killed and executed are compatible, and casualties with killed, wounded
// and executed); a count with no category of its own takes any categorised
// count and adopts its category and subject. Among candidates, one with the
// same head noun ("rebels", "fighters") wins, then the nearest one not yet
// answered by another number of the same cue.

// qAltWindow is how many sentences before the cue's sentence are searched.
const qAltWindow = 3

// qAltCues introduce another account or a revision of a figure.
var qAltCues = []string{
	"another report", "another source", "another estimate", "another account",
	"another count", "another tally", "another figure", "other reports",
	"other sources", "other estimates", "other accounts", "other figures",
	"a different estimate", "a different figure", "a different report",
	"a different source", "a different account", "an alternative",
	"while another", "whereas another", "another stated", "another said",
	"another put", "another claimed", "another reported", "later put",
	"put the death toll", "put the toll", "put the number", "put the figure",
	"put the casualty", "raised the death toll", "raised the toll",
	"revised the", "revised death toll", "revised toll", "later raised",
	"higher estimate", "lower estimate", "alternative estimate",
	"others put", "others said", "others reported", "other estimate",
}

// qAltCandidate is a count that an alternative may answer.
type qAltCandidate struct {
	claim, q int
	sent     int
	off      int
	cat      string
	head     string
	part     bool
}

// linkAlternatives marks alternative reports across the claims of one
// document, given in reading order.
func linkAlternatives(cs []claims.Claim) {
	var cands []qAltCandidate
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
			if cd.sent >= sent-qAltWindow {
				cands[k] = cd
				k++
			}
		}
		cands = cands[:k]
		// Only counts are linked: a claim without one needs no cue.
		if qHasCount(c.Quantities) {
			if cue := qAltCueOffset(c.Clause); cue >= 0 {
				qLinkClaim(cs, ci, cue, cands)
			}
		}
		for qi, q := range c.Quantities {
			if q.Kind != claims.KindCount || q.Category == "" && q.AlternativeTo == "" {
				continue
			}
			cands = append(cands, qAltCandidate{
				claim: ci, q: qi, sent: sent, off: q.Span.Offset, cat: q.Category,
				head: strings.ToLower(qLastWord(q.Subject)), part: q.PartOf >= 0,
			})
		}
	}
}

// qHasCount reports whether qs holds a count.
func qHasCount(qs []claims.Quantity) bool {
	for i := range qs {
		if qs[i].Kind == claims.KindCount {
			return true
		}
	}
	return false
}

// qLinkClaim links the counts of claim ci after the cue at absolute
// offset cue to earlier counts.
func qLinkClaim(cs []claims.Claim, ci, cue int, cands []qAltCandidate) {
	c := &cs[ci]
	// Candidates: earlier claims, and this claim's counts before the cue.
	pool := append([]qAltCandidate(nil), cands...)
	for qi, q := range c.Quantities {
		if q.Kind == claims.KindCount && q.Category != "" && q.Span.Offset < cue {
			pool = append(pool, qAltCandidate{claim: ci, q: qi, off: q.Span.Offset, cat: q.Category,
				head: strings.ToLower(qLastWord(q.Subject)), part: q.PartOf >= 0})
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
		q.Revision = qIsRevision(c.Clause.Text[cue-c.Clause.Offset:])
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
			head := strings.ToLower(qLastWord(q.Subject))
			best, bestPart := -1, -1
			for pi := len(pool) - 1; pi >= 0; pi-- {
				p := pool[pi]
				if used[pi] || !qAltCompatible(q.Category, p.cat) {
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

// qAltCompatible reports whether counts of categories a and b can be two
// reports of the same number.
func qAltCompatible(a, b string) bool {
	if a == "" || a == b {
		return b != ""
	}
	pair := func(x, y string) bool { return a == x && b == y || a == y && b == x }
	return pair("killed", "executed") || pair("casualties", "killed") ||
		pair("casualties", "wounded") || pair("casualties", "executed")
}

// qAltCueOffset returns the absolute offset of the first alternative cue in
// the clause, or -1. A cue matches whole words, in any case of the ASCII
// letters, with single spaces between its words. The clause is read once,
// word by word: only a word that starts some cue is looked up.
func qAltCueOffset(cl claims.Span) int {
	text := cl.Text
	var buf [qAltMaxFirst]byte
	for i := 0; i < len(text); {
		if !qIsASCIILetter(text[i]) {
			i++
			continue
		}
		j := qLetterRunEnd(text, i)
		n := j - i
		if n <= len(buf) && qAltFirstLen[text[i]|0x20]&(1<<n) != 0 {
			for k := 0; k < n; k++ {
				buf[k] = text[i+k] | 0x20
			}
			for _, rest := range qAltCueByFirst[string(buf[:n])] {
				if qAltRestAt(text, j, rest) {
					return cl.Offset + i
				}
			}
		}
		i = j
	}
	return -1
}

// qAltRestAt reports whether the words of rest follow text[:p], each after
// one space and ending at a word boundary.
func qAltRestAt(text string, p int, rest []string) bool {
	for _, w := range rest {
		if p >= len(text) || text[p] != ' ' || p+1+len(w) > len(text) {
			return false
		}
		p++
		if !qHasFoldPrefix(text[p:], w) {
			return false
		}
		p += len(w)
		if p < len(text) && qIsASCIILetter(text[p]) {
			return false
		}
	}
	return true
}

// qHasFoldPrefix reports whether s starts with the lower-case ASCII word
// prefix, folding only ASCII capitals in s.
func qHasFoldPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// qAltCueByFirst indexes the cues by their first word: the words after it.
// qAltFirstLen has, for each first letter of such a word, a bit for each
// length one has, a filter before the map lookup; qAltMaxFirst bounds the
// length of a first word.
var (
	qAltCueByFirst = map[string][][]string{}
	qAltFirstLen   [256]uint32
)

const qAltMaxFirst = 16

func init() {
	for _, cue := range qAltCues {
		ws := strings.Split(cue, " ")
		if len(ws[0]) > qAltMaxFirst {
			panic("extract: alternative cue word too long: " + cue)
		}
		qAltCueByFirst[ws[0]] = append(qAltCueByFirst[ws[0]], ws[1:])
		qAltFirstLen[ws[0][0]] |= 1 << len(ws[0])
	}
}

func qIsASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// qLetterRunEnd returns the end of the run of ASCII letters starting at
// s[i], which is a letter.
func qLetterRunEnd(s string, i int) int {
	j := i + 1
	for j < len(s) && qIsASCIILetter(s[j]) {
		j++
	}
	return j
}

// qRevisionCues mark a figure as a revision of an earlier one rather than
// a competing account.
var qRevisionCues = []string{"later put", "later raised", "later revised", "later said", "raised the", "revised"}

// qIsRevision reports whether the text from the cue on revises a figure.
func qIsRevision(fromCue string) bool {
	for _, c := range qRevisionCues {
		if qHasFoldPrefix(fromCue, c) {
			return true
		}
	}
	return false
}
