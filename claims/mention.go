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
// coding practice (ACLED event types, CAMEO-style verbs). It is the event of
// the claim's first [Frame], kept for readers of the frame-less encoding.
type Event struct {
	Type    EventType `json:"type"`
	Trigger Span      `json:"trigger"`
	// Negated is set for "did not capture", "failed to".
	Negated bool `json:"negated,omitempty"`
	// Denied is set when a party denies the claim ("ISIL denied the claim").
	Denied bool `json:"denied,omitempty"`
}

// EventType is one class of the event taxonomy. The classes are anchored on
// ACLED's event and sub-event types (ACLED Codebook, 2023), with CAMEO verb
// codes where ACLED has no type of its own:
//
//	class        ACLED (sub-)event type / CAMEO                  as in
//	capture      Battles: non-state actor overtakes territory,   captured, seized, overran, took (control
//	             government regains territory                    of), drove X out of, lost X to Y
//	withdraw     Strategic developments: non-violent transfer    withdrew, retreated, pulled out, fell
//	             of territory                                    back, gave up, abandoned, left
//	clash        Battles: armed clash                            clashes, fighting, battle, fought
//	attack       Violence against civilians: attack; assaults    attacked, stormed, raided, ambushed,
//	             not yet known to be a clash or a bombing        opened fire, offensive
//	bomb         Explosions/Remote violence: air or drone        car bomb, suicide attack, air strike,
//	             strike, suicide bomb, shelling, IED, grenade    shelled, detonated, blast
//	kill         fatalities of any event (ACLED's fatality       killed, died, dead, lost their lives,
//	             count): a casualty report                       death toll, left N dead
//	execute      Violence against civilians: attack on           executed, beheaded, massacred
//	             captives (CAMEO 1823)
//	assassinate  CAMEO 186: assassinate                          assassinated
//	abduct       Violence against civilians: abduction/forced    kidnapped, abducted, took prisoner,
//	             disappearance; Strategic developments: arrests  detained, arrested, captured (people)
//	release      CAMEO 0841: release persons                     released, freed, set free, swap
//	besiege      CAMEO 191: impose blockade                      besieged, surrounded, encircled
//	agreement    Strategic developments: agreement               truce, ceasefire, deal, agreed, signed
//	defect       Strategic developments: change to group         defected, deserted
//	ally         Strategic developments: change to group         merged, joined, allied, pledged allegiance
//	             (merger)
//	form         Strategic developments: change to group         formed, founded, established
//	             (new group)
//	announce     CAMEO 01: make public statement; declarations   announced, declared, proclaimed
//	deny         CAMEO 014: deny responsibility                  denied
//	protest      Protests: peaceful protest                      protested, demonstrated, marched
type EventType string

// The event taxonomy.
const (
	EventCapture     EventType = "capture"  // capture, seize, take control, overrun
	EventWithdraw    EventType = "withdraw" // withdraw, retreat, pull out
	EventClash       EventType = "clash"    // clashes, fighting, battle
	EventAttack      EventType = "attack"   // attack, assault, offensive, raid, storm
	EventKill        EventType = "kill"
	EventExecute     EventType = "execute"
	EventBomb        EventType = "bomb" // car bomb, suicide attack, air strike
	EventAssassinate EventType = "assassinate"
	EventAbduct      EventType = "abduct" // kidnap, abduct, take prisoner, detain
	EventBesiege     EventType = "besiege"
	EventRelease     EventType = "release" // release, free
	EventDefect      EventType = "defect"
	EventForm        EventType = "form" // form, found, establish
	EventAlly        EventType = "ally" // ally, merge, join
	EventAgreement   EventType = "agreement"
	EventAnnounce    EventType = "announce"
	EventDeny        EventType = "deny"
	EventProtest     EventType = "protest"
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
