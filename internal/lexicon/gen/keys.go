package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"
)

// stem is the Snowball English stemmer as the package calls it: stop
// words ("during", "having") are left as they are.
func stem(w string) string { return english.Stem(w, false) }

// plainWord reports whether w is one word of letters, hyphens and
// apostrophes: the forms the word table holds.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	letters := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			letters = true
		case c == '-' || c == '\'':
		default:
			return false
		}
	}
	return letters
}

// tableWord reports whether w goes into the word table: a plain word
// that does not end in a possessive ("chemist's"), which the package
// strips before looking a word up.
func tableWord(w string) bool {
	return plainWord(w) && !strings.HasSuffix(w, "'") && !strings.HasSuffix(w, "'s")
}

// unhyphen is w without hyphens: the package joins hyphenated compounds
// (cease-fire → ceasefire) before looking them up.
func unhyphen(w string) string { return strings.ReplaceAll(w, "-", "") }

// keyer computes the comparison keys of WordNet's words.
type keyer struct {
	wn *wordnet
	// canon maps a spelling variant to the lemma whose key it shares
	// (organise → organize, artefact → artifact).
	canon map[string]string
	// resolved maps an irregular form to the lemma it is read as
	// (withdrew → withdraw, found → find, wound → wound).
	resolved map[string]string
	// pos holds, for each table word, the parts of speech it is a lemma
	// of (bits posN, posV, posA).
	pos map[string]uint8
	// skip holds the keys of skipWords.
	skip map[string]bool
	// family maps the lemmas that families keeps apart to their keys.
	family map[string]string
	// excForms holds the irregular forms of the exception lists, hyphens
	// removed.
	excForms map[string]bool
}

const (
	posN uint8 = 1 << iota
	posV
	posA
)

func posBit(p byte) uint8 {
	switch p {
	case 'n':
		return posN
	case 'v':
		return posV
	case 'a':
		return posA
	}
	return 0
}

func newKeyer(wn *wordnet) *keyer {
	k := &keyer{wn: wn, pos: map[string]uint8{}}
	for lp := range wn.senses {
		if !tableWord(lp.lemma) {
			continue
		}
		k.pos[unhyphen(lp.lemma)] |= posBit(lp.pos)
	}
	k.excForms = map[string]bool{}
	for w := range wn.exc {
		if tableWord(w) {
			k.excForms[unhyphen(w)] = true
		}
	}
	k.canon = variants(wn)
	k.family = k.families()
	k.resolved = k.resolveExceptions()
	return k
}

// total is a lemma's tag count over all parts of speech.
func (k *keyer) total(l string) int {
	n := 0
	for _, p := range "nvar" {
		n += k.wn.count[lemmaPos{l, byte(p)}]
	}
	return n
}

// baseKey is the Snowball stem of a lemma's canonical spelling, hyphens
// removed.
func (k *keyer) baseKey(l string) string {
	l = unhyphen(l)
	if c, ok := k.canon[l]; ok {
		l = c
	}
	return stem(l)
}

// lemmaKey is the key of a lemma: its baseKey, unless families (below)
// keeps it apart from unrelated lemmas with the same stem.
func (k *keyer) lemmaKey(l string) string {
	if f, ok := k.family[unhyphen(l)]; ok {
		return f
	}
	return k.baseKey(l)
}

