package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

// Reconciliation is written in parallel with this command; until it lands,
// reconcile.Check finds nothing. These tests feed the command with a fake
// reconciler that builds realistic findings from the claims extracted from
// testdata/docs: it finds each side by a phrase of its sentence, so a
// finding survives edits elsewhere in a document and disappears when its
// sentence is removed, as real findings do.

// fakeSide is one side of a planted finding.
type fakeSide struct {
	needle  string // a phrase of the side's sentence
	value   string // the value as shown to a user
	span    string // the text of the value in the sentence
	date    claims.TimeSpan
	attrib  string // attribution phrase in the sentence, or ""
	hedge   string // hedge cue in the sentence, or ""
	section []string
}

type fakeFinding struct {
	kind  claims.FindingKind
	field claims.Field
	event string
	what  string // summary prefix: "Date differs"
	note  string
	sides []fakeSide
}

func day(y int, m time.Month, d int) claims.Day { return claims.NewDay(y, m, d) }

func span1(y int, m time.Month, d int) claims.TimeSpan {
	return claims.TimeSpan{Start: day(y, m, d), End: day(y, m, d), Precision: claims.PrecisionDay, Anchor: claims.AnchorExplicit}
}

// fixtureFindings are planted in testdata/docs.
var fixtureFindings = []fakeFinding{
	{
		kind: claims.Conflict, field: claims.FieldDate, event: "withdrawal from Azaz", what: "Date differs",
		sides: []fakeSide{
			{needle: "withdrawn from Azaz", value: "by 28 February 2014", span: "By 28 February",
				date:   claims.TimeSpan{Start: day(2014, 2, 1), End: day(2014, 2, 28), Precision: claims.PrecisionDay, Modifier: claims.ModBefore, Anchor: claims.AnchorHeading},
				attrib: "according to the Syrian Observatory for Human Rights"},
			{needle: "withdrew from Azaz", value: "4 March 2014", span: "4 March 2014", date: span1(2014, 3, 4), hedge: "reportedly"},
		},
	},
	{
		kind: claims.Conflict, field: claims.FieldQuantity, event: "car bomb at the Bab al-Salameh crossing", what: "Number killed differs",
		note: "both accounts count people killed by the same bombing",
		sides: []fakeSide{
			{needle: "26 people were killed", value: "26 killed", span: "26 people", date: span1(2014, 3, 3)},
			{needle: "killed 16 people", value: "16 killed", span: "16 people", date: span1(2014, 3, 3)},
		},
	},
	{
		kind: claims.Variant, field: claims.FieldPlace, event: "capture of Kantari", what: "Place named differently",
		sides: []fakeSide{
			{needle: "village of Kantari", value: "Kantari", span: "Kantari", date: span1(2014, 3, 5)},
			{needle: "captured Qantari", value: "Qantari", span: "Qantari", date: span1(2014, 3, 5)},
		},
	},
	{
		kind: claims.Corroboration, field: claims.FieldClaim, event: "closure of the Kilis crossing", what: "Accounts agree",
		sides: []fakeSide{
			{needle: "crossing at Kilis", value: "6 March 2014", span: "6 March", date: span1(2014, 3, 6)},
			{needle: "crossing at Kilis", value: "6 March 2014", span: "6 March", date: span1(2014, 3, 6)},
		},
	},
}

