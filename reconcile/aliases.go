package reconcile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/internal/fold"
)

// An alias table is a JSON file naming entities and the names they go by
// (docs/aliases.md; JSON Schema in testdata/schema/aliases.schema.json):
//
//	{
//	  "entities": [
//	    {
//	      "id": "jabhat-al-nusra",
//	      "kind": "group",
//	      "canonical": "al-Nusra Front",
//	      "names": [
//	        {"name": "al-Nusra Front", "valid_to": "2016-07-27"},
//	        {"name": "Jabhat Fatah al-Sham", "valid_from": "2016-07-28", "valid_to": "2017-01-27"},
//	        {"name": "Hay'at Tahrir al-Sham", "valid_from": "2017-01-28"},
//	        "Nusra"
//	      ],
//	      "source": "Wikipedia: al-Nusra Front",
//	      "notes": "renamed twice"
//	    }
//	  ]
//	}
//
// A name is an object or, for a name without dates, just a string. Dates are
// YYYY, YYYY-MM or YYYY-MM-DD; valid_from is the first day of the period
// given and valid_to the last.

// Errors an alias file can have, for [errors.Is]. An [*AliasError] wraps
// one of them.
var (
	ErrAliasSyntax   = errors.New("invalid JSON")
	ErrAliasField    = errors.New("bad field")
	ErrAliasMissing  = errors.New("missing field")
	ErrAliasDate     = errors.New("bad date")
	ErrAliasKind     = errors.New("unknown kind")
	ErrAliasConflict = errors.New("conflicting entries")
)

// AliasError is an error in an alias table file, located by line and column
// (1-based; the column counts bytes) and by the path of the field, such as
// "entities[3].names[0].valid_from".
type AliasError struct {
	File   string
	Line   int
	Column int
	Field  string
	Err    error
}

