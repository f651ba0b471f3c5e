package token

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// naiveNextCapital is NextCapital one byte at a time.
func naiveNextCapital(s string, i, end int) int {
	for ; i < end; i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return i
		}
	}
	return end
}

func TestNextCapital(t *testing.T) {
	tests := []struct {
		s    string
		want []int // from every start offset
	}{
		{"", []int{0}},
		{"abc", []int{3, 3, 3, 3}},
		{"aZ@[`{", []int{1, 1, 6, 6, 6, 6, 6}},
		{"lower case text, then Upper", nil},
		{"é\xc1\xdaÀ ÿ ascii only after X", nil},
		{"ABCDEFGHIJKLMNOPQRSTUVWXYZ", nil},
		{"\x80\xc1\xda\xff\x41", []int{4, 4, 4, 4, 4, 5}},
	}
	for _, tt := range tests {
		var got, want []int
		for i := 0; i <= len(tt.s); i++ {
			got = append(got, NextCapital(tt.s, i, len(tt.s)))
			want = append(want, naiveNextCapital(tt.s, i, len(tt.s)))
		}
		if tt.want != nil {
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("nextCapital(%q) (-want +got):\n%s", tt.s, diff)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("nextCapital(%q) differs from the byte loop (-want +got):\n%s", tt.s, diff)
		}
	}
}

func TestHasDigit(t *testing.T) {
	for _, s := range []string{"", "a", "0", "9", "abcdefgh", "abcdefgh1", "/:0123", "\xb0\xb9\xff", "in 2013", "ninety-nine", "٣"} {
		want := strings.ContainsAny(s, "0123456789")
		if got := HasDigit(s); got != want {
			t.Errorf("hasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzNextCapital checks NextCapital against the byte loop.
func FuzzNextCapital(f *testing.F) {
	for _, s := range []string{"", "a", "The Raqqa offensive", "ÀÉ\x80\xff@[", "abcdefghijklmnopqrstuvwxyZ"} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, i, end int) {
		if end < 0 || end > len(s) || i < 0 || i > end {
			return
		}
		if got, want := HasDigit(s[i:end]), strings.ContainsAny(s[i:end], "0123456789"); got != want {
			t.Errorf("hasDigit(%q) = %v, want %v", s[i:end], got, want)
		}
		if got, want := NextCapital(s, i, end), naiveNextCapital(s, i, end); got != want {
			t.Errorf("nextCapital(%q, %d, %d) = %d, want %d", s, i, end, got, want)
		}
	})
}

// naiveFoldRun is FoldRun one step at a time, as the tokenisers read
// words before it.
func naiveFoldRun(s string, j int, h uint32) (int, uint32, int) {
	up := 0
	for ; j < len(s); j++ {
		c := s[j]
		switch {
		case c >= 'A' && c <= 'Z':
			up++
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z':
		default:
			return j, h, up
		}
		h = (h ^ uint32(c)) * FNVPrime
	}
	return j, h, up
}

// checkRuns compares the word-run helpers with plain loops from every
// offset of s.
func checkRuns(t *testing.T, s string) {
	t.Helper()
	type run struct {
		End      int
		Hash     uint32
		Up       int
		AlnumEnd int
	}
	for j := 0; j <= len(s); j++ {
		var got, want run
		got.End, got.Hash, got.Up = FoldRun(s, j, FNVBasis)
		got.AlnumEnd = alnumEnd(s, j)
		want.End, want.Hash, want.Up = naiveFoldRun(s, j, FNVBasis)
		want.AlnumEnd = j
		for want.AlnumEnd < len(s) && isAlnum(s[want.AlnumEnd]) {
			want.AlnumEnd++
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("runs of %q from %d (-want +got):\n%s", s, j, diff)
		}
	}
}

// TestHashBytesIn checks hashBytesIn against hashBytes for every word
// boundary of a few texts, short and long.
func TestHashBytesIn(t *testing.T) {
	for _, s := range []string{"", "a", "Raqqa", "the Counterrevolutionaries' offensive", "abcdefghijklmnopq", "\x80\xff é"} {
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				for _, x0 := range []byte{0, 'a' - 'A'} {
					h1, t1 := hashBytesIn(s, i, j, x0)
					h2, t2 := hashBytes(s[i:j], x0)
					if h1 != h2 || t1 != t2 {
						t.Errorf("hashBytesIn(%q, %d, %d, %#x) = %#x, %#x; hashBytes gives %#x, %#x", s, i, j, x0, h1, t1, h2, t2)
					}
				}
			}
		}
	}
}

func TestRuns(t *testing.T) {
	for _, s := range []string{
		"", "a", "Z", "al-Nusra", "ISIL's fighters", "Hay'at Tahrir al-Sham",
		"Ḥama and Aleppo", "aZ@[`{", "approximately", "Counterrevolutionaries",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
		"\x80\xc1\xda\xe1\xfa\xffAz", "F-16s 33rd 2,100",
	} {
		checkRuns(t, s)
	}
}

// FuzzRuns checks the word-run helpers against plain loops.
func FuzzRuns(f *testing.F) {
	for _, s := range []string{"", "al-Nusra", "ISIL's", "Hay'at Tahrir", "Ḥama", "aZ@[`{", "Counterrevolutionaries"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			return
		}
		checkRuns(t, s)
	})
}
