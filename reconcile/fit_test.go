package reconcile

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/names"
)

// The match weights in weights.go are estimated by this test, the way
// Splink estimates a Fellegi–Sunter model:
//
//  1. u (the probability of each level among pairs that tell different
//     events) is counted on random pairs of claims from different
//     documents, nearly all of which tell different events;
//  2. m (the probability of each level among pairs that tell one event)
//     and the share of such pairs among the candidates are estimated by
//     expectation–maximisation over the candidate pairs that blocking
//     proposes, u held fixed;
//  3. each weight is log2(m/u), with add-one smoothing of the counts.
//
// Run it on a corpus to write weights.go anew:
//
//	go test ./reconcile -run TestFitWeights -fit 'seeds/*.txt'
//
// (the pattern is relative to the repository root; several patterns may
// be given, separated by commas).
var fitCorpus = flag.String("fit", "", "estimate the match weights on these documents (comma-separated globs from the repository root) and write weights.go")

var fitSkipCopies = flag.Bool("fit-skip-copies", false, "leave near-copies out of the EM")

func TestFitWeights(t *testing.T) {
	if *fitCorpus == "" {
		t.Skip("no -fit corpus given")
	}
	var paths []string
	for _, g := range strings.Split(*fitCorpus, ",") {
		ms, err := filepath.Glob(filepath.Join("..", g))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, ms...)
	}
	slices.Sort(paths)
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
	opts, _ := Options{}.withDefaults()
	ptrs := pointers(cs)
	p, err := prepare(context.Background(), ptrs, names.NewResolver(nil, cs), opts)
	if err != nil {
		t.Fatal(err)
	}
	model := fitModel(p, 1)
	var names []string
	for _, path := range paths {
		names = append(names, filepath.ToSlash(strings.TrimPrefix(path, "../")))
	}
	src := model.source(names)
	if err := os.WriteFile("weights.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d documents, %d claims; %d candidate pairs, prior %.3f", len(paths), len(cs), model.candidates, model.lambda)
}

// fitted is an estimated model.
type fitted struct {
	m, u       [numFeatures][]float64
	lambda     float64
	candidates int
	randoms    int
	iterations int
}

// fitModel estimates the model on prepared claims; seed fixes the random
// sample of non-matching pairs.
func fitModel(p *prepared, seed uint64) fitted {
	n := int32(len(p.cs))
	// Candidate pairs, as alignment proposes them.
	var cand []levels
	var seen claimSet
	var buf []int32
	for i := range n {
		buf = p.neighbours(i, buf[:0], &seen)
		for _, j := range buf {
			if j <= i || !p.pairable(i, j) {
				continue
			}
			lv := p.pairLevels(i, j)
			if *fitSkipCopies && lv[featText] <= 2 && lv[featText] != levelMissing {
				continue
			}
			cand = append(cand, lv)
		}
	}
	// Random pairs of different documents, for u.
	rng := rand.New(rand.NewPCG(seed, 7))
	var random []levels
	for tries := 0; len(random) < 20*len(cand)+1000 && tries < 1e7; tries++ {
		a, b := rng.Int32N(n), rng.Int32N(n)
		if a == b || p.info[a].doc == p.info[b].doc {
			continue
		}
		random = append(random, p.pairLevels(min(a, b), max(a, b)))
	}
	var fm fitted
	fm.candidates, fm.randoms = len(cand), len(random)
	count := func(ls []levels, wts []float64, f feature) []float64 {
		c := make([]float64, len(levelNames[f]))
		for k, lv := range ls {
			w := 1.0
			if wts != nil {
				w = wts[k]
			}
			c[lv[f]] += w
		}
		// Add-one smoothing over the informative levels; the missing
		// level is not part of the distribution.
		total := 0.0
		for l := 1; l < len(c); l++ {
			c[l]++
			total += c[l]
		}
		c[0] = 0
		for l := 1; l < len(c); l++ {
			c[l] /= total
		}
		return c
	}
	for f := range numFeatures {
		fm.u[f] = count(random, nil, f)
		fm.m[f] = slices.Clone(fm.u[f])
	}
	// A start that leans to agreement: m favours the first levels.
	for f := range numFeatures {
		for l := 1; l < len(fm.m[f]); l++ {
			fm.m[f][l] = math.Pow(0.5, float64(l))
		}
		norm(fm.m[f])
	}
	fm.lambda = 0.1
	post := make([]float64, len(cand))
	for it := 0; it < 200; it++ {
		fm.iterations = it + 1
		// E: the probability that each candidate pair tells one event.
		sum := 0.0
		for k, lv := range cand {
			lm, lu := math.Log(fm.lambda), math.Log(1-fm.lambda)
			for f := range numFeatures {
				if l := lv[f]; l != levelMissing {
					lm += math.Log(fm.m[f][l])
					lu += math.Log(fm.u[f][l])
				}
			}
			post[k] = 1 / (1 + math.Exp(lu-lm))
			sum += post[k]
		}
		// M: m, u and lambda.
		prev := fm.lambda
		fm.lambda = min(max(sum/float64(len(cand)), 1e-4), 1-1e-4)
		inv := make([]float64, len(post))
		for k, x := range post {
			inv[k] = 1 - x
		}
		for f := range numFeatures {
			fm.m[f] = count(cand, post, f)
			fm.u[f] = count(cand, inv, f)
		}
		if math.Abs(prev-fm.lambda) < 1e-7 && it > 10 {
			break
		}
	}
	return fm
}

func norm(xs []float64) {
	t := 0.0
	for _, x := range xs[1:] {
		t += x
	}
	for i := 1; i < len(xs); i++ {
		xs[i] /= t
	}
}

// source renders the estimated weights as weights.go.
func (fm fitted) source(corpus []string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by TestFitWeights (fit_test.go); DO NOT EDIT.\n\npackage reconcile\n\n")
	b.WriteString("// Match weights of the alignment score (see score.go), in bits: for each\n")
	b.WriteString("// feature and level, log2(m/u). Level 0 (unknown or missing) weighs\n")
	b.WriteString("// nothing. Estimated by expectation–maximisation (see fit_test.go) on\n")
	fmt.Fprintf(&b, "// %d candidate pairs and %d random pairs of the claims of:\n", fm.candidates, fm.randoms)
	for _, c := range corpus {
		fmt.Fprintf(&b, "//   - %s\n", c)
	}
	fmt.Fprintf(&b, "// (%d iterations). Per level, m and u were:\n", fm.iterations)
	for f := range numFeatures {
		fmt.Fprintf(&b, "//   %-8s", featureNames[f])
		for l := 1; l < len(levelNames[f]); l++ {
			fmt.Fprintf(&b, " %s m=%.3f u=%.3f;", levelNames[f][l], fm.m[f][l], fm.u[f][l])
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
	b.WriteString("// priorWeight is log2 of the estimated prior odds that a candidate pair\n// tells one event.\n")
	fmt.Fprintf(&b, "const priorWeight = %.2f\n", math.Log2(fm.lambda/(1-fm.lambda)))
	return b.Bytes()
}
