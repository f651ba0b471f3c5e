// Package frame reads the event frames of a clause: which events it
// tells (a class of the taxonomy of [claims.EventType]), who acted, who or
// what it befell, where, with what toll and cause, and whether it goes on
// telling the event of the claim before.
//
// It is a pure function of the clause's text, the mentions and counts
// extract's finders found in it, and the [Context] the previous claim of
// the document left. It knows nothing of extract's own types, so that it
// can be wired with a few lines and tested on its own:
//
//	var r frame.Reader
//	var ctx frame.Context
//	for each clause c of a document, in order:
//		res := r.Read(&c, &ctx, block)
//		// res.Frames, res.Roles (one per mention), res.Counts (one per count)
//		ctx = res.Next
//
// [Read] is the same as a function that allocates its result.
//
// What it reads, in order (each file's comment has the details):
//   - tokens.go: its own word scanner (to be replaced by extract's shared
//     token stream);
//   - triggers.go: event words and phrases, from the lexicon (lemma keys
//     and classes: "seized", "pulled out", "took control", "death toll",
//     "car bomb"), verbs whose event depends on their arguments
//     (valency.go: "took the village" but "took part", "held al-Bab" but
//     "held talks", "left Kafr Joum" but "left 15 dead", "lost X to Y",
//     "fell to", "fired on"), light verbs that hand their event to a noun
//     ("launched an attack", "put their signatures to a deal", "fell into
//     an ambush"), negation, and infinitives that did not happen ("pledged
//     to fight", "a campaign to retake");
//   - phrases.go, roles.go: agents, patients and places from the subject,
//     object and prepositional phrases, through "fighters of X", "forces
//     loyal to X", "X's fighters", "militants from X", "X fighters",
//     passives, "at the hands of", appositions, relative clauses,
//     coordination, converse verbs, weapons and events as subjects, and
//     causes of casualty reports ("died in the blast");
//   - counts.go: each count's frame, participant class and side,
//     resolving "the brigade's fighters", "his own men" and "N others",
//     and continuation ("Twenty rebel fighters died in the blast.").
//
// The reporting source (a mention the caller marks [Mention].Source) is
// never an agent or patient, except that "X claimed responsibility for"
// and "X announced an operation" make X the agent as well.
//
// Limitations: the reader does not parse. It reads phrases around the
// trigger with named rules, so long sentences with several subordinate
// clauses, ellipsis, and events told only by nouns far from their
// arguments get fewer roles. Lemma keys are the lexicon's comparison keys
// (stems), not dictionary forms.
package frame
