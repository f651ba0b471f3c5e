package claims

// DateSource says where a document's own date comes from.
type DateSource string

// Date sources, in the order a document's own date is chosen: a date
// the user gives overrides the others; a dateline's date ("BEIRUT, 14
// January 2014 (Reuters) -", the day the report was filed) comes before
// the publication date of the metadata, which comes before a
// publication line in the text.
const (
	// DateFromUser: given by the caller (`--published FILE=DATE`,
	// extract.Source.Published).
	DateFromUser DateSource = "user"
	// DateFromDateline: the date of the dateline the report opens with.
	DateFromDateline DateSource = "dateline"
	// DateFromFrontMatter: a "date:" or "published:" key of the
	// "---" block a document opens with.
	DateFromFrontMatter DateSource = "front-matter"
	// DateFromMetaTag: a saved web page's metadata: a <meta> tag
	// (article:published_time, name="date"), JSON-LD datePublished, or
	// the <time datetime> of the article's header.
	DateFromMetaTag DateSource = "meta-tag"
	// DateFromPublication: a line of the text that only gives the date
	// ("Published January 13, 2014", "Last Updated : Jan 27 2014").
	DateFromPublication DateSource = "publication-line"
)

// DateReading is a document's own date and where it was read.
type DateReading struct {
	// Date is the day. A timestamp is read as the calendar day it
	// names in its own time zone ("2014-01-13T23:30:00-05:00" is 13
	// January), the day the page showed its readers.
	Date   Day        `json:"date"`
	Source DateSource `json:"source"`
	// Span is the expression the date was read from, in the document's
	// bytes: a dateline's date, a publication line's date, a front
	// matter value, a meta tag's content. It is nil for a date the user
	// gave. Line and Column (1-based, bytes) are where the span starts.
	Span   *Span `json:"span,omitempty"`
	Line   int   `json:"line,omitempty"`
	Column int   `json:"column,omitempty"`
}

// DocumentDate is the date a document carries of itself: when a news
// report was filed or published, the day its "on Friday", "yesterday"
// and "earlier this month" count from. [Document].DocumentDates lists
// one for every document that has one.
type DocumentDate struct {
	// Document is the document's name, as in [Document].Documents.
	Document string `json:"document"`
	// The date the document was read with.
	DateReading
	// Replaced is the date the document would have been read with
	// otherwise, when a date of higher rank replaced it: the dateline or
	// publication line a user's date overrode, or the publication line
	// a meta tag's date came before. It is nil when nothing was
	// replaced.
	Replaced *DateReading `json:"replaced,omitempty"`
}
