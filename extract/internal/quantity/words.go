package quantity

import (
	"github.com/concordfacts/concord/claims"
)

// Word lists of the quantity finder. All keys are lower case.

// qualifier is how a number is hedged before it is turned into an interval.
type qualifier uint8

const (
	qualNone qualifier = iota
	qualAtLeast
	qualMoreThan
	qualUpTo
	qualLessThan
	qualNearly // a bracket below N: [0.9N, N]
	qualApprox // a bracket around N: [0.9N, 1.1N]
	qualBetween
	qualFrom
)

// qualPhrase is a qualifier written before a number.
type qualPhrase struct {
	words []string
	q     qualifier
}

// qualifiers are the hedges read before a number, longest first where
// one is a prefix of another.
var qualifiers = []qualPhrase{
	{[]string{"at", "least"}, qualAtLeast},
	{[]string{"no", "fewer", "than"}, qualAtLeast},
	{[]string{"no", "less", "than"}, qualAtLeast},
	{[]string{"not", "less", "than"}, qualAtLeast},
	{[]string{"a", "minimum", "of"}, qualAtLeast},
	{[]string{"slightly", "more", "than"}, qualMoreThan},
	{[]string{"far", "more", "than"}, qualMoreThan},
	{[]string{"well", "over"}, qualMoreThan},
	{[]string{"just", "over"}, qualMoreThan},
	{[]string{"more", "than"}, qualMoreThan},
	{[]string{"greater", "than"}, qualMoreThan},
	{[]string{"upwards", "of"}, qualMoreThan},
	{[]string{"in", "excess", "of"}, qualMoreThan},
	{[]string{"over"}, qualMoreThan},
	{[]string{"above"}, qualMoreThan},
	{[]string{"up", "to"}, qualUpTo},
	{[]string{"as", "many", "as"}, qualUpTo},
	{[]string{"at", "most"}, qualUpTo},
	{[]string{"a", "maximum", "of"}, qualUpTo},
	{[]string{"no", "more", "than"}, qualUpTo},
	{[]string{"not", "more", "than"}, qualUpTo},
	{[]string{"younger", "than"}, qualLessThan},
	{[]string{"older", "than"}, qualMoreThan},
	{[]string{"just", "under"}, qualLessThan},
	{[]string{"less", "than"}, qualLessThan},
	{[]string{"fewer", "than"}, qualLessThan},
	{[]string{"under"}, qualLessThan},
	{[]string{"below"}, qualLessThan},
	{[]string{"nearly"}, qualNearly},
	{[]string{"almost"}, qualNearly},
	{[]string{"close", "to"}, qualNearly},
	{[]string{"approaching"}, qualNearly},
	{[]string{"around"}, qualApprox},
	{[]string{"about"}, qualApprox},
	{[]string{"approximately"}, qualApprox},
	{[]string{"approx", "."}, qualApprox},
	{[]string{"roughly"}, qualApprox},
	{[]string{"some"}, qualApprox},
	{[]string{"an", "estimated"}, qualApprox},
	{[]string{"estimated"}, qualApprox},
	{[]string{"circa"}, qualApprox},
	{[]string{"more", "or", "less"}, qualApprox},
	{[]string{"in", "the", "region", "of"}, qualApprox},
	{[]string{"on", "the", "order", "of"}, qualApprox},
	{[]string{"between"}, qualBetween},
	{[]string{"from"}, qualFrom},
}

// changeVerbs before "from X to Y" make it a change, not a range.
var changeVerbs = map[string]bool{
	"rose": true, "risen": true, "rising": true, "increased": true, "increasing": true,
	"grew": true, "grown": true, "climbed": true, "jumped": true, "fell": true,
	"fallen": true, "dropped": true, "decreased": true, "declined": true,
	"went": true, "gone": true, "raised": true, "lowered": true, "reduced": true,
	"revised": true, "increase": true, "decrease": true, "rise": true, "drop": true,
	"up": true, "down": true,
}

