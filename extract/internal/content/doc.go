// Package content finds who and what a sentence is about: mentions of
// people, groups and places, attribution to sources, hedges and the
// aliases a sentence declares; [Reader.ReadFrames] hands a clause's
// mentions and counts to package frame, whose frames give the mentions
// their roles. Its word lists are in words.go, and the finders read the
// words of a unit as [Reader.AppendWords] joins the unit's tokens.
//
// A [Lexicon] holds what the finders know of the words of a token
// lexicon; a [Reader] reads one unit at a time ([Reader.Load], or
// [Reader.AppendWords] and [Reader.Use]); [LinkDeclaredAliases] resolves
// anaphors across a document's claims.
package content
