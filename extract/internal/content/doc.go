// Package content finds who and what a sentence is about: mentions of
// people, groups and places with their roles, the clause's event,
// attribution to sources, hedges and the aliases a sentence declares. Its
// word lists are in words.go, and the finders that read one unit share its
// tokens.
//
// A [Reader] reads one unit at a time; [LinkDeclaredAliases] resolves
// anaphors across a document's claims.
package content
