package frame_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/frame"
)

// view is a frame with its participants as text.
type view struct {
	Class    claims.EventType
	Trigger  string
	Agents   []string
	Patients []string
	Places   []string
	Counts   []string
	Cause    claims.EventType
	Negated  bool
	Denied   bool
}

func views(c *frame.Clause, fs []claims.Frame) []view {
	names := func(ix []int) []string {
		var out []string
		for _, i := range ix {
			m := c.Mentions[i]
			out = append(out, c.Text[m.Start:m.End])
		}
		return out
	}
	var out []view
	for _, f := range fs {
		var counts []string
		for _, i := range f.Counts {
			q := c.Counts[i]
			counts = append(counts, c.Text[q.Start:q.End])
		}
		out = append(out, view{f.Class, f.Trigger.Text, names(f.Agents), names(f.Patients), names(f.Places), counts, f.Cause, f.Negated, f.Denied})
	}
	return out
}

// TestRead checks the frames of marked-up clauses (see clause for the
// markup), one pattern each.
func TestRead(t *testing.T) {
	C, W, K, A, B := claims.EventCapture, claims.EventWithdraw, claims.EventKill, claims.EventAttack, claims.EventBomb
	tests := []struct {
		in   string
		want []view
	}{
		{"[ISIS:g] fighters took the village of [Shuyukh:l] on 11 March.",
			[]view{{Class: C, Trigger: "took", Agents: []string{"ISIS"}, Places: []string{"Shuyukh"}}}},
		{"[ISIS:g] took complete control of [Raqqa:l].",
			[]view{{Class: C, Trigger: "took complete control", Agents: []string{"ISIS"}, Places: []string{"Raqqa"}}}},
		{"The [Hawks of Islam Brigade:g] lost the border town of [Atmeh:l] to [ISIS:g].",
			[]view{{Class: C, Trigger: "lost", Agents: []string{"ISIS"}, Patients: []string{"Hawks of Islam Brigade"}, Places: []string{"Atmeh"}}}},
		{"[ISIS:g] fighters drove the [Northern Storm Brigade:g] out of [A'zaz:o].",
			[]view{{Class: C, Trigger: "drove", Agents: []string{"ISIS"}, Patients: []string{"Northern Storm Brigade"}, Places: []string{"A'zaz"}}}},
		{"By Monday, [ISIL:g] held [al-Bab:o].",
			[]view{{Class: C, Trigger: "held", Agents: []string{"ISIL"}, Places: []string{"al-Bab"}}}},
		{"[ISIS:g] also gave up [Mayadin:o].",
			[]view{{Class: W, Trigger: "gave up", Agents: []string{"ISIS"}, Places: []string{"Mayadin"}}}},
		{"[ISIS:g] fell back towards the town of [Markada:l].",
			[]view{{Class: W, Trigger: "fell back", Agents: []string{"ISIS"}, Places: []string{"Markada"}}}},
		{"[ISIS:g] fighters left [Kafr Joum:l], a village in [Idlib:l].",
			[]view{{Class: W, Trigger: "left", Agents: []string{"ISIS"}, Places: []string{"Kafr Joum", "Idlib"}}}},
		{"[Al-Nusra:g] fighters had fled the oil field, leaving it to the [Islamic State:g].",
			[]view{{Class: W, Trigger: "fled", Agents: []string{"Al-Nusra"}}, {Class: W, Trigger: "leaving", Agents: []string{"Al-Nusra"}}}},
		{"[Fighters:n] of the [Syria Revolutionaries Front:g] captured the checkpoint.",
			[]view{{Class: C, Trigger: "captured", Agents: []string{"Syria Revolutionaries Front"}}}},
		{"[Tahrir al-Sham:g] gunmen fired on the crowd.",
			[]view{{Class: A, Trigger: "fired on", Agents: []string{"Tahrir al-Sham"}}}},
		{"[Abu Dajana:p] was killed by [ISIS:g] militants, according to [SOHR:g!].",
			[]view{{Class: K, Trigger: "killed", Agents: []string{"ISIS"}, Patients: []string{"Abu Dajana"}}}},
		{"[Alaa Ajabu:p], the [Kurdish Front:g]'s top commander, was killed in action.",
			[]view{{Class: K, Trigger: "killed", Patients: []string{"Alaa Ajabu"}, Cause: claims.EventClash}}},
		{"[HTS:g] fighters, backed by the [Rahman Legion:g], overran the towns of [Jisrin:l] and [Hazzeh:l].",
			[]view{{Class: C, Trigger: "overran", Agents: []string{"HTS"}, Places: []string{"Jisrin", "Hazzeh"}}}},
		{"Army mortar rounds hit [al-Mushayrifah:l].",
			[]view{{Class: B, Trigger: "hit", Places: []string{"al-Mushayrifah"}}}},
		{"[Army:n] mortar rounds hit [al-Mushayrifah:l].",
			[]view{{Class: B, Trigger: "hit", Agents: []string{"Army"}, Places: []string{"al-Mushayrifah"}}}},
		{"A suicide car bomb struck a [rebel:n] checkpoint outside [Darkush:l].",
			[]view{{Class: B, Trigger: "struck", Patients: []string{"rebel"}, Places: []string{"Darkush"}}}},
		{"{Twenty:killed} [rebel fighters:n] died in the blast.",
			[]view{{Class: K, Trigger: "died", Patients: []string{"rebel fighters"}, Counts: []string{"Twenty"}, Cause: B}}},
		{"[ISIS:g] claimed responsibility for the bombing.",
			[]view{{Class: B, Trigger: "bombing", Agents: []string{"ISIS"}}}},
		{"[ISIS:g!] denied that it had executed [prisoners:n].",
			[]view{{Class: claims.EventExecute, Trigger: "executed", Agents: []string{"ISIS"}, Patients: []string{"prisoners"}, Denied: true}}},
		{"[Rebels:n] did not capture the airport.",
			[]view{{Class: C, Trigger: "capture", Agents: []string{"Rebels"}, Negated: true}}},
		{"The [YPG:g] killed {seven:killed} [pro-government fighters:n] and took {12} others prisoner.",
			[]view{{Class: K, Trigger: "killed", Agents: []string{"YPG"}, Patients: []string{"pro-government fighters"}, Counts: []string{"seven"}},
				{Class: claims.EventAbduct, Trigger: "took", Agents: []string{"YPG"}, Counts: []string{"12"}}}},
	}
	for _, tt := range tests {
		c := clause(tt.in)
		var r frame.Reader
		res := r.Read(c, nil, 0)
		if diff := cmp.Diff(tt.want, views(c, res.Frames), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestNoFrame checks words that name no event here.
func TestNoFrame(t *testing.T) {
	for _, in := range []string{
		"The rebels took part in the talks.",
		"[ISIS:g] held talks with the rebels.",
		"The spokesman said on Sunday that nothing had changed.",
		"He was fired from his job.",
		"{Forty} captured fighters were held in the school.",
		"The town's fighters stayed at home.",
		"",
	} {
		c := clause(in)
		var r frame.Reader
		res := r.Read(c, nil, 0)
		for _, f := range res.Frames {
			if f.Class == claims.EventCapture || f.Class == claims.EventAttack || f.Class == claims.EventKill {
				t.Errorf("%q: unexpected %s frame %q", in, f.Class, f.Trigger.Text)
			}
		}
	}
}

// TestRoles checks the role of every mention: its role in the first frame
// that gives one, RoleSource for a source, RolePlace for a place no frame
// claims.
func TestRoles(t *testing.T) {
	c := clause("In [Aleppo:l], [ISIS:g] fighters stormed a [rebel:n] base near [Atarib:l], [SOHR:g!] said.")
	var r frame.Reader
	res := r.Read(c, nil, 0)
	want := []claims.Role{claims.RolePlace, claims.RoleAgent, claims.RolePatient, claims.RolePlace, claims.RoleSource}
	if diff := cmp.Diff(want, res.Roles); diff != "" {
		t.Errorf("roles (-want +got):\n%s", diff)
	}
}

// TestContext checks what a clause hands to the next: the continued
// clause and class, the groups for "the brigade's fighters", the side for
// "N others" and the speaker's side for "his own men".
func TestContext(t *testing.T) {
	var r frame.Reader
	first := clause("A car bomb struck the headquarters of the [Ahfad al-Rasul Brigades:g] in [Raqqa:l].")
	first.Offset = 100
	first.Dated = true
	res := r.Read(first, nil, 7)
	ctx := res.Next
	if ctx.Class != claims.EventBomb || ctx.Clause.Offset != 100 || ctx.Block != 7 {
		t.Fatalf("context after the first clause: %+v", ctx)
	}
	second := clause("{Eight:killed} of the brigade's [fighters:n] lost their lives.")
	second.Offset = 200
	res = r.Read(second, &ctx, 7)
	if len(res.Frames) != 1 || res.Frames[0].Continues == nil || res.Frames[0].Continues.Offset != 100 {
		t.Fatalf("frames of the second clause: %+v", res.Frames)
	}
	if got := res.Counts[0]; got.Participant != "combatants" || got.Side != "Ahfad al-Rasul Brigades" {
		t.Errorf("count: %+v", got)
	}
	// Another block: no continuation.
	res = r.Read(second, &ctx, 8)
	if res.Frames[0].Continues != nil {
		t.Errorf("a clause of another block continues the previous one")
	}
}

// TestCounts checks participant classes and sides.
func TestCounts(t *testing.T) {
	tests := []struct {
		in   string
		want []frame.CountInfo
	}{
		{"A [rebel:n] officer said that {70:killed} [ISIS:g] fighters and {20:killed} of his own men had been killed.",
			[]frame.CountInfo{{Participant: "combatants", Side: "ISIS"}, {Participant: "combatants", Side: "rebels"}}},
		{"{Sixteen:killed} [people:n] were killed, {six:killed} of them [rebels:n].",
			[]frame.CountInfo{{Participant: "people"}, {Participant: "combatants", Side: "rebels"}}},
		{"{Seventeen:killed} of the dead were [ISIS:g] fighters.",
			[]frame.CountInfo{{Participant: "combatants", Side: "ISIS"}}},
		{"{Eleven:killed} soldiers died defending the base.",
			[]frame.CountInfo{{Participant: "combatants", Side: "government"}}},
		{"{14:executed} captured [rebels:n] were executed.",
			[]frame.CountInfo{{Participant: "prisoners", Side: "rebels"}}},
		{"{30:executed} [captives:n], including [civilians:n], were executed.",
			[]frame.CountInfo{{Participant: "prisoners"}}},
		{"A convoy of about {30} vehicles entered the town.",
			[]frame.CountInfo{{Participant: "vehicles"}}},
		{"{15:killed} [opposition fighters:n] were left dead.",
			[]frame.CountInfo{{Participant: "combatants", Side: "rebels"}}},
	}
	for _, tt := range tests {
		c := clause(tt.in)
		var r frame.Reader
		res := r.Read(c, nil, 0)
		if diff := cmp.Diff(tt.want, res.Counts); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestReadMatchesReader checks that the allocating Read gives what a
// Reader gives, and that a Reader's result does not depend on the clause
// it read before.
func TestReadMatchesReader(t *testing.T) {
	a := clause("[ISIS:g] fighters took the village of [Shuyukh:l] and killed {22:killed} [people:n].")
	b := clause("The [Hawks of Islam Brigade:g] lost the border town of [Atmeh:l] to [ISIS:g].")
	want := frame.Read(a, nil, 0)
	var r frame.Reader
	r.Read(b, nil, 0)
	got := r.Read(a, nil, 0)
	if diff := cmp.Diff(want.Frames, got.Frames); diff != "" {
		t.Errorf("frames differ (-Read +Reader):\n%s", diff)
	}
	if diff := cmp.Diff(want.Roles, got.Roles); diff != "" {
		t.Errorf("roles differ (-Read +Reader):\n%s", diff)
	}
}
