package content

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

type mentionView struct {
	Text string
	Kind claims.MentionKind
	Role claims.Role
}

const (
	P  = claims.MentionPerson
	G  = claims.MentionGroup
	PL = claims.MentionPlace
	GN = claims.MentionGeneric
	O  = claims.MentionOther

	rA = claims.RoleAgent
	rP = claims.RolePatient
	rL = claims.RolePlace
	rS = claims.RoleSource
	r0 = claims.RoleNone
)

func TestFindMentions(t *testing.T) {
	tests := []struct {
		in   string
		want []mentionView
	}{
		// The examples. A place taken or lost is a place of the
		// event; the side that lost it is the patient.
		{"Opposition groups near Aleppo attacked ISIL in two areas, Atarib and Anadan, which were both strongholds of the fundamentalist Sunni organization.",
			[]mentionView{{"Opposition groups", GN, rA}, {"Aleppo", PL, rL}, {"ISIL", G, rP}, {"Atarib", PL, rL}, {"Anadan", PL, rL}}},
		{"On 5 July 2013, units of the FSA's 33rd Infantry Division were deployed to the town of al-Dana in Idlib Governorate after ISIL fighters opened fire on civilian anti-ISIL protesters.",
			[]mentionView{{"FSA", G, r0}, {"33rd Infantry Division", G, r0}, {"al-Dana", PL, rL}, {"Idlib Governorate", PL, rL}, {"ISIL", G, rA}, {"civilian anti-ISIL protesters", GN, rP}}},
		{"On 27 January, it was reported that ISIL senior Commander Sameer Abid Mohammed al-Halefawi (aka Haji Bakr) was killed by rebels in Tal Rifaat, near Azaz.",
			[]mentionView{{"ISIL", G, r0}, {"Sameer Abid Mohammed al-Halefawi", P, rP}, {"Haji Bakr", P, r0}, {"rebels", GN, rA}, {"Tal Rifaat", PL, rL}, {"Azaz", PL, rL}}},
		{"It was rumored that Liwa al-Aqsa pledged allegiance to the Islamic State of Iraq and the Levant.",
			[]mentionView{{"Liwa al-Aqsa", G, rA}, {"Islamic State of Iraq and the Levant", G, r0}}},
		{"The head of the al-Nusra Front, Ahmed al-Sharaa, confirmed that fighting had taken place between his organization and ISIL.",
			[]mentionView{{"al-Nusra Front", G, r0}, {"Ahmed al-Sharaa", P, rS}, {"ISIL", G, rA}}},
		{"That same month, ISIL captured the nearby Bab al-Salameh border crossing with Turkey.",
			[]mentionView{{"ISIL", G, rA}, {"Bab al-Salameh", PL, rL}, {"Turkey", PL, rL}}},
		{"The next day, the ISIL emir Abu Mouhammad Al-Massri was assassinated in the Raqqa's Tal-Dikan area, near the village of Sarreen.",
			[]mentionView{{"ISIL", G, r0}, {"Abu Mouhammad Al-Massri", P, rP}, {"Raqqa", PL, rL}, {"Tal-Dikan", PL, rL}, {"Sarreen", PL, rL}}},
		{"Observatory director Rami Abdel Rahman told AFP that 26 people were killed in the car bomb in Jarablus.",
			[]mentionView{{"Observatory", G, rS}, {"Rami Abdel Rahman", P, rS}, {"AFP", G, r0}, {"people", GN, rP}, {"Jarablus", PL, rL}}},
		// Other conflicts and topics.
		{"Taliban fighters captured the district of Musa Qala in Helmand Province on Tuesday, according to local officials.",
			[]mentionView{{"Taliban", G, rA}, {"Musa Qala", PL, rL}, {"Helmand Province", PL, rL}}},
		{"The town of Bakhmut was captured by Wagner Group mercenaries after months of fighting.",
			[]mentionView{{"Bakhmut", PL, rL}, {"Wagner Group", G, rA}}},
		{"On 3 March, government troops recaptured the village of Kfar Nabouda north of Hama.",
			[]mentionView{{"government troops", GN, rA}, {"Kfar Nabouda", PL, rL}, {"Hama", PL, rL}}},
		{"Al-Shabaab militants stormed a hotel in Mogadishu, killing at least 20 people.",
			[]mentionView{{"Al-Shabaab", G, rA}, {"Mogadishu", PL, rL}, {"people", GN, rP}}},
		{"The Kurdistan Workers' Party (PKK) announced a unilateral ceasefire.",
			[]mentionView{{"Kurdistan Workers' Party", G, rA}, {"PKK", G, r0}}},
		{"General Khalifa Haftar ordered his forces to advance on Tripoli.",
			[]mentionView{{"Khalifa Haftar", P, r0}, {"forces", GN, r0}, {"Tripoli", PL, rL}}},
		{"Hay'at Tahrir al-Sham, the successor of Jabhat Fatah al-Sham, took control of Idlib city in January 2019.",
			[]mentionView{{"Hay'at Tahrir al-Sham", G, rA}, {"Jabhat Fatah al-Sham", G, r0}, {"Idlib", PL, rL}}},
		{"Colonel Riad al-Asaad defected from the Syrian Arab Army in July 2011.",
			[]mentionView{{"Riad al-Asaad", P, rA}, {"Syrian Arab Army", G, r0}}},
		{"Sheikh Hassan Nasrallah, the leader of Hezbollah, vowed to retaliate.",
			[]mentionView{{"Hassan Nasrallah", P, r0}, {"Hezbollah", G, r0}}},
		{"The Democratic Union Party (PYD) and its armed wing, the People's Protection Units (YPG), control much of northeastern Syria.",
			[]mentionView{{"Democratic Union Party", G, r0}, {"PYD", G, r0}, {"People's Protection Units", G, r0}, {"YPG", G, r0}, {"Syria", PL, rL}}},
		{"Dr. Ayman al-Zawahiri succeeded Osama bin Laden as the leader of al-Qaeda.",
			[]mentionView{{"Ayman al-Zawahiri", P, r0}, {"Osama bin Laden", P, r0}, {"al-Qaeda", G, r0}}},
		{"Raqqa's hospital was shelled by government aircraft.",
			[]mentionView{{"Raqqa", PL, rP}, {"government aircraft", GN, rA}}},
		{"The village was overrun by rebels, who then withdrew toward Tell Abyad.",
			[]mentionView{{"rebels", GN, rA}, {"Tell Abyad", PL, rL}}},
		{"Kurdish fighters were executed by ISIL in Kobani.",
			[]mentionView{{"Kurdish fighters", GN, rP}, {"ISIL", G, rA}, {"Kobani", PL, rL}}},
		{"The U.N. envoy met representatives of the Syrian Observatory for Human Rights in London.",
			[]mentionView{{"U.N.", G, r0}, {"Syrian Observatory for Human Rights", G, r0}, {"London", PL, rL}}},
		{"Meanwhile, the Army of Conquest seized Jisr al-Shughur after a two-day assault.",
			[]mentionView{{"Army of Conquest", G, rA}, {"Jisr al-Shughur", PL, rL}}},
		{"Civilians fled the fighting in Deir ez-Zor province.",
			[]mentionView{{"Civilians", GN, rA}, {"Deir ez-Zor", PL, rL}}},
		{"The Islamic State (IS) lost Mosul in July 2017.",
			[]mentionView{{"Islamic State", G, rP}, {"IS", G, r0}, {"Mosul", PL, rL}}},
		// Citation markers are not names and do not shift spans.
		{"[12] In March, rebels[3] entered Homs.[4]",
			[]mentionView{{"rebels", GN, r0}, {"Homs", PL, rL}}},
		// Nothing to find.
		{"The weather was mild and the markets were open.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		u, src := testUnit(tt.in)
		ms := findMentions(u, u.Offset, u.Offset+len(u.Text))
		var got []mentionView
		for _, m := range ms {
			checkSpan(t, src, m.Span)
			if m.Text != m.Span.Text {
				t.Errorf("%q: Text %q != span text %q", tt.in, m.Text, m.Span.Text)
			}
			got = append(got, mentionView{m.Text, m.Kind, m.Role})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("findMentions(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestFindMentionsClause checks that only the clause's mentions are given,
// with absolute offsets.
func TestFindMentionsClause(t *testing.T) {
	s := "The conflict was renewed over Azaz in early October 2013, and in late November ISIL captured the border town of Atme from the Hawks of Islam Brigade."
	u, src := testUnit(s)
	cut := len("The conflict was renewed over Azaz in early October 2013,")
	first := findMentions(u, u.Offset, u.Offset+cut)
	second := findMentions(u, u.Offset+cut, u.Offset+len(s))
	var got [][]mentionView
	for _, ms := range [][]claims.Mention{first, second} {
		var v []mentionView
		for _, m := range ms {
			checkSpan(t, src, m.Span)
			v = append(v, mentionView{m.Text, m.Kind, m.Role})
		}
		got = append(got, v)
	}
	want := [][]mentionView{
		{{"Azaz", PL, rL}},
		{{"ISIL", G, rA}, {"Atme", PL, rL}, {"Hawks of Islam Brigade", G, rP}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("clause mentions mismatch (-want +got):\n%s", diff)
	}
}

// TestSentenceInitial checks that common words opening a sentence are not
// names, while names opening a sentence are.
func TestSentenceInitial(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Meanwhile, Suleiman was tortured.", []string{"Suleiman"}},
		{"On Monday, Hama fell.", []string{"Hama"}},
		{"The Islamic Front rejected the offer.", []string{"Islamic Front"}},
		{"Army of Mujahideen fighters entered the town.", []string{"Army of Mujahideen"}},
		{"Clashes broke out in Azaz.", []string{"Azaz"}},
		{"However, Syrian troops held the line.", []string{"Syrian troops"}},
		{"ISIL-linked gunmen attacked a checkpoint.", []string{"ISIL", "gunmen"}},
	}
	for _, tt := range tests {
		u, _ := testUnit(tt.in)
		var got []string
		for _, m := range findMentions(u, u.Offset, u.Offset+len(tt.in)) {
			got = append(got, m.Text)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}
