// Package content finds who and what a sentence is about: mentions of
// people, groups and places with their roles, the clause's event,
// attribution to sources, hedges and the aliases a sentence declares. Its
// word lists are in words.go, and the finders read the words of a unit as
// [Reader.AppendWords] joins the unit's tokens.
//
// A [Lexicon] holds what the finders know of the words of a token
// lexicon; a [Reader] reads one unit at a time ([Reader.Load], or
// [Reader.AppendWords] and [Reader.Use]); [LinkDeclaredAliases] resolves
// anaphors across a document's claims.
package content
