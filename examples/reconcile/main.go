// Command reconcile is a runnable example of Concord's library: it reads
// the embedded seed documents, extracts their claims, reconciles them and
// prints the findings grouped by event.
//
//	go run ./examples/reconcile
//
// With -synth N it instead makes a synthetic corpus of N documents from
// the seeds (copies with planted edits, see internal/synth) and reports
// how long extraction and reconciliation took and the memory used:
//
//	go run ./examples/reconcile -synth 1000
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/internal/synth"
	"github.com/concordfacts/concord/names"
	"github.com/concordfacts/concord/reconcile"
	"github.com/concordfacts/concord/seeds"
)

func main() {
	n := flag.Int("synth", 0, "check a synthetic corpus of this many documents instead of the seeds")
	flag.Parse()
	if err := run(context.Background(), os.Stdout, *n); err != nil {
		fmt.Fprintln(os.Stderr, "reconcile:", err)
		os.Exit(2)
	}
}

func run(ctx context.Context, w io.Writer, n int) error {
	srcs, err := synth.Seeds()
	if err != nil {
		return err
	}
	docs := make([]extract.Source, len(srcs))
	for i, s := range srcs {
		docs[i] = extract.Source{Name: s.Name, Text: s.Text}
	}
	if n > 0 {
		gen, err := synth.Generate(srcs, synth.Options{Documents: n, Seed: 1})
		if err != nil {
			return err
		}
		docs = make([]extract.Source, len(gen))
		for i, d := range gen {
			docs[i] = extract.Source{Name: d.Name, Text: d.Text}
		}
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	t0 := time.Now()
	cs, err := ex.Documents(ctx, docs)
	if err != nil {
		return err
	}
	t1 := time.Now()
	// The curated alias table for this corpus's domain tells names a
	// machine cannot see are one (Abu Mohammad al-Golani, Ahmed al-Sharaa).
	table, err := names.LoadAliasTable("seeds/aliases.json", bytes.NewReader(seeds.Aliases))
	if err != nil {
		return err
	}
	rep, err := reconcile.Check(ctx, cs, reconcile.Options{AliasTables: []*names.AliasTable{table}})
	if err != nil {
		return err
	}
	t2 := time.Now()
	if n > 0 {
		var bytes int
		for _, d := range docs {
			bytes += len(d.Text)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		counts := map[string]int{}
		for _, f := range rep.Findings {
			counts[string(f.Kind)]++
		}
		fmt.Fprintf(w, "%d documents, %.1f MB, %d claims, %d aligned pairs, findings %v\n",
			len(docs), float64(bytes)/1e6, len(cs), rep.Aligned, counts)
		fmt.Fprintf(w, "extract %v (%.1f MB/s), reconcile %v (%.0f claims/s), GOMAXPROCS %d, memory obtained from the OS %.0f MB\n",
			t1.Sub(t0).Round(time.Millisecond), float64(bytes)/1e6/t1.Sub(t0).Seconds(),
			t2.Sub(t1).Round(time.Millisecond), float64(len(cs))/t2.Sub(t1).Seconds(),
			runtime.GOMAXPROCS(0), float64(ms.Sys)/1e6)
		return nil
	}
	fmt.Fprintf(w, "%d documents, %d claims, %d findings\n", len(rep.Documents), rep.Claims, len(rep.Findings))
	event := "\x00"
	for _, f := range rep.Findings {
		if f.Event != event {
			event = f.Event
			fmt.Fprintf(w, "\n== %s ==\n", event)
		}
		fmt.Fprintf(w, "%s/%s: %s\n", f.Kind, f.Field, f.Summary)
		if f.Note != "" {
			fmt.Fprintf(w, "\tnote: %s\n", f.Note)
		}
	}
	return nil
}
