package lexicon

import (
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/concordfacts/concord/internal/fold"
	"github.com/kljensen/snowball/english"
)

// maxWord is the longest word, in bytes, that Key normalises without
// allocating; longer words take the same path through a heap copy.
const maxWord = 64

// A wordEntry is one line of words.txt.
type wordEntry struct {
	key   string // the word's key as written
	lemma string // its key as a lemma, when that differs ("found": "found", key "find")
	pos   uint8  // parts of speech it is a lemma of: posN, posV, posA
}

const (
	posN uint8 = 1 << iota
	posV
	posA
)

// asLemma is the key of the entry's word read as a lemma.
func (e wordEntry) asLemma() string {
	if e.lemma != "" {
		return e.lemma
	}
	return e.key
}

// wordTable is words.txt, loaded on first use.
var wordTable = sync.OnceValue(loadWords)

func loadWords() map[string]wordEntry {
	m := make(map[string]wordEntry, 90000)
	eachLine(wordsData, func(line string) {
		w, rest, _ := strings.Cut(line, " ")
		enc, rest, _ := strings.Cut(rest, " ")
		pos, lemma, _ := strings.Cut(rest, " ")
		if w == "" || enc == "" {
			return
		}
		e := wordEntry{key: relKey(w, enc)}
		for i := 0; i < len(pos); i++ {
			switch pos[i] {
			case 'n':
				e.pos |= posN
			case 'v':
				e.pos |= posV
			case 'a':
				e.pos |= posA
			}
		}
		if lemma != "" {
			e.lemma = relKey(w, lemma)
		}
		m[w] = e
	})
	return m
}

// relKey decodes a key written relative to its word (see words.txt):
// "1" cuts one byte, "1i" cuts one and appends "i", "=go" is "go".
func relKey(word, enc string) string {
	if strings.HasPrefix(enc, "=") {
		return enc[1:]
	}
	i := 0
	for i < len(enc) && enc[i] >= '0' && enc[i] <= '9' {
		i++
	}
	cut, err := strconv.Atoi(enc[:i])
	if err != nil || cut > len(word) {
		return word // not produced by the generator; keep the word
	}
	if i == len(enc) {
		return word[:len(word)-cut]
	}
	return word[:len(word)-cut] + enc[i:]
}

// eachLine calls f for each line of data that is not a comment.
func eachLine(data string, f func(line string)) {
	for len(data) > 0 {
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		f(line)
	}
}

// Morphy's detachment rules (WordNet's morphy(7WN)): a regular inflection
// of a lemma ends in from; replacing it by to gives the lemma, if the
// table holds it as a lemma of the part of speech.
var detach = [...]struct {
	pos      uint8
	from, to string
}{
	{posN, "s", ""}, {posN, "ses", "s"}, {posN, "xes", "x"}, {posN, "zes", "z"},
	{posN, "ches", "ch"}, {posN, "shes", "sh"}, {posN, "men", "man"}, {posN, "ies", "y"},
	{posV, "s", ""}, {posV, "ies", "y"}, {posV, "es", "e"}, {posV, "es", ""},
	{posV, "ed", "e"}, {posV, "ed", ""}, {posV, "ing", "e"}, {posV, "ing", ""},
	{posA, "er", ""}, {posA, "est", ""}, {posA, "er", "e"}, {posA, "est", "e"},
}

