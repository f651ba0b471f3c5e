package reconcile

import (
	"bytes"
	"cmp"
	"context"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/names"
)

// The match weights in weights.go are estimated by this test from
// labelled pairs of claims, as a supervised Fellegi–Sunter model: for each
// feature level, m is its frequency among pairs that tell one event and u
// among candidate pairs that do not, each with add-one (Laplace)
// smoothing, and the weight is log2(m/u). The prior is the share of
// matches among the candidate pairs of a corpus whose every candidate
// pair was labelled (testdata/alignment/seed-pairs.tsv).
//
// The labelled pairs (see testdata/alignment/README.md) are:
//   - seed-pairs.tsv: every candidate pair blocking proposed between
//     different seed documents, near-verbatim copies left out, labelled
//     same event or not;
//   - train-pairs.tsv: pairs between four documents written for the
//     project, which retell seed events in other words, and the seeds.
//
// Unsupervised estimation (expectation–maximisation over the candidate
// pairs, as Splink does) was tried first and rejected: on this corpus the
// pairs that tell one event are mostly near-copies, and EM learned that
// any difference of date or figure means another event — which would hide
// exactly the contradictions Concord is for.
//
// Refit after a change to extraction or to the features:
//
//	go test ./reconcile -run TestFitWeights -fit
var fitWeights = flag.Bool("fit", false, "estimate the match weights from testdata/alignment and write weights.go")

// labelled is a labelled pair: two sentences by document, line and a
// snippet of their text.
type labelled struct {
	docA, snipA string
	lineA       int
	docB, snipB string
	lineB       int
	match       bool
}

// readLabels reads a labelled pair file (tab-separated, with a header:
// doc_a, line_a, snip_a, doc_b, line_b, snip_b, label, note); labels other
// than 0 and 1 are left out.
func readLabels(t *testing.T, path string) []labelled {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []labelled
	for k, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if k == 0 {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 7 || f[6] != "0" && f[6] != "1" {
			continue
		}
		la, errA := strconv.Atoi(f[1])
		lb, errB := strconv.Atoi(f[4])
		if errA != nil || errB != nil {
			t.Fatalf("%s:%d: bad line numbers", path, k+1)
		}
		out = append(out, labelled{f[0], f[2], la, f[3], f[5], lb, f[6] == "1"})
	}
	return out
}

// fitDocs reads the documents the labelled pairs refer to.
func fitDocs(t *testing.T) []claims.Claim {
	var paths []string
	for _, g := range []string{"../seeds/*.txt", "../testdata/alignment/train/*.txt"} {
		ms, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, ms...)
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var cs []claims.Claim
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ex.Document(context.Background(), extract.Source{Name: filepath.Base(path), Text: b})
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, got...)
	}
	return cs
}

// find returns the claim of doc at line whose clause holds snip (or, when
// none does, whose sentence holds it), or -1.
func (p *prepared) find(doc string, line int, snip string) int32 {
	best := int32(-1)
	for i, c := range p.cs {
		if c.Provenance.Doc != doc || c.Provenance.Line != line || !strings.Contains(c.Text, snip) {
			continue
		}
		if strings.Contains(c.Clause.Text, snip) {
			return int32(i)
		}
		if best < 0 {
			best = int32(i)
		}
	}
	return best
}

