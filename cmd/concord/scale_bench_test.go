package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/concordfacts/concord/internal/synth"
)

// The scale benchmark and the memory tests run concord as its own
// process, so that its peak memory is the command's and not the test
// binary's: the test binary runs main when runMainEnv is set (see
// TestMain), and writes its peak resident memory (VmHWM) to the file
// named by peakFileEnv. The kernel's rusage cannot be used for that: the
// child starts as a vfork of the test binary, whose peak it inherits.
const (
	runMainEnv  = "CONCORD_TEST_RUN_MAIN"
	peakFileEnv = "CONCORD_TEST_PEAK_FILE"
)

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		code := mainCode()
		if p := os.Getenv(peakFileEnv); p != "" {
			if status, err := os.ReadFile("/proc/self/status"); err == nil {
				os.WriteFile(p, status, 0o644)
			}
		}
		os.Exit(code)
	}
	// Golden files hold the version: pin it (TestVersion unpins it).
	buildVersion = "dev"
	os.Exit(m.Run())
}

// selfCommand returns a command that runs concord with args as its own
// process (the test binary running main), and a function that returns
// its peak resident memory in bytes once it has exited (0 where the
// kernel does not say).
func selfCommand(tb testing.TB, args ...string) (*exec.Cmd, func() int64) {
	peakFile := filepath.Join(tb.TempDir(), "status")
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), runMainEnv+"=1", peakFileEnv+"="+peakFile)
	return cmd, func() int64 {
		b, err := os.ReadFile(peakFile)
		if err != nil {
			return 0
		}
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
				var kb int64
				fmt.Sscanf(strings.TrimSpace(v), "%d kB", &kb)
				return kb << 10
			}
		}
		return 0
	}
}

// BenchmarkCheckCorpus runs `concord check --format json` on synthetic
// corpora of 1,000 and 10,000 seed-sized documents (see internal/synth:
// copies of the seeds, each with a count, a date and a name edited) and
// reports input MB/s, documents/s and the command's peak resident memory
// (peak-RSS-MB, the kernel's VmHWM of the process; Linux only). The targets
// for 10,000 documents: under 60 s on two cores and under 2 GB.
//
//	go test ./cmd/concord -run XXX -bench CheckCorpus -benchtime 1x
func BenchmarkCheckCorpus(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			size := writeCorpus(b, dir, n)
			out := filepath.Join(b.TempDir(), "report.json")
			b.SetBytes(size)
			var peak int64
			var wall time.Duration
			for b.Loop() {
				cmd, peakOf := selfCommand(b, "check", "--quiet", "--format", "json", "--output", out, dir)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				start := time.Now()
				err := cmd.Run()
				wall += time.Since(start)
				if code := cmd.ProcessState.ExitCode(); code != exitOK && code != exitFindings {
					b.Fatalf("concord check: %v (exit %d)\n%s", err, code, stderr.String())
				}
				peak = max(peak, peakOf())
			}
			b.ReportMetric(float64(n)/wall.Seconds()*float64(b.N), "docs/s")
			if peak > 0 {
				b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MB")
			}
		})
	}
}

// writeCorpus writes a synthetic corpus of n documents into dir and
// returns its size in bytes.
func writeCorpus(tb testing.TB, dir string, n int) int64 {
	docs, err := synth.FromSeeds(synth.Options{Documents: n, Seed: 1})
	if err != nil {
		tb.Fatal(err)
	}
	var size int64
	for _, d := range docs {
		if err := os.WriteFile(filepath.Join(dir, d.Name), d.Text, 0o644); err != nil {
			tb.Fatal(err)
		}
		size += int64(len(d.Text))
	}
	return size
}
