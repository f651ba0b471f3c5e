package names

import (
	"fmt"
	"sort"
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/internal/fold"
)

// EvidenceKind says why a name was resolved to an entity.
type EvidenceKind string

// Evidence kinds, strongest first.
const (
	EvidenceAliasTable EvidenceKind = "alias-table" // an entry of a curated alias table
	EvidenceDeclared   EvidenceKind = "declared"    // the text declares the names the same
	EvidenceSameKey    EvidenceKind = "same-key"    // equal after folding and transliteration
	EvidenceFuzzy      EvidenceKind = "fuzzy"       // close after folding (edit distance)
)

// Evidence is one reason for a resolution.
type Evidence struct {
	Kind EvidenceKind `json:"kind"`
	// Score is 1 for exact evidence, below 1 for fuzzy matches.
	Score float64 `json:"score"`
	// Detail says what matched, for a person: "Raqqa ~ Ar-Raqqah: same
	// transliteration key \"raqa\"".
	Detail string `json:"detail"`
	// Source names the alias table file and entry, or the claim that
	// declared the alias.
	Source string `json:"source,omitempty"`
}

// Resolution is the entity a name resolves to.
type Resolution struct {
	// Name is the name as resolved (the caller's text).
	Name string `json:"name"`
	// Entity is the canonical entity id; equal ids mean the same entity.
	// Alias table entities keep their table id; other entities are
	// "name:" followed by a transliteration key, and generic mentions
	// ("rebels") are "generic:" followed by their key.
	Entity string `json:"entity"`
	// Canonical is the entity's display name.
	Canonical string `json:"canonical"`
	// NameAtDate is the name valid at the claim's date, for entities that
	// were renamed, or "".
	NameAtDate string     `json:"name_at_date,omitempty"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// NameResolver maps a name of a kind, at a date (nil: any date), to its
// canonical entity; [*Resolver] is one. reconcile.Options takes one to
// replace the resolver Check would build.
type NameResolver interface {
	Resolve(name string, kind claims.MentionKind, at *claims.TimeSpan) Resolution
}

// Same reports whether two resolutions name one entity; the evidence of
// each says why its name was taken for that entity.
func Same(a, b Resolution) bool { return a.Entity != "" && a.Entity == b.Entity }

// Resolver maps names to canonical entities, using alias tables, the
// aliases the claims declare, transliteration keys ([fold.Key]) and a
// fuzzy match on keys. A Resolver is immutable once built and safe for
// concurrent use.
//
// Names are indexed as records, one per distinct key: the names of the
// alias tables, the mention texts of the claims and the names of their
// declared aliases. Records join into components: the names of one table
// entity, the two sides of a declared alias, and a claim name with its
// best fuzzy match among all records. A component never holds two table
// entities. Resolving a name looks its key up, then falls back to a fuzzy
// match through a blocking index (a deletion neighbourhood of each token's
// consonant skeleton), so it costs the same whatever the table size.
type Resolver struct {
	ents      []AliasEntity
	conflicts []TableConflict
	recs      []record
	byKey     map[string]int // key → record
	idx       fuzzIndex
	parent    []int // union-find over records
	comps     map[int]*component
}

// record is one distinct key.
type record struct {
	key   string
	text  string // the first name seen with this key, for evidence
	toks  []string
	ents  []int      // table entities with a name of this key
	ev    []Evidence // why the record joined its component (declared, fuzzy)
	table bool       // a name of an alias table
}

// component is a set of records taken for one entity.
type component struct {
	ent       int // table entity, or -1
	id        string
	canonical string
	renames   []rename
}

// rename is a renaming a text declares: New replaced Old on Since.
type rename struct {
	New, Old string
	Since    claims.Day
}

// NewResolver returns a resolver over alias tables (merged in order;
// conflicting entries are left out, see [Resolver.Conflicts]) and the
// names and declared aliases of the claims. The claims may come in several
// slices, such as the batches a large corpus is extracted in; the resolver
// does not depend on their order.
func NewResolver(tables []*AliasTable, cs ...[]claims.Claim) *Resolver {
	merged, conflicts := MergeAliasTables(tables...)
	r := &Resolver{ents: merged.Entities, conflicts: conflicts, byKey: map[string]int{}}
	r.idx.post = map[string][]int32{}
	b := &builder{r: r, textCount: map[string]int{}}
	// Records: table names first, then claim names.
	b.addTableNames()
	for _, part := range cs {
		for i := range part {
			b.addClaim(&part[i])
		}
	}
	// Components, joined by the strongest evidence first.
	b.startComponents()
	b.joinTableEntities()
	b.joinDeclared()
	b.joinFuzzy()
	b.describeComponents()
	return r
}

// builder holds what NewResolver gathers on the way to a Resolver.
type builder struct {
	r *Resolver
	// decl are the aliases the claims declare, between records.
	decl []declared
	// textCount counts the mentions of each text; a text seen before is
	// not folded again (names repeat across a corpus far more than they
	// vary).
	textCount map[string]int
	// tableOf is the table entity of each component root, or -1.
	tableOf []int
	// renames are the declared renamings of the records joined by them.
	renames []recordRename
}

// declared is an alias a claim declares: records a and b name one entity.
type declared struct {
	a, b int
	ev   Evidence
	ren  *rename
}

// recordRename is a declared renaming of the entity of record rec.
type recordRename struct {
	rec int
	ren rename
}

// addTableNames adds a record for every name of the alias tables.
func (b *builder) addTableNames() {
	r := b.r
	for ei, e := range r.ents {
		for _, n := range e.Names {
			ri := r.record(fold.Key(n.Name), n.Name, true)
			if ri < 0 {
				continue
			}
			rec := &r.recs[ri]
			if len(rec.ents) == 0 || rec.ents[len(rec.ents)-1] != ei {
				rec.ents = append(rec.ents, ei)
			}
		}
	}
}

// addClaim adds records for the names of a claim's mentions (generic ones
// apart) and for both sides of the aliases it declares.
func (b *builder) addClaim(c *claims.Claim) {
	r := b.r
	for _, m := range c.Mentions {
		if m.Kind == claims.MentionGeneric {
			continue
		}
		if n, ok := b.textCount[m.Text]; ok {
			b.textCount[m.Text] = n + 1
			continue
		}
		if r.record(fold.Key(m.Text), m.Text, false) >= 0 {
			b.textCount[m.Text] = 1
		} else {
			b.textCount[m.Text] = 0
		}
	}
	for _, a := range c.Aliases {
		ra := r.record(fold.Key(a.Name.Text), a.Name.Text, false)
		rb := r.record(fold.Key(a.Alias.Text), a.Alias.Text, false)
		if ra < 0 || rb < 0 || ra == rb {
			continue
		}
		d := declared{a: ra, b: rb, ev: Evidence{
			Kind: EvidenceDeclared, Score: 1,
			Detail: fmt.Sprintf("%q and %q: declared %s", a.Name.Text, a.Alias.Text, a.Relation),
			Source: claimSource(c),
		}}
		if a.Relation == claims.AliasRenamed && a.Since != nil {
			d.ren = &rename{New: a.Name.Text, Old: a.Alias.Text, Since: a.Since.Start}
			d.ev.Detail = fmt.Sprintf("%q renamed %q since %s", a.Alias.Text, a.Name.Text, a.Since.Start)
		}
		b.decl = append(b.decl, d)
	}
}

// startComponents makes every record a component of its own.
func (b *builder) startComponents() {
	r := b.r
	r.parent = make([]int, len(r.recs))
	b.tableOf = make([]int, len(r.recs))
	for i := range r.parent {
		r.parent[i] = i
		b.tableOf[i] = -1
		if len(r.recs[i].ents) == 1 {
			b.tableOf[i] = r.recs[i].ents[0]
		}
	}
}

// union joins the components of records x and y and reports whether they
// are one now: not when they hold two different table entities.
func (b *builder) union(x, y int) bool {
	r := b.r
	rx, ry := r.find(x), r.find(y)
	if rx == ry {
		return true
	}
	if b.tableOf[rx] >= 0 && b.tableOf[ry] >= 0 && b.tableOf[rx] != b.tableOf[ry] {
		return false // never merge two table entities
	}
	if ry < rx {
		rx, ry = ry, rx
	}
	r.parent[ry] = rx
	if b.tableOf[rx] < 0 {
		b.tableOf[rx] = b.tableOf[ry]
	}
	return true
}

// joinTableEntities joins the names of each table entity.
func (b *builder) joinTableEntities() {
	r := b.r
	for _, e := range r.ents {
		first := -1
		for _, n := range e.Names {
			ri := r.byKey[fold.Key(n.Name)]
			if len(r.recs[ri].ents) != 1 {
				continue // a key shared by entities of different kinds
			}
			if first < 0 {
				first = ri
			} else {
				b.union(first, ri)
			}
		}
	}
}

// joinDeclared joins the two sides of each declared alias, in an order
// that does not depend on the order of claims, and keeps the renamings.
func (b *builder) joinDeclared() {
	r := b.r
	decl := b.decl
	sort.SliceStable(decl, func(i, j int) bool {
		return edgeLess(r.recs[decl[i].a].key, r.recs[decl[i].b].key, decl[i].ev.Source,
			r.recs[decl[j].a].key, r.recs[decl[j].b].key, decl[j].ev.Source)
	})
	for _, d := range decl {
		if len(r.recs[d.a].ents) > 1 || len(r.recs[d.b].ents) > 1 {
			continue
		}
		if b.union(d.a, d.b) {
			r.recs[d.a].ev = append(r.recs[d.a].ev, d.ev)
			r.recs[d.b].ev = append(r.recs[d.b].ev, d.ev)
			if d.ren != nil {
				b.renames = append(b.renames, recordRename{d.a, *d.ren})
			}
		}
	}
}

// joinFuzzy joins each claim name not in a table with its best fuzzy match
// over all records. The edges depend only on the set of keys, not on the
// order of claims.
func (b *builder) joinFuzzy() {
	r := b.r
	type edge struct {
		a, b int
		ev   Evidence
	}
	var edges []edge
	for i := range r.recs {
		if r.recs[i].table {
			continue
		}
		best, score, d := r.bestFuzzy(r.recs[i].toks, i, "")
		if best < 0 {
			continue
		}
		edges = append(edges, edge{i, best, fuzzyEvidence(r.recs[i].text, r.recs[i].key, r.recs[best].text, r.recs[best].key, score, d)})
	}
	sort.Slice(edges, func(i, j int) bool {
		return edgeLess(r.recs[edges[i].a].key, r.recs[edges[i].b].key, "",
			r.recs[edges[j].a].key, r.recs[edges[j].b].key, "")
	})
	for _, e := range edges {
		if b.union(e.a, e.b) {
			r.recs[e.a].ev = append(r.recs[e.a].ev, e.ev)
		}
	}
}

// describeComponents gives every component its id, canonical name and
// renamings.
func (b *builder) describeComponents() {
	r := b.r
	r.comps = map[int]*component{}
	for i := range r.recs {
		root := r.find(i)
		c := r.comps[root]
		if c == nil {
			c = &component{ent: b.tableOf[root], id: "name:" + r.recs[i].key}
			if c.ent >= 0 {
				c.id = r.ents[c.ent].ID
				c.canonical = r.ents[c.ent].CanonicalName()
			}
			r.comps[root] = c
		}
		// A derived id is the smallest key of the component, so that it
		// does not depend on the order of claims.
		if id := "name:" + r.recs[i].key; c.ent < 0 && id < c.id {
			c.id = id
		}
	}
	// Canonical name of a component without a table entity: its most
	// frequent mention text, ties to the smallest.
	bestCount := map[int]int{}
	for _, text := range sortedKeys(b.textCount) {
		ri, ok := r.byKey[fold.Key(text)]
		if !ok {
			continue
		}
		c := r.comps[r.find(ri)]
		if c.ent >= 0 {
			continue
		}
		root := r.find(ri)
		if n := b.textCount[text]; n > bestCount[root] {
			bestCount[root] = n
			c.canonical = text
		}
	}
	for _, c := range r.comps {
		if c.canonical == "" {
			c.canonical = r.recs[r.byKey[strings.TrimPrefix(c.id, "name:")]].text
		}
	}
	for _, rn := range b.renames {
		c := r.comps[r.find(rn.rec)]
		c.renames = append(c.renames, rn.ren)
	}
	for _, c := range r.comps {
		sort.Slice(c.renames, func(i, j int) bool {
			a, b := c.renames[i], c.renames[j]
			if a.Since != b.Since {
				return a.Since < b.Since
			}
			return a.New < b.New
		})
	}
}

// Conflicts returns the alias table entries left out when the tables were
// merged.
func (r *Resolver) Conflicts() []TableConflict { return r.conflicts }

// Key returns the comparison key the resolver uses for a name.
func (r *Resolver) Key(name string) string { return fold.Key(name) }

// edgeLess orders edges by their keys, then source.
func edgeLess(a1, b1, s1, a2, b2, s2 string) bool {
	if a1 != a2 {
		return a1 < a2
	}
	if b1 != b2 {
		return b1 < b2
	}
	return s1 < s2
}

func claimSource(c *claims.Claim) string {
	if c.ID != "" {
		return fmt.Sprintf("%s:%d (%s)", c.Provenance.Doc, c.Provenance.Line, c.ID)
	}
	return fmt.Sprintf("%s:%d", c.Provenance.Doc, c.Provenance.Line)
}

// record returns the record of key, adding it; -1 for an empty key.
func (r *Resolver) record(key, text string, table bool) int {
	if key == "" {
		return -1
	}
	if i, ok := r.byKey[key]; ok {
		rec := &r.recs[i]
		switch {
		case table && !rec.table:
			rec.table, rec.text = true, text
		case !table && !rec.table && text < rec.text:
			rec.text = text // the smallest, whatever the order of claims
		}
		return i
	}
	i := len(r.recs)
	toks := fold.Tokens(key)
	r.recs = append(r.recs, record{key: key, text: text, toks: toks, table: table})
	r.byKey[key] = i
	r.idx.add(int32(i), toks)
	return i
}

func (r *Resolver) find(i int) int {
	for r.parent[i] != i {
		r.parent[i] = r.parent[r.parent[i]]
		i = r.parent[i]
	}
	return i
}

// root returns the root of i's component as find does, without halving
// the path: a built Resolver is read by several goroutines at once, and
// find writes.
func (r *Resolver) root(i int) int {
	for r.parent[i] != i {
		i = r.parent[i]
	}
	return i
}

// kindOK reports whether a name of kind q may be an entity of kind e.
func kindOK(q, e claims.MentionKind) bool {
	return q == "" || q == e || q == claims.MentionOther || e == claims.MentionOther
}

// entityFor returns the table entity of record ri compatible with kind, or
// -1, and whether the record names only incompatible table entities.
func (r *Resolver) entityFor(ri int, kind claims.MentionKind) (ent int, clash bool) {
	rec := &r.recs[ri]
	if len(rec.ents) > 1 {
		for _, e := range rec.ents {
			if r.ents[e].Kind == kind {
				return e, false
			}
		}
		for _, e := range rec.ents {
			if kindOK(kind, r.ents[e].Kind) {
				return e, false
			}
		}
		return -1, true
	}
	c := r.comps[r.root(ri)]
	if c.ent >= 0 && !kindOK(kind, r.ents[c.ent].Kind) {
		return -1, true
	}
	return c.ent, false
}

// Resolve returns the entity a name of the given kind resolves to at the
// given date (nil: any date). Generic mentions ("rebels", "government
// forces") resolve only to generic entities of the same key.
func (r *Resolver) Resolve(name string, kind claims.MentionKind, at *claims.TimeSpan) Resolution {
	key := fold.Key(name)
	res := Resolution{Name: name, Canonical: name}
	if key == "" {
		return res
	}
	if kind == claims.MentionGeneric {
		res.Entity = "generic:" + key
		res.Evidence = []Evidence{{Kind: EvidenceSameKey, Score: 1, Detail: fmt.Sprintf("%q: transliteration key %q", name, key)}}
		return res
	}
	ri, known := r.byKey[key]
	if known {
		if ent, clash := r.entityFor(ri, kind); !clash {
			matched := r.fill(&res, ri, ent, at)
			if res.Evidence == nil || fold.Fold(matched) != fold.Fold(name) {
				res.Evidence = append(res.Evidence, sameKeyEvidence(name, matched, key))
			}
			return res
		}
	}
	qt := fold.Tokens(key)
	if best, score, d := r.bestFuzzy(qt, -1, kind); best >= 0 {
		ent, _ := r.entityFor(best, kind)
		r.fill(&res, best, ent, at)
		res.Evidence = append([]Evidence{fuzzyEvidence(name, key, r.recs[best].text, r.recs[best].key, score, d)}, res.Evidence...)
		return res
	}
	res.Entity = "name:" + key
	res.Evidence = []Evidence{{Kind: EvidenceSameKey, Score: 1, Detail: fmt.Sprintf("%q: transliteration key %q", name, key)}}
	return res
}

// fill sets the entity, canonical name, name at date and evidence of a
// resolution through record ri, whose table entity for the query kind is
// ent (or -1). It returns the name of the record matched: the table name
// of the key, or the record's text.
func (r *Resolver) fill(res *Resolution, ri, ent int, at *claims.TimeSpan) string {
	rec := &r.recs[ri]
	c := r.comps[r.root(ri)]
	matched := rec.text
	if ent >= 0 {
		e := &r.ents[ent]
		res.Entity = e.ID
		res.Canonical = e.CanonicalName()
		res.NameAtDate = nameAt(e, at)
		tn := tableName(e, rec.key, res.Name)
		if fold.Key(tn.Name) == rec.key {
			matched = tn.Name
		}
		src := fmt.Sprintf("%s:%d (%s)", tn.File, tn.Line, e.ID)
		detail := fmt.Sprintf("%q is a name of %q in the alias table", tn.Name, res.Canonical)
		if tn.Dated() {
			detail += " (" + validity(tn) + ")"
		}
		if e.Source != "" {
			detail += "; source: " + e.Source
		}
		res.Evidence = append(res.Evidence, Evidence{Kind: EvidenceAliasTable, Score: 1, Detail: detail, Source: src})
	} else {
		res.Entity = c.id
		res.Canonical = c.canonical
	}
	if res.NameAtDate == "" && at != nil && len(c.renames) > 0 && (ent < 0 || ent == c.ent) {
		res.NameAtDate = renamedAt(c.renames, refDay(at))
	}
	res.Evidence = append(res.Evidence, rec.ev...)
	return matched
}

// tableName returns the name of e with key, preferring one that folds
// equal to the query.
func tableName(e *AliasEntity, key, query string) AliasName {
	fq := fold.Fold(query)
	var first *AliasName
	for i := range e.Names {
		n := &e.Names[i]
		if fold.Key(n.Name) != key {
			continue
		}
		if fold.Fold(n.Name) == fq {
			return *n
		}
		if first == nil {
			first = n
		}
	}
	if first != nil {
		return *first
	}
	// Reached through a component (declared or fuzzy): cite the entry.
	return AliasName{Name: e.CanonicalName(), File: e.File, Line: e.Line}
}

func validity(n AliasName) string {
	switch {
	case n.ValidFrom != "" && n.ValidTo != "":
		return "valid " + n.ValidFrom + " to " + n.ValidTo
	case n.ValidFrom != "":
		return "valid from " + n.ValidFrom
	default:
		return "valid to " + n.ValidTo
	}
}

// refDay is the day a time span is judged at: its midpoint, or its known
// end for an open span.
func refDay(t *claims.TimeSpan) claims.Day {
	switch t.Modifier {
	case claims.ModBefore:
		return t.End
	case claims.ModAfter:
		return t.Start
	}
	return t.Start + (t.End-t.Start)/2
}

// nameAt returns the dated name of e valid at t, or "".
func nameAt(e *AliasEntity, t *claims.TimeSpan) string {
	if t == nil {
		return ""
	}
	d := refDay(t)
	for _, n := range e.Names {
		if n.Dated() && n.ValidAt(d) {
			return n.Name
		}
	}
	return ""
}

// renamedAt returns the name valid on d after declared renamings sorted by
// date.
func renamedAt(rs []rename, d claims.Day) string {
	name := rs[0].Old
	for _, rn := range rs {
		if d >= rn.Since {
			name = rn.New
		}
	}
	return name
}

func sameKeyEvidence(name, other, key string) Evidence {
	if name == other {
		return Evidence{Kind: EvidenceSameKey, Score: 1, Detail: fmt.Sprintf("%q: transliteration key %q", name, key)}
	}
	return Evidence{Kind: EvidenceSameKey, Score: 1, Detail: fmt.Sprintf("%q ~ %q: same transliteration key %q", name, other, key)}
}

func fuzzyEvidence(name, key, other, okey string, score float64, d int) Evidence {
	return Evidence{Kind: EvidenceFuzzy, Score: score,
		Detail: fmt.Sprintf("%q ~ %q: keys %q and %q differ by %d edit(s)", name, other, key, okey, d)}
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
