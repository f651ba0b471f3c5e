package textpos

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseJSON(t *testing.T) {
	const text = "{\n  \"a\": [1, \"x\", true, null],\n  \"b\" : {\"c\": -2.50}\n}"
	got, err := ParseJSON(text, 8)
	if err != nil {
		t.Fatal(err)
	}
	want := &Value{Kind: Object, Offset: 0, Members: []Member{
		{"a", &Value{Kind: Array, Offset: 9, Elems: []*Value{
			{Kind: Number, Text: "1", Offset: 10},
			{Kind: String, Text: "x", Offset: 13},
			{Kind: Bool, Text: "true", Offset: 18},
			{Kind: Null, Offset: 24},
		}}},
		{"b", &Value{Kind: Object, Offset: 39, Members: []Member{
			{"c", &Value{Kind: Number, Text: "-2.50", Offset: 45}},
		}}},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseJSON (-want +got):\n%s", diff)
	}
	// Every offset is the first byte of the value's text.
	var walk func(v *Value)
	walk = func(v *Value) {
		first := map[Kind]string{Object: "{", Array: "[", String: `"`, Null: "n"}[v.Kind]
		if v.Kind == Number || v.Kind == Bool {
			first = v.Text[:1]
		}
		if !strings.HasPrefix(text[v.Offset:], first) {
			t.Errorf("%s at offset %d: text there is %q", v.Kind, v.Offset, text[v.Offset:])
		}
		for _, m := range v.Members {
			walk(m.Value)
		}
		for _, e := range v.Elems {
			walk(e)
		}
	}
	walk(got)
}

func TestParseJSONErrors(t *testing.T) {
	tests := []struct {
		text  string
		depth int
		off   int
		msg   string // SyntaxError.Msg, or the key of a DuplicateKeyError
		dup   bool
	}{
		{`{"a": 1,}`, 8, 8, "invalid character '}' looking for beginning of object key string", false},
		{`{"a": [1, 2`, 8, 11, "unexpected end of file", false},
		{``, 8, 0, "unexpected end of file", false},
		{`{} []`, 8, 3, "data after the top-level value", false},
		{`[[[1]]]`, 1, 2, "nested deeper than 1", false},
		{`{"a": 1, "b": 2, "a": 3}`, 8, 17, "a", true},
	}
	for _, tt := range tests {
		_, err := ParseJSON(tt.text, tt.depth)
		var se *SyntaxError
		var de *DuplicateKeyError
		switch {
		case tt.dup && errors.As(err, &de):
			if de.Offset != tt.off || de.Key != tt.msg {
				t.Errorf("%s: duplicate key %q at %d, want %q at %d", tt.text, de.Key, de.Offset, tt.msg, tt.off)
			}
		case !tt.dup && errors.As(err, &se):
			if se.Offset != tt.off || se.Msg != tt.msg {
				t.Errorf("%s: syntax error %q at %d, want %q at %d", tt.text, se.Msg, se.Offset, tt.msg, tt.off)
			}
		default:
			t.Errorf("%s: error %v (%T)", tt.text, err, err)
		}
	}
}

// FuzzParseJSON checks ParseJSON against encoding/json: it accepts a
// valid text unless it nests too deep or repeats a key, rejects an invalid
// one, and gives offsets inside the text.
func FuzzParseJSON(f *testing.F) {
	f.Add(`{"entities": [{"id": "x", "names": ["X", {"name": "Y"}]}]}`)
	f.Add(`[1, 2.5e3, "\u00e9", false, null]`)
	f.Add(`{"a": }`)
	f.Add(`{"a": 1, "a": 2}`)
	f.Fuzz(func(t *testing.T, text string) {
		const depth = 16
		v, err := ParseJSON(text, depth)
		valid := json.Valid([]byte(text))
		if err != nil {
			var se *SyntaxError
			var de *DuplicateKeyError
			switch {
			case errors.As(err, &se):
				if se.Offset < 0 || se.Offset > len(text) {
					t.Fatalf("syntax error offset %d outside the text of %d bytes", se.Offset, len(text))
				}
				if valid && !strings.HasPrefix(se.Msg, "nested deeper") {
					t.Fatalf("valid JSON %q rejected: %v", text, err)
				}
			case errors.As(err, &de):
				if de.Offset < 0 || de.Offset >= len(text) {
					t.Fatalf("duplicate key offset %d outside the text of %d bytes", de.Offset, len(text))
				}
			default:
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		if !valid {
			t.Fatalf("invalid JSON %q accepted", text)
		}
		var walk func(v *Value)
		walk = func(v *Value) {
			if v.Offset < 0 || v.Offset >= len(text) {
				t.Fatalf("%s at offset %d outside the text of %d bytes", v.Kind, v.Offset, len(text))
			}
			for _, m := range v.Members {
				walk(m.Value)
			}
			for _, e := range v.Elems {
				walk(e)
			}
		}
		walk(v)
	})
}
