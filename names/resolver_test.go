package names_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/names"
	"github.com/concordfacts/concord/seeds"
)

func seedTable(t testing.TB) *names.AliasTable {
	t.Helper()
	tab, err := names.LoadAliasTable("seeds/aliases.json", bytes.NewReader(seeds.Aliases))
	if err != nil {
		t.Fatalf("curated table: %v", err)
	}
	return tab
}

func month(y int, m time.Month) *claims.TimeSpan {
	a, b := claims.MonthSpan(y, m)
	return &claims.TimeSpan{Start: a, End: b, Precision: claims.PrecisionMonth}
}

// TestResolveTogether checks that every spelling group resolves to one
// entity: by spelling alone (no table), and with the curated table where
// only data can tell.
func TestResolveTogether(t *testing.T) {
	tests := []struct {
		kind     claims.MentionKind
		names    []string
		needData bool // only the table can tell
	}{
		{claims.MentionPlace, []string{"Raqqa", "Ar-Raqqah", "Raqqah", "al-Raqqa"}, false},
		{claims.MentionPlace, []string{"Saraqeb", "Saraqib", "Saraqab"}, false},
		{claims.MentionPlace, []string{"Kantari", "Qantari"}, false},
		{claims.MentionPlace, []string{"Jarabulus", "Jarablus"}, false},
		{claims.MentionGroup, []string{"Ahrar al-Sham", "Ahrar ash-Sham"}, false},
		{claims.MentionPlace, []string{"Idlib", "Idleb"}, false},
		{claims.MentionGroup, []string{"Failaq al Rahman", "Faylaq al-Rahman"}, false},
		{claims.MentionPlace, []string{"Tell Abyad", "Tal Abyad"}, false},
		{claims.MentionPlace, []string{"Hasakah", "Al-Hasakah", "Hasakeh"}, false},
		{claims.MentionPlace, []string{"Mayadin", "al-Mayadin", "Mayadeen"}, false},
		{claims.MentionPlace, []string{"Kobanî", "Kobani"}, false},
		{claims.MentionPerson, []string{"Ayman al-Zawahiri", "Ayman al-Zawahri"}, false},
		{claims.MentionGroup, []string{"Faylaq al-Rahman", "Rahman Legion", "al-Rahman Legion", "Failaq al Rahman"}, true},
		{claims.MentionGroup, []string{"ISIL", "ISIS", "IS", "Islamic State", "Daesh", "Islamic State of Iraq and the Levant"}, true},
		{claims.MentionPerson, []string{"Abu Mohammad al-Golani", "Abu Muhammad al-Julani", "Ahmed al-Sharaa", "Ahmed Hussein al-Shara"}, true},
		{claims.MentionGroup, []string{"al-Nusra Front", "Jabhat al-Nusra", "JAN", "Jabhat Fatah al-Sham", "JFS", "Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"}, true},
		{claims.MentionGroup, []string{"Jund al-Aqsa", "Liwa al-Aqsa"}, true},
		{claims.MentionGroup, []string{"SOHR", "Syrian Observatory for Human Rights", "the Observatory"}, true},
		{claims.MentionGroup, []string{"FSA", "Free Syrian Army"}, true},
		{claims.MentionGroup, []string{"YPG", "People's Protection Units"}, true},
		{claims.MentionGroup, []string{"SDF", "Syrian Democratic Forces"}, true},
		{claims.MentionGroup, []string{"Jaysh al-Islam", "Army of Islam"}, true},
		{claims.MentionGroup, []string{"Jaysh al-Thuwar", "Army of Revolutionaries"}, true},
		{claims.MentionPlace, []string{"Deir ez-Zor", "Deir al-Zor", "Deir Izzor", "Deir-az-Zor", "Der-Ezzor"}, true},
		{claims.MentionPlace, []string{"Azaz", "A'zaz"}, false},
		{claims.MentionPlace, []string{"Marea", "Mare'"}, true},
		{claims.MentionPlace, []string{"Kafr Takharim", "Kafartkharim"}, true},
		{claims.MentionPlace, []string{"Hreitan", "Hrietan", "Haritan"}, true},
		{claims.MentionPlace, []string{"Kobanî", "Kobane", "Ayn al-Arab"}, true},
	}
	// The resolver sees the names in the claims (one document each), as
	// in a check; fuzzy matches join names seen.
	var cs []claims.Claim
	for i, tt := range tests {
		for j, n := range tt.names {
			cs = append(cs, claims.Claim{ID: fmt.Sprintf("d%d.txt#%d", j, i), Mentions: []claims.Mention{{Text: n, Kind: tt.kind}}})
		}
	}
	bare := names.NewResolver(nil, cs)
	curated := names.NewResolver([]*names.AliasTable{seedTable(t)}, nil)
	for _, tt := range tests {
		rs := []*names.Resolver{curated}
		if !tt.needData {
			rs = append(rs, bare)
		}
		for ri, r := range rs {
			first := r.Resolve(tt.names[0], tt.kind, nil)
			for _, n := range tt.names[1:] {
				got := r.Resolve(n, tt.kind, nil)
				if !names.Same(first, got) {
					t.Errorf("resolver %d: %q → %q and %q → %q; want the same entity\nevidence: %+v", ri, tt.names[0], first.Entity, n, got.Entity, got.Evidence)
				}
			}
		}
	}
}

