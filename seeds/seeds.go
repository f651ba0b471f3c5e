// Package seeds embeds the seed corpus: Wikipedia articles on the Syrian
// civil war that tell the same events of early 2014 in overlapping and
// sometimes contradictory ways. `concord check` with no arguments runs on
// them. See README.md in this folder for the source and licence (CC BY-SA
// 4.0).
package seeds

import (
	"embed"
	"io/fs"
	"sort"
)

// FS holds the seed documents (*.txt).
//
//go:embed *.txt
var FS embed.FS

// Aliases is the curated alias table (aliases.json), in the format
// names.LoadAliasTable reads.
//
//go:embed aliases.json
var Aliases []byte

// Names returns the names of the seed documents, sorted.
func Names() []string {
	ents, _ := fs.ReadDir(FS, ".")
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}
