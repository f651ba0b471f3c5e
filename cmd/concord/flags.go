package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"
)

// errHelp is returned by parse when help was asked for and printed.
var errHelp = errors.New("help requested")

// command is a subcommand: its help and its flags.
type command struct {
	name string
	// args is what follows the name in the usage line.
	args string
	// about is the help's first paragraph; more the paragraphs after it.
	about, more string
	// flags returns a new flag set with the command's flags.
	flags func() *pflag.FlagSet
	// exits lists the exit codes, one per line.
	exits string
}

const pathsHelp = `A PATH is a file, a directory or - for standard input. A directory is
walked recursively for its *.txt files (see include and exclude in
docs/cli.md), in sorted order; symbolic links are followed, except back
into the walk, and a dangling link or a FIFO is skipped with a warning.
With no PATH, concord reads its embedded seed corpus. Flags may come
before or after the paths; after --, every argument is a path (so that a
file may start with -).`

const checkExits = `  0  no finding at or above the failing level (accepted findings do not count)
  1  at least one finding at or above the failing level
  2  usage, input or runtime error (the message names the file and the problem)
`

var commands = map[string]*command{
	"check": {
		name: "check", args: "[flags] [PATH...]",
		about: "Compare documents and report where they conflict, name things\ndifferently (variants) and agree (corroborations).",
		more:  pathsHelp,
		flags: func() *pflag.FlagSet { return newCheckFlags().fs },
		exits: checkExits,
	},
	"baseline": {
		name: "baseline", args: "[flags] [PATH...]",
		about: "Write a baseline of the current conflicts and variants (JSON), for\n'concord check --baseline FILE'. It exits 0 whatever it finds.",
		more:  pathsHelp,
		flags: func() *pflag.FlagSet { return newCommonFlags("baseline").fs },
		exits: "  0  the baseline was written\n  2  usage, input or runtime error\n",
	},
	"extract": {
		name: "extract", args: "[flags] [PATH...]",
		about: "Print the claims read from documents: one line per claim (path:line:col,\ndate, clause) or the JSON claims document.",
		more:  pathsHelp,
		flags: func() *pflag.FlagSet { return newExtractFlags().fs },
		exits: "  0  the claims were printed\n  2  usage, input or runtime error\n",
	},
	"explain": {
		name: "explain", args: "[flags] FILE:LINE FILE:LINE [PATH...]",
		about: "Say why the claims on two lines are, or are not, aligned: whether\nblocking proposed them, their score and what each feature (text, event\nclass, agents, patients, places, dates, counts, names) contributed, and\nthe outcome of matching. The documents read are the PATHs when given (the\ncorpus a check would see), else the two files.",
		more:  pathsHelp,
		flags: func() *pflag.FlagSet { return newExplainFlags().fs },
		exits: "  0  the explanation was printed\n  2  usage, input or runtime error (a line with no claim, a bad FILE:LINE)\n",
	},
	"version": {
		name: "version", about: "Print the version: the module version concord was built from, or the\nvalue set with -ldflags \"-X main.buildVersion=...\".",
		flags: func() *pflag.FlagSet { return newFlagSet("version") },
		exits: "  0\n",
	},
}

// help writes the command's help.
func (c *command) help(w io.Writer) {
	fmt.Fprintf(w, "usage: concord %s %s\n\n%s\n", c.name, c.args, c.about)
	if c.more != "" {
		fmt.Fprintf(w, "\n%s\n", c.more)
	}
	if f := c.flags().FlagUsages(); f != "" {
		fmt.Fprintf(w, "\nflags:\n%s", f)
	}
	fmt.Fprintf(w, "\nexit codes:\n%s", c.exits)
}

// newFlagSet returns an empty flag set for a command. Errors are returned,
// never printed by the flag package, so that each is printed once.
func newFlagSet(name string) *pflag.FlagSet {
	fs := pflag.NewFlagSet("concord "+name, pflag.ContinueOnError)
	fs.SortFlags = true
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses a command's arguments with GNU conventions (github.com/
// spf13/pflag): --flag value and --flag=value, flags before or after the
// paths, "-" a path (standard input), and every argument after "--" a
// path. --help and -h print the command's help to stdout.
func parse(cmd string, fs *pflag.FlagSet, args []string, stdout io.Writer) ([]string, error) {
	for _, a := range args {
		if a == "--" {
			break
		}
		// A long flag with one dash (the standard library's style) gets a
		// plain message rather than pflag's reading of it as short flags.
		if name, _, _ := strings.Cut(strings.TrimPrefix(a, "-"), "="); len(a) > 2 && a[0] == '-' && a[1] != '-' && len(name) > 1 && fs.Lookup(name) != nil {
			return nil, &usageError{cmd: cmd, msg: fmt.Sprintf("unknown flag %s: long flags take two dashes (--%s)", a, name)}
		}
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			commands[cmd].help(stdout)
			return nil, errHelp
		}
		msg := err.Error()
		if strings.HasPrefix(msg, "unknown shorthand flag") {
			msg += " (a path that starts with - goes after --)"
		}
		return nil, &usageError{cmd: cmd, msg: msg}
	}
	return fs.Args(), nil
}
