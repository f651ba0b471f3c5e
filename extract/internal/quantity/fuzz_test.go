package quantity

import (
	"strings"
	"testing"

	"github.com/concordfacts/concord/extract/internal/article"
)

// FuzzQuantities checks that the quantity finder never panics, that every
// span lies inside the clause and equals its bytes, that bounds are
// ordered and that part_of points at another quantity of the clause.
func FuzzQuantities(f *testing.F) {
	for _, s := range []string{
		"An ISIL car bomb in Jarablus killed 26 people, of which 23 were rebel fighters and three were civilians.",
		"Casualties3: 13–30 civilians killed, 400+ fighters and civilians killed overall",
		"Between 95% and 98% of the province; more than 120 people; up to 50 prisoners; around 3,000 residents.",
		"On 5 July 2013 at 21:00, the 46th base, Division 17, F-16s and a MiG-23 (2014–2017).",
		"a mile and a half, half an hour, two hundred and fifty, tens of thousands of people, several hundred",
		"$4.4 billion, 30 million euros, 12m, 24-hour, under 16 years of age, 1,400–1,440+ fighters",
		"Another report put the number of executed prisoners at 100.",
		"Of the 120 passengers, 15 were injured, taking 40 hostage.",
		"Sixteen guards were killed, six of them conscripts; 17 of the 66 dead were foreign fighters, one of whom was a captain.",
		"took 12 others prisoner, the militia's 300 fighters, 40 dead among the rebels, 30 wounded and 12 more, fighters younger than 16",
		"the Group of Seven, Rebels Kill Twenty Soldiers, two thirds of, many of them women, shot dead 9 and gunned down",
		"- , 5 -", "between and", "from 5 to", "1,2,3,4 5.6.7 8–", "US$ A$ € £5bn", "9 a.m. 10 p. 11 o'clock",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		masked, _ := article.MaskCitations(text, 0)
		u := &article.Unit{Text: text, Masked: masked, Offset: 10}
		if a < 0 {
			a = -a
		}
		if b < 0 {
			b = -b
		}
		start, end := 10+a%(len(text)+1), 10+b%(len(text)+1)
		qs := findQuantities(u, start, end)
		for i, q := range qs {
			s := q.Span
			if s.Offset < start || s.End() > end || s.Length <= 0 {
				t.Fatalf("span %+v outside clause [%d,%d)", s, start, end)
			}
			if text[s.Offset-10:s.End()-10] != s.Text {
				t.Fatalf("span %+v is not its text", s)
			}
			if q.Low != nil && q.High != nil && *q.Low > *q.High {
				t.Fatalf("%q: low %v > high %v", s.Text, *q.Low, *q.High)
			}
			if q.PartOf >= len(qs) || q.PartOf < -1 || q.PartOf == i {
				t.Fatalf("%q: part_of %d of %d", s.Text, q.PartOf, len(qs))
			}
			if strings.TrimSpace(s.Text) != s.Text {
				t.Fatalf("span %q has outer space", s.Text)
			}
		}
	})
}
