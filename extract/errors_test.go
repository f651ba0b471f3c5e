package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestBadInput(t *testing.T) {
	ex, err := New(Options{MaxLineBytes: 1 << 10})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		text     string
		wantErr  error
		wantLine int
	}{
		{"NUL bytes", "= T =\n\nfine\nbad\x00byte\n", ErrBinary, 4},
		{"invalid UTF-8", "= T =\nok\n\xff\xfe text\n", ErrInvalidUTF8, 3},
		{"UTF-16, little endian", "\xff\xfe=\x00 \x00T\x00", ErrUTF16, 1},
		{"UTF-16, big endian", "\xfe\xff\x00=\x00 \x00T", ErrUTF16, 1},
		{"single long line", strings.Repeat("word ", 1000), ErrLineTooLong, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := ex.Document(context.Background(), Source{Name: "bad.txt", Text: []byte(tt.text)})
			if cs != nil {
				t.Errorf("got %d claims with an error", len(cs))
			}
			var de *DocumentError
			if !errors.As(err, &de) || !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want a DocumentError wrapping %v", err, tt.wantErr)
			}
			if de.Doc != "bad.txt" || de.Line != tt.wantLine {
				t.Errorf("error names %s line %d, want bad.txt line %d", de.Doc, de.Line, tt.wantLine)
			}
			if !strings.HasPrefix(err.Error(), "bad.txt:") {
				t.Errorf("message %q does not start with the file name", err)
			}
		})
	}
	t.Run("invalid UTF-8 column", func(t *testing.T) {
		_, err := ex.Document(context.Background(), Source{Name: "bad.txt", Text: []byte("= T =\nCafé \xe9t\xe9.\n")})
		if err == nil || err.Error() != "bad.txt:2:7: is not valid UTF-8" {
			t.Errorf("err = %v, want bad.txt:2:7 (1-based byte column)", err)
		}
	})
	t.Run("empty file", func(t *testing.T) {
		for _, text := range []string{"", "\n\n", "   \n"} {
			cs, err := ex.Document(context.Background(), Source{Name: "empty.txt", Text: []byte(text)})
			if err != nil || len(cs) != 0 {
				t.Errorf("%q: got %d claims, err %v; want none", text, len(cs), err)
			}
		}
	})
	t.Run("too large", func(t *testing.T) {
		small, _ := New(Options{MaxDocumentBytes: 100})
		_, err := small.Read(context.Background(), "big.txt", strings.NewReader(strings.Repeat("a\n", 100)))
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("err = %v, want ErrTooLarge", err)
		}
	})
}
