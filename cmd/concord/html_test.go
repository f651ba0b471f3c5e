package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

var docsScreenshot = flag.Bool("screenshot", false, "rewrite docs/report.png (needs chromium)")

// plantedScript is written into a document; it must show as text in the
// report and never run.
const plantedScript = `<script>document['title']='pwned';document['documentElement']['setAttribute']('data-pwned','script')</script>` +
	`<img src=x onerror="document['documentElement']['setAttribute']('data-pwned','img')">`

func TestHTMLSelfContainedAndEscaped(t *testing.T) {
	docs := plantedDocs(t)
	code, page, stderr := runCLI(t, "", append([]string{"check", "--format", "html"}, docs...)...)
	if code == exitError {
		t.Fatalf("exit %d; stderr %s", code, stderr)
	}
	// Nothing is fetched: no URLs, no external resources.
	for _, bad := range []string{"http://", "https://", "<link", "@import", "url("} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	if m := regexp.MustCompile(`<[a-zA-Z][^>]*\s(src|href|action)=`).FindString(page); m != "" {
		t.Errorf("page refers to another resource: %s", m)
	}
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("page has %d <script> elements, want 1 (its own)", n)
	}
	// The planted sentence is a claim: it shows in the timeline, escaped.
	if !strings.Contains(page, "&lt;script&gt;document[&#39;title&#39;]=&#39;pwned&#39;") {
		t.Errorf("planted script not shown as escaped text")
	}
	if strings.Contains(page, "<img") {
		t.Errorf("planted <img> not escaped")
	}
}

// TestHTMLTimeline checks the timeline on a hand-made report: conflicts
// are drawn last (on top of corroborations at the same place), a vague
// date is drawn thin, rows beyond the cap are behind "show all", labels
// are cut in the middle, and counts agree in number.
func TestHTMLTimeline(t *testing.T) {
	day := func(m time.Month, d int) claims.Day { return claims.NewDay(2014, m, d) }
	claim := func(doc string, n int, from, to claims.Day) claims.Claim {
		return claims.Claim{ID: fmt.Sprintf("%s#%d", doc, n), Text: fmt.Sprintf("Sentence %d of %s.", n, doc),
			Provenance: claims.Provenance{Doc: doc, Line: n, Column: 1},
			Date:       &claims.TimeSpan{Start: from, End: to}}
	}
	var docs []string
	var all []claims.Claim
	for i := range 60 {
		d := fmt.Sprintf("corpus/section-%02d/a-rather-long-document-name-%02d.txt", i%7, i)
		docs = append(docs, d)
		all = append(all, claim(d, 1, day(3, 4), day(3, 4)))
	}
	vague := claim(docs[0], 2, day(1, 1), day(12, 31))
	outside := claim(docs[0], 3, claims.NewDay(1990, 1, 1), claims.NewDay(1990, 1, 1))
	all = append(all, vague, outside)
	// docs[59] has a conflict and a corroboration on the same claim's
	// place; docs[58] a corroboration only.
	confl := claim(docs[59], 1, day(3, 4), day(3, 4))
	other := claim(docs[58], 1, day(3, 4), day(3, 4))
	rep := &reconcile.Report{SchemaVersion: claims.SchemaVersion, Documents: docs, Claims: len(all), Findings: []claims.Finding{
		{Kind: claims.Corroboration, Field: claims.FieldClaim, Summary: "agree", Claims: []claims.Claim{other, confl}, Documents: 2},
		{Kind: claims.Conflict, Field: claims.FieldDate, Summary: "differ", Claims: []claims.Claim{confl, claim(docs[57], 9, day(3, 20), day(3, 20))}, Documents: 2},
	}}
	res := &result{rep: rep, claims: all}
	var buf bytes.Buffer
	if err := writeHTML(&buf, res); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	tl := buildTimeline(res)
	// Rows with findings first, the worst first.
	if tl.Shown.Rows[0].Doc != docs[57] && tl.Shown.Rows[0].Doc != docs[59] {
		t.Errorf("first row %s, want a document of the conflict", tl.Shown.Rows[0].Doc)
	}
	if len(tl.Shown.Rows) != tlMaxRows || tl.More == nil || len(tl.More.Rows) != 60-tlMaxRows {
		t.Fatalf("rows: %d shown, more %v; want %d shown and the rest behind show all", len(tl.Shown.Rows), tl.More, tlMaxRows)
	}
	if !strings.Contains(page, `<noscript><details class="more-rows"><summary>Show all 60 documents</summary>`) {
		t.Errorf("no show-all control for the other rows")
	}
	// Conflicts on top: the last mark of the chart is the conflict.
	marks := tl.Shown.Marks
	if len(marks) == 0 || !strings.HasPrefix(marks[len(marks)-1].Class, "conflict") {
		t.Errorf("marks %+v: the conflict is not drawn last", marks)
	}
	for i, m := range marks {
		if strings.HasPrefix(m.Class, "corroboration") && i > 0 && strings.HasPrefix(marks[i-1].Class, "conflict") {
			t.Errorf("a corroboration is drawn after a conflict")
		}
	}
	// The vague claim is in a thin path; the one outside the range is
	// counted, in the singular.
	var thin string
	for _, p := range tl.Shown.Claims {
		if p.Class == "claims-thin" {
			thin = p.D
		}
	}
	if strings.Count(thin, "M") != 1 {
		t.Errorf("thin path %q, want the vague claim", thin)
	}
	if tl.Hidden != 1 || !strings.Contains(page, "1 claim outside") {
		t.Errorf("hidden %d; page says: %q", tl.Hidden, regexp.MustCompile(`\d+ claims? outside`).FindString(page))
	}
	// Labels drop the common directory and keep the file name.
	if tl.Prefix != "corpus/" {
		t.Errorf("prefix %q, want corpus/", tl.Prefix)
	}
	for _, r := range tl.Shown.Rows {
		if n := len([]rune(r.Label)); n > tlLabelRunes || !strings.HasSuffix(r.Doc, strings.TrimLeft(r.Label[strings.LastIndex(r.Label, "…")+len("…"):], "")) || !strings.HasPrefix(r.Label, "section-") {
			t.Errorf("label %q of %s", r.Label, r.Doc)
		}
	}
	// The document list is folded away when long.
	if !strings.Contains(page, `<details class="docs"><summary>List the 60 documents</summary>`) {
		t.Errorf("long document list not folded")
	}
}

