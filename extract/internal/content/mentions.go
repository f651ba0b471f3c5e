package content

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
)

// Mentions are found in three steps.
//
//  1. Names: runs of capitalised words, with the particles of romanised
//     Arabic names (al-, ash-, ez-, Abu, ibn, bin …), connectors inside
//     names ("Army of Revolutionaries", "Islamic State of Iraq and the
//     Levant", "Syrian Observatory for Human Rights") and unit numbers
//     ("Division 13"). A possessive ends a name and is left out of its span
//     ("Raqqa's hospital" gives "Raqqa"). Titles are cut off and make the
//     name a person ("Colonel Ahmad al-Sa'oud" gives "Ahmad al-Sa'oud").
//     An abbreviation (ISIL, FSA, U.N., JaN) is a name of its own even next
//     to other capitals ("Tunisian ISIL deputy", "FSA Division 13"). A
//     sentence-initial function word or common noun ("The", "On",
//     "Meanwhile", "Clashes") is not a name, nor are months, weekdays and
//     adjectives of nationality standing alone ("Syrian", "Kurdish").
//  2. Generic actors: lower-case noun phrases headed by an actor noun
//     ("rebels", "rebel forces", "government forces", "the army",
//     "jihadists", "opposition groups", "civilians"). The determiner is not
//     part of the span. A generic noun right after a name ("ISIL forces")
//     is not a mention of its own: the name is the actor.
//  3. Kind. The kind is scored from cues (see nameKind). Roles are read
//     with the clause's frames by package frame (see ReadFrames).
//
// Limitations: lower-case names, names split by a line of citation markers,
// and kinds that only world knowledge can tell (a bare "Suleiman") are
// left as MentionOther.

// nameSpan is a mention candidate: tokens [a,b), bytes [s,e) of the masked
// text.
type nameSpan struct {
	a, b    int
	s, e    int
	kind    nkind
	role    nrole
	titled  bool // a title or role noun came before it
	ctx     bool // the kind came from context, not from the name itself
	generic bool
	paren   bool // inside parentheses
	mod     bool // a modifier: "Al Qaeda" of "Al Qaeda-linked" (see modifierSuffix)
}

// nkind is a claims.MentionKind as a small number: spans are copied and
// their kinds compared often, and a byte does both cheaply. The zero
// value is the kind of a span not yet scored.
type nkind uint8

const (
	nkNone nkind = iota
	nkPerson
	nkGroup
	nkPlace
	nkGeneric
	nkOther
)

// nkindNames are the claims.MentionKind of the nkind values.
var nkindNames = [...]claims.MentionKind{
	nkNone:    "",
	nkPerson:  claims.MentionPerson,
	nkGroup:   claims.MentionGroup,
	nkPlace:   claims.MentionPlace,
	nkGeneric: claims.MentionGeneric,
	nkOther:   claims.MentionOther,
}

// nrole is a claims.Role as a small number (see nkind); nrNone is
// claims.RoleNone.
type nrole uint8

const (
	nrNone nrole = iota
	nrAgent
	nrPatient
	nrPlace
	nrSource
)

// nroleNames are the claims.Role of the nrole values.
var nroleNames = [...]claims.Role{
	nrNone:    claims.RoleNone,
	nrAgent:   claims.RoleAgent,
	nrPatient: claims.RolePatient,
	nrPlace:   claims.RolePlace,
	nrSource:  claims.RoleSource,
}

// canStartName reports whether token i may open a name.
func canStartName(m string, toks []token.Token, i, hi int) bool {
	t := &toks[i]
	if t.Punct != 0 || t.Class&timeWord != 0 {
		return false
	}
	if t.Is(token.Ordinal) {
		return i+1 < hi && toks[i+1].Punct == 0 && toks[i+1].Is(token.Cap) && !toks[i+1].Is(token.Digit)
	}
	if t.Is(token.Digit) {
		return false
	}
	if t.Is(token.Article) {
		return true
	}
	if !t.Is(token.Cap) {
		return false
	}
	if t.Class&numberWord != 0 && !t.Is(token.Abbrev) {
		return false // "Seventeen of the dead"
	}
	if t.Class&direction != 0 && isWord(m, toks, i+1, "of") {
		return false // "East of Rastan": a direction, then the place
	}
	if t.Class&genericHead != 0 && t.Class&groupCue == 0 && isWord(m, toks, i+1, "of") {
		return false // "Fighters of the Islamic State": an actor noun, then the group
	}
	if opensClause(toks, i) && (t.Class&functionWord != 0 || t.Class&(genericMod|genericHead) != 0 && t.Class&demonym == 0) && !t.Is(token.Abbrev) {
		// A common word opening the sentence is a name only when it is
		// a noun that goes on into a name: "Army of Mujahideen", "Islamic
		// Front".
		if t.Class&(groupCue|genericHead|genericMod) == 0 || t.Class&determiner != 0 {
			return false
		}
		if i+1 >= hi || toks[i+1].Punct != 0 {
			return false
		}
		n := &toks[i+1]
		if n.Is(token.Cap) && n.Class&groupCue != 0 || n.Is(token.Article) {
			return true
		}
		// "Army of Mujahideen", but not "Fighters of the Islamic State":
		// only a group noun opens a name with "of".
		if t.Class&groupCue != 0 && isWord(m, toks, i+1, "of") && i+2 < hi && (toks[i+2].Is(token.Cap) || toks[i+2].Is(token.Article)) {
			return true
		}
		return false
	}
	return true
}

