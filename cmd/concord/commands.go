package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/pflag"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/corpus"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/names"
	"github.com/concordfacts/concord/reconcile"
	"github.com/concordfacts/concord/seeds"
)

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
	strict   bool
	filter   corpus.Filter
	extract  extract.Options
	recon    reconcile.Options
	// published are the --published dates.
	published *published
}

// commonFlags are the flags of check and baseline.
type commonFlags struct {
	name    string
	fs      *pflag.FlagSet
	config  *string
	aliases *[]string
	jobs    *int
	output  *string
	quiet   *bool
	strict  *bool
	// published is --published FILE=DATE.
	published *[]string
}

func newCommonFlags(name string) *commonFlags {
	c := &commonFlags{name: name, fs: newFlagSet(name)}
	c.config = c.fs.String("config", "", "config `file` (default "+defaultConfig+" when present)")
	c.aliases = c.fs.StringArray("aliases", nil, "alias table `file` (repeatable); the curated table is always loaded first")
	c.jobs = c.fs.Int("jobs", 0, "read `N` documents in parallel (0: one per CPU); the output is the same for any N")
	c.output = c.fs.String("output", "", "write to `file` instead of standard output (a regular file atomically)")
	c.quiet = c.fs.Bool("quiet", false, "no progress line on standard error")
	c.strict = c.fs.Bool("strict", false, "treat warnings (documents without claims, skipped files, contradicting alias entries) as errors")
	c.published = c.fs.StringArray("published", nil, publishedUsage)
	return c
}

// settings parses args and merges the config file.
func (c *commonFlags) settings(args []string, stdout io.Writer) (*settings, *config, error) {
	paths, err := parse(c.name, c.fs, args, stdout)
	if err != nil {
		return nil, nil, err
	}
	var cfg *config
	if c.fs.Changed("config") {
		cfg, err = loadConfig(*c.config, true)
	} else {
		cfg, err = loadConfig(defaultConfig, false)
	}
	if err != nil {
		return nil, nil, err
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
		strict:   *c.strict,
		filter:   corpus.Filter{Include: cfg.Include, Exclude: cfg.Exclude},
		extract:  cfg.Extract,
		recon:    cfg.Reconcile,
	}
	if cfg.Jobs != 0 {
		s.jobs = cfg.Jobs
	}
	if c.fs.Changed("jobs") {
		s.jobs = *c.jobs
	}
	if s.jobs < 0 {
		return nil, nil, configError(cfg, c.name, c.fs.Changed("jobs"), "jobs", fmt.Sprintf("jobs must be 0 or more, not %d", s.jobs))
	}
	if c.fs.Changed("aliases") {
		s.aliases = *c.aliases
	}
	if c.fs.Changed("output") {
		s.output = *c.output
	}
	if err := s.filter.Validate(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", cfg.path, err)
	}
	if s.published, err = parsePublished(c.name, *c.published); err != nil {
		return nil, nil, err
	}
	return s, cfg, nil
}

// configError reports a bad setting, naming the config file when the
// value came from it.
func configError(cfg *config, cmd string, fromFlag bool, key, msg string) error {
	if fromFlag || cfg.path == "" {
		return &usageError{cmd: cmd, msg: msg}
	}
	return fmt.Errorf("%s: %q: %s", cfg.path, key, msg)
}

// loadAliasTables loads the embedded curated table (seeds/aliases.json)
// and then the alias tables named by --aliases and the config's
// "aliases", in order. A malformed table gives a *names.AliasError
// naming the file, line and field; run turns it into exit code 2. An
// entry that contradicts an earlier table (the curated one included) is
// left out of the merge: it is returned as a warning naming its file and
// line.
func loadAliasTables(paths []string) ([]*names.AliasTable, []claims.Warning, error) {
	def, err := names.LoadAliasTable("seeds/aliases.json", bytes.NewReader(seeds.Aliases))
	if err != nil {
		return nil, nil, err
	}
	tables := []*names.AliasTable{def}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		t, err := names.LoadAliasTable(p, f)
		f.Close()
		if err != nil {
			return nil, nil, err
		}
		tables = append(tables, t)
	}
	_, conflicts := names.MergeAliasTables(tables...)
	var warns []claims.Warning
	for _, c := range conflicts {
		warns = append(warns, claims.Warning{Kind: claims.WarnAliasConflict, File: c.File, Line: c.Line,
			Message: c.Field + ": " + c.Msg + "; left out"})
	}
	return tables, warns, nil
}

