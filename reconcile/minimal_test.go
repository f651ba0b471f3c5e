package reconcile_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/names"
	"github.com/concordfacts/concord/reconcile"
	"github.com/concordfacts/concord/seeds"
)

// Minimal pairs through the whole chain (extract, then reconcile): two
// one-sentence accounts that differ only in who acted give an actor
// conflict, whatever the phrasing of the actor, and never a
// corroboration; two that differ only in how one entity is named give a
// variant and never a conflict.

// checkTexts extracts one document per text and checks them with the
// curated alias table.
func checkTexts(t *testing.T, texts ...string) *reconcile.Report {
	t.Helper()
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var cs []claims.Claim
	for k, text := range texts {
		name := string(rune('a'+k)) + ".txt"
		got, err := ex.Document(context.Background(), extract.Source{Name: name, Text: []byte("= Account =\n\n" + text + "\n")})
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, got...)
	}
	tab, err := names.LoadAliasTable("seeds/aliases.json", bytes.NewReader(seeds.Aliases))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := reconcile.Check(context.Background(), cs, reconcile.Options{AliasTables: []*names.AliasTable{tab}})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// The actor phrasings of issue #13, item 2; {X} is the actor.
var actorPhrasings = []struct{ name, text string }{
	{"fighters of X", "On 5 May 2016, fighters of {X} captured the village of Tal Sheer after a day of clashes."},
	{"forces loyal to X", "On 5 May 2016, forces loyal to {X} captured the village of Tal Sheer after a day of clashes."},
	{"X's fighters", "On 5 May 2016, {X}'s fighters seized the village of Tal Sheer after a day of clashes."},
	{"militants from X", "On 5 May 2016, militants from {X} stormed the village of Tal Sheer and took it after a day of clashes."},
	{"X fighters", "On 5 May 2016, {X} fighters overran the village of Tal Sheer after a day of clashes."},
	{"passive", "On 5 May 2016, the village of Tal Sheer was captured by {X} after a day of clashes."},
	{"at the hands of", "On 5 May 2016, twelve villagers of Tal Sheer were killed at the hands of {X}."},
	{"claimed responsibility", "On 5 May 2016, {X} claimed responsibility for the car bomb that struck the market of Tal Sheer."},
	{"coordinated agents", "On 5 May 2016, {X} and the Sham Legion captured the village of Tal Sheer after a day of clashes."},
}

func TestMinimalPairsActor(t *testing.T) {
	for _, ph := range actorPhrasings {
		t.Run(ph.name, func(t *testing.T) {
			a := strings.ReplaceAll(ph.text, "{X}", "the Hawks of Islam Brigade")
			b := strings.ReplaceAll(ph.text, "{X}", "the Northern Storm Brigade")
			if ph.name == "coordinated agents" {
				b = strings.ReplaceAll(ph.text, "{X} and the Sham Legion", "the Northern Storm Brigade")
			}
			rep := checkTexts(t, a, b)
			var actor, corroboration int
			for _, f := range rep.Findings {
				switch {
				case f.Kind == claims.Conflict && f.Field == claims.FieldActor:
					actor++
				case f.Kind == claims.Corroboration:
					corroboration++
				}
			}
			if actor != 1 || corroboration != 0 {
				t.Errorf("%d actor conflicts, %d corroborations; want 1 and 0", actor, corroboration)
				for _, f := range rep.Findings {
					t.Log(f.Kind, f.Field, f.Summary)
				}
			}
		})
	}
}

func TestMinimalPairsVariant(t *testing.T) {
	for _, tt := range []struct{ name, a, b string }{
		{"actor", "On 13 January 2014, ISIL fighters took full control of the city of Raqqa.",
			"On 13 January 2014, ISIS fighters took full control of the city of Raqqa."},
		{"actor, English and Arabic names", "On 1 July 2014, the Army of Islam expelled ISIL fighters from the town of Medaa.",
			"On 1 July 2014, Jaysh al-Islam expelled ISIL fighters from the town of Medaa."},
		{"place", "On 13 January 2014, ISIL fighters took full control of the city of Raqqa.",
			"On 13 January 2014, ISIL fighters took full control of the city of Ar-Raqqah."},
		{"person", "On 8 January 2014, Abu Mohammad al-Golani called for an end to the infighting in Aleppo.",
			"On 8 January 2014, Ahmed al-Sharaa called for an end to the infighting in Aleppo."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep := checkTexts(t, tt.a, tt.b)
			var variant, conflict int
			for _, f := range rep.Findings {
				switch f.Kind {
				case claims.Variant:
					variant++
				case claims.Conflict:
					conflict++
				}
			}
			if variant != 1 || conflict != 0 {
				t.Errorf("%d variants, %d conflicts; want 1 and 0", variant, conflict)
				for _, f := range rep.Findings {
					t.Log(f.Kind, f.Field, f.Summary)
				}
			}
		})
	}
}

