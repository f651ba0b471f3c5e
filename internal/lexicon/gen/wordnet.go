package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// A synID names a synset: its part of speech (n, v, a, r; adjective
// satellites are a) and its byte offset in the data file.
type synID struct {
	pos byte
	off uint32
}

func (s synID) String() string { return fmt.Sprintf("%c%08d", s.pos, s.off) }

// parseSynID reads "v01994460".
func parseSynID(s string) (synID, error) {
	if len(s) != 9 || strings.IndexByte("nvar", s[0]) < 0 {
		return synID{}, fmt.Errorf("bad synset id %q", s)
	}
	n, err := strconv.ParseUint(s[1:], 10, 32)
	if err != nil {
		return synID{}, fmt.Errorf("bad synset id %q", s)
	}
	return synID{s[0], uint32(n)}, nil
}

type pointer struct {
	sym      string // "@" hypernym, "~" hyponym, "+" derivation, "$" verb group…
	to       synID
	src, dst int // word numbers (1-based) for lexical pointers; 0 for semantic ones
}

type synset struct {
	id      synID
	lexfile int      // lexicographer file number (4 noun.act, 18 noun.person…)
	words   []string // lower-cased lemmas, "_" between words, adjective markers removed
	capital []bool   // the lemma is written with a capital here (Syria, Homs)
	acronym []bool   // the lemma is written in capitals here (HQ)
	ptrs    []pointer
	gloss   string
}

type lemmaPos struct {
	lemma string
	pos   byte
}

// wordnet is the part of a WordNet 3.0 database the generator reads.
type wordnet struct {
	dir     string
	synsets map[synID]*synset
	// senses lists a lemma's synsets in WordNet's sense order (most
	// frequent first, by semantic-concordance tag counts).
	senses map[lemmaPos][]synID
	// count is a lemma's total tag count in the semantic concordances
	// (cntlist.rev), summed over its senses.
	count map[lemmaPos]int
	// exc maps an irregular form to its lemmas, from the *.exc files.
	exc map[string][]lemmaPos
	// licence is the licence notice at the head of the data files.
	licence string
}