// isTitleAbbrev reports whether w is a title written with a full stop.
func isTitleAbbrev(w string) bool {
	var buf [16]byte
	switch string(token.LowerBytes(buf[:0], w)) {
	case "dr", "mr", "mrs", "ms", "col", "gen", "lt", "capt", "sgt", "maj", "prof", "brig", "st", "rev", "mt":
		return true
	}
	return false
}

// nameTok reports whether token j can continue a name.
func nameTok(t *token.Token) bool {
	return t.Punct == 0 && (t.Is(token.Cap) && !t.Is(token.Digit) && t.Class&timeWord == 0 || t.Is(token.Article)) && !t.Is(token.Compound)
}

// Windows of the name patterns, in tokens, and their thresholds.
const (
	// datelineWindow bounds the tokens after the place of a news dateline
	// and its comma that hold its date and dash: "BEIRUT, 14 January 2014
	// —".
	datelineWindow = 8
	// possessiveNameWindow bounds the capitalised words after a possessive
	// inside a name: "Kurdistan Workers' Party".
	possessiveNameWindow = 3
	// appositionWindow bounds the tokens read back from the comma before
	// an apposition: "the head of the al-Nusra Front, Ahmed al-Sharaa".
	appositionWindow = 8
	// maxArticleNameWords bounds the words of a name ending in an Arabic
	// article compound that reads as a person's: "Fahd al-Kajwan".
	maxArticleNameWords = 4
	// minPlacePrefixWord is the shortest word written solid with a place
	// element: "Tallkalakh", "Kafrnaya".
	minPlacePrefixWord = 7
)

// scanNames appends the names in tokens [lo,hi) to out.
func scanNames(m string, toks []token.Token, lo, hi int, out []nameSpan) []nameSpan {
	return scanNamesUpTo(m, toks, lo, hi, out, -1)
}