// plantedDocs copies testdata/docs and plants a script in one sentence.
func plantedDocs(t *testing.T) []string {
	_, docs := copyDocs(t)
	editFile(t, docs[1], "rebels captured Qantari.", "rebels captured Qantari "+plantedScript+" after a day of fighting.")
	return docs
}

// chromium returns the path of a Chromium binary, or skips the test. With
// CI=true a missing Chromium is a failure, not a skip.
func chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no chromium or chromium-browser on PATH: the HTML report is not checked in a browser (install Debian's chromium package to run this test)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + "; CI=true, so this is a failure")
	}
	t.Skip(msg)
	return ""
}

// runChromium runs headless Chromium with a private profile and no network
// services, and returns its standard output.
func runChromium(t testing.TB, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(),
	}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return stdout.Bytes()
}

func fileURL(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		panic(err)
	}
	return "file://" + filepath.ToSlash(abs)
}

func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	docs := plantedDocs(t)
	dir := t.TempDir()
	report := filepath.Join(dir, "report.html")
	if code, _, stderr := runCLI(t, "", append([]string{"check", "--format", "html", "--output", report}, docs...)...); code == exitError {
		t.Fatalf("exit %d; stderr %s", code, stderr)
	}
	_, out, _ := runCLI(t, "", append([]string{"check", "--format", "json"}, docs...)...)
	rep := decodeReport(t, out)

	dom := string(runChromium(t, bin, "--dump-dom", fileURL(report)))
	// The page's own script ran (so the checks below mean something) and
	// revealed the filters.
	if !regexp.MustCompile(`<html[^>]* data-js="on"`).MatchString(dom) {
		t.Errorf("the page's script did not run:\n%.2000s", dom)
	}
	if !strings.Contains(dom, `<form id="filters">`) {
		t.Errorf("filters not revealed by the script")
	}
	n := len(rep.Findings)
	if !strings.Contains(dom, fmt.Sprintf("%d of %d findings shown", n, n)) {
		t.Errorf("filter count not shown")
	}
	// The findings render, with the values marked.
	sides := 0
	for _, f := range rep.Findings {
		if !strings.Contains(dom, html.EscapeString(f.Summary)) {
			t.Errorf("rendered page lacks %q", f.Summary)
		}
		for i, c := range f.Claims {
			if s, e, ok := valueRange(f, i); ok && f.Kind != claims.Corroboration {
				if want := "<mark>" + html.EscapeString(c.Text[s:e]) + "</mark>"; !strings.Contains(dom, want) {
					t.Errorf("rendered page lacks %q", want)
				}
				sides++
			}
		}
	}
	if n == 0 || sides == 0 || !strings.Contains(dom, "<svg") {
		t.Errorf("%d findings, %d marked values, svg %v: nothing to check", n, sides, strings.Contains(dom, "<svg"))
	}
	if got := strings.Count(dom, `<article class="finding`); got != n {
		t.Errorf("%d findings rendered, want %d", got, n)
	}
	// The planted script shows as text and did not run.
	if !strings.Contains(dom, "&lt;script&gt;document['title']='pwned'") {
		t.Errorf("planted script not shown as text")
	}
	if regexp.MustCompile(`<html[^>]*data-pwned`).MatchString(dom) || !strings.Contains(dom, "<title>Concord report</title>") {
		t.Errorf("planted script ran:\n%.3000s", dom)
	}

	shot := filepath.Join(t.TempDir(), "report.png")
	runChromium(t, bin, "--screenshot="+shot, "--window-size=1280,2000", "--hide-scrollbars", fileURL(report))
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) || len(b) < 10000 {
		t.Errorf("screenshot is not a PNG of a page (%d bytes)", len(b))
	}
	t.Logf("screenshot: %s (%d bytes)", shot, len(b))

	if *docsScreenshot {
		clean := filepath.Join(dir, "clean.html")
		if code, _, stderr := runCLI(t, "", append([]string{"check", "--format", "html", "--output", clean}, fixtureDocs...)...); code == exitError {
			t.Fatalf("exit %d; stderr %s", code, stderr)
		}
		dst := filepath.Join("..", "..", "docs", "report.png")
		runChromium(t, bin, "--screenshot="+dst, "--window-size=1280,900", "--hide-scrollbars", fileURL(clean))
	}
}

