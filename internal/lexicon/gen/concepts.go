package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"
)

// conceptSenses is how many of a lemma's senses (WordNet's order: most
// frequent first by tag counts), per part of speech, count as its
// concepts. See package lexicon's doc for why three.
const conceptSenses = 3

// buildConcepts returns the lines of concepts.txt: for each key, the
// concepts (synsets) of its most frequent senses that it shares with at
// least one other key.
//
// A key's concepts are, over the noun and verb lemmas with that key (one
// word, a verb phrase such as pull_out, or a noun phrase of the event
// table such as death_toll; names such as Homs are left out):
//   - the lemma's first conceptSenses senses of each part of speech;
//   - the senses that gave the lemma its event class, if it has one
//     (capture's military sense is its 5th);
//
// with the senses of one verb group (WordNet's "$" pointers: find
// "come upon after searching" and recover "get or find back") counted as
// one concept, named by the group's smallest synset.
func buildConcepts(wn *wordnet, k *keyer, ev *events) []string {
	group := verbGroups(wn)
	concept := func(id synID) synID {
		if g, ok := group[id]; ok {
			return g
		}
		return id
	}
	sets := map[string]map[synID]bool{}
	add := func(key string, id synID) {
		s := sets[key]
		if s == nil {
			s = map[synID]bool{}
			sets[key] = s
		}
		s[concept(id)] = true
	}
	for _, lp := range wn.lemmas("nv") {
		if strings.ContainsAny(lp.lemma, "0123456789.") || !plainWord(strings.ReplaceAll(lp.lemma, "_", "")) {
			continue
		}
		if wn.proper(lp) || (lp.pos == 'n' && strings.Contains(lp.lemma, "_") && ev.lemmaSyn[lp.lemma] == nil) {
			continue
		}
		key := k.lemmaKey(lp.lemma) // the verb found keeps "found"; the past of find is "find"
		if strings.Contains(lp.lemma, "_") {
			key = k.phraseKey(lp.lemma)
		}
		if key == "" || english.IsStopWord(key) {
			// Function words (a, be, have) carry no content to compare.
			continue
		}
		for i, id := range wn.senses[lp] {
			if i >= conceptSenses {
				break
			}
			add(key, id)
		}
		for _, id := range ev.lemmaSyn[lp.lemma] {
			if id.pos == lp.pos {
				add(key, id)
			}
		}
	}
	// Keep concepts that at least two keys share.
	users := map[synID]int{}
	for _, s := range sets {
		for id := range s {
			users[id]++
		}
	}
	noise = similarPairs(wn, k, sets, users, 800)
	keys := make([]string, 0, len(sets))
	for key := range sets {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	var out []string
	for _, key := range keys {
		var ids []synID
		for id := range sets[key] {
			if users[id] > 1 {
				ids = append(ids, id)
			}
		}
		if len(ids) == 0 {
			continue
		}
		sort.Slice(ids, func(i, j int) bool {
			if ids[i].pos != ids[j].pos {
				return ids[i].pos < ids[j].pos
			}
			return ids[i].off < ids[j].off
		})
		var b strings.Builder
		b.WriteString(key)
		b.WriteByte('\t')
		for i, id := range ids {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(id.String())
		}
		out = append(out, b.String())
	}
	return out
}

// noise is the statistic similarPairs computed, for the file header.
var noise string

// similarPairs measures how much the concepts merge common words: among
// the n one-word noun and verb lemmas with the largest tag counts, how
// many pairs with distinct keys share a concept.
func similarPairs(wn *wordnet, k *keyer, sets map[string]map[synID]bool, users map[synID]int, n int) string {
	total := map[string]int{}
	for lp, c := range wn.count {
		if (lp.pos == 'n' || lp.pos == 'v') && alpha(lp.lemma) {
			total[lp.lemma] += c
		}
	}
	lemmas := sortedKeys(total)
	sort.SliceStable(lemmas, func(i, j int) bool { return total[lemmas[i]] > total[lemmas[j]] })
	if len(lemmas) > n {
		lemmas = lemmas[:n]
	}
	keys := make([]string, len(lemmas))
	for i, l := range lemmas {
		keys[i] = k.key(l)
	}
	pairs, similar := 0, 0
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			pairs++
			if keys[i] == keys[j] {
				continue
			}
			for id := range sets[keys[i]] {
				if users[id] > 1 && sets[keys[j]][id] {
					similar++
					break
				}
			}
		}
	}
	return fmt.Sprintf("Among the %d one-word noun and verb lemmas with the largest tag counts, %d of %d pairs (%.2f%%) share a concept.",
		len(lemmas), similar, pairs, 100*float64(similar)/float64(pairs))
}

// verbGroups maps each verb synset of a verb group to the group's
// smallest synset.
func verbGroups(wn *wordnet) map[synID]synID {
	parent := map[synID]synID{}
	var find func(x synID) synID
	find = func(x synID) synID {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for _, id := range sortedIDs(wn.synsets) {
		if id.pos != 'v' {
			continue
		}
		for _, p := range wn.synsets[id].ptrs {
			if p.sym != "$" || p.to.pos != 'v' {
				continue
			}
			a, b := find(id), find(p.to)
			if a == b {
				continue
			}
			if b.off < a.off {
				a, b = b, a
			}
			parent[b] = a
		}
	}
	out := map[synID]synID{}
	for id := range parent {
		out[id] = find(id)
	}
	return out
}

const conceptsAbout = `
Line: key, tab, concepts: WordNet 3.0 synsets as part of speech (n, v) and offset; a verb
group is named by its smallest synset. Only concepts two or more keys share are listed.
`
