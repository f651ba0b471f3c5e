package claims

// SchemaVersion is the version of the JSON encoding of claims, findings and
// reports. It changes only when a field is removed or changes meaning.
const SchemaVersion = "2"

// Span is a run of bytes in a document's original text:
// src[Offset:Offset+Length] == Text. For a saved web page, Offset and
// Length locate the HTML the text was rendered from, and Text is the
// rendered text (see package extract).
type Span struct {
	Offset int    `json:"offset"`
	Length int    `json:"length"`
	Text   string `json:"text"`
}

// End returns the offset just past the span.
func (s Span) End() int { return s.Offset + s.Length }

// SourceKind says what part of a document a claim was read from.
type SourceKind string

// Source kinds.
const (
	SourceSentence SourceKind = "sentence" // a sentence of running prose
	SourceListItem SourceKind = "list"     // a sentence of a "- " list item
	SourceInfobox  SourceKind = "infobox"  // one "- Key: value" infobox line
	SourceTitle    SourceKind = "title"    // the document title
)

// Citation is a bracketed citation marker such as "[36]" or
// "[better source needed]". Label is the text between the brackets.
type Citation struct {
	Label  string `json:"label"`
	Offset int    `json:"offset"`
	Length int    `json:"length"`
}

// Provenance says exactly where a claim's text comes from.
type Provenance struct {
	// Doc is the document name as given by the caller (a path on the
	// command line, or a name given with an io.Reader).
	Doc string `json:"doc"`
	// Section is the heading path from the outermost heading down, e.g.
	// ["January 2014", "7 January"]; for an infobox line it is
	// ["Infobox", Key].
	Section []string `json:"section"`
	// Line and Column are 1-based; Column counts bytes, so it agrees with
	// editors and with SARIF's default column unit when text is ASCII.
	Line   int `json:"line"`
	Column int `json:"column"`
	// Offset and Length locate the claim's text in the original bytes.
	Offset int `json:"offset"`
	Length int `json:"length"`
	// Kind is the part of the document the text comes from.
	Kind SourceKind `json:"kind"`
	// Citations are the citation markers belonging to the sentence: those
	// inside it and those that directly follow its final punctuation.
	Citations []Citation `json:"citations,omitempty"`
}

// Claim is one statement read from a document. A sentence with two dated
// clauses gives two claims with the same Text and Provenance, each with its
// own Clause and Date.
type Claim struct {
	// ID identifies the claim within one extraction: "<doc>#<n>".
	ID string `json:"id"`
	// Text is the whole sentence or infobox line the claim was drawn from,
	// exactly as in the document.
	Text       string     `json:"text"`
	Provenance Provenance `json:"provenance"`
	// Clause is the part of the sentence this claim covers; it equals the
	// whole sentence unless the sentence has several dated clauses.
	Clause Span `json:"clause"`
	// Date is when the claimed event happened, or nil when the text gives
	// no way to tell.
	Date       *TimeSpan  `json:"date"`
	Quantities []Quantity `json:"quantities"`
	Event      *Event     `json:"event,omitempty"`
	// Frames are the events the clause reports, with their participants'
	// roles; Event is the first frame's event.
	Frames      []Frame       `json:"frames,omitempty"`
	Mentions    []Mention     `json:"mentions"`
	Attribution []Attribution `json:"attribution,omitempty"`
	Hedges      []Hedge       `json:"hedges,omitempty"`
	// Aliases are names the text itself declares to be the same.
	Aliases []DeclaredAlias `json:"aliases,omitempty"`
	// Reported is when the account itself was given, where the clause
	// says so apart from the event ("activists said on Tuesday that ISIL
	// had taken the towns on Sunday": reported Tuesday, Date Sunday). It
	// is never compared with another claim's Date.
	Reported *TimeSpan `json:"reported,omitempty"`
}
