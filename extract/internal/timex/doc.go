// Package timex finds the date expressions of sentences and headings and
// resolves them to intervals of calendar days. It anchors year-less and
// relative dates as a narrative is read, against the last date mentioned,
// and splits a sentence into one clause per date.
//
// A [Lexicon] holds what the date grammar knows of the words of a token
// lexicon. A [Timeline] reads a document's headings and units in order:
// [Timeline.Heading] for headings and [Timeline.Clauses] for the tokens of
// units.
package timex
