package reconcile

import (
	"context"
	"flag"
	"fmt"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/names"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
)

func debugPairs(t *testing.T, cs []claims.Claim, opts Options) {
	opts, _ = opts.withDefaults()
	ptrs := pointers(cs)
	res := names.NewResolver(opts.AliasTables, cs)
	p, err := prepare(context.Background(), ptrs, res, opts)
	if err != nil {
		t.Fatal(err)
	}
	for a := range p.cs {
		for b := a + 1; b < len(p.cs); b++ {
			lv := p.pairLevels(int32(a), int32(b))
			fmt.Println(a, b, lv, matchWeight(lv), p.score(int32(a), int32(b)), p.pairable(int32(a), int32(b)))
		}
	}
}

func TestDebugSummary(t *testing.T) {
	mk := func(doc string, line int, text string) claims.Claim {
		return claims.Claim{ID: fmt.Sprint(doc, line), Text: text, Provenance: claims.Provenance{Doc: doc, Line: line, Offset: line * 1000, Length: len(text)},
			Clause: claims.Span{Offset: line * 1000, Length: len(text), Text: text}, Quantities: []claims.Quantity{}, Mentions: []claims.Mention{}}
	}
	a := mk("a", 102, "By 28 February, government forces withdrew from Marjan toward the river.")
	b := mk("b", 80, "On 4 March, government forces withdrew from Marjan toward the river.")
	a.Date = &claims.TimeSpan{Start: 16071, End: 16129, Precision: claims.PrecisionDay, Modifier: claims.ModBefore}
	b.Date = &claims.TimeSpan{Start: 16133, End: 16133, Precision: claims.PrecisionDay}
	a.Event = &claims.Event{Type: claims.EventWithdraw}
	b.Event = &claims.Event{Type: claims.EventWithdraw}
	a.Mentions = []claims.Mention{{Text: "Marjan", Kind: claims.MentionPlace, Role: claims.RolePlace}}
	b.Mentions = []claims.Mention{{Text: "Marjan", Kind: claims.MentionPlace, Role: claims.RolePlace}}
	debugPairs(t, []claims.Claim{a, b}, Options{})
}

var dumpPairs = flag.String("dump-pairs", "", "")

func TestDumpCandidates(t *testing.T) {
	if *dumpPairs == "" {
		t.Skip()
	}
	paths, _ := filepath.Glob(*dumpPairs)
	ex, _ := extract.New(extract.Options{})
	var cs []claims.Claim
	for _, path := range paths {
		b, _ := os.ReadFile(path)
		got, _ := ex.Document(context.Background(), extract.Source{Name: filepath.Base(path), Text: b})
		cs = append(cs, got...)
	}
	opts, _ := Options{}.withDefaults()
	ptrs := pointers(cs)
	p, _ := prepare(context.Background(), ptrs, names.NewResolver(nil, cs), opts)
	var seen claimSet
	var buf []int32
	n, verb := 0, 0
	out, _ := os.Create("/tmp/pairs.tsv")
	defer out.Close()
	fmt.Fprintln(out, "id\tdoc_a\tline_a\tdate_a\tclause_a\tprevious_a\tdoc_b\tline_b\tdate_b\tclause_b\tprevious_b")
	for i := range int32(len(p.cs)) {
		buf = p.neighbours(i, buf[:0], &seen)
		for _, j := range buf {
			if j <= i || !p.pairable(i, j) || p.info[i].doc == p.info[j].doc {
				continue
			}
			if p.cosine(p.info[i].text, p.info[j].text) >= 0.85 {
				verb++
				continue
			}
			n++
			ca, cb := p.cs[i], p.cs[j]
			prev := func(k int32) string {
				if k > 0 && p.info[k-1].doc == p.info[k].doc {
					return clean(p.cs[k-1].Clause.Text)
				}
				return ""
			}
			fmt.Fprintf(out, "%d\t%s\t%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", n,
				ca.Provenance.Doc, ca.Provenance.Line, formatSpan(ca.Date), clean(ca.Clause.Text), prev(i),
				cb.Provenance.Doc, cb.Provenance.Line, formatSpan(cb.Date), clean(cb.Clause.Text), prev(j))
		}
	}
	fmt.Println("candidates", n, "verbatim", verb)
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
