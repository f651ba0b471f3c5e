// Package extract turns documents into claims.
//
// It reads the plain-text article format of Concord's seed corpus, which is
// the shape most encyclopedia and news text takes once markup is stripped:
//
//   - a title line "= Title =" (or, where there is none, the first line);
//   - headings "== Heading ==" of any depth, recorded as each claim's
//     section path;
//   - "Infobox" blocks of "- Key: value" lines, each line a claim source
//     whose section is ["Infobox", Key];
//   - list items ("- ...") and paragraphs of running prose;
//   - citation markers such as "[36]", "[36][37]" and "[better source
//     needed]", recorded as the citations of the sentence they follow and
//     kept out of the words used for matching.
//
// Sentences come from the Punkt segmenter of github.com/jdkato/prose/v3,
// which keeps byte offsets. Every sentence and infobox line yields at least
// one [claims.Claim] whose Text is the whole sentence and whose Provenance
// is exact: src[Offset:Offset+Length] == Text. A sentence with several
// dated clauses yields one claim per clause.
//
// Each claim is dated by a narrative temporal tagger (the last date
// mentioned anchors partial and relative dates, as in HeidelTime's
// narrative mode) and carries the quantities, event, participants, places,
// attribution and hedges read from its clause.
//
// Usage:
//
//	ex, err := extract.New(extract.Options{})
//	if err != nil { ... }
//	cs, err := ex.Read(ctx, "article.txt", f)
//
// Bad input (NUL bytes, invalid UTF-8, over-long lines) gives a
// [*DocumentError] naming the document; an empty document gives no claims.
//
// The work is done by internal packages, one per step of the pipeline:
// internal/article reads the format into sentence units; internal/token
// splits each unit into tokens once; internal/timex dates its clauses;
// internal/quantity reads their numbers; internal/content finds mentions,
// events, attribution, hedges and declared aliases. The three readers read
// the same tokens. Each step runs over every unit of a document before the
// next one starts, so that the code of one step stays in the processor's
// cache while it runs.
package extract
