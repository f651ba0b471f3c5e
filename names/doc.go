// Package names resolves the names of people, groups and places to
// entities: a [Resolver] maps each spelling to a canonical entity with the
// [Evidence] for it, drawn from curated alias tables ([AliasTable], read by
// [LoadAliasTable]), the aliases claims declare, transliteration keys and
// a fuzzy match. Package reconcile uses it to tell one entity named two
// ways (a variant) from two entities (a conflicting actor or place).
//
//	tab, err := names.LoadAliasTable("aliases.json", f) // *AliasError: file:line:col
//	r := names.NewResolver([]*names.AliasTable{tab}, cs)
//	a := r.Resolve("Ar-Raqqah", claims.MentionPlace, nil)
//	b := r.Resolve("Raqqa", claims.MentionPlace, nil)
//	names.Same(a, b) // true; a.Evidence says why
//
// # Resolution
//
// [NewResolver] indexes the names of the tables and of the claims' mentions
// and declared aliases, and clusters them: the names of one table entity,
// the two sides of a declared alias, and each claim name with its closest
// fuzzy match. [Resolver.Resolve] then gives a generic mention ("rebels")
// a generic entity of its own key; a name whose transliteration key is
// known, the entity of that key (a table entity only for a compatible
// kind); otherwise the closest fuzzy match; otherwise the entity
// "name:<key>". A [Resolution] carries the entity id, its display name,
// the name valid at the claim's date for renamed entities and the
// [Evidence]. Results do not depend on the order of the claims. Anything
// with a Resolve method of the same signature is a [NameResolver], which
// reconcile.Options accepts in place of a Resolver.
//
// # Alias tables
//
// An alias table is a JSON file naming entities and the names they go by
// (docs/aliases.md; JSON Schema in testdata/schema/aliases.schema.json):
//
//	{
//	  "entities": [
//	    {
//	      "id": "jabhat-al-nusra",
//	      "kind": "group",
//	      "canonical": "al-Nusra Front",
//	      "names": [
//	        {"name": "al-Nusra Front", "valid_to": "2016-07-27"},
//	        {"name": "Jabhat Fatah al-Sham", "valid_from": "2016-07-28", "valid_to": "2017-01-27"},
//	        {"name": "Hay'at Tahrir al-Sham", "valid_from": "2017-01-28"},
//	        "Nusra"
//	      ],
//	      "source": "Wikipedia: al-Nusra Front",
//	      "notes": "renamed twice"
//	    }
//	  ]
//	}
//
// A name is an object or, for a name without dates, just a string. Dates are
// YYYY, YYYY-MM or YYYY-MM-DD; valid_from is the first day of the period
// given and valid_to the last.
//
// [LoadAliasTable] rejects a malformed file, an unknown field or kind, a
// bad date and contradictory entries with an [*AliasError] that gives the
// file, line, column and field and wraps one of the ErrAlias sentinels
// ([ErrAliasSyntax], [ErrAliasDate], ...). [MergeAliasTables] merges
// tables in order: an entry that contradicts an earlier table's is left
// out and reported as a [TableConflict], never silently overwritten.
package names
