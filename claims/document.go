package claims

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// Document is the JSON envelope of a set of extracted claims, as
// `concord extract --format json` writes it and [ReadDocument] reads it
// back: the names of the documents read, in reading order, their claims,
// and the warnings raised while reading them.
type Document struct {
	SchemaVersion string `json:"schema_version"`
	// Documents are the names of every document read, including those
	// that gave no claims.
	Documents []string `json:"documents"`
	Claims    []Claim  `json:"claims"`
	// DocumentDates are the documents' own dates (a news report's
	// publication date), one for each document that has one, in the
	// order of Documents. The key is left out when no document has a
	// date: it was added to version 2 of the schema, as an optional key
	// that older documents lack.
	DocumentDates []DocumentDate `json:"document_dates,omitempty"`
	// Warnings are problems with the input that did not stop the run,
	// such as a document that gave no claims.
	Warnings []Warning `json:"warnings,omitempty"`
}

// Warning is a problem with the input that did not stop the run: a
// document that gave no claims, a file of a directory walk that was
// skipped, an alias table entry that was left out. Nothing a user gives is
// ignored without one.
type Warning struct {
	// Kind says what happened, for programs: one of the Warn* constants.
	Kind string `json:"kind"`
	// File is the document or file concerned; Line is 1-based, or 0.
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
	// Message says it for a person.
	Message string `json:"message"`
}

// Kinds of [Warning].
const (
	// WarnNoClaims: a document gave no claims (empty, or no sentence).
	WarnNoClaims = "no-claims"
	// WarnSkipped: a file of a directory walk was not read (a dangling
	// symbolic link, a link back into the walk, a FIFO or device).
	WarnSkipped = "skipped"
	// WarnDuplicate: a document was named more than once and read once.
	WarnDuplicate = "duplicate"
	// WarnAliasConflict: an alias table entry contradicts an earlier
	// table (such as the curated one) and was left out.
	WarnAliasConflict = "alias-conflict"
)

// String returns "file:line: message", or "file: message" without a line.
func (w Warning) String() string {
	if w.Line > 0 {
		return w.File + ":" + strconv.Itoa(w.Line) + ": " + w.Message
	}
	return w.File + ": " + w.Message
}

// readableVersions are the schema versions whose claims documents
// ReadDocument accepts: version 2 changed the check report, not this
// envelope.
var readableVersions = map[string]bool{"1": true, SchemaVersion: true}

// ErrSchemaVersion is returned by [ReadDocument] for a document of a
// schema version it cannot read.
var ErrSchemaVersion = errors.New("unsupported schema_version")

// ReadDocument reads a claims document written by `concord extract
// --format json` (or by encoding a [Document] as JSON). Unknown keys are
// an error, so that a misspelt or newer field is not dropped silently.
func ReadDocument(r io.Reader) (*Document, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var d Document
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("claims document: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("claims document: unexpected data after the JSON object")
	}
	if !readableVersions[d.SchemaVersion] {
		return nil, fmt.Errorf("claims document: %w %q (want %q)", ErrSchemaVersion, d.SchemaVersion, SchemaVersion)
	}
	if d.Claims == nil {
		d.Claims = []Claim{}
	}
	return &d, nil
}