// designators are capitalised nouns after which a plain number is a name
// ("Division 17", "Brigade 93", "Resolution 2254"), not an amount.
var designators = map[string]bool{
	"division": true, "brigade": true, "brigades": true, "regiment": true,
	"battalion": true, "battalions": true, "corps": true, "company": true,
	"squadron": true, "wing": true, "fleet": true, "unit": true, "base": true,
	"route": true, "highway": true, "road": true, "street": true, "resolution": true,
	"article": true, "chapter": true, "section": true, "clause": true, "room": true,
	"flight": true, "phase": true, "gate": true, "sector": true, "zone": true,
	"block": true, "building": true, "hill": true, "station": true, "camp": true,
	"platoon": true, "team": true, "number": true, "no": true, "nos": true,
	"vol": true, "volume": true, "page": true, "pp": true, "p": true, "type": true,
	"model": true, "mark": true, "mk": true, "level": true, "grade": true,
	"class": true, "category": true, "stage": true, "round": true, "season": true,
	"episode": true, "part": true, "act": true, "line": true, "terminal": true,
	"ward": true, "precinct": true, "cell": true, "wave": true, "checkpoint": true,
	"tower": true, "interstate": true, "channel": true,
	"district": true, "apollo": true,
	"operation": true, "task": true, "code": true, "hangar": true, "airbase": true,
	"post": true, "point": true, "kilometre": true, "kilometer": true, "km": true,
}

// measure is a measure unit word.
type measure struct {
	kind claims.QuantityKind
	unit string
}

// unitWords are unit words read after a number. Singular and plural forms
// are both listed because "a 24-hour ultimatum" uses the singular.
var unitWords = map[string]measure{
	"kilometers": {claims.KindDistance, "km"}, "kilometer": {claims.KindDistance, "km"},
	"kilometres": {claims.KindDistance, "km"}, "kilometre": {claims.KindDistance, "km"},
	"km": {claims.KindDistance, "km"}, "kms": {claims.KindDistance, "km"},
	"miles": {claims.KindDistance, "mi"}, "mile": {claims.KindDistance, "mi"},
	"meters": {claims.KindDistance, "m"}, "meter": {claims.KindDistance, "m"},
	"metres": {claims.KindDistance, "m"}, "metre": {claims.KindDistance, "m"},
	"feet": {claims.KindDistance, "ft"}, "foot": {claims.KindDistance, "ft"},
	"ft": {claims.KindDistance, "ft"}, "yards": {claims.KindDistance, "yd"},
	"yard": {claims.KindDistance, "yd"}, "centimeters": {claims.KindDistance, "cm"},
	"centimetres": {claims.KindDistance, "cm"}, "millimeters": {claims.KindDistance, "mm"},
	"millimetres": {claims.KindDistance, "mm"},

	"seconds": {claims.KindDuration, "seconds"}, "second": {claims.KindDuration, "seconds"},
	"minutes": {claims.KindDuration, "minutes"}, "minute": {claims.KindDuration, "minutes"},
	"hours": {claims.KindDuration, "hours"}, "hour": {claims.KindDuration, "hours"},
	"hrs": {claims.KindDuration, "hours"}, "hr": {claims.KindDuration, "hours"},
	"days": {claims.KindDuration, "days"}, "day": {claims.KindDuration, "days"},
	"nights": {claims.KindDuration, "nights"}, "night": {claims.KindDuration, "nights"},
	"weeks": {claims.KindDuration, "weeks"}, "week": {claims.KindDuration, "weeks"},
	"months": {claims.KindDuration, "months"}, "month": {claims.KindDuration, "months"},
	"years": {claims.KindDuration, "years"}, "year": {claims.KindDuration, "years"},
	"decades": {claims.KindDuration, "decades"}, "decade": {claims.KindDuration, "decades"},
	"centuries": {claims.KindDuration, "centuries"}, "century": {claims.KindDuration, "centuries"},

	"percent": {claims.KindPercent, "percent"}, "pct": {claims.KindPercent, "percent"},

	"dollars": {claims.KindMoney, "USD"}, "dollar": {claims.KindMoney, "USD"},
	"euros": {claims.KindMoney, "EUR"}, "euro": {claims.KindMoney, "EUR"},
	"pounds": {claims.KindMoney, "pounds"}, "lira": {claims.KindMoney, "lira"},
	"liras": {claims.KindMoney, "lira"}, "riyals": {claims.KindMoney, "riyals"},
	"dinars": {claims.KindMoney, "dinars"}, "rubles": {claims.KindMoney, "rubles"},
	"roubles": {claims.KindMoney, "rubles"},

	"kilograms": {claims.KindOther, "kg"}, "kilogram": {claims.KindOther, "kg"},
	"kg": {claims.KindOther, "kg"}, "tonnes": {claims.KindOther, "t"},
	"tonne": {claims.KindOther, "t"}, "tons": {claims.KindOther, "t"},
	"ton": {claims.KindOther, "t"}, "litres": {claims.KindOther, "l"},
	"liters": {claims.KindOther, "l"}, "barrels": {claims.KindOther, "barrels"},
	"hectares": {claims.KindOther, "ha"}, "acres": {claims.KindOther, "acres"},
	"degrees": {claims.KindOther, "degrees"},
}

