package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	badBaseline := write("bad-baseline.json", "{\"schema_version\": \"1\",\n \"findings\": [ {\"fingerprint\": 7} ]}\n")
	oldBaseline := write("old-baseline.json", `{"schema_version": "0", "findings": []}`)
	badConfig := write("bad-config.json", "{\n  \"format\": \"text\",\n  \"colour\": true\n}\n")
	badFailOn := write("fail-config.json", `{"fail_on": "warning"}`)
	brokenJSON := write("broken.json", "{\n  \"format\": \"text\",\n}\n")
	badAliases := write("bad-aliases.json", "{\"entities\": [\n  {\"id\": \"x\", \"kind\": \"place\", \"names\": [\"X\"]},\n  {\"id\": \"y\", \"kind\": \"planet\", \"names\": [\"Y\"]}\n]}\n")
	goodAliases := write("good-aliases.json", `{"entities": [{"id": "atlantis", "kind": "place", "names": ["Atlantis", "Atlantida"]}]}`)
	emptyDir := filepath.Join(dir, "empty")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	a, b := fixtureDocs[0], fixtureDocs[1]
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of standard error
	}{
		{"conflicts fail by default", []string{"check", a, b}, exitFindings, ""},
		{"fail-on none", []string{"check", "--fail-on", "none", a, b}, exitOK, ""},
		{"fail-on variant", []string{"check", "--fail-on=variant", a, b}, exitFindings, ""},
		{"no findings", []string{"check", a}, exitOK, ""},
		{"flags after paths", []string{"check", a, "--format", "json"}, exitOK, ""},
		{"no arguments", nil, exitError, "usage: concord"},
		{"unknown command", []string{"frobnicate"}, exitError, `unknown command "frobnicate"`},
		{"unknown flag", []string{"check", "--colour", a}, exitError, "concord: unknown flag: --colour\nRun 'concord check --help' for usage.\n"},
		{"bad format", []string{"check", "--format", "xml", a}, exitError, `unknown format "xml"`},
		{"bad fail-on", []string{"check", "--fail-on", "warning", a}, exitError, `unknown failing level "warning"`},
		{"bad jobs", []string{"check", "--jobs", "-1", a}, exitError, "jobs must be 0 or more"},
		{"missing file", []string{"check", filepath.Join(dir, "nope.txt")}, exitError, "nope.txt: no such file or directory"},
		{"directory without text", []string{"check", emptyDir}, exitError, "empty: no text files found"},
		{"missing baseline", []string{"check", "--baseline", filepath.Join(dir, "none.json"), a}, exitError, "none.json: no such file or directory"},
		{"malformed baseline", []string{"check", "--baseline", badBaseline, a}, exitError, "bad-baseline.json: malformed baseline: line 2, column"},
		{"baseline of another version", []string{"check", "--baseline", oldBaseline, a}, exitError, `old-baseline.json: malformed baseline: schema_version is "0"`},
		{"config with unknown key", []string{"check", "--config", badConfig, a}, exitError, `bad-config.json: unknown key "colour"`},
		{"config with bad JSON", []string{"check", "--config", brokenJSON, a}, exitError, "broken.json: line 3, column"},
		{"config with bad fail_on", []string{"check", "--config", badFailOn, a}, exitError, `fail-config.json: "fail_on": unknown failing level "warning"`},
		{"missing config", []string{"check", "--config", filepath.Join(dir, "no.json"), a}, exitError, "no.json: no such file or directory"},
		{"missing alias table", []string{"check", "--aliases", "aliases.json", a}, exitError, "aliases.json: no such file or directory"},
		{"malformed alias table", []string{"check", "--aliases", badAliases, a}, exitError, "bad-aliases.json:3:"},
		{"malformed alias table names the field", []string{"check", "--aliases", badAliases, a}, exitError, "entities[1].kind"},
		{"alias table", []string{"check", "--fail-on", "none", "--aliases", goodAliases, a, b}, exitOK, ""},
		{"baseline command", []string{"baseline", a, b}, exitOK, ""},
		{"baseline command, missing file", []string{"baseline", filepath.Join(dir, "nope.txt")}, exitError, "nope.txt: no such file or directory"},
		{"extract", []string{"extract", "--format", "json", a}, exitOK, ""},
		{"extract, bad format", []string{"extract", "--format", "sarif", a}, exitError, `unknown format "sarif" for extract`},
		{"published", []string{"check", "--published", a + "=2014-01-13", a}, exitOK, ""},
		{"published, bad date", []string{"check", "--published", a + "=2014-02-30", a}, exitError, "--published " + a + `: bad date "2014-02-30"`},
		{"published, no date", []string{"extract", "--published", a, a}, exitError, `--published "` + a + `": want FILE=YYYY-MM-DD`},
		{"published, a file not read", []string{"extract", "--published", b + "=2014-01-13", a}, exitError, "--published " + b + ": not among the documents read"},
		{"published, two dates", []string{"baseline", "--published", a + "=2014-01-13", "--published", a + "=2014-01-14", a}, exitError, "given two dates"},
		{"help", []string{"check", "-h"}, exitOK, ""},
		{"version", []string{"version"}, exitOK, ""},
		{"seeds: conflicts fail", []string{"check", "--format", "json"}, exitFindings, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tt.stderr, stderr)
			}
			if code == exitError && stdout != "" {
				t.Errorf("stdout holds output after an error:\n%s", stdout)
			}
			if wantOutput := code != exitError && len(tt.args) > 1 && tt.args[1] != "-h"; wantOutput && stdout == "" {
				t.Errorf("no output on stdout")
			}
		})
	}
}

