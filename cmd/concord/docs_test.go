package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The doc-golden test. Every example of concord's output in README.md,
// docs/*.md and the Go doc comments is a transcript: a code block whose
// first line is "$ concord ...". Each line starting with "$ " is a command
// and the lines after it, up to the next command, are its output
// (standard output, then standard error). The test runs the commands, in
// a directory holding docs/a.txt and docs/b.txt (copies of testdata/docs)
// and the files of testdata/doc-sandbox, and compares; with -update it
// rewrites the blocks from the output:
//
//	go test ./cmd/concord -run TestDocExamples -update
//
// A command may end with "> FILE" to send its standard output to a file of
// the sandbox. A code block that looks like concord's output but is not a
// transcript fails the test, so no example can escape it.

// docBlock is a code block of a documentation file.
type docBlock struct {
	file  string
	first int      // index of the block's first content line in the file
	lines []string // content, without the Go comment prefix
	goDoc bool     // a block of a Go comment ("//\t" lines)
}

// looksLikeOutput matches lines that only concord's output has.
var looksLikeOutput = regexp.MustCompile(`(?m)^\s*((conflict|variant|corroboration)/[a-z]+: |concord: \d+ conflicts?|::(error|warning) |"(schema_version|fingerprint)": |concord: warning: )`)

func TestDocExamples(t *testing.T) {
	root := repoRoot(t)
	files := []string{filepath.Join(root, "README.md")}
	md, _ := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	files = append(files, md...)
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && p != root {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	transcripts := 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(raw), "\n")
		blocks := markdownBlocks(file, lines)
		if strings.HasSuffix(file, ".go") {
			blocks = goDocBlocks(file, lines)
		}
		rel, _ := filepath.Rel(root, file)
		changed := false
		// From the last block up, so that rewriting one does not move
		// the others.
		for i := len(blocks) - 1; i >= 0; i-- {
			b := blocks[i]
			if len(b.lines) == 0 || !strings.HasPrefix(b.lines[0], "$ concord ") {
				if looksLikeOutput.MatchString(strings.Join(b.lines, "\n")) {
					t.Errorf("%s:%d: a block that looks like concord's output is not a transcript (start it with \"$ concord ...\")", rel, b.first+1)
				}
				continue
			}
			transcripts++
			got := runTranscript(t, root, b.lines)
			if strings.Join(got, "\n") == strings.Join(b.lines, "\n") {
				continue
			}
			if !*update {
				t.Errorf("%s:%d: the example differs from the output of the code; run go test ./cmd/concord -run TestDocExamples -update and review the diff:\n%s",
					rel, b.first+1, firstDiff(strings.Join(b.lines, "\n"), strings.Join(got, "\n")))
				continue
			}
			if b.goDoc {
				for j, l := range got {
					if l == "" {
						got[j] = "//"
					} else {
						got[j] = "//\t" + l
					}
				}
			}
			lines = append(lines[:b.first], append(got, lines[b.first+len(b.lines):]...)...)
			changed = true
		}
		if changed {
			if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if transcripts == 0 {
		t.Error("no transcript found: the test checks nothing")
	}
}

// markdownBlocks returns the fenced code blocks of a Markdown file.
func markdownBlocks(file string, lines []string) []docBlock {
	var out []docBlock
	for i := 0; i < len(lines); i++ {
		fence := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(fence, "```") {
			continue
		}
		b := docBlock{file: file, first: i + 1}
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "```"; i++ {
			b.lines = append(b.lines, lines[i])
		}
		out = append(out, b)
	}
	return out
}

// goDocBlocks returns the code blocks (tab-indented runs of lines) of the
// // comments of a Go file.
func goDocBlocks(file string, lines []string) []docBlock {
	var out []docBlock
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "//\t") {
			continue
		}
		b := docBlock{file: file, first: i, goDoc: true}
		for ; i < len(lines); i++ {
			l := lines[i]
			if strings.HasPrefix(l, "//\t") {
				b.lines = append(b.lines, l[3:])
				continue
			}
			// A blank comment line inside a block, followed by more.
			if l == "//" && i+1 < len(lines) && strings.HasPrefix(lines[i+1], "//\t") {
				b.lines = append(b.lines, "")
				continue
			}
			break
		}
		out = append(out, b)
	}
	return out
}

// runTranscript runs the commands of a transcript in a new sandbox and
// returns the transcript with their real output.
func runTranscript(t *testing.T, root string, lines []string) []string {
	t.Helper()
	dir := t.TempDir()
	for _, p := range fixtureDocs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, filepath.Join("docs", filepath.Base(p)), string(b))
	}
	extra, _ := filepath.Glob(filepath.Join("testdata", "doc-sandbox", "*"))
	for _, p := range extra {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, filepath.Base(p), string(b))
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out []string
	for _, l := range lines {
		cmd, ok := strings.CutPrefix(l, "$ ")
		if !ok {
			continue
		}
		out = append(out, l)
		if strings.ContainsAny(cmd, `"'|&;<`+"`") {
			t.Fatalf("transcript command %q: only plain words and a final > FILE are supported", cmd)
		}
		var redirect string
		if i := strings.Index(cmd, ">"); i >= 0 {
			redirect = strings.TrimSpace(cmd[i+1:])
			cmd = cmd[:i]
		}
		args := strings.Fields(cmd)
		if len(args) == 0 || args[0] != "concord" {
			t.Fatalf("transcript command %q does not run concord", cmd)
		}
		var stdout, stderr bytes.Buffer
		run(context.Background(), args[1:], strings.NewReader(""), &stdout, &stderr)
		if redirect != "" {
			if err := os.WriteFile(redirect, stdout.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			stdout.Reset()
		}
		text := strings.TrimSuffix(stdout.String()+stderr.String(), "\n")
		if text != "" {
			out = append(out, strings.Split(text, "\n")...)
		}
	}
	return out
}
