package claims

// Precision says how finely a date pins down when something happened, in
// the spirit of UCDP GED's date_prec.
type Precision string

// Precisions, finest first.
const (
	PrecisionDay     Precision = "day"
	PrecisionDays    Precision = "days" // a few days: a range, "the first few days"
	PrecisionWeek    Precision = "week"
	PrecisionMonth   Precision = "month"
	PrecisionSeason  Precision = "season"
	PrecisionYear    Precision = "year"
	PrecisionYears   Precision = "years"
	PrecisionUnknown Precision = ""
)

// Modifier qualifies an interval.
type Modifier string

// Modifiers. Before means the event happened on or before End ("By 28
// February"); Start is then only the earliest day the narrative allows.
// After means on or after Start ("since October").
const (
	ModNone   Modifier = ""
	ModStart  Modifier = "start" // "early 2014", "the beginning of October"
	ModMid    Modifier = "mid"
	ModEnd    Modifier = "end" // "late May"
	ModBefore Modifier = "before"
	ModAfter  Modifier = "after"
	ModApprox Modifier = "approximate"
)

// Anchor says how a date was fixed.
type Anchor string

// Anchors.
const (
	AnchorExplicit Anchor = "explicit"  // the text gives the full date
	AnchorHeading  Anchor = "heading"   // year or month from a heading
	AnchorTitle    Anchor = "title"     // year from the document title
	AnchorPrevious Anchor = "previous"  // year or month from the last date mentioned
	AnchorRelative Anchor = "relative"  // an offset from the last date ("the next day")
	AnchorInherit  Anchor = "inherited" // no date of its own: the narrative date
	AnchorDocument Anchor = "document"  // counted from the document's own date ("on Friday" in a dated report)
)

// TimeSpan is an inclusive interval of calendar days.
type TimeSpan struct {
	Start     Day       `json:"start"`
	End       Day       `json:"end"`
	Precision Precision `json:"precision"`
	Modifier  Modifier  `json:"modifier,omitempty"`
	// Span is the expression the date was read from; for an inherited date
	// it is the expression of the date inherited.
	Span   Span   `json:"span"`
	Anchor Anchor `json:"anchor"`
	// Inherited is true when the claim has no date of its own and takes the
	// narrative date.
	Inherited bool `json:"inherited,omitempty"`
	// LowConfidence marks a date anchored across a gap the text does not
	// bridge (a relative date in an excerpt), so reconciliation may prefer
	// an aligned account's date.
	LowConfidence bool `json:"low_confidence,omitempty"`
	// InheritedFrom says, for an inherited date, how the date inherited was
	// fixed: AnchorHeading when a section heading gives it (a timeline's
	// day), AnchorDocument when it is the document's own date (a
	// dateline), otherwise how the narrative's last date was fixed. An
	// account that files a sentence under a day heading dates the event by
	// it, so such a date is compared like a date of the sentence's own.
	InheritedFrom Anchor `json:"inherited_from,omitempty"`
	// Base is, for a relative date ("Four days later"), the expression of
	// the date it counts from, so that a date that moved only because its
	// base moved can be traced to it.
	Base *Span `json:"base,omitempty"`
	// Period is set when the interval is a duration the text asserts from
	// start to end ("28 April – 31 May 2017" in an infobox, "from 3 to 9
	// March"), rather than an uncertain point ("between 15 and 17
	// January"): its start and end are then facts of their own.
	Period bool `json:"period,omitempty"`
}

// Bounds returns the interval to test for compatibility: with ModBefore the
// start is open, with ModAfter the end is open. ok reports whether each
// bound is finite.
func (t TimeSpan) Bounds() (lo Day, hasLo bool, hi Day, hasHi bool) {
	lo, hi, hasLo, hasHi = t.Start, t.End, true, true
	switch t.Modifier {
	case ModBefore:
		hasLo = false
	case ModAfter:
		hasHi = false
	}
	return lo, hasLo, hi, hasHi
}

// Overlaps reports whether two spans can describe the same day, honouring
// open bounds.
func (t TimeSpan) Overlaps(u TimeSpan) bool {
	alo, aHasLo, ahi, aHasHi := t.Bounds()
	blo, bHasLo, bhi, bHasHi := u.Bounds()
	if aHasLo && bHasHi && alo > bhi {
		return false
	}
	if bHasLo && aHasHi && blo > ahi {
		return false
	}
	return true
}