// decodeReport parses check's JSON output.
func decodeReport(t *testing.T, s string) reconcile.Report {
	t.Helper()
	var rep reconcile.Report
	if err := json.Unmarshal([]byte(s), &rep); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, s)
	}
	return rep
}

func TestBaselineRoundTrip(t *testing.T) {
	dir, docs := copyDocs(t)
	base := filepath.Join(dir, "concord-baseline.json")

	code, stdout, stderr := runCLI(t, "", append([]string{"baseline", "--output", base}, docs...)...)
	if code != exitOK || stdout != "" {
		t.Fatalf("baseline: exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	raw, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	var bf baselineFile
	if err := json.Unmarshal(raw, &bf); err != nil {
		t.Fatal(err)
	}
	_, out, _ := runCLI(t, "", append([]string{"check", "--format", "json"}, docs...)...)
	failing := 0
	for _, f := range decodeReport(t, out).Findings {
		if f.Kind != claims.Corroboration {
			failing++
		}
	}
	if bf.SchemaVersion != "1" || len(bf.Findings) != failing || failing == 0 {
		t.Fatalf("baseline has version %q and %d findings, want 1 and %d (the conflicts and variants):\n%s", bf.SchemaVersion, len(bf.Findings), failing, raw)
	}
	if !sort.SliceIsSorted(bf.Findings, func(i, j int) bool { return bf.Findings[i].Fingerprint < bf.Findings[j].Fingerprint }) {
		t.Errorf("baseline not sorted by fingerprint:\n%s", raw)
	}
	// The same run printed to stdout gives the same bytes.
	if _, again, _ := runCLI(t, "", append([]string{"baseline"}, docs...)...); again != string(raw) {
		t.Errorf("baseline to stdout differs from --output:\n%s", cmp.Diff(string(raw), again))
	}

	// Edit unrelated lines: the findings move, but stay accepted.
	editFile(t, docs[0], "- Casualties: 26 killed\n", "- Casualties: 26 killed\n- Place: northern Aleppo Governorate\n")
	editFile(t, docs[1], "= Timeline of the northern Aleppo offensive =\n", "= Timeline of the northern Aleppo offensive =\n\nThis timeline lists events in the order they happened.\n")
	code, stdout, stderr = runCLI(t, "", append([]string{"check", "--format", "json", "--baseline", base}, docs...)...)
	if code != exitOK {
		t.Fatalf("check after unrelated edits: exit %d, want 0; stderr:\n%s", code, stderr)
	}
	rep := decodeReport(t, stdout)
	for _, f := range rep.Findings {
		if want := f.Kind != "corroboration"; f.Accepted != want {
			t.Errorf("%s %s: accepted = %v, want %v", f.Kind, f.Field, f.Accepted, want)
		}
	}
	if len(rep.Stale) != 0 {
		t.Errorf("stale entries after unrelated edits: %v", rep.Stale)
	}
	// --fail-on variant: variants are accepted too.
	if code, _, _ := runCLI(t, "", append([]string{"check", "--fail-on", "variant", "--baseline", base}, docs...)...); code != exitOK {
		t.Errorf("--fail-on variant with everything accepted: exit %d, want 0", code)
	}

	// Change the sentence of a conflict: a new finding fails the run, and
	// the old entry is stale.
	editFile(t, docs[1], "On 3 March, a car bomb", "On 3 March, a large car bomb")
	code, stdout, _ = runCLI(t, "", append([]string{"check", "--format", "json", "--baseline", base}, docs...)...)
	if code != exitFindings {
		t.Errorf("check after changing a conflict: exit %d, want 1", code)
	}
	rep = decodeReport(t, stdout)
	if len(rep.Stale) != 1 {
		t.Fatalf("stale = %v, want one entry", rep.Stale)
	}
	var staleEntry baselineEntry
	for _, e := range bf.Findings {
		if e.Fingerprint == rep.Stale[0] {
			staleEntry = e
		}
	}
	if staleEntry.Field != "quantity" {
		t.Errorf("stale entry %+v, want the quantity conflict", staleEntry)
	}
	// The text report shows the stale entry with its summary.
	_, text, _ := runCLI(t, "", append([]string{"check", "--baseline", base}, docs...)...)
	for _, want := range []string{"stale baseline entries", rep.Stale[0] + "  conflict/quantity: ", "1 stale baseline entry"} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q:\n%s", want, text)
		}
	}
}