// families keeps apart lemmas that the stemmer merges but that are not
// related: liberal and liberate both stem to "liber", organ and organize
// to "organ", universe and university to "univers". The lemmas of one
// stem are grouped by WordNet's morphology: derivation ("+": liberate,
// liberation), participle ("<": liberated), pertainym (liberally),
// spelling variant (organise) and regular inflection (morphy's rules:
// troops, troop). Derivations to and from nouns of people are not
// followed, so that attacker, demonstrator and murderer are not their
// events. The group with the largest tag count keeps the stem as its
// key; each other group's key is its most frequent lemma followed by "~"
// ("liberate~"), a string no stem is. It returns the keys of the lemmas
// of the other groups.
func (k *keyer) families() map[string]string {
	parent := map[string]string{}
	var find func(x string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	base := map[string]string{}
	for w := range k.pos {
		base[w] = k.baseKey(w)
	}
	union := func(a, b string) {
		if base[a] == "" || base[b] == "" || base[a] != base[b] {
			return
		}
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	for _, id := range sortedIDs(k.wn.synsets) {
		s := k.wn.synsets[id]
		for _, p := range s.ptrs {
			if p.src == 0 || (p.sym != "+" && p.sym != "<" && p.sym != "\\") {
				continue
			}
			t := k.wn.synsets[p.to]
			if t == nil || p.src > len(s.words) || p.dst > len(t.words) {
				continue
			}
			if isPerson(s) || isPerson(t) {
				continue // attacker is not attack
			}
			union(unhyphen(s.words[p.src-1]), unhyphen(t.words[p.dst-1]))
		}
	}
	words := make([]string, 0, len(k.pos))
	for w := range k.pos {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		if c, ok := k.canon[w]; ok {
			union(w, c)
		}
		for _, r := range detach {
			if strings.HasSuffix(w, r.from) {
				l := w[:len(w)-len(r.from)] + r.ins
				if k.pos[l]&posBit(r.pos) != 0 {
					union(w, l)
				}
			}
		}
	}
	// Group by stem, then by family.
	byStem := map[string]map[string][]string{}
	for _, w := range words {
		b := base[w]
		if byStem[b] == nil {
			byStem[b] = map[string][]string{}
		}
		r := find(w)
		byStem[b][r] = append(byStem[b][r], w)
	}
	out := map[string]string{}
	for _, b := range sortedKeys(byStem) {
		fams := byStem[b]
		if len(fams) < 2 {
			continue
		}
		type fam struct {
			words []string
			n     int
			rep   string
		}
		var fs []fam
		for _, r := range sortedKeys(fams) {
			f := fam{words: fams[r]}
			repN := -1
			for _, w := range f.words {
				n := k.total(w)
				f.n += n
				if n > repN || (n == repN && (len(w) < len(f.rep) || (len(w) == len(f.rep) && w < f.rep))) {
					f.rep, repN = w, n
				}
			}
			fs = append(fs, f)
		}
		main := 0
		for i, f := range fs[1:] {
			m := fs[main]
			if f.n > m.n || (f.n == m.n && (contains(f.words, b) && !contains(m.words, b) ||
				contains(f.words, b) == contains(m.words, b) && len(f.words) > len(m.words))) {
				main = i + 1
			}
		}
		for i, f := range fs {
			if i == main {
				continue
			}
			for _, w := range f.words {
				out[w] = f.rep + "~"
			}
		}
	}
	return out
}

// isPerson reports whether s is a noun synset of people (noun.person).
func isPerson(s *synset) bool { return s.id.pos == 'n' && s.lexfile == 18 }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}

// surfaceKey is the key of a word as written: an irregular form is read
// as the lemma resolveExceptions chose for it.
func (k *keyer) surfaceKey(w string) string {
	if l, ok := k.resolved[w]; ok {
		return k.lemmaKey(l)
	}
	return k.lemmaKey(w)
}

// key is the key of a word as package lexicon computes it: the table's
// key for a word it holds; else the word itself for a function word;
// else the lemma key of the first lemma that morphy's detachment rules
// give; else the Snowball stem.
func (k *keyer) key(w string) string {
	w = unhyphen(strings.ToLower(w))
	if strings.HasSuffix(w, "'s") && len(w) > 2 {
		w = w[:len(w)-2]
	} else if strings.HasSuffix(w, "'") && len(w) > 1 {
		w = w[:len(w)-1]
	}
	if w == "" {
		return ""
	}
	if k.known(w) {
		return k.surfaceKey(w)
	}
	if english.IsStopWord(w) {
		return w
	}
	for _, r := range detach {
		if len(w) <= len(r.from) || !strings.HasSuffix(w, r.from) {
			continue
		}
		l := w[:len(w)-len(r.from)] + r.ins
		if k.pos[l]&posBit(r.pos) != 0 {
			return k.lemmaKey(l)
		}
	}
	if !strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyz") {
		return w
	}
	return stem(w)
}

// phraseKey is the key of a WordNet lemma as callers compute it: one word
// gives Key(word); a phrase ("pull_out", "cease-fire" counts as the
// closed compound) gives the keys of its words joined by spaces, with
// skipWords (articles, pronouns, WordNet's placeholders one's, someone)
// dropped.
func (k *keyer) phraseKey(lemma string) string {
	lemma = strings.ReplaceAll(lemma, " ", "_")
	if !strings.Contains(lemma, "_") {
		return k.key(lemma)
	}
	if k.skip == nil {
		k.skip = map[string]bool{}
		for _, w := range skipWords {
			k.skip[k.key(w)] = true
		}
	}
	var parts []string
	for _, w := range strings.Split(lemma, "_") {
		if key := k.key(w); key != "" && !k.skip[key] {
			parts = append(parts, key)
		}
	}
	return strings.Join(parts, " ")
}

