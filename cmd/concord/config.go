package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/internal/textpos"
	"github.com/concordfacts/concord/reconcile"
)

// defaultConfig is read when --config is not given and the file exists in
// the working directory.
const defaultConfig = "concord.json"

// config is the JSON config file. Its keys are those of the flags, and the
// "extract" and "reconcile" objects are the library's option structs, so a
// library user and a CI user set the same knobs the same way. Relative
// paths in it (aliases, baseline, output) are relative to the file's
// directory. Unknown keys are an error.
type config struct {
	// Aliases are alias table files (--aliases).
	Aliases []string `json:"aliases,omitempty"`
	// FailOn is the failing level: conflict, variant or none (--fail-on).
	FailOn string `json:"fail_on,omitempty"`
	// Format is the report format of check (--format).
	Format string `json:"format,omitempty"`
	// Output is the file check writes its report to (--output).
	Output string `json:"output,omitempty"`
	// Baseline is the baseline file check reads (--baseline).
	Baseline string `json:"baseline,omitempty"`
	// Include and Exclude are globs that select the files of a directory
	// walk; see matchGlob. Include defaults to ["*.txt"]. Files named on
	// the command line are always read.
	Include []string `json:"include,omitempty"`
	Exclude []string `json:"exclude,omitempty"`
	// Jobs is how many documents are read in parallel (--jobs); it
	// overrides extract.jobs.
	Jobs int `json:"jobs,omitempty"`
	// Extract and Reconcile are the library options.
	Extract   extract.Options   `json:"extract"`
	Reconcile reconcile.Options `json:"reconcile"`

	// path is the file the config was read from, or "".
	path string
}

// loadConfig reads the config file at path. With explicit false, a missing
// file is no error and gives the zero config.
func loadConfig(path string, explicit bool) (*config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if !explicit && errors.Is(err, fs.ErrNotExist) {
			return &config{}, nil
		}
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	cfg, err := parseConfig(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cfg.path = path
	dir := filepath.Dir(path)
	for i, a := range cfg.Aliases {
		cfg.Aliases[i] = relativeTo(dir, a)
	}
	cfg.Baseline = relativeTo(dir, cfg.Baseline)
	cfg.Output = relativeTo(dir, cfg.Output)
	return cfg, nil
}

// parseConfig decodes a config file, rejecting unknown keys and trailing
// data.
func parseConfig(b []byte) (*config, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var cfg config
	if err := dec.Decode(&cfg); err != nil {
		return nil, jsonError(b, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("unexpected data after the JSON object")
	}
	return &cfg, nil
}

// relativeTo resolves a relative, non-empty path p against dir.
func relativeTo(dir, p string) string {
	if p == "" || p == "-" || filepath.IsAbs(p) || dir == "." {
		return p
	}
	return filepath.Join(dir, p)
}

// jsonError turns a decoding error into one that names the line and column
// (of the byte where decoding failed), or the unknown key.
func jsonError(b []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		line, col := textpos.LineCol(string(b), int(se.Offset)-1)
		return fmt.Errorf("line %d, column %d: %v", line, col, se)
	case errors.As(err, &te):
		line, col := textpos.LineCol(string(b), int(te.Offset)-1)
		field := te.Field
		if field == "" {
			field = "top level"
		}
		return fmt.Errorf("line %d, column %d: %s: want %s, have JSON %s", line, col, field, te.Type, te.Value)
	case errors.Is(err, io.EOF):
		return errors.New("empty file: want a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("unexpected end of file")
	}
	// encoding/json reports an unknown key as `json: unknown field "x"`.
	if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field ") {
		return fmt.Errorf("unknown key %s", strings.TrimPrefix(msg, "json: unknown field "))
	}
	return err
}
