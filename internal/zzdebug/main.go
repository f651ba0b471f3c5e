// Throwaway debug tool (not committed): explain claim pairs by ID.
package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/names"
	"github.com/concordfacts/concord/reconcile"
	"github.com/concordfacts/concord/seeds"
)

func main() {
	// args: id1 id2 [id1 id2 ...] -- files
	var ids, files []string
	dash := false
	for _, a := range os.Args[1:] {
		if a == "--" {
			dash = true
			continue
		}
		if dash {
			files = append(files, a)
		} else {
			ids = append(ids, a)
		}
	}
	ex, _ := extract.New(extract.Options{})
	var cs []claims.Claim
	for _, f := range files {
		b, _ := os.ReadFile(f)
		got, err := ex.Document(context.Background(), extract.Source{Name: f, Text: b})
		if err != nil {
			panic(err)
		}
		cs = append(cs, got...)
	}
	tab, _ := names.LoadAliasTable("aliases", bytes.NewReader(seeds.Aliases))
	byID := map[string]claims.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	for k := 0; k+1 < len(ids); k += 2 {
		e, err := reconcile.Explain(context.Background(), cs, reconcile.Options{AliasTables: []*names.AliasTable{tab}}, ids[k], ids[k+1])
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(filepath.Base(e.A), byID[e.A].Clause.Text)
		fmt.Println(filepath.Base(e.B), byID[e.B].Clause.Text)
		var fs []string
		for _, f := range e.Features {
			fs = append(fs, fmt.Sprintf("%s %s %+.2f", f.Feature, f.Level, f.Weight))
		}
		fmt.Println("  ", e.Reason)
		fmt.Println("  ", strings.Join(fs, "; "), "=", e.Weight)
		for _, id := range []string{e.A, e.B} {
			c := byID[id]
			fmt.Printf("   %s frames=%v\n", filepath.Base(id), c.Frames)
			for _, q := range c.Quantities {
				fmt.Printf("      q %s cat=%s part=%s side=%s subj=%s\n", q.Span.Text, q.Category, q.Participant, q.Side, q.Subject)
			}
			var ms []string
			for _, m := range c.Mentions {
				ms = append(ms, m.Text+"/"+string(m.Role))
			}
			fmt.Printf("      m %v date=%v\n", ms, c.Date)
		}
	}
}
