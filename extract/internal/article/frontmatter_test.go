package article

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

func TestReadFrontMatter(t *testing.T) {
	day := claims.NewDay(2014, 1, 13)
	type result struct {
		OK      bool
		End     int
		Title   string
		Date    claims.Day
		HasDate bool
		Value   string // the date's span text
	}
	tests := []struct {
		name, src string
		want      result
	}{
		{"title and date", "---\ntitle: Rebels take Atareb\ndate: 2014-01-13\n---\nText.\n",
			result{true, -1, "Rebels take Atareb", day, true, "2014-01-13"}},
		{"a timestamp is the day it names in its zone", "---\ndate: 2014-01-13T23:30:00-05:00\n---\n",
			result{true, -1, "", day, true, "2014-01-13T23:30:00-05:00"}},
		{"written out, quoted", "---\ntitle: \"Atareb: a town retaken\"\npublished: \"January 13, 2014\"\n---\n",
			result{true, -1, "Atareb: a town retaken", day, true, "January 13, 2014"}},
		{"a publication key before a plain date, whatever the order", "---\npublished: 2014-01-13\ndate: 2014-02-01\n---\n",
			result{true, -1, "", day, true, "2014-01-13"}},
		{"datePublished, single quotes, a comment", "---\ndatePublished: '2014-01-13' # from the CMS\n---\n",
			result{true, -1, "", day, true, "2014-01-13"}},
		{"CRLF, a byte order mark, YAML's closing dots", "\ufeff---\r\ntitle: T\r\ndate: 2014-01-13 10:00:00 +0000\r\n...\r\nText.\r\n",
			result{true, -1, "T", day, true, "2014-01-13 10:00:00 +0000"}},
		{"lists, continuations, comments and blank lines", "---\n# exported\ntags:\n  - syria\n- aleppo\n\nsummary: >\n  Rebels took\n  the town.\ndate: Jan 13, 2014\n---\n",
			result{true, -1, "", day, true, "Jan 13, 2014"}},
		{"an unreadable date is no date", "---\ndate: soon\ntitle: T\n---\n", result{true, -1, "T", 0, false, ""}},
		{"an impossible day is no date", "---\ndate: 2014-02-30\n---\n", result{true, -1, "", 0, false, ""}},
		{"no closing line: text", "---\ntitle: T\ndate: 2014-01-13\nThe rebels advanced.\n", result{}},
		{"a rule above prose: text", "---\nThe rebels advanced.\n---\n", result{}},
		{"an empty block: text", "---\n---\nText.\n", result{}},
		{"not on the first line: text", "\n---\ndate: 2014-01-13\n---\n", result{}},
		{"a longer rule: text", "----\ndate: 2014-01-13\n----\n", result{}},
		{"a list before any key: text", "---\n- item\n---\n", result{}},
		{"a key without white space after the colon: text", "---\nhttp://example.org\n---\n", result{}},
		{"closing too far down: text", "---\n" + strings.Repeat("k: v\n", maxFrontLines) + "---\n", result{}},
		{"just a fence", "---", result{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm, ok := ReadFrontMatter(tt.src)
			want := tt.want
			if want.End < 0 {
				// Just past the closing line.
				want.End = closingEnd(tt.src)
			}
			got := result{ok, fm.End, fm.Title, fm.Date, fm.HasDate, fm.DateSpan.Text}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if sp := fm.DateSpan; fm.HasDate && tt.src[sp.Offset:sp.End()] != sp.Text {
				t.Errorf("date span %+v does not point at its text", sp)
			}
		})
	}
}

// closingEnd returns the offset after the second line of src that is
// "---" or "...".
func closingEnd(src string) int {
	n := 0
	for off := 0; off < len(src); {
		ln, next := lineAt(src, off)
		if ln == "---" || ln == "\ufeff---" || n > 0 && ln == "..." {
			if n++; n == 2 {
				return next
			}
		}
		off = next
	}
	return -1
}

