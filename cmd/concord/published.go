package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/concordfacts/concord/corpus"
)

// publishedUsage is the help of --published.
const publishedUsage = "the day document `FILE=YYYY-MM-DD` was published (repeatable; FILE as named or found by a walk): \"on Friday\" and \"yesterday\" count from it, whatever date the document gives"

// published holds the --published FILE=DATE values of a command: the
// publication dates the user gives, which override the dates the
// documents give of themselves.
type published struct {
	cmd string
	// files are the files in the order given; days their dates, by the
	// cleaned file name.
	files []string
	days  map[string]time.Time
}

// parsePublished reads the --published values. A value that is not
// FILE=YYYY-MM-DD, an impossible date, or a file given two different
// dates is a usage error naming it.
func parsePublished(cmd string, vals []string) (*published, error) {
	p := &published{cmd: cmd, days: map[string]time.Time{}}
	for _, v := range vals {
		i := strings.LastIndexByte(v, '=')
		if i <= 0 || i == len(v)-1 {
			return nil, &usageError{cmd: cmd, msg: fmt.Sprintf("--published %q: want FILE=YYYY-MM-DD", v)}
		}
		file, date := v[:i], v[i+1:]
		t, err := time.Parse(time.DateOnly, date)
		if err != nil {
			return nil, &usageError{cmd: cmd, msg: fmt.Sprintf("--published %s: bad date %q (want YYYY-MM-DD, such as 2014-01-13)", file, date)}
		}
		key := filepath.Clean(file)
		if old, ok := p.days[key]; ok {
			if !old.Equal(t) {
				return nil, &usageError{cmd: cmd, msg: fmt.Sprintf("--published %s: given two dates (%s and %s)", file, old.Format(time.DateOnly), date)}
			}
			continue
		}
		p.files = append(p.files, file)
		p.days[key] = t
	}
	return p, nil
}

// apply sets the publication dates of the inputs. A file that is not
// among them (as named on the command line, or found by a directory
// walk) is a usage error naming it.
func (p *published) apply(ins []corpus.Input) error {
	if p == nil || len(p.files) == 0 {
		return nil
	}
	found := make(map[string]bool, len(p.files))
	for i := range ins {
		key := filepath.Clean(ins[i].Name)
		if t, ok := p.days[key]; ok {
			ins[i].Published = t
			found[key] = true
		}
	}
	for _, f := range p.files {
		if !found[filepath.Clean(f)] {
			return &usageError{cmd: p.cmd, msg: fmt.Sprintf("--published %s: not among the documents read", f)}
		}
	}
	return nil
}
