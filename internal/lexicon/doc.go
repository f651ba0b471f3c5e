// Package lexicon gives English words comparison keys and synonym
// concepts, and maps the words and phrases that report an event to a
// class of the event taxonomy ([claims.EventType]). Extraction uses it to
// recognise an event however a text words it ("withdrew", "pulled out",
// "retreat"); alignment uses it to see that two accounts say the same
// thing in different words.
//
//   - [Key] is the comparison key of one word: inflections, irregular
//     forms and spelling variants share it (captured, capturing →
//     "captur"; withdrew, withdrawn → "withdraw"; organised, organized).
//     [PhraseKey] keys a phrase ("pulled out", "lost their lives").
//   - [Concepts] lists the WordNet synsets of a key's most frequent
//     senses; [Similar] reports whether two keys share one ("retreat" and
//     "withdraw", "seize" and "capture", "headquarters" and "HQ").
//   - [Class] maps a trigger's keys to its event class (captured →
//     capture, "took control" → capture, "death toll" → kill);
//     [Longest] finds the longest trigger at a position of a text;
//     [StartsPhrase] says whether a key begins a phrase.
//
// Keys are for comparing, never for showing.
//
// # Where the tables come from
//
// The tables are generated from WordNet 3.0 (Princeton University) by
// the program in gen, run with "go generate ./internal/lexicon" on a
// machine with Debian's wordnet-base package; CI builds and tests the
// generated files and does not need WordNet. The files are embedded:
//
//	words.txt     1.2 MB  the keys of WordNet's 87,286 one-word lemmas and irregular forms
//	concepts.txt  0.5 MB  the shared concepts of 23,215 keys
//	events.txt     19 kB  286 trigger keys and phrases with their class and provenance
//
// Keys: an irregular form is read as the lemma of WordNet's exception
// lists (verb.exc, noun.exc, adj.exc) with the larger tag count in
// WordNet's semantic concordances ("found" as find, "wound" as the noun);
// a spelling variant (two lemmas of one synset, at most two edits apart,
// one used only where the other is) takes its partner's spelling; the
// lemma is stemmed by the Snowball English stemmer
// (github.com/kljensen/snowball). Lemmas the stemmer merges but WordNet's
// derivational morphology does not relate keep apart (liberal and
// liberate, organ and organize, universe and university; a noun of people
// and its event, attacker and attack). A word outside WordNet's
// vocabulary that is a regular inflection of a lemma takes the lemma's
// key by WordNet's detachment rules; a function word is its own key; any
// other word is stemmed.
//
// Concepts: a lemma's first three senses per part of speech (noun, verb),
// in WordNet's order, which is by tag count. Three is the smallest cut-off
// that keeps find's third sense ("come upon after searching", which
// WordNet groups with recover), so that "found" meets "recovered"; two
// loses it. At three, 548 of the 319,600 pairs of the 800 noun and verb
// lemmas with the largest tag counts are similar (0.17%; the generator
// measures it into the header of concepts.txt), mostly true synonyms (say
// and tell, see and discover). Function words (a, be, have) have no
// concepts. The senses that give a word its event
// class are added, as a war report's sense of a word is often not its most
// frequent (capture's "take possession of by force" is its fifth).
//
// Event classes: gen/events.go lists, per class, a few anchor synsets
// with their glosses and takes their lemmas, their hyponyms (troponyms)
// to a depth of 0 or 1, and the nominalisations WordNet derives from them
// (withdraw → withdrawal, seize → seizure). Its filters, exclusions (take,
// hit, fire, hold, report, say on their own; words that share a key with a
// common unrelated word, such as accord with according) and the few
// additions WordNet 3.0 lacks (airstrike, ceasefire, "take control") are
// each documented there. "gen -report" writes a review listing.
//
// Known collisions kept: "Protestant" shares protest's key and
// "executive" execute's, and "combatant" combat's (WordNet relates them
// through their adjectives); "storm" (weather), "form" (a document) and
// "shell" (a seashell) are triggers because their verbs are. Nouns of
// people otherwise keep keys of their own (attacker, demonstrator,
// murderer), so that an actor is not read as an event. [Class] answers
// for keys, not parts of speech: telling the noun "attack" from the verb
// is the extractor's job.
//
// # Licence
//
// The tables are derived from WordNet 3.0, Copyright 2006 by Princeton
// University, used under its licence, reproduced in the file
// WORDNET_LICENSE of this directory, which must accompany them.
package lexicon