func TestStaleWhenFindingGone(t *testing.T) {
	dir, docs := copyDocs(t)
	base := filepath.Join(dir, "b.json")
	if code, _, stderr := runCLI(t, "", append([]string{"baseline", "--output", base}, docs...)...); code != 0 {
		t.Fatal(stderr)
	}
	editFile(t, docs[1], "On 5 March, rebels captured Qantari.\n", "")
	code, stdout, _ := runCLI(t, "", append([]string{"check", "--format", "json", "--baseline", base}, docs...)...)
	if code != exitOK {
		t.Errorf("exit %d, want 0", code)
	}
	rep := decodeReport(t, stdout)
	bl, err := loadBaseline(base)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for fp, e := range bl.entries {
		if e.Kind == "variant" {
			want = append(want, fp)
		}
	}
	if diff := cmp.Diff(want, rep.Stale); diff != "" {
		t.Errorf("stale (-want +got):\n%s", diff)
	}
}

func TestParseBaseline(t *testing.T) {
	tests := []struct {
		name, in, err string
		n             int
	}{
		{"empty list", `{"schema_version":"1","findings":[]}`, "", 0},
		{"two entries", `{"schema_version":"1","findings":[{"fingerprint":"a","kind":"conflict","field":"date","summary":"s"},{"fingerprint":"b"}]}`, "", 2},
		{"empty file", ``, "empty file", 0},
		{"not JSON", `<baseline/>`, "line 1, column 1: invalid character '<'", 0},
		{"truncated", `{"schema_version":"1","findings":[`, "unexpected end of file", 0},
		{"wrong type", "{\"schema_version\":\"1\",\n\"findings\":{}}", "line 2, column", 0},
		{"unknown key", `{"schema_version":"1","findings":[],"extra":1}`, `unknown key "extra"`, 0},
		{"no findings", `{"schema_version":"1"}`, `no "findings" array`, 0},
		{"no version", `{"findings":[]}`, `schema_version is ""`, 0},
		{"no fingerprint", `{"schema_version":"1","findings":[{"kind":"conflict"}]}`, "findings[0] has no fingerprint", 0},
		{"trailing data", `{"schema_version":"1","findings":[]} {}`, "unexpected data after the JSON object", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bl, err := parseBaseline([]byte(tt.in))
			if tt.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				if len(bl.entries) != tt.n {
					t.Errorf("%d entries, want %d", len(bl.entries), tt.n)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("error %v, want one containing %q", err, tt.err)
			}
		})
	}
}

