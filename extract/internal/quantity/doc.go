// Package quantity reads the numbers of a clause as intervals, with what
// they count and what happened to it: "at least 40 fighters were killed".
// It also links the counts a document reports twice, as alternative
// accounts or revisions, and the counts of "others" to what a sentence
// before counted.
//
// A [Lexicon] holds what the readers know of the words of a token
// lexicon. [Reader.Append] reads one clause from the tokens of its unit:
// each count gets a subject as written ("ISIS fighters", "brigade's
// fighters", "his own men"), a category of what happened (killed,
// wounded, executed, captured, arrested, freed, defected, missing,
// displaced, evacuated, besieged, casualties, or fighters for the
// strength of a force), and PartOf when it is a part of a total in the
// clause ("Sixteen people were killed, six of them rebels").
// [LinkOthers] and [LinkAlternatives] run over a document's claims in
// reading order.
//
// Typical use, per document:
//
//	r := quantity.NewReader(lex)
//	for each clause: qs = r.Append(qs, unit, unitTokens, start, end)
//	quantity.LinkOthers(claims)
//	quantity.LinkAlternatives(claims)
package quantity
