package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

// TestPublishedDates checks --published end to end: the user's date
// dates the report ("on Thursday" is the Thursday before it), and the
// claims document and check's JSON record each document's date with
// where it came from, the date the text gave among them.
func TestPublishedDates(t *testing.T) {
	dir := t.TempDir()
	report := writeFile(t, dir, "report.txt", "BEIRUT, 9 January 2014 (Reuters) - Rebels took Atareb on Thursday, activists said.\n")
	front := writeFile(t, dir, "post.md", "---\ntitle: Atareb retaken\npublished: 2014-01-11\n---\n\nRebels took Atareb on Thursday.\n")
	plain := writeFile(t, dir, "plain.txt", "Rebels took Atareb on Thursday.\n")
	// A file is named as on the command line, however it is spelt.
	given := filepath.Join(dir, ".", "report.txt")
	code, stdout, stderr := runCLI(t, "", "extract", "--format", "json", "--published", given+"=2014-01-18", report, front, plain)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	doc, err := claims.ReadDocument(strings.NewReader(stdout))
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ Doc, Date, Source, Replaced string }
	var got []row
	for _, d := range doc.DocumentDates {
		r := row{filepath.Base(d.Document), d.Date.String(), string(d.Source), ""}
		if d.Replaced != nil {
			r.Replaced = d.Replaced.Date.String() + " " + string(d.Replaced.Source) + " " + d.Replaced.Span.Text
		}
		got = append(got, r)
	}
	want := []row{
		{"report.txt", "2014-01-18", "user", "2014-01-09 dateline 9 January 2014"},
		{"post.md", "2014-01-11", "front-matter", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("document dates (-want +got):\n%s", diff)
	}
	dates := map[string]string{}
	for _, c := range doc.Claims {
		if c.Date != nil {
			dates[filepath.Base(c.Provenance.Doc)] = c.Date.Start.String()
		}
	}
	if diff := cmp.Diff(map[string]string{"report.txt": "2014-01-16", "post.md": "2014-01-09"}, dates); diff != "" {
		t.Errorf("claim dates (-want +got):\n%s", diff)
	}

	// check's JSON carries the same records.
	code, stdout, stderr = runCLI(t, "", "check", "--format", "json", "--fail-on", "none", "--published", given+"=2014-01-18", report, front, plain)
	if code != exitOK {
		t.Fatalf("check: exit %d: %s", code, stderr)
	}
	var rep struct {
		DocumentDates []claims.DocumentDate `json:"document_dates"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc.DocumentDates, rep.DocumentDates); diff != "" {
		t.Errorf("check's document dates differ from extract's (-extract +check):\n%s", diff)
	}
}

// TestWebPage checks a saved web page end to end: read by its name or,
// from standard input, by its first bytes; its claims point into the
// HTML; its date comes from its meta tag; the JSON output keeps to the
// schema.
func TestWebPage(t *testing.T) {
	page := "testdata/doc-sandbox/report.html"
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	for _, args := range [][]string{{"extract", "--format", "json", page}, {"extract", "--format", "json", "-"}} {
		stdin := ""
		if args[3] == "-" {
			stdin = src
		}
		code, stdout, stderr := runCLI(t, stdin, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		doc, err := claims.ReadDocument(strings.NewReader(stdout))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Claims) != 2 {
			t.Fatalf("%v: %d claims, want the article's 2", args, len(doc.Claims))
		}
		lines := strings.Split(src, "\n")
		for _, c := range doc.Claims {
			p := c.Provenance
			if !strings.HasPrefix(lines[p.Line-1][p.Column-1:], c.Text[:10]) {
				t.Errorf("%v: %s:%d:%d does not point at %q", args, p.Doc, p.Line, p.Column, c.Text[:10])
			}
		}
		if len(doc.DocumentDates) != 1 || doc.DocumentDates[0].Source != claims.DateFromMetaTag || doc.DocumentDates[0].Date.String() != "2014-03-04" {
			t.Errorf("%v: document dates %+v", args, doc.DocumentDates)
		}
		v, err := newSchemaValidator(mustRead(t, filepath.Join(repoRoot(t), "testdata", "schema", "concord.schema.json")))
		if err != nil {
			t.Fatal(err)
		}
		if errs, err := v.validate([]byte(stdout)); err != nil || len(errs) > 0 {
			t.Errorf("%v: schema: %v %v", args, err, errs)
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
