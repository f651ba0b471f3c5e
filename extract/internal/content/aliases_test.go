package content

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
)

type aliasView struct {
	Name, Alias string
	Rel         claims.AliasRelation
}

func TestFindAliases(t *testing.T) {
	tests := []struct {
		in   string
		want []aliasView
	}{
		// The examples.
		{"It was reported that ISIL senior Commander Sameer Abid Mohammed al-Halefawi (aka Haji Bakr) was killed by rebels.",
			[]aliasView{{"Sameer Abid Mohammed al-Halefawi", "Haji Bakr", claims.AliasAKA}}},
		{"ISIL assassinated the governor of Raqqa, Mohammed Saeed al-Abdullah (also known as \"Abu Sa'ad al-Hadrami\"), in September.",
			[]aliasView{{"Mohammed Saeed al-Abdullah", "Abu Sa'ad al-Hadrami", claims.AliasAKA}}},
		{"Jaysh al-Islam fighters assaulted Tahrir al-Sham (HTS) and Rahman Legion forces.",
			[]aliasView{{"Tahrir al-Sham", "HTS", claims.AliasAbbreviation}}},
		{"The Army of Revolutionaries (Jaysh al-Thuwar) was formed in May 2015.",
			[]aliasView{{"Army of Revolutionaries", "Jaysh al-Thuwar", claims.AliasTranslation}}},
		{"Clashes erupted between the Tahrir al-Sham and Liwa al-Aqsa (Jund al-Aqsa's new brand) in northern Hama.",
			[]aliasView{{"Liwa al-Aqsa", "Jund al-Aqsa", claims.AliasRenamed}}},
		{"This group was a relaunched version of al-Nusra Front, only changing their name in July 2016.",
			[]aliasView{{"This group", "al-Nusra Front", claims.AliasRenamed}}},
		// Other groups and people.
		{"Fighting erupted between the opposition and the Islamic State of Iraq and the Levant (ISIL).",
			[]aliasView{{"Islamic State of Iraq and the Levant", "ISIL", claims.AliasAbbreviation}}},
		{"The Syrian Democratic Forces (SDF), which brought together Kurdish groups, was founded in 2015.",
			[]aliasView{{"Syrian Democratic Forces", "SDF", claims.AliasAbbreviation}}},
		{"Boko Haram, formerly known as Jama'atu Ahlis Sunna, abducted 276 schoolgirls.",
			[]aliasView{{"Boko Haram", "Jama'atu Ahlis Sunna", claims.AliasRenamed}}},
		{"Hay'at Tahrir al-Sham, the successor of Jabhat Fatah al-Sham, took control of Idlib.",
			[]aliasView{{"Hay'at Tahrir al-Sham", "Jabhat Fatah al-Sham", claims.AliasRenamed}}},
		{"Jabhat al-Nusra renamed itself Jabhat Fatah al-Sham in July 2016.",
			[]aliasView{{"Jabhat Fatah al-Sham", "Jabhat al-Nusra", claims.AliasRenamed}}},
		{"Ahrar al-Sham changed its name to Harakat Ahrar al-Sham al-Islamiyya.",
			[]aliasView{{"Harakat Ahrar al-Sham al-Islamiyya", "Ahrar al-Sham", claims.AliasRenamed}}},
		{"The Islamic Army (formerly Liwa al-Islam) held Douma.",
			[]aliasView{{"Islamic Army", "Liwa al-Islam", claims.AliasRenamed}}},
		{"Jaysh al-Islam (Army of Islam) controlled Douma.",
			[]aliasView{{"Jaysh al-Islam", "Army of Islam", claims.AliasTranslation}}},
		{"The People's Protection Units (Kurdish: Yekîneyên Parastina Gel) hold the city.",
			[]aliasView{{"People's Protection Units", "Yekîneyên Parastina Gel", claims.AliasTranslation}}},
		{"Muhammad Ali (born Cassius Clay) won the title.",
			[]aliasView{{"Muhammad Ali", "Cassius Clay", claims.AliasAKA}}},
		// Not aliases: affiliations, places, plain brackets.
		{"ISIL captured the Northern Storm Brigade (FSA)-held border town of Azaz.", nil},
		{"The Northern Storm Brigade (FSA) held Azaz.", nil},
		{"Fighting spread to Azaz (Aleppo) and Jarablus.", nil},
		{"The Green Battalion (a group of Saudi fighters) fought in Qalamoun.", nil},
	}
	for _, tt := range tests {
		u, src := testUnit(tt.in)
		var got []aliasView
		for _, a := range findAliases(u) {
			checkSpan(t, src, a.Name)
			checkSpan(t, src, a.Alias)
			got = append(got, aliasView{a.Name.Text, a.Alias.Text, a.Relation})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("findAliases(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestLinkDeclaredAliases checks that an anaphor is replaced with the last
// group of an earlier sentence, and dropped when there is none.
func TestLinkDeclaredAliases(t *testing.T) {
	doc := "As a result of the clashes, the group pledged allegiance to Jabhat Fatah al-Sham. This group was a relaunched version of al-Nusra Front."
	first := "As a result of the clashes, the group pledged allegiance to Jabhat Fatah al-Sham."
	u1 := &article.Unit{Text: first, Masked: first, Offset: 0}
	second := doc[len(first)+1:]
	u2 := &article.Unit{Text: second, Masked: second, Offset: len(first) + 1}
	cs := []claims.Claim{
		{Provenance: claims.Provenance{Doc: "d", Offset: u1.Offset}, Mentions: findMentions(u1, 0, len(first)), Aliases: findAliases(u1)},
		{Provenance: claims.Provenance{Doc: "d", Offset: u2.Offset}, Mentions: findMentions(u2, u2.Offset, len(doc)), Aliases: findAliases(u2)},
	}
	lone := []claims.Claim{cs[1]}
	lone[0].Provenance.Doc = "other"
	LinkDeclaredAliases(cs)
	LinkDeclaredAliases(lone)
	var got []aliasView
	for _, a := range cs[1].Aliases {
		checkSpan(t, doc, a.Name)
		checkSpan(t, doc, a.Alias)
		got = append(got, aliasView{a.Name.Text, a.Alias.Text, a.Relation})
	}
	want := []aliasView{{"Jabhat Fatah al-Sham", "al-Nusra Front", claims.AliasRenamed}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("linked aliases (-want +got):\n%s", diff)
	}
	if len(lone[0].Aliases) != 0 {
		t.Errorf("anaphor without antecedent kept: %+v", lone[0].Aliases)
	}
}
