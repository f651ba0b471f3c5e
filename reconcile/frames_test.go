package reconcile_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

// Tests of frame alignment: accounts in other words that tell one event
// are aligned by their frames (class, participants, place, date), and the
// difference that remains is reported.

// kinds lists each finding as "kind/field".
func kinds(fs []claims.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Kind)+"/"+string(f.Field))
	}
	return out
}

func TestParaphraseAligned(t *testing.T) {
	tests := []struct {
		name string
		a, b *cb
		want []string
	}{{
		name: "same capture, other verbs: corroboration",
		a: claim("a", 1, "ISIL overran the border town of Tal Abyad on 11 January.").on("2014-01-11", "11 January").
			frame(claims.EventCapture, "overran").by("ISIL").at("Tal Abyad"),
		b: claim("b", 1, "Tal Abyad fell to the Islamic State that Saturday.").on("2014-01-11", "that Saturday").
			frame(claims.EventCapture, "fell to").by("Islamic State").at("Tal Abyad"),
		want: []string{"variant/name", "corroboration/claim"},
	}, {
		name: "same capture, dates a day apart: date conflict",
		a: claim("a", 1, "ISIL overran the border town of Tal Abyad on 10 January.").on("2014-01-10", "10 January").
			frame(claims.EventCapture, "overran").by("ISIL").at("Tal Abyad"),
		b: claim("b", 1, "Tal Abyad fell to ISIL forces on 11 January after heavy fighting.").on("2014-01-11", "11 January").
			frame(claims.EventCapture, "fell to").by("ISIL").at("Tal Abyad"),
		want: []string{"conflict/date"},
	}, {
		name: "same capture, other perpetrator: actor conflict, never a corroboration",
		a: claim("a", 1, "Fighters of the Northern Storm Brigade captured the al-Thalja checkpoint on 17 March.").on("2014-03-17", "17 March").
			frame(claims.EventCapture, "captured").by("Northern Storm Brigade").at("al-Thalja"),
		b: claim("b", 1, "On 17 March the Hawks of Islam took the al-Thalja barrier.").on("2014-03-17", "17 March").
			frame(claims.EventCapture, "took").by("Hawks of Islam").at("al-Thalja"),
		want: []string{"conflict/actor"},
	}, {
		name: "a capture told as the loser's withdrawal: corroboration",
		a: claim("a", 1, "On 5 January ISIL retreated from Atme.").on("2014-01-05", "5 January").
			frame(claims.EventWithdraw, "retreated").by("ISIL").at("Atme"),
		b: claim("b", 1, "Rebels took Atme from ISIL on 5 January.").on("2014-01-05", "5 January").
			frame(claims.EventCapture, "took").by("Rebels").to("ISIL").at("Atme"),
		want: []string{"corroboration/claim"},
	}, {
		name: "the same group taking and leaving a town: not one event",
		a: claim("a", 1, "On 30 May ISIL took the Ashari farms.").on("2014-05-30", "30 May").
			frame(claims.EventCapture, "took").by("ISIL").at("Ashari"),
		b: claim("b", 1, "On 31 May ISIL was forced to retreat from the Ashari farms.").on("2014-05-31", "31 May").
			frame(claims.EventWithdraw, "retreat").by("ISIL").at("Ashari"),
		want: nil,
	}, {
		name: "one attack in two towns: place conflict",
		a: claim("a", 1, "An emir of the group was killed in Saqba on 28 April.").on("2017-04-28", "28 April").
			frame(claims.EventKill, "killed").to("emir").at("Saqba"),
		b: claim("b", 1, "On 28 April an emir of the group was killed in Arbin.").on("2017-04-28", "28 April").
			frame(claims.EventKill, "killed").to("emir").at("Arbin"),
		want: []string{"conflict/place"},
	}, {
		name: "a province and its governorate are one place",
		a: claim("a", 1, "East of Rastan in Homs province, an ISIL attack on 7 January left 15 rebels dead.").on("2014-01-07", "7 January").
			frame(claims.EventAttack, "attack").by("ISIL").at("Homs province"),
		b: claim("b", 1, "On 7 January, in the Homs Governorate, ISIL attacked a rebel headquarters.").on("2014-01-07", "7 January").
			frame(claims.EventAttack, "attacked").by("ISIL").at("Homs Governorate"),
		want: []string{"corroboration/claim"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := check(t, all(tt.a, tt.b), opts())
			got := kinds(rep.Findings)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
				for _, f := range rep.Findings {
					t.Log(f.Summary)
				}
			}
		})
	}
}

