package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The tests run the real engine (extract and reconcile) on testdata/docs:
// two short accounts of the same days, in which it finds a conflict, a
// variant and corroborations. Tests that need a particular finding look
// for it in the report rather than assuming it, and golden files are
// refreshed with -update, so that a change in reconciliation shows as a
// reviewed diff, not as a broken test.

// fixtureDocs are the documents of testdata/docs.
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

// writeFile writes a file under dir, creating directories, and returns
// its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// runCLI runs the command and returns its exit code and outputs.
func runCLI(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// docsResult runs check's reading and reconciliation over testdata/docs,
// for the formatter tests.
func docsResult(t *testing.T) *result {
	t.Helper()
	s := &settings{paths: fixtureDocs, jobs: 1, quiet: true, format: "html"}
	res, err := reconcileAll(context.Background(), s, nil, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
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
