package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

var docsScreenshot = flag.Bool("screenshot", false, "rewrite docs/report.png (needs chromium)")

// plantedScript is written into a document; it must show as text in the
// report and never run.
const plantedScript = `<script>document['title']='pwned';document['documentElement']['setAttribute']('data-pwned','script')</script>` +
	`<img src=x onerror="document['documentElement']['setAttribute']('data-pwned','img')">`

// plantedDocs copies testdata/docs and plants a script in one sentence.
func plantedDocs(t *testing.T) []string {
	_, docs := copyDocs(t)
	editFile(t, docs[1], "rebels captured Qantari.", "rebels captured Qantari "+plantedScript+" after a day of fighting.")
	return docs
}

func TestHTMLSelfContainedAndEscaped(t *testing.T) {
	withFakeCheck(t)
	docs := plantedDocs(t)
	code, page, stderr := runCLI(t, "", append([]string{"check", "--format", "html"}, docs...)...)
	if code != exitFindings {
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
	if !strings.Contains(page, "rebels captured <mark>Qantari</mark> &lt;script&gt;document[&#39;title&#39;]=&#39;pwned&#39;") {
		t.Errorf("planted script not shown as escaped text")
	}
	if strings.Contains(page, "<img") {
		t.Errorf("planted <img> not escaped")
	}
}

// chromium returns the path of a Chromium binary, or skips the test. With
// CI=true a missing Chromium is a failure, not a skip.
func chromium(t *testing.T) string {
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
func runChromium(t *testing.T, bin string, args ...string) []byte {
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
	withFakeCheck(t)
	docs := plantedDocs(t)
	dir := t.TempDir()
	report := filepath.Join(dir, "report.html")
	if code, _, stderr := runCLI(t, "", append([]string{"check", "--format", "html", "--output", report}, docs...)...); code != exitFindings {
		t.Fatalf("exit %d; stderr %s", code, stderr)
	}

	dom := string(runChromium(t, bin, "--dump-dom", fileURL(report)))
	// The page's own script ran (so the checks below mean something) and
	// revealed the filters.
	if !regexp.MustCompile(`<html[^>]* data-js="on"`).MatchString(dom) {
		t.Errorf("the page's script did not run:\n%.2000s", dom)
	}
	if !strings.Contains(dom, `<form id="filters">`) {
		t.Errorf("filters not revealed by the script")
	}
	if !strings.Contains(dom, "4 of 4 findings shown") {
		t.Errorf("filter count not shown")
	}
	// The findings render, side by side, with the values marked.
	for _, want := range []string{
		"Date differs: withdrawal from Azaz",
		"Number killed differs: car bomb at the Bab al-Salameh crossing",
		"Place named differently: capture of Kantari",
		"Accounts agree: closure of the Kilis crossing",
		"<mark>By 28 February</mark>",
		"<mark>4 March 2014</mark>",
		"<mark>16 people</mark>",
		"<svg",
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered page lacks %q", want)
		}
	}
	if n := strings.Count(dom, `<article class="finding`); n != 4 {
		t.Errorf("%d findings rendered, want 4", n)
	}
	if n := strings.Count(dom, `<div class="side">`); n != 8 {
		t.Errorf("%d sides rendered, want 8", n)
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
		if code, _, stderr := runCLI(t, "", append([]string{"check", "--format", "html", "--output", clean}, fixtureDocs...)...); code != exitFindings {
			t.Fatalf("exit %d; stderr %s", code, stderr)
		}
		dst := filepath.Join("..", "..", "docs", "report.png")
		runChromium(t, bin, "--screenshot="+dst, "--window-size=1280,900", "--hide-scrollbars", fileURL(clean))
	}
}