// The toll told in its own sentence is compared with the toll of the
// account that packs event and toll into one sentence.
func TestEventGroupToll(t *testing.T) {
	a1 := claim("a", 1, "Late on 8 January ISIL struck back with car bombs at rebel checkpoints in al-Bab.").on("2014-01-08", "8 January").
		frame(claims.EventBomb, "car bombs").by("ISIL").at("al-Bab")
	a2 := claim("a", 2, "Eleven people died in the blast.").on("2014-01-08", "8 January").inherited().
		frame(claims.EventKill, "died").count(11, "killed", "people", "", "Eleven").continues(a1)
	b := claim("b", 1, "On 8 January a car bomb attack by ISIL on a checkpoint in al-Bab killed nine people.").on("2014-01-08", "8 January").
		frame(claims.EventBomb, "car bomb attack").by("ISIL").at("al-Bab").count(9, "killed", "people", "", "nine")
	rep := check(t, all(a1, a2, b), opts())
	var got []brief
	for _, x := range withoutCorroboration(briefs(rep.Findings)) {
		got = append(got, x)
	}
	want := []brief{{claims.Conflict, claims.FieldQuantity, "a:2 b:1", "Eleven | nine", ""}}
	if diff := cmp.Diff(want, got, byValues); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// A relative date that moved only because its base moved is folded into
// the base's conflict.
func TestDerivedDateFolded(t *testing.T) {
	a1 := claim("a", 1, "On 13 February the brigades declared the Battle of Dignity against ISIL in Azaz.").on("2014-02-13", "13 February").
		frame(claims.EventAttack, "Battle").to("ISIL").at("Azaz")
	a2 := claim("a", 2, "Four days later their commander Alaa Ajabu was killed in the fighting near Azaz.").on("2014-02-17", "Four days later").
		frame(claims.EventKill, "killed").to("Alaa Ajabu").at("Azaz")
	a2.c.Date.Anchor = claims.AnchorRelative
	base := a1.span("13 February")
	a2.c.Date.Base = &base
	b1 := claim("b", 1, "The brigades opened the Battle of Dignity on 15 February against ISIL in Azaz.").on("2014-02-15", "15 February").
		frame(claims.EventAttack, "Battle").to("ISIL").at("Azaz")
	b2 := claim("b", 2, "Alaa Ajabu, their commander, was killed near Azaz on 19 February.").on("2014-02-19", "19 February").
		frame(claims.EventKill, "killed").to("Alaa Ajabu").at("Azaz")
	rep := check(t, all(a1, a2, b1, b2), opts())
	var dates []claims.Finding
	for _, f := range rep.Findings {
		if f.Kind == claims.Conflict && f.Field == claims.FieldDate {
			dates = append(dates, f)
		}
	}
	if len(dates) != 1 {
		t.Fatalf("want one date conflict, got %d: %v", len(dates), kinds(rep.Findings))
	}
	if f := dates[0]; f.Claims[0].Provenance.Line != 1 || !strings.Contains(f.Note, "follows from the date at a line 1") {
		t.Errorf("root conflict %s, note %q", f.Summary, f.Note)
	}
}

// The root may be a difference found several times: a copy of one side
// joins the root conflict, and the relative date is still folded into it.
func TestDerivedDateFoldedIntoRepeatedRoot(t *testing.T) {
	a1 := claim("a", 1, "On 13 February the brigades declared the Battle of Dignity against ISIL in Azaz.").on("2014-02-13", "13 February").
		frame(claims.EventAttack, "Battle").to("ISIL").at("Azaz")
	a2 := claim("a", 2, "Four days later their commander Alaa Ajabu was killed in the fighting near Azaz.").on("2014-02-17", "Four days later").
		frame(claims.EventKill, "killed").to("Alaa Ajabu").at("Azaz")
	a2.c.Date.Anchor = claims.AnchorRelative
	base := a1.span("13 February")
	a2.c.Date.Base = &base
	b1 := claim("b", 1, "The brigades opened the Battle of Dignity on 15 February against ISIL in Azaz.").on("2014-02-15", "15 February").
		frame(claims.EventAttack, "Battle").to("ISIL").at("Azaz")
	b2 := claim("b", 2, "Alaa Ajabu, their commander, was killed near Azaz on 19 February.").on("2014-02-19", "19 February").
		frame(claims.EventKill, "killed").to("Alaa Ajabu").at("Azaz")
	c1 := claim("c", 1, "The brigades opened the Battle of Dignity on 15 February against ISIL in Azaz.").on("2014-02-15", "15 February").
		frame(claims.EventAttack, "Battle").to("ISIL").at("Azaz")
	rep := check(t, all(a1, a2, b1, b2, c1), opts())
	for _, f := range rep.Findings {
		if f.Kind == claims.Conflict && f.Field == claims.FieldDate && len(f.Claims) == 2 &&
			f.Claims[0].Provenance.Line == 2 && f.Claims[1].Provenance.Line == 2 {
			t.Errorf("derived conflict reported on its own: %s", f.Summary)
		}
	}
}

// Periods asserted from start to end conflict on a bound that differs,
// even though the intervals overlap.
func TestPeriodBounds(t *testing.T) {
	a := claim("a", 1, "Date: 28 April – 31 May 2017").date("2017-04-28", "2017-05-31", claims.PrecisionDay, "", "28 April – 31 May 2017").infobox("Date")
	b := claim("b", 1, "Date: 28 April – 30 May 2017").date("2017-04-28", "2017-05-30", claims.PrecisionDay, "", "28 April – 30 May 2017").infobox("Date")
	a.c.Date.Period, b.c.Date.Period = true, true
	rep := check(t, all(a, b), opts())
	var got []string
	for _, f := range rep.Findings {
		if f.Kind == claims.Conflict {
			got = append(got, f.Summary)
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "End date differs") {
		t.Errorf("got %q", got)
	}
	// Uncertain ranges that overlap do not conflict.
	a.c.Date.Period, b.c.Date.Period = false, false
	rep = check(t, all(a, b), opts())
	for _, f := range rep.Findings {
		if f.Kind == claims.Conflict {
			t.Errorf("uncertain ranges conflict: %s", f.Summary)
		}
	}
}

func TestExplain(t *testing.T) {
	a := claim("a", 1, "ISIL overran the border town of Tal Abyad on 11 January.").on("2014-01-11", "11 January").
		frame(claims.EventCapture, "overran").by("ISIL").at("Tal Abyad")
	b := claim("b", 1, "Tal Abyad fell to the Islamic State that Saturday.").on("2014-01-11", "that Saturday").
		frame(claims.EventCapture, "fell to").by("Islamic State").at("Tal Abyad")
	c := claim("c", 1, "The Raqqa rebels signed a truce in Cairo on 2 March.").on("2014-03-02", "2 March").
		frame(claims.EventAgreement, "truce").by("Raqqa rebels").at("Cairo")
	cs := all(a, b, c)
	ex, err := reconcile.Explain(context.Background(), cs, opts(), "a#1", "b#1")
	if err != nil {
		t.Fatal(err)
	}
	if !ex.Aligned || !ex.Candidate || ex.Score < 0.5 || !strings.HasPrefix(ex.Reason, "aligned") {
		t.Errorf("explanation %+v", ex)
	}
	levels := map[string]string{}
	for _, f := range ex.Features {
		levels[f.Feature] = f.Level
	}
	if levels["class"] != "same" || levels["agent"] != "shared (rare)" || levels["place"] != "shared (rare)" || levels["date"] != "same day" {
		t.Errorf("features %v", levels)
	}
	ex, err = reconcile.Explain(context.Background(), cs, opts(), "a#1", "c#1")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Aligned || !strings.HasPrefix(ex.Reason, "not aligned") {
		t.Errorf("a and c: %+v", ex)
	}
	if _, err := reconcile.Explain(context.Background(), cs, opts(), "a#1", "nope"); !errors.Is(err, reconcile.ErrUnknownClaim) {
		t.Errorf("unknown claim: %v", err)
	}
	// The report lists alignments with their features when asked.
	o := opts()
	o.Explain = true
	rep := check(t, cs, o)
	if len(rep.Alignments) == 0 || rep.Alignments[0].A != "a#1" || len(rep.Alignments[0].Features) == 0 {
		t.Errorf("alignments %+v", rep.Alignments)
	}
}
