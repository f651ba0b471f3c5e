package lexicon

import (
	"strings"
	"testing"
)

var (
	// tableWords are words of the table: lemmas, irregular forms and
	// capitalised words.
	tableWords = []string{"town", "capture", "withdrew", "government", "took", "control", "city", "people", "Islamic", "State", "retreat", "men", "fled", "headquarters"}
	// inflected are regular inflections of lemmas of the table.
	inflected = []string{"captured", "fighters", "retreated", "clashes", "killed", "attacks", "besieged", "forces", "bombings", "released"}
	// unknown are words outside WordNet; the Snowball stemmer runs once
	// for each and its cache answers after.
	unknown = []string{"Azaz", "ISIL", "Raqqa", "Jarabulus", "SOHR", "al-Nusra", "Hasakah", "Kobani"}
	// sentence is a news sentence, cut into words.
	sentence = strings.Fields(`On 4 March ISIL fighters retreated from the border town of Azaz after
		clashes with rebels of the Islamic Front, who took control of the town's checkpoints, according
		to the Syrian Observatory for Human Rights, which said 27 people were killed`)
)

func benchKeys(b *testing.B, words []string) {
	wordTable()
	size := 0
	for _, w := range words {
		size += len(w) + 1
	}
	b.SetBytes(int64(size) / int64(len(words)))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n += len(Key(words[i%len(words)]))
	}
	if n == 0 {
		b.Fatal("no keys")
	}
}

// BenchmarkKey measures words the table holds: one map lookup, after
// lower-casing a capitalised word.
func BenchmarkKey(b *testing.B) { benchKeys(b, tableWords) }

// BenchmarkKeyInflected measures regular inflections: morphy's rules
// find the lemma in the table.
func BenchmarkKeyInflected(b *testing.B) { benchKeys(b, inflected) }

// BenchmarkKeyUnknown measures words outside WordNet, stemmed once and
// then answered by the cache.
func BenchmarkKeyUnknown(b *testing.B) { benchKeys(b, unknown) }

// BenchmarkKeyUncached measures the Snowball stemmer that the cache
// saves: the cost of a word outside WordNet seen for the first time.
func BenchmarkKeyUncached(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		stemWord(unknown[i%len(unknown)])
	}
}

// BenchmarkKeySentence measures the words of a news sentence, as
// extraction and alignment meet them.
func BenchmarkKeySentence(b *testing.B) { benchKeys(b, sentence) }

// BenchmarkSimilar measures a concept comparison of two keys.
func BenchmarkSimilar(b *testing.B) {
	pairs := [][2]string{{Key("retreated"), Key("withdrew")}, {Key("seized"), Key("captured")}, {Key("town"), Key("city")}, {Key("said"), Key("killed")}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pairs[i%len(pairs)]
		Similar(p[0], p[1])
	}
}

// BenchmarkLongest measures the event-class lookup at one position.
func BenchmarkLongest(b *testing.B) {
	keys := make([]string, len(sentence))
	for i, w := range sentence {
		keys[i] = Key(w)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Longest(keys[i%len(keys):])
	}
}

// BenchmarkLoad measures parsing the embedded tables, which the first
// call of Key, Concepts or Class pays once.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		loadWords()
		loadConcepts()
		loadClasses()
	}
}
