package names

import (
	"github.com/concordfacts/concord/claims"
)

// AliasTable is a set of entities with their names, read from one alias
// file or merged from several.
type AliasTable struct {
	// File is the name the table was loaded under; "" for a merged table.
	File     string        `json:"-"`
	Entities []AliasEntity `json:"entities"`
}

// AliasEntity is one entity of an alias table.
type AliasEntity struct {
	ID   string             `json:"id"`
	Kind claims.MentionKind `json:"kind"`
	// Canonical is the name to show; the first name when empty.
	Canonical string      `json:"canonical,omitempty"`
	Names     []AliasName `json:"names"`
	Source    string      `json:"source,omitempty"`
	Notes     string      `json:"notes,omitempty"`
	// File and Line locate the entry, for evidence and conflict reports.
	File string `json:"-"`
	Line int    `json:"-"`
	col  int
}

// AliasName is one name of an entity, optionally valid only for a period.
type AliasName struct {
	Name      string `json:"name"`
	ValidFrom string `json:"valid_from,omitempty"`
	ValidTo   string `json:"valid_to,omitempty"`
	Lang      string `json:"lang,omitempty"`
	// File and Line locate the name (a merged entity gathers names from
	// several files).
	File string `json:"-"`
	Line int    `json:"-"`

	col      int
	from, to claims.Day // valid period; zero when open
	hasFrom  bool
	hasTo    bool
}

// Dated reports whether the name has a validity period.
func (n AliasName) Dated() bool { return n.hasFrom || n.hasTo }

// ValidAt reports whether the name is valid on day d (a name without a
// period is valid on every day).
func (n AliasName) ValidAt(d claims.Day) bool {
	return (!n.hasFrom || d >= n.from) && (!n.hasTo || d <= n.to)
}

// CanonicalName returns the entity's display name.
func (e AliasEntity) CanonicalName() string {
	if e.Canonical != "" || len(e.Names) == 0 {
		return e.Canonical
	}
	return e.Names[0].Name
}

// entityKinds are the kinds an alias entity may have.
var entityKinds = map[claims.MentionKind]bool{
	claims.MentionPerson: true, claims.MentionGroup: true,
	claims.MentionPlace: true, claims.MentionOther: true,
}
