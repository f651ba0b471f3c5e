package names_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/names"
	"github.com/concordfacts/concord/seeds"
)

func TestLoadAliasTable(t *testing.T) {
	src := `{
  "entities": [
    {"id": "raqqa", "kind": "place", "names": ["Raqqa", {"name": "Ar-Raqqah", "lang": "ar"}]},
    {"id": "jfs", "kind": "group", "canonical": "Jabhat Fatah al-Sham",
     "names": [{"name": "Jabhat Fatah al-Sham", "valid_from": "2016-07", "valid_to": "2017"}],
     "source": "Wikipedia", "notes": "n"}
  ]
}`
	tab, err := names.LoadAliasTable("a.json", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	want := &names.AliasTable{File: "a.json", Entities: []names.AliasEntity{
		{ID: "raqqa", Kind: claims.MentionPlace, File: "a.json", Line: 3, Names: []names.AliasName{
			{Name: "Raqqa", File: "a.json", Line: 3},
			{Name: "Ar-Raqqah", Lang: "ar", File: "a.json", Line: 3},
		}},
		{ID: "jfs", Kind: claims.MentionGroup, Canonical: "Jabhat Fatah al-Sham", Source: "Wikipedia", Notes: "n", File: "a.json", Line: 4,
			Names: []names.AliasName{{Name: "Jabhat Fatah al-Sham", ValidFrom: "2016-07", ValidTo: "2017", File: "a.json", Line: 5}}},
	}}
	if diff := cmp.Diff(want, tab, cmp.Comparer(func(a, b names.AliasName) bool {
		return a.Name == b.Name && a.ValidFrom == b.ValidFrom && a.ValidTo == b.ValidTo && a.Lang == b.Lang && a.File == b.File && a.Line == b.Line
	}), cmpopts.IgnoreUnexported(names.AliasEntity{})); diff != "" {
		t.Errorf("LoadAliasTable mismatch (-want +got):\n%s", diff)
	}
	// Validity: month and year dates cover their whole period.
	n := tab.Entities[1].Names[0]
	for _, c := range []struct {
		day  string
		want bool
	}{{"2016-06-30", false}, {"2016-07-01", true}, {"2017-12-31", true}, {"2018-01-01", false}} {
		d, _ := claims.ParseDay(c.day)
		if got := n.ValidAt(d); got != c.want {
			t.Errorf("ValidAt(%s) = %v, want %v", c.day, got, c.want)
		}
	}
}

func TestLoadAliasTableErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // the error message
		is   error
	}{
		{
			"syntax", "{\n  \"entities\": [\n    {\"id\": \"a\",, \"kind\": \"place\"}\n  ]\n}",
			`bad.json:3:16: invalid JSON: invalid character ',' looking for beginning of object key string`, names.ErrAliasSyntax,
		},
		{
			"truncated", "{\"entities\": [\n",
			`bad.json:2:1: invalid JSON: unexpected end of file`, names.ErrAliasSyntax,
		},
		{
			"trailing data", "{\"entities\": []} []",
			`bad.json:1:18: invalid JSON: data after the top-level value`, names.ErrAliasSyntax,
		},
		{
			"not an object", "[]",
			`bad.json:1:1: (top level): bad field: want an object, got an array`, names.ErrAliasField,
		},
		{
			"missing entities", "{}",
			`bad.json:1:1: entities: missing field: "entities" is required`, names.ErrAliasMissing,
		},
		{
			"missing id", "{\"entities\": [\n  {\"kind\": \"place\", \"names\": [\"Raqqa\"]}\n]}",
			`bad.json:2:3: entities[0].id: missing field: "id" is required`, names.ErrAliasMissing,
		},
		{
			"empty id", "{\"entities\": [\n  {\"id\": \" \", \"kind\": \"place\", \"names\": [\"Raqqa\"]}\n]}",
			`bad.json:2:10: entities[0].id: missing field: "id" is empty`, names.ErrAliasMissing,
		},
		{
			"id not a string", "{\"entities\": [\n  {\"id\": 7, \"kind\": \"place\", \"names\": [\"Raqqa\"]}\n]}",
			`bad.json:2:10: entities[0].id: bad field: want a string, got a number`, names.ErrAliasField,
		},
		{
			"unknown kind", "{\"entities\": [\n  {\"id\": \"x\", \"kind\": \"city\", \"names\": [\"Raqqa\"]}\n]}",
			`bad.json:2:23: entities[0].kind: unknown kind "city" (want person, group, place or other)`, names.ErrAliasKind,
		},
		{
			"unknown field", "{\"entities\": [\n  {\"id\": \"x\", \"kind\": \"place\", \"name\": \"Raqqa\"}\n]}",
			`bad.json:2:40: entities[0].name: bad field: unknown field "name" (want one of id, kind, canonical, names, source, notes)`, names.ErrAliasField,
		},
		{
			"no names", "{\"entities\": [\n  {\"id\": \"x\", \"kind\": \"place\", \"names\": []}\n]}",
			`bad.json:2:41: entities[0].names: missing field: an entity needs at least one name`, names.ErrAliasMissing,
		},
		{
			"bad date", "{\"entities\": [\n  {\"id\": \"a\", \"kind\": \"place\", \"names\": [\"A\"]},\n  {\"id\": \"b\", \"kind\": \"group\", \"names\": [\n    {\"name\": \"B\", \"valid_from\": \"2016-13\"}\n  ]}\n]}",
			`bad.json:4:33: entities[1].names[0].valid_from: bad date "2016-13" (want YYYY, YYYY-MM or YYYY-MM-DD)`, names.ErrAliasDate,
		},
		{
			"bad day", "{\"entities\": [{\"id\": \"b\", \"kind\": \"group\", \"names\": [{\"name\": \"B\", \"valid_to\": \"2017-02-30\"}]}]}",
			`bad.json:1:80: entities[0].names[0].valid_to: bad date "2017-02-30" (want YYYY, YYYY-MM or YYYY-MM-DD)`, names.ErrAliasDate,
		},
		{
			"date order", "{\"entities\": [{\"id\": \"b\", \"kind\": \"group\", \"names\": [{\"name\": \"B\", \"valid_from\": \"2017\", \"valid_to\": \"2016-05\"}]}]}",
			`bad.json:1:102: entities[0].names[0].valid_to: bad date: valid_to 2016-05 is before valid_from 2017`, names.ErrAliasDate,
		},
		{
			"empty name", "{\"entities\": [{\"id\": \"b\", \"kind\": \"group\", \"names\": [\"--\"]}]}",
			`bad.json:1:54: entities[0].names[0]: missing field: empty name`, names.ErrAliasMissing,
		},
		{
			"duplicate field", "{\"entities\": [{\"id\": \"b\", \"id\": \"c\"}]}",
			`bad.json:1:27: bad field: duplicate field "id"`, names.ErrAliasField,
		},
		{
			"duplicate id", "{\"entities\": [\n  {\"id\": \"x\", \"kind\": \"place\", \"names\": [\"Raqqa\"]},\n  {\"id\": \"x\", \"kind\": \"place\", \"names\": [\"Hama\"]}\n]}",
			`bad.json:3:3: entities[1].id: conflicting entries: id "x" is already used at line 2`, names.ErrAliasConflict,
		},
		{
			"one name, two entities", "{\"entities\": [\n  {\"id\": \"raqqa\", \"kind\": \"place\", \"names\": [\"Raqqa\"]},\n  {\"id\": \"raqqa2\", \"kind\": \"place\", \"names\": [\"Hama\",\n    \"Ar-Raqqah\"]}\n]}",
			`bad.json:4:5: entities[1].names[1]: conflicting entries: name "Ar-Raqqah" of "raqqa2" is already a name of place "raqqa" at bad.json:2`, names.ErrAliasConflict,
		},
	}
	for _, tt := range tests {
		_, err := names.LoadAliasTable("bad.json", strings.NewReader(tt.src))
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		var ae *names.AliasError
		if !errors.As(err, &ae) {
			t.Errorf("%s: error %v is not an *AliasError", tt.name, err)
		}
		if !errors.Is(err, tt.is) {
			t.Errorf("%s: error %v is not %v", tt.name, err, tt.is)
		}
		if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
			t.Errorf("%s: message mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestMergeAliasTables(t *testing.T) {
	load := func(name, src string) *names.AliasTable {
		tab, err := names.LoadAliasTable(name, strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		return tab
	}
	a := load("a.json", `{"entities": [
{"id": "raqqa", "kind": "place", "names": ["Raqqa"]},
{"id": "nusra", "kind": "group", "names": ["al-Nusra Front"]}
]}`)
	b := load("b.json", `{"entities": [
{"id": "raqqa", "kind": "place", "names": ["Madinat al-Raqqa"]},
{"id": "nusra", "kind": "person", "names": ["Nusra Man"]},
{"id": "other-raqqa", "kind": "place", "names": ["Ar-Raqqah", "Raqqa Province"]},
{"id": "raqqa-brigade", "kind": "group", "names": ["Raqqa"]}
]}`)
	m, conflicts := names.MergeAliasTables(a, b)
	var got []string
	for _, e := range m.Entities {
		var ns []string
		for _, n := range e.Names {
			ns = append(ns, n.Name+"@"+n.File)
		}
		got = append(got, e.ID+": "+strings.Join(ns, ", "))
	}
	want := []string{
		"raqqa: Raqqa@a.json, Madinat al-Raqqa@b.json",
		"nusra: al-Nusra Front@a.json",
		"other-raqqa: Raqqa Province@b.json",
		"raqqa-brigade: Raqqa@b.json", // another kind may share a name
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("merged entities mismatch (-want +got):\n%s", diff)
	}
	var msgs []string
	for _, c := range conflicts {
		msgs = append(msgs, c.Error())
	}
	wantMsgs := []string{
		`b.json:3: entity "nusra" is a person here but a group at a.json:3`,
		`b.json:4: name "Ar-Raqqah" of "other-raqqa" is already a name of place "raqqa" at a.json:2`,
	}
	if diff := cmp.Diff(wantMsgs, msgs); diff != "" {
		t.Errorf("conflicts mismatch (-want +got):\n%s", diff)
	}
	// The resolver merges the same way and keeps the first table's word.
	r := names.NewResolver([]*names.AliasTable{a, b}, nil)
	if got := r.Resolve("Ar-Raqqah", claims.MentionPlace, nil).Entity; got != "raqqa" {
		t.Errorf("Ar-Raqqah → %q", got)
	}
	if len(r.Conflicts()) != 2 {
		t.Errorf("Conflicts() = %v", r.Conflicts())
	}
}

// TestSeedTable checks the curated table: it loads without conflicts, and
// every entry cites a source.
func TestSeedTable(t *testing.T) {
	tab, err := names.LoadAliasTable("seeds/aliases.json", bytes.NewReader(seeds.Aliases))
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Entities) < 40 {
		t.Errorf("curated table has %d entities", len(tab.Entities))
	}
	for _, e := range tab.Entities {
		if e.Source == "" {
			t.Errorf("%s:%d: entity %q has no source", e.File, e.Line, e.ID)
		}
	}
}

func FuzzLoadAliasTable(f *testing.F) {
	f.Add(string(seeds.Aliases))
	f.Add(`{"entities": [{"id": "x", "kind": "place", "names": ["A", {"name": "B", "valid_from": "2016"}]}]}`)
	f.Add(`{"entities": [{"id": "x"`)
	f.Add(`[[[[[[[[[[`)
	f.Fuzz(func(t *testing.T, src string) {
		tab, err := names.LoadAliasTable("f.json", strings.NewReader(src))
		if err != nil {
			var ae *names.AliasError
			if !errors.As(err, &ae) || ae.Line < 1 {
				t.Fatalf("error %v: not a located *AliasError", err)
			}
			return
		}
		names.NewResolver([]*names.AliasTable{tab}, nil).Resolve("B", claims.MentionPlace, nil)
	})
}

// TestAliasSchema checks that the JSON Schema documents the kinds the
// loader accepts.
func TestAliasSchema(t *testing.T) {
	data, err := os.ReadFile("../testdata/schema/aliases.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs struct {
			Entity struct {
				Properties struct {
					Kind struct {
						Enum []string `json:"enum"`
					} `json:"kind"`
				} `json:"properties"`
			} `json:"entity"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	want := []string{"person", "group", "place", "other"}
	if diff := cmp.Diff(want, schema.Defs.Entity.Properties.Kind.Enum); diff != "" {
		t.Errorf("schema kinds mismatch (-want +got):\n%s", diff)
	}
	for _, k := range want {
		src := `{"entities": [{"id": "x", "kind": "` + k + `", "names": ["X"]}]}`
		if _, err := names.LoadAliasTable("k.json", strings.NewReader(src)); err != nil {
			t.Errorf("kind %s: %v", k, err)
		}
	}
}
