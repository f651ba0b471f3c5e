package extract

import "github.com/concordfacts/concord/claims"

// Word lists of the quantity finder. All keys are lower case.

// qQual is how a number is hedged before it is turned into an interval.
type qQual uint8

const (
	qqNone qQual = iota
	qqAtLeast
	qqMoreThan
	qqUpTo
	qqLessThan
	qqNearly // a bracket below N: [0.9N, N]
	qqApprox // a bracket around N: [0.9N, 1.1N]
	qqBetween
	qqFrom
)

// qQualPhrase is a qualifier written before a number.
type qQualPhrase struct {
	words []string
	q     qQual
}

// qQualifiers are the hedges read before a number, longest first where
// one is a prefix of another.
var qQualifiers = []qQualPhrase{
	{[]string{"at", "least"}, qqAtLeast},
	{[]string{"no", "fewer", "than"}, qqAtLeast},
	{[]string{"no", "less", "than"}, qqAtLeast},
	{[]string{"not", "less", "than"}, qqAtLeast},
	{[]string{"a", "minimum", "of"}, qqAtLeast},
	{[]string{"slightly", "more", "than"}, qqMoreThan},
	{[]string{"far", "more", "than"}, qqMoreThan},
	{[]string{"well", "over"}, qqMoreThan},
	{[]string{"just", "over"}, qqMoreThan},
	{[]string{"more", "than"}, qqMoreThan},
	{[]string{"greater", "than"}, qqMoreThan},
	{[]string{"upwards", "of"}, qqMoreThan},
	{[]string{"in", "excess", "of"}, qqMoreThan},
	{[]string{"over"}, qqMoreThan},
	{[]string{"above"}, qqMoreThan},
	{[]string{"up", "to"}, qqUpTo},
	{[]string{"as", "many", "as"}, qqUpTo},
	{[]string{"at", "most"}, qqUpTo},
	{[]string{"a", "maximum", "of"}, qqUpTo},
	{[]string{"no", "more", "than"}, qqUpTo},
	{[]string{"not", "more", "than"}, qqUpTo},
	{[]string{"just", "under"}, qqLessThan},
	{[]string{"less", "than"}, qqLessThan},
	{[]string{"fewer", "than"}, qqLessThan},
	{[]string{"under"}, qqLessThan},
	{[]string{"below"}, qqLessThan},
	{[]string{"nearly"}, qqNearly},
	{[]string{"almost"}, qqNearly},
	{[]string{"close", "to"}, qqNearly},
	{[]string{"approaching"}, qqNearly},
	{[]string{"around"}, qqApprox},
	{[]string{"about"}, qqApprox},
	{[]string{"approximately"}, qqApprox},
	{[]string{"approx", "."}, qqApprox},
	{[]string{"roughly"}, qqApprox},
	{[]string{"some"}, qqApprox},
	{[]string{"an", "estimated"}, qqApprox},
	{[]string{"estimated"}, qqApprox},
	{[]string{"circa"}, qqApprox},
	{[]string{"more", "or", "less"}, qqApprox},
	{[]string{"in", "the", "region", "of"}, qqApprox},
	{[]string{"on", "the", "order", "of"}, qqApprox},
	{[]string{"between"}, qqBetween},
	{[]string{"from"}, qqFrom},
}

// qChangeVerbs before "from X to Y" make it a change, not a range.
var qChangeVerbs = map[string]bool{
	"rose": true, "risen": true, "rising": true, "increased": true, "increasing": true,
	"grew": true, "grown": true, "climbed": true, "jumped": true, "fell": true,
	"fallen": true, "dropped": true, "decreased": true, "declined": true,
	"went": true, "gone": true, "raised": true, "lowered": true, "reduced": true,
	"revised": true, "increase": true, "decrease": true, "rise": true, "drop": true,
	"up": true, "down": true,
}

