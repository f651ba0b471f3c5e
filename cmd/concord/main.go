// Command concord reads several accounts of the same events, pulls out the
// dated claims each one makes, lines up the claims that describe the same
// event, and reports where the accounts agree, where they only name things
// differently, and where they contradict each other.
//
// Usage:
//
//	concord check   [flags] [PATH...]   compare documents and report findings
//	concord extract [flags] [PATH...]   print the claims read from documents
//	concord version                     print the version
//
// A PATH is a file, a directory (its *.txt files, recursively) or "-" for
// standard input. With no PATH, concord reads its embedded seed corpus.
//
// Exit codes: 0 no finding at or above the failing level, 1 findings at or
// above it, 2 usage, input or runtime error.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
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
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

const usage = `usage: concord <command> [flags] [PATH...]

commands:
  check     compare documents and report conflicts, variants and corroborations
  extract   print the claims read from documents
  version   print the version

A PATH is a file, a directory (its *.txt files, recursively) or - for
standard input. With no PATH, concord reads its embedded seed corpus.
Run 'concord <command> -h' for the flags of a command.
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
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "concord: %v\n\n%s", err, usage)
		} else if !errors.Is(err, errHelp) {
			fmt.Fprintf(stderr, "concord: %v\n", err)
		}
		if errors.Is(err, errHelp) {
			return exitOK
		}
		return exitError
	}
	return code
}
