package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
)

// TestSynthCheckPinned pins the JSON report of `concord check` on the
// 1,000-document synthetic corpus that `go run ./examples/synth -n 1000`
// writes, so that changes meant only to make extraction faster, or to move
// its code, cannot change what the command reports. The hash was recorded
// when the quantity finder began to name the subjects of "N others", of
// parts and of counts left without a noun, and to read "taking three
// villages" and "..., as well as 5 other villages" as captured: the same
// 1,809 findings, five of them with a fuller summary ("Count of people
// wounded" where it read "Count of wounded").
func TestSynthCheckPinned(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1,000 documents")
	}
	const want = "7b8f1849922bb6f7bc35267e056cefe7830285f7ee9292ab9895176c27f23da9"
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	writeCorpus(t, corpus, 1000)
	// Document names are part of the report: read the corpus by a
	// relative path, so that the hash does not depend on the directory.
	t.Chdir(dir)
	code, out, stderr := runCLI(t, "", "check", "--quiet", "--format", "json", "corpus")
	if code != exitFindings {
		t.Fatalf("concord check exited %d, want %d (findings)\n%s", code, exitFindings, stderr)
	}
	sum := sha256.Sum256([]byte(out))
	if got := hex.EncodeToString(sum[:]); got != want {
		t.Errorf("report hash %s, want %s", got, want)
	}
}
