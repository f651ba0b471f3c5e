package reconcile

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/names"
)

// dumpPairs names the file TestDumpCandidates writes: every candidate
// pair blocking proposes between two seed documents, for labelling
// (testdata/alignment/seed-pairs.tsv was made from it).
var dumpPairs = flag.String("dump-pairs", "", "write the seed candidate pairs to this TSV file")

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
