package lexicon

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Concept ids are WordNet 3.0 synsets: the part of speech in the top byte
// (1 noun, 2 verb) and the synset's offset in its data file below.
const (
	conceptNoun = 1 << 24
	conceptVerb = 2 << 24
)

var conceptTable = sync.OnceValue(loadConcepts)

func loadConcepts() map[string][]uint32 {
	m := make(map[string][]uint32, 25000)
	eachLine(conceptsData, func(line string) {
		key, ids, ok := strings.Cut(line, "\t")
		if !ok {
			return
		}
		f := strings.Fields(ids)
		out := make([]uint32, 0, len(f))
		for _, s := range f {
			if id, ok := parseConcept(s); ok {
				out = append(out, id)
			}
		}
		m[key] = out
	})
	return m
}

// parseConcept reads "v01994460".
func parseConcept(s string) (uint32, bool) {
	if len(s) != 9 {
		return 0, false
	}
	n, err := strconv.ParseUint(s[1:], 10, 32)
	if err != nil || n >= 1<<24 {
		return 0, false
	}
	switch s[0] {
	case 'n':
		return conceptNoun | uint32(n), true
	case 'v':
		return conceptVerb | uint32(n), true
	}
	return 0, false
}

// Concepts returns the concepts of a key (from [Key] or [PhraseKey]):
// the WordNet 3.0 synsets of its most frequent noun and verb senses that
// it shares with at least one other key, sorted. A verb group (senses
// WordNet groups as one: find "come upon after searching" and recover
// "get or find back") is one concept. The result is shared: do not
// modify it. A key without shared concepts gives nil.
//
// The senses are each lemma's first three per part of speech, in
// WordNet's order (most frequent first by tag counts in its semantic
// concordances), plus the senses that give the lemma its event class
// ([Class]): capture's military sense is its fifth.
func Concepts(key string) []uint32 {
	return conceptTable()[key]
}

// Similar reports whether two keys are the same or share a concept:
// "retreat" and "withdraw", "seize" and "capture", "headquarters" and
// "HQ", "found" and "recovered" (as keys).
func Similar(a, b string) bool {
	if a == b {
		return a != ""
	}
	t := conceptTable()
	x, y := t[a], t[b]
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] == y[j]:
			return true
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// ConceptName returns a concept's WordNet 3.0 synset as part of speech
// and offset ("v01994460"), for looking it up in WordNet.
func ConceptName(c uint32) string {
	p := byte('?')
	switch c &^ (1<<24 - 1) {
	case conceptNoun:
		p = 'n'
	case conceptVerb:
		p = 'v'
	}
	return fmt.Sprintf("%c%08d", p, c&(1<<24-1))
}
