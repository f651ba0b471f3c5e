package extract

import (
	"math/rand/v2"
	"regexp"
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
