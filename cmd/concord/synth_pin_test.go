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
// before extract was split into its internal packages (issue #12), and
// updated for schema 2 (the report's "claim_count", issue #11), which
// changed no finding, and when claims' events and roles came from event
// frames and alignment compared them (issue #13), which did, and when
// "the rebels took control of the building" became a capture rather than
// an abduction, which joined three corroboration groups of 9 January, and
// when an actor named anywhere in the other account stopped being an
// actor conflict (a false one on Deir ez-Zor went), and when headings
// stopped showing a place as the agent, and when a name joined by a
// hyphen to a participle ("Aleppo-based", "ISIL-linked") stopped being a
// participant or a place of the events.
func TestSynthCheckPinned(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1,000 documents")
	}
	const want = "0548139cdf265a950e990be6a00f7f214add12e2315c34a25abb3d7f02acaee1"
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
