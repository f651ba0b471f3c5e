package intern

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/internal/digest"
	"github.com/concordfacts/concord/internal/synth"
)

func fp(v float64) *float64 { return &v }

// rich is a claim with every field set, so that a change to any of them
// can be seen.
func rich() claims.Claim {
	span := func(o int, s string) claims.Span { return claims.Span{Offset: o, Length: len(s), Text: s} }
	date := &claims.TimeSpan{Start: 100, End: 101, Precision: claims.PrecisionDay, Modifier: claims.ModBefore,
		Span: span(3, "by 2 May"), Anchor: claims.AnchorExplicit, Inherited: true, LowConfidence: true,
		InheritedFrom: claims.AnchorHeading, Base: &claims.Span{Offset: 1, Length: 2, Text: "on"}, Period: true}
	return claims.Claim{
		ID: "d/1", Text: "By 2 May, 26 rebels were killed in Azaz, SOHR reportedly said.",
		Provenance: claims.Provenance{Doc: "d.txt", Section: []string{"A", "B"}, Line: 3, Column: 2, Offset: 40, Length: 63,
			Kind: claims.SourceSentence, Citations: []claims.Citation{{Label: "[1]", Offset: 103, Length: 3}}},
		Clause: span(40, "By 2 May, 26 rebels were killed in Azaz"),
		Date:   date,
		Quantities: []claims.Quantity{{Low: fp(26), High: fp(26), LowExclusive: true, HighExclusive: true, Qualifier: claims.QualExact,
			Kind: claims.KindCount, Unit: "u", Subject: "rebels", Category: "killed", Participant: "combatants", Side: "rebels", Span: span(50, "26"), PartOf: -1, AlternativeTo: "x/0", Revision: true}},
		Event: &claims.Event{Type: claims.EventKill, Trigger: span(62, "killed"), Negated: true, Denied: true},
		Frames: []claims.Frame{{Class: claims.EventKill, Trigger: span(62, "killed"), Lemma: "kill", Negated: true, Denied: true,
			Agents: []int{0}, Patients: []int{0}, Places: []int{0}, Counts: []int{0}, Cause: claims.EventBomb,
			Continues: &claims.Span{Offset: 3, Length: 1, Text: "x"}}},
		Reported:    &claims.TimeSpan{Start: 7, End: 8, Precision: claims.PrecisionDay, Span: span(11, "y"), Anchor: claims.AnchorDocument},
		Mentions:    []claims.Mention{{Text: "Azaz", Span: span(72, "Azaz"), Kind: claims.MentionPlace, Role: claims.RolePlace, Entity: "e"}},
		Attribution: []claims.Attribution{{Source: "SOHR", Cue: "said", Span: span(78, "SOHR")}},
		Hedges:      []claims.Hedge{{Cue: "reportedly", Span: span(83, "reportedly")}},
		Aliases: []claims.DeclaredAlias{{Name: span(1, "a"), Alias: span(2, "b"), Relation: claims.AliasAKA,
			Since: &claims.TimeSpan{Start: 5, End: 6, Precision: claims.PrecisionDay, Span: span(9, "x"), Anchor: claims.AnchorExplicit}}},
	}
}

// leaves returns the paths to every settable leaf of v (strings, numbers,
// booleans), through structs, pointers and slice elements.
func leaves(v reflect.Value, path string, out *[]string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			leaves(v.Elem(), path, out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			leaves(v.Field(i), path+"."+v.Type().Field(i).Name, out)
		}
	case reflect.Slice:
		for i := range v.Len() {
			leaves(v.Index(i), fmt.Sprintf("%s[%d]", path, i), out)
		}
	default:
		*out = append(*out, path)
	}
}

// mutate changes the leaf at path in v (found by walking as leaves does).
func mutate(v reflect.Value, path, want string) bool {
	switch v.Kind() {
	case reflect.Pointer:
		return !v.IsNil() && mutate(v.Elem(), path, want)
	case reflect.Struct:
		for i := range v.NumField() {
			if mutate(v.Field(i), path+"."+v.Type().Field(i).Name, want) {
				return true
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			if mutate(v.Index(i), fmt.Sprintf("%s[%d]", path, i), want) {
				return true
			}
		}
	default:
		if path != want {
			return false
		}
		switch v.Kind() {
		case reflect.String:
			v.SetString(v.String() + "!")
		case reflect.Bool:
			v.SetBool(!v.Bool())
		case reflect.Int, reflect.Int32, reflect.Int64:
			v.SetInt(v.Int() + 1)
		case reflect.Float64:
			v.SetFloat(v.Float() + 1)
		default:
			panic("unhandled kind " + v.Kind().String())
		}
		return true
	}
	return false
}

// deepCopy copies a claim through JSON, so that no memory is shared.
func deepCopy(t *testing.T, c claims.Claim) claims.Claim {
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var out claims.Claim
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDigestCoversEveryField changes each leaf field of a claim in turn:
// the digest must change for all but the document name and the ID, so a
// claim is never taken for a copy of one that differs.
func TestDigestCoversEveryField(t *testing.T) {
	base := rich()
	var paths []string
	leaves(reflect.ValueOf(base), "Claim", &paths)
	if len(paths) < 60 {
		t.Fatalf("only %d leaves: the example claim does not set every field", len(paths))
	}
	var w digest.Writer
	want := claimDigest(&base, &w)
	for _, p := range paths {
		c := deepCopy(t, base)
		if !mutate(reflect.ValueOf(&c).Elem(), "Claim", p) {
			t.Fatalf("%s: not found", p)
		}
		same := claimDigest(&c, &w) == want
		ignored := p == "Claim.ID" || p == "Claim.Provenance.Doc"
		if same != ignored {
			t.Errorf("%s changed: digest unchanged = %v, want %v", p, same, ignored)
		}
	}
	// nil and empty slices print differently in JSON.
	c := deepCopy(t, base)
	c.Hedges = []claims.Hedge{}
	d := deepCopy(t, base)
	d.Hedges = nil
	if claimDigest(&c, &w) == claimDigest(&d, &w) {
		t.Error("nil and empty Hedges have one digest")
	}
}

// TestShareKeepsContent extracts the seeds and edited copies of them
// (a count, a date and a name changed in each), shares what repeats, and
// checks that every claim still reads exactly as extracted, and that the
// unedited parts of the copies were shared.
func TestShareKeepsContent(t *testing.T) {
	srcs, err := synth.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := synth.Generate(srcs, synth.Options{Documents: 3 * len(srcs), Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var parts [][]claims.Claim
	for _, d := range docs {
		part, err := ex.Document(context.Background(), extract.Source{Name: d.Name, Text: d.Text})
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, part)
	}
	want, err := json.Marshal(parts)
	if err != nil {
		t.Fatal(err)
	}
	tab := New()
	shared := 0
	for _, part := range parts {
		shared += tab.Share(part)
	}
	got, err := json.Marshal(parts)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Fatalf("sharing changed the claims:\n%s", diff)
	}
	// The copies repeat their source up to the first edit that moves
	// offsets: at least a quarter of their claims must be shared, and no
	// claim of the first len(srcs) documents (the distinct seeds).
	copies := 0
	for _, part := range parts {
		for _, c := range part {
			if !isSeed(c.Provenance.Doc, srcs) {
				copies++
			}
		}
	}
	t.Logf("shared %d of %d claims in copies", shared, copies)
	if shared < copies/4 || shared > copies {
		t.Errorf("shared %d claims of %d in copies", shared, copies)
	}
}

func isSeed(name string, srcs []synth.Source) bool {
	for _, s := range srcs {
		if s.Name == name {
			return true
		}
	}
	return false
}
