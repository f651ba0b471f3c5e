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
//	concord version                      print the version
//
// A PATH is a file, a directory (its *.txt files, recursively) or "-" for
// standard input. With no PATH, concord reads its embedded seed corpus.
//
// check writes its report as text, json, sarif, github (workflow-command
// annotations) or html (--format), to standard output or to a file
// (--output, written to a temporary file and renamed). Findings whose
// fingerprints are in a baseline file (--baseline) are accepted and do not
// fail the run. Settings may also come from a JSON config file (--config,
// default concord.json when present); flags override it. See docs/cli.md.
//
// Exit codes: 0 no finding at or above the failing level (--fail-on,
// default conflict), 1 findings at or above it, 2 usage, input or runtime
// error. Errors go to standard error; standard output only ever holds
// complete output.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

func main() {
	initMemoryLimit()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// usageError is a mistake in the command line or in a config file's
// settings.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

const usage = `usage: concord <command> [flags] [PATH...]

commands:
  check     compare documents and report conflicts, variants and corroborations
  baseline  write a baseline of the current findings (JSON) for check --baseline
  extract   print the claims read from documents
  version   print the version

A PATH is a file, a directory (its *.txt files, recursively) or - for
standard input. With no PATH, concord reads its embedded seed corpus.
Run 'concord <command> -h' for the flags of a command.

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
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "concord %s\n", version)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
	default:
		err = &usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
	if err != nil {
		if errors.Is(err, errHelp) {
			return exitOK
		}
		var ue *usageError
		switch {
		case errors.As(err, &ue):
			fmt.Fprintf(stderr, "concord: %v\n\n%s", err, usage)
		case errors.Is(err, context.Canceled):
			fmt.Fprintln(stderr, "concord: interrupted")
		default:
			fmt.Fprintf(stderr, "concord: %v\n", err)
		}
		return exitError
	}
	return code
}