// scanNamesUpTo is scanNames that stops after limit names (no limit when
// limit is negative). A name never depends on the names after it.
func scanNamesUpTo(m string, toks []token.Token, lo, hi int, out []nameSpan, limit int) []nameSpan {
	stop := len(out) + limit
	if limit < 0 {
		stop = math.MaxInt
	}
	hi = min(hi, len(toks))
	for i := lo; i < hi && len(out) < stop; i++ {
		// Only an ordinal, an article compound, a capitalised word or a
		// compound can start a name: a tight loop skips the other tokens.
		for i < hi && (toks[i].Flags&(token.Ordinal|token.Article|token.Cap|token.Compound) == 0 || toks[i].Punct != 0) {
			i++
		}
		if i >= hi {
			break
		}
		t := &toks[i]
		if t.Is(token.Compound) {
			if t.Is(token.Initial) && t.Prefix&(functionWord|genericMod) != 0 || t.Prefix&^gazClasses == 0 && isNegPrefix(t.Text(m)) || t.Prefix&numberWord != 0 {
				continue // "Forty-two": a number
			}
			// ISIL-linked, Idlib-based: the part before the hyphen.
			w := t.Text(m)
			h := strings.IndexByte(w, '-')
			if h > 0 && t.Prefix&(demonym|functionWord|timeWord) == 0 {
				n := nameSpan{a: i, b: i + 1, s: t.Start, e: t.Start + h}
				if l := strings.LastIndexByte(w, '-'); modifierSuffix(w[l+1:]) {
					n.e, n.mod = t.Start+l, true
				}
				out = append(out, n)
			}
			continue
		}
		if t.Flags&(token.Ordinal|token.Article|token.Cap) == 0 || !canStartName(m, toks, i, hi) {
			continue
		}
		j := i + 1
		ofSeen := false
		modEnd := -1 // where a name read into a modifier compound ends (Al Qaeda-linked)
		if !t.Is(token.Abbrev) && (!t.Is(token.Possessive) || possInName(m, toks, i, hi)) {
		extend:
			for j < hi {
				u := &toks[j]
				if toks[j-1].Is(token.Possessive) && !possInName(m, toks, j-1, hi) {
					break
				}
				switch {
				case u.Is(token.Compound) && u.Punct == 0 && u.Is(token.Cap) && !toks[j-1].Is(token.Abbrev):
					// "Al Qaeda-linked", "Free Syrian Army-backed": the name
					// goes on into the part before the hyphen of a
					// modifier, and ends there.
					w := u.Text(m)
					if l := strings.LastIndexByte(w, '-'); l > 0 && modifierSuffix(w[l+1:]) {
						modEnd = u.Start + l
						j++
					}
					break extend
				case nameTok(u):
					if u.Is(token.Abbrev) {
						// An abbreviation is its own name, unless it closes
						// a name such as "Syrian State TV".
						// Nor when an actor noun follows it: "in Raqqa ISIL
						// fighters" names Raqqa and ISIL.
						if j+1 < hi && nameTok(&toks[j+1]) || allDemonyms(toks, i, j) ||
							j+1 < hi && toks[j+1].Punct == 0 && toks[j+1].Class&groupAfter != 0 {
							break extend
						}
					}
					j++
				case u.Punct == '.' && isTitleAbbrev(toks[j-1].Text(m)) && j+1 < hi && nameTok(&toks[j+1]):
					j++
				case u.Punct == 0 && u.Class&linkParticle != 0 && u.Is(token.LowerCase) && j+1 < hi && nameTok(&toks[j+1]) && !toks[j+1].Is(token.Abbrev):
					j += 2
				case u.Punct == 0 && isWord(m, toks, j, "of") && !ofSeen:
					k := j + 1
					if isWord(m, toks, k, "the") {
						k++
					}
					if k < hi && nameTok(&toks[k]) && !toks[k].Is(token.Abbrev) && toks[j-1].Class&title == 0 {
						ofSeen = true
						j = k + 1
						continue
					}
					break extend
				case u.Punct == 0 && isWord(m, toks, j, "for") && toks[j-1].Class&groupCue != 0:
					k := j + 1
					if isWord(m, toks, k, "the") {
						k++
					}
					if k < hi && nameTok(&toks[k]) && !toks[k].Is(token.Abbrev) {
						j = k + 1
						continue
					}
					break extend
				case u.Punct == 0 && isWord(m, toks, j, "and") && ofSeen:
					k := j + 1
					if isWord(m, toks, k, "the") {
						k++
					}
					// Only a one-word tail: "of Iraq and the Levant".
					if k < hi && nameTok(&toks[k]) && !toks[k].Is(token.Abbrev) && (k+1 >= hi || !nameTok(&toks[k+1])) {
						j = k + 1
						continue
					}
					break extend
				case (u.Kind == token.Number) && !u.Is(token.Ordinal) && token.AllDigits(u.Text(m)) && toks[j-1].Class&groupCue != 0 && toks[j-1].Is(token.Cap):
					j++ // Division 13, Brigade 93
					break extend
				default:
					break extend
				}
			}
		}
		a, b := i, j
		titled := false
		// Cut off titles: "President", "Colonel", "Dr." ...
		for a < b && (toks[a].Class&title != 0 && toks[a].Is(token.Cap) && !toks[a].Is(token.Abbrev) || toks[a].Punct == '.') && a+1 < b {
			titled = titled || toks[a].Punct == 0
			a++
		}
		i = j - 1
		if a >= b || toks[a].Punct != 0 {
			continue
		}
		if b-a == 1 && toks[a].Class&title != 0 && !toks[a].Is(token.Abbrev) && !toks[a].Is(token.Article) {
			continue // a title alone: "Emir"
		}
		if allDemonyms(toks, a, b) {
			continue // "Syrian", "Kurdish"
		}
		if modEnd < 0 && b-a == 1 && notNameAlone(m, toks, a, hi) {
			continue // "A car bomb", "Having pushed the rebels out"
		}
		n := nameSpan{a: a, b: b, s: toks[a].Start, e: toks[b-1].End, titled: titled}
		if modEnd >= 0 {
			n.e, n.mod = modEnd, true
		} else if b+1 < hi && toks[b].Punct == '-' && !toks[b].Is(token.Space) && !toks[b+1].Is(token.Space) &&
			toks[b+1].Is(token.LowerCase) && modifierSuffix(toks[b+1].Text(m)) {
			n.mod = true // "U.S.-backed"
		}
		out = append(out, n)
	}
	return out
}