// Error returns "file:line:column: field: message".
func (e *AliasError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying error.
func (e *AliasError) Unwrap() error { return e.Err }

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

// LoadAliasTable reads an alias table in the JSON format above; name is the
// file name used in errors and evidence. A malformed file, an unknown field
// or kind, a bad date, or two entries of the file that conflict (one id
// twice; one name for two entities of the same kind) give an
// [*AliasError] with the line, column and field.
func LoadAliasTable(name string, r io.Reader) (*AliasTable, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &jparser{file: name, data: data}
	root, err := p.parse()
	if err != nil {
		return nil, err
	}
	t, err := p.table(root)
	if err != nil {
		return nil, err
	}
	t.File = name
	merged, conflicts := MergeAliasTables(t)
	if len(conflicts) > 0 {
		c := conflicts[0]
		line, col := c.Line, c.Column
		return nil, &AliasError{File: name, Line: line, Column: col, Field: c.Field,
			Err: fmt.Errorf("%w: %s", ErrAliasConflict, c.Msg)}
	}
	merged.File = name
	return merged, nil
}

// Conflict is an alias entry that contradicts an earlier one: the same id
// with another kind, or a name (by transliteration key) already claimed by
// another entity of the same kind. The later entry, or name, is left out of
// the merged table.
type Conflict struct {
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
func (c Conflict) Error() string {
	return fmt.Sprintf("%s:%d: %s", c.File, c.Line, c.Msg)
}

// MergeAliasTables merges tables in order. An entity whose id was seen
// before gains the names it adds; entries that contradict earlier ones are
// left out and reported as conflicts, in input order, never silently
// overwritten.
func MergeAliasTables(tables ...*AliasTable) (*AliasTable, []Conflict) {
	out := &AliasTable{}
	var conflicts []Conflict
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
				conflicts = append(conflicts, Conflict{
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
					conflicts = append(conflicts, Conflict{
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

// --- a JSON reader that keeps positions ---

type jkind byte

const (
	jObject jkind = iota
	jArray
	jString
	jNumber
	jBool
	jNull
)

func (k jkind) String() string {
	return [...]string{"an object", "an array", "a string", "a number", "a boolean", "null"}[k]
}

type jfield struct {
	key string
	val *jnode
}

type jnode struct {
	kind   jkind
	str    string
	fields []jfield
	elems  []*jnode
	off    int // offset of the value's first byte
}

type jparser struct {
	file string
	data []byte
	dec  *json.Decoder
}

const maxDepth = 64

func (p *jparser) parse() (*jnode, error) {
	p.dec = json.NewDecoder(bytes.NewReader(p.data))
	p.dec.UseNumber()
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	off := p.start(int(p.dec.InputOffset()))
	if _, err := p.dec.Token(); err != io.EOF {
		return nil, p.errAt(off, "", fmt.Errorf("%w: data after the top-level value", ErrAliasSyntax))
	}
	return n, nil
}

// start returns the offset of the next value's first byte at or after off.
func (p *jparser) start(off int) int {
	for off < len(p.data) {
		switch p.data[off] {
		case ' ', '\t', '\n', '\r', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

func (p *jparser) syntaxErr(err error) error {
	off := int(p.dec.InputOffset())
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = int(se.Offset)
		return p.errAt(off, "", fmt.Errorf("%w: %s", ErrAliasSyntax, se.Error()))
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return p.errAt(len(p.data), "", fmt.Errorf("%w: unexpected end of file", ErrAliasSyntax))
	}
	return p.errAt(off, "", fmt.Errorf("%w: %v", ErrAliasSyntax, err))
}

func (p *jparser) value(depth int) (*jnode, error) {
	if depth > maxDepth {
		return nil, p.errAt(int(p.dec.InputOffset()), "", fmt.Errorf("%w: nested deeper than %d", ErrAliasSyntax, maxDepth))
	}
	off := p.start(int(p.dec.InputOffset()))
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.syntaxErr(err)
	}
	n := &jnode{off: off}
	switch v := tok.(type) {
	case json.Delim:
		switch v {
		case '{':
			n.kind = jObject
			for p.dec.More() {
				koff := p.start(int(p.dec.InputOffset()))
				kt, err := p.dec.Token()
				if err != nil {
					return nil, p.syntaxErr(err)
				}
				key, ok := kt.(string)
				if !ok {
					return nil, p.errAt(koff, "", fmt.Errorf("%w: object key is not a string", ErrAliasSyntax))
				}
				for _, f := range n.fields {
					if f.key == key {
						return nil, p.errAt(koff, "", fmt.Errorf("%w: duplicate field %q", ErrAliasField, key))
					}
				}
				val, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.fields = append(n.fields, jfield{key, val})
			}
		case '[':
			n.kind = jArray
			for p.dec.More() {
				val, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.elems = append(n.elems, val)
			}
		default:
			return nil, p.errAt(off, "", fmt.Errorf("%w: unexpected %q", ErrAliasSyntax, v))
		}
		if _, err := p.dec.Token(); err != nil { // closing delimiter
			return nil, p.syntaxErr(err)
		}
	case string:
		n.kind, n.str = jString, v
	case json.Number:
		n.kind, n.str = jNumber, v.String()
	case bool:
		n.kind, n.str = jBool, strconv.FormatBool(v)
	case nil:
		n.kind = jNull
	}
	return n, nil
}

// lineCol returns the 1-based line and byte column of offset off.
func (p *jparser) lineCol(off int) (int, int) {
	if off > len(p.data) {
		off = len(p.data)
	}
	if off < 0 {
		off = 0
	}
	line := 1 + bytes.Count(p.data[:off], []byte{'\n'})
	col := off - (bytes.LastIndexByte(p.data[:off], '\n') + 1) + 1
	return line, col
}

func (p *jparser) errAt(off int, field string, err error) error {
	line, col := p.lineCol(off)
	return &AliasError{File: p.file, Line: line, Column: col, Field: field, Err: err}
}

func (p *jparser) want(n *jnode, kind jkind, field string) error {
	if n.kind != kind {
		return p.errAt(n.off, field, fmt.Errorf("%w: want %s, got %s", ErrAliasField, kind, n.kind))
	}
	return nil
}

// fieldsOf checks an object's fields against the allowed ones and returns
// them by name.
func (p *jparser) fieldsOf(n *jnode, path string, allowed ...string) (map[string]*jnode, error) {
	m := make(map[string]*jnode, len(n.fields))
	for _, f := range n.fields {
		ok := false
		for _, a := range allowed {
			if f.key == a {
				ok = true
				break
			}
		}
		if !ok {
			return nil, p.errAt(f.val.off, join(path, f.key), fmt.Errorf("%w: unknown field %q (want one of %s)", ErrAliasField, f.key, strings.Join(allowed, ", ")))
		}
		m[f.key] = f.val
	}
	return m, nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// str returns an optional string field ("" when absent).
func (p *jparser) str(m map[string]*jnode, key, path string) (string, error) {
	n, ok := m[key]
	if !ok {
		return "", nil
	}
	if err := p.want(n, jString, join(path, key)); err != nil {
		return "", err
	}
	return n.str, nil
}

// required returns a string field that must be present and not blank.
func (p *jparser) required(obj *jnode, m map[string]*jnode, key, path string) (string, error) {
	n, ok := m[key]
	if !ok {
		return "", p.errAt(obj.off, join(path, key), fmt.Errorf("%w: %q is required", ErrAliasMissing, key))
	}
	if err := p.want(n, jString, join(path, key)); err != nil {
		return "", err
	}
	if strings.TrimSpace(n.str) == "" {
		return "", p.errAt(n.off, join(path, key), fmt.Errorf("%w: %q is empty", ErrAliasMissing, key))
	}
	return n.str, nil
}

func (p *jparser) table(root *jnode) (*AliasTable, error) {
	if err := p.want(root, jObject, "(top level)"); err != nil {
		return nil, err
	}
	m, err := p.fieldsOf(root, "", "$schema", "description", "entities")
	if err != nil {
		return nil, err
	}
	for _, k := range []string{"$schema", "description"} {
		if _, err := p.str(m, k, ""); err != nil {
			return nil, err
		}
	}
	ents, ok := m["entities"]
	if !ok {
		return nil, p.errAt(root.off, "entities", fmt.Errorf("%w: %q is required", ErrAliasMissing, "entities"))
	}
	if err := p.want(ents, jArray, "entities"); err != nil {
		return nil, err
	}
	t := &AliasTable{File: p.file}
	for i, en := range ents.elems {
		e, err := p.entity(en, fmt.Sprintf("entities[%d]", i))
		if err != nil {
			return nil, err
		}
		t.Entities = append(t.Entities, e)
	}
	// One id twice in one file is a mistake even with equal kinds.
	first := map[string]AliasEntity{}
	for i, e := range t.Entities {
		if o, ok := first[e.ID]; ok {
			line, col := p.lineCol(ents.elems[i].off)
			return nil, &AliasError{File: p.file, Line: line, Column: col, Field: fmt.Sprintf("entities[%d].id", i),
				Err: fmt.Errorf("%w: id %q is already used at line %d", ErrAliasConflict, e.ID, o.Line)}
		}
		first[e.ID] = e
	}
	return t, nil
}

var dateRE = regexp.MustCompile(`^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$`)

// parsePeriod returns the first and last day of a YYYY, YYYY-MM or
// YYYY-MM-DD date.
func parsePeriod(s string) (first, last claims.Day, ok bool) {
	m := dateRE.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	y, _ := strconv.Atoi(m[1])
	switch {
	case m[2] == "":
		first, last = claims.YearSpan(y)
		return first, last, true
	case m[3] == "":
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return 0, 0, false
		}
		first, last = claims.MonthSpan(y, time.Month(mo))
		return first, last, true
	}
	d, err := claims.ParseDay(s)
	if err != nil {
		return 0, 0, false
	}
	return d, d, true
}

func (p *jparser) entity(n *jnode, path string) (AliasEntity, error) {
	var e AliasEntity
	if err := p.want(n, jObject, path); err != nil {
		return e, err
	}
	m, err := p.fieldsOf(n, path, "id", "kind", "canonical", "names", "source", "notes")
	if err != nil {
		return e, err
	}
	e.File = p.file
	e.Line, e.col = p.lineCol(n.off)
	if e.ID, err = p.required(n, m, "id", path); err != nil {
		return e, err
	}
	kind, err := p.required(n, m, "kind", path)
	if err != nil {
		return e, err
	}
	e.Kind = claims.MentionKind(kind)
	if !entityKinds[e.Kind] {
		return e, p.errAt(m["kind"].off, join(path, "kind"), fmt.Errorf("%w %q (want person, group, place or other)", ErrAliasKind, kind))
	}
	if e.Canonical, err = p.str(m, "canonical", path); err != nil {
		return e, err
	}
	if e.Source, err = p.str(m, "source", path); err != nil {
		return e, err
	}
	if e.Notes, err = p.str(m, "notes", path); err != nil {
		return e, err
	}
	names, ok := m["names"]
	if !ok {
		return e, p.errAt(n.off, join(path, "names"), fmt.Errorf("%w: %q is required", ErrAliasMissing, "names"))
	}
	if err := p.want(names, jArray, join(path, "names")); err != nil {
		return e, err
	}
	if len(names.elems) == 0 {
		return e, p.errAt(names.off, join(path, "names"), fmt.Errorf("%w: an entity needs at least one name", ErrAliasMissing))
	}
	for i, nn := range names.elems {
		an, err := p.name(nn, fmt.Sprintf("%s.names[%d]", path, i))
		if err != nil {
			return e, err
		}
		e.Names = append(e.Names, an)
	}
	return e, nil
}

func (p *jparser) name(n *jnode, path string) (AliasName, error) {
	var an AliasName
	an.File = p.file
	an.Line, an.col = p.lineCol(n.off)
	if n.kind == jString {
		if strings.TrimSpace(n.str) == "" || fold.Key(n.str) == "" {
			return an, p.errAt(n.off, path, fmt.Errorf("%w: empty name", ErrAliasMissing))
		}
		an.Name = n.str
		return an, nil
	}
	if n.kind != jObject {
		return an, p.errAt(n.off, path, fmt.Errorf("%w: want a string or an object, got %s", ErrAliasField, n.kind))
	}
	m, err := p.fieldsOf(n, path, "name", "valid_from", "valid_to", "lang")
	if err != nil {
		return an, err
	}
	if an.Name, err = p.required(n, m, "name", path); err != nil {
		return an, err
	}
	if fold.Key(an.Name) == "" {
		return an, p.errAt(m["name"].off, join(path, "name"), fmt.Errorf("%w: name %q has no letters or digits", ErrAliasField, an.Name))
	}
	if an.Lang, err = p.str(m, "lang", path); err != nil {
		return an, err
	}
	for _, k := range []string{"valid_from", "valid_to"} {
		s, err := p.str(m, k, path)
		if err != nil {
			return an, err
		}
		if s == "" {
			if _, present := m[k]; present {
				return an, p.errAt(m[k].off, join(path, k), fmt.Errorf("%w \"\" (want YYYY, YYYY-MM or YYYY-MM-DD)", ErrAliasDate))
			}
			continue
		}
		first, last, ok := parsePeriod(s)
		if !ok {
			return an, p.errAt(m[k].off, join(path, k), fmt.Errorf("%w %q (want YYYY, YYYY-MM or YYYY-MM-DD)", ErrAliasDate, s))
		}
		if k == "valid_from" {
			an.ValidFrom, an.from, an.hasFrom = s, first, true
		} else {
			an.ValidTo, an.to, an.hasTo = s, last, true
		}
	}
	if an.hasFrom && an.hasTo && an.from > an.to {
		return an, p.errAt(m["valid_to"].off, join(path, "valid_to"), fmt.Errorf("%w: valid_to %s is before valid_from %s", ErrAliasDate, an.ValidTo, an.ValidFrom))
	}
	return an, nil
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