// TestResolveApart checks near-miss pairs, which must stay different
// entities with or without the curated table and whatever claims were
// seen.
func TestResolveApart(t *testing.T) {
	pairs := []struct {
		kind claims.MentionKind
		a, b string
	}{
		{claims.MentionPlace, "Homs", "Hama"},
		{claims.MentionPlace, "Idlib", "Aleppo"},
		{claims.MentionGroup, "Jaysh al-Islam", "Jaysh al-Sham"},
		{claims.MentionGroup, "Ahrar al-Sham", "Ahrar al-Sharqiya"},
		{claims.MentionGroup, "Division 13", "Division 30"},
		{claims.MentionGroup, "Division 1", "Division 13"},
		{claims.MentionGroup, "Jabhat al-Nusra", "Jabhat al-Akrad"},
		{claims.MentionPlace, "Tell Abyad", "Tell Rifaat"},
		{claims.MentionPlace, "Deir ez-Zor", "Deir Hafer"},
		{claims.MentionPlace, "al-Bab", "Bab al-Hawa"},
		{claims.MentionPlace, "Kafr Nabl", "Kafr Zita"},
		{claims.MentionPerson, "Abu Bakr al-Baghdadi", "Abu Bakr al-Iraqi"},
		{claims.MentionPerson, "Abu Omar al-Shishani", "Abu Ammar al-Shishani"},
		{claims.MentionGroup, "Jund al-Aqsa", "Jund al-Sham"},
		{claims.MentionGroup, "Liwa al-Aqsa", "Liwa al-Haqq"},
		{claims.MentionGroup, "Jaysh al-Fatah", "Jabhat Fatah al-Sham"},
		{claims.MentionPlace, "Daraa", "Darayya"},
		{claims.MentionPlace, "Ariha", "Ariya"},
		{claims.MentionPerson, "Abdulrahman", "Abdulrahim"},
		{claims.MentionGroup, "ISIL", "ISI"},
		{claims.MentionPlace, "Hasakah", "Hama"},
	}
	var cs []claims.Claim
	for i, p := range pairs {
		cs = append(cs, claims.Claim{ID: fmt.Sprintf("d#%d", i), Mentions: []claims.Mention{
			{Text: p.a, Kind: p.kind}, {Text: p.b, Kind: p.kind},
		}})
	}
	for ri, r := range []*names.Resolver{
		names.NewResolver(nil, nil),
		names.NewResolver(nil, cs),
		names.NewResolver([]*names.AliasTable{seedTable(t)}, cs),
	} {
		for _, p := range pairs {
			a, b := r.Resolve(p.a, p.kind, nil), r.Resolve(p.b, p.kind, nil)
			if names.Same(a, b) {
				t.Errorf("resolver %d: %q and %q both → %q; want apart\nevidence: %+v / %+v", ri, p.a, p.b, a.Entity, a.Evidence, b.Evidence)
			}
		}
	}
}

