package corpus_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/corpus"
	"github.com/concordfacts/concord/extract"
)

// endless is a reader that never ends; it counts what was read from it.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'y'
	}
	e.n += int64(len(p))
	return len(p), nil
}

func utf16Bytes(s string, big bool) []byte {
	var b []byte
	if big {
		b = append(b, 0xfe, 0xff)
	} else {
		b = append(b, 0xff, 0xfe)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestReadText(t *testing.T) {
	const limit = 1000
	tests := []struct {
		name string
		in   []byte
		want string
		err  error
	}{
		{"empty", nil, "", nil},
		{"at the limit", bytes.Repeat([]byte("a"), limit), strings.Repeat("a", limit), nil},
		{"one byte over", bytes.Repeat([]byte("a"), limit+1), "", extract.ErrTooLarge},
		{"UTF-16 LE", utf16Bytes("= Été =\n\nOn 4 March 2014, ISIL withdrew.\n", false), "= Été =\n\nOn 4 March 2014, ISIL withdrew.\n", nil},
		{"UTF-16 BE", utf16Bytes("Qantari 𝔸\n", true), "Qantari 𝔸\n", nil},
		{"UTF-16, odd length", append(utf16Bytes("ab", false), 'c'), "", corpus.ErrUTF16Odd},
		{"UTF-16 decoding over the limit", utf16Bytes(strings.Repeat("€", 400), false), "", extract.ErrTooLarge},
		{"not UTF-16: left to extract", []byte("caf\xe9"), "caf\xe9", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := corpus.ReadText("d.txt", bytes.NewReader(tt.in), limit)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				var de *extract.DocumentError
				if !errors.As(err, &de) || de.Doc != "d.txt" {
					t.Errorf("err = %#v, want a DocumentError naming d.txt", err)
				}
				return
			}
			if string(got) != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReadTextStops checks that an endless stream is read up to the limit
// plus one byte, and no further.
func TestReadTextStops(t *testing.T) {
	r := &endless{}
	_, err := corpus.ReadText("-", r, 5<<20)
	if !errors.Is(err, extract.ErrTooLarge) || err.Error() != "-: is larger than the limit (5242880 bytes)" {
		t.Fatalf("err = %v", err)
	}
	if r.n != 5<<20+1 {
		t.Errorf("read %d bytes, want the limit plus one (%d)", r.n, 5<<20+1)
	}
}

func TestRead(t *testing.T) {
	ins := []corpus.Input{
		corpus.Bytes("a.txt", []byte("= A =\n\nOn 3 March 2014, 26 people were killed at the Bab al-Salameh crossing.\nRebels captured Kantari on 5 March.\n")),
		corpus.Bytes("one-line.txt", []byte("On 5 March 2014, rebels captured Qantari.\n")),
		corpus.Bytes("markers.txt", []byte("[1][2][3]\n\n[4]\n")),
		corpus.Bytes("empty.txt", nil),
		corpus.Bytes("utf16.txt", utf16Bytes("= B =\n\nOn 4 March 2014, ISIL withdrew from Azaz.\n", false)),
	}
	ctx := context.Background()
	c, err := corpus.Read(ctx, ins, corpus.Options{Extract: extract.Options{Jobs: 2}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a.txt", "one-line.txt", "markers.txt", "empty.txt", "utf16.txt"}, c.Documents); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{2, 1, 0, 0, 1}, c.Counts); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	var warned []string
	for _, w := range c.Warnings {
		if w.Kind != claims.WarnNoClaims {
			t.Errorf("warning %+v, want kind %s", w, claims.WarnNoClaims)
		}
		warned = append(warned, w.String())
	}
	want := []string{
		"markers.txt: no claims: no sentence or infobox line found (only a title, headings or citation markers?)",
		"empty.txt: no claims: the document is empty",
	}
	if diff := cmp.Diff(want, warned); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	// Provenance of a decoded UTF-16 document points into its UTF-8 text.
	all := c.Claims()
	last := all[len(all)-1]
	if last.Provenance.Doc != "utf16.txt" || last.Provenance.Line != 3 || last.Text != "On 4 March 2014, ISIL withdrew from Azaz." {
		t.Errorf("UTF-16 claim %+v", last.Provenance)
	}
	if text, _ := ins[4].Text(0); string(text[last.Provenance.Offset:last.Provenance.Offset+last.Provenance.Length]) != last.Text {
		t.Errorf("offsets do not point into the decoded text")
	}

	// The claims do not depend on the batch size.
	one, err := corpus.Read(ctx, ins, corpus.Options{Batch: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(one.Parts) != 3 {
		t.Errorf("%d parts with one document a batch, want 3 (the documents with claims)", len(one.Parts))
	}
	if diff := cmp.Diff(all, one.Claims()); diff != "" {
		t.Errorf("claims differ with Batch 1 (-default +1):\n%s", diff)
	}

	// Errors name the document.
	if _, err := corpus.Read(ctx, append(ins, corpus.Bytes("a.txt", nil)), corpus.Options{}); !errors.Is(err, corpus.ErrDuplicate) || !strings.HasPrefix(err.Error(), "a.txt: ") {
		t.Errorf("duplicate name: err = %v", err)
	}
	if _, err := corpus.Read(ctx, []corpus.Input{corpus.File(filepath.Join(t.TempDir(), "none.txt"))}, corpus.Options{}); err == nil || !strings.Contains(err.Error(), "none.txt: no such file or directory") {
		t.Errorf("missing file: err = %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := corpus.Read(cancelled, ins, corpus.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestProgress(t *testing.T) {
	var ins []corpus.Input
	for _, n := range []string{"a", "b", "c", "d", "e"} {
		ins = append(ins, corpus.Bytes(n, []byte("On 5 March 2014, rebels captured Qantari.\n")))
	}
	var calls [][2]int
	_, err := corpus.Read(context.Background(), ins, corpus.Options{Batch: 2, Progress: func(done, total int) {
		calls = append(calls, [2]int{done, total})
	}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][2]int{{0, 5}, {2, 5}, {4, 5}}, calls); diff != "" {
		t.Errorf("progress (-want +got):\n%s", diff)
	}
}

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		glob, path string
		want       bool
	}{
		{"*.txt", "a.txt", true},
		{"*.txt", "sub/dir/a.txt", true},
		{"*.txt", "a.md", false},
		{"draft-*", "x/draft-1.txt", true},
		{"archive/**", "archive/a.txt", true},
		{"archive/**", "archive/x/y/a.txt", true},
		{"archive/**", "other/archive/a.txt", false},
		{"**/old/*.txt", "old/a.txt", true},
		{"**/old/*.txt", "x/y/old/a.txt", true},
		{"**/old/*.txt", "x/y/old/z/a.txt", false},
		{"sub/*.txt", "sub/a.txt", true},
		{"sub/*.txt", "sub/x/a.txt", false},
		{"./sub/*.txt", "sub/a.txt", true},
		{"[", "[", false},
	}
	for _, tt := range tests {
		if got := corpus.MatchGlob(tt.glob, tt.path); got != tt.want {
			t.Errorf("MatchGlob(%q, %q) = %v, want %v", tt.glob, tt.path, got, tt.want)
		}
	}
	if err := (corpus.Filter{Include: []string{"[a-"}}).Validate(); err == nil || !strings.Contains(err.Error(), `bad glob "[a-"`) {
		t.Errorf("Validate = %v", err)
	}
}

// TestWalkSymlinks checks the walk's policy for symbolic links: followed,
// except into the walk itself or a second time; dangling links and special
// files are skipped with a warning.
func TestWalkSymlinks(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "docs")
	outside := filepath.Join(base, "elsewhere")
	write := func(p string) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("On 5 March 2014, rebels captured Qantari.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		if err := os.Symlink(target, name); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	write(filepath.Join(root, "a.txt"))
	write(filepath.Join(root, "sub", "b.txt"))
	write(filepath.Join(outside, "c.txt"))
	write(filepath.Join(outside, "deeper", "d.txt"))
	link("a.txt", filepath.Join(root, "a-link.txt"))                    // a file: read
	link("missing.txt", filepath.Join(root, "dangling.txt"))            // dangling: warned
	link("missing.md", filepath.Join(root, "dangling.md"))              // not selected: ignored
	link("..", filepath.Join(root, "sub", "up"))                        // a loop: warned
	link("sub", filepath.Join(root, "sub-again"))                       // inside the walk: warned
	link(outside, filepath.Join(root, "outside"))                       // followed
	link(outside, filepath.Join(root, "outside-again"))                 // the same directory again: warned
	link(filepath.Join(outside, "deeper"), filepath.Join(outside, "d")) // walked once, as d (before deeper)
	if err := syscall.Mkfifo(filepath.Join(root, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}

	files, warns, err := corpus.Walk(root, corpus.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	rel := func(p string) string {
		r, _ := filepath.Rel(root, p)
		return filepath.ToSlash(r)
	}
	var got []string
	for _, f := range files {
		got = append(got, rel(f))
	}
	want := []string{"a-link.txt", "a.txt", "outside/c.txt", "outside/d/d.txt", "sub/b.txt"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	var gotWarns []string
	for _, w := range warns {
		if w.Kind != claims.WarnSkipped {
			t.Errorf("warning kind %q", w.Kind)
		}
		gotWarns = append(gotWarns, rel(w.File)+": "+w.Message)
	}
	wantWarns := []string{
		"dangling.txt: symbolic link to missing.txt cannot be followed (no such file or directory), not read",
		"outside/deeper: directory already walked as " + filepath.Join(root, "outside", "d") + ", not walked again",
		"outside-again: symbolic link to the directory already walked as " + filepath.Join(root, "outside") + ", not followed",
		"pipe.txt: not a regular file (a FIFO), not read",
		"sub/up: symbolic link to a directory inside the walk (or containing it), not followed: its files would be read twice",
		"sub-again: symbolic link to a directory inside the walk (or containing it), not followed: its files would be read twice",
	}
	if diff := cmp.Diff(wantWarns, gotWarns); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}

	// Filters apply to links by their own path; excluded directories are
	// not entered.
	files, _, err = corpus.Walk(root, corpus.Filter{Exclude: []string{"outside/**", "a-link.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, f := range files {
		got = append(got, rel(f))
	}
	if diff := cmp.Diff([]string{"a.txt", "outside-again/c.txt", "outside-again/d/d.txt", "sub/b.txt"}, got); diff != "" {
		t.Errorf("filtered files (-want +got):\n%s", diff)
	}

	// A directory with nothing to read is an error.
	empty := filepath.Join(base, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, _, err := corpus.Walk(empty, corpus.Filter{}); !errors.Is(err, corpus.ErrNoText) {
		t.Errorf("empty directory: err = %v", err)
	}
}

func TestInputText(t *testing.T) {
	in := corpus.Input{Name: "x", Open: func() (io.ReadCloser, error) { return nil, &os.PathError{Op: "open", Path: "x", Err: os.ErrPermission} }}
	if _, err := in.Text(0); err == nil || err.Error() != "x: permission denied" {
		t.Errorf("err = %v", err)
	}
}

// TestFileText reads files of known size: one piece of the file's size,
// the limit honoured to the byte.
func TestFileText(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 999, 1000, 1001, 200 << 10} {
		p := filepath.Join(dir, "f.txt")
		want := bytes.Repeat([]byte("x"), n)
		if err := os.WriteFile(p, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := corpus.File(p).Text(1000)
		if n > 1000 {
			if !errors.Is(err, extract.ErrTooLarge) {
				t.Errorf("%d bytes: err = %v, want ErrTooLarge", n, err)
			}
			continue
		}
		if err != nil || !bytes.Equal(got, want) || cap(got) > n+1 {
			t.Errorf("%d bytes: got %d bytes (capacity %d), err %v", n, len(got), cap(got), err)
		}
	}
}

// TestReadDates checks that a caller's publication date reaches the
// extraction and that the documents' own dates are listed in input
// order, for the documents that have one.
func TestReadDates(t *testing.T) {
	report := []byte("Rebels took the town on Thursday.\n")
	in := corpus.Bytes("b.txt", report)
	in.Published = time.Date(2014, time.January, 11, 0, 0, 0, 0, time.UTC)
	ins := []corpus.Input{
		corpus.Bytes("a.txt", []byte("BEIRUT, 9 January 2014 (Reuters) - Rebels took the town.\n")),
		in,
		corpus.Bytes("c.txt", report),
	}
	c, err := corpus.Read(context.Background(), ins, corpus.Options{Batch: 2})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range c.Dates {
		got = append(got, d.Document+" "+d.Date.String()+" "+string(d.Source))
	}
	if diff := cmp.Diff([]string{"a.txt 2014-01-09 dateline", "b.txt 2014-01-11 user"}, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
	cs := c.Claims()
	if len(cs) != 3 || cs[1].Date == nil || cs[1].Date.Start != claims.NewDay(2014, time.January, 9) || cs[2].Date != nil {
		t.Errorf("claims %+v: want b.txt's Thursday on 9 January and c.txt undated", cs)
	}
}
