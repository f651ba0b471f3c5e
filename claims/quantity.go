package claims

// Qualifier says how a number was hedged in the text.
type Qualifier string

// Qualifiers.
const (
	QualExact    Qualifier = "exact"
	QualAtLeast  Qualifier = "at-least"  // "at least 90", "2,764+"
	QualMoreThan Qualifier = "more-than" // "more than 120", "over 1,000"
	QualUpTo     Qualifier = "up-to"     // "up to 50"
	QualLessThan Qualifier = "less-than" // "fewer than 10", "under 5"
	QualApprox   Qualifier = "approximate"
	QualRange    Qualifier = "range" // "5,641–6,991"
	QualVague    Qualifier = "vague" // "dozens", "hundreds"
)

// QuantityKind separates counts from measures that are never counts.
type QuantityKind string

// Quantity kinds.
const (
	KindCount    QuantityKind = "count"
	KindPercent  QuantityKind = "percent"
	KindDistance QuantityKind = "distance"
	KindDuration QuantityKind = "duration"
	KindMoney    QuantityKind = "money"
	KindOther    QuantityKind = "other"
)

// Quantity is a number read as an interval. A nil bound is open.
type Quantity struct {
	Low  *float64 `json:"low"`
	High *float64 `json:"high"`
	// LowExclusive is set for "more than N": the true value is above Low.
	LowExclusive  bool         `json:"low_exclusive,omitempty"`
	HighExclusive bool         `json:"high_exclusive,omitempty"`
	Qualifier     Qualifier    `json:"qualifier"`
	Kind          QuantityKind `json:"kind"`
	// Unit for measures ("km", "percent", "hours"); empty for counts.
	Unit string `json:"unit,omitempty"`
	// Subject is what is counted, as written ("rebel fighters").
	Subject string `json:"subject,omitempty"`
	// Category is what happened to it: killed, executed, wounded, captured,
	// freed, defected, fighters, displaced, ... (empty when unknown).
	Category string `json:"category,omitempty"`
	// Participant is the class of what is counted, normalised from the
	// subject so that accounts in other words compare: "combatants"
	// (fighters, militants, members, troops, soldiers, gunmen),
	// "civilians", "people" (a total of any kind), "prisoners" (captives,
	// hostages, detainees), "commanders", or the subject's head noun for
	// anything else ("vehicles", "villages"). Empty when unknown.
	Participant string `json:"participant,omitempty"`
	// Side is the party the counted belong to, as written ("ISIS",
	// "Ahfad al-Rasul Brigades") or as a generic side ("rebels",
	// "government"), empty when the text does not say. Reconciliation
	// resolves named sides to entities.
	Side string `json:"side,omitempty"`
	Span Span   `json:"span"`
	// PartOf is the index, within the claim's Quantities, of the total this
	// number is a part of ("26 people, of which 23 were rebel fighters"),
	// or -1.
	PartOf int `json:"part_of"`
	// AlternativeTo names the claim and quantity index this number is an
	// alternative report of ("Another report put the number ... at 100"),
	// as "<claim id>/<index>".
	AlternativeTo string `json:"alternative_to,omitempty"`
	// Revision is set when the alternative is a later revision of the
	// figure ("The SOHR later put the death toll at 270") rather than a
	// competing account.
	Revision bool `json:"revision,omitempty"`
}

// Overlaps reports whether two quantities can be the same number,
// honouring open and exclusive bounds.
func (q Quantity) Overlaps(r Quantity) bool {
	return !below(q, r) && !below(r, q)
}

// below reports whether every value of a lies below every value of b.
func below(a, b Quantity) bool {
	if a.High == nil || b.Low == nil {
		return false
	}
	if *a.High < *b.Low {
		return true
	}
	if *a.High == *b.Low && (a.HighExclusive || b.LowExclusive) {
		return true
	}
	return false
}