func TestNameAtDate(t *testing.T) {
	r := names.NewResolver([]*names.AliasTable{seedTable(t)}, nil)
	tests := []struct {
		name string
		at   *claims.TimeSpan
		want string
	}{
		{"al-Nusra Front", month(2014, time.January), "al-Nusra Front"},
		{"al-Nusra Front", month(2016, time.September), "Jabhat Fatah al-Sham"},
		{"al-Nusra Front", month(2017, time.March), "Hay'at Tahrir al-Sham"},
		{"HTS", month(2014, time.March), "al-Nusra Front"},
		{"Nusra", nil, ""},
		{"Jund al-Aqsa", month(2017, time.February), "Liwa al-Aqsa"},
		{"ISIS", month(2014, time.January), "Islamic State of Iraq and the Levant"},
		{"ISIL", month(2015, time.May), "Islamic State"},
		{"Raqqa", month(2014, time.January), ""},
	}
	for _, tt := range tests {
		got := r.Resolve(tt.name, claims.MentionGroup, tt.at)
		if tt.name == "Raqqa" {
			got = r.Resolve(tt.name, claims.MentionPlace, tt.at)
		}
		if diff := cmp.Diff(tt.want, got.NameAtDate); diff != "" {
			t.Errorf("Resolve(%q, %v).NameAtDate mismatch (-want +got):\n%s", tt.name, tt.at, diff)
		}
	}
	a := r.Resolve("al-Nusra Front", claims.MentionGroup, month(2017, time.March))
	b := r.Resolve("Hay'at Tahrir al-Sham", claims.MentionGroup, month(2017, time.March))
	if !names.Same(a, b) || a.Entity != "jabhat-al-nusra" || a.Canonical != "al-Nusra Front" {
		t.Errorf("renamed group: got %+v and %+v", a, b)
	}
}

