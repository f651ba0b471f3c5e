package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/seeds"
)

// errNoText is returned for a directory with no text files.
var errNoText = errors.New("no text files (*.txt) found")

// loadInputs reads the documents named by paths: files, directories (their
// *.txt files, recursively, in sorted order) or "-" for stdin. With no
// paths it returns the embedded seeds, named "seeds/<file>".
func loadInputs(paths []string, stdin io.Reader) ([]extract.Source, error) {
	if len(paths) == 0 {
		var out []extract.Source
		for _, name := range seeds.Names() {
			b, err := fs.ReadFile(seeds.FS, name)
			if err != nil {
				return nil, err
			}
			out = append(out, extract.Source{Name: path.Join("seeds", name), Text: b})
		}
		return out, nil
	}
	var out []extract.Source
	stdinUsed := false
	for _, p := range paths {
		if p == "-" {
			if stdinUsed {
				return nil, &usageError{"standard input (-) named twice"}
			}
			stdinUsed = true
			b, err := io.ReadAll(stdin)
			if err != nil {
				return nil, fmt.Errorf("standard input: %w", err)
			}
			out = append(out, extract.Source{Name: "-", Text: b})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if !info.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
			}
			out = append(out, extract.Source{Name: p, Text: b})
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("%s: %w", f, unwrapPathError(err))
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(f), ".txt") {
				files = append(files, f)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: %w", p, errNoText)
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, unwrapPathError(err))
			}
			out = append(out, extract.Source{Name: f, Text: b})
		}
	}
	return out, nil
}

// unwrapPathError drops the *PathError wrapper, whose path we print already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
