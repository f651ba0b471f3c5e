package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
)

// Memory. Concord holds a corpus's claims in memory while it reconciles
// them, and by default the Go runtime lets its heap grow to twice what is
// live before collecting, which doubles the footprint of a large corpus.
// Unless GOMEMLIMIT is set, concord sets a soft limit (defaultMemoryLimit):
// near it the collector runs sooner instead of the heap growing. A soft
// limit below what a large corpus needs would keep the collector busy, so
// once the claims are extracted the limit is raised to fitFactor times the
// live heap when that is more.
const (
	defaultMemoryLimit = 1536 << 20
	fitFactor          = 2
)

// memoryLimit is the limit concord set, or 0 when it set none (GOMEMLIMIT
// given, or run from a test).
var memoryLimit int64

// initMemoryLimit sets the default soft memory limit unless the user chose
// one with GOMEMLIMIT.
func initMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	memoryLimit = defaultMemoryLimit
	debug.SetMemoryLimit(memoryLimit)
}

// fitMemoryLimit raises the limit concord set to fitFactor times the live
// heap, when that is more.
func fitMemoryLimit() {
	if memoryLimit == 0 {
		return
	}
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	if l := fitLimit(memoryLimit, int64(s[0].Value.Uint64())); l != memoryLimit {
		memoryLimit = l
		debug.SetMemoryLimit(memoryLimit)
	}
}

// fitLimit returns the memory limit for a live heap of live bytes: the
// current limit, or fitFactor times the live heap when that is more.
func fitLimit(limit, live int64) int64 {
	return max(limit, fitFactor*live)
}
