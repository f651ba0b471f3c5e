// Command synth writes a synthetic corpus made from the seed documents:
// unedited copies of the seeds, then edited copies with a count, a date and
// a name changed (the edits are listed in edits.json). It is how Concord's
// scale targets are measured:
//
//	go run ./examples/synth -n 10000 -o corpus
//	go build -o concord ./cmd/concord
//	/usr/bin/time -v ./concord check --format json --output report.json corpus
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/concordfacts/concord/internal/synth"
)

func main() {
	n := flag.Int("n", 1000, "how many documents to write")
	out := flag.String("o", "", "directory to write them to (created)")
	seed := flag.Uint64("seed", 1, "seed of the random edits")
	flag.Parse()
	if *out == "" {
		log.Fatal("synth: -o DIR is required")
	}
	if err := write(*out, *n, *seed); err != nil {
		log.Fatal(err)
	}
}

func write(dir string, n int, seed uint64) error {
	srcs, err := synth.Seeds()
	if err != nil {
		return err
	}
	docs, err := synth.Generate(srcs, synth.Options{Documents: n, Seed: seed})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	type record struct {
		Name   string       `json:"name"`
		Source string       `json:"source"`
		Edits  []synth.Edit `json:"edits"`
	}
	var recs []record
	var bytes int
	for _, d := range docs {
		name := filepath.Base(d.Name)
		if err := os.WriteFile(filepath.Join(dir, name), d.Text, 0o644); err != nil {
			return err
		}
		bytes += len(d.Text)
		recs = append(recs, record{Name: name, Source: d.Source, Edits: d.Edits})
	}
	b, err := json.MarshalIndent(recs, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "edits.json"), b, 0o644); err != nil {
		return err
	}
	fmt.Printf("%d documents, %.1f MB, in %s\n", len(docs), float64(bytes)/1e6, dir)
	return nil
}
