// Package token is the one tokeniser of extraction: it splits a sentence
// once into tokens that keep byte offsets into it, with their kind, case
// flags, value and lexicon entry, and every reader of a sentence reads
// those tokens. It also holds the folding helpers, the one lexicon (a
// hash table of folded words and their classes), the one list of month
// names, and the only byte-level speed tricks of extraction, each tested
// against a plain reference implementation.
//
// [Tokenize] returns the [Token] values of a text; [Words] joins them into
// the words names are written with, for the content finders. The packages
// that read tokens define the [Class] bits of their words and build the
// lexicon with [NewLexicon].
//
// The speed tricks, kept because each saves 3% or more of the
// instructions of end-to-end extraction (BenchmarkExtract under
// callgrind), are: ASCII words read in a loop of their own and hashed
// eight bytes at a time (asciiWord, hashLetters); words of up to seven
// bytes held in their lexicon slot, so that looking one up compares no
// string (foldTag, probeShort); tokens that join nothing copied as they are
// by Words; and [FirstLetters], a first-letter and length filter before
// a word-set look-up.
package token