// known reports whether w is in the word table.
func (k *keyer) known(w string) bool {
	if k.pos[w] != 0 {
		return true
	}
	_, ok := k.excForms[w]
	return ok
}

// Morphy's detachment rules (WordNet's morphy(7WN)): a regular inflection
// of a lemma of the part of speech ends in the first string; replacing it
// by the second gives the lemma.
var detach = []struct {
	pos       byte
	from, ins string
}{
	{'n', "s", ""}, {'n', "ses", "s"}, {'n', "xes", "x"}, {'n', "zes", "z"},
	{'n', "ches", "ch"}, {'n', "shes", "sh"}, {'n', "men", "man"}, {'n', "ies", "y"},
	{'v', "s", ""}, {'v', "ies", "y"}, {'v', "es", "e"}, {'v', "es", ""},
	{'v', "ed", "e"}, {'v', "ed", ""}, {'v', "ing", "e"}, {'v', "ing", ""},
	{'a', "er", ""}, {'a', "est", ""}, {'a', "er", "e"}, {'a', "est", "e"},
}

// resolveExceptions chooses one reading for each irregular form of the
// exception lists. WordNet's morphy returns every reading ("found" is the
// lemma found and a form of find; "leaves" is leaf, leave n and leave v);
// a key needs one. The reading with the larger tag count in the semantic
// concordances wins, counting for the form itself only its noun, verb and
// adverb senses when it is also a verb form (participial adjectives such
// as "allied" defer to their verb), and only if its count n beats the
// other's m by n > 2m+1 ("wound" 29 against wind 7 stays wound; "slain"
// 1 against slay 0 reads as slay). Other ties go to the exception lists'
// lemma, then to morphy's regular reading. A form an exception list maps
// to itself ("his his" in noun.exc) is its own base: morphy's rules do not
// read it as an inflection (of hi).
func (k *keyer) resolveExceptions() map[string]string {
	out := map[string]string{}
	forms := make([]string, 0, len(k.wn.exc))
	for w := range k.wn.exc {
		forms = append(forms, w)
	}
	sort.Strings(forms)
	for _, w := range forms {
		if !plainWord(w) {
			continue
		}
		type cand struct {
			lemma string
			n     int
			order int // 0 exception lemma, 1 regular inflection, 2 the form itself
		}
		var cands []cand
		verbForm, selfBase := false, false
		for _, lp := range k.wn.exc[w] {
			if lp.lemma == w {
				// "his his": the form is its own base, and morphy's
				// rules are not to read it as an inflection (of hi).
				cands = append(cands, cand{w, k.wn.count[lp], 0})
				selfBase = true
				continue
			}
			if _, ok := k.wn.senses[lp]; !ok {
				continue
			}
			cands = append(cands, cand{lp.lemma, k.wn.count[lp], 0})
			if lp.pos == 'v' {
				verbForm = true
			}
		}
		for _, r := range detach {
			if selfBase || !strings.HasSuffix(w, r.from) {
				continue
			}
			l := w[:len(w)-len(r.from)] + r.ins
			if l == w {
				continue
			}
			if _, ok := k.wn.senses[lemmaPos{l, r.pos}]; ok {
				cands = append(cands, cand{l, k.wn.count[lemmaPos{l, r.pos}], 1})
			}
		}
		if len(cands) == 0 {
			continue
		}
		if k.wn.isLemma(w) {
			n := k.wn.count[lemmaPos{w, 'n'}] + k.wn.count[lemmaPos{w, 'v'}] + k.wn.count[lemmaPos{w, 'r'}]
			if !verbForm {
				n += k.wn.count[lemmaPos{w, 'a'}]
			}
			cands = append(cands, cand{w, n, 2})
		}
		// The form read as itself must be clearly more frequent: tag
		// counts are small, and "slain" (1) against slay (0) is noise.
		best := cands[0]
		for _, c := range cands[1:] {
			bn, cn := best.n, c.n
			if best.order == 2 {
				bn = (bn - 1) / 2
			}
			if c.order == 2 {
				cn = (cn - 1) / 2
			}
			if cn > bn || (cn == bn && c.order < best.order) {
				best = c
			}
		}
		if best.lemma != w {
			out[unhyphen(w)] = best.lemma
		}
	}
	return out
}

