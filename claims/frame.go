package claims

// Frame is one event a clause reports, with the part each participant
// plays in it, in the manner of a semantic frame (who did what to whom,
// where, and with what toll). A clause may report several events ("ISIL
// captured the town, killing 20 rebels": a capture and a kill), one frame
// each, in the order of their triggers.
//
// Roles index the claim's own lists, so a frame never copies a mention or
// a figure:
//   - Agents: who acted (captured, withdrew, attacked, killed, signed),
//     whatever the voice or phrasing ("was captured by X", "fighters of
//     X", "X's fighters", "forces loyal to X", "X claimed responsibility").
//   - Patients: the people or groups acted upon: the attacked, the killed,
//     the abducted, the side that lost ground ("lost Atmeh to ISIS": the
//     subject is the patient, ISIS the agent).
//   - Places: where it happened, including the place taken or left.
//   - Counts: the figures of this event (its dead, wounded, captives).
//
// The reporting source ("according to SOHR", "activists said") is never an
// agent or patient: it is the claim's Attribution, and its mention has
// [RoleSource].
type Frame struct {
	// Class is the event class (see [EventType] for the taxonomy).
	Class EventType `json:"class"`
	// Trigger is the word or phrase that names the event ("pulled out",
	// "death toll").
	Trigger Span `json:"trigger"`
	// Lemma is the dictionary form of the trigger's head word ("pull" for
	// "pulled out", "toll" for "death toll"), for comparison.
	Lemma string `json:"lemma,omitempty"`
	// Negated is set for "did not capture", "failed to take".
	Negated bool `json:"negated,omitempty"`
	// Denied is set when a party denies the event.
	Denied bool `json:"denied,omitempty"`
	// Agents, Patients and Places are indexes into Claim.Mentions.
	Agents   []int `json:"agents,omitempty"`
	Patients []int `json:"patients,omitempty"`
	Places   []int `json:"places,omitempty"`
	// Counts are indexes into Claim.Quantities.
	Counts []int `json:"counts,omitempty"`
	// Cause is, for a casualty report, the class of the event the toll is
	// attributed to ("died in the blast": bomb; "killed in the fighting":
	// clash), when the clause says.
	Cause EventType `json:"cause,omitempty"`
	// Continues, when set, is the clause of an earlier claim of the same
	// document whose event this clause goes on telling ("Twenty rebel
	// fighters died in the blast." after the sentence that told of the
	// bombing). A continuing frame shares that event's participants,
	// place and date where it names none of its own.
	Continues *Span `json:"continues,omitempty"`
}
