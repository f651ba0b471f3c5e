package lexicon

import (
	"strings"
	"sync"

	"github.com/concordfacts/concord/claims"
)

type classTable struct {
	m map[string]claims.EventType
	// starts holds the first key of every phrase of the table.
	starts map[string]bool
	// maxLen is the longest phrase, in keys.
	maxLen int
}

var classes = sync.OnceValue(loadClasses)

func loadClasses() *classTable {
	t := &classTable{m: make(map[string]claims.EventType, 400), starts: map[string]bool{}, maxLen: 1}
	eachLine(eventsData, func(line string) {
		f := strings.SplitN(line, "\t", 3)
		if len(f) < 2 {
			return
		}
		t.m[f[0]] = claims.EventType(f[1])
		if n := strings.Count(f[0], " ") + 1; n > 1 {
			first, _, _ := strings.Cut(f[0], " ")
			t.starts[first] = true
			t.maxLen = max(t.maxLen, n)
		}
	})
	return t
}

// Class returns the event class of a trigger given as keys ([Key] of
// each word, or one [PhraseKey]): a word ("captur", from "captured") or a
// phrase ("take control", "pull out", "open fire", "death toll"). Keys
// of articles, possessive determiners and object pronouns are skipped, as
// [PhraseKey] skips them. It reports false for anything else, including
// words that give a class only in a phrase: "take", "hit", "fire",
// "hold", "fall", "lose", "leave".
func Class(keys ...string) (claims.EventType, bool) {
	t := classes()
	if len(keys) == 1 {
		c, ok := t.m[keys[0]]
		return c, ok
	}
	skip := skipKeys()
	var buf [128]byte
	b := buf[:0]
	for _, k := range keys {
		if k == "" || skip[k] {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, k...)
	}
	c, ok := t.m[string(b)]
	return c, ok
}

// Longest returns the event class of the longest trigger of the table
// that keys begins with, and how many keys it spans (skipped articles and
// pronouns inside it included): for the keys of "took control of the
// town" it returns capture and 2. It returns "", 0 when none begins there.
func Longest(keys []string) (claims.EventType, int) {
	if len(keys) == 0 {
		return "", 0
	}
	t := classes()
	var best claims.EventType
	n := 0
	if c, ok := t.m[keys[0]]; ok {
		best, n = c, 1
	}
	if !t.starts[keys[0]] {
		return best, n
	}
	skip := skipKeys()
	var buf [128]byte
	b := append(buf[:0], keys[0]...)
	words := 1
	for i := 1; i < len(keys) && words < t.maxLen; i++ {
		if keys[i] == "" || skip[keys[i]] {
			continue
		}
		b = append(append(b, ' '), keys[i]...)
		words++
		if c, ok := t.m[string(b)]; ok {
			best, n = c, i+1
		}
	}
	return best, n
}

// StartsPhrase reports whether key is the first word of a phrase of the
// event table ("pull" of "pull out", "take" of "take control"), so that
// an extractor knows to look for the rest, perhaps after an object
// ("pulled its fighters out").
func StartsPhrase(key string) bool {
	return classes().starts[key]
}
