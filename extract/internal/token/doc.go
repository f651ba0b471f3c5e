// Package token splits sentence text into tokens that keep byte offsets
// into it, folds words for comparison and looks them up in a [Lexicon]
// of word classes. It is the only home of the byte-level tricks of
// extraction (eight-byte scans, a bloom-filtered hash table), each tested
// against a plain reference implementation.
//
// [Tokenize] returns the [Token] values of a text; the packages that read
// them define the [Class] bits of their words and build the lexicon with
// [NewLexicon].
package token