// opensClause reports whether token i opens a sentence, a quotation or
// what follows a spaced dash or a colon ("BEIRUT (Reuters) - A car bomb",
// "said: Having pushed"), where a capital says nothing of a name.
func opensClause(toks []token.Token, i int) bool {
	if toks[i].Is(token.Initial) {
		return true
	}
	return i > 0 && toks[i].Is(token.Space) && (toks[i-1].Punct == '-' || toks[i-1].Punct == ':')
}

// notNameAlone reports whether the capitalised word at a, alone, is not a
// name: a function word ("A", "The", "Meanwhile"), or a gerund or
// participle opening a clause and going on into a lower-case phrase
// ("Having pushed the rebels out", "Backed by", "Seizing the bridge").
// A word the lexicon knows as a given name or a gazetteer name stays a
// name ("Ahmed said", "Beijing has").
func notNameAlone(m string, toks []token.Token, a, hi int) bool {
	t := &toks[a]
	if t.Is(token.Abbrev | token.Article | token.Possessive | token.Compound) {
		return false
	}
	if t.Class&functionWord != 0 {
		return true
	}
	w := t.Text(m)
	if len(w) < 5 || !opensClause(toks, a) || t.Class&(givenName|gazClasses|title) != 0 {
		return false
	}
	if !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return false
	}
	if a+1 >= hi {
		return false
	}
	n := &toks[a+1]
	return n.Punct == 0 && n.Is(token.LowerCase) && n.Class&(reportVerb|beForm|auxiliary|conjunction) == 0
}

// modifierSuffix reports whether w, the lower-case word after the hyphen
// of "Al Qaeda-linked" or "Britain-based", makes the name before it a
// modifier of what follows: the name is then not a participant or a
// place of the clause's events.
func modifierSuffix(w string) bool {
	switch w {
	case "linked", "based", "backed", "led", "held", "controlled", "affiliated", "allied",
		"born", "run", "dominated", "aligned", "inspired", "funded", "sponsored", "supported",
		"trained", "armed", "leaning", "oriented", "owned", "occupied":
		return true
	}
	return false
}

// possInName reports whether the possessive word at k is inside a name:
// "Kurdistan Workers' Party", "People's Protection Units" (a plural or
// collective noun followed by capitalised words ending in a group noun).
func possInName(m string, toks []token.Token, k, hi int) bool {
	w := toks[k].Text(m)
	if toks[k].Is(token.Abbrev) || toks[k].Is(token.Article) || !(token.HasSuffixFold(w, "s") || token.EqualFold(w, "people") || token.EqualFold(w, "women") || token.EqualFold(w, "men") || token.EqualFold(w, "children")) {
		return false
	}
	for j := k + 1; j < hi && j <= k+possessiveNameWindow; j++ {
		if !nameTok(&toks[j]) || toks[j].Is(token.Abbrev) {
			return false
		}
		if toks[j].Class&groupCue != 0 {
			return true
		}
	}
	return false
}

// isNegPrefix reports whether w starts with pro-, anti- or non-.
func isNegPrefix(w string) bool {
	if token.IsASCII(w) {
		return token.HasPrefixFold(w, "pro-") || token.HasPrefixFold(w, "anti-") || token.HasPrefixFold(w, "non-")
	}
	l := token.Lower(w)
	return strings.HasPrefix(l, "pro-") || strings.HasPrefix(l, "anti-") || strings.HasPrefix(l, "non-")
}

// allDemonyms reports whether tokens [a,b) are all adjectives of
// nationality or creed.
func allDemonyms(toks []token.Token, a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if toks[k].Class&demonym == 0 || toks[k].Is(token.Abbrev) {
			return false
		}
	}
	return true
}

