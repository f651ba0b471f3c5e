package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/internal/intern"
	"github.com/concordfacts/concord/names"
	"github.com/concordfacts/concord/reconcile"
	"github.com/concordfacts/concord/seeds"
)

var errHelp = flag.ErrHelp

// checkFunc is the reconciliation run by check and baseline. Tests replace
// it to feed the output formats with findings.
var checkFunc = reconcile.CheckParts

// parseFlags parses flags that may come before or after the paths.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, &usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return paths, nil
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
}

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("concord "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// Formats of check.
var checkFormats = []string{"text", "json", "sarif", "github", "html"}

// Failing levels.
var failLevels = map[string]int{
	"conflict": claims.Conflict.Severity(),
	"variant":  claims.Variant.Severity(),
	"none":     0,
}

// settings is what check and baseline run with: the config file merged
// with the flags, flags winning.
type settings struct {
	paths    []string
	format   string
	output   string
	failOn   string
	baseline string
	aliases  []string
	jobs     int
	quiet    bool
	filter   walkFilter
	extract  extract.Options
	recon    reconcile.Options
}

// commonFlags are the flags of check and baseline.
type commonFlags struct {
	fs      *flag.FlagSet
	config  *string
	aliases stringList
	jobs    *int
	output  *string
	quiet   *bool
}

func newCommonFlags(name string, stderr io.Writer) *commonFlags {
	c := &commonFlags{fs: newFlagSet(name, stderr)}
	c.config = c.fs.String("config", "", "config `file` (default "+defaultConfig+" when present)")
	c.fs.Var(&c.aliases, "aliases", "alias table `file` (repeatable)")
	c.jobs = c.fs.Int("jobs", 0, "documents read in parallel (0: one per CPU)")
	c.output = c.fs.String("output", "", "write to `file` (atomically) instead of standard output")
	c.quiet = c.fs.Bool("quiet", false, "no progress on standard error")
	return c
}

// settings parses args and merges the config file.
func (c *commonFlags) settings(args []string) (*settings, map[string]bool, *config, error) {
	paths, err := parseFlags(c.fs, args)
	if err != nil {
		return nil, nil, nil, err
	}
	set := map[string]bool{}
	c.fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var cfg *config
	if set["config"] {
		cfg, err = loadConfig(*c.config, true)
	} else {
		cfg, err = loadConfig(defaultConfig, false)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	s := &settings{
		paths:    paths,
		format:   cfg.Format,
		output:   cfg.Output,
		failOn:   cfg.FailOn,
		baseline: cfg.Baseline,
		aliases:  cfg.Aliases,
		jobs:     cfg.Extract.Jobs,
		quiet:    *c.quiet,
		filter:   walkFilter{include: cfg.Include, exclude: cfg.Exclude},
		extract:  cfg.Extract,
		recon:    cfg.Reconcile,
	}
	if cfg.Jobs != 0 {
		s.jobs = cfg.Jobs
	}
	if set["jobs"] {
		s.jobs = *c.jobs
	}
	if s.jobs < 0 {
		return nil, nil, nil, configError(cfg, set["jobs"], "jobs", fmt.Sprintf("jobs must be 0 or more, not %d", s.jobs))
	}
	if set["aliases"] {
		s.aliases = c.aliases
	}
	if set["output"] {
		s.output = *c.output
	}
	for _, g := range append(append([]string(nil), cfg.Include...), cfg.Exclude...) {
		if err := validGlob(g); err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", cfg.path, err)
		}
	}
	return s, set, cfg, nil
}

// configError reports a bad setting, naming the config file when the
// value came from it.
func configError(cfg *config, fromFlag bool, key, msg string) error {
	if fromFlag || cfg.path == "" {
		return &usageError{msg}
	}
	return fmt.Errorf("%s: %q: %s", cfg.path, key, msg)
}

// loadAliasTables loads the embedded curated table (seeds/aliases.json)
// and then the alias tables named by --aliases and the config's
// "aliases", in order. A malformed table gives a *names.AliasError
// naming the file, line and field; run turns it into exit code 2.
func loadAliasTables(paths []string) ([]*names.AliasTable, error) {
	def, err := names.LoadAliasTable("seeds/aliases.json", bytes.NewReader(seeds.Aliases))
	if err != nil {
		return nil, err
	}
	tables := []*names.AliasTable{def}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		t, err := names.LoadAliasTable(p, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		tables = append(tables, t)
	}
	return tables, nil
}

// result is what check computed, for the formatters.
type result struct {
	rep    *reconcile.Report
	claims []claims.Claim
	// docs gives the text of a document, to place values exactly.
	docs  *docTexts
	stale []baselineEntry
}

// reconcileAll reads the documents and reconciles their claims.
func reconcileAll(ctx context.Context, s *settings, stdin io.Reader, stderr io.Writer) (*result, error) {
	tables, err := loadAliasTables(s.aliases)
	if err != nil {
		return nil, err
	}
	prog := newProgress(stderr, !s.quiet && isTerminal(stderr))
	defer prog.stop()
	opts := s.extract
	opts.Jobs = s.jobs
	parts, ins, err := readAll(ctx, s.paths, stdin, opts, s.filter, prog)
	if err != nil {
		return nil, err
	}
	fitMemoryLimit()
	prog.set("reconciling %d claims", count(parts))
	ropts := s.recon
	ropts.AliasTables = tables
	rep, err := checkFunc(ctx, parts, ropts)
	if err != nil {
		return nil, err
	}
	if rep.SchemaVersion == "" {
		rep.SchemaVersion = claims.SchemaVersion
	}
	if rep.Findings == nil {
		rep.Findings = []claims.Finding{}
	}
	res := &result{rep: rep, docs: newDocTexts(ins)}
	if s.format == "html" {
		// The HTML timeline shows every dated claim; other formats need
		// only the claims of the findings, so the rest can be freed.
		res.claims = flatten(parts)
	}
	return res, nil
}

// readAll extracts claims from the documents named by paths, in chunks so
// that progress can be shown and only one chunk of texts is in memory at a
// time. It returns the claims of each chunk in their own slice, so that a
// large corpus is never copied into one; the claims do not depend on the
// chunking or on opts.Jobs.
func readAll(ctx context.Context, paths []string, stdin io.Reader, opts extract.Options, filter walkFilter, prog *progress) ([][]claims.Claim, []input, error) {
	prog.set("reading documents")
	ins, err := listInputs(paths, stdin, filter)
	if err != nil {
		return nil, nil, err
	}
	ex, err := extract.New(opts)
	if err != nil {
		return nil, nil, err
	}
	chunk := 64
	if opts.Jobs > 0 {
		chunk = max(chunk, 8*opts.Jobs)
	}
	var parts [][]claims.Claim
	// Claims that repeat across documents share their memory (see
	// internal/intern); the output does not change.
	shared := intern.New()
	srcs := make([]extract.Source, 0, chunk)
	for i := 0; i < len(ins); i += chunk {
		prog.set("extracting claims: %d/%d documents", i, len(ins))
		srcs = srcs[:0]
		for _, in := range ins[i:min(i+chunk, len(ins))] {
			b, err := in.read()
			if err != nil {
				return nil, nil, err
			}
			srcs = append(srcs, extract.Source{Name: in.name, Text: b})
		}
		part, err := ex.Documents(ctx, srcs)
		if err != nil {
			return nil, nil, err
		}
		if len(part) == 0 {
			continue
		}
		shared.Share(part)
		parts = append(parts, part)
	}
	return parts, ins, nil
}

// count returns the number of claims in parts.
func count(parts [][]claims.Claim) int {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	return n
}

// flatten returns the claims of parts in one slice.
func flatten(parts [][]claims.Claim) []claims.Claim {
	out := make([]claims.Claim, 0, count(parts))
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	c := newCommonFlags("check", stderr)
	format := c.fs.String("format", "text", "report `format`: "+strings.Join(checkFormats, ", "))
	failOn := c.fs.String("fail-on", "conflict", "exit 1 on findings at or above `level`: conflict, variant or none")
	baselinePath := c.fs.String("baseline", "", "baseline `file`: findings in it are accepted and do not fail the run")
	s, set, cfg, err := c.settings(args)
	if err != nil {
		return exitError, err
	}
	if set["format"] || s.format == "" {
		s.format = *format
	}
	if set["fail-on"] || s.failOn == "" {
		s.failOn = *failOn
	}
	if set["baseline"] {
		s.baseline = *baselinePath
	}
	if !contains(checkFormats, s.format) {
		return exitError, configError(cfg, set["format"], "format", fmt.Sprintf("unknown format %q for check (%s)", s.format, strings.Join(checkFormats, ", ")))
	}
	threshold, ok := failLevels[s.failOn]
	if !ok {
		return exitError, configError(cfg, set["fail-on"], "fail_on", fmt.Sprintf("unknown failing level %q (conflict, variant, none)", s.failOn))
	}
	var bl *baseline
	if s.baseline != "" {
		if bl, err = loadBaseline(s.baseline); err != nil {
			return exitError, err
		}
	}
	res, err := reconcileAll(ctx, s, stdin, stderr)
	if err != nil {
		return exitError, err
	}
	if bl != nil {
		res.stale = bl.apply(res.rep)
	}
	var buf bytes.Buffer
	if err := render(&buf, s.format, res, wantColor(stdout, s.format, s.output)); err != nil {
		return exitError, err
	}
	if err := writeOutput(s.output, buf.Bytes(), stdout); err != nil {
		return exitError, err
	}
	if failing(res.rep, threshold) {
		return exitFindings, nil
	}
	return exitOK, nil
}

// wantColor reports whether the text report is painted: only when it goes
// to a terminal and NO_COLOR (https://no-color.org) is unset or empty.
func wantColor(stdout io.Writer, format, output string) bool {
	return format == "text" && (output == "" || output == "-") && isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
}

// failing reports whether a finding not accepted by the baseline is at or
// above the failing level. Corroborations never fail a run.
func failing(rep *reconcile.Report, threshold int) bool {
	if threshold <= 0 {
		return false
	}
	for _, f := range rep.Findings {
		sev := f.Kind.Severity()
		if !f.Accepted && sev > claims.Corroboration.Severity() && sev >= threshold {
			return true
		}
	}
	return false
}

func runBaseline(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	c := newCommonFlags("baseline", stderr)
	s, set, _, err := c.settings(args)
	if err != nil {
		return err
	}
	// The config's "output" is the report of check, not the baseline.
	if !set["output"] {
		s.output = ""
	}
	res, err := reconcileAll(ctx, s, stdin, stderr)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := writeJSON(&buf, newBaseline(res.rep)); err != nil {
		return err
	}
	return writeOutput(s.output, buf.Bytes(), stdout)
}

// extractOutput is the JSON shape of `concord extract`.
type extractOutput struct {
	SchemaVersion string         `json:"schema_version"`
	Documents     []string       `json:"documents"`
	Claims        []claims.Claim `json:"claims"`
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", stderr)
	format := fs.String("format", "text", "output `format`: text or json")
	jobs := fs.Int("jobs", 0, "documents read in parallel (0: one per CPU)")
	output := fs.String("output", "", "write to `file` (atomically) instead of standard output")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return &usageError{fmt.Sprintf("unknown format %q for extract (text, json)", *format)}
	}
	if *jobs < 0 {
		return &usageError{fmt.Sprintf("jobs must be 0 or more, not %d", *jobs)}
	}
	parts, srcs, err := readAll(ctx, paths, stdin, extract.Options{Jobs: *jobs}, walkFilter{}, nil)
	if err != nil {
		return err
	}
	cs := flatten(parts)
	var buf bytes.Buffer
	switch *format {
	case "json":
		if cs == nil {
			cs = []claims.Claim{}
		}
		names := make([]string, len(srcs))
		for i, s := range srcs {
			names[i] = s.name
		}
		if err := writeJSON(&buf, extractOutput{SchemaVersion: claims.SchemaVersion, Documents: names, Claims: cs}); err != nil {
			return err
		}
	default:
		writeClaimsText(&buf, cs)
	}
	return writeOutput(*output, buf.Bytes(), stdout)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeClaimsText prints one line per claim.
func writeClaimsText(w io.Writer, cs []claims.Claim) {
	for _, c := range cs {
		p := c.Provenance
		fmt.Fprintf(w, "%s:%d:%d\t%s\t%s\n", p.Doc, p.Line, p.Column, dateText(c.Date), oneLine(c.Clause.Text))
	}
}

// dateText shows a claim's date for a person.
func dateText(d *claims.TimeSpan) string {
	if d == nil {
		return "undated"
	}
	s := d.Start.String()
	if d.End != d.Start {
		s += ".." + d.End.String()
	}
	if d.Modifier != "" {
		s += " (" + string(d.Modifier) + ")"
	}
	if d.Inherited {
		s += " inherited"
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