// attachedUnits are unit abbreviations written against the digits
// ("80km"). Any other letters against digits make a designation or an
// ordinal ("46th", "16px", "1990s").
var attachedUnits = map[string]measure{
	"km": {claims.KindDistance, "km"}, "kms": {claims.KindDistance, "km"},
	"m": {claims.KindDistance, "m"}, "mi": {claims.KindDistance, "mi"},
	"ft": {claims.KindDistance, "ft"}, "cm": {claims.KindDistance, "cm"},
	"mm": {claims.KindDistance, "mm"}, "kg": {claims.KindOther, "kg"},
	"h": {claims.KindDuration, "hours"}, "hrs": {claims.KindDuration, "hours"},
}

// categoryWords returns the verbs and nouns that say what happened to
// what is counted, each with its category.
func categoryWords() map[string]string {
	categories := map[string]string{}
	add := func(cat string, words ...string) {
		for _, w := range words {
			categories[w] = cat
		}
	}
	add("killed", "kill", "kills", "killed", "killing", "dead", "died", "die", "dies",
		"dying", "deaths", "death", "massacred", "massacring", "slain", "slew",
		"slaughtered", "perished", "fatalities", "fatality", "bodies", "corpses",
		"martyred", "assassinated", "drowned", "massacres", "assassinates")
	add("executed", "executed", "executing", "execute", "executes", "execution",
		"executions", "beheaded", "beheading", "beheadings", "hanged", "beheads")
	add("wounded", "wounded", "wounding", "wounds", "injured", "injuring",
		"injuries", "injury", "hurt", "maimed", "injures", "wound")
	add("captured", "captured", "capturing", "capture", "seized", "seizing",
		"kidnapped", "kidnapping", "abducted", "abducting", "abduction", "surrendered",
		"recaptured", "recapturing", "overran", "overrun", "taken", "captures",
		"seizes", "kidnaps", "abducts", "recaptures")
	add("freed", "freed", "freeing", "released", "releasing", "release", "escaped",
		"escaping", "escape", "rescued", "rescuing", "liberated", "exchanged", "swapped",
		"releases", "frees", "rescues")
	add("defected", "defected", "defecting", "defect", "defection", "defections",
		"deserted", "deserting", "desertions")
	add("arrested", "arrested", "arresting", "arrests", "arrest", "detained",
		"detaining", "detention", "jailed", "imprisoned", "detains")
	add("displaced", "displaced", "displacing", "fled", "fleeing", "homeless")
	add("evacuated", "evacuated", "evacuating", "evacuation", "evacuate")
	add("besieged", "besieged", "besieging", "trapped", "encircled", "surrounded")
	add("missing", "missing", "disappeared")
	add("casualties", "casualties", "casualty", "losses")
	add("fighters", "strong")
	return categories
}