// scanGenerics appends the generic actors in tokens [lo,hi) to out. covered
// reports tokens already inside a name.
func scanGenerics(m string, toks []token.Token, lo, hi int, names []nameSpan, out []nameSpan) []nameSpan {
	ni := 0
	hi = min(hi, len(toks))
	for i := lo; i < hi; i++ {
		// A generic starts at a word of these classes, inside a name or
		// not: a tight loop skips the other tokens.
		for i < hi && (toks[i].Punct != 0 || toks[i].Class&(genericHead|genericMod) == 0) {
			i++
		}
		if i >= hi {
			break
		}
		t := &toks[i]
		for ni < len(names) && names[ni].b <= i {
			ni++
		}
		if ni < len(names) && names[ni].a <= i {
			i = names[ni].b - 1
			continue
		}
		if !(t.Is(token.LowerCase) || t.Is(token.Initial) || t.Class&demonym != 0) {
			continue
		}
		// Gather modifiers and heads.
		j := i
		lastHead := -1
		for j < hi {
			u := &toks[j]
			if u.Punct != 0 {
				break
			}
			if j > i && !u.Is(token.Cap) && u.Is(token.Hyphen) && isNegPrefix(u.Text(m)) {
				j++ // "civilian anti-ISIL protesters"
				continue
			}
			if u.Class&(genericHead|genericMod) == 0 {
				break
			}
			if !(u.Is(token.LowerCase) || j == i && u.Is(token.Initial) || u.Class&demonym != 0 && !u.Is(token.Abbrev)) {
				break
			}
			if ni < len(names) && names[ni].a == j {
				break
			}
			if u.Class&genericHead != 0 {
				lastHead = j
			}
			j++
		}
		if lastHead < 0 {
			i = j - 1
			continue
		}
		a, b := i, lastHead+1
		i = j - 1
		// A name right after ("the opposition National Coalition", "rebel
		// group Jaysh al-Islam") or right before ("ISIL forces") is the actor.
		if b < hi && toks[b].Punct == 0 && (nameTok(&toks[b]) || toks[b].Is(token.Compound)) {
			continue
		}
		if x := nameEndingAt(names, a); x >= 0 && !toks[a-1].Is(token.Possessive) && names[x].e == toks[a-1].End {
			continue
		}
		// Leading quantifiers and determiner-like words are not part of it.
		for a < lastHead && toks[a].Class&functionWord != 0 && toks[a].Class&(genericMod) != 0 && toks[a].Class&demonym == 0 &&
			toks[a].Class&genericHead == 0 {
			a++
		}
		out = append(out, nameSpan{a: a, b: b, s: toks[a].Start, e: toks[b-1].End, kind: nkGeneric, generic: true})
	}
	return out
}

// Weights of the evidence nameKind scores: how strongly a cue says that a
// name is a group, a place or a person.
const (
	weakCue     = 1 // "towards X"
	plainCue    = 2 // "in X", "X gas field"
	strongCue   = 3 // "X Brigade", "Kafr X", "the spokesman X"
	decisiveCue = 4 // "the town of X", a title before a person
)

// kindScores are the scores of a name's kinds.
type kindScores struct{ group, place, person int }

// nameKind scores the cues around a name and returns its kind; ctx reports
// that the winning cue was context rather than the name itself. The cues
// are in the name itself (ownKindScores), before it (kindScoresBefore) and
// after it (kindScoresAfter).
func nameKind(lex *token.Lexicon, m string, toks []token.Token, lo, hi int, n *nameSpan) (nkind, bool) {
	own := ownKindScores(lex, m, toks, n)
	sc := own
	kindScoresBefore(m, toks, lo, n, &sc)
	kindScoresAfter(m, toks, hi, n, &sc)
	kind := nkOther
	best := 0
	if sc.group > best {
		kind, best = nkGroup, sc.group
	}
	if sc.person > best {
		kind, best = nkPerson, sc.person
	}
	if sc.place > best {
		kind, best = nkPlace, sc.place
	}
	ctx := false
	switch kind {
	case nkGroup:
		ctx = own.group < best
	case nkPerson:
		ctx = own.person < best
	case nkPlace:
		ctx = own.place < best
	}
	return kind, ctx
}

// ownKindScores scores the cues in the name n itself: the gazetteer, its
// first and last words, a group word inside it, an abbreviation, and a
// title before it.
func ownKindScores(lex *token.Lexicon, m string, toks []token.Token, n *nameSpan) kindScores {
	var sc kindScores
	first, last := &toks[n.a], &toks[n.b-1]
	single := n.b-n.a == 1
	partial := n.e < first.End // the name part of a compound
	switch gazOf(lex, m, first, n.s, n.e) {
	case placeCue:
		sc.place += plainCue
	case orgName:
		sc.group += strongCue
	}
	if !single && !partial && gazOf(lex, m, first, first.Start, first.End) == placeCue {
		sc.place += plainCue // "Daraa al-Balad", "Aleppo Governorate"
	}
	if partial {
		if first.Prefix&placeCue == 0 && isAbbrText(m[n.s:n.e]) {
			sc.group += strongCue
		}
	} else {
		if first.Class&groupHead != 0 && first.Is(token.Cap) && !single {
			sc.group += strongCue
		}
		if (first.Class&placePrefix != 0 || first.Prefix&placePrefix != 0 || hasPlacePrefix(first.Text(m))) && first.Is(token.Cap) {
			sc.place += strongCue
		}
		if first.Class&particle != 0 && first.Is(token.Cap) && !single {
			sc.person += plainCue
		}
		if first.Class&givenName != 0 && !single {
			sc.person += plainCue
		}
		for k := n.a; k < n.b; k++ {
			if toks[k].Class&groupCue != 0 && toks[k].Is(token.Cap) && !toks[k].Is(token.Abbrev) {
				sc.group += strongCue
				break
			}
		}
		if last.Class&placeCue != 0 && last.Is(token.Cap) && !single && last.Class&groupCue == 0 {
			sc.place += strongCue
		}
		if single && first.Is(token.Abbrev) {
			if sc.place > 0 {
				sc.place += plainCue
			} else {
				sc.group += strongCue
			}
		}
		if !single && last.Is(token.Article) && sc.person == 0 && sc.group == 0 && sc.place == 0 && n.b-n.a <= maxArticleNameWords {
			sc.person += weakCue // Fahd al-Kajwan
		}
	}
	if n.titled {
		sc.person += decisiveCue
	}
	return sc
}

