// Package reconcile compares claims drawn from several documents: [Check]
// (or [CheckParts], for claims held in batches) finds the claims that
// describe the same event, compares them field by field and returns a
// [Report] of what agrees, what is only named differently and what
// contradicts, each [claims.Finding] with both sides' provenance. It never
// reads files or parses prose: its input is []claims.Claim as package
// extract produces it, names are resolved by package [names], and
// [Options] holds the few thresholds a user may tune.
//
//	rep, err := reconcile.Check(ctx, cs, reconcile.Options{AliasTables: tables})
//	for _, f := range rep.Findings {
//		fmt.Println(f.Kind, f.Field, f.Summary)
//	}
//
// An option outside its range is an error wrapping [ErrOption]; the zero
// value of every option is its default.
//
// # Alignment
//
// [Check] does not compare all pairs of claims. Claims are blocked by keys
// (align.go): content words after folding (case, diacritics, apostrophes;
// stop words out), pairs of adjacent content words, and the canonical
// entities their mentions resolve to (see [names.Resolver]). A key found
// in one claim only, or in too many (over 2% of the claims, and over 192),
// proposes nothing; each claim proposes pairs through its 8 rarest keys; a
// group of more than 48 claims sharing a key is sorted by text and each
// claim meets its 6 nearest neighbours on each side only. These limits are
// fixed, not options. Pairs must come from different documents (or be
// an infobox line and the body of one document), with dates within
// [Options].DateWindowDays or one side undated. The cost grows linearly
// with the number of claims.
//
// A candidate pair is scored from 0 to 1: the idf-weighted cosine of
// content words (half the weight), the overlap of canonical entities, the
// agreement of event types and the closeness of dates; a part a pair
// lacks is left out. Near-verbatim sentences score at least their cosine.
// For every pair of documents, claims are matched one to one, greedily by
// score with ties broken by position, and pairs below [Options].MinScore
// are dropped.
//
// A claim whose date is low-confidence (a relative date anchored across
// excerpts) takes the date of the best account it aligns with; the report
// lists these in [Report].DateAdoptions and findings say so in their note.
//
// # Findings
//
//   - conflict/date: own dates whose intervals cannot meet, honouring
//     bounds ("by 28 February" meets 27 February, not 4 March).
//   - conflict/quantity: figures of the same kind, unit, category and
//     subject (totals with totals, parts with parts) whose intervals
//     cannot meet ("up to 50" and 42 agree; "at least 40" and 21 do not).
//     Figures credited to the same source with dates apart are noted as
//     a revision, and then no date conflict is reported.
//   - conflict/actor, conflict/place: named participants or places in the
//     same role that resolve to different entities.
//   - variant/name: the same entity named differently, with the
//     resolver's evidence.
//   - corroboration/claim: a group of claims aligned across documents
//     without conflict; Documents counts every document, copies included.
//
// Within one document, an alternative report (Quantity.AlternativeTo) is
// compared with the figure it answers, and an infobox figure with the
// aligned figure of the body.
//
// Every finding carries a one-line summary, both claims with full
// provenance, the values compared and their spans, the alignment score,
// an event label for grouping, and a fingerprint computed from content
// (kind, field, folded clause words, folded values), never from line
// numbers or file names. Conflicts and variants with the same fingerprint
// (the same difference between copies of the same texts) are merged into
// one finding. The report is deterministic: the same claims, in any order
// and with any [Options].Jobs, give identical findings.
package reconcile