// categoryNouns are the nouns of "the bodies of 70 rebels", "the release
// of 300 hostages": the category comes from the noun before "of".
var categoryNouns = map[string]string{
	"bodies": "killed", "corpses": "killed", "remains": "killed", "deaths": "killed",
	"death": "killed", "killing": "killed", "killings": "killed", "massacre": "killed",
	"execution": "executed", "executions": "executed", "beheading": "executed",
	"release": "freed", "escape": "freed", "capture": "captured", "kidnapping": "captured",
	"abduction": "captured", "arrest": "arrested", "arrests": "arrested",
	"detention": "arrested", "evacuation": "evacuated", "defection": "defected",
	"displacement": "displaced", "cost": "casualties", "loss": "casualties",
	"losses": "casualties", "lives": "killed",
}

// sourceNouns count sources, not what they report ("according to two
// reports, 30 rebels were killed"): such a number gets kind other.
var sourceNouns = map[string]bool{
	"report": true, "reports": true, "source": true, "sources": true,
	"account": true, "accounts": true, "estimate": true, "estimates": true,
	"witness": true, "witnesses": true, "survey": true, "surveys": true,
	"study": true, "studies": true, "activist": true,
}

// tollNouns head "the death toll at 50", "the number of executed
// prisoners at 100".
var tollNouns = map[string]bool{
	"toll": true, "number": true, "tally": true, "figure": true, "count": true,
	"total": true, "estimate": true, "numbers": true, "figures": true,
}

// tollModifiers say what a toll counts ("death toll").
var tollModifiers = map[string]string{
	"death": "killed", "casualty": "casualties", "injury": "wounded",
	"fatality": "killed", "body": "killed",
}

// combatants are subject heads that, with no other category, count the
// strength of a force ("a unit of 600 fighters").
var combatants = map[string]bool{
	"fighters": true, "militants": true, "troops": true, "soldiers": true, "men": true,
	"combatants": true, "gunmen": true, "jihadists": true, "recruits": true,
	"personnel": true, "volunteers": true, "insurgents": true, "guerrillas": true,
	"mercenaries": true, "rebels": true, "militiamen": true, "fighter": true,
	"attackers": true, "assailants": true, "raiders": true, "infiltrators": true,
}

// countNouns after a year-like number make it a count ("2000 people").
var countNouns = map[string]bool{
	"people": true, "persons": true, "civilians": true, "residents": true,
	"refugees": true, "prisoners": true, "hostages": true, "children": true,
	"women": true, "families": true, "members": true, "others": true,
	"households": true, "villages": true, "vehicles": true,
}

// npStop ends the noun phrase of what is counted.
var npStop = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "in": true, "on": true,
	"at": true, "from": true, "to": true, "by": true, "with": true, "of": true,
	"for": true, "during": true, "after": true, "before": true, "since": true,
	"while": true, "who": true, "whom": true, "whose": true, "which": true, "that": true,
	"were": true, "was": true, "is": true, "are": true, "be": true, "been": true,
	"being": true, "had": true, "have": true, "has": true, "will": true,
	"would": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "can": true, "did": true, "do": true, "does": true, "the": true,
	"a": true, "an": true, "including": true, "as": true, "than": true, "per": true,
	"near": true, "across": true, "into": true, "onto": true, "under": true,
	"over": true, "against": true, "between": true, "among": true, "through": true,
	"toward": true, "towards": true, "inside": true, "outside": true,
	"within": true, "around": true, "along": true, "amid": true, "despite": true,
	"when": true, "where": true, "if": true, "because": true, "although": true,
	"though": true, "also": true, "then": true, "there": true, "here": true,
	"this": true, "these": true, "those": true, "it": true, "its": true,
	"they": true, "them": true, "their": true, "he": true, "she": true, "his": true,
	"her": true, "we": true, "our": true, "you": true, "not": true, "no": true,
	"all": true, "both": true, "each": true, "every": true, "according": true,
	"another": true, "such": true, "so": true, "only": true, "just": true,
	"about": true, "more": true, "less": true, "fewer": true, "most": true,
	"later": true, "earlier": true, "ago": true, "again": true, "now": true,
	"still": true, "too": true, "very": true, "out": true, "up": true, "down": true,
	"off": true, "away": true, "back": true, "via": true, "like": true,
	"unlike": true, "whereas": true, "whilst": true, "until": true, "till": true,
	"upon": true, "behind": true, "beyond": true, "above": true, "below": true,
	"beside": true, "besides": true, "except": true, "plus": true, "what": true,
	"how": true, "why": true, "said": true, "says": true, "say": true,
	"reported": true, "belonging": true,
	"'s": true, "either": true, "neither": true, "whether": true, "thus": true,
	"however": true, "instead": true, "yet": true, "even": true,
	"overnight": true, "today": true, "yesterday": true, "tonight": true,
	"daily": true, "nationwide": true, "altogether": true, "apiece": true,
	"respectively": true, "simultaneously": true, "early": true, "late": true,
	"recently": true, "overall": true, "alone": true, "together": true,
	"younger": true, "older": true, "aged": true,
}

