package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// writeOutput writes a complete output to path, or to stdout when path is
// "" or "-". A file is written to a temporary file in the same directory
// and renamed over path, so that readers never see a half-written file and
// an existing file is left untouched on error; the temporary file is
// removed on any error.
func writeOutput(path string, data []byte, stdout io.Writer) error {
	if path == "" || path == "-" {
		_, err := stdout.Write(data)
		return err
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("output %s: is a directory", path)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("output %s: %w", path, unwrapPathError(err))
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return fmt.Errorf("output %s: %w", path, unwrapPathError(err))
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return fmt.Errorf("output %s: %w", path, err)
	}
	return nil
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
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
