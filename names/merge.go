package names

import (
	"fmt"

	"github.com/concordfacts/concord/internal/fold"
)

// TableConflict is an alias entry that contradicts an earlier one: the
// same id with another kind, or a name (by transliteration key) already
// claimed by another entity of the same kind. The later entry, or name, is
// left out of the merged table.
type TableConflict struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column,omitempty"`
	Field  string `json:"field,omitempty"`
	// Entity is the id of the entry left out (or whose name was left out);
	// Other is the id of the earlier entry it contradicts, and OtherAt
	// where that entry is ("file:line").
	Entity  string `json:"entity"`
	Other   string `json:"other"`
	OtherAt string `json:"other_at"`
	Msg     string `json:"message"`
}

// Error returns "file:line: message".
func (c TableConflict) Error() string {
	return fmt.Sprintf("%s:%d: %s", c.File, c.Line, c.Msg)
}

// MergeAliasTables merges tables in order. An entity whose id was seen
// before gains the names it adds; entries that contradict earlier ones are
// left out and reported as conflicts, in input order, never silently
// overwritten.
func MergeAliasTables(tables ...*AliasTable) (*AliasTable, []TableConflict) {
	out := &AliasTable{}
	var conflicts []TableConflict
	byID := map[string]int{}
	type owner struct{ ent int }
	byKey := map[string]owner{} // kind + "\x00" + key → entity
	for _, t := range tables {
		if t == nil {
			continue
		}
		for ei, e := range t.Entities {
			file := e.File
			if file == "" {
				file = t.File
			}
			idx, seen := byID[e.ID]
			if seen && out.Entities[idx].Kind != e.Kind {
				o := out.Entities[idx]
				conflicts = append(conflicts, TableConflict{
					File: file, Line: e.Line, Column: e.col, Field: fmt.Sprintf("entities[%d].kind", ei),
					Entity: e.ID, Other: o.ID, OtherAt: fmt.Sprintf("%s:%d", o.File, o.Line),
					Msg: fmt.Sprintf("entity %q is a %s here but a %s at %s:%d", e.ID, e.Kind, o.Kind, o.File, o.Line),
				})
				continue
			}
			if !seen {
				ne := e
				ne.File = file
				ne.Names = nil
				out.Entities = append(out.Entities, ne)
				idx = len(out.Entities) - 1
				byID[e.ID] = idx
			} else {
				dst := &out.Entities[idx]
				if dst.Canonical == "" {
					dst.Canonical = e.Canonical
				}
				if dst.Source == "" {
					dst.Source = e.Source
				}
				if dst.Notes == "" {
					dst.Notes = e.Notes
				}
			}
			for ni, n := range e.Names {
				if n.File == "" {
					n.File = file
				}
				k := string(e.Kind) + "\x00" + fold.Key(n.Name)
				if o, ok := byKey[k]; ok {
					if o.ent == idx {
						if !hasName(out.Entities[idx].Names, n) {
							out.Entities[idx].Names = append(out.Entities[idx].Names, n)
						}
						continue
					}
					oe := out.Entities[o.ent]
					conflicts = append(conflicts, TableConflict{
						File: n.File, Line: n.Line, Column: n.col, Field: fmt.Sprintf("entities[%d].names[%d]", ei, ni),
						Entity: e.ID, Other: oe.ID, OtherAt: fmt.Sprintf("%s:%d", oe.File, oe.Line),
						Msg: fmt.Sprintf("name %q of %q is already a name of %s %q at %s:%d",
							n.Name, e.ID, oe.Kind, oe.ID, oe.File, oe.Line),
					})
					continue
				}
				byKey[k] = owner{idx}
				out.Entities[idx].Names = append(out.Entities[idx].Names, n)
			}
		}
	}
	// An entity all of whose names conflicted has nothing to resolve.
	kept := out.Entities[:0]
	for _, e := range out.Entities {
		if len(e.Names) > 0 {
			kept = append(kept, e)
		}
	}
	out.Entities = kept
	return out, conflicts
}

func hasName(ns []AliasName, n AliasName) bool {
	for _, m := range ns {
		if m.Name == n.Name && m.ValidFrom == n.ValidFrom && m.ValidTo == n.ValidTo {
			return true
		}
	}
	return false
}
