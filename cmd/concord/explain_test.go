package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainCommand: concord explain FILE:LINE FILE:LINE says why two
// claims are aligned, in text and JSON; bad references are usage or input
// errors (exit 2) naming the problem.
func TestExplainCommand(t *testing.T) {
	dir, _ := copyDocs(t)
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	code, out, stderr := runCLI(t, "", "explain", a+":7", b+":4")
	if code != exitOK || !strings.Contains(out, "aligned: score") || !strings.Contains(out, "class same") {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	code, out, _ = runCLI(t, "", "explain", "--format", "json", a+":7", b+":4", dir)
	var got struct {
		Explanations []struct {
			Aligned  bool
			Score    float64
			Features []struct{ Feature, Level string }
		}
	}
	if code != exitOK || json.Unmarshal([]byte(out), &got) != nil || len(got.Explanations) == 0 || !got.Explanations[0].Aligned ||
		len(got.Explanations[0].Features) < 8 {
		t.Fatalf("exit %d, JSON %s", code, out)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"explain", a + ":7"}, "explain needs two lines"},
		{[]string{"explain", a, b + ":4"}, "is not FILE:LINE"},
		{[]string{"explain", a + ":2", b + ":4"}, "no claim on this line"},
		{[]string{"explain", "--format", "xml", a + ":7", b + ":4"}, "unknown format"},
	} {
		code, out, stderr := runCLI(t, "", tt.args...)
		if code != exitError || out != "" || !strings.Contains(stderr, tt.want) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q", tt.args, code, out, stderr, tt.want)
		}
	}
	// check --explain lists the aligned pairs after the findings.
	code, out, _ = runCLI(t, "", "check", "--explain", "--fail-on", "none", dir)
	if code != exitOK || !strings.Contains(out, "aligned pairs (") || !strings.Contains(out, "bits") {
		t.Errorf("check --explain: exit %d\n%s", code, out)
	}
}
