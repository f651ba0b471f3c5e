package frame_test

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/frame"
)

// FuzzRead checks that reading any text with any mentions and counts
// never panics, that every index is in range and every span inside the
// clause. Mentions are the capitalised words (kinds chosen by the bytes of
// kinds), counts the runs of digits.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"ISIS fighters took the village of Shuyukh on 11 March.",
		"The Hawks of Islam Brigade lost the border town of Atmeh to ISIS.",
		"Twenty rebel fighters died in the blast. Seventeen of the dead were ISIS fighters.",
		"A counter-attack by the Rahman Legion forced Jaysh al-Islam to retreat, SOHR said.",
		"Eight of the brigade's fighters lost their lives, the commanders Abu Mazin and Fahd al-Kajwan among them.",
		"(ISIL)-held , , and and to to of of by by — ’s '",
		"",
	} {
		f.Add(s, []byte{0, 1, 2, 3, 4, 5})
	}
	kindOf := []claims.MentionKind{claims.MentionGroup, claims.MentionPerson, claims.MentionPlace, claims.MentionGeneric, claims.MentionOther}
	var r frame.Reader
	var ctx frame.Context
	f.Fuzz(func(t *testing.T, text string, kinds []byte) {
		if !utf8.ValidString(text) {
			return
		}
		c := &frame.Clause{Text: text, Offset: 7, Dated: len(kinds)%2 == 0}
		n := 0
		for i := 0; i < len(text); {
			r0, w := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsUpper(r0):
				j := i + w
				for j < len(text) {
					r1, w1 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r1) {
						break
					}
					j += w1
				}
				k := byte(n)
				if n < len(kinds) {
					k = kinds[n]
				}
				c.Mentions = append(c.Mentions, frame.Mention{Start: i, End: j, Kind: kindOf[int(k)%len(kindOf)], Source: k%7 == 6})
				n++
				i = j
			case r0 >= '0' && r0 <= '9':
				j := i + 1
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					j++
				}
				c.Counts = append(c.Counts, frame.Count{Start: i, End: j, IsCount: true, Category: "killed", PartOf: len(c.Counts) - 1})
				i = j
			default:
				i += w
			}
		}
		res := r.Read(c, &ctx, len(kinds)%3)
		ctx = res.Next
		if len(res.Roles) != len(c.Mentions) || len(res.Counts) != len(c.Counts) {
			t.Fatalf("%d roles for %d mentions, %d count infos for %d counts", len(res.Roles), len(c.Mentions), len(res.Counts), len(c.Counts))
		}
		inside := func(s claims.Span) {
			if s.Offset < c.Offset || s.End() > c.Offset+len(text) || text[s.Offset-c.Offset:s.End()-c.Offset] != s.Text {
				t.Fatalf("span %+v outside or unlike the clause %q", s, text)
			}
		}
		for _, fr := range res.Frames {
			inside(fr.Trigger)
			for _, ix := range [][]int{fr.Agents, fr.Patients, fr.Places} {
				for _, i := range ix {
					if i < 0 || i >= len(c.Mentions) {
						t.Fatalf("mention index %d of %d", i, len(c.Mentions))
					}
				}
			}
			for _, i := range fr.Counts {
				if i < 0 || i >= len(c.Counts) {
					t.Fatalf("count index %d of %d", i, len(c.Counts))
				}
			}
		}
	})
}
