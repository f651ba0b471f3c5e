package extract

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

// sentences returns the claim texts of a document, one per sentence.
func sentences(t *testing.T, src string) []string {
	t.Helper()
	cs, err := newExtractor(t).Document(context.Background(), Source{Name: "t.txt", Text: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	last := -1
	for _, c := range cs {
		if c.Provenance.Offset == last {
			continue // another clause of the same sentence
		}
		last = c.Provenance.Offset
		out = append(out, c.Text)
	}
	return out
}

func TestSegmentation(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "abbreviations and initials do not end sentences",
			src: "= T =\n\nThe body of Dr. Hussein Suleiman was returned. The U.S. embassy in Washington D.C. closed. " +
				"A U.N. resolution failed. Gen. J. R. Smith resigned.\n",
			want: []string{
				"The body of Dr. Hussein Suleiman was returned.",
				"The U.S. embassy in Washington D.C. closed.",
				"A U.N. resolution failed.",
				"Gen. J. R. Smith resigned.",
			},
		},
		{
			name: "no sentence spans a heading or a blank line",
			src:  "= T =\n\nRebels advanced towards the town\n\n== Aftermath ==\nThe army withdrew\n\nTalks began.\n",
			want: []string{"Rebels advanced towards the town", "The army withdrew", "Talks began."},
		},
		{
			name: "a sentence that lost its full stop is split before a dated opener",
			src:  "= T =\n\nA car bomb killed 20 people, including women, and children By 23 January, the army held the town.\n",
			want: []string{
				"A car bomb killed 20 people, including women, and children",
				"By 23 January, the army held the town.",
			},
		},
		{
			name: "a capitalised preposition without a date does not split",
			src:  "= T =\n\nThe story was reported by The New York Times on Monday.\n",
			want: []string{"The story was reported by The New York Times on Monday."},
		},
		{
			name: "citation markers stay with the sentence they follow",
			src:  "= T =\n\nThe group joined the clashes.[262] According to its media wing, 4 fighters were killed.[263][264]\n",
			want: []string{
				"The group joined the clashes.",
				"According to its media wing, 4 fighters were killed.",
			},
		},
		{
			name: "list items are sentences of their own",
			src:  "= T =\n\n- The BBC reported an evacuation\n- Russia said it would veto a resolution.\n",
			want: []string{"The BBC reported an evacuation", "Russia said it would veto a resolution."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentences(t, tt.src)); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStructure(t *testing.T) {
	src := "= East Ghouta clashes (2017) =\n\nInfobox\n- Date: 28 April – 31 May 2017\n- Casualties1: 67 killed[3]\n\n" +
		"Intro sentence.\n\n==Conflict==\n===First week===\nOn 28 April, fighting began.[1][2] It went on.\n\n" +
		"==Aftermath==\n- A list item.\n"
	cs, err := newExtractor(t).Document(context.Background(), Source{Name: "d.txt", Text: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Text      string
		Section   []string
		Kind      claims.SourceKind
		Line, Col int
		Cites     []string
	}
	var got []row
	for _, c := range cs {
		var cites []string
		for _, ci := range c.Provenance.Citations {
			cites = append(cites, ci.Label)
		}
		got = append(got, row{c.Text, c.Provenance.Section, c.Provenance.Kind, c.Provenance.Line, c.Provenance.Column, cites})
	}
	want := []row{
		{"Date: 28 April – 31 May 2017", []string{"Infobox", "Date"}, claims.SourceInfobox, 4, 3, nil},
		{"Casualties1: 67 killed[3]", []string{"Infobox", "Casualties1"}, claims.SourceInfobox, 5, 3, []string{"3"}},
		{"Intro sentence.", []string{}, claims.SourceSentence, 7, 1, nil},
		{"On 28 April, fighting began.", []string{"Conflict", "First week"}, claims.SourceSentence, 11, 1, []string{"1", "2"}},
		{"It went on.", []string{"Conflict", "First week"}, claims.SourceSentence, 11, 36, nil},
		{"A list item.", []string{"Aftermath"}, claims.SourceListItem, 14, 3, nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
}

func TestTitleWithoutMarkup(t *testing.T) {
	ex := newExtractor(t)
	p := ex.parse("x", "2014 Eastern Syria offensive\n\nThe offensive began.\n")
	if p.title != "2014 Eastern Syria offensive" || p.titleLine {
		t.Errorf("title = %q (line %v), want the first line", p.title, p.titleLine)
	}
	p = ex.parse("x", "= Battle of X =\nText.\n")
	if p.title != "Battle of X" || !p.titleLine {
		t.Errorf("title = %q (line %v), want Battle of X from the title line", p.title, p.titleLine)
	}
	// A first line is a title only when set off by a blank line and not
	// ending like a sentence; otherwise it is text and gives claims.
	for _, tt := range []struct{ src, title string }{
		{"Siege of Kobanî (2014)\n\nThe siege began.\n", "Siege of Kobanî (2014)"},
		{"On 5 May 2015, rebels took the town.\n", ""},
		{"On 5 May 2015, rebels took the town\n", ""},
		{"Rebels took the town.\n\nThey left.\n", ""},
		{"Rebels took the town.[3]\n\nThey left.\n", ""},
		{"He said: \"We left.\"\n\nThey left.\n", ""},
		{"Heading-like line\nfollowed by text.\n", ""},
		{"Infobox\n\n- Date: 2014\n", ""},
	} {
		if p := ex.parse("x", tt.src); p.title != tt.title {
			t.Errorf("%q: title %q, want %q", tt.src, p.title, tt.title)
		}
	}
	if got := sentences(t, "On 5 May 2015, rebels took the town.\n"); len(got) != 1 {
		t.Errorf("one-line document: sentences %q, want the line", got)
	}
}

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