// variants finds spelling variants: two one-word lemmas of one synset,
// at most two edits apart and with the same first letter, where one is a
// lemma only of synsets the other is a lemma of too (so it is never used
// where the other is not): organise/organize, colour/color,
// artefact/artifact, defence/defense. The variant maps to the other;
// where both have the same synsets, the one with the larger tag count (then
// the alphabetically first) is canonical.
func variants(wn *wordnet) map[string]string {
	type key struct{ a, b string }
	seen := map[key]bool{}
	out := map[string]string{}
	better := func(a, b string) bool { // a is preferred to b as canonical
		ca, cb := 0, 0
		for _, p := range "nvar" {
			ca += wn.count[lemmaPos{a, byte(p)}]
			cb += wn.count[lemmaPos{b, byte(p)}]
		}
		if ca != cb {
			return ca > cb
		}
		return a < b
	}
	subset := func(a, b string) bool { // every sense of a is a sense of b
		for _, p := range "nvar" {
			sa := wn.senses[lemmaPos{a, byte(p)}]
			if len(sa) == 0 {
				continue
			}
			sb := map[synID]bool{}
			for _, s := range wn.senses[lemmaPos{b, byte(p)}] {
				sb[s] = true
			}
			for _, s := range sa {
				if !sb[s] {
					return false
				}
			}
		}
		return true
	}
	ids := make([]synID, 0, len(wn.synsets))
	for id := range wn.synsets {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if ids[i].pos != ids[j].pos {
			return ids[i].pos < ids[j].pos
		}
		return ids[i].off < ids[j].off
	})
	for _, id := range ids {
		ws := wn.synsets[id].words
		for i, a := range ws {
			for _, b := range ws[i+1:] {
				if a == b || !alpha(a) || !alpha(b) || len(a) < 4 || len(b) < 4 || a[0] != b[0] {
					continue
				}
				if a > b {
					a, b = b, a
				}
				if seen[key{a, b}] || editDistance(a, b) > 2 {
					continue
				}
				seen[key{a, b}] = true
				ab, ba := subset(a, b), subset(b, a)
				switch {
				case ab && ba:
					if better(a, b) {
						out[b] = a
					} else {
						out[a] = b
					}
				case ab:
					out[a] = b
				case ba:
					out[b] = a
				}
			}
		}
	}
	// Follow chains (a → b → c) to their end; a cycle cannot arise as
	// every step goes to a word with at least the senses of the last.
	for w := range out {
		c := out[w]
		for i := 0; i < 8; i++ {
			n, ok := out[c]
			if !ok || n == w {
				break
			}
			c = n
		}
		if c != w {
			out[w] = c
		} else {
			delete(out, w)
		}
	}
	return out
}

func alpha(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// wordTable returns the lines of words.txt, sorted by word. A line is
//
//	word key pos [lemma-key]
//
// key is the word's key written relative to the word: a number of bytes
// to cut from its end followed by the bytes to append ("capture 1",
// "happy 1i"), or "=" and the whole key when the two share no prefix
// ("went =go"). pos lists the parts of speech the word is a lemma of (n,
// v, a) or is "-". lemma-key, in the same notation, is present when the
// word is a lemma whose own key differs from its key as written ("found
// =find v 0": the verb found, as in "founded", keeps "found").
func (k *keyer) wordTable() []string {
	words := map[string]bool{}
	for w := range k.pos {
		words[w] = true
	}
	for w := range k.excForms {
		words[w] = true
	}
	list := make([]string, 0, len(words))
	for w := range words {
		list = append(list, w)
	}
	sort.Strings(list)
	out := make([]string, 0, len(list))
	for _, w := range list {
		key := k.surfaceKey(w)
		line := w + " " + relKey(w, key) + " " + posString(k.pos[w])
		if k.pos[w] != 0 {
			if lk := k.lemmaKey(w); lk != key {
				line += " " + relKey(w, lk)
			}
		}
		out = append(out, line)
	}
	return out
}

func posString(b uint8) string {
	var s []byte
	for i, c := range "nva" {
		if b&(1<<i) != 0 {
			s = append(s, byte(c))
		}
	}
	if len(s) == 0 {
		return "-"
	}
	return string(s)
}

// relKey writes key relative to word (see wordTable).
func relKey(word, key string) string {
	p := 0
	for p < len(word) && p < len(key) && word[p] == key[p] {
		p++
	}
	if p == 0 {
		return "=" + key
	}
	return fmt.Sprintf("%d%s", len(word)-p, key[p:])
}
