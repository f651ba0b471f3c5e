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

	"github.com/concordfacts/concord/seeds"
)

// errNoText is returned for a directory with no text files.
var errNoText = errors.New("no text files found")

// walkFilter selects the files of a directory walk.
type walkFilter struct {
	include, exclude []string
}

// keep reports whether the file at rel (slash-separated, relative to the
// walked directory) is read. With no include globs, files ending in .txt
// (any case) are read.
func (w walkFilter) keep(rel string) bool {
	if matchAny(w.exclude, rel) {
		return false
	}
	if len(w.include) == 0 {
		return strings.EqualFold(path.Ext(rel), ".txt")
	}
	return matchAny(w.include, rel)
}

// skipDir reports whether a directory at rel is excluded as a whole.
func (w walkFilter) skipDir(rel string) bool { return matchAny(w.exclude, rel) }

func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		if matchGlob(g, rel) {
			return true
		}
	}
	return false
}

// matchGlob matches a slash-separated relative path against a glob in the
// manner of .gitignore: a pattern without a slash matches the base name at
// any depth ("*.txt", "draft-*"); a pattern with a slash matches the whole
// path, where "**" stands for any number of directories ("archive/**",
// "**/old/*.txt"). Within a segment the syntax is that of [path.Match]
// (case-sensitive; "*.txt" does not match "A.TXT"). A malformed pattern
// matches nothing; validGlob reports it up front.
func matchGlob(pattern, rel string) bool {
	pattern = strings.TrimPrefix(pattern, "./")
	if !strings.Contains(pattern, "/") {
		ok, _ := path.Match(pattern, path.Base(rel))
		return ok
	}
	return matchSegments(strings.Split(pattern, "/"), strings.Split(rel, "/"))
}

func matchSegments(pat, segs []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(segs); i++ {
				if matchSegments(pat[1:], segs[i:]) {
					return true
				}
			}
			return false
		}
		if len(segs) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], segs[0]); !ok {
			return false
		}
		pat, segs = pat[1:], segs[1:]
	}
	return len(segs) == 0
}

// validGlob reports a malformed glob.
func validGlob(pattern string) error {
	for _, seg := range strings.Split(pattern, "/") {
		if _, err := path.Match(seg, ""); err != nil {
			return fmt.Errorf("bad glob %q: %w", pattern, err)
		}
	}
	return nil
}

// input is a document to read: its name, and its text when it is already
// in memory (standard input, the embedded seeds) or else the file it is
// read from when needed. Files are read chunk by chunk while claims are
// extracted, so a large corpus is never held in memory twice.
type input struct {
	name string
	data []byte
	file bool // read from the file called name
}

// read returns the document's text.
func (in input) read() ([]byte, error) {
	if !in.file {
		return in.data, nil
	}
	b, err := os.ReadFile(in.name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.name, unwrapPathError(err))
	}
	return b, nil
}

// listInputs lists the documents named by paths: files, directories (the
// files walkFilter keeps, recursively, in sorted order) or "-" for stdin,
// which is read at once. Named files must exist; their text is read later.
// With no paths it returns the embedded seeds, named "seeds/<file>".
func listInputs(paths []string, stdin io.Reader, filter walkFilter) ([]input, error) {
	if len(paths) == 0 {
		var out []input
		for _, name := range seeds.Names() {
			b, err := fs.ReadFile(seeds.FS, name)
			if err != nil {
				return nil, err
			}
			out = append(out, input{name: path.Join("seeds", name), data: b})
		}
		return out, nil
	}
	var out []input
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
			out = append(out, input{name: "-", data: b})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if !info.IsDir() {
			out = append(out, input{name: p, file: true})
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("%s: %w", f, unwrapPathError(err))
			}
			rel, rerr := filepath.Rel(p, f)
			if rerr != nil || rel == "." {
				return nil
			}
			rel = filepath.ToSlash(rel)
			if d.IsDir() {
				if filter.skipDir(rel) {
					return filepath.SkipDir
				}
				return nil
			}
			if filter.keep(rel) {
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
			out = append(out, input{name: f, file: true})
		}
	}
	return out, nil
}

// docTexts gives the text of the documents read, for exact positions in
// reports. Texts are read again on first use and kept.
type docTexts struct {
	inputs map[string]input
	cache  map[string]string
}

func newDocTexts(ins []input) *docTexts {
	d := &docTexts{inputs: make(map[string]input, len(ins)), cache: map[string]string{}}
	for _, in := range ins {
		d.inputs[in.name] = in
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
	b, err := in.read()
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