// kindScoresBefore adds to sc the cues before the name n, in tokens from
// lo on: the word before it ("the spokesman X", "the town of X", "in X"),
// a place noun before a comma ("two areas, Atarib and Anadan"), and an
// apposition ("the head of the al-Nusra Front, Ahmed al-Sharaa").
func kindScoresBefore(m string, toks []token.Token, lo int, n *nameSpan, sc *kindScores) {
	if k := n.a - 1; k >= lo && toks[k].Punct == 0 {
		pw := &toks[k]
		w := pw.Text(m)
		switch {
		case pw.Class&roleNoun != 0 && pw.Is(token.LowerCase):
			sc.person += strongCue
		case pw.Class&groupCue != 0 && pw.Is(token.LowerCase) && pw.Class&placeCue == 0:
			sc.group += plainCue
		case token.EqualFold(w, "of"):
			if k-1 >= lo && toks[k-1].Class&placeCue != 0 && toks[k-1].Is(token.LowerCase) {
				sc.place += decisiveCue
			} else if k-1 >= lo && toks[k-1].Class&direction != 0 {
				sc.place += strongCue
			} else if k-2 >= lo && isWord(m, toks, k-1, "the") && toks[k-2].Class&placeCue != 0 && toks[k-2].Is(token.LowerCase) {
				sc.place += plainCue
			}
		case pw.Class&placeCue != 0 && pw.Is(token.LowerCase):
			sc.place += plainCue
		case pw.Class&placePrep != 0 && pw.Is(token.LowerCase):
			switch token.Lower(w) {
			case "in", "near", "at", "outside", "around", "nearby", "inside":
				sc.place += plainCue
			default:
				sc.place += weakCue
			}
		case pw.Class&determiner != 0 && k-1 >= lo && toks[k-1].Class&placePrep != 0 && toks[k-1].Is(token.LowerCase):
			sc.place += weakCue
		}
	} else if k >= lo && toks[k].Punct == ',' && k-1 >= lo && toks[k-1].Class&placeCue != 0 && toks[k-1].Is(token.LowerCase) {
		sc.place += plainCue // "two areas, Atarib and Anadan"
	}
	// Apposition: "the head of the al-Nusra Front, Ahmed al-Sharaa".
	if k := n.a - 1; k > lo && toks[k].Punct == ',' {
		for q := k - 1; q > lo && q >= k-appositionWindow; q-- {
			if toks[q].Punct != 0 {
				break
			}
			if toks[q].Class&roleNoun != 0 && toks[q].Is(token.LowerCase) && isWord(m, toks, q+1, "of") {
				sc.person += strongCue
				break
			}
		}
	}
}

// kindScoresAfter adds to sc the cues after the name n, in tokens before
// hi: a place or group noun ("X gas field", "X fighters") and an
// apposition ("Ahmed al-Sharaa, the leader of …").
func kindScoresAfter(m string, toks []token.Token, hi int, n *nameSpan, sc *kindScores) {
	if k := n.b; k < hi && toks[k].Punct == 0 && toks[k].Is(token.LowerCase) {
		nw := &toks[k]
		switch {
		case nw.Class&placeCue != 0 && nw.Class&groupAfter == 0:
			sc.place += strongCue
		case nw.Class&(groupAfter|preposition|functionWord|genericHead) == 0 && k+1 < hi && toks[k+1].Punct == 0 && toks[k+1].Is(token.LowerCase) &&
			toks[k+1].Class&placeCue != 0 && toks[k+1].Class&groupAfter == 0:
			sc.place += plainCue // "Shaer gas field", "Raqqa train station"
		case nw.Class&groupAfter != 0 && !toks[n.b-1].Is(token.Possessive):
			// "ISIL fighters"; but "Raqqa's fighters" are fighters of
			// a place.
			sc.group += plainCue
		}
	} else if k < hi && toks[k].Punct == ',' && k+2 < hi && isWord(m, toks, k+1, "the") && toks[k+2].Class&roleNoun != 0 && toks[k+2].Is(token.LowerCase) {
		sc.person += strongCue // "Ahmed al-Sharaa, the leader of …"
	}
}

