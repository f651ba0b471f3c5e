package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// repoRoot returns the module root, where testdata/ and seeds/ live.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSeedGoldens are the golden tests of `concord extract --format json`
// on seed 004 and of the `concord check` text report on the embedded
// seeds. Refresh with: go test ./cmd/concord -run TestSeedGoldens -update
func TestSeedGoldens(t *testing.T) {
	root := repoRoot(t)
	t.Chdir(root)
	for _, tt := range []struct {
		golden string
		args   []string
		code   int
	}{
		{"extract-004.json", []string{"extract", "--format", "json", "seeds/004_d9f295c725512458.txt"}, exitOK},
		{"check-seeds.txt", []string{"check"}, exitFindings},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			code, out, stderr := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, stderr)
			}
			golden := filepath.Join(root, "testdata", "golden", tt.golden)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("output differs from %s; run with -update and review the diff:\n%s", golden, firstDiff(string(want), out))
			}
		})
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n- " + x + "\n+ " + y
		}
	}
	return ""
}

// TestBadInputs checks that every kind of bad input gives exit code 2, an
// error naming the file, and nothing on stdout.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	nul := write("nul.txt", []byte("= T =\n\nsome\x00text\n"))
	badUTF := write("latin1.txt", []byte("= T =\n\nCaf\xe9 society.\n"))
	long := write("long.txt", bytes.Repeat([]byte("all on one line "), 50<<20/16))
	empty := write("empty.txt", nil)
	noText := filepath.Join(dir, "notext")
	write("notext/image.png", []byte{0x89, 'P', 'N', 'G'})
	unreadable := filepath.Join(dir, "missing.txt")

	tests := []struct {
		name, path, want string
	}{
		{"unreadable path", unreadable, "no such file"},
		{"directory with no text files", noText, "no text files"},
		{"NUL bytes", nul, "NUL"},
		{"invalid UTF-8", badUTF, "UTF-8"},
		{"50 MB single line", long, "line"},
	}
	for _, tt := range tests {
		for _, cmd := range []string{"extract", "check"} {
			t.Run(tt.name+"/"+cmd, func(t *testing.T) {
				code, out, stderr := runCLI(t, "", cmd, "--format", "json", tt.path)
				if code != 2 {
					t.Errorf("exit %d, want 2", code)
				}
				if out != "" {
					t.Errorf("stdout not empty: %.200q", out)
				}
				if !strings.Contains(stderr, tt.path) || !strings.Contains(stderr, tt.want) {
					t.Errorf("stderr %q should name %s and say %q", stderr, tt.path, tt.want)
				}
			})
		}
	}
	t.Run("empty file gives no claims", func(t *testing.T) {
		code, out, stderr := runCLI(t, "", "extract", "--format", "json", empty)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var got struct {
			Claims []json.RawMessage `json:"claims"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		if got.Claims == nil || len(got.Claims) != 0 {
			t.Errorf("claims = %v, want []", got.Claims)
		}
	})
	t.Run("stdin", func(t *testing.T) {
		code, out, _ := runCLI(t, "= T =\n\nOn 5 May 2015, rebels took the town.\n", "extract", "-")
		if code != 0 || !strings.Contains(out, "rebels took the town") {
			t.Errorf("exit %d, out %q", code, out)
		}
	})
}

// TestOutputMatchesSchema validates `concord extract --format json` and
// `concord check --format json` on the seeds against the documented JSON
// Schema (testdata/schema/concord.schema.json), so the schema and the
// output cannot drift apart.
func TestOutputMatchesSchema(t *testing.T) {
	root := repoRoot(t)
	schema, err := os.ReadFile(filepath.Join(root, "testdata", "schema", "concord.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := newSchemaValidator(schema)
	if err != nil {
		t.Fatal(err)
	}
	// With warnings too: a document without claims and a dangling link.
	dir, _ := copyDocs(t)
	writeFile(t, dir, "empty.txt", "")
	// And documents with a date of their own.
	writeFile(t, dir, "report.txt", "BEIRUT, 9 January 2014 (Reuters) - Rebels took Atareb on Thursday.\n")
	writeFile(t, dir, "post.txt", "---\ndate: 2014-01-11\n---\nRebels took Atareb on Thursday.\n\nPublished January 10, 2014\n")
	if err := os.Symlink("gone.txt", filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"extract", "--format", "json"}, {"check", "--format", "json"}, {"check", "--format", "json", "--explain"}, {"extract", "--format", "json", dir}, {"check", "--format", "json", dir}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, stderr := runCLI(t, "", args...)
			if code == exitError {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			errs, err := v.validate([]byte(out))
			if err != nil {
				t.Fatal(err)
			}
			bad := strings.Replace(out, `"precision": "day"`, `"precision": "fortnight"`, 1)
			if bad == out {
				bad = strings.Replace(out, `"schema_version": "2"`, `"schema_version": "1"`, 1)
			}
			if len(args) > 3 && args[3] == dir && !strings.Contains(out, `"kind": "no-claims"`) {
				t.Errorf("no warning in the output:\n%.500s", out)
			}
			if len(args) > 3 && args[3] == dir && !strings.Contains(out, `"replaced": {`) {
				t.Errorf("no document date replacing another in the output:\n%.500s", out)
			}
			if berrs, _ := v.validate([]byte(bad)); len(berrs) == 0 {
				t.Error("the validator accepts output that breaks the schema")
			}
			for i, e := range errs {
				if i == 10 {
					t.Errorf("... and %d more", len(errs)-10)
					break
				}
				t.Error(e)
			}
		})
	}
}
