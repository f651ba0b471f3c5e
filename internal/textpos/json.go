package textpos

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Kind is the kind of a JSON value.
type Kind uint8

// The kinds of JSON values.
const (
	Object Kind = iota
	Array
	String
	Number
	Bool
	Null
)

// String returns the kind with its article, for messages: "an object",
// "a string".
func (k Kind) String() string {
	switch k {
	case Object:
		return "an object"
	case Array:
		return "an array"
	case String:
		return "a string"
	case Number:
		return "a number"
	case Bool:
		return "a boolean"
	case Null:
		return "null"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Value is a JSON value with the offset of its first byte in the text.
type Value struct {
	Kind Kind
	// Text is a string's value, a number's literal or "true" or "false".
	Text string
	// Members are an object's members, in the order of the text.
	Members []Member
	// Elems are an array's elements.
	Elems []*Value
	// Offset is the offset of the value's first byte.
	Offset int
}

// Member is a key of an object with its value.
type Member struct {
	Key   string
	Value *Value
}

// SyntaxError is a text that is not one JSON value, or one nested deeper
// than the limit. Offset is the byte where reading failed.
type SyntaxError struct {
	Offset int
	Msg    string
}

// Error returns the message with the offset.
func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

// DuplicateKeyError is a key given twice in one object. Offset is the
// second key's first byte.
type DuplicateKeyError struct {
	Offset int
	Key    string
}

// Error returns the key with the offset.
func (e *DuplicateKeyError) Error() string {
	return fmt.Sprintf("offset %d: duplicate key %q", e.Offset, e.Key)
}

// ParseJSON reads the one JSON value of text, nested at most maxDepth
// arrays and objects deep. Numbers keep their literal text.
func ParseJSON(text string, maxDepth int) (*Value, error) {
	p := &parser{text: text, maxDepth: maxDepth, dec: json.NewDecoder(strings.NewReader(text))}
	p.dec.UseNumber()
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	off := p.next()
	if _, err := p.dec.Token(); err != io.EOF {
		return nil, &SyntaxError{Offset: off, Msg: "data after the top-level value"}
	}
	return v, nil
}

// parser reads tokens with encoding/json and recovers the offset of each
// value from the decoder's input offset.
type parser struct {
	text     string
	maxDepth int
	dec      *json.Decoder
}

// next returns the offset of the next token's first byte: the decoder's
// input offset past white space and the separators it has not consumed.
func (p *parser) next() int {
	off := int(p.dec.InputOffset())
	for off < len(p.text) {
		switch p.text[off] {
		case ' ', '\t', '\n', '\r', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

// syntaxError turns an error of the decoder into a *SyntaxError.
func (p *parser) syntaxError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &SyntaxError{Offset: int(se.Offset), Msg: se.Error()}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &SyntaxError{Offset: len(p.text), Msg: "unexpected end of file"}
	}
	return &SyntaxError{Offset: int(p.dec.InputOffset()), Msg: err.Error()}
}

func (p *parser) value(depth int) (*Value, error) {
	if depth > p.maxDepth {
		return nil, &SyntaxError{Offset: int(p.dec.InputOffset()), Msg: fmt.Sprintf("nested deeper than %d", p.maxDepth)}
	}
	off := p.next()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.syntaxError(err)
	}
	v := &Value{Offset: off}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			v.Kind = Object
			for p.dec.More() {
				koff := p.next()
				kt, err := p.dec.Token()
				if err != nil {
					return nil, p.syntaxError(err)
				}
				key, ok := kt.(string)
				if !ok {
					return nil, &SyntaxError{Offset: koff, Msg: "object key is not a string"}
				}
				for _, m := range v.Members {
					if m.Key == key {
						return nil, &DuplicateKeyError{Offset: koff, Key: key}
					}
				}
				val, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				v.Members = append(v.Members, Member{key, val})
			}
		case '[':
			v.Kind = Array
			for p.dec.More() {
				val, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				v.Elems = append(v.Elems, val)
			}
		default:
			return nil, &SyntaxError{Offset: off, Msg: fmt.Sprintf("unexpected %q", t)}
		}
		if _, err := p.dec.Token(); err != nil { // the closing delimiter
			return nil, p.syntaxError(err)
		}
	case string:
		v.Kind, v.Text = String, t
	case json.Number:
		v.Kind, v.Text = Number, t.String()
	case bool:
		v.Kind, v.Text = Bool, strconv.FormatBool(t)
	case nil:
		v.Kind = Null
	}
	return v, nil
}