// hasPlacePrefix reports whether a single word begins with a place element
// written solid: Kafrnaya, Kafartkharim, Tallkalakh.
func hasPlacePrefix(w string) bool {
	// Every prefix starts with one of these letters: most words are
	// turned away by their first byte.
	if len(w) < minPlacePrefixWord {
		return false
	}
	switch w[0] {
	case 'K', 'D', 'T', 'R', 'M':
	default:
		return false
	}
	for _, p := range []string{"Kafr", "Kfar", "Kafar", "Kefr", "Deir", "Tall", "Ras-", "Maarat", "Maaret"} {
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// isAbbrText reports whether s is written like an abbreviation.
func isAbbrText(s string) bool {
	up := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			up++
		case c == '.':
		case c >= 'a' && c <= 'z':
			if i == 0 || i == len(s)-1 {
				return false
			}
		default:
			return false
		}
	}
	return up >= 2
}

// coordinate gives a name with no cue of its own the kind of a name it is
// listed with ("in Atarib and Anadan", "ISIL, JaN and Ahrar al-Sham").
func coordinate(m string, toks []token.Token, ns []nameSpan, paren bool) {
	if len(ns) < 2 {
		return
	}
	linked := func(x, y *nameSpan) bool {
		if x.generic || y.generic {
			return false
		}
		for k := x.b; k < y.a; k++ {
			t := &toks[k]
			if t.Punct == ',' || t.Punct == 0 && (t.Class&conjunction != 0 || isWord(m, toks, k, "the")) {
				continue
			}
			return false
		}
		return x.b < y.a
	}
	// "X (aka Y)", "X (also known as Y)": Y is what X is. Only a unit
	// with a '(' (paren) has one.
	for k := 1; paren && k < len(ns); k++ {
		x, y := &ns[k-1], &ns[k]
		if x.generic || y.generic || x.b >= y.a || toks[x.b].Punct != '(' || y.kind != nkOther {
			continue
		}
		ok := true
		for q := x.b + 1; q < y.a; q++ {
			t := &toks[q]
			if t.Punct == '"' || t.Punct == '\'' {
				continue
			}
			switch token.Lower(t.Text(m)) {
			case "aka", "a.k.a.", "also", "known", "as", "called", "nicknamed", "born", "formerly", "now":
				continue
			}
			ok = false
			break
		}
		if ok {
			y.kind = x.kind
		}
	}
	for pass := 0; pass < 2; pass++ {
		changed := false
		for k := 1; k < len(ns); k++ {
			x, y := &ns[k-1], &ns[k]
			if !linked(x, y) {
				continue
			}
			if y.kind == nkOther && x.kind != nkOther && x.kind != nkPerson {
				y.kind = x.kind
				changed = true
			}
			if x.kind == nkOther && y.kind != nkOther && y.kind != nkPerson {
				x.kind = y.kind
				changed = true
			}
		}
		if !changed {
			break // a pass that changes nothing leaves the next one nothing
		}
	}
}

// mergeSpans merges names and generics into out in order of position.
func mergeSpans(names, gens, out []nameSpan) []nameSpan {
	if len(gens) == 0 {
		return append(out[:0], names...)
	}
	out = out[:0]
	i, j := 0, 0
	for i < len(names) || j < len(gens) {
		if j >= len(gens) || i < len(names) && names[i].a < gens[j].a {
			out = append(out, names[i])
			i++
		} else {
			out = append(out, gens[j])
			j++
		}
	}
	return out
}

// markParens sets paren on the spans inside parentheses.
func markParens(toks []token.Token, lo int, ns []nameSpan) {
	depth := 0
	k := lo
	for i := range ns {
		for ; k < ns[i].a; k++ {
			switch toks[k].Punct {
			case '(':
				depth++
			case ')':
				if depth > 0 {
					depth--
				}
			}
		}
		ns[i].paren = depth > 0
	}
}