func TestResolveEvidence(t *testing.T) {
	r := names.NewResolver([]*names.AliasTable{seedTable(t)}, nil)
	got := r.Resolve("Ar-Raqqah", claims.MentionPlace, nil)
	want := names.Resolution{
		Name: "Ar-Raqqah", Entity: "raqqa", Canonical: "Raqqa",
		Evidence: []names.Evidence{
			{Kind: names.EvidenceAliasTable, Score: 1, Detail: `"Ar-Raqqah" is a name of "Raqqa" in the alias table; source: Wikipedia: Raqqa`, Source: "seeds/aliases.json:" + lineOf(t, `"Ar-Raqqah"`) + " (raqqa)"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Resolve(Ar-Raqqah) mismatch (-want +got):\n%s", diff)
	}
	got = r.Resolve("Al-Raqqah", claims.MentionPlace, nil)
	if len(got.Evidence) != 2 || got.Evidence[1].Kind != names.EvidenceSameKey ||
		got.Evidence[1].Detail != `"Al-Raqqah" ~ "Raqqa": same transliteration key "raka"` {
		t.Errorf("Resolve(Al-Raqqah) evidence = %+v", got.Evidence)
	}

	// Fuzzy match to a table name: Saraqub is not a listed spelling.
	got = r.Resolve("Saraqub", claims.MentionPlace, nil)
	if got.Entity != "saraqib" || got.Evidence[0].Kind != names.EvidenceFuzzy || got.Evidence[0].Score >= 1 || got.Evidence[0].Score < 0.8 {
		t.Errorf("Resolve(Saraqub) = %+v", got)
	}

	// Unknown names: same key → same entity with same-key evidence.
	bare := names.NewResolver(nil, nil)
	a, b := bare.Resolve("Kafr Nubuda", claims.MentionPlace, nil), bare.Resolve("Kafr Noubouda", claims.MentionPlace, nil)
	if !names.Same(a, b) || a.Entity != "name:kafr nubuda" || b.Evidence[0].Kind != names.EvidenceSameKey {
		t.Errorf("unknown names: %+v / %+v", a, b)
	}
}

// lineOf returns the line of the first occurrence of s in the seed table.
func lineOf(t *testing.T, s string) string {
	i := bytes.Index(seeds.Aliases, []byte(s))
	if i < 0 {
		t.Fatalf("%s not in table", s)
	}
	return fmt.Sprint(1 + bytes.Count(seeds.Aliases[:i], []byte("\n")))
}

func TestResolveKinds(t *testing.T) {
	r := names.NewResolver([]*names.AliasTable{seedTable(t)}, []claims.Claim{{
		Mentions: []claims.Mention{{Text: "rebels", Kind: claims.MentionGeneric}, {Text: "Rebels", Kind: claims.MentionGroup}},
	}})
	g1 := r.Resolve("rebels", claims.MentionGeneric, nil)
	g2 := r.Resolve("the rebels", claims.MentionGeneric, nil)
	n := r.Resolve("Rebels", claims.MentionGroup, nil)
	if !names.Same(g1, g2) || names.Same(g1, n) {
		t.Errorf("generic: %q %q %q", g1.Entity, g2.Entity, n.Entity)
	}
	// A person query does not take a place entity of the table.
	if p := r.Resolve("Raqqa", claims.MentionPerson, nil); p.Entity == "raqqa" {
		t.Errorf("person Raqqa resolved to the place: %+v", p)
	}
	// Other and unknown kinds take any table entity.
	if p := r.Resolve("Raqqa", claims.MentionOther, nil); p.Entity != "raqqa" {
		t.Errorf("other Raqqa: %+v", p)
	}
	if p := r.Resolve("", claims.MentionPlace, nil); p.Entity != "" {
		t.Errorf("empty name: %+v", p)
	}
}

func declaredClaims() []claims.Claim {
	text := "Mohammed Saeed al-Abdullah (also known as Abu Sa'ad al-Hadrami) was killed."
	span := func(s string) claims.Span {
		i := strings.Index(text, s)
		return claims.Span{Offset: i, Length: len(s), Text: s}
	}
	since, _ := claims.ParseDay("2016-07-28")
	return []claims.Claim{
		{
			ID: "a.txt#1", Text: text,
			Provenance: claims.Provenance{Doc: "a.txt", Line: 12},
			Mentions:   []claims.Mention{{Text: "Mohammed Saeed al-Abdullah", Kind: claims.MentionPerson}},
			Aliases:    []claims.DeclaredAlias{{Name: span("Mohammed Saeed al-Abdullah"), Alias: span("Abu Sa'ad al-Hadrami"), Relation: claims.AliasAKA}},
		},
		{
			ID: "b.txt#4", Provenance: claims.Provenance{Doc: "b.txt", Line: 3},
			Mentions: []claims.Mention{{Text: "Jaysh al-Ababil", Kind: claims.MentionGroup}},
			Aliases: []claims.DeclaredAlias{{
				Name: claims.Span{Text: "Liwa al-Ababil"}, Alias: claims.Span{Text: "Jaysh al-Ababil"},
				Relation: claims.AliasRenamed, Since: &claims.TimeSpan{Start: since, End: since},
			}},
		},
	}
}

func TestDeclaredAliases(t *testing.T) {
	cs := declaredClaims()
	r := names.NewResolver(nil, cs)
	a := r.Resolve("Abu Sa’ad al-Hadrami", claims.MentionPerson, nil)
	b := r.Resolve("Mohammed Saeed al-Abdullah", claims.MentionPerson, nil)
	if !names.Same(a, b) {
		t.Fatalf("declared aka: %q vs %q", a.Entity, b.Entity)
	}
	found := false
	for _, e := range a.Evidence {
		if e.Kind == names.EvidenceDeclared && e.Source == "a.txt:12 (a.txt#1)" {
			found = true
		}
	}
	if !found {
		t.Errorf("no declared evidence with provenance: %+v", a.Evidence)
	}
	if a.Canonical != "Mohammed Saeed al-Abdullah" {
		t.Errorf("canonical = %q", a.Canonical)
	}
	// Scoped to the claims given: another resolver does not know it.
	if names.Same(names.NewResolver(nil, nil).Resolve("Abu Sa'ad al-Hadrami", claims.MentionPerson, nil),
		names.NewResolver(nil, nil).Resolve("Mohammed Saeed al-Abdullah", claims.MentionPerson, nil)) {
		t.Errorf("declared alias leaked outside its claims")
	}
	// A declared renaming gives the name at the date.
	old := r.Resolve("Jaysh al-Ababil", claims.MentionGroup, month(2016, time.March))
	nw := r.Resolve("Liwa al-Ababil", claims.MentionGroup, month(2016, time.December))
	if !names.Same(old, nw) || old.NameAtDate != "Jaysh al-Ababil" || nw.NameAtDate != "Liwa al-Ababil" {
		t.Errorf("declared rename: %+v / %+v", old, nw)
	}
}

// TestFuzzyAmongClaims checks that names seen in the claims join by fuzzy
// match, with evidence, whatever the order of the claims and however they
// are split into slices.
func TestFuzzyAmongClaims(t *testing.T) {
	spellings := []string{"Jarabulus", "Jarablus", "Kafr Zita", "Hreitan", "Hritan", "Division 30"}
	var cs []claims.Claim
	for _, n := range spellings {
		cs = append(cs, claims.Claim{Mentions: []claims.Mention{{Text: n, Kind: claims.MentionPlace}}})
	}
	rev := make([]claims.Claim, len(cs))
	for i := range cs {
		rev[len(cs)-1-i] = cs[i]
	}
	var prev []names.Resolution
	for _, parts := range [][][]claims.Claim{{cs}, {rev}, {rev[:2], nil, rev[2:]}} {
		r := names.NewResolver(nil, parts...)
		var got []names.Resolution
		for _, n := range spellings {
			got = append(got, r.Resolve(n, claims.MentionPlace, nil))
		}
		if !names.Same(got[0], got[1]) || !names.Same(got[3], got[4]) || names.Same(got[0], got[2]) {
			t.Errorf("fuzzy among claims: %+v", got)
		}
		if prev != nil {
			if diff := cmp.Diff(prev, got); diff != "" {
				t.Errorf("order or split of claims changed the result (-first +now):\n%s", diff)
			}
		}
		prev = got
	}
	var fuzzy bool
	for _, e := range prev[1].Evidence {
		fuzzy = fuzzy || e.Kind == names.EvidenceFuzzy
	}
	for _, e := range prev[0].Evidence {
		fuzzy = fuzzy || e.Kind == names.EvidenceFuzzy
	}
	if !fuzzy {
		t.Errorf("no fuzzy evidence for Jarabulus/Jarablus: %+v %+v", prev[0].Evidence, prev[1].Evidence)
	}
}

func TestResolverKey(t *testing.T) {
	r := names.NewResolver(nil, nil)
	if got := r.Key("Ahrar ash-Sham"); got != "ahrar sham" {
		t.Errorf("Key = %q", got)
	}
}

// Never panic, whatever the input.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Ar-Raqqah", "al-", "", "\xff", "Division 13", "the", "ISIS"} {
		f.Add(s)
	}
	tab, err := names.LoadAliasTable("seeds/aliases.json", bytes.NewReader(seeds.Aliases))
	if err != nil {
		f.Fatal(err)
	}
	r := names.NewResolver([]*names.AliasTable{tab}, declaredClaims())
	f.Fuzz(func(t *testing.T, s string) {
		a := r.Resolve(s, claims.MentionGroup, month(2016, time.May))
		b := r.Resolve(s, claims.MentionGroup, month(2016, time.May))
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("not deterministic:\n%s", diff)
		}
	})
}
