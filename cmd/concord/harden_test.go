package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"
)

// hardCase is one case of the hardening table (issue #11): a command run
// as a new user or a hostile input would, the exit code it must give, and
// what its outputs must (or must not) hold.
type hardCase struct {
	item  int    // the item
	name  string // what is tried
	args  []string
	stdin string
	code  int
	// stderr is the whole of standard error when exact, else a part.
	stderr string
	exact  bool
	// check inspects the outputs; it may be nil.
	check func(t *testing.T, stdout, stderr string)
	// chdir is the working directory of the run, when set.
	chdir string
}

// TestHardening runs the table. With -v it prints each case's exit code
// and first line of standard error.
func TestHardening(t *testing.T) {
	dir := t.TempDir()
	a, b := fixtureDocs[0], fixtureDocs[1]
	docA, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	docB, err := os.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}

	// Item 3: paths that start with a dash, after "--".
	writeFile(t, dir, "-a.txt", string(docA))
	writeFile(t, dir, "-b.txt", string(docB))

	// Item 5: a file name that would be a workflow command and clear the
	// screen, holding one side of the conflict.
	evilName := "x\n::error file=evil.txt,line=1::owned\x1b[2J.txt"
	evil := writeFile(t, dir, evilName, string(docB))

	// Item 6: one-line files, and a file of citation markers only.
	oneLine := filepath.Join(dir, "one-line")
	for i, s := range []string{
		"On 3 March 2014, 26 people were killed when a car bomb exploded at the Bab al-Salameh crossing.",
		"On 3 March 2014, a car bomb at the Bab al-Salameh crossing killed 16 people.",
		"On 5 March 2014, rebels captured Qantari",
	} {
		writeFile(t, oneLine, fmt.Sprintf("%d.txt", i), s+"\n")
	}
	markers := writeFile(t, dir, "markers/only-markers.txt", "[1][2][3]\n\n[citation needed]\n")

	// Item 7: UTF-16 with a byte order mark, and invalid UTF-8.
	u16 := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(string(docB))) {
		u16 = append(u16, byte(u), byte(u>>8))
	}
	utf16Doc := writeFile(t, dir, "utf16/b.txt", string(u16))
	latin1 := writeFile(t, dir, "latin1.txt", "= T =\nCafé \xe9t\xe9.\n")

	// Item 8: an alias entry that contradicts the curated table.
	contra := writeFile(t, dir, "aliases.json", "{\"entities\": [\n  {\"id\": \"qantari-village\", \"kind\": \"place\",\n   \"names\": [\"Qantari\"]}\n]}\n")

	// Item 14: a dangling .txt link and a linked directory in a walk.
	walk := filepath.Join(dir, "walk")
	writeFile(t, walk, "a.txt", string(docA))
	writeFile(t, dir, "elsewhere/b.txt", string(docB))
	if err := os.Symlink("gone.txt", filepath.Join(walk, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "elsewhere"), filepath.Join(walk, "linked")); err != nil {
		t.Fatal(err)
	}

	lines := func(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }
	noControl := func(t *testing.T, name, s string) {
		for _, r := range s {
			if r != '\n' && r != '\t' && isControl(r) && r != '\ufffd' {
				t.Errorf("%s holds control character %U", name, r)
			}
		}
	}
	jsonReport := func(t *testing.T, stdout string) map[string]json.RawMessage {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(stdout), &m); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		return m
	}
	documents := func(t *testing.T, stdout string) []string {
		var docs []string
		if err := json.Unmarshal(jsonReport(t, stdout)["documents"], &docs); err != nil {
			t.Fatal(err)
		}
		return docs
	}

	cases := []hardCase{
		{item: 3, name: "-- protects every later path", args: []string{"check", "--format", "json", "--", "-a.txt", "-b.txt"}, chdir: dir, code: exitFindings,
			check: func(t *testing.T, stdout, _ string) {
				if got := documents(t, stdout); len(got) != 2 {
					t.Errorf("documents %q, want both dashed paths", got)
				}
			}},
		{item: 3, name: "--flag=value, - for stdin, flags after paths", args: []string{"check", a, "-", "--format=json", "--fail-on=none"}, stdin: string(docB), code: exitOK,
			check: func(t *testing.T, stdout, _ string) {
				if got := documents(t, stdout); len(got) != 2 || got[0] != "-" {
					t.Errorf("documents %q, want - and a.txt", got)
				}
			}},
		{item: 3, name: "unknown flag: one error and a hint", args: []string{"check", "--colour", a}, code: exitError,
			stderr: "concord: unknown flag: --colour\nRun 'concord check --help' for usage.\n", exact: true},
		{item: 3, name: "long flag with one dash", args: []string{"check", "-format", "json", a}, code: exitError,
			stderr: "concord: unknown flag -format: long flags take two dashes (--format)\nRun 'concord check --help' for usage.\n", exact: true},
		{item: 3, name: "dashed path before --", args: []string{"check", "-a.txt"}, chdir: dir, code: exitError,
			stderr: "concord: unknown shorthand flag: 'a' in -a.txt (a path that starts with - goes after --)\nRun 'concord check --help' for usage.\n", exact: true},
		{item: 3, name: "check --help: usage line, GNU flags, exit codes", args: []string{"check", "--help"}, code: exitOK, exact: true,
			check: func(t *testing.T, stdout, _ string) {
				if !strings.HasPrefix(stdout, "usage: concord check [flags] [PATH...]\n") || !strings.Contains(stdout, "      --fail-on level") || !strings.Contains(stdout, "exit codes:\n  0  ") {
					t.Errorf("help:\n%s", stdout)
				}
				_, again, _ := runCLI(t, "", "help", "check")
				if again != stdout {
					t.Errorf("concord help check differs from check --help:\n%s", again)
				}
			}},
		{item: 3, name: "help of an unknown command", args: []string{"help", "frobnicate"}, code: exitError,
			stderr: "concord: unknown command \"frobnicate\"\nRun 'concord help' for usage.\n", exact: true},
		{item: 5, name: "control characters in a file name (text)", args: []string{"check", a, evil}, code: exitFindings,
			check: func(t *testing.T, stdout, _ string) {
				noControl(t, "text output", stdout)
				if !strings.Contains(stdout, "x\ufffd::error file=evil.txt,line=1::owned\ufffd[2J.txt:") {
					t.Errorf("file name not shown with U+FFFD:\n%s", stdout)
				}
			}},
		{item: 5, name: "control characters in a file name (github)", args: []string{"check", "--format", "github", a, evil}, code: exitFindings,
			check: func(t *testing.T, stdout, _ string) {
				noControl(t, "github output", stdout)
				for _, l := range lines(stdout) {
					if !strings.HasPrefix(l, "::error file=") && !strings.HasPrefix(l, "::warning file=") && !strings.HasPrefix(l, "concord: ") || strings.HasPrefix(l, "::error file=evil.txt") {
						t.Errorf("line is not one of concord's: %q", l)
					}
				}
				if !strings.Contains(stdout, "x\ufffd%3A%3Aerror file=evil.txt%2Cline=1%3A%3Aowned\ufffd[2J.txt,line=") {
					t.Errorf("file property not escaped:\n%s", stdout)
				}
			}},
		{item: 5, name: "control characters in an error message", args: []string{"check", filepath.Join(dir, "no\x1b[2Jfile.txt")}, code: exitError,
			check: func(t *testing.T, _, stderr string) {
				noControl(t, "stderr", stderr)
				if !strings.Contains(stderr, "no\ufffd[2Jfile.txt: no such file or directory") {
					t.Errorf("stderr %q", stderr)
				}
			}},
		{item: 5, name: "control characters in extract's text output", args: []string{"extract", evil}, code: exitOK,
			check: func(t *testing.T, stdout, _ string) {
				for _, l := range lines(stdout) {
					// The format's fields are separated by tabs: there must
					// be exactly two on each line.
					if strings.Count(l, "\t") != 2 {
						t.Errorf("line %q", l)
					}
				}
				noControl(t, "extract output", stdout)
			}},
		{item: 6, name: "one-line files are read", args: []string{"check", "--format", "json", oneLine}, code: exitFindings,
			check: func(t *testing.T, stdout, stderr string) {
				if got := documents(t, stdout); len(got) != 3 {
					t.Errorf("documents %q, want 3", got)
				}
				var n int
				json.Unmarshal(jsonReport(t, stdout)["claim_count"], &n)
				if n < 3 || stderr != "" {
					t.Errorf("%d claims (want one a file at least), stderr %q", n, stderr)
				}
			}},
		{item: 6, name: "a document without claims is listed and warned about", args: []string{"check", "--format", "json", a, markers}, code: exitOK,
			stderr: "concord: warning: " + markers + ": no claims: no sentence or infobox line found (only a title, headings or citation markers?)\n", exact: true,
			check: func(t *testing.T, stdout, _ string) {
				if got := documents(t, stdout); len(got) != 2 {
					t.Errorf("documents %q, want both", got)
				}
				if w := string(jsonReport(t, stdout)["warnings"]); !strings.Contains(w, `"kind": "no-claims"`) || !strings.Contains(w, "only-markers.txt") {
					t.Errorf("warnings in JSON: %s", w)
				}
			}},
		{item: 6, name: "the same under --strict", args: []string{"check", "--strict", a, markers}, code: exitError,
			stderr: "concord: 1 warning and --strict: stopped\n"},
		{item: 6, name: "extract lists a document without claims", args: []string{"extract", "--format", "json", markers}, code: exitOK,
			check: func(t *testing.T, stdout, _ string) {
				if got := documents(t, stdout); len(got) != 1 || !strings.Contains(string(jsonReport(t, stdout)["warnings"]), "no-claims") {
					t.Errorf("extract output:\n%s", stdout)
				}
			}},
		{item: 7, name: "UTF-16 with a byte order mark is decoded", args: []string{"check", "--format", "json", a, utf16Doc}, code: exitFindings,
			check: func(t *testing.T, stdout, _ string) {
				if !strings.Contains(stdout, `"doc": "`+utf16Doc+`"`) {
					t.Errorf("no claim from the UTF-16 document")
				}
			}},
		{item: 7, name: "invalid UTF-8: 1-based line and column", args: []string{"check", latin1}, code: exitError,
			stderr: "concord: " + latin1 + ":2:7: is not valid UTF-8\n", exact: true},
		{item: 8, name: "alias entry contradicting the curated table", args: []string{"check", "--fail-on", "none", "--aliases", contra, a, b}, code: exitOK,
			stderr: "concord: warning: " + contra + ":3: entities[0].names[0]: name \"Qantari\" of \"qantari-village\" is already a name of place \"kantari\" at seeds/aliases.json:"},
		{item: 8, name: "the same under --strict", args: []string{"check", "--strict", "--aliases", contra, a, b}, code: exitError,
			stderr: "concord: 1 warning and --strict: stopped\n"},
		{item: 12, name: "check JSON: claim_count, claims only ever an array", args: []string{"check", "--format", "json", a, b}, code: exitFindings,
			check: func(t *testing.T, stdout, _ string) {
				m := jsonReport(t, stdout)
				if _, ok := m["claims"]; ok {
					t.Errorf("check output has a \"claims\" key")
				}
				if string(m["schema_version"]) != `"2"` || string(m["claim_count"]) != "9" {
					t.Errorf("schema_version %s, claim_count %s", m["schema_version"], m["claim_count"])
				}
			}},
		{item: 14, name: "dangling link skipped with a warning, linked directory followed", args: []string{"check", "--format", "json", walk}, code: exitFindings,
			stderr: "concord: warning: " + filepath.Join(walk, "dangling.txt") + ": symbolic link to gone.txt cannot be followed (no such file or directory), not read\n", exact: true,
			check: func(t *testing.T, stdout, _ string) {
				want := []string{filepath.Join(walk, "a.txt"), filepath.Join(walk, "linked", "b.txt")}
				if got := documents(t, stdout); strings.Join(got, " ") != strings.Join(want, " ") {
					t.Errorf("documents %q, want %q", got, want)
				}
			}},
		{item: 14, name: "the same under --strict", args: []string{"check", "--strict", walk}, code: exitError,
			stderr: "concord: 1 warning and --strict: stopped\n"},
		{item: 10, name: "version", args: []string{"version"}, code: exitOK,
			check: func(t *testing.T, stdout, _ string) {
				if stdout != "concord "+version()+"\n" {
					t.Errorf("stdout %q", stdout)
				}
			}},
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("item %d: %s", tc.item, tc.name), func(t *testing.T) {
			if tc.chdir != "" {
				t.Chdir(tc.chdir)
			}
			code, stdout, stderr := runCLI(t, tc.stdin, tc.args...)
			t.Logf("| %d | %s | %d | %s |", tc.item, tc.name, code, strings.ReplaceAll(lastLine(stderr), "|", `\|`))
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.code, stderr)
			}
			if tc.exact && stderr != tc.stderr {
				t.Errorf("stderr:\n%q\nwant\n%q", stderr, tc.stderr)
			} else if !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr:\n%q\nwant a part\n%q", stderr, tc.stderr)
			}
			if code == exitError && stdout != "" {
				t.Errorf("stdout holds output after an error:\n%.300s", stdout)
			}
			if tc.check != nil {
				tc.check(t, stdout, stderr)
			}
		})
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// lastLine is the last line of s, where an error follows warnings.
func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// TestOutputSpecialFiles checks --output on a FIFO and through symbolic
// links (issue #11, item 1): a special file is written, never replaced;
// a link is followed to a regular file, which is replaced atomically.
func TestOutputSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	args := func(out string) []string {
		return append([]string{"check", "--format", "json", "--output", out}, fixtureDocs...)
	}

	t.Run("FIFO", func(t *testing.T) {
		fifo := filepath.Join(dir, "report.fifo")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Fatal(err)
		}
		got := make(chan []byte)
		go func() {
			f, err := os.Open(fifo) // blocks until the writer opens it
			if err != nil {
				got <- nil
				return
			}
			b, _ := io.ReadAll(f)
			f.Close()
			got <- b
		}()
		code, stdout, stderr := runCLI(t, "", args(fifo)...)
		b := <-got
		t.Logf("| 1 | --output to a FIFO | %d | %s |", code, firstLine(stderr))
		if code != exitFindings || stdout != "" || stderr != "" {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		if !json.Valid(b) {
			t.Errorf("the reader got %d bytes of no JSON", len(b))
		}
		if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("the FIFO was replaced: %v, %v", info.Mode(), err)
		}
		if ents, _ := os.ReadDir(dir); len(ents) != 1 {
			t.Errorf("files left: %v", ents)
		}
	})

	t.Run("symbolic link to a regular file", func(t *testing.T) {
		target := writeFile(t, dir, "real/report.json", "old\n")
		if err := os.Chmod(target, 0o600); err != nil {
			t.Fatal(err)
		}
		link := filepath.Join(dir, "link.json")
		if err := os.Symlink(filepath.Join("real", "report.json"), link); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := runCLI(t, "", args(link)...)
		t.Logf("| 1 | --output through a symbolic link | %d | %s |", code, firstLine(stderr))
		if code != exitFindings {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced")
		}
		b, _ := os.ReadFile(target)
		info, _ := os.Stat(target)
		if !json.Valid(b) || info.Mode().Perm() != 0o600 {
			t.Errorf("target: mode %v, JSON %v", info.Mode(), json.Valid(b))
		}
		if ents, _ := os.ReadDir(filepath.Dir(target)); len(ents) != 1 {
			t.Errorf("files left beside the target: %v", ents)
		}
	})

	t.Run("dangling symbolic link", func(t *testing.T) {
		link := filepath.Join(dir, "new-link.json")
		if err := os.Symlink("new.json", link); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := runCLI(t, "", args(link)...)
		if code != exitFindings {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if b, err := os.ReadFile(filepath.Join(dir, "new.json")); err != nil || !json.Valid(b) {
			t.Errorf("link target not written: %v", err)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced")
		}
	})

	t.Run("link loop", func(t *testing.T) {
		loop := filepath.Join(dir, "loop")
		if err := os.Symlink("loop", loop); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := runCLI(t, "", args(loop)...)
		t.Logf("| 1 | --output onto a link loop | %d | %s |", code, firstLine(stderr))
		if code != exitError || !strings.Contains(stderr, "output "+loop+": too many levels of symbolic links") {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
	})
}

// TestEndlessInput runs concord as its own process on endless input (issue
// #11, item 2) and measures its peak memory (the kernel's VmHWM): the
// run must stop at the document limit with exit 2 and the usual message,
// having used under twice the limit.
func TestEndlessInput(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command on 64 MiB of input")
	}
	const limit = 64 << 20 // extract's default document limit
	dir := t.TempDir()
	// The race detector multiplies memory: measure a binary built
	// without it.
	bin := os.Args[0]
	if raceEnabled {
		bin = filepath.Join(dir, "concord.test")
		goCmd, err := exec.LookPath("go")
		if err != nil {
			goCmd = filepath.Join(runtime.GOROOT(), "bin", "go")
		}
		if out, err := exec.Command(goCmd, "test", "-c", "-o", bin, ".").CombinedOutput(); err != nil {
			t.Fatalf("building the test binary without -race: %v\n%s", err, out)
		}
	}
	fifo := filepath.Join(dir, "zero.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		doc  string
	}{
		{"endless standard input", []string{"check", "-"}, "-"},
		{"endless FIFO named as a file", []string{"check", fifo}, fifo},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd, peakOf := selfCommand(t, tc.args...)
			cmd.Path = bin
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			w := io.Writer(nil)
			if tc.doc == "-" {
				pw, err := cmd.StdinPipe()
				if err != nil {
					t.Fatal(err)
				}
				w = pw
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			if tc.doc != "-" {
				f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
				if err != nil {
					t.Fatal(err)
				}
				w = f
			}
			// Write "yes\n" until the reader goes away.
			go func() {
				buf := bytes.Repeat([]byte("yes\n"), 1<<14)
				for {
					if _, err := w.Write(buf); err != nil {
						break
					}
				}
				if c, ok := w.(io.Closer); ok {
					c.Close()
				}
			}()
			cmd.Wait()
			code := cmd.ProcessState.ExitCode()
			want := fmt.Sprintf("concord: %s: is larger than the limit (%d bytes)\n", tc.doc, limit)
			peak := peakOf()
			t.Logf("| 2 | %s | %d | %s | peak RSS %d MiB (limit %d MiB)", tc.name, code, firstLine(stderr.String()), peak>>20, limit>>20)
			if code != exitError || stderr.String() != want || stdout.Len() != 0 {
				t.Errorf("exit %d, stderr %q (want %q), %d bytes on stdout", code, stderr.String(), want, stdout.Len())
			}
			if peak == 0 {
				t.Skip("no /proc/self/status here: peak memory not measured")
			}
			if peak >= 2*limit {
				t.Errorf("peak resident memory %d MiB, want under %d MiB (twice the limit)", peak>>20, 2*limit>>20)
			}
		})
	}
}