// mentionsIn finds the mentions of tokens [lo,hi) with their kinds.
func (sc *Reader) mentionsIn(m string, lo, hi int) []nameSpan {
	sc.names = scanNames(m, sc.toks, lo, hi, sc.names[:0])
	for k := range sc.names {
		sc.names[k].kind, sc.names[k].ctx = nameKind(sc.lexicon().tokens, m, sc.toks, lo, hi, &sc.names[k])
	}
	sc.gens = sc.gens[:0]
	if sc.classes&(genericHead|genericMod) != 0 {
		// A generic starts at a word of these classes.
		sc.gens = scanGenerics(m, sc.toks, lo, hi, sc.names, sc.gens)
	}
	sc.all = mergeSpans(sc.names, sc.gens, sc.all)
	coordinate(m, sc.toks, sc.all, sc.paren)
	if sc.paren {
		// With no '(' in the unit every span keeps paren false.
		markParens(sc.toks, lo, sc.all)
	}
	return sc.all
}

// MentionRef is a mention before it becomes a claims.Mention: its span as
// absolute offsets, its kind and its role. It holds no text, so that
// gathering the mentions of a document writes few pointers.
type MentionRef struct {
	Start, End int
	Kind       claims.MentionKind
	Role       claims.Role
	// mod marks a group or person named as a modifier ("Al Qaeda" of
	// "Al Qaeda-linked fighters"): ReadFrames gives it no role.
	mod bool
}

// AppendMentions appends the mentions of u's clause [start,end), in
// reading order, to dst, with their kinds. A mention inside the phrase
// naming a reporting source has RoleSource; the other roles are read with
// the clause's frames (see ReadFrames).
func (sc *Reader) AppendMentions(dst []MentionRef, u *article.Unit, start, end int) []MentionRef {
	sc.load(u)
	m := u.Masked
	lo, hi := sc.clause(start-u.Offset, end-u.Offset)
	ns := sc.mentionsIn(m, lo, hi)
	if len(ns) == 0 {
		return dst
	}
	// A news dateline ("BEIRUT, 14 January 2014 —") names where the report
	// was filed, not a place of the events.
	if d := datelineEnd(sc.toks, lo, hi); d > 0 {
		k := 0
		for k < len(ns) && ns[k].e <= d {
			k++
		}
		ns = ns[k:]
		if len(ns) == 0 {
			return dst
		}
	}
	// The dateline timex read for the document, likewise.
	if dl := sc.dateline; dl[1] > dl[0] && u.Offset < dl[1] {
		k := 0
		for _, n := range ns {
			if u.Offset+n.s >= dl[0] && u.Offset+n.e <= dl[1] {
				continue
			}
			ns[k] = n
			k++
		}
		ns = ns[:k]
		if len(ns) == 0 {
			return dst
		}
	}
	// Sources of attribution: mentions inside a source phrase. Both lists
	// are in order, so one sweep does.
	sc.srcs = sc.srcs[:0]
	for _, at := range sc.unitAttributions() {
		if at.srcE > at.srcS {
			sc.srcs = append(sc.srcs, [2]int{at.srcS, at.srcE})
		}
	}
	slices.SortFunc(sc.srcs, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	q := 0
	for k := range ns {
		for q < len(sc.srcs) && sc.srcs[q][1] <= ns[k].s {
			q++
		}
		for r := q; r < len(sc.srcs) && sc.srcs[r][0] <= ns[k].s; r++ {
			if ns[k].e <= sc.srcs[r][1] {
				ns[k].role = nrSource
				break
			}
		}
	}
	dst = slices.Grow(dst, len(ns))
	for _, n := range ns {
		if n.mod && (n.kind != nkGroup && n.kind != nkPerson || gazOf(sc.lexicon().tokens, m, &sc.toks[n.a], n.s, n.e) == placeCue) {
			// "a Britain-based group", "U.S.-backed forces": where a
			// group is based or who backs it is no place or participant
			// of the events, and a place mention would be read as one.
			continue
		}
		dst = append(dst, MentionRef{Start: u.Offset + n.s, End: u.Offset + n.e, Kind: nkindNames[n.kind], Role: nroleNames[n.role], mod: n.mod})
	}
	return dst
}

// datelineEnd returns the end of a news dateline opening tokens [lo,hi)
// ("BEIRUT, 14 January 2014 —": a word in capitals, a comma, a date and a
// dash), or 0 when there is none.
func datelineEnd(toks []token.Token, lo, hi int) int {
	if hi-lo < 4 || lo != 0 || !toks[lo].Is(token.Abbrev) || toks[lo].End-toks[lo].Start < 3 || toks[lo+1].Punct != ',' {
		return 0
	}
	digit := false
	for k := lo + 2; k < hi && k <= lo+datelineWindow; k++ {
		if toks[k].Is(token.Digit) {
			digit = true
		}
		if toks[k].Punct == '-' && digit {
			return toks[k].End
		}
	}
	return 0
}
