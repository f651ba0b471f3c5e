package names_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/names"
)

// genName returns a random Arabic-like romanised name of 1 to 3 tokens.
func genName(rng *rand.Rand) string {
	cons := []string{"b", "d", "f", "h", "j", "k", "l", "m", "n", "q", "r", "s", "sh", "t", "z", "kh", "gh", "w", "y"}
	vows := []string{"a", "i", "u", "a", "ou", "e"}
	word := func() string {
		var b strings.Builder
		n := 2 + rng.IntN(2)
		for i := 0; i < n; i++ {
			b.WriteString(cons[rng.IntN(len(cons))])
			b.WriteString(vows[rng.IntN(len(vows))])
		}
		b.WriteString(cons[rng.IntN(len(cons))])
		w := b.String()
		return strings.ToUpper(w[:1]) + w[1:]
	}
	toks := []string{word()}
	for i := rng.IntN(3); i > 0; i-- {
		if rng.IntN(2) == 0 {
			toks = append(toks, "al-"+word())
		} else {
			toks = append(toks, word())
		}
	}
	return strings.Join(toks, " ")
}

// respell returns a spelling variant a transliteration key joins, or one a
// fuzzy match must find (one vowel changed).
func respell(rng *rand.Rand, s string, fuzzy bool) string {
	if fuzzy {
		b := []byte(s)
		for tries := 0; tries < 8; tries++ {
			i := rng.IntN(len(b))
			switch b[i] {
			case 'a':
				b[i] = 'u'
				return string(b)
			case 'u':
				b[i] = 'a'
				return string(b)
			}
		}
		return string(b)
	}
	r := strings.NewReplacer("q", "k", "ou", "u", "al-", "el-", "e", "i")
	switch rng.IntN(3) {
	case 0:
		return r.Replace(s)
	case 1:
		return "al-" + s
	}
	return s + "h"
}

type benchMention struct {
	name string
	kind claims.MentionKind
}

type benchSet struct {
	table    *names.AliasTable
	mentions []benchMention
}

func genBench(entities, mentions int) benchSet {
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []claims.MentionKind{claims.MentionPerson, claims.MentionGroup, claims.MentionPlace}
	tab := &names.AliasTable{File: "gen.json"}
	var known []benchMention
	for i := 0; i < entities; i++ {
		e := names.AliasEntity{ID: fmt.Sprintf("e%d", i), Kind: kinds[i%3], File: "gen.json", Line: i + 1}
		for j := 0; j < 1+rng.IntN(3); j++ {
			n := genName(rng)
			e.Names = append(e.Names, names.AliasName{Name: n})
			known = append(known, benchMention{n, e.Kind})
		}
		tab.Entities = append(tab.Entities, e)
	}
	var ms []benchMention
	for i := 0; i < mentions; i++ {
		n := known[rng.IntN(len(known))]
		switch p := rng.IntN(10); {
		case p < 5:
			ms = append(ms, benchMention{respell(rng, n.name, false), n.kind})
		case p < 7:
			ms = append(ms, benchMention{respell(rng, n.name, true), n.kind})
		default:
			ms = append(ms, benchMention{genName(rng), n.kind}) // mostly unknown
		}
	}
	return benchSet{tab, ms}
}

// BenchmarkResolve resolves 100,000 mentions against a generated table of
// 10,000 entities (and, to show that blocking keeps the cost per mention
// flat, 1,000 and 100,000), reporting mentions per second.
func BenchmarkResolve(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		set := genBench(n, 100000)
		r := names.NewResolver([]*names.AliasTable{set.table}, nil)
		b.Run(fmt.Sprintf("entities=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var found int
			for b.Loop() {
				found = 0
				for _, m := range set.mentions {
					if res := r.Resolve(m.name, m.kind, nil); !strings.HasPrefix(res.Entity, "name:") {
						found++
					}
				}
			}
			b.ReportMetric(float64(len(set.mentions))*float64(b.N)/b.Elapsed().Seconds(), "mentions/s")
			b.ReportMetric(float64(found)/float64(len(set.mentions)), "resolved-to-table")
		})
	}
}

// BenchmarkNewResolver builds a resolver over 10,000 entities and the
// names of 10,000 claims.
func BenchmarkNewResolver(b *testing.B) {
	set := genBench(10000, 10000)
	cs := make([]claims.Claim, len(set.mentions))
	for i, m := range set.mentions {
		cs[i].Mentions = []claims.Mention{{Text: m.name, Kind: m.kind}}
	}
	for b.Loop() {
		names.NewResolver([]*names.AliasTable{set.table}, cs)
	}
}

// BenchmarkLoadAliasTable reads a generated alias file of 5,000 entities
// with two names each, one line per name, reporting MB/s.
func BenchmarkLoadAliasTable(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("{\"entities\": [\n")
	for i := range 5000 {
		if i > 0 {
			sb.WriteString(",\n")
		}
		fmt.Fprintf(&sb, "  {\"id\": \"e%d\", \"kind\": \"place\", \"names\": [\n    \"Kafr %d\",\n    {\"name\": \"Tell %d\", \"valid_from\": \"2014-03\"}\n  ]}", i, i, i)
	}
	sb.WriteString("\n]}\n")
	src := sb.String()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := names.LoadAliasTable("gen.json", strings.NewReader(src)); err != nil {
			b.Fatal(err)
		}
	}
}