// result is what check computed, for the formatters.
type result struct {
	rep *reconcile.Report
	// claims are all claims, for the HTML timeline; nil for other formats.
	claims []claims.Claim
	// docs gives the text of a document, to place values exactly.
	docs *docTexts
	// dates are the documents' own dates.
	dates    []claims.DocumentDate
	stale    []baselineEntry
	warnings []claims.Warning
}

// warnings prints warnings on standard error as they come and keeps them
// for the JSON output; under --strict they are errors.
type warnings struct {
	w      io.Writer
	strict bool
	list   []claims.Warning
}

// maxPrinted is how many warnings are printed on standard error; all of
// them are in the JSON output.
const maxPrinted = 100

func (ws *warnings) add(list ...claims.Warning) {
	for _, w := range list {
		if len(ws.list) < maxPrinted {
			fmt.Fprintf(ws.w, "concord: warning: %s\n", safeLine(w.String()))
		} else if len(ws.list) == maxPrinted {
			fmt.Fprintln(ws.w, "concord: more warnings are not printed here; --format json lists them all")
		}
		ws.list = append(ws.list, w)
	}
}

// check returns an error under --strict when there are warnings.
func (ws *warnings) check() error {
	if ws.strict && len(ws.list) > 0 {
		return fmt.Errorf("%s and --strict: stopped", plural(len(ws.list), "warning"))
	}
	return nil
}

// reconcileAll reads the documents and reconciles their claims.
func reconcileAll(ctx context.Context, s *settings, stdin io.Reader, stderr io.Writer) (*result, error) {
	ws := &warnings{w: stderr, strict: s.strict}
	tables, aliasWarns, err := loadAliasTables(s.aliases)
	if err != nil {
		return nil, err
	}
	ws.add(aliasWarns...)
	if err := ws.check(); err != nil {
		return nil, err
	}
	prog := newProgress(stderr, !s.quiet && isTerminal(stderr))
	defer prog.stop()
	opts := s.extract
	opts.Jobs = s.jobs
	c, ins, err := readAll(ctx, s.paths, stdin, opts, s.filter, s.published, prog, ws)
	if err != nil {
		return nil, err
	}
	fitMemoryLimit()
	prog.set("reconciling %d claims", c.Len())
	ropts := s.recon
	ropts.AliasTables = tables
	rep, err := reconcile.CheckParts(ctx, c.Parts, ropts)
	if err != nil {
		return nil, err
	}
	if rep.SchemaVersion == "" {
		rep.SchemaVersion = claims.SchemaVersion
	}
	if rep.Findings == nil {
		rep.Findings = []claims.Finding{}
	}
	// Every document read is listed, those without claims too.
	rep.Documents = unionSorted(rep.Documents, c.Documents)
	res := &result{rep: rep, docs: newDocTexts(ins, opts.MaxDocumentBytes), dates: c.Dates, warnings: ws.list}
	if s.format == "html" {
		// The HTML timeline shows every dated claim; other formats need
		// only the claims of the findings, so the rest can be freed.
		res.claims = c.Claims()
	}
	return res, nil
}

