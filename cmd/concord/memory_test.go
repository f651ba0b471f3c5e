package main

import (
	"runtime/debug"
	"testing"
)

func TestFitLimit(t *testing.T) {
	tests := []struct{ limit, live, want int64 }{
		{defaultMemoryLimit, 100 << 20, defaultMemoryLimit}, // a small corpus keeps the default
		{defaultMemoryLimit, defaultMemoryLimit / 2, defaultMemoryLimit},
		{defaultMemoryLimit, 1 << 30, 2 << 30}, // a large one gets twice its live heap
	}
	for _, tt := range tests {
		if got := fitLimit(tt.limit, tt.live); got != tt.want {
			t.Errorf("fitLimit(%d, %d) = %d, want %d", tt.limit, tt.live, got, tt.want)
		}
	}
}

func TestInitMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(old); memoryLimit = 0 })

	t.Setenv("GOMEMLIMIT", "3GiB")
	memoryLimit = 0
	initMemoryLimit()
	if memoryLimit != 0 || debug.SetMemoryLimit(-1) != old {
		t.Errorf("GOMEMLIMIT set: concord changed the limit to %d", debug.SetMemoryLimit(-1))
	}

	t.Setenv("GOMEMLIMIT", "")
	initMemoryLimit()
	if got := debug.SetMemoryLimit(-1); got != defaultMemoryLimit || memoryLimit != defaultMemoryLimit {
		t.Errorf("limit %d (recorded %d), want %d", got, memoryLimit, defaultMemoryLimit)
	}
	fitMemoryLimit() // the test binary's heap is far below half the default
	if got := debug.SetMemoryLimit(-1); got != defaultMemoryLimit {
		t.Errorf("after fitting: limit %d, want %d", got, defaultMemoryLimit)
	}
}