// mannerVerbs say how people were killed: "shot dead", "beaten to
// death", "gunned down".
var mannerVerbs = map[string]bool{
	"shot": true, "beaten": true, "stabbed": true, "burned": true, "burnt": true,
	"hacked": true, "stoned": true, "tortured": true, "starved": true,
	"gunned": true, "mowed": true, "cut": true, "crushed": true, "bludgeoned": true,
	"clubbed": true, "hanged": true, "frozen": true, "worked": true,
}

// eventNouns name events: a toll "of the bombing" counts no bombings.
var eventNouns = map[string]bool{
	"attack": true, "attacks": true, "blast": true, "blasts": true, "explosion": true,
	"explosions": true, "war": true, "clashes": true, "clash": true, "strike": true,
	"strikes": true, "airstrike": true, "airstrikes": true, "raid": true, "raids": true,
	"ambush": true, "offensive": true, "assault": true, "battle": true, "massacre": true,
	"earthquake": true, "fire": true, "flood": true, "floods": true, "storm": true,
	"violence": true, "conflict": true, "crash": true, "incident": true, "siege": true,
	"uprising": true, "disaster": true, "epidemic": true, "outbreak": true, "unrest": true,
	"protests": true, "riots": true, "operation": true, "campaign": true,
}

// partQuantifiers open a part set off after what is counted: ", many of
// them women and children,".
var partQuantifiers = map[string]bool{
	"many": true, "most": true, "some": true, "all": true, "several": true,
	"both": true, "half": true, "few": true, "none": true, "each": true,
}

// stateWords say what became of people, written as a noun or an
// adjective: "Seventeen of the dead", "40 dead among the rebels", "of
// those killed".
var stateWords = map[string]bool{
	"dead": true, "killed": true, "slain": true, "wounded": true, "injured": true,
	"hurt": true, "missing": true, "captured": true, "detained": true,
	"arrested": true, "executed": true, "kidnapped": true, "abducted": true,
	"displaced": true, "evacuated": true,
}

// genericTotals are nouns that count people of any kind: in "Nine of the
// victims were police officers" the predicate says what the part is.
var genericTotals = map[string]bool{
	"people": true, "persons": true, "individuals": true, "victims": true,
	"casualties": true, "fatalities": true, "bodies": true, "dead": true,
}

// captiveStates end "took 12 others prisoner": what happened, not what is
// counted.
var captiveStates = map[string]bool{"prisoner": true, "captive": true, "hostage": true}

// captiveNouns are counted people that a form of "take" captures ("took
// 40 hostages").
var captiveNouns = map[string]bool{
	"prisoners": true, "captives": true, "hostages": true,
	"prisoner": true, "captive": true, "hostage": true,
}

// placeNouns are counted places that a form of "take" captures ("took
// three villages").
var placeNouns = map[string]bool{
	"villages": true, "towns": true, "cities": true, "positions": true,
	"checkpoints": true, "bases": true, "hills": true, "districts": true,
	"neighbourhoods": true, "neighborhoods": true, "outposts": true,
}

