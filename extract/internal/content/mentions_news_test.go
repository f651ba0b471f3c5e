package content

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNotNamesAlone checks that a capitalised function word, or a gerund
// or participle opening a clause, is no name, wherever the clause starts
// (after a dateline's dash or a colon too), while names in the same
// places stay names.
func TestNotNamesAlone(t *testing.T) {
	tests := []struct {
		in   string
		want []mentionView
	}{
		{"A truck bomb went off outside the hospital in Mosul.", []mentionView{{"Mosul", PL, rL}}},
		{"KABUL, 3 May 2016 - A suicide bomber killed nine policemen in Kunduz.", []mentionView{{"suicide bomber", GN, rA}, {"policemen", GN, rP}, {"Kunduz", PL, rL}}},
		{"On 2 June, An ambush killed four guards near Sirte.", []mentionView{{"Sirte", PL, rL}}},
		{"Having encircled the airport, militiamen shelled Benghazi.", []mentionView{{"militiamen", GN, rA}, {"Benghazi", PL, rL}}},
		{"The commander said: Having lost the bridge, we fell back to Kherson.", []mentionView{{"Kherson", PL, rL}}},
		{"Storming the compound, soldiers freed the hostages in Gao.", []mentionView{{"soldiers", GN, rA}, {"hostages", GN, rP}, {"Gao", PL, rL}}},
		{"Backed by drones, the army retook Kidal.", []mentionView{{"army", GN, rA}, {"Kidal", PL, rL}}},
		// Names that look like participles stay names.
		{"Ahmed said the convoy reached Homs.", []mentionView{{"Ahmed", O, rS}, {"Homs", PL, rL}}},
		{"Beijing condemned the attack in Urumqi.", []mentionView{{"Beijing", PL, rL}, {"Urumqi", PL, rL}}},
	}
	for _, tt := range tests {
		u, _ := testUnit(tt.in)
		var got []mentionView
		for _, m := range findMentions(u, u.Offset, u.Offset+len(tt.in)) {
			got = append(got, mentionView{m.Text, m.Kind, m.Role})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestHyphenModifiers checks that a name joined by a hyphen to a
// lower-case participle ("Al Qaeda-linked", "London-based", "U.S.-backed")
// is a modifier: a group or person keeps its mention, whole, with no
// role; a place gives no mention, since it is no place of the events.
func TestHyphenModifiers(t *testing.T) {
	tests := []struct {
		in   string
		want []mentionView
	}{
		{"Al Shabaab-linked gunmen attacked a hotel in Mogadishu.", []mentionView{{"Al Shabaab", G, r0}, {"gunmen", GN, rA}, {"Mogadishu", PL, rL}}},
		{"Islamic State-affiliated militants seized the town of Sirte.", []mentionView{{"Islamic State", G, r0}, {"militants", GN, rA}, {"Sirte", PL, rL}}},
		{"A London-based monitor said 40 people died in Idlib.", []mentionView{{"people", GN, rP}, {"Idlib", PL, rL}}},
		{"U.S.-backed fighters captured Manbij from the militants.", []mentionView{{"fighters", GN, rA}, {"Manbij", PL, rL}, {"militants", GN, rP}}},
		{"Government troops shelled the ISIL-held town of Tabqa.", []mentionView{{"Government troops", GN, rA}, {"ISIL", G, r0}, {"Tabqa", PL, rL}}},
		{"Kabul-born commander Haqqani was killed in Khost.", []mentionView{{"Haqqani", P, rP}, {"Khost", PL, rL}}},
		// A hyphen before a name, or a capitalised second part, is no modifier.
		{"Rebels attacked the Aleppo-Damascus highway near Saraqib.", []mentionView{{"Rebels", GN, rA}, {"Aleppo-Damascus", PL, rL}, {"Saraqib", PL, rL}}},
	}
	for _, tt := range tests {
		u, _ := testUnit(tt.in)
		var got []mentionView
		for _, m := range findMentions(u, u.Offset, u.Offset+len(tt.in)) {
			got = append(got, mentionView{m.Text, m.Kind, m.Role})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}
