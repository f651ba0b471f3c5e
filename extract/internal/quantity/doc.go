// Package quantity reads the numbers of a clause as intervals, with what
// they count and what happened to it: "at least 40 fighters were killed".
// It also links the counts a document reports twice, as alternative
// accounts or revisions.
//
// A [Lexicon] holds what the readers know of the words of a token
// lexicon; [Reader.Append] reads one clause from the tokens of its unit;
// [LinkAlternatives] runs over a document's claims.
package quantity