// minors before "under 15" make the number an age.
var minors = map[string]bool{
	"children": true, "boys": true, "girls": true, "minors": true, "kids": true,
	"teenagers": true, "youths": true,
}

// weekdays and timeNouns possess times, not forces ("Saturday's 30
// dead", "last year's 200 deaths").
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

var timeNouns = map[string]bool{
	"day": true, "week": true, "month": true, "year": true, "today": true,
	"yesterday": true, "tonight": true, "night": true, "weekend": true,
	"morning": true, "evening": true, "afternoon": true,
}

// fractionWords after a number make it a fraction ("two thirds of the
// fighters"), not a count.
var fractionWords = map[string]bool{
	"half": true, "halves": true, "third": true, "thirds": true, "quarter": true,
	"quarters": true, "fifth": true, "fifths": true, "sixth": true, "sixths": true,
	"seventh": true, "sevenths": true, "eighth": true, "eighths": true,
	"ninth": true, "ninths": true, "tenth": true, "tenths": true,
}

// titleLower are the words a title-case headline leaves in lower case
// (and the possessive "'s", which titleCase reads from its flag).
var titleLower = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true,
	"but": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "by": true, "as": true, "from": true, "with": true, "into": true,
}

// rightSkip are words passed over between what is counted and the verb
// that says what happened to it ("were reportedly killed").
var rightSkip = map[string]bool{
	"who": true, "that": true, "which": true, "had": true, "have": true, "has": true,
	"were": true, "was": true, "are": true, "is": true, "be": true, "been": true,
	"being": true, "also": true, "all": true, "later": true, "reported": true,
	"said": true, "believed": true, "thought": true, "estimated": true,
	"confirmed": true, "to": true, "subsequently": true, "eventually": true,
	"then": true, "each": true, "both": true, "managed": true, "able": true,
	"as": true, "well": true, "either": true, "not": true, "reportedly": true,
	"allegedly": true, "apparently": true, "got": true, "get": true, "soon": true,
	"just": true, "already": true, "since": true, "now": true,
	"set": true, "found": true, "left": true, "held": true,
	"sustained": true, "suffered": true,
}

// prepositions open a phrase that may sit between what is counted and
// its verb ("40 rebel fighters from all sides were killed").
var prepositions = map[string]bool{
	"in": true, "from": true, "at": true, "near": true, "on": true, "inside": true,
	"of": true, "across": true, "around": true, "outside": true, "within": true,
	"during": true, "throughout": true, "with": true, "belonging": true,
	"loyal": true, "allied": true, "under": true, "among": true,
}

// leftSkip are words passed over between a verb and its number
// ("executed a total of 4,225", "killed another 12").
var leftSkip = map[string]bool{
	"the": true, "a": true, "an": true, "another": true, "additional": true,
	"further": true, "total": true, "also": true, "had": true, "have": true,
	"has": true, "then": true, "all": true, "as": true, "were": true, "was": true,
	"some": true, "included": true, "includes": true, "include": true,
}

// clauseBreak ends a leftward search for a verb.
var clauseBreak = map[string]bool{
	"while": true, "when": true, "but": true, "which": true, "who": true,
	"whom": true, "after": true, "before": true, "because": true, "although": true,
	"though": true, "whereas": true, "whilst": true, "that": true, "since": true,
	"until": true, "if": true, "as": true, "where": true, "however": true,
}

// partTriggers introduce the parts of a total ("26 people, of which 23
// were rebel fighters"; "66 combatants, including 11 ISIL fighters").
var partTriggers = [][]string{
	{"including"}, {"includes"}, {"included"}, {"of", "which"}, {"of", "whom"},
	{"among", "them"}, {"among", "whom"}, {"among", "which"}, {"among", "those"},
	{"amongst", "them"}, {"mostly"}, {"mainly"}, {"most", "of", "them"},
	{"of", "these"}, {"of", "those"}, {"of", "them"},
}

