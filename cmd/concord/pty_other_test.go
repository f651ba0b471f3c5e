//go:build !linux

package main

import (
	"io"
	"testing"
)

// openPTY returns nil: the tests open pseudo-terminals on Linux only.
func openPTY(t *testing.T) io.Writer { return nil }