// fakeCheck is a stand-in for reconcile.Check over the claims of
// testdata/docs (or edited copies of them).
func fakeCheck(ctx context.Context, parts [][]claims.Claim, opts reconcile.Options) (*reconcile.Report, error) {
	var cs []claims.Claim
	for _, p := range parts {
		cs = append(cs, p...)
	}
	// The report's frame comes from the library, its findings only from
	// the fixture, so formatter tests do not change when reconciliation
	// is tuned.
	rep, err := reconcile.Check(ctx, nil, opts)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.Provenance.Doc] {
			seen[c.Provenance.Doc] = true
			rep.Documents = append(rep.Documents, c.Provenance.Doc)
		}
	}
	rep.Claims = len(cs)
	for _, ff := range fixtureFindings {
		f := claims.Finding{Kind: ff.kind, Field: ff.field, Event: ff.event, Note: ff.note, Score: 0.92}
		used := map[string]bool{}
		var parts []string
		for _, s := range ff.sides {
			c, ok := findClaim(cs, s.needle, used)
			if !ok {
				break
			}
			used[c.Provenance.Doc] = true
			d := s.date
			c.Date = &d
			if s.attrib != "" {
				if i := strings.Index(c.Text, s.attrib); i >= 0 {
					c.Attribution = []claims.Attribution{{Source: strings.TrimPrefix(s.attrib, "according to "), Cue: "according to",
						Span: claims.Span{Offset: c.Provenance.Offset + i, Length: len(s.attrib), Text: s.attrib}}}
				}
			}
			if s.hedge != "" {
				if i := strings.Index(c.Text, s.hedge); i >= 0 {
					c.Hedges = []claims.Hedge{{Cue: s.hedge, Span: claims.Span{Offset: c.Provenance.Offset + i, Length: len(s.hedge), Text: s.hedge}}}
				}
			}
			f.Claims = append(f.Claims, c)
			f.Values = append(f.Values, s.value)
			i := strings.Index(c.Text, s.span)
			f.ValueSpans = append(f.ValueSpans, claims.Span{Offset: c.Provenance.Offset + i, Length: len(s.span), Text: s.span})
			parts = append(parts, fmt.Sprintf("%s says %s (line %d)", filepath.Base(c.Provenance.Doc), s.value, c.Provenance.Line))
		}
		if len(f.Claims) != len(ff.sides) {
			continue
		}
		f.Documents = len(f.Claims)
		f.Summary = fmt.Sprintf("%s: %s — %s", ff.what, ff.event, strings.Join(parts, ", "))
		h := sha256.New()
		fmt.Fprintf(h, "%s|%s", f.Kind, f.Field)
		for _, c := range f.Claims {
			fmt.Fprintf(h, "|%s", strings.ToLower(strings.Join(strings.Fields(c.Text), " ")))
		}
		f.Fingerprint = hex.EncodeToString(h.Sum(nil))[:16]
		rep.Findings = append(rep.Findings, f)
	}
	return rep, nil
}

// findClaim returns the first claim, from a document not yet used, whose
// text contains needle.
func findClaim(cs []claims.Claim, needle string, used map[string]bool) (claims.Claim, bool) {
	for _, c := range cs {
		if !used[c.Provenance.Doc] && strings.Contains(c.Text, needle) {
			return c, true
		}
	}
	return claims.Claim{}, false
}

// withFakeCheck makes the command use fakeCheck for the test.
func withFakeCheck(t *testing.T) {
	t.Helper()
	old := checkFunc
	checkFunc = fakeCheck
	t.Cleanup(func() { checkFunc = old })
}

// fixtureDocs are the documents of the fake findings.
var fixtureDocs = []string{"testdata/docs/a.txt", "testdata/docs/b.txt"}

// copyDocs copies testdata/docs into a new temporary directory and returns
// the paths of the copies.
func copyDocs(t *testing.T) (dir string, paths []string) {
	t.Helper()
	dir = t.TempDir()
	for _, p := range fixtureDocs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.Base(p))
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, dst)
	}
	return dir, paths
}

// editFile replaces old by new in the file at path; old must occur.
func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s does not contain %q", path, old)
	}
	if err := os.WriteFile(path, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runCLI runs the command and returns its exit code and outputs.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// fixtureResult runs the fake reconciliation over testdata/docs, as check
// does, for the formatter tests.
func fixtureResult(t *testing.T) *result {
	t.Helper()
	withFakeCheck(t)
	s := &settings{paths: fixtureDocs, jobs: 1, quiet: true}
	res, err := reconcileAll(context.Background(), s, nil, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.rep.Findings) != len(fixtureFindings) {
		t.Fatalf("fixture has %d findings, want %d", len(res.rep.Findings), len(fixtureFindings))
	}
	return res
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
