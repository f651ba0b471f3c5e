package claims

// MentionKind is the kind of thing a mention names.
type MentionKind string

// Mention kinds.
const (
	MentionPerson  MentionKind = "person"
	MentionGroup   MentionKind = "group"
	MentionPlace   MentionKind = "place"
	MentionGeneric MentionKind = "generic" // "rebels", "government forces"
	MentionOther   MentionKind = "other"
)

// Role is the part a mention plays in the claim's event.
type Role string

// Roles.
const (
	RoleNone    Role = ""
	RoleAgent   Role = "agent"
	RolePatient Role = "patient"
	RolePlace   Role = "place"
	RoleSource  Role = "source"
)

// Mention is a named person, group or place, or a generic actor.
type Mention struct {
	Text string      `json:"text"`
	Span Span        `json:"span"`
	Kind MentionKind `json:"kind"`
	Role Role        `json:"role,omitempty"`
	// Entity is the canonical entity the mention resolves to; filled by
	// reconciliation, empty after extraction.
	Entity string `json:"entity,omitempty"`
}

// Event is what happened, from a small vocabulary drawn from conflict-event
// coding practice (ACLED event types, CAMEO-style verbs).
type Event struct {
	Type    EventType `json:"type"`
	Trigger Span      `json:"trigger"`
	// Negated is set for "did not capture", "failed to".
	Negated bool `json:"negated,omitempty"`
	// Denied is set when a party denies the claim ("ISIL denied the claim").
	Denied bool `json:"denied,omitempty"`
}

// EventType is one entry of the event vocabulary.
type EventType string

// The event vocabulary.
const (
	EventCapture     EventType = "capture"  // capture, seize, take control, overrun
	EventWithdraw    EventType = "withdraw" // withdraw, retreat, pull out
	EventAttack      EventType = "attack"   // attack, assault, offensive, clash
	EventKill        EventType = "kill"
	EventExecute     EventType = "execute"
	EventBomb        EventType = "bomb" // car bomb, suicide attack, air strike
	EventAssassinate EventType = "assassinate"
	EventBesiege     EventType = "besiege"
	EventRelease     EventType = "release" // release, free
	EventDefect      EventType = "defect"
	EventForm        EventType = "form" // form, found, establish
	EventAlly        EventType = "ally" // ally, merge, join
	EventAgreement   EventType = "agreement"
	EventAnnounce    EventType = "announce"
	EventDeny        EventType = "deny"
	EventOther       EventType = "other"
)

// Attribution is the source a claim is credited to.
type Attribution struct {
	// Source is the credited party as written ("SOHR", "opposition sources").
	Source string `json:"source"`
	// Cue is the reporting expression ("according to", "reported", "told").
	Cue  string `json:"cue"`
	Span Span   `json:"span"`
}

// Hedge is a cue that weakens a claim: reportedly, allegedly, unconfirmed.
type Hedge struct {
	Cue  string `json:"cue"`
	Span Span   `json:"span"`
}

// AliasRelation is how a text declares two names to be one.
type AliasRelation string

// Alias relations.
const (
	AliasAKA          AliasRelation = "aka"          // "(aka Haji Bakr)", "also known as"
	AliasAbbreviation AliasRelation = "abbreviation" // "Tahrir al-Sham (HTS)"
	AliasTranslation  AliasRelation = "translation"  // "Army of Revolutionaries (Jaysh al-Thuwar)"
	AliasRenamed      AliasRelation = "renamed"      // "new brand", "relaunched version of"
)

// DeclaredAlias is a pair of names a text itself declares to be the same
// entity. For a renaming, Name is the new name and Alias the old one, and
// Since is when the new name took effect, if the text says.
type DeclaredAlias struct {
	Name     Span          `json:"name"`
	Alias    Span          `json:"alias"`
	Relation AliasRelation `json:"relation"`
	Since    *TimeSpan     `json:"since,omitempty"`
}
