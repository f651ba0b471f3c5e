package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"golang.org/x/term"
)

// writeOutput writes a complete output to path, or to stdout when path is
// "" or "-". A regular file (or a path that does not exist yet) is written
// atomically: to a temporary file in the same directory, renamed over it
// when complete, so that readers never see a half-written file and an
// existing file is left untouched on error; the temporary file is removed
// on any error, and an existing file keeps its permissions. A symbolic
// link is followed and its target written the same way. Anything else (a
// FIFO, a terminal, /dev/null, /dev/stdout) is opened and written
// directly: renaming over it would replace the special file with a
// regular one.
func writeOutput(path string, data []byte, stdout io.Writer) error {
	if path == "" || path == "-" {
		_, err := stdout.Write(data)
		return err
	}
	target, info, err := resolveOutput(path)
	if err != nil {
		return fmt.Errorf("output %s: %w", path, err)
	}
	switch {
	case info == nil || info.Mode().IsRegular():
		perm := os.FileMode(0o644)
		if info != nil {
			perm = info.Mode().Perm()
		}
		if err := writeAtomic(target, data, perm); err != nil {
			return fmt.Errorf("output %s: %w", path, err)
		}
		return nil
	case info.IsDir():
		return fmt.Errorf("output %s: is a directory", path)
	}
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("output %s: %w", path, unwrapPathError(err))
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("output %s: %w", path, unwrapPathError(err))
	}
	return nil
}

// maxLinks is how many symbolic links resolveOutput follows, as Linux does.
const maxLinks = 40

// resolveOutput follows symbolic links from path and returns the path
// they end at and what is there, or a nil FileInfo when nothing is (a new
// file, or a link to one).
func resolveOutput(path string) (string, os.FileInfo, error) {
	for range maxLinks {
		info, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil, nil
		}
		if err != nil {
			return "", nil, unwrapPathError(err)
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			return path, info, nil
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", nil, unwrapPathError(err)
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(path), link)
		}
		path = link
	}
	return "", nil, errors.New("too many levels of symbolic links")
}

// writeAtomic writes data to a temporary file beside path and renames it
// over path.
func writeAtomic(path string, data []byte, perm os.FileMode) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return unwrapPathError(err)
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return unwrapPathError(err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(perm); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		var le *os.LinkError
		if errors.As(err, &le) {
			return le.Err
		}
		return err
	}
	return nil
}

// isTerminal reports whether w is a terminal. A character device is not
// enough: /dev/null is one.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progressDelay is how long a run goes before progress is shown.
var progressDelay = time.Second

// progress shows what a long run is doing on one line of a terminal. It
// stays silent for the first second, so quick runs print nothing, and is
// a no-op when disabled. Safe for concurrent use.
type progress struct {
	w       io.Writer
	mu      sync.Mutex
	msg     string
	shown   bool
	done    chan struct{}
	stopped sync.WaitGroup
}

// newProgress returns a progress line on w, or nil (a valid, silent
// progress) when enabled is false.
func newProgress(w io.Writer, enabled bool) *progress {
	if !enabled {
		return nil
	}
	p := &progress{w: w, done: make(chan struct{})}
	p.stopped.Add(1)
	go p.loop()
	return p
}

func (p *progress) loop() {
	defer p.stopped.Done()
	timer := time.NewTimer(progressDelay)
	defer timer.Stop()
	select {
	case <-p.done:
		return
	case <-timer.C:
	}
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		p.mu.Lock()
		p.shown = true
		fmt.Fprintf(p.w, "\r\x1b[Kconcord: %s", p.msg)
		p.mu.Unlock()
		select {
		case <-p.done:
			return
		case <-tick.C:
		}
	}
}

// set changes the message shown.
func (p *progress) set(format string, args ...any) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.msg = fmt.Sprintf(format, args...)
	p.mu.Unlock()
}

// stop ends the progress line and clears it.
func (p *progress) stop() {
	if p == nil {
		return
	}
	close(p.done)
	p.stopped.Wait()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