// A sentence without a date of its own in a dated news report is dated
// "on or before the report's day": that bound overlaps most events of the
// days before, so it is no sign that two accounts tell one event. Against
// the seed articles, a report's undated quote and credit line corroborate
// nothing.
func TestReportBoundIsNoDate(t *testing.T) {
	report := "= Rebels storm base =\n\n" +
		"BEIRUT, 7 January 2014 (Wire) - Rebels stormed a base of the Islamic State in the town of Atareb on Monday, activists said.\n\n" +
		"\"They left the bodies in the courtyard,\" a resident told the agency by telephone.\n\n" +
		"Reporting by Staff; Editing by Desk\n"
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []extract.Source
	for _, name := range seeds.Names() {
		text, err := seeds.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, extract.Source{Name: name, Text: text})
	}
	docs = append(docs, extract.Source{Name: "report.txt", Text: []byte(report)})
	cs, err := ex.Documents(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := reconcile.Check(context.Background(), cs, reconcile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		for _, c := range f.Claims {
			if c.Provenance.Doc == "report.txt" && c.Provenance.Line > 3 {
				t.Errorf("%s: %s", f.Kind, f.Summary)
			}
		}
	}
}

// An account that names the other's actor in another part (a party to
// the fighting, a group backing the attack) reads roles differently; it
// does not name another actor.
func TestMinimalPairsActorNamedBoth(t *testing.T) {
	for _, texts := range [][2]string{
		{"On 5 May 2016, fighting went on in Tal Sheer between the Hawks of Islam Brigade and units of the Northern Storm Brigade.",
			"On 5 May 2016, the Northern Storm Brigade was still fighting in Tal Sheer."},
		{"On 5 May 2016, the Hawks of Islam Brigade, backed by the Northern Storm Brigade, captured the village of Tal Sheer.",
			"On 5 May 2016, the Northern Storm Brigade captured the village of Tal Sheer."},
	} {
		rep := checkTexts(t, texts[0], texts[1])
		for _, f := range rep.Findings {
			if f.Kind == claims.Conflict && f.Field == claims.FieldActor {
				t.Errorf("%q / %q: %s", texts[0], texts[1], f.Summary)
			}
		}
	}
}

// Counts of people of two nations are not one count, though both are
// soldiers of a government.
func TestMinimalPairsNationality(t *testing.T) {
	rep := checkTexts(t,
		"On 18 March 2014, air strikes on army sites near Quneitra killed one Syrian soldier and wounded seven other Syrian soldiers.",
		"On 18 March 2014, air strikes on army sites near Quneitra killed one Syrian soldier after a bomb wounded four Israeli soldiers.")
	for _, f := range rep.Findings {
		if f.Kind == claims.Conflict && f.Field == claims.FieldQuantity {
			t.Errorf("%s", f.Summary)
		}
	}
}

// A base or a crossing may lie in or by the town the other account
// names: no place conflict between a site and a settlement, and a place
// is never shown as the agent in a heading.
func TestMinimalPairsSiteAndTown(t *testing.T) {
	rep := checkTexts(t,
		"On 25 July 2014, clashes at the southern edge of Tal Sheer killed three Kurdish fighters and eleven Syrian soldiers.",
		"On 25 July 2014, eleven Syrian soldiers were killed defending the base of Artillery Regiment 104 in clashes.")
	for _, f := range rep.Findings {
		if f.Kind == claims.Conflict && f.Field == claims.FieldPlace {
			t.Errorf("%s", f.Summary)
		}
		if strings.Contains(f.Event, "by Tal Sheer") {
			t.Errorf("a place as the agent: %s", f.Event)
		}
	}
}