var posFiles = []struct {
	pos  byte
	name string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

func readWordNet(dir string) (*wordnet, error) {
	wn := &wordnet{
		dir:     dir,
		synsets: map[synID]*synset{},
		senses:  map[lemmaPos][]synID{},
		count:   map[lemmaPos]int{},
		exc:     map[string][]lemmaPos{},
	}
	for _, pf := range posFiles {
		if err := wn.readData(pf.pos, filepath.Join(dir, "data."+pf.name)); err != nil {
			return nil, err
		}
		if err := wn.readIndex(pf.pos, filepath.Join(dir, "index."+pf.name)); err != nil {
			return nil, err
		}
		if err := wn.readExc(pf.pos, filepath.Join(dir, pf.name+".exc")); err != nil {
			return nil, err
		}
	}
	if err := wn.readCounts(filepath.Join(dir, "cntlist.rev")); err != nil {
		return nil, err
	}
	return wn, nil
}

func eachLine(path string, f func(line string) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if err := f(sc.Text()); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func (wn *wordnet) readData(pos byte, path string) error {
	var lic strings.Builder
	err := eachLine(path, func(line string) error {
		if strings.HasPrefix(line, "  ") {
			// The licence notice heads every data file, one numbered line
			// at a time: "  1 This software and database is ...".
			if pos == 'n' {
				_, text, _ := strings.Cut(strings.TrimSpace(line), " ")
				lic.WriteString(strings.TrimRight(text, " "))
				lic.WriteByte('\n')
			}
			return nil
		}
		body, gloss, _ := strings.Cut(line, " | ")
		t := strings.Fields(body)
		if len(t) < 6 {
			return fmt.Errorf("short synset line")
		}
		off, err := strconv.ParseUint(t[0], 10, 32)
		if err != nil {
			return err
		}
		id := synID{pos, uint32(off)}
		nw, err := strconv.ParseUint(t[3], 16, 16)
		if err != nil {
			return err
		}
		lf, err := strconv.Atoi(t[1])
		if err != nil {
			return err
		}
		s := &synset{id: id, lexfile: lf, gloss: strings.TrimSpace(gloss)}
		i := 4
		for k := 0; k < int(nw); k++ {
			w := t[i]
			if j := strings.IndexByte(w, '('); j > 0 {
				w = w[:j] // adjective position markers: "(a)", "(p)", "(ip)"
			}
			s.words = append(s.words, strings.ToLower(w))
			s.capital = append(s.capital, w[0] >= 'A' && w[0] <= 'Z')
			s.acronym = append(s.acronym, len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w)
			i += 2
		}
		np, err := strconv.Atoi(t[i])
		if err != nil {
			return err
		}
		i++
		for k := 0; k < np; k++ {
			o, err := strconv.ParseUint(t[i+1], 10, 32)
			if err != nil {
				return err
			}
			p := t[i+2][0]
			if p == 's' {
				p = 'a'
			}
			sd := t[i+3]
			src, _ := strconv.ParseUint(sd[:2], 16, 8)
			dst, _ := strconv.ParseUint(sd[2:], 16, 8)
			s.ptrs = append(s.ptrs, pointer{sym: t[i], to: synID{p, uint32(o)}, src: int(src), dst: int(dst)})
			i += 4
		}
		wn.synsets[id] = s
		return nil
	})
	if pos == 'n' {
		wn.licence = lic.String()
	}
	return err
}

func (wn *wordnet) readIndex(pos byte, path string) error {
	return eachLine(path, func(line string) error {
		if strings.HasPrefix(line, "  ") {
			return nil
		}
		t := strings.Fields(line)
		if len(t) < 6 {
			return fmt.Errorf("short index line")
		}
		sc, err := strconv.Atoi(t[2])
		if err != nil {
			return err
		}
		pc, err := strconv.Atoi(t[3])
		if err != nil {
			return err
		}
		offs := t[4+pc+2:]
		if len(offs) != sc {
			return fmt.Errorf("index line for %q: %d offsets, want %d", t[0], len(offs), sc)
		}
		lp := lemmaPos{t[0], pos}
		for _, o := range offs {
			n, err := strconv.ParseUint(o, 10, 32)
			if err != nil {
				return err
			}
			wn.senses[lp] = append(wn.senses[lp], synID{pos, uint32(n)})
		}
		return nil
	})
}

func (wn *wordnet) readExc(pos byte, path string) error {
	return eachLine(path, func(line string) error {
		t := strings.Fields(line)
		if len(t) < 2 {
			return nil
		}
		for _, l := range t[1:] {
			wn.exc[t[0]] = append(wn.exc[t[0]], lemmaPos{l, pos})
		}
		return nil
	})
}

// readCounts sums cntlist.rev's tag counts by lemma and part of speech.
// A line is "sense_key sense_number tag_count"; a sense key is
// "lemma%ss_type:...", ss_type 1 noun, 2 verb, 3 adjective, 4 adverb,
// 5 adjective satellite.
func (wn *wordnet) readCounts(path string) error {
	return eachLine(path, func(line string) error {
		t := strings.Fields(line)
		if len(t) != 3 {
			return nil
		}
		lemma, rest, ok := strings.Cut(t[0], "%")
		if !ok || rest == "" {
			return nil
		}
		var pos byte
		switch rest[0] {
		case '1':
			pos = 'n'
		case '2':
			pos = 'v'
		case '3', '5':
			pos = 'a'
		case '4':
			pos = 'r'
		default:
			return nil
		}
		c, err := strconv.Atoi(t[2])
		if err != nil {
			return err
		}
		wn.count[lemmaPos{strings.ToLower(lemma), pos}] += c
		return nil
	})
}

// rank is the 1-based sense number of synset s for lemma l, or 0.
func (wn *wordnet) rank(l string, s synID) int {
	for i, x := range wn.senses[lemmaPos{l, s.pos}] {
		if x == s {
			return i + 1
		}
	}
	return 0
}

// proper reports whether a lemma is written with a capital in all its
// synsets of the part of speech and is not an acronym: a name (Syria,
// Homs), not a word (HQ is a word).
func (wn *wordnet) proper(lp lemmaPos) bool {
	for _, id := range wn.senses[lp] {
		s := wn.synsets[id]
		for i, w := range s.words {
			if w == lp.lemma && (!s.capital[i] || s.acronym[i]) {
				return false
			}
		}
	}
	return true
}

// isLemma reports whether l is a lemma of any part of speech.
func (wn *wordnet) isLemma(l string) bool {
	for _, p := range "nvar" {
		if _, ok := wn.senses[lemmaPos{l, byte(p)}]; ok {
			return true
		}
	}
	return false
}

// lemmas returns every lemma of the given parts of speech, sorted.
func (wn *wordnet) lemmas(pos string) []lemmaPos {
	var out []lemmaPos
	for lp := range wn.senses {
		if strings.IndexByte(pos, lp.pos) >= 0 {
			out = append(out, lp)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].lemma != out[j].lemma {
			return out[i].lemma < out[j].lemma
		}
		return out[i].pos < out[j].pos
	})
	return out
}