// Key returns the comparison key of one word: two inflections of a word
// ("captured", "capturing", "captures", "capture"), its irregular forms
// ("withdrew", "withdrawn", "withdrawing") and its spelling variants
// ("organised", "organized") share a key. Keys are for comparing, never
// for showing; they are opaque strings.
//
// The word is folded with [fold.Fold] (case, diacritics, curly
// apostrophes), hyphens are removed (cease-fire and ceasefire are one
// word) and a possessive 's or ' is dropped. Then, in order:
//
//  1. a word of the WordNet 3.0 vocabulary or of its exception lists
//     takes its key from the generated table: an irregular form is read
//     as its lemma ("took" as take, "men" as man, "fled" as flee), the
//     lemma is spelled the canonical way (organise as organize) and
//     stemmed by the Snowball English stemmer;
//  2. else, an English function word ("the", "with"; Snowball's list) is
//     its own key;
//  3. else, a regular inflection of a lemma of the table (by WordNet's
//     detachment rules: "-ed", "-ing", "-s", "-ies"…) takes the lemma's
//     key;
//  4. else, the word is stemmed by Snowball; a word with no letter a-z,
//     or with letters outside ASCII after folding, is its own key.
//
// Where the stemmer would merge unrelated lemmas (liberal and liberate,
// organ and organize, universe and university), the table keeps them
// apart: a key ending in "~" is a lemma's own.
//
// Key is safe for concurrent use. A word of the table costs one map
// lookup once the table is loaded; the table loads on first use.
func Key(word string) string {
	t := wordTable()
	var buf [maxWord]byte
	var w []byte
	if plainLower(word) {
		// The common case: a lower-case word needs no normalising.
		if e, ok := t[word]; ok {
			return e.key
		}
		if len(word) <= maxWord {
			w = append(buf[:0], word...)
		} else {
			w = []byte(word)
		}
	} else {
		var ok bool
		w, ok = normalize(word, buf[:0])
		if !ok {
			// Not ASCII, or too long for the buffer.
			f := fold.Fold(word)
			if !isASCII(f) {
				return f
			}
			w, _ = normalize(f, make([]byte, 0, len(f)))
		}
		if len(w) == 0 {
			return ""
		}
		if e, ok := t[string(w)]; ok {
			return e.key
		}
	}
	if english.IsStopWord(string(w)) {
		// Function words ("the", "with") are their own keys, as the
		// stemmer leaves them; answered before morphy so that "its" is
		// not read as a plural of "it".
		return string(w)
	}
	// Morphy: regular inflections of a lemma of the table.
	var cand [maxWord + 4]byte
	for _, r := range detach {
		if len(w) <= len(r.from) || !hasSuffix(w, r.from) || len(w)-len(r.from)+len(r.to) > len(cand) {
			continue
		}
		c := append(append(cand[:0], w[:len(w)-len(r.from)]...), r.to...)
		if e, ok := t[string(c)]; ok && e.pos&r.pos != 0 {
			return e.asLemma()
		}
	}
	if !hasLetter(w) {
		return string(w)
	}
	return stemCached(string(w))
}

// stemWord is the Snowball English stemmer as the package calls it:
// function words are left as they are.
func stemWord(s string) string { return english.Stem(s, false) }

// plainLower reports whether w is all a-z, so that it needs no
// normalising.
func plainLower(w string) bool {
	if len(w) == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// Stems of words outside the table are cached: texts repeat their names
// (Azaz, ISIL, Raqqa), and the stemmer costs some twenty map lookups. The
// cache holds at most stemCacheMax words, the first seen; it changes no
// result.
const stemCacheMax = 1 << 16

var (
	stemCache  sync.Map // string → string
	stemCached = func(s string) string {
		if v, ok := stemCache.Load(s); ok {
			return v.(string)
		}
		k := stemWord(s)
		if stemCacheN.Add(1) <= stemCacheMax {
			stemCache.Store(s, k)
		}
		return k
	}
	stemCacheN atomic.Int64
)

// normalize appends word to dst lower-cased, without hyphens and without
// a possessive ending. It reports false when word is not ASCII or dst's
// capacity is too small: the caller folds it first.
func normalize(word string, dst []byte) ([]byte, bool) {
	if len(word) > cap(dst) {
		return dst, false
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst, false
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '-':
			continue
		case c == '`':
			c = '\''
		}
		dst = append(dst, c)
	}
	// Possessive: "group's", "fighters'".
	if n := len(dst); n > 2 && dst[n-2] == '\'' && dst[n-1] == 's' {
		dst = dst[:n-2]
	} else if n > 1 && dst[n-1] == '\'' {
		dst = dst[:n-1]
	}
	return dst, true
}

func hasSuffix(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[len(b)-len(s):]) == s
}

func hasLetter(b []byte) bool {
	for _, c := range b {
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// skipWords are left out of phrase keys: articles, possessive
// determiners, object and reflexive pronouns, and WordNet's placeholders
// (one's, someone), so that "lost their lives" meets "lose life" and "set
// them free" meets "set free". The generator leaves the same words out of
// the phrases it writes.
var skipWords = []string{
	"a", "an", "the", "my", "your", "his", "her", "its", "our", "their", "whose",
	"me", "you", "him", "it", "us", "them", "myself", "yourself", "himself", "herself",
	"itself", "ourselves", "themselves", "one's", "oneself", "someone", "someone's",
	"somebody", "something",
}

var skipKeys = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(skipWords))
	for _, w := range skipWords {
		m[Key(w)] = true
	}
	return m
})

// PhraseKey returns the key of a phrase: the keys of its words, in order,
// joined by spaces, with articles, possessive determiners and object
// pronouns left out ("pulled out" → the key of "pull out"; "lost their
// lives" → the key of "lose life"). It is the key that [Class],
// [Concepts] and [Similar] take for WordNet's multi-word lemmas (pull
// out, fall back, take over, give up, set free, open fire) and the
// event table's phrases.
func PhraseKey(words ...string) string {
	skip := skipKeys()
	var b strings.Builder
	for _, w := range words {
		k := Key(w)
		if k == "" || skip[k] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(k)
	}
	return b.String()
}
