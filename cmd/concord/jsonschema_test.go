package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"
)

// schemaValidator checks a JSON document against a JSON Schema (draft-04,
// the dialect of the SARIF 2.1.0 schema), implementing exactly the subset of
// keywords that schema uses: type (a name or a list), enum, required,
// properties, additionalProperties (boolean or schema), items (one
// schema), minItems, uniqueItems, minimum, maximum, pattern, anyOf, oneOf,
// $ref to "#/definitions/...", and format (uri, uri-reference, date-time).
// Annotations (description, title, default, id, $schema) are ignored. Any
// other keyword makes validation fail, so that a newer schema copy cannot
// be passed while half-checked. No new module dependency is needed.
type schemaValidator struct {
	root map[string]any
}

// newSchemaValidator parses a schema.
func newSchemaValidator(schema []byte) (*schemaValidator, error) {
	var root map[string]any
	dec := json.NewDecoder(bytes.NewReader(schema))
	dec.UseNumber()
	if err := dec.Decode(&root); err != nil {
		return nil, err
	}
	return &schemaValidator{root: root}, nil
}

// validate returns every violation in doc, each prefixed with its JSON
// pointer, sorted.
func (v *schemaValidator) validate(doc []byte) ([]string, error) {
	var inst any
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	if err := dec.Decode(&inst); err != nil {
		return nil, err
	}
	var errs []string
	v.check(v.root, inst, "", &errs)
	sort.Strings(errs)
	return errs, nil
}

var ignoredKeywords = map[string]bool{"description": true, "title": true, "default": true, "id": true, "$id": true, "$schema": true, "definitions": true}

func (v *schemaValidator) check(s map[string]any, inst any, ptr string, errs *[]string) {
	fail := func(format string, args ...any) {
		*errs = append(*errs, fmt.Sprintf("%s: %s", pointer(ptr), fmt.Sprintf(format, args...)))
	}
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		val := s[k]
		switch k {
		case "$ref":
			ref, _ := val.(string)
			name, ok := strings.CutPrefix(ref, "#/definitions/")
			defs, _ := v.root["definitions"].(map[string]any)
			target, found := defs[name].(map[string]any)
			if !ok || !found {
				fail("unsupported $ref %q", ref)
				continue
			}
			v.check(target, inst, ptr, errs)
		case "type":
			var names []string
			switch t := val.(type) {
			case string:
				names = []string{t}
			case []any:
				for _, x := range t {
					names = append(names, x.(string))
				}
			}
			ok := false
			for _, n := range names {
				ok = ok || isType(inst, n)
			}
			if !ok {
				fail("type %s, want %s", typeName(inst), strings.Join(names, " or "))
			}
		case "enum":
			ok := false
			for _, e := range val.([]any) {
				ok = ok || jsonEqual(e, inst)
			}
			if !ok {
				fail("value %v not in enum %v", inst, val)
			}
		case "required":
			if obj, isObj := inst.(map[string]any); isObj {
				for _, r := range val.([]any) {
					if _, ok := obj[r.(string)]; !ok {
						fail("missing required property %q", r)
					}
				}
			}
		case "properties", "additionalProperties":
			// Checked below, property by property.
		case "items":
			if arr, ok := inst.([]any); ok {
				for i, x := range arr {
					v.check(val.(map[string]any), x, fmt.Sprintf("%s/%d", ptr, i), errs)
				}
			}
		case "minItems":
			if arr, ok := inst.([]any); ok {
				if n, _ := val.(json.Number).Int64(); int64(len(arr)) < n {
					fail("%d items, want at least %d", len(arr), n)
				}
			}
		case "uniqueItems":
			if arr, ok := inst.([]any); ok && val == true {
				seen := map[string]bool{}
				for _, x := range arr {
					b, _ := json.Marshal(x) // map keys are sorted: a canonical form
					if seen[string(b)] {
						fail("duplicate item %s", b)
					}
					seen[string(b)] = true
				}
			}
		case "minimum", "maximum":
			if n, ok := inst.(json.Number); ok {
				x, _ := n.Float64()
				lim, _ := val.(json.Number).Float64()
				if (k == "minimum" && x < lim) || (k == "maximum" && x > lim) {
					fail("%v is beyond the %s %v", n, k, lim)
				}
			}
		case "pattern":
			if str, ok := inst.(string); ok {
				re, err := regexp.Compile(val.(string))
				if err != nil {
					fail("bad pattern %q: %v", val, err)
				} else if !re.MatchString(str) {
					fail("%q does not match %q", str, val)
				}
			}
		case "format":
			if str, ok := inst.(string); ok {
				if err := checkFormat(val.(string), str); err != nil {
					fail("%v", err)
				}
			}
		case "const":
			if !jsonEqual(val, inst) {
				fail("%v is not the constant %v", inst, val)
			}
		case "anyOf", "oneOf":
			n := 0
			for _, sub := range val.([]any) {
				var subErrs []string
				v.check(sub.(map[string]any), inst, ptr, &subErrs)
				if len(subErrs) == 0 {
					n++
				}
			}
			if n == 0 || (k == "oneOf" && n != 1) {
				fail("%d of the %s alternatives match", n, k)
			}
		default:
			if !ignoredKeywords[k] {
				fail("unsupported schema keyword %q", k)
			}
		}
	}
	obj, isObj := inst.(map[string]any)
	if !isObj {
		return
	}
	props, _ := s["properties"].(map[string]any)
	names := make([]string, 0, len(obj))
	for name := range obj {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		sub := ptr + "/" + strings.ReplaceAll(strings.ReplaceAll(name, "~", "~0"), "/", "~1")
		if ps, ok := props[name].(map[string]any); ok {
			v.check(ps, obj[name], sub, errs)
			continue
		}
		switch ap := s["additionalProperties"].(type) {
		case bool:
			if !ap {
				fail("property %q is not allowed", name)
			}
		case map[string]any:
			v.check(ap, obj[name], sub, errs)
		}
	}
}

func pointer(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

func isType(inst any, name string) bool {
	switch name {
	case "object":
		_, ok := inst.(map[string]any)
		return ok
	case "array":
		_, ok := inst.([]any)
		return ok
	case "string":
		_, ok := inst.(string)
		return ok
	case "boolean":
		_, ok := inst.(bool)
		return ok
	case "null":
		return inst == nil
	case "number":
		_, ok := inst.(json.Number)
		return ok
	case "integer":
		n, ok := inst.(json.Number)
		if !ok {
			return false
		}
		_, err := n.Int64()
		return err == nil
	}
	return false
}

func typeName(inst any) string {
	switch inst.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", inst)
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// checkFormat checks the string formats the SARIF schema uses.
func checkFormat(format, s string) error {
	switch format {
	case "uri":
		u, err := url.Parse(s)
		if err != nil || u.Scheme == "" {
			return fmt.Errorf("%q is not an absolute URI", s)
		}
	case "uri-reference":
		if _, err := url.Parse(s); err != nil || strings.Contains(s, `\`) || strings.Contains(s, " ") {
			return fmt.Errorf("%q is not a URI reference", s)
		}
	case "date":
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return fmt.Errorf("%q is not a date", s)
		}
	case "date-time":
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			return fmt.Errorf("%q is not a date-time", s)
		}
	default:
		return fmt.Errorf("unsupported format %q", format)
	}
	return nil
}
