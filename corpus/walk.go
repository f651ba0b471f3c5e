package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/concordfacts/concord/claims"
)

// ErrNoText is returned by [Walk] for a directory in which the filter
// keeps no file.
var ErrNoText = errors.New("no text files found")

// Filter selects the files of a directory walk by globs on their path
// relative to the walked directory (slash-separated). With no Include
// globs, files ending in .txt (any case) are kept. The JSON keys are those
// of the CLI's config file.
type Filter struct {
	Include []string `json:"include,omitempty"`
	Exclude []string `json:"exclude,omitempty"`
}

// Keep reports whether the file at rel is read.
func (f Filter) Keep(rel string) bool {
	if matchAny(f.Exclude, rel) {
		return false
	}
	if len(f.Include) == 0 {
		return strings.EqualFold(path.Ext(rel), ".txt")
	}
	return matchAny(f.Include, rel)
}

// skipDir reports whether a directory at rel is excluded as a whole.
func (f Filter) skipDir(rel string) bool { return matchAny(f.Exclude, rel) }

// Validate reports the first malformed glob of f.
func (f Filter) Validate() error {
	for _, g := range append(append([]string(nil), f.Include...), f.Exclude...) {
		if err := validGlob(g); err != nil {
			return err
		}
	}
	return nil
}

func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		if MatchGlob(g, rel) {
			return true
		}
	}
	return false
}

// MatchGlob matches a slash-separated relative path against a glob in the
// manner of .gitignore: a pattern without a slash matches the base name at
// any depth ("*.txt", "draft-*"); a pattern with a slash matches the whole
// path, where "**" stands for any number of directories ("archive/**",
// "**/old/*.txt"). Within a segment the syntax is that of [path.Match]
// (case-sensitive; "*.txt" does not match "A.TXT"). A malformed pattern
// matches nothing; [Filter.Validate] reports it.
func MatchGlob(pattern, rel string) bool {
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

// Walk lists the files under dir that f keeps, recursively, sorted by
// path, following symbolic links as the package documentation says. The
// files are named by joining dir and their relative path. Entries it
// skips are returned as warnings; an unreadable directory is an error, and
// so is finding no file at all ([ErrNoText]).
func Walk(dir string, f Filter) ([]string, []claims.Warning, error) {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dir, unwrapPathError(err))
	}
	root, err = filepath.Abs(root)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dir, err)
	}
	w := &walker{filter: f, root: root, entered: map[string]string{root: dir}}
	if err := w.walk(dir, "", root); err != nil {
		return nil, nil, err
	}
	if len(w.files) == 0 {
		return nil, w.warns, fmt.Errorf("%s: %w", dir, ErrNoText)
	}
	sort.Strings(w.files)
	return w.files, w.warns, nil
}

type walker struct {
	filter Filter
	// root is the real path of the walked directory.
	root string
	// entered maps the real path of each directory walked to the path it
	// was walked as.
	entered map[string]string
	files   []string
	warns   []claims.Warning
}

func (w *walker) skip(name, format string, args ...any) {
	w.warns = append(w.warns, claims.Warning{Kind: claims.WarnSkipped, File: name, Message: fmt.Sprintf(format, args...)})
}

// walk lists the directory dir, at rel (slash-separated, "" for the root)
// from the walked directory, whose real path is real.
func (w *walker) walk(dir, rel, real string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("%s: %w", dir, unwrapPathError(err))
	}
	for _, e := range ents {
		name := filepath.Join(dir, e.Name())
		r := e.Name()
		if rel != "" {
			r = rel + "/" + e.Name()
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			if err := w.link(name, r); err != nil {
				return err
			}
			continue
		}
		switch {
		case mode.IsDir():
			if w.filter.skipDir(r) {
				continue
			}
			sub := filepath.Join(real, e.Name())
			if first, ok := w.entered[sub]; ok {
				w.skip(name, "directory already walked as %s, not walked again", first)
				continue
			}
			w.entered[sub] = name
			if err := w.walk(name, r, sub); err != nil {
				return err
			}
		case mode.IsRegular():
			if w.filter.Keep(r) {
				w.files = append(w.files, name)
			}
		default:
			if w.filter.Keep(r) {
				w.skip(name, "not a regular file (%s), not read", fileKind(mode))
			}
		}
	}
	return nil
}

// link follows the symbolic link at name (rel from the walked directory).
func (w *walker) link(name, rel string) error {
	info, err := os.Stat(name)
	if err != nil {
		if w.filter.Keep(rel) {
			target, _ := os.Readlink(name)
			w.skip(name, "symbolic link to %s cannot be followed (%v), not read", target, unwrapPathError(err))
		}
		return nil
	}
	switch {
	case info.Mode().IsRegular():
		if w.filter.Keep(rel) {
			w.files = append(w.files, name)
		}
	case info.IsDir():
		if w.filter.skipDir(rel) {
			return nil
		}
		real, err := filepath.EvalSymlinks(name)
		if err == nil {
			real, err = filepath.Abs(real)
		}
		if err != nil {
			w.skip(name, "symbolic link cannot be followed (%v), not read", unwrapPathError(err))
			return nil
		}
		if within(real, w.root) || within(w.root, real) {
			w.skip(name, "symbolic link to a directory inside the walk (or containing it), not followed: its files would be read twice")
			return nil
		}
		if first, ok := w.entered[real]; ok {
			w.skip(name, "symbolic link to the directory already walked as %s, not followed", first)
			return nil
		}
		w.entered[real] = name
		return w.walk(name, rel, real)
	default:
		if w.filter.Keep(rel) {
			w.skip(name, "symbolic link to something that is not a regular file (%s), not read", fileKind(info.Mode()))
		}
	}
	return nil
}

// within reports whether the clean absolute path p is dir or inside it.
func within(p, dir string) bool {
	if p == dir {
		return true
	}
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// unwrapPathError drops the *PathError wrapper, whose path is printed
// already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
