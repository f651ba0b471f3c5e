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
// Claims are aligned by the events they report, not by their words
// alone, so that accounts written independently ("ISIL retreated from the
// border town of Azaz", "By 28 February, ISIL forces withdrew from Azaz")
// meet. Each claim carries event frames ([claims.Frame]: an event class of
// the ACLED-anchored taxonomy documented on [claims.EventType], with its
// agents, patients, places and counts), which extract reads and this
// package resolves to entities with package [names].
//
// Blocking. [Check] does not score all pairs of claims. Claims are blocked
// by keys (align.go): their content words as WordNet lemma keys and the
// WordNet concepts of those words (internal/lexicon), so that "withdrew"
// and "retreated" share a key; pairs of adjacent words; the canonical
// entities their mentions resolve to; and frame keys: an event family
// (violence, change of hands, agreement, change of group, release,
// protest) with each named participant and place, in windows of 16 days,
// and the family on the exact day. A key found in one claim only, or in
// too many (over 2% of the claims, and over 192), proposes nothing; each
// claim proposes pairs through its 8 rarest word keys, its 2 rarest
// entities and its frame keys; a group of more than 48 claims sharing a
// key is sorted by text and each claim meets its 6 nearest neighbours on
// each side only (the sorted-neighbourhood method). These limits are fixed,
// not options. Pairs must come from different documents (or be an infobox
// line and the body of one document; across documents, an infobox line
// meets only the same line of another infobox), with dates within
// [Options].DateWindowDays. The cost grows linearly with the number of
// claims.
//
// Scoring. A candidate pair is scored as a Fellegi–Sunter match
// probability (Fellegi and Sunter, 1969; as in Splink): each of eight
// features falls in a level, each level has a weight log2(m/u), and the
// weights add to a prior. The features are the wording (idf-weighted
// cosine of lemmas and concepts, shrunk for short sentences), the
// relation of the event classes (same; related, as an attack and a clash
// or a bombing and its dead; converse, a capture told as the loser's
// withdrawal; opposed, as a capture and a withdrawal by one side), the
// agents and places (shared by a rare entity, by common ones only, or
// disjoint: sharing ISIL in a corpus on the war against it says little),
// the patients, the closeness of the dates, the figures (equal or not, of
// the same kind of thing), and the overlap of all named entities. The
// frames compared are the pair of the two claims' frames whose classes
// relate most closely. Weights are estimated from labelled pairs, not set
// by hand: testdata/alignment holds every candidate pair of the seed
// documents labelled "same event" or not, and pairs between four
// documents written for the project that retell seed events in other
// words with planted discrepancies; m and u are the frequencies of each
// level among matching and non-matching pairs, with add-one smoothing, and
// the prior puts the score 0.5 at the weight that separates the labelled
// pairs best (see fit_test.go; go test ./reconcile -run TestFitWeights -fit
// refits). Near-verbatim copies score their cosine.
//
// A pair that disagrees on one feature only (the date, a figure, the
// place or the actor) is taken as one event told two ways when everything
// else makes it one event (its score without that feature reaches
// [Options].ConflictScore) and it agrees on something particular to one
// event (its wording in good part, a figure, a patient, most of its
// names, or a rare place), with the two accounts on one day for any
// difference other than the date: such a pair is aligned so that the
// difference is reported.
//
// Matching. For every pair of documents, claims are matched one to one,
// greedily by score; a claim is also aligned with its best counterpart in
// the other document when that one was taken, as long as the pair
// disputes nothing it cannot justify, because one account may tell in two
// sentences what another tells in one. Extraction marks a sentence that
// goes on telling the previous sentence's event ("Twenty rebel fighters
// died in the blast.") as continuing it; the claims so chained form an
// event group, inherit its place and actor, and once two claims are
// matched, the other members of their groups are paired too and their
// figures compared. [Options].Explain lists every aligned pair with each
// feature's contribution in [Report].Alignments, and [Explain] answers why
// two given claims are or are not aligned.
//
// A claim whose date is low-confidence (a relative date anchored across
// excerpts) takes the date of the best account it aligns with; the report
// lists these in [Report].DateAdoptions and findings say so in their note.
//
// # Findings
//
//   - conflict/date: dates the accounts commit to (their own, or a day
//     heading's or a dateline's) whose intervals cannot meet, honouring
//     bounds ("by 28 February" meets 27 February, not 4 March); periods
//     asserted from start to end conflict on a start or an end that
//     differs. A relative date that moved only because the date it counts
//     from moved is folded into that date's conflict ("follows from the
//     date at line N").
//   - conflict/quantity: figures of the same kind, unit and category that
//     count the same participant class of the same side (rebels, ISIL,
//     civilians, people in total) whose intervals cannot meet ("up to 50"
//     and 42 agree; "at least 40" and 21 do not). Running totals dated by
//     bounds on different days ("95 dead by 30 April") and a period's total
//     against a day's toll are not compared. Figures credited to the same
//     source with dates apart are noted as a revision, and then no date
//     conflict is reported.
//   - conflict/actor: frames of one act whose named agents are disjoint
//     groups (not short forms of one another, and not one side's target
//     as the other's actor).
//   - conflict/place: one act put in two different specific places (a
//     town against a town, not a town against its province or country,
//     nor two spellings of one name).
//   - variant/name: the same entity named differently, with the
//     resolver's evidence.
//   - corroboration/claim: a group of claims aligned one to one across
//     documents without conflict (and a second counterpart that agrees, on
//     its own); Documents counts every document, copies included.
//
// Within one document, an alternative report (Quantity.AlternativeTo) is
// compared with the figure it answers, and an infobox figure with the
// aligned figure of the body.
//
// Every finding carries a one-line summary, both claims with full
// provenance, the values compared and their spans, the alignment score,
// an event label for grouping (the event class, its actor, its place and
// the dates the accounts give: "withdrawal of ISIL from Azaz, 28 Feb–4 Mar
// 2014"), and a fingerprint computed from content
// (kind, field, folded clause words, folded values), never from line
// numbers or file names. Conflicts and variants with the same fingerprint
// (the same difference between copies of the same texts) are merged into
// one finding. The report is deterministic: the same claims, in any order
// and with any [Options].Jobs, give identical findings.
package reconcile
