package reconcile_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/names"
	"github.com/concordfacts/concord/reconcile"
)

func check(t *testing.T, cs []claims.Claim, o reconcile.Options) *reconcile.Report {
	t.Helper()
	rep, err := reconcile.Check(context.Background(), cs, o)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// withoutCorroboration drops corroborations, for tests about conflicts.
// byValues sorts briefs for comparison: the report's own order goes by
// fingerprint, which tests need not predict.
var byValues = cmpopts.SortSlices(func(a, b brief) bool { return a.Docs+a.Values < b.Docs+b.Values })

func withoutCorroboration(bs []brief) []brief {
	var out []brief
	for _, b := range bs {
		if b.Kind != claims.Corroboration {
			out = append(out, b)
		}
	}
	return out
}

func TestDateConflicts(t *testing.T) {
	const text = "Government forces withdrew from the border town of Marjan and the nearby airbase toward the river."
	tests := []struct {
		name string
		a, b *cb
		want []brief
	}{{
		name: "by 28 February meets 27 February",
		a:    claim("a", 10, "By 28 February, "+text).date("2014-01-01", "2014-02-28", claims.PrecisionDay, claims.ModBefore, "By 28 February"),
		b:    claim("b", 20, "On 27 February, "+text).on("2014-02-27", "27 February"),
	}, {
		name: "by 28 February does not meet 4 March",
		a:    claim("a", 10, "By 28 February, "+text).date("2014-01-01", "2014-02-28", claims.PrecisionDay, claims.ModBefore, "By 28 February"),
		b:    claim("b", 20, "On 4 March, "+text).on("2014-03-04", "4 March"),
		want: []brief{{claims.Conflict, claims.FieldDate, "a:10 b:20", "by 28 February 2014 | 4 March 2014", ""}},
	}, {
		name: "September 2014 meets 14 September 2014",
		a:    claim("a", 10, "In September 2014, "+text).month(2014, time.September, "September 2014"),
		b:    claim("b", 20, "On 14 September 2014, "+text).on("2014-09-14", "14 September 2014"),
	}, {
		name: "days apart",
		a:    claim("a", 10, "On 5 January, "+text).on("2014-01-05", "5 January"),
		b:    claim("b", 20, "On 8 January, "+text).on("2014-01-08", "8 January"),
		want: []brief{{claims.Conflict, claims.FieldDate, "a:10 b:20", "5 January 2014 | 8 January 2014", ""}},
	}, {
		name: "range meets a day inside",
		a:    claim("a", 10, "Between 18–23 September 2013, "+text).date("2013-09-18", "2013-09-23", claims.PrecisionDays, "", "18–23 September 2013"),
		b:    claim("b", 20, "On 20 September 2013, "+text).on("2013-09-20", "20 September 2013"),
	}, {
		name: "both inherited: no conflict by default",
		a:    claim("a", 10, text).on("2014-01-05", "").inherited(),
		b:    claim("b", 20, text).on("2014-01-08", "").inherited(),
	}, {
		name: "one inherited, one stated",
		a:    claim("a", 10, text).on("2014-01-05", "").inherited(),
		b:    claim("b", 20, "On 8 January, "+text).on("2014-01-08", "8 January"),
		want: []brief{{claims.Conflict, claims.FieldDate, "a:10 b:20", "5 January 2014 (inherited) | 8 January 2014", ""}},
	}, {
		name: "outside the window: not the same event",
		a:    claim("a", 10, "On 5 January, "+text).on("2014-01-05", "5 January"),
		b:    claim("b", 20, "On 5 June, "+text).on("2014-06-05", "5 June"),
	}, {
		name: "one side undated",
		a:    claim("a", 10, "On 5 January, "+text).on("2014-01-05", "5 January"),
		b:    claim("b", 20, text),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := check(t, all(tt.a, tt.b), opts())
			if diff := cmp.Diff(tt.want, withoutCorroboration(briefs(rep.Findings)), byValues); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestQuantityConflicts(t *testing.T) {
	const text = "A car bomb at the market in Tel Hamra killed %s, of which %s were fighters and %s were civilians."
	fill := func(a, b, c string) string { return strings.NewReplacer("%s", "\x00").Replace(text) }
	_ = fill
	sentence := func(total, fighters, civilians string) string {
		s := strings.Replace(text, "%s", total, 1)
		s = strings.Replace(s, "%s", fighters, 1)
		return strings.Replace(s, "%s", civilians, 1)
	}
	killed := func(b *cb, total, fighters, civilians float64, tt, ft, ct string) *cb {
		return b.exact(total, "killed", "people", tt).exact(fighters, "killed", "fighters", ft).partOf(0).
			exact(civilians, "killed", "civilians", ct).partOf(0)
	}
	tests := []struct {
		name string
		a, b *cb
		want []brief
	}{{
		name: "same figures agree",
		a:    killed(claim("a", 1, sentence("26 people", "23", "three")), 26, 23, 3, "26", "23", "three"),
		b:    killed(claim("b", 2, sentence("26 people", "23", "three")), 26, 23, 3, "26", "23", "three"),
	}, {
		name: "total differs",
		a:    killed(claim("a", 1, sentence("26 people", "23", "three")), 26, 23, 3, "26", "23", "three"),
		b:    killed(claim("b", 2, sentence("16 people", "23", "three")), 16, 23, 3, "16", "23", "three"),
		want: []brief{{claims.Conflict, claims.FieldQuantity, "a:1 b:2", "26 | 16", ""}},
	}, {
		name: "a part differs: compared with the part, not the total",
		a:    killed(claim("a", 1, sentence("26 people", "23", "three")), 26, 23, 3, "26", "23", "three"),
		b:    killed(claim("b", 2, sentence("26 people", "21", "five")), 26, 21, 5, "26", "21", "five"),
		want: []brief{
			{claims.Conflict, claims.FieldQuantity, "a:1 b:2", "23 | 21", ""},
			{claims.Conflict, claims.FieldQuantity, "a:1 b:2", "three | five", ""},
		},
	}, {
		name: "up to 50 agrees with 42",
		a:    claim("a", 1, "The militants executed up to 50 prisoners in the district of Qadi Hamid overnight.").qty(nil, f(50), claims.QualUpTo, "executed", "prisoners", "up to 50"),
		b:    claim("b", 2, "The militants executed 42 prisoners in the district of Qadi Hamid overnight.").exact(42, "executed", "prisoners", "42"),
	}, {
		name: "at least 40 does not agree with 21",
		a:    claim("a", 1, "The militants executed at least 40 prisoners in the district of Qadi Hamid overnight.").qty(f(40), nil, claims.QualAtLeast, "executed", "prisoners", "at least 40"),
		b:    claim("b", 2, "The militants executed 21 prisoners in the district of Qadi Hamid overnight.").exact(21, "executed", "prisoners", "21"),
		want: []brief{{claims.Conflict, claims.FieldQuantity, "a:1 b:2", "at least 40 | 21", ""}},
	}, {
		name: "more than 24 excludes 24",
		a:    claim("a", 1, "Clashes across the northern province killed more than 24 rebel fighters on Friday.").qty(f(24), nil, claims.QualMoreThan, "killed", "rebel fighters", "more than 24"),
		b:    claim("b", 2, "Clashes across the northern province killed 24 rebels on Friday.").exact(24, "killed", "rebels", "24"),
		want: []brief{{claims.Conflict, claims.FieldQuantity, "a:1 b:2", "more than 24 | 24", ""}},
	}, {
		name: "different categories are not compared",
		a:    claim("a", 1, "The assault on the hilltop base left 30 soldiers wounded and the road closed.").exact(30, "wounded", "soldiers", "30"),
		b:    claim("b", 2, "The assault on the hilltop base left 12 soldiers killed and the road closed.").exact(12, "killed", "soldiers", "12"),
	}, {
		name: "different subjects are not compared",
		a:    claim("a", 1, "The assault on the hilltop base killed 30 soldiers and destroyed the road.").exact(30, "killed", "soldiers", "30"),
		b:    claim("b", 2, "The assault on the hilltop base killed 12 civilians and destroyed the road.").exact(12, "killed", "civilians", "12"),
	}, {
		name: "a revision by the same source",
		a: claim("a", 1, "The Observatory said the assault on the hilltop base killed 30 soldiers.").on("2015-03-01", "").
			exact(30, "killed", "soldiers", "30").source("The Observatory", "said"),
		b: claim("b", 2, "On 3 March the Observatory said the assault on the hilltop base killed 45 soldiers.").on("2015-03-03", "3 March").
			exact(45, "killed", "soldiers", "45").source("the Observatory", "said"),
		want: []brief{{claims.Conflict, claims.FieldQuantity, "a:1 b:2", "30 | 45",
			"revision: The Observatory reported both figures, the later one is the revision"}},
	}, {
		name: "inherited dates do not make a revision",
		a: claim("a", 1, "According to the Observatory, the assault on the hilltop base killed 30 soldiers.").on("2015-03-01", "").inherited().
			exact(30, "killed", "soldiers", "30").source("the Observatory", "according to"),
		b: claim("b", 2, "The Observatory said the assault on the hilltop base killed 45 soldiers.").on("2015-03-04", "").inherited().
			exact(45, "killed", "soldiers", "45").source("The Observatory", "said"),
		want: []brief{{claims.Conflict, claims.FieldQuantity, "a:1 b:2", "30 | 45", "both sides credit the Observatory"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := check(t, all(tt.a, tt.b), opts())
			if diff := cmp.Diff(tt.want, withoutCorroboration(briefs(rep.Findings)), byValues); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRoleConflictsAndVariants(t *testing.T) {
	const capture = "fighters captured a checkpoint and the train station in %s after heavy clashes with the rebels."
	s := func(actor, place string) string {
		return actor + " " + strings.Replace(capture, "%s", place, 1)
	}
	mk := func(doc string, line int, actor, place string) *cb {
		return claim(doc, line, s(actor, place)).agent(actor).place(place).event(claims.EventCapture, "captured").
			mention("rebels", claims.MentionGeneric, claims.RolePatient)
	}
	tests := []struct {
		name string
		a, b *cb
		want []brief
	}{{
		name: "same names: corroboration only",
		a:    mk("a", 1, "ISIL", "Raqqa"),
		b:    mk("b", 2, "ISIL", "Raqqa"),
		want: []brief{{claims.Corroboration, claims.FieldClaim, "a:1 b:2", "undated | undated", "near-verbatim: the documents may copy one another; each counts as one"}},
	}, {
		name: "place named differently: a variant, never a conflict",
		a:    mk("a", 1, "ISIL", "Raqqa"),
		b:    mk("b", 2, "ISIL", "Ar-Raqqah"),
		want: []brief{
			{claims.Variant, claims.FieldName, "a:1 b:2", "Raqqa | Ar-Raqqah", ""},
			{claims.Corroboration, claims.FieldClaim, "a:1 b:2", "undated | undated", "near-verbatim: the documents may copy one another; each counts as one"},
		},
	}, {
		name: "actor named differently",
		a:    mk("a", 1, "ISIL", "Raqqa"),
		b:    mk("b", 2, "Islamic State", "Raqqa"),
		want: []brief{
			{claims.Variant, claims.FieldName, "a:1 b:2", "ISIL | Islamic State", ""},
			{claims.Corroboration, claims.FieldClaim, "a:1 b:2", "undated | undated", ""},
		},
	}, {
		name: "different place",
		a:    mk("a", 1, "ISIL", "Raqqa"),
		b:    mk("b", 2, "ISIL", "Manbij"),
		want: []brief{{claims.Conflict, claims.FieldPlace, "a:1 b:2", "Raqqa | Manbij", ""}},
	}, {
		name: "different actor",
		a:    mk("a", 1, "ISIL", "Raqqa"),
		b:    mk("b", 2, "Kurdish", "Raqqa"),
		want: []brief{{claims.Conflict, claims.FieldActor, "a:1 b:2", "ISIL | Kurdish", ""}},
	}, {
		name: "different event types: neither a role conflict nor a corroboration",
		a:    mk("a", 1, "ISIL", "Raqqa"),
		b:    mk("b", 2, "ISIL", "Manbij").event(claims.EventWithdraw, "captured"),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := check(t, all(tt.a, tt.b), opts())
			if diff := cmp.Diff(tt.want, briefs(rep.Findings)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestVariantEvidence(t *testing.T) {
	a := claim("a", 7, "The head of the Nusra Front, Ahmed al-Sharaa, called for mediation and an end to the infighting.").
		mention("Ahmed al-Sharaa", claims.MentionPerson, claims.RoleAgent).event(claims.EventAnnounce, "called")
	b := claim("b", 9, "The head of the Nusra Front, Abu Mohammad al-Golani, called for mediation and an end to the infighting.").
		mention("Abu Mohammad al-Golani", claims.MentionPerson, claims.RoleAgent).event(claims.EventAnnounce, "called")
	rep := check(t, all(a, b), opts())
	var got *claims.Finding
	for i := range rep.Findings {
		if rep.Findings[i].Kind == claims.Variant {
			got = &rep.Findings[i]
		}
	}
	if got == nil {
		t.Fatalf("no variant in %v", briefs(rep.Findings))
	}
	want := []string{
		`"Ahmed al-Sharaa" → Ahmed al-Sharaa: alias-table (Ahmed al-Sharaa is listed under ent:Ahmed al-Sharaa) [test table]`,
		`"Abu Mohammad al-Golani" → Ahmed al-Sharaa: alias-table (Abu Mohammad al-Golani is listed under ent:Ahmed al-Sharaa) [test table]`,
	}
	if diff := cmp.Diff(want, got.Evidence); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
	wantSummary := "Named differently: Ahmed al-Sharaa (announcement by Ahmed al-Sharaa) — a says “Ahmed al-Sharaa” (line 7), b says “Abu Mohammad al-Golani” (line 9)"
	if got.Summary != wantSummary {
		t.Errorf("summary\n got %s\nwant %s", got.Summary, wantSummary)
	}
	for k, c := range got.Claims {
		if c.Mentions[0].Entity != "ent:Ahmed al-Sharaa" {
			t.Errorf("claim %d: entity %q not filled in", k, c.Mentions[0].Entity)
		}
	}
	if a.c.Mentions[0].Entity != "" {
		t.Errorf("the caller's claim was changed")
	}
}

func TestSummary(t *testing.T) {
	a := claim("docs/000_6dc8.txt", 102, "By 28 February, government forces withdrew from Marjan toward the river.").
		date("2014-01-01", "2014-02-28", claims.PrecisionDay, claims.ModBefore, "By 28 February").
		place("Marjan").event(claims.EventWithdraw, "withdrew").source("SOHR", "according to")
	b := claim("docs/002_84aa.txt", 80, "On 4 March, government forces withdrew from Marjan toward the river.").
		on("2014-03-04", "4 March").place("Marjan").event(claims.EventWithdraw, "withdrew").hedge("reportedly")
	rep := check(t, all(a, b), opts())
	want := []string{
		"Date differs: withdrawal from Marjan, 28 Feb–4 Mar 2014 — 000 says by 28 February 2014 (line 102; per SOHR), 002 says 4 March 2014 (line 80; reportedly)",
	}
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.Summary)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("summaries (-want +got):\n%s", diff)
	}
	f := rep.Findings[0]
	wantSpans := []claims.Span{a.span("By 28 February"), b.span("4 March")}
	if diff := cmp.Diff(wantSpans, f.ValueSpans); diff != "" {
		t.Errorf("value spans (-want +got):\n%s", diff)
	}
	if f.Event != "withdrawal from Marjan, 28 Feb–4 Mar 2014" || f.Documents != 2 || len(f.Fingerprint) != 16 || f.Score <= 0.5 {
		t.Errorf("event %q documents %d fingerprint %q score %v", f.Event, f.Documents, f.Fingerprint, f.Score)
	}
}

func TestCorroborationCountsDocuments(t *testing.T) {
	const text = "An explosion at the fuel depot in Kafr Saghir killed 12 workers and wounded dozens more."
	mk := func(doc string, line int) *cb {
		return claim(doc, line, text).on("2016-05-02", "").exact(12, "killed", "workers", "12").place("Kafr Saghir")
	}
	other := claim("d", 4, "Talks on a truce for the southern front resumed in the capital after a week.").on("2016-05-02", "")
	rep := check(t, all(mk("a", 3), mk("b", 5), mk("c", 8), other), opts())
	want := []brief{{claims.Corroboration, claims.FieldClaim, "a:3 b:5 c:8", "2 May 2016 | 2 May 2016 | 2 May 2016",
		"near-verbatim: the documents may copy one another; each counts as one"}}
	if diff := cmp.Diff(want, briefs(rep.Findings)); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if rep.Findings[0].Documents != 3 {
		t.Errorf("documents = %d, want 3", rep.Findings[0].Documents)
	}
	if !strings.HasPrefix(rep.Findings[0].Summary, "Agreed by 3 documents: Kafr Saghir, 2 May 2016 — a (line 3), b (line 5), c (line 8)") {
		t.Errorf("summary %q", rep.Findings[0].Summary)
	}
}

func TestLowConfidenceDateAdopted(t *testing.T) {
	const text = "the brigade announced the start of a battle to recapture the northern crossing from the militants."
	a := claim("article", 40, "On 13 February 2014, "+text).on("2014-02-13", "13 February 2014").event(claims.EventAnnounce, "announced")
	b := claim("excerpt", 6, "The next day, "+text).on("2013-10-02", "The next day").lowConfidence().event(claims.EventAnnounce, "announced")
	rep := check(t, all(a, b), opts())
	want := []brief{{claims.Corroboration, claims.FieldClaim, "article:40 excerpt:6", "13 February 2014 | 13 February 2014",
		"the date of excerpt line 6 is low-confidence: taken as 13 February 2014 from article line 40"}}
	if diff := cmp.Diff(want, briefs(rep.Findings)); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if len(rep.DateAdoptions) != 1 {
		t.Fatalf("adoptions = %v", rep.DateAdoptions)
	}
	ad := rep.DateAdoptions[0]
	if ad.Claim != "excerpt#6" || ad.From != "article#40" || ad.Date.Start != day("2014-02-13") || ad.Own.Start != day("2013-10-02") {
		t.Errorf("adoption %+v", ad)
	}
}

func TestWithinDocument(t *testing.T) {
	bodies := claim("a", 64, "It was also reported that the bodies of 70 rebels were delivered to the hospital after they were executed.").
		exact(70, "executed", "rebels", "70")
	another := claim("a", 65, "Another report put the number of executed prisoners at 100.").
		exact(100, "executed", "prisoners", "100").altTo(bodies, 0)
	upTo := claim("a", 51, "The militants executed up to 50 prisoners in the district overnight.").
		qty(nil, f(50), claims.QualUpTo, "executed", "prisoners", "up to 50")
	agree := claim("a", 52, "Another count put the number of executed prisoners at 42.").
		exact(42, "executed", "prisoners", "42").altTo(upTo, 0)
	dangling := claim("a", 53, "A third report put the number at 12.").exact(12, "executed", "", "12")
	dangling.c.Quantities[0].AlternativeTo = "a#999/0"
	box := claim("a", 14, "- Casualties: 2,764+ killed in the Marjan offensive").infobox("Casualties").
		qty(f(2764), nil, claims.QualAtLeast, "killed", "", "2,764+").place("Marjan")
	body := claim("a", 90, "In all, the Marjan offensive killed 1,500 people according to monitors.").
		exact(1500, "killed", "people", "1,500").place("Marjan")
	rep := check(t, all(bodies, another, upTo, agree, dangling, box, body), opts())
	want := []brief{
		{claims.Conflict, claims.FieldQuantity, "a:14 a:90", "2,764+ | 1,500", "infobox figure compared with the body of the same document"},
		{claims.Conflict, claims.FieldQuantity, "a:64 a:65", "70 | 100", "alternative report within one document"},
	}
	if diff := cmp.Diff(want, briefs(rep.Findings), byValues); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

func TestOneToOne(t *testing.T) {
	// b holds two accounts close to a's claim; a's claim is aligned with
	// the closer one only.
	a := claim("a", 1, "Rebels captured the villages of Kafr Tal and Hassan Hill after two days of fighting.").on("2014-01-16", "")
	b1 := claim("b", 1, "Rebels captured the village of Kafr Tal after fighting.").on("2014-01-16", "")
	b2 := claim("b", 2, "Rebels captured the villages of Kafr Tal and Hassan Hill after two days of fighting.").on("2014-01-16", "")
	rep := check(t, all(a, b1, b2), opts())
	want := []brief{{claims.Corroboration, claims.FieldClaim, "a:1 b:2", "16 January 2014 | 16 January 2014",
		"near-verbatim: the documents may copy one another; each counts as one"}}
	if diff := cmp.Diff(want, briefs(rep.Findings)); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if rep.Aligned != 1 {
		t.Errorf("aligned = %d, want 1", rep.Aligned)
	}
}

// corpus is a small mixed set of hand-built claims used by the
// determinism and fingerprint tests.
func corpus() []claims.Claim {
	var out []claims.Claim
	for _, doc := range []string{"x", "y", "z"} {
		n := map[string]float64{"x": 26, "y": 26, "z": 27}[doc]
		place := map[string]string{"x": "Raqqa", "y": "Ar-Raqqah", "z": "Raqqa"}[doc]
		out = append(out, all(
			claim(doc, 3, "A car bomb near the bus station in "+place+" killed 26 people on Tuesday.").on("2014-01-15", "").
				exact(n, "killed", "people", "26").place(place).event(claims.EventBomb, "car bomb"),
			claim(doc, 5, "Rebels captured the villages of Kafr Tal and Hassan Hill after two days of fighting.").on("2014-01-16", ""),
			claim(doc, 9, "The council announced a truce for the southern front, which collapsed within hours.").on("2014-01-20", ""),
		)...)
	}
	return out
}

func TestDeterministic(t *testing.T) {
	base := corpus()
	want, err := json.Marshal(check(t, base, opts()))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		cs := append([]claims.Claim{}, base...)
		rng.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		o := opts()
		o.Jobs = 1 + i%4
		got, err := json.Marshal(check(t, cs, o))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Fatalf("shuffle %d, jobs %d: output differs:\n%s", i, o.Jobs, cmp.Diff(string(want), string(got)))
		}
	}
}

func TestFingerprintStable(t *testing.T) {
	fps := func(cs []claims.Claim) []string {
		var out []string
		for _, f := range check(t, cs, opts()).Findings {
			out = append(out, string(f.Kind)+" "+string(f.Field)+" "+f.Fingerprint)
		}
		return out
	}
	want := fps(corpus())
	if len(want) == 0 {
		t.Fatal("no findings")
	}
	// Move every claim: other lines, offsets, document paths, citation
	// markers.
	moved := corpus()
	for i := range moved {
		c := &moved[i]
		c.Provenance.Line += 17
		c.Provenance.Offset += 1234
		c.Clause.Offset += 1234
		c.Provenance.Doc = "renamed/" + c.Provenance.Doc + ".txt"
		c.ID = "other-" + c.ID
		c.Clause.Text += "[12]"
		c.Text += "[12]"
	}
	if diff := cmp.Diff(want, fps(moved)); diff != "" {
		t.Errorf("fingerprints changed (-want +got):\n%s", diff)
	}
	// A changed figure is a different finding.
	changed := corpus()
	changed[len(changed)-3].Quantities[0].Span.Text = "28"
	if diff := cmp.Diff(want, fps(changed)); diff == "" {
		t.Errorf("fingerprints did not change with the values")
	}
}

func TestMissingFields(t *testing.T) {
	cs := []claims.Claim{
		{},
		{Text: "Only text here about the shelling of the old quarter.", Provenance: claims.Provenance{Doc: "a"}},
		{Text: "Only text here about the shelling of the old quarter.", Provenance: claims.Provenance{Doc: "b"}},
		{Text: "x", Provenance: claims.Provenance{Doc: "c"}, Quantities: []claims.Quantity{{PartOf: 7, AlternativeTo: "/"}, {AlternativeTo: "nope"}}},
		{Text: "y", Provenance: claims.Provenance{Doc: "c"}, Mentions: []claims.Mention{{Text: ""}, {Text: "Somewhere", Kind: claims.MentionPlace}}},
		{Text: "Only text here about the shelling of the old quarter.", Provenance: claims.Provenance{Doc: "d", Kind: claims.SourceInfobox},
			Event: &claims.Event{}, Date: &claims.TimeSpan{Start: 10, End: 5, LowConfidence: true}},
	}
	rep := check(t, cs, reconcile.Options{})
	if rep.Claims != len(cs) {
		t.Errorf("claims = %d", rep.Claims)
	}
	rep = check(t, nil, reconcile.Options{})
	if rep.Findings == nil || len(rep.Findings) != 0 {
		t.Errorf("findings of no claims = %#v, want empty", rep.Findings)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := reconcile.Check(ctx, corpus(), opts()); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestOptionsJSON(t *testing.T) {
	var o reconcile.Options
	err := json.Unmarshal([]byte(`{"date_window_days": 10, "min_score": 0.6, "max_finding_claims": 20, "inherited_date_conflicts": true}`), &o)
	if err != nil {
		t.Fatal(err)
	}
	want := reconcile.Options{DateWindowDays: 10, MinScore: 0.6, MaxFindingClaims: 20, InheritedDateConflicts: true}
	if diff := cmp.Diff(want, o, cmp.Comparer(func(a, b names.NameResolver) bool { return a == b })); diff != "" {
		t.Errorf("options (-want +got):\n%s", diff)
	}
}

// TestOptionsRange checks that an option outside its range is an error
// naming it, never silently replaced, and that the zero value of each
// option is its default.
func TestOptionsRange(t *testing.T) {
	tests := []struct {
		name string
		set  func(o *reconcile.Options)
		want string // the error message; "" for none
	}{
		{"zero values", func(o *reconcile.Options) {}, ""},
		{"in range", func(o *reconcile.Options) {
			o.DateWindowDays, o.MinScore, o.ConflictScore, o.NearVerbatim, o.MaxFindingClaims, o.Jobs = 1, 1, 1, 1, 2, 1
		}, ""},
		{"negative window", func(o *reconcile.Options) { o.DateWindowDays = -1 },
			"reconcile: option out of range: date_window_days is -1, want 1 or more (0: the default)"},
		{"score above 1", func(o *reconcile.Options) { o.MinScore = 1.5 },
			"reconcile: option out of range: min_score is 1.5, want 0 to 1 (0: the default)"},
		{"negative score", func(o *reconcile.Options) { o.ConflictScore = -0.1 },
			"reconcile: option out of range: conflict_score is -0.1, want 0 to 1 (0: the default)"},
		{"NaN", func(o *reconcile.Options) { o.NearVerbatim = math.NaN() },
			"reconcile: option out of range: near_verbatim is NaN, want 0 to 1 (0: the default)"},
		{"one claim per finding", func(o *reconcile.Options) { o.MaxFindingClaims = 1 },
			"reconcile: option out of range: max_finding_claims is 1, want 2 or more (0: the default)"},
		{"negative jobs", func(o *reconcile.Options) { o.Jobs = -2 },
			"reconcile: option out of range: jobs is -2, want 1 or more (0: the default)"},
	}
	for _, tt := range tests {
		o := opts()
		tt.set(&o)
		_, err := reconcile.Check(context.Background(), corpus(), o)
		_, errParts := reconcile.CheckParts(context.Background(), [][]claims.Claim{corpus()}, o)
		if tt.want == "" {
			if err != nil || errParts != nil {
				t.Errorf("%s: Check: %v; CheckParts: %v", tt.name, err, errParts)
			}
			continue
		}
		for _, e := range []error{err, errParts} {
			if !errors.Is(e, reconcile.ErrOption) {
				t.Errorf("%s: error %v does not wrap ErrOption", tt.name, e)
				continue
			}
			if diff := cmp.Diff(tt.want, e.Error()); diff != "" {
				t.Errorf("%s: message (-want +got):\n%s", tt.name, diff)
			}
		}
	}
}

func FuzzCheck(f *testing.F) {
	f.Add("On 5 January rebels took the town.", "On 6 January rebels took the town.", int64(3), int64(4), true)
	f.Add("", "[1][2]", int64(-1), int64(0), false)
	f.Add("Ar-Raqqah’s café — “Médecins”", "raqqas cafe medecins", int64(100), int64(-100), true)
	f.Fuzz(func(t *testing.T, a, b string, qa, qb int64, low bool) {
		mk := func(doc, text string, q int64) claims.Claim {
			v := float64(q)
			c := claims.Claim{ID: doc + "#1", Text: text, Provenance: claims.Provenance{Doc: doc},
				Clause:     claims.Span{Text: text},
				Quantities: []claims.Quantity{{Low: &v, High: &v, PartOf: int(q), AlternativeTo: text}},
				Mentions:   []claims.Mention{{Text: text, Kind: claims.MentionPlace, Role: claims.RolePlace}},
				Date:       &claims.TimeSpan{Start: claims.Day(q), End: claims.Day(q % 50), LowConfidence: low},
			}
			return c
		}
		_, err := reconcile.Check(context.Background(), []claims.Claim{mk("a", a, qa), mk("b", b, qb), mk("a", b, qb)}, reconcile.Options{})
		if err != nil {
			t.Fatal(err)
		}
	})
}

func TestSameDifferenceMerged(t *testing.T) {
	const text = "An explosion at the fuel depot in Kafr Saghir killed %d workers and wounded dozens more."
	mk := func(doc string, n float64) *cb {
		return claim(doc, 3, strings.Replace(text, "%d", fmt.Sprint(n), 1)).on("2016-05-02", "").
			exact(n, "killed", "workers", fmt.Sprint(n))
	}
	rep := check(t, all(mk("a", 12), mk("b", 12), mk("c", 30)), opts())
	want := []brief{
		{claims.Conflict, claims.FieldQuantity, "a:3 c:3 b:3", "12 | 30 | 12", "the same difference is found 2 times, across 3 documents"},
		{claims.Corroboration, claims.FieldClaim, "a:3 b:3", "2 May 2016 | 2 May 2016", "near-verbatim: the documents may copy one another; each counts as one"},
	}
	if diff := cmp.Diff(want, briefs(rep.Findings)); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if rep.Findings[0].Documents != 3 {
		t.Errorf("documents = %d, want 3", rep.Findings[0].Documents)
	}
}

func TestConflictScore(t *testing.T) {
	a := claim("a", 1, "On 5 January, rebels shelled the southern gate of the old citadel.").on("2014-01-05", "5 January")
	b := claim("b", 2, "On 8 January, rebels shelled the southern gate of the old citadel.").on("2014-01-08", "8 January")
	o := opts()
	if got := withoutCorroboration(briefs(check(t, all(a, b), o).Findings)); len(got) != 1 {
		t.Fatalf("default: findings %v, want one conflict", got)
	}
	// Above the pair's score, the difference is not shown, and the pair
	// corroborates what it agrees on rather than vanishing.
	o.ConflictScore = 0.99
	if got := briefs(check(t, all(a, b), o).Findings); len(got) != 1 || got[0].Kind != claims.Corroboration {
		t.Errorf("ConflictScore 0.99: findings %v, want one corroboration", got)
	}
}
