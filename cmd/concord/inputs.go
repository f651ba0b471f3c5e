package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/corpus"
	"github.com/concordfacts/concord/seeds"
)

// listInputs lists the documents named by paths: regular files, whose
// text is read later; other files (a FIFO, a device, /dev/stdin) and "-"
// for standard input, which can be read only once and are read at once,
// within the size limit; and directories, walked by corpus.Walk. Named
// files must exist. A document named twice is read once, with a warning. With no
// paths it returns the embedded seeds, named "seeds/<file>".
func listInputs(paths []string, stdin io.Reader, filter corpus.Filter, limit int) ([]corpus.Input, []claims.Warning, error) {
	if len(paths) == 0 {
		var out []corpus.Input
		for _, name := range seeds.Names() {
			b, err := fs.ReadFile(seeds.FS, name)
			if err != nil {
				return nil, nil, err
			}
			out = append(out, corpus.Bytes(path.Join("seeds", name), b))
		}
		return out, nil, nil
	}
	var out []corpus.Input
	var warns []claims.Warning
	seen := map[string]string{}
	add := func(in corpus.Input) {
		key := filepath.Clean(in.Name)
		if first, ok := seen[key]; ok {
			warns = append(warns, claims.Warning{Kind: claims.WarnDuplicate, File: in.Name,
				Message: fmt.Sprintf("named more than once (first as %s); read once", first)})
			return
		}
		seen[key] = in.Name
		out = append(out, in)
	}
	stdinUsed := false
	for _, p := range paths {
		if p == "-" {
			if stdinUsed {
				return nil, nil, &usageError{msg: "standard input (-) named twice"}
			}
			stdinUsed = true
			b, err := corpus.ReadText("-", stdin, limit)
			if err != nil {
				return nil, nil, err
			}
			add(corpus.Bytes("-", b))
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if info.Mode().IsRegular() {
			add(corpus.File(p))
			continue
		}
		if !info.IsDir() {
			// A FIFO, a device or /dev/stdin can be read only once: read
			// it now, within the limit.
			b, err := corpus.File(p).Text(limit)
			if err != nil {
				return nil, nil, err
			}
			add(corpus.Bytes(p, b))
			continue
		}
		files, ws, err := corpus.Walk(p, filter)
		warns = append(warns, ws...)
		if err != nil {
			return nil, warns, err
		}
		for _, f := range files {
			add(corpus.File(f))
		}
	}
	return out, warns, nil
}

// docTexts gives the text of the documents read, for exact positions in
// reports. Texts are read again on first use and kept.
type docTexts struct {
	inputs map[string]corpus.Input
	limit  int
	cache  map[string]string
}

func newDocTexts(ins []corpus.Input, limit int) *docTexts {
	d := &docTexts{inputs: make(map[string]corpus.Input, len(ins)), limit: limit, cache: map[string]string{}}
	for _, in := range ins {
		d.inputs[in.Name] = in
	}
	return d
}

// text returns the text of document name, or false when it is unknown or
// can no longer be read.
func (d *docTexts) text(name string) (string, bool) {
	if d == nil {
		return "", false
	}
	if t, ok := d.cache[name]; ok {
		return t, true
	}
	in, ok := d.inputs[name]
	if !ok {
		return "", false
	}
	b, err := in.Text(d.limit)
	if err != nil {
		return "", false
	}
	t := string(b)
	d.cache[name] = t
	return t, true
}

// unwrapPathError drops the *PathError wrapper, whose path we print already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
