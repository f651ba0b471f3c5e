package token

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// naiveFoldLetters is foldLetters one byte at a time, with the hasher's
// own add.
func naiveFoldLetters(s string, j int, f *foldHasher) (int, int) {
	up := 0
	for ; j < len(s); j++ {
		c := s[j]
		switch {
		case c >= 'A' && c <= 'Z':
			up++
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z':
		default:
			return j, up
		}
		f.add(c)
	}
	return j, up
}

// checkRuns compares the word-run helpers with plain loops from every
// offset of s, after a few bytes already hashed.
func checkRuns(t *testing.T, s string) {
	t.Helper()
	type run struct {
		End      int
		Up       int
		Hash     uint32
		Tag      uint64
		N        int
		AlnumEnd int
	}
	for j := 0; j <= len(s); j++ {
		for _, pre := range []string{"", "x", "abcdefg"} {
			var got, want run
			var fg, fw foldHasher
			for i := 0; i < len(pre); i++ {
				fg.add(pre[i])
				fw.add(pre[i])
			}
			got.End, got.Up = foldLetters(s, j, &fg)
			got.Hash, got.Tag, got.N = fg.sum(), fg.tag(), fg.n
			got.AlnumEnd = alnumEnd(s, j)
			want.End, want.Up = naiveFoldLetters(s, j, &fw)
			want.Hash, want.Tag, want.N = fw.sum(), fw.tag(), fw.n
			want.AlnumEnd = j
			for want.AlnumEnd < len(s) && isAlnum(s[want.AlnumEnd]) {
				want.AlnumEnd++
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("runs of %q from %d after %q (-want +got):\n%s", s, j, pre, diff)
			}
		}
		// The eight-byte path of Tokenize: asciiLetters and hashLetters
		// against foldLetters one byte at a time.
		var f foldHasher
		end, up := naiveFoldLetters(s, j, &f)
		if e, u := asciiLetters(s, j); e != end || u != up {
			t.Errorf("asciiLetters(%q, %d) = %d, %d, want %d, %d", s, j, e, u, end, up)
		}
		if h, tag := hashLetters(s, j, end); h != f.sum() || tag != f.tag() {
			t.Errorf("hashLetters(%q, %d, %d) = %#x, %#x, want %#x, %#x", s, j, end, h, tag, f.sum(), f.tag())
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

// FuzzRuns checks the word-run helpers, and the eight-byte path of
// Tokenize, against plain loops.
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
