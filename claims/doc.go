// Package claims is Concord's vocabulary: the types every other package
// speaks.
//
// Data flows one way through Concord:
//
//	document text ──extract──▶ []Claim ──reconcile──▶ report ──▶ text / JSON / SARIF / HTML
//
// A [Claim] is one statement drawn from a document: the whole sentence (or
// infobox line) it comes from, its exact [Provenance], and what was read from
// it: a [TimeSpan] for when, [Quantity] values for how many, [Mention] values
// for who and where, an [Event] for what happened, and the [Attribution] and
// [Hedge] cues that say on whose word and how firmly. A [Finding] relates two
// or more claims: a conflict, a variant naming or a corroboration.
//
// Offsets are sacred. Every [Span] and every [Provenance] points at the
// original bytes of the document: src[Offset:Offset+Length] is exactly the
// text shown. Folding (case, diacritics, transliteration) happens only in
// comparison keys, never in what a user is shown. A saved web page is the
// one exception: its claims are read from its rendered text, their
// offsets, lines and columns point into the HTML source (at the markup the
// text was rendered from), and their Text fields hold the rendered text.
//
// A [Document] is the JSON envelope of extracted claims that `concord
// extract --format json` writes and [ReadDocument] reads back; a [Warning]
// names input that gave nothing or was skipped, so that nothing is lost
// silently.
//
// The JSON encoding of these types is versioned by [SchemaVersion] and
// documented by the JSON Schema in testdata/schema/concord.schema.json.
//
// This package imports nothing else of Concord.
package claims
