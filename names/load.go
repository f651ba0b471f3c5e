package names

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/internal/fold"
	"github.com/concordfacts/concord/internal/textpos"
)

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

// LoadAliasTable reads an alias table in the JSON format of the package
// documentation; name is the file name used in errors and evidence. A
// malformed file, an unknown field or kind, a bad date, or two entries of
// the file that conflict (one id twice; one name for two entities of the
// same kind) give an [*AliasError] with the line, column and field.
func LoadAliasTable(name string, r io.Reader) (*AliasTable, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &tableReader{file: name}
	t, err := p.read(string(data))
	if err != nil {
		return nil, err
	}
	t.File = name
	merged, conflicts := MergeAliasTables(t)
	if len(conflicts) > 0 {
		c := conflicts[0]
		return nil, &AliasError{File: name, Line: c.Line, Column: c.Column, Field: c.Field,
			Err: fmt.Errorf("%w: %s", ErrAliasConflict, c.Msg)}
	}
	merged.File = name
	return merged, nil
}

// maxDepth is how deeply an alias file may nest arrays and objects (the
// format needs four levels).
const maxDepth = 64

// tableReader reads the JSON of one alias file into an [AliasTable],
// locating its errors by line and column.
type tableReader struct {
	file  string
	lines textpos.Lines
}

// read parses text and checks it against the format.
func (p *tableReader) read(text string) (*AliasTable, error) {
	p.lines.Reset(text)
	root, err := textpos.ParseJSON(text, maxDepth)
	if err != nil {
		var de *textpos.DuplicateKeyError
		if errors.As(err, &de) {
			return nil, p.errAt(de.Offset, "", fmt.Errorf("%w: duplicate field %q", ErrAliasField, de.Key))
		}
		var se *textpos.SyntaxError
		if errors.As(err, &se) {
			return nil, p.errAt(se.Offset, "", fmt.Errorf("%w: %s", ErrAliasSyntax, se.Msg))
		}
		return nil, err
	}
	return p.table(root)
}

func (p *tableReader) errAt(off int, field string, err error) error {
	line, col := p.lines.LineCol(off)
	return &AliasError{File: p.file, Line: line, Column: col, Field: field, Err: err}
}

func (p *tableReader) want(n *textpos.Value, kind textpos.Kind, field string) error {
	if n.Kind != kind {
		return p.errAt(n.Offset, field, fmt.Errorf("%w: want %s, got %s", ErrAliasField, kind, n.Kind))
	}
	return nil
}