// qMonths are month names (capitalised in the text) that make a small
// number a day of the month.
var qMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// qDesignators are capitalised nouns after which a plain number is a name
// ("Division 17", "Brigade 93", "Resolution 2254"), not an amount.
var qDesignators = map[string]bool{
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

// qUnit is a measure unit word.
type qUnit struct {
	kind claims.QuantityKind
	unit string
}

// qUnits are unit words read after a number. Singular and plural forms
// are both listed because "a 24-hour ultimatum" uses the singular.
var qUnits = map[string]qUnit{
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

// qAttachedUnits are unit abbreviations written against the digits
// ("80km"). Any other letters against digits make a designation or an
// ordinal ("46th", "16px", "1990s").
var qAttachedUnits = map[string]qUnit{
	"km": {claims.KindDistance, "km"}, "kms": {claims.KindDistance, "km"},
	"m": {claims.KindDistance, "m"}, "mi": {claims.KindDistance, "mi"},
	"ft": {claims.KindDistance, "ft"}, "cm": {claims.KindDistance, "cm"},
	"mm": {claims.KindDistance, "mm"}, "kg": {claims.KindOther, "kg"},
	"h": {claims.KindDuration, "hours"}, "hrs": {claims.KindDuration, "hours"},
}

// qCategories maps the verbs and nouns that say what happened to what is
// counted to a category.
var qCategories = map[string]string{}

func init() {
	add := func(cat string, words ...string) {
		for _, w := range words {
			qCategories[w] = cat
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
	qBuildContextLex()
}

// qCategoryNouns are the nouns of "the bodies of 70 rebels", "the release
// of 300 hostages": the category comes from the noun before "of".
var qCategoryNouns = map[string]string{
	"bodies": "killed", "corpses": "killed", "remains": "killed", "deaths": "killed",
	"death": "killed", "killing": "killed", "killings": "killed", "massacre": "killed",
	"execution": "executed", "executions": "executed", "beheading": "executed",
	"release": "freed", "escape": "freed", "capture": "captured", "kidnapping": "captured",
	"abduction": "captured", "arrest": "arrested", "arrests": "arrested",
	"detention": "arrested", "evacuation": "evacuated", "defection": "defected",
	"displacement": "displaced", "cost": "casualties", "loss": "casualties",
	"losses": "casualties",
}

// qSourceNouns count sources, not what they report ("according to two
// reports, 30 rebels were killed"): such a number gets kind other.
var qSourceNouns = map[string]bool{
	"report": true, "reports": true, "source": true, "sources": true,
	"account": true, "accounts": true, "estimate": true, "estimates": true,
	"witness": true, "witnesses": true, "survey": true, "surveys": true,
	"study": true, "studies": true, "activist": true,
}

// qTollNouns head "the death toll at 50", "the number of executed
// prisoners at 100".
var qTollNouns = map[string]bool{
	"toll": true, "number": true, "tally": true, "figure": true, "count": true,
	"total": true, "estimate": true, "numbers": true, "figures": true,
}

// qTollModifiers say what a toll counts ("death toll").
var qTollModifiers = map[string]string{
	"death": "killed", "casualty": "casualties", "injury": "wounded",
	"fatality": "killed", "body": "killed",
}

// qCombatants are subject heads that, with no other category, count the
// strength of a force ("a unit of 600 fighters").
var qCombatants = map[string]bool{
	"fighters": true, "militants": true, "troops": true, "soldiers": true, "men": true,
	"combatants": true, "gunmen": true, "jihadists": true, "recruits": true,
	"personnel": true, "volunteers": true, "insurgents": true, "guerrillas": true,
	"mercenaries": true, "rebels": true, "militiamen": true, "fighter": true,
}

// qCountNouns after a year-like number make it a count ("2000 people").
var qCountNouns = map[string]bool{
	"people": true, "persons": true, "civilians": true, "residents": true,
	"refugees": true, "prisoners": true, "hostages": true, "children": true,
	"women": true, "families": true, "members": true, "others": true,
	"households": true, "villages": true, "vehicles": true,
}

// qNPStop ends the noun phrase of what is counted.
var qNPStop = map[string]bool{
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
}

// qRightSkip are words passed over between what is counted and the verb
// that says what happened to it ("were reportedly killed").
var qRightSkip = map[string]bool{
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
}

// qPrepositions open a phrase that may sit between what is counted and
// its verb ("40 rebel fighters from all sides were killed").
var qPrepositions = map[string]bool{
	"in": true, "from": true, "at": true, "near": true, "on": true, "inside": true,
	"of": true, "across": true, "around": true, "outside": true, "within": true,
	"during": true, "throughout": true, "with": true, "belonging": true,
	"loyal": true, "allied": true, "under": true, "among": true,
}

// qLeftSkip are words passed over between a verb and its number
// ("executed a total of 4,225", "killed another 12").
var qLeftSkip = map[string]bool{
	"the": true, "a": true, "an": true, "another": true, "additional": true,
	"further": true, "total": true, "also": true, "had": true, "have": true,
	"has": true, "then": true, "all": true, "as": true, "were": true, "was": true,
	"some": true,
}

// qClauseBreak ends a leftward search for a verb.
var qClauseBreak = map[string]bool{
	"while": true, "when": true, "but": true, "which": true, "who": true,
	"whom": true, "after": true, "before": true, "because": true, "although": true,
	"though": true, "whereas": true, "whilst": true, "that": true, "since": true,
	"until": true, "if": true, "as": true, "where": true, "however": true,
}

// qPartTriggers introduce the parts of a total ("26 people, of which 23
// were rebel fighters"; "66 combatants, including 11 ISIL fighters").
var qPartTriggers = [][]string{
	{"including"}, {"includes"}, {"included"}, {"of", "which"}, {"of", "whom"},
	{"among", "them"}, {"among", "whom"}, {"among", "which"}, {"among", "those"},
	{"amongst", "them"}, {"mostly"}, {"mainly"}, {"most", "of", "them"},
	{"of", "these"}, {"of", "those"}, {"of", "them"},
}

// qRelativeAfter after a duration make it a relative date ("two days
// later"), which the date tagger reads; it is not a quantity.
var qRelativeAfter = map[string]bool{
	"later": true, "earlier": true, "ago": true, "afterwards": true, "afterward": true,
	"beforehand": true, "prior": true, "previously": true, "before": true, "after": true,
	"hence": true, "since": true,
}

// qRelativeBefore before a duration make it a relative date ("within the
// past three years", "the next two days").
var qRelativeBefore = map[string]bool{
	"past": true, "previous": true, "last": true, "next": true, "following": true,
	"coming": true, "preceding": true, "first": true,
}
