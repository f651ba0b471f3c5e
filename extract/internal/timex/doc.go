// Package timex finds the date expressions of sentences and headings and
// resolves them to intervals of calendar days. It anchors year-less and
// relative dates as a narrative is read, against the last date mentioned,
// and splits a sentence into one clause per date.
//
// A [Lexicon] holds what the date grammar knows of the words of a token
// lexicon. A [Timeline] reads a document's headings and units in order:
// [Timeline.Heading] for headings and [Timeline.Clauses] for the tokens of
// units.
//
// A news report is read against its own date, the [DocumentDate] found
// in its dateline or publication line (or given with
// [Timeline.SetDocumentDate]): weekdays, "yesterday" and "two days ago"
// count back from it, and its undated sentences are dated on or before
// it. The dates of reporting verbs ("activists said on Tuesday") are
// returned apart, as [Clause].Reported. The conventions are written out
// once, in timeline.go.
package timex