// fieldsOf checks an object's fields against the allowed ones and returns
// them by name.
func (p *tableReader) fieldsOf(n *textpos.Value, path string, allowed ...string) (map[string]*textpos.Value, error) {
	m := make(map[string]*textpos.Value, len(n.Members))
	for _, f := range n.Members {
		ok := false
		for _, a := range allowed {
			if f.Key == a {
				ok = true
				break
			}
		}
		if !ok {
			return nil, p.errAt(f.Value.Offset, join(path, f.Key), fmt.Errorf("%w: unknown field %q (want one of %s)", ErrAliasField, f.Key, strings.Join(allowed, ", ")))
		}
		m[f.Key] = f.Value
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
func (p *tableReader) str(m map[string]*textpos.Value, key, path string) (string, error) {
	n, ok := m[key]
	if !ok {
		return "", nil
	}
	if err := p.want(n, textpos.String, join(path, key)); err != nil {
		return "", err
	}
	return n.Text, nil
}

// required returns a string field that must be present and not blank.
func (p *tableReader) required(obj *textpos.Value, m map[string]*textpos.Value, key, path string) (string, error) {
	n, ok := m[key]
	if !ok {
		return "", p.errAt(obj.Offset, join(path, key), fmt.Errorf("%w: %q is required", ErrAliasMissing, key))
	}
	if err := p.want(n, textpos.String, join(path, key)); err != nil {
		return "", err
	}
	if strings.TrimSpace(n.Text) == "" {
		return "", p.errAt(n.Offset, join(path, key), fmt.Errorf("%w: %q is empty", ErrAliasMissing, key))
	}
	return n.Text, nil
}

func (p *tableReader) table(root *textpos.Value) (*AliasTable, error) {
	if err := p.want(root, textpos.Object, "(top level)"); err != nil {
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
		return nil, p.errAt(root.Offset, "entities", fmt.Errorf("%w: %q is required", ErrAliasMissing, "entities"))
	}
	if err := p.want(ents, textpos.Array, "entities"); err != nil {
		return nil, err
	}
	t := &AliasTable{File: p.file}
	for i, en := range ents.Elems {
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
			line, col := p.lines.LineCol(ents.Elems[i].Offset)
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

func (p *tableReader) entity(n *textpos.Value, path string) (AliasEntity, error) {
	var e AliasEntity
	if err := p.want(n, textpos.Object, path); err != nil {
		return e, err
	}
	m, err := p.fieldsOf(n, path, "id", "kind", "canonical", "names", "source", "notes")
	if err != nil {
		return e, err
	}
	e.File = p.file
	e.Line, e.col = p.lines.LineCol(n.Offset)
	if e.ID, err = p.required(n, m, "id", path); err != nil {
		return e, err
	}
	kind, err := p.required(n, m, "kind", path)
	if err != nil {
		return e, err
	}
	e.Kind = claims.MentionKind(kind)
	if !entityKinds[e.Kind] {
		return e, p.errAt(m["kind"].Offset, join(path, "kind"), fmt.Errorf("%w %q (want person, group, place or other)", ErrAliasKind, kind))
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
		return e, p.errAt(n.Offset, join(path, "names"), fmt.Errorf("%w: %q is required", ErrAliasMissing, "names"))
	}
	if err := p.want(names, textpos.Array, join(path, "names")); err != nil {
		return e, err
	}
	if len(names.Elems) == 0 {
		return e, p.errAt(names.Offset, join(path, "names"), fmt.Errorf("%w: an entity needs at least one name", ErrAliasMissing))
	}
	for i, nn := range names.Elems {
		an, err := p.name(nn, fmt.Sprintf("%s.names[%d]", path, i))
		if err != nil {
			return e, err
		}
		e.Names = append(e.Names, an)
	}
	return e, nil
}

func (p *tableReader) name(n *textpos.Value, path string) (AliasName, error) {
	var an AliasName
	an.File = p.file
	an.Line, an.col = p.lines.LineCol(n.Offset)
	if n.Kind == textpos.String {
		if strings.TrimSpace(n.Text) == "" || fold.Key(n.Text) == "" {
			return an, p.errAt(n.Offset, path, fmt.Errorf("%w: empty name", ErrAliasMissing))
		}
		an.Name = n.Text
		return an, nil
	}
	if n.Kind != textpos.Object {
		return an, p.errAt(n.Offset, path, fmt.Errorf("%w: want a string or an object, got %s", ErrAliasField, n.Kind))
	}
	m, err := p.fieldsOf(n, path, "name", "valid_from", "valid_to", "lang")
	if err != nil {
		return an, err
	}
	if an.Name, err = p.required(n, m, "name", path); err != nil {
		return an, err
	}
	if fold.Key(an.Name) == "" {
		return an, p.errAt(m["name"].Offset, join(path, "name"), fmt.Errorf("%w: name %q has no letters or digits", ErrAliasField, an.Name))
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
				return an, p.errAt(m[k].Offset, join(path, k), fmt.Errorf("%w \"\" (want YYYY, YYYY-MM or YYYY-MM-DD)", ErrAliasDate))
			}
			continue
		}
		first, last, ok := parsePeriod(s)
		if !ok {
			return an, p.errAt(m[k].Offset, join(path, k), fmt.Errorf("%w %q (want YYYY, YYYY-MM or YYYY-MM-DD)", ErrAliasDate, s))
		}
		if k == "valid_from" {
			an.ValidFrom, an.from, an.hasFrom = s, first, true
		} else {
			an.ValidTo, an.to, an.hasTo = s, last, true
		}
	}
	if an.hasFrom && an.hasTo && an.from > an.to {
		return an, p.errAt(m["valid_to"].Offset, join(path, "valid_to"), fmt.Errorf("%w: valid_to %s is before valid_from %s", ErrAliasDate, an.ValidTo, an.ValidFrom))
	}
	return an, nil
}