// unionSorted returns the sorted union of two lists of names.
func unionSorted(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	out := make([]string, 0, len(a)+len(b))
	for _, l := range [][]string{a, b} {
		for _, s := range l {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	sort.Strings(out)
	return out
}

// readAll lists the documents named by paths and extracts their claims
// with package corpus, a batch at a time, showing progress. The dates of
// pub (which may be nil) are given to the documents they name. Warnings
// (from the listing and for documents without claims) go to ws; under
// --strict they stop the run.
func readAll(ctx context.Context, paths []string, stdin io.Reader, opts extract.Options, filter corpus.Filter, pub *published, prog *progress, ws *warnings) (*corpus.Corpus, []corpus.Input, error) {
	prog.set("reading documents")
	ins, warns, err := listInputs(paths, stdin, filter, opts.MaxDocumentBytes)
	ws.add(warns...)
	if err != nil {
		return nil, nil, err
	}
	if err := pub.apply(ins); err != nil {
		return nil, nil, err
	}
	if err := ws.check(); err != nil {
		return nil, nil, err
	}
	c, err := corpus.Read(ctx, ins, corpus.Options{
		Extract:  opts,
		Progress: func(done, total int) { prog.set("extracting claims: %d/%d documents", done, total) },
	})
	if err != nil {
		return nil, nil, err
	}
	ws.add(c.Warnings...)
	if err := ws.check(); err != nil {
		return nil, nil, err
	}
	return c, ins, nil
}

// checkFlags are the flags of check.
type checkFlags struct {
	*commonFlags
	format, failOn, baseline *string
	explain                  *bool
}

func newCheckFlags() *checkFlags {
	c := &checkFlags{commonFlags: newCommonFlags("check")}
	c.format = c.fs.String("format", "text", "report `format`: "+strings.Join(checkFormats, ", "))
	c.failOn = c.fs.String("fail-on", "conflict", "exit 1 on findings at or above `level`: conflict, variant or none")
	c.baseline = c.fs.String("baseline", "", "baseline `file`: findings in it are accepted and do not fail the run")
	c.explain = c.fs.Bool("explain", false, "list every aligned pair with its score and each feature's part (text after the findings; \"alignments\" in JSON)")
	return c
}

// checkJSON is the JSON shape of check's report: the library's report and
// the warnings of the run.
type checkJSON struct {
	*reconcile.Report
	// DocumentDates are the documents' own dates, as in the claims
	// document; left out when no document has one.
	DocumentDates []claims.DocumentDate `json:"document_dates,omitempty"`
	Warnings      []claims.Warning      `json:"warnings,omitempty"`
}

func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	c := newCheckFlags()
	s, cfg, err := c.settings(args, stdout)
	if err != nil {
		return exitError, err
	}
	if c.fs.Changed("format") || s.format == "" {
		s.format = *c.format
	}
	if c.fs.Changed("fail-on") || s.failOn == "" {
		s.failOn = *c.failOn
	}
	if c.fs.Changed("baseline") {
		s.baseline = *c.baseline
	}
	if *c.explain {
		s.recon.Explain = true
	}
	if !contains(checkFormats, s.format) {
		return exitError, configError(cfg, "check", c.fs.Changed("format"), "format", fmt.Sprintf("unknown format %q for check (%s)", s.format, strings.Join(checkFormats, ", ")))
	}
	threshold, ok := failLevels[s.failOn]
	if !ok {
		return exitError, configError(cfg, "check", c.fs.Changed("fail-on"), "fail_on", fmt.Sprintf("unknown failing level %q (conflict, variant, none)", s.failOn))
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
	c := newCommonFlags("baseline")
	s, _, err := c.settings(args, stdout)
	if err != nil {
		return err
	}
	// The config's "output" is the report of check, not the baseline.
	if !c.fs.Changed("output") {
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

// extractFlags are the flags of extract.
type extractFlags struct {
	fs             *pflag.FlagSet
	format, output *string
	jobs           *int
	strict         *bool
	published      *[]string
}

func newExtractFlags() *extractFlags {
	e := &extractFlags{fs: newFlagSet("extract")}
	e.format = e.fs.String("format", "text", "output `format`: text or json")
	e.jobs = e.fs.Int("jobs", 0, "read `N` documents in parallel (0: one per CPU); the output is the same for any N")
	e.output = e.fs.String("output", "", "write to `file` instead of standard output (a regular file atomically)")
	e.strict = e.fs.Bool("strict", false, "treat warnings (documents without claims, skipped files) as errors")
	e.published = e.fs.StringArray("published", nil, publishedUsage)
	return e
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := newExtractFlags()
	paths, err := parse("extract", e.fs, args, stdout)
	if err != nil {
		return err
	}
	if *e.format != "text" && *e.format != "json" {
		return &usageError{cmd: "extract", msg: fmt.Sprintf("unknown format %q for extract (text, json)", *e.format)}
	}
	if *e.jobs < 0 {
		return &usageError{cmd: "extract", msg: fmt.Sprintf("jobs must be 0 or more, not %d", *e.jobs)}
	}
	pub, err := parsePublished("extract", *e.published)
	if err != nil {
		return err
	}
	ws := &warnings{w: stderr, strict: *e.strict}
	c, _, err := readAll(ctx, paths, stdin, extract.Options{Jobs: *e.jobs}, corpus.Filter{}, pub, nil, ws)
	if err != nil {
		return err
	}
	cs := c.Claims()
	var buf bytes.Buffer
	switch *e.format {
	case "json":
		doc := claims.Document{SchemaVersion: claims.SchemaVersion, Documents: c.Documents, Claims: cs, DocumentDates: c.Dates, Warnings: ws.list}
		if err := writeJSON(&buf, doc); err != nil {
			return err
		}
	default:
		writeClaimsText(&buf, cs)
	}
	return writeOutput(*e.output, buf.Bytes(), stdout)
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
		fmt.Fprintf(w, "%s:%d:%d\t%s\t%s\n", safeLine(p.Doc), p.Line, p.Column, dateText(c.Date), squash(c.Clause.Text))
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