func TestOutputAtomic(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.sarif")
	const old = "previous report\n"
	listDir := func() []string {
		ents, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		return names
	}

	// A failing run leaves no file.
	code, stdout, _ := runCLI(t, "", "check", "--format", "sarif", "--output", out, filepath.Join(dir, "missing.txt"))
	if code != exitError || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	if names := listDir(); len(names) != 0 {
		t.Errorf("failing run left files: %v", names)
	}

	// A failing run leaves an existing file untouched.
	if err := os.WriteFile(out, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"check", "--output", out, filepath.Join(dir, "missing.txt")},
		{"check", "--output", out, "--baseline", filepath.Join(dir, "missing.json"), fixtureDocs[0]},
		{"check", "--output", out, "--format", "pdf", fixtureDocs[0]},
	} {
		if code, _, _ := runCLI(t, "", args...); code != exitError {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if b, _ := os.ReadFile(out); string(b) != old {
			t.Errorf("%v: existing output changed to %q", args, b)
		}
	}
	if diff := cmp.Diff([]string{"report.sarif"}, listDir()); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}

	// Output into a missing directory, or onto a directory: exit 2, no
	// temporary file left.
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, o := range []string{filepath.Join(dir, "nodir", "r.txt"), sub} {
		code, _, stderr := runCLI(t, "", "check", "--output", o, fixtureDocs[0])
		if code != exitError || !strings.Contains(stderr, "output ") {
			t.Errorf("--output %s: exit %d, stderr %q", o, code, stderr)
		}
	}
	if ents, _ := os.ReadDir(sub); len(ents) != 0 {
		t.Errorf("files left in %s: %v", sub, ents)
	}

	// A successful run replaces the file, exits 1 for the conflicts, and
	// prints nothing on stdout.
	code, stdout, _ = runCLI(t, "", append([]string{"check", "--format", "sarif", "--output", out}, fixtureDocs...)...)
	if code != exitFindings || stdout != "" {
		t.Errorf("exit %d (want 1), stdout %q", code, stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil || !json.Valid(b) {
		t.Errorf("output is not JSON (%v):\n%s", err, b)
	}
	if info, err := os.Stat(out); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("output mode %v, %v", info.Mode(), err)
	}
	if diff := cmp.Diff([]string{"report.sarif", "sub"}, listDir()); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
}