func TestFitWeights(t *testing.T) {
	if !*fitWeights {
		t.Skip("run with -fit to estimate the weights")
	}
	cs := fitDocs(t)
	opts, _ := Options{}.withDefaults()
	ptrs := pointers(cs)
	p, err := prepare(context.Background(), ptrs, names.NewResolver(nil, cs), opts)
	if err != nil {
		t.Fatal(err)
	}
	var fm fitted
	files := []string{"../testdata/alignment/seed-pairs.tsv", "../testdata/alignment/train-pairs.tsv"}
	for k, file := range files {
		missing := 0
		for _, l := range readLabels(t, file) {
			a, b := p.find(l.docA, l.lineA, l.snipA), p.find(l.docB, l.lineB, l.snipB)
			if a < 0 || b < 0 || a == b {
				missing++
				continue
			}
			lv := p.pairLevels(min(a, b), max(a, b))
			if l.match {
				fm.pos = append(fm.pos, lv)
			} else {
				fm.neg = append(fm.neg, lv)
			}
			if k == 0 {
				// The seed pairs are all the candidates of a corpus: their
				// share of matches is the prior.
				fm.seedPairs++
				if l.match {
					fm.seedMatches++
				}
			}
		}
		if missing > 0 {
			t.Logf("%s: %d labelled pairs not found among the claims", file, missing)
		}
		fm.files = append(fm.files, strings.TrimPrefix(file, "../"))
	}
	fm.estimate()
	if err := os.WriteFile("weights.go", fm.source(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d matching and %d non-matching pairs; prior %d/%d", len(fm.pos), len(fm.neg), fm.seedMatches, fm.seedPairs)
}

// fitted is a model estimated from labelled pairs.
type fitted struct {
	pos, neg               []levels
	seedPairs, seedMatches int
	files                  []string
	m, u                   [numFeatures][]float64
	lambda                 float64
	threshold, f1          float64
}

// estimate computes m, u and the prior.
func (fm *fitted) estimate() {
	freq := func(ls []levels, f feature) []float64 {
		c := make([]float64, len(levelNames[f]))
		total := 0.0
		for l := 1; l < len(c); l++ {
			c[l] = 1 // Laplace
			total++
		}
		for _, lv := range ls {
			if l := lv[f]; l != levelMissing {
				c[l]++
				total++
			}
		}
		for l := 1; l < len(c); l++ {
			c[l] /= total
		}
		return c
	}
	for f := range numFeatures {
		fm.m[f] = freq(fm.pos, f)
		fm.u[f] = freq(fm.neg, f)
	}
	fm.lambda = (float64(fm.seedMatches) + 1) / (float64(fm.seedPairs) + 2)
	fm.threshold, fm.f1 = bestThreshold(fm.pos, fm.neg, fm.featureWeight)
}

// featureWeight is the summed feature weight of a pair's levels (no
// prior).
func (fm *fitted) featureWeight(lv levels) float64 {
	w := 0.0
	for f := range numFeatures {
		if l := lv[f]; l != levelMissing {
			w += math.Log2(fm.m[f][l] / fm.u[f][l])
		}
	}
	return w
}

// bestThreshold returns the weight that separates the labelled pairs
// best (the highest F1 of "weight >= threshold" as "one event"), and that
// F1. Ties go to the higher threshold.
func bestThreshold(pos, neg []levels, weight func(levels) float64) (float64, float64) {
	type scored struct {
		w     float64
		match bool
	}
	var all []scored
	for _, lv := range pos {
		all = append(all, scored{weight(lv), true})
	}
	for _, lv := range neg {
		all = append(all, scored{weight(lv), false})
	}
	slices.SortFunc(all, func(a, b scored) int { return cmp.Compare(b.w, a.w) })
	best, bestF1, tp, fp := math.Inf(1), 0.0, 0, 0
	for k, s := range all {
		if s.match {
			tp++
		} else {
			fp++
		}
		if k+1 < len(all) && all[k+1].w == s.w {
			continue
		}
		prec, rec := float64(tp)/float64(tp+fp), float64(tp)/float64(len(pos))
		if f1 := 2 * prec * rec / (prec + rec); f1 > bestF1 {
			bestF1 = f1
			best = s.w
			if k+1 < len(all) {
				best = (s.w + all[k+1].w) / 2
			}
		}
	}
	return best, bestF1
}

// source renders the estimated weights as weights.go.
func (fm fitted) source() []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by TestFitWeights (fit_test.go); DO NOT EDIT.\n\npackage reconcile\n\n")
	b.WriteString("// Match weights of the alignment score (see score.go), in bits: for each\n")
	b.WriteString("// feature and level, log2(m/u). Level 0 (unknown or missing) weighs\n")
	fmt.Fprintf(&b, "// nothing. Estimated from %d pairs that tell one event and %d that do\n", len(fm.pos), len(fm.neg))
	fmt.Fprintf(&b, "// not, labelled in %s (see fit_test.go). Per level:\n", strings.Join(fm.files, " and "))
	for f := range numFeatures {
		fmt.Fprintf(&b, "//   - %s:", featureNames[f])
		for l := 1; l < len(levelNames[f]); l++ {
			sep := ";"
			if l == len(levelNames[f])-1 {
				sep = "."
			}
			fmt.Fprintf(&b, " %s m=%.3f u=%.3f%s", levelNames[f][l], fm.m[f][l], fm.u[f][l], sep)
		}
		b.WriteString("\n")
	}
	b.WriteString("var weights = [numFeatures][]float64{\n")
	for f := range numFeatures {
		fmt.Fprintf(&b, "\tfeat%s: {0", strings.ToUpper(featureNames[f][:1])+featureNames[f][1:])
		for l := 1; l < len(levelNames[f]); l++ {
			fmt.Fprintf(&b, ", %.2f", math.Log2(fm.m[f][l]/fm.u[f][l]))
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n\n")
	fmt.Fprintf(&b, "// priorWeight calibrates the score: a pair scores 0.5 where the summed\n")
	fmt.Fprintf(&b, "// weights of its features reach %.2f bits, the threshold that separates\n", fm.threshold)
	fmt.Fprintf(&b, "// the labelled pairs best (F1 %.3f). (The share of matches among the\n", fm.f1)
	fmt.Fprintf(&b, "// candidate pairs of seed-pairs.tsv, %d of %d, would give %.2f: a prior\n", fm.seedMatches, fm.seedPairs, math.Log2(fm.lambda/(1-fm.lambda)))
	fmt.Fprintf(&b, "// of that corpus, where few documents retell the same events.)\n")
	fmt.Fprintf(&b, "const priorWeight = %.2f\n", -fm.threshold)
	out, err := format.Source(b.Bytes())
	if err != nil {
		panic(err)
	}
	return out
}