// relativeAfter after a duration make it a relative date ("two days
// later"), which the date tagger reads; it is not a quantity.
var relativeAfter = map[string]bool{
	"later": true, "earlier": true, "ago": true, "afterwards": true, "afterward": true,
	"beforehand": true, "prior": true, "previously": true, "before": true, "after": true,
	"hence": true, "since": true,
}

// relativeBefore before a duration make it a relative date ("within the
// past three years", "the next two days").
var relativeBefore = map[string]bool{
	"past": true, "previous": true, "last": true, "next": true, "following": true,
	"coming": true, "preceding": true, "first": true,
}

// verbsAfterCount are common verbs that follow a counted noun and end its
// phrase ("30 fighters left the town").
var verbsAfterCount = map[string]bool{
	"left": true, "took": true, "made": true, "went": true, "came": true, "fought": true,
	"held": true, "fell": true, "began": true, "ran": true, "fled": true, "lost": true,
	"met": true, "sent": true, "won": true, "gave": true, "got": true, "saw": true,
	"told": true, "remain": true, "remained": true, "joined": true, "entered": true,
	"formed": true, "arrived": true, "crossed": true, "attacked": true, "launched": true,
	"returned": true, "withdrew": true, "pledged": true, "threatened": true, "hit": true,
	"struck": true, "exploded": true, "landed": true, "stormed": true, "seized": true,
	"reached": true, "rose": true, "risen": true, "climbed": true, "stood": true,
	"jumped": true, "increased": true, "grew": true, "topped": true, "exceeded": true,
	"surpassed": true, "passed": true,
}

// altCues introduce another account or a revision of a figure.
var altCues = []string{
	"another report", "another source", "another estimate", "another account",
	"another count", "another tally", "another figure", "other reports",
	"other sources", "other estimates", "other accounts", "other figures",
	"a different estimate", "a different figure", "a different report",
	"a different source", "a different account", "an alternative",
	"while another", "whereas another", "another stated", "another said",
	"another put", "another claimed", "another reported", "later put",
	"put the death toll", "put the toll", "put the number", "put the figure",
	"put the casualty", "raised the death toll", "raised the toll",
	"revised the", "revised death toll", "revised toll", "later raised",
	"higher estimate", "lower estimate", "alternative estimate",
	"others put", "others said", "others reported", "other estimate",
}

// revisionCues mark a figure as a revision of an earlier one rather than
// a competing account.
var revisionCues = []string{"later put", "later raised", "later revised", "later said", "raised the", "revised"}

// countedCategoryNouns are nouns that are both what is counted and what
// happened to it ("scores of bodies", "40 casualties").
var countedCategoryNouns = map[string]bool{
	"bodies": true, "corpses": true, "casualties": true, "fatalities": true, "deaths": true,
}

// numberWords are the cardinal words read as exact numbers.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// numberScales multiply the number before them ("two hundred", "1.5 million").
var numberScales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
}

// vagueWords is the table of vague plurals and quantifiers. The intervals
// follow the usual reading of the words in news prose: a plural of a round
// number means at least two of them and fewer than ten ("hundreds":
// 200-999), "dozens" at least two dozen, "scores" at least two score.
//
//	a couple (of)   2-3        dozens     24-99
//	a few           2-5        scores     40-99
//	a handful (of)  2-5        hundreds   200-999
//	several         3-9        thousands  2,000-9,999
//	                           millions   2,000,000-9,999,999
//	tens of thousands     20,000-99,999
//	hundreds of thousands 200,000-999,999
//	tens of millions      20,000,000-99,999,999
//
// "several"/"a few" before a scale word multiply it: "several hundred" is
// 300-900, "a few thousand" 2,000-5,000.
var vagueWords = map[string]vagueRange{
	"dozens":    {24, 99},
	"scores":    {40, 99},
	"hundreds":  {200, 999},
	"thousands": {2000, 9999},
	"millions":  {2e6, 9999999},
	"several":   {3, 9},
}

// starters are the words a quantity expression can start with.
var starters = map[string]bool{
	"a": true, "an": true, "half": true, "tens": true, "us": true, "c": true,
	"several": true, "few": true,
}
