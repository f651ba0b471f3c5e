package quantity

import (
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/token"
)

// Others across sentences.
//
// A count written "N others" or "N more" counts more of what a count
// before it counted. Within a clause, [Append] gives it the subject of
// the nearest earlier count that is not a part ("killed seven soldiers
// and wounded 12 others" → "soldiers"). LinkOthers does the same for a
// count left without one, from the earlier clauses of its sentence and
// from the sentence before it in the same paragraph: "Twenty rebels died
// on Monday. Twelve more died on Tuesday." It also gives a part that
// points back with "of them" ("Sixteen people were killed. Six of them
// were rebels.") the category of that count, when its own clause says
// none.

// anchor is what the last count of a document that LinkOthers can point
// back to said: a subject or a category, the sentence it was read in
// (numbered from 0), the line that sentence ends on and its kind.
type anchor struct {
	text        string
	at, endLine int
	kind        claims.SourceKind
}

// set records that the count of claim c in sentence sent said text.
func (a *anchor) set(text string, sent int, c *claims.Claim) {
	a.text, a.at, a.kind = text, sent, c.Provenance.Kind
	a.endLine = c.Provenance.Line + strings.Count(c.Text, "\n")
}

// reaches reports whether a count of claim c in sentence sent may point
// back to the anchor: from the same sentence, or from the one right after
// it in the same paragraph (no blank line between) when the count opens
// its clause (see ownReferent).
func (a *anchor) reaches(sent int, c *claims.Claim, q *claims.Quantity) bool {
	if a.at == sent {
		return true
	}
	p := &c.Provenance
	return a.at == sent-1 && a.kind == p.Kind && p.Kind != claims.SourceInfobox &&
		p.Line >= a.endLine && p.Line-a.endLine <= 1 && !ownReferent(c, q)
}

// LinkOthers gives the counts of "N others" and "N more" that their
// clause left as they were the subject of the last count before them in
// the sentence or in the sentence before, within one paragraph, and
// counts of "N of them" with no category the category of that count. cs
// are the claims of one document in reading order.
func LinkOthers(cs []claims.Claim) {
	subject := anchor{at: -2}
	category := anchor{at: -2}
	sent, offset := -1, -1
	for ci := range cs {
		c := &cs[ci]
		if c.Provenance.Offset != offset {
			sent++
			offset = c.Provenance.Offset
		}
		for qi := range c.Quantities {
			q := &c.Quantities[qi]
			if q.Kind != claims.KindCount {
				continue
			}
			if isOthers(c, q) {
				if subject.reaches(sent, c, q) {
					q.Subject = subject.text
				}
				continue
			}
			if q.Category == "" && q.PartOf < 0 && ofThem(c, q) && category.reaches(sent, c, q) {
				q.Category = category.text
			}
			if q.PartOf >= 0 {
				continue
			}
			if q.Subject != "" {
				s := q.Subject
				if q.Low != nil && q.High != nil && *q.Low == 1 && *q.High == 1 {
					// "One guard was killed. Two others were hurt."
					s = plural(s)
				}
				subject.set(s, sent, c)
			}
			if q.Category != "" {
				category.set(q.Category, sent, c)
			}
		}
	}
}

// ofThem reports a count of claim c written "N of them", "N of these" or
// "N of those".
func ofThem(c *claims.Claim, q *claims.Quantity) bool {
	rel := q.Span.End() - c.Clause.Offset
	if rel < 0 || rel > len(c.Clause.Text) {
		return false
	}
	rest := c.Clause.Text[rel:]
	for _, w := range []string{" of them", " of these", " of those"} {
		if token.HasPrefixFold(rest, w) && (len(rest) == len(w) || !token.IsLetter(rest[len(w)])) {
			return true
		}
	}
	return false
}

// isOthers reports a count of claim c still written "others" or "N more"
// with no subject.
func isOthers(c *claims.Claim, q *claims.Quantity) bool {
	if token.EqualFold(q.Subject, "others") || token.EqualFold(q.Subject, "other") {
		return true
	}
	if q.Subject != "" {
		return false
	}
	rel := q.Span.End() - c.Clause.Offset
	if rel < 0 || rel > len(c.Clause.Text) {
		return false
	}
	rest := c.Clause.Text[rel:]
	if !token.HasPrefixFold(rest, " more") || len(rest) > 5 && token.IsLetter(rest[5]) {
		return false
	}
	return !token.HasPrefixFold(rest, " more than")
}

// ownReferent reports a clause in which the count q of others does not
// open the sentence, after an adverbial: a content word in lower case
// before it ("A child was killed and 14 others were wounded", "Police
// shot a boy, injuring 9 others") may name whom they are other than.
// "Eight others were wounded" and "On Tuesday, 12 more died" have none.
func ownReferent(c *claims.Claim, q *claims.Quantity) bool {
	end := q.Span.Offset - c.Clause.Offset
	if end < 0 || end > len(c.Clause.Text) {
		return true
	}
	text := c.Clause.Text[:end]
	for i := 0; i < len(text); {
		if !token.IsLetter(text[i]) {
			i++
			continue
		}
		j := token.LetterRunEnd(text, i)
		if w := text[i:j]; w[0] >= 'a' && w[0] <= 'z' && !npStop[w] && !leftSkip[w] && !timeNouns[w] {
			return true
		}
		i = j
	}
	return false
}

// irregularPlurals are the plurals of the counted nouns that do not add
// "s" or "es".
var irregularPlurals = map[string]string{
	"man": "men", "woman": "women", "child": "children", "person": "people",
	"militiaman": "militiamen", "gunman": "gunmen", "policeman": "policemen",
	"serviceman": "servicemen", "tribesman": "tribesmen", "fisherman": "fishermen",
	"civilian": "civilians", "staff": "staff", "personnel": "personnel",
}

// plural returns subject with its last word in the plural: the others of
// "one Syrian soldier" are "Syrian soldiers".
func plural(subject string) string {
	i := strings.LastIndexByte(subject, ' ') + 1
	w := subject[i:]
	lw := token.Lower(w)
	if p, ok := irregularPlurals[lw]; ok {
		if w != lw {
			return subject
		}
		return subject[:i] + p
	}
	n := len(w)
	switch {
	case n == 0 || w[n-1] < 'a' || w[n-1] > 'z':
		// A name or an acronym: as written.
		return subject
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		if strings.HasSuffix(w, "ss") || !strings.HasSuffix(w, "s") {
			return subject + "es"
		}
		return subject // already plural
	case strings.HasSuffix(w, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return subject[:len(subject)-1] + "ies"
	}
	return subject + "s"
}
