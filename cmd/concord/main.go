// Command concord reads several accounts of the same events, pulls out the
// dated claims each one makes, lines up the claims that describe the same
// event, and reports where the accounts agree, where they only name things
// differently, and where they contradict each other.
//
// Usage:
//
//	concord check    [flags] [PATH...]   compare documents and report findings
//	concord baseline [flags] [PATH...]   write a baseline of the current findings
//	concord extract  [flags] [PATH...]   print the claims read from documents
//	concord explain  [flags] FILE:LINE FILE:LINE [PATH...]
//	                                     say why two claims are (not) aligned
//	concord version                      print the version
//	concord help [COMMAND]               print help
//
// A PATH is a file, a directory (its *.txt files, recursively, following
// symbolic links) or "-" for standard input. With no PATH, concord reads
// its embedded seed corpus. Flags are GNU-style (--flag value or
// --flag=value) and may come before or after the paths; after "--" every
// argument is a path.
//
// check writes its report as text, json, sarif, github (workflow-command
// annotations) or html (--format), to standard output or to a file
// (--output: a regular file is written to a temporary file and renamed;
// a FIFO or device is written directly). Findings whose fingerprints are
// in a baseline file (--baseline) are accepted and do not fail the run.
// Settings may also come from a JSON config file (--config, default
// concord.json when present); flags override it. Problems that do not stop
// a run (a document that gave no claims, a skipped file, an alias entry
// that contradicts an earlier table) are warnings on standard error and in
// the JSON output; --strict makes them errors. See docs/cli.md.
//
// Exit codes: 0 no finding at or above the failing level (--fail-on,
// default conflict), 1 findings at or above it, 2 usage, input or runtime
// error. Errors go to standard error; standard output only ever holds
// complete output.
//
// The work is done by the packages corpus (finding and reading documents),
// extract (claims), reconcile (findings) and claims (the vocabulary); this
// command wires them together and formats their output.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

func main() { os.Exit(mainCode()) }

// mainCode is main up to the exit code.
func mainCode() int {
	initMemoryLimit()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}

// usageError is a mistake in the command line or in a config file's
// settings. cmd is the command whose help it points to, or "".
type usageError struct {
	cmd string
	msg string
}

func (e *usageError) Error() string { return e.msg }

const usage = `usage: concord <command> [flags] [PATH...]

commands:
  check     compare documents and report conflicts, variants and corroborations
  baseline  write a baseline of the current findings (JSON) for check --baseline
  extract   print the claims read from documents
  explain   say why the claims on two lines are, or are not, aligned
  version   print the version
  help      print this help, or the help of a command (concord help check)

A PATH is a file, a directory (its *.txt files, recursively) or - for
standard input. With no PATH, concord reads its embedded seed corpus.
Run 'concord help <command>' for the flags of a command.

Exit codes: 0 no finding at or above the failing level, 1 findings at or
above it, 2 usage, input or runtime error.
`

// run is main without the process: it returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	var err error
	code := exitOK
	switch args[0] {
	case "check":
		code, err = runCheck(ctx, args[1:], stdin, stdout, stderr)
	case "baseline":
		err = runBaseline(ctx, args[1:], stdin, stdout, stderr)
	case "extract":
		err = runExtract(ctx, args[1:], stdin, stdout, stderr)
	case "explain":
		err = runExplain(ctx, args[1:], stdin, stdout, stderr)
	case "version", "--version":
		fmt.Fprintf(stdout, "concord %s\n", version())
	case "help", "-h", "--help":
		err = runHelp(args[1:], stdout)
	default:
		err = &usageError{msg: fmt.Sprintf("unknown command %q", args[0])}
	}
	if err != nil {
		if errors.Is(err, errHelp) {
			return exitOK
		}
		var ue *usageError
		switch {
		case errors.As(err, &ue):
			hint := "concord help"
			if ue.cmd != "" {
				hint = "concord " + ue.cmd + " --help"
			}
			fmt.Fprintf(stderr, "concord: %s\nRun '%s' for usage.\n", safeLine(err.Error()), hint)
		case errors.Is(err, context.Canceled):
			fmt.Fprintln(stderr, "concord: interrupted")
		default:
			fmt.Fprintf(stderr, "concord: %s\n", safeLine(err.Error()))
		}
		return exitError
	}
	return code
}

// runHelp prints the general help, or that of the named command.
func runHelp(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage)
		return nil
	}
	if len(args) > 1 {
		return &usageError{msg: "help takes one command name"}
	}
	cmd, ok := commands[args[0]]
	if !ok {
		return &usageError{msg: fmt.Sprintf("unknown command %q", args[0])}
	}
	cmd.help(stdout)
	return nil
}
