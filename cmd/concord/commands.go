package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/reconcile"
)

var errHelp = flag.ErrHelp

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

// readAll extracts claims from the documents named by paths.
func readAll(ctx context.Context, paths []string, stdin io.Reader, jobs int) ([]claims.Claim, []string, error) {
	srcs, err := loadInputs(paths, stdin)
	if err != nil {
		return nil, nil, err
	}
	ex, err := extract.New(extract.Options{Jobs: jobs})
	if err != nil {
		return nil, nil, err
	}
	cs, err := ex.Documents(ctx, srcs)
	if err != nil {
		return nil, nil, err
	}
	names := make([]string, len(srcs))
	for i, s := range srcs {
		names[i] = s.Name
	}
	return cs, names, nil
}

// extractOutput is the JSON shape of `concord extract`.
type extractOutput struct {
	SchemaVersion string         `json:"schema_version"`
	Documents     []string       `json:"documents"`
	Claims        []claims.Claim `json:"claims"`
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", stderr)
	format := fs.String("format", "text", "output format: text or json")
	jobs := fs.Int("jobs", 0, "documents read in parallel (0: one per CPU)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return &usageError{fmt.Sprintf("unknown format %q for extract (text, json)", *format)}
	}
	cs, names, err := readAll(ctx, paths, stdin, *jobs)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	switch *format {
	case "json":
		if cs == nil {
			cs = []claims.Claim{}
		}
		if err := writeJSON(&buf, extractOutput{SchemaVersion: claims.SchemaVersion, Documents: names, Claims: cs}); err != nil {
			return err
		}
	default:
		writeClaimsText(&buf, cs)
	}
	_, err = stdout.Write(buf.Bytes())
	return err
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeClaimsText prints one block per claim.
func writeClaimsText(w io.Writer, cs []claims.Claim) {
	for _, c := range cs {
		p := c.Provenance
		date := "undated"
		if d := c.Date; d != nil {
			date = d.Start.String()
			if d.End != d.Start {
				date += ".." + d.End.String()
			}
			if d.Modifier != "" {
				date += " (" + string(d.Modifier) + ")"
			}
			if d.Inherited {
				date += " inherited"
			}
		}
		fmt.Fprintf(w, "%s:%d:%d\t%s\t%s\n", p.Doc, p.Line, p.Column, date, oneLine(c.Clause.Text))
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	fs := newFlagSet("check", stderr)
	format := fs.String("format", "text", "output format: text or json")
	jobs := fs.Int("jobs", 0, "documents read in parallel (0: one per CPU)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return exitError, err
	}
	if *format != "text" && *format != "json" {
		return exitError, &usageError{fmt.Sprintf("unknown format %q for check (text, json)", *format)}
	}
	cs, _, err := readAll(ctx, paths, stdin, *jobs)
	if err != nil {
		return exitError, err
	}
	rep, err := reconcile.Check(ctx, cs, reconcile.Options{})
	if err != nil {
		return exitError, err
	}
	var buf bytes.Buffer
	switch *format {
	case "json":
		err = writeJSON(&buf, rep)
	default:
		fmt.Fprintf(&buf, "%d documents, %d claims, %d findings\n", len(rep.Documents), rep.Claims, len(rep.Findings))
	}
	if err != nil {
		return exitError, err
	}
	if _, err := stdout.Write(buf.Bytes()); err != nil {
		return exitError, err
	}
	for _, f := range rep.Findings {
		if f.Kind == claims.Conflict && !f.Accepted {
			return exitFindings, nil
		}
	}
	return exitOK, nil
}
