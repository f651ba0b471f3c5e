package content

import (
	"testing"

	"github.com/concordfacts/concord/claims"
)

// FuzzMentions runs the content finders on arbitrary sentences: they must
// not panic, and every span must lie inside the input and equal its text.
func FuzzMentions(f *testing.F) {
	for _, s := range []string{
		"Opposition groups near Aleppo attacked ISIL in two areas, Atarib and Anadan.",
		"Sameer Abid Mohammed al-Halefawi (aka Haji Bakr) was killed by rebels in Tal Rifaat.",
		"Liwa al-Aqsa (Jund al-Aqsa's new brand) clashed with Tahrir al-Sham (HTS).",
		"According to the Syrian Observatory for Human Rights (SOHR), it was rumored that U.N. staff fled.",
		"This group was a relaunched version of al-Nusra Front.",
		"The People's Protection Units (Kurdish: Yekîneyên Parastina Gel) hold the city.[12]",
		"“Division 30” fighters—reportedly—didn't capture Raqqa’s 17th Division base.",
		"(((", "'s", "A.", "al-", "Abu", ",,,", "X (aka", "renamed itself", "\u00a0\u2019s",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, src := testUnit(s)
		check := func(sp claims.Span) {
			if sp.Offset < u.Offset || sp.Length < 0 || sp.Offset+sp.Length > len(src) || src[sp.Offset:sp.Offset+sp.Length] != sp.Text {
				t.Fatalf("bad span %+v for %q", sp, s)
			}
		}
		for _, m := range findMentions(u, u.Offset, u.Offset+len(s)) {
			check(m.Span)
		}
		if e := findEvent(u, u.Offset, u.Offset+len(s)); e != nil {
			check(e.Trigger)
		}
		for _, a := range findAttribution(u) {
			check(a.Span)
		}
		for _, h := range findHedges(u) {
			check(h.Span)
		}
		for _, a := range findAliases(u) {
			check(a.Name)
			check(a.Alias)
		}
		// A clause in the middle of the sentence.
		if len(s) > 4 {
			mid := u.Offset + len(s)/2
			for _, m := range findMentions(u, u.Offset+1, mid) {
				check(m.Span)
				if m.Span.Offset < u.Offset+1 || m.Span.End() > mid {
					t.Fatalf("mention %+v outside clause", m.Span)
				}
			}
			if e := findEvent(u, mid, u.Offset+len(s)); e != nil {
				check(e.Trigger)
			}
		}
	})
}
