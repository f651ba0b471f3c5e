package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

// baselineVersion is the schema_version of baseline files.
const baselineVersion = "1"

// baselineFile is the JSON form of a baseline: the findings a project has
// looked at and accepted, identified by fingerprint. Kind, field and
// summary are there for the reader of the file (and of stale entries);
// only the fingerprint is matched. Findings are sorted by fingerprint so
// that the file diffs well.
type baselineFile struct {
	SchemaVersion string          `json:"schema_version"`
	Findings      []baselineEntry `json:"findings"`
}

// baselineEntry is one accepted finding.
type baselineEntry struct {
	Fingerprint string             `json:"fingerprint"`
	Kind        claims.FindingKind `json:"kind"`
	Field       claims.Field       `json:"field"`
	Summary     string             `json:"summary"`
}

// baseline is a loaded baseline file.
type baseline struct {
	path    string
	entries map[string]baselineEntry
}

// newBaseline returns the baseline of a report's findings: those that can
// fail a run (conflicts and variants). Corroborations never fail a run, so
// recording them would only make the file longer.
func newBaseline(rep *reconcile.Report) baselineFile {
	seen := map[string]bool{}
	out := baselineFile{SchemaVersion: baselineVersion, Findings: []baselineEntry{}}
	for _, f := range rep.Findings {
		if f.Kind.Severity() < claims.Variant.Severity() || f.Fingerprint == "" || seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true
		out.Findings = append(out.Findings, baselineEntry{
			Fingerprint: f.Fingerprint, Kind: f.Kind, Field: f.Field, Summary: f.Summary,
		})
	}
	sort.Slice(out.Findings, func(i, j int) bool { return out.Findings[i].Fingerprint < out.Findings[j].Fingerprint })
	return out
}

// errBadBaseline marks a malformed baseline file.
var errBadBaseline = errors.New("malformed baseline")

// loadBaseline reads a baseline file.
func loadBaseline(path string) (*baseline, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, unwrapPathError(err))
	}
	bl, err := parseBaseline(b)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	bl.path = path
	return bl, nil
}

// parseBaseline decodes and checks a baseline file.
func parseBaseline(b []byte) (*baseline, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f baselineFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %v", errBadBaseline, jsonError(b, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: unexpected data after the JSON object", errBadBaseline)
	}
	if f.SchemaVersion != baselineVersion {
		return nil, fmt.Errorf("%w: schema_version is %q, want %q", errBadBaseline, f.SchemaVersion, baselineVersion)
	}
	if f.Findings == nil {
		return nil, fmt.Errorf("%w: no \"findings\" array", errBadBaseline)
	}
	bl := &baseline{entries: make(map[string]baselineEntry, len(f.Findings))}
	for i, e := range f.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("%w: findings[%d] has no fingerprint", errBadBaseline, i)
		}
		bl.entries[e.Fingerprint] = e
	}
	return bl, nil
}

// apply marks the report's findings that are in the baseline as accepted
// and lists the baseline's fingerprints no longer found in rep.Stale,
// sorted. It returns the stale entries.
func (bl *baseline) apply(rep *reconcile.Report) []baselineEntry {
	found := map[string]bool{}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if _, ok := bl.entries[f.Fingerprint]; ok && f.Fingerprint != "" {
			f.Accepted = true
			found[f.Fingerprint] = true
		}
	}
	var stale []baselineEntry
	for fp, e := range bl.entries {
		if !found[fp] {
			stale = append(stale, e)
		}
	}
	sort.Slice(stale, func(i, j int) bool { return stale[i].Fingerprint < stale[j].Fingerprint })
	rep.Stale = nil
	for _, e := range stale {
		rep.Stale = append(rep.Stale, e.Fingerprint)
	}
	return stale
}