// BenchmarkHTMLReport writes the HTML report of 1,000 synthetic documents
// (internal/synth) with concord as its own process and loads it in
// headless Chromium. It reports the page's size (page-MB; it fails above
// 10 MB, which does not depend on the machine) and, printed rather than
// asserted, the time until the page was laid out and its script had run
// (ready-ms, read from the page's own performance clock) and Chromium's
// whole run less its run on a small page (extra-wall-ms).
//
//	go test ./cmd/concord -run XXX -bench HTMLReport -benchtime 1x
func BenchmarkHTMLReport(b *testing.B) {
	dir := b.TempDir()
	writeCorpus(b, dir, 1000)
	page := filepath.Join(b.TempDir(), "report.html")
	cmd, _ := selfCommand(b, "check", "--quiet", "--format", "html", "--output", page, dir)
	if out, err := cmd.CombinedOutput(); cmd.ProcessState.ExitCode() > exitFindings {
		b.Fatalf("concord check: %v\n%s", err, out)
	}
	info, err := os.Stat(page)
	if err != nil {
		b.Fatal(err)
	}
	mb := float64(info.Size()) / 1e6
	if mb >= 10 {
		b.Fatalf("the page for 1,000 documents is %.1f MB, want under 10 MB", mb)
	}
	small := filepath.Join(b.TempDir(), "small.html")
	if code, _, stderr := runCLI(b, "", append([]string{"check", "--format", "html", "--output", small}, fixtureDocs...)...); code > exitFindings {
		b.Fatalf("small page: %s", stderr)
	}
	bin := chromium(b)
	readyRE := regexp.MustCompile(`data-ready-ms="(\d+)"`)
	var ready, extra time.Duration
	for b.Loop() {
		start := time.Now()
		runChromium(b, bin, "--dump-dom", fileURL(small))
		base := time.Since(start)
		start = time.Now()
		dom := runChromium(b, bin, "--dump-dom", fileURL(page))
		extra += time.Since(start) - base
		m := readyRE.FindSubmatch(dom)
		if m == nil {
			b.Fatal("the page's script did not run")
		}
		ms, _ := strconv.Atoi(string(m[1]))
		ready += time.Duration(ms) * time.Millisecond
	}
	b.ReportMetric(mb, "page-MB")
	b.ReportMetric(float64(ready.Milliseconds())/float64(b.N), "ready-ms")
	b.ReportMetric(float64(extra.Milliseconds())/float64(b.N), "extra-wall-ms")
}
