package reconcile_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

func ExampleResolver_Resolve() {
	tab, err := reconcile.LoadAliasTable("aliases.json", strings.NewReader(`{"entities": [
  {"id": "nusra", "kind": "group", "canonical": "al-Nusra Front", "names": [
    {"name": "al-Nusra Front", "valid_to": "2016-07-27"},
    {"name": "Jabhat Fatah al-Sham", "valid_from": "2016-07-28", "valid_to": "2017-01-27"},
    {"name": "Hay'at Tahrir al-Sham", "valid_from": "2017-01-28"}]}
]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := reconcile.NewResolver([]*reconcile.AliasTable{tab}, nil)
	a, b := claims.MonthSpan(2017, time.March)
	res := r.Resolve("Al Nusra Front", claims.MentionGroup, &claims.TimeSpan{Start: a, End: b})
	fmt.Println(res.Entity, "|", res.Canonical, "|", res.NameAtDate)
	for _, e := range res.Evidence {
		fmt.Println(e.Kind, e.Detail)
	}

	x := r.Resolve("Ahrar al-Sham", claims.MentionGroup, nil)
	y := r.Resolve("Ahrar ash-Sham", claims.MentionGroup, nil)
	fmt.Println(reconcile.Same(x, y), x.Entity)
	// Output:
	// nusra | al-Nusra Front | Hay'at Tahrir al-Sham
	// alias-table "al-Nusra Front" is a name of "al-Nusra Front" in the alias table (valid to 2016-07-27)
	// same-key "Al Nusra Front" ~ "al-Nusra Front": same transliteration key "nusra frunt"
	// true name:ahrar sham
}
