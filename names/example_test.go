package names_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/names"
)

func ExampleResolver_Resolve() {
	tab, err := names.LoadAliasTable("aliases.json", strings.NewReader(`{"entities": [
  {"id": "nusra", "kind": "group", "canonical": "al-Nusra Front", "names": [
    {"name": "al-Nusra Front", "valid_to": "2016-07-27"},
    {"name": "Jabhat Fatah al-Sham", "valid_from": "2016-07-28", "valid_to": "2017-01-27"},
    {"name": "Hay'at Tahrir al-Sham", "valid_from": "2017-01-28"}]}
]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := names.NewResolver([]*names.AliasTable{tab}, nil)
	a, b := claims.MonthSpan(2017, time.March)
	res := r.Resolve("Al Nusra Front", claims.MentionGroup, &claims.TimeSpan{Start: a, End: b})
	fmt.Println(res.Entity, "|", res.Canonical, "|", res.NameAtDate)
	for _, e := range res.Evidence {
		fmt.Println(e.Kind, e.Detail)
	}

	x := r.Resolve("Ahrar al-Sham", claims.MentionGroup, nil)
	y := r.Resolve("Ahrar ash-Sham", claims.MentionGroup, nil)
	fmt.Println(names.Same(x, y), x.Entity)
	// Output:
	// nusra | al-Nusra Front | Hay'at Tahrir al-Sham
	// alias-table "al-Nusra Front" is a name of "al-Nusra Front" in the alias table (valid to 2016-07-27)
	// same-key "Al Nusra Front" ~ "al-Nusra Front": same transliteration key "nusra frunt"
	// true name:ahrar sham
}

func ExampleLoadAliasTable() {
	_, err := names.LoadAliasTable("places.json", strings.NewReader(`{"entities": [
  {"id": "raqqa", "kind": "place", "names": ["Raqqa",
    {"name": "Ar-Raqqah", "valid_from": "2013-13"}]}
]}`))
	var ae *names.AliasError
	if errors.As(err, &ae) && errors.Is(err, names.ErrAliasDate) {
		fmt.Println(ae.File, ae.Line, ae.Column, ae.Field)
		fmt.Println(err)
	}
	// Output:
	// places.json 3 41 entities[0].names[1].valid_from
	// places.json:3:41: entities[0].names[1].valid_from: bad date "2013-13" (want YYYY, YYYY-MM or YYYY-MM-DD)
}

func ExampleMergeAliasTables() {
	a, err := names.LoadAliasTable("a.json", strings.NewReader(
		`{"entities": [{"id": "raqqa", "kind": "place", "names": ["Raqqa"]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := names.LoadAliasTable("b.json", strings.NewReader(`{"entities": [
  {"id": "raqqa", "kind": "place", "names": ["Madinat al-Raqqa"]},
  {"id": "raqqa-city", "kind": "place", "names": ["Ar-Raqqah"]}
]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	merged, conflicts := names.MergeAliasTables(a, b)
	for _, e := range merged.Entities {
		for _, n := range e.Names {
			fmt.Printf("%s: %s (%s:%d)\n", e.ID, n.Name, n.File, n.Line)
		}
	}
	for _, c := range conflicts {
		fmt.Println(c.Error())
	}
	// Output:
	// raqqa: Raqqa (a.json:1)
	// raqqa: Madinat al-Raqqa (b.json:2)
	// b.json:3: name "Ar-Raqqah" of "raqqa-city" is already a name of place "raqqa" at a.json:1
}
