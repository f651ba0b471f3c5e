package article

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// headingPattern is the pattern parseHeading reads without a regexp.
var headingPattern = regexp.MustCompile(`^(=+)\s*(.*?)\s*(=+)\s*$`)

// headingByRegexp is parseHeading written with headingPattern.
func headingByRegexp(raw string) (level int, text string, textOff int, ok bool) {
	m := headingPattern.FindStringSubmatchIndex(raw)
	if m == nil || m[5] == m[4] {
		return 0, "", 0, false
	}
	return min(m[3]-m[2], m[7]-m[6]), raw[m[4]:m[5]], m[4], true
}

type headingResult struct {
	Level, Off int
	Text       string
	OK         bool
}

func checkHeading(t *testing.T, raw string) {
	t.Helper()
	var want, got headingResult
	want.Level, want.Text, want.Off, want.OK = headingByRegexp(raw)
	got.Level, got.Text, got.Off, got.OK = parseHeading(raw)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseHeading(%q) mismatch (-regexp +got):\n%s", raw, diff)
	}
}

func TestParseHeadingMatchesPattern(t *testing.T) {
	for _, raw := range []string{
		"", "=", "==", "===", "= =", "== ==", "==  ", "=x=", "== Title ==",
		"=== 7 January ===", "== a= ==", "== a==", "==a=b==", "==   ==",
		"== Events ==  \t", "\t== Events ==", "== x == y", "== Title ==\r",
		"==\u00a0Title\u00a0==", "= Only an opening", "== \f a \f ==", "=== Uneven ==",
	} {
		checkHeading(t, raw)
	}
	// Random lines over the bytes the pattern cares about.
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"=", "=", " ", "\t", "\r", "\f", "a", "B", "\u00a0", "é"}
	for range 20000 {
		var b []byte
		for range r.IntN(10) {
			b = append(b, alphabet[r.IntN(len(alphabet))]...)
		}
		checkHeading(t, string(b))
	}
}

func FuzzParseHeading(f *testing.F) {
	for _, s := range []string{"== Title ==", "=x=", "==  ", "== a= =="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		checkHeading(t, raw)
	})
}

// infoLinePattern is the pattern parseInfoLine reads without a regexp.
var infoLinePattern = regexp.MustCompile(`^-\s*([A-Za-z][A-Za-z0-9 _]*?)\s*:\s*(.*)$`)

type infoLineResult struct {
	Start, End int
	OK         bool
}

func checkInfoLine(t *testing.T, s string) {
	t.Helper()
	var want, got infoLineResult
	if m := infoLinePattern.FindStringSubmatchIndex(s); m != nil {
		want = infoLineResult{m[2], m[3], true}
	}
	got.Start, got.End, got.OK = parseInfoLine(s)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseInfoLine(%q) mismatch (-regexp +got):\n%s", s, diff)
	}
}

func TestParseInfoLineMatchesPattern(t *testing.T) {
	for _, s := range []string{
		"", "-", "- ", "-:", "- a:", "- Date: 2011", "-Date:2011", "- Date : 2011 ", "- Result: x: y",
		"- Commander1: Abu", "- Key name_2 :v", "- 1Key: v", "- Key\t: v", "- Key: v\nw", "- Key:\n v",
		"- Key\n: v", "- Ké: v", "- Key value", "-- Key: v", "- a b c : d", "-\tKey:",
	} {
		checkInfoLine(t, s)
	}
	r := rand.New(rand.NewPCG(7, 8))
	alphabet := []string{"-", "-", ":", ":", " ", "\t", "\n", "a", "K", "1", "_", "é", "x"}
	for range 20000 {
		var b []byte
		for range r.IntN(10) {
			b = append(b, alphabet[r.IntN(len(alphabet))]...)
		}
		checkInfoLine(t, string(b))
	}
}

func FuzzParseInfoLine(f *testing.F) {
	for _, s := range []string{"- Date: 2011", "- Key : v", "- a:\n", "-\tK:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInfoLine(t, s)
	})
}

// TestAbbrevsFitIsAbbrev checks that every abbreviation is short enough
// for isAbbrev, and found by it in any case.
func TestAbbrevsFitIsAbbrev(t *testing.T) {
	for w := range abbrevs {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !isAbbrev(v) {
				t.Errorf("isAbbrev(%q) = false", v)
			}
		}
	}
	if isAbbrev("rebels") || isAbbrev("Syria") {
		t.Error("isAbbrev accepts an ordinary word")
	}
}