func TestConfig(t *testing.T) {
	dir, docs := copyDocs(t)
	if err := os.WriteFile(filepath.Join(dir, "notes.md"), []byte("= Notes =\n\nOn 5 March, rebels captured Qantari.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "archive"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "archive", "old.txt"), []byte("= Old =\n\nOn 4 March 2014, ISIL withdrew from Azaz.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfgDir := filepath.Join(dir, "conf")
	if err := os.Mkdir(cfgDir, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(cfgDir, "concord.json")
	write := func(s string) {
		if err := os.WriteFile(cfg, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Format, failing level and output from the config; the output path is
	// relative to the config file; excluded directories are skipped.
	write(`{"format": "json", "fail_on": "none", "output": "out.json", "exclude": ["archive/**"], "jobs": 2, "extract": {"max_line_bytes": 100000}, "reconcile": {}}`)
	code, stdout, stderr := runCLI(t, "", "check", "--config", cfg, dir)
	if code != exitOK || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	b, err := os.ReadFile(filepath.Join(cfgDir, "out.json"))
	if err != nil {
		t.Fatal(err)
	}
	rep := decodeReport(t, string(b))
	if diff := cmp.Diff(docs, rep.Documents); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}

	// Flags override the config.
	code, stdout, _ = runCLI(t, "", "check", "--config", cfg, "--format", "github", "--fail-on", "conflict", "--output", "-", dir)
	if code != exitFindings || !strings.HasPrefix(stdout, "::error ") {
		t.Errorf("flags do not override the config: exit %d, stdout:\n%s", code, stdout)
	}

	// Include selects other files of a directory walk.
	write(`{"format": "json", "include": ["*.md", "*.txt"], "exclude": ["old.txt"]}`)
	_, stdout, _ = runCLI(t, "", "check", "--config", cfg, dir)
	rep = decodeReport(t, stdout)
	want := []string{docs[0], docs[1], filepath.Join(dir, "notes.md")}
	if diff := cmp.Diff(want, rep.Documents); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}

	// Unknown keys, also inside the library's option objects, are errors.
	for _, tt := range []struct{ cfg, err string }{
		{`{"extract": {"jobz": 1}}`, `unknown key "jobz"`},
		{`{"reconcile": {"tolerance_days": 3}}`, `unknown key "tolerance_days"`},
		{`{"format": "yaml"}`, `"format": unknown format "yaml"`},
		{`{"jobs": -2}`, `"jobs": jobs must be 0 or more`},
		{`{"include": ["[a-"]}`, `bad glob "[a-"`},
		{`{"aliases": ["aliases.json"]}`, filepath.Join(cfgDir, "aliases.json") + ": no such file or directory"},
		{`[]`, cfg + ": line 1, column 1: top level: want main.config"},
	} {
		write(tt.cfg)
		code, _, stderr := runCLI(t, "", "check", "--config", cfg, dir)
		if code != exitError || !strings.Contains(stderr, tt.err) || !strings.Contains(stderr, filepath.Dir(cfg)) {
			t.Errorf("config %s: exit %d, stderr %q; want 2 and %q", tt.cfg, code, stderr, tt.err)
		}
	}
}

func TestDefaultConfig(t *testing.T) {
	_, docs := copyDocs(t)
	wd := t.TempDir()
	t.Chdir(wd)
	if err := os.WriteFile(defaultConfig, []byte(`{"fail_on": "none", "format": "github"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", append([]string{"check"}, docs...)...)
	if code != exitOK || !strings.HasPrefix(stdout, "::error ") {
		t.Errorf("concord.json not read: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if err := os.WriteFile(defaultConfig, []byte(`{"failOn": "none"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(t, "", append([]string{"check"}, docs...)...)
	if code != exitError || !strings.Contains(stderr, `concord.json: unknown key "failOn"`) {
		t.Errorf("bad concord.json: exit %d, stderr %q", code, stderr)
	}
}

// TestJobsIdentical checks that the output does not depend on --jobs.
func TestJobsIdentical(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--format", "json"},
		{"extract"},
		{"check", "--format", "json"},
		{"check", "--format", "json", fixtureDocs[0], fixtureDocs[1]},
		{"check", "--format", "html", fixtureDocs[0], fixtureDocs[1]},
		{"check", "--format", "sarif", fixtureDocs[0], fixtureDocs[1]},
	} {
		_, one, _ := runCLI(t, "", append(append([]string(nil), args...), "--jobs", "1")...)
		_, four, _ := runCLI(t, "", append(append([]string(nil), args...), "--jobs", "4")...)
		if one == "" || one != four {
			t.Errorf("%v: output differs between --jobs 1 and --jobs 4 (or is empty):\n%s", args, cmp.Diff(one, four))
		}
	}
}

func TestStdin(t *testing.T) {
	b, err := os.ReadFile(fixtureDocs[1])
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, string(b), "extract", "-")
	if code != exitOK || !strings.HasPrefix(stdout, "-:4:1\t") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code, _, stderr := runCLI(t, "", "extract", "-", "-"); code != exitError || !strings.Contains(stderr, "named twice") {
		t.Errorf("stdin twice: exit %d, stderr %q", code, stderr)
	}
}

func TestWantColor(t *testing.T) {
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0) // a character device, not a terminal
	if err != nil {
		t.Skip(err)
	}
	defer devNull.Close()
	tty := openPTY(t)
	tests := []struct {
		name    string
		w       io.Writer
		format  string
		output  string
		noColor string
		want    bool
	}{
		{"terminal", tty, "text", "", "", true},
		{"NO_COLOR", tty, "text", "", "1", false},
		{"/dev/null", devNull, "text", "", "", false},
		{"pipe or buffer", &bytes.Buffer{}, "text", "", "", false},
		{"json", tty, "json", "", "", false},
		{"output file", tty, "text", "r.txt", "", false},
	}
	for _, tt := range tests {
		if tt.w == nil {
			continue // no pseudo-terminal here
		}
		t.Setenv("NO_COLOR", tt.noColor)
		if got := wantColor(tt.w, tt.format, tt.output); got != tt.want {
			t.Errorf("%s: wantColor = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestProgress(t *testing.T) {
	old := progressDelay
	progressDelay = 0
	t.Cleanup(func() { progressDelay = old })
	var buf syncBuffer
	p := newProgress(&buf, true)
	p.set("extracting claims: %d/%d documents", 3, 10)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(buf.String(), "extracting claims: 3/10 documents") && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	p.stop()
	got := buf.String()
	if !strings.Contains(got, "concord: extracting claims: 3/10 documents") || !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("progress output %q", got)
	}
	var quiet bytes.Buffer
	q := newProgress(&quiet, false)
	q.set("x")
	q.stop()
	if quiet.Len() != 0 {
		t.Errorf("disabled progress wrote %q", quiet.String())
	}
	// A run whose stderr is not a terminal shows no progress.
	_, _, stderr := runCLI(t, "", "check", fixtureDocs[0])
	if stderr != "" {
		t.Errorf("stderr %q, want nothing", stderr)
	}
}

// TestBaselineSchema checks written baselines against the documented
// schema, docs/baseline.schema.json.
func TestBaselineSchema(t *testing.T) {
	schema, err := os.ReadFile(filepath.Join("..", "..", "docs", "baseline.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := newSchemaValidator(schema)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writeJSON(&buf, newBaseline(docsResult(t).rep)); err != nil {
		t.Fatal(err)
	}
	errs, err := v.validate(buf.Bytes())
	if err != nil || len(errs) > 0 {
		t.Errorf("baseline does not validate (%v):\n%s", err, strings.Join(errs, "\n"))
	}
	errs, _ = v.validate([]byte(`{"schema_version":"2","findings":[{"kind":"conflict"}]}`))
	if len(errs) != 2 {
		t.Errorf("bad baseline: errors %q, want 2", errs)
	}
}