func TestParseDateValue(t *testing.T) {
	day := claims.NewDay(2014, 1, 13)
	for _, tt := range []struct {
		in   string
		want claims.Day
		ok   bool
	}{
		{"2014-01-13", day, true},
		{" 2014-01-13 ", day, true},
		{"2014-01-13T10:00:00Z", day, true},
		{"2014-01-13T00:30:00+05:00", day, true},
		{"2014-01-13 10:00", day, true},
		{"January 13, 2014", day, true},
		{"January 13 2014", day, true},
		{"Jan 13, 2014", day, true},
		{"Jan. 13, 2014", day, true},
		{"13 January 2014", day, true},
		{"13 Jan 2014", day, true},
		{"Monday, January 13, 2014", day, true},
		{"Mon, 13 Jan 2014 10:00:00 +0000", day, true},
		{"Mon, 13 Jan 2014 23:00:00 -0800", day, true},
		{"2014-1-13", 0, false},
		{"2014-01-13x", 0, false},
		{"2014-13-01", 0, false},
		{"13/01/2014", 0, false}, // ambiguous in general: not metadata's form
		{"January 2014", 0, false},
		{"", 0, false},
		{"yesterday", 0, false},
	} {
		got, ok := ParseDateValue(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseDateValue(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestFrontMatterDocument checks that a document's front matter gives
// its title and date and no unit, and that the units after it keep
// their lines and columns in the file.
func TestFrontMatterDocument(t *testing.T) {
	src := "---\ntitle: Rebels take Atareb\ndate: 2014-01-13\nsource: a wire\n---\n\n" +
		"BEIRUT (Reuters) - Rebels took Atareb on Thursday.\n\n== Aftermath ==\nThe army withdrew.\n"
	doc := parserForTest(t).Parse("r.md", src)
	if doc.Title != "Rebels take Atareb" || !doc.Front.HasDate || doc.Front.Date != claims.NewDay(2014, 1, 13) {
		t.Errorf("title %q, front matter %+v", doc.Title, doc.Front)
	}
	starts := LineStarts(nil, src)
	type row struct {
		Text      string
		Line, Col int
	}
	var got []row
	for _, it := range doc.Items {
		if it.Kind == UnitItem {
			line, col := Position(starts, it.Unit.Offset)
			got = append(got, row{it.Unit.Text, line, col})
		}
	}
	want := []row{
		{"BEIRUT (Reuters) - Rebels took Atareb on Thursday.", 7, 1},
		{"The army withdrew.", 10, 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("units (-want +got):\n%s", diff)
	}

	// Without a closing line the block is text: nothing is lost.
	doc = parserForTest(t).Parse("r.md", "---\ndate: 2014-01-13\nRebels took Atareb on Thursday.\n")
	if doc.Front.End != 0 || len(doc.Items) == 0 {
		t.Errorf("unclosed block: front matter %+v, %d items", doc.Front, len(doc.Items))
	}
	// Without a title key, the first line after the block may be one.
	doc = parserForTest(t).Parse("r.md", "---\ndate: 2014-01-13\n---\nRebels take Atareb\n\nThey took it.\n")
	if doc.Title != "Rebels take Atareb" {
		t.Errorf("title %q", doc.Title)
	}
}

func FuzzReadFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: T\ndate: 2014-01-13\n---\nText.\n",
		"\ufeff---\r\npublished: \"January 13, 2014\"\r\n...\r\n",
		"---\ntags:\n  - a\n---",
		"---\nk: 'unclosed\n---\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		fm, ok := ReadFrontMatter(src)
		if !ok {
			if fm != (FrontMatter{}) {
				t.Fatalf("no front matter but %+v", fm)
			}
			return
		}
		if fm.End <= 0 || fm.End > len(src) {
			t.Fatalf("End %d outside the input (%d bytes)", fm.End, len(src))
		}
		if fm.HasDate {
			sp := fm.DateSpan
			if sp.Offset < 0 || sp.End() > fm.End || src[sp.Offset:sp.End()] != sp.Text {
				t.Fatalf("date span %+v outside the block or not its text", sp)
			}
		}
	})
}
