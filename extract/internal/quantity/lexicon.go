package quantity

import (
	"slices"

	"github.com/concordfacts/concord/extract/internal/token"
)

// Lexicon is what the word lists of the quantity finder say about the
// words of a token lexicon, looked up by a token's ID: a token carries
// the entry of its folded form, so the finder never hashes a word again.
type Lexicon struct {
	// index holds, for every token ID, the index of its entry in infos;
	// infos[0] is the empty entry of every other word.
	index []uint16
	infos []wordInfo
}

// wordInfo is what the word lists say about one word.
type wordInfo struct {
	start   bool         // a quantity expression can start with it (starters)
	quals   []qualPhrase // the qualifiers it starts
	num     float64      // numberWords
	isNum   bool         //
	scale   float64      // numberScales
	isScale bool         //
	vague   vagueRange   // vagueWords
	isVague bool         //
	unit    measure      // unitWords
	isUnit  bool         //
	// attached is the unit of an abbreviation written against digits
	// ("80km", attachedUnits).
	attached   measure
	isAttached bool
	cat        string   // categories: what happened to what is counted
	catNoun    string   // categoryNouns: "the bodies of ..."
	tollMod    string   // tollModifiers: "death toll"
	ctx        ctxFlags // the other word lists the word is in
}

// ctxFlags say which other word lists (words.go) hold a word.
type ctxFlags uint32

const (
	ctxNPStop         ctxFlags = 1 << iota // npStop
	ctxCountedCat                          // countedCategoryNouns
	ctxRightSkip                           // rightSkip
	ctxPreposition                         // prepositions
	ctxClauseBreak                         // clauseBreak
	ctxCombatant                           // combatants
	ctxCountNoun                           // countNouns
	ctxChangeVerb                          // changeVerbs
	ctxMonth                               // a month name (token.Months)
	ctxDesignator                          // designators
	ctxTollNoun                            // tollNouns
	ctxRelativeAfter                       // relativeAfter
	ctxRelativeBefore                      // relativeBefore
	ctxLeftSkip                            // leftSkip
	ctxVerbLike                            // verbsAfterCount
	ctxFraction                            // fractionWords
	ctxManner                              // mannerVerbs
	ctxEventNoun                           // eventNouns
	ctxPartQuantifier                      // partQuantifiers
	ctxState                               // stateWords
	ctxGenericTotal                        // genericTotals
	ctxCaptiveState                        // captiveStates
	ctxMinor                               // minors
	ctxWeekday                             // weekdays
	ctxTimeNoun                            // timeNouns
	ctxTitleLower                          // titleLower
)

// info returns the entry of the word with token ID id.
func (l *Lexicon) info(id uint32) *wordInfo {
	if int(id) >= len(l.index) {
		return &l.infos[0]
	}
	return &l.infos[l.index[id]]
}

// Words returns every word of the quantity finder's word lists, folded as
// token.FoldKey folds them: the token lexicon NewLexicon is given must
// hold them all.
func Words() []string {
	var ws []string
	for w := range buildInfos() {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	return ws
}

// NewLexicon returns what the word lists say about the words of lex, which
// holds every word of Words.
func NewLexicon(lex *token.Lexicon) *Lexicon {
	infos := buildInfos()
	ws := make([]string, 0, len(infos))
	for w := range infos {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	l := &Lexicon{index: make([]uint16, lex.Len()), infos: []wordInfo{{}}}
	for _, w := range ws {
		id, _ := lex.Lookup(w)
		if id == 0 {
			panic("quantity: the token lexicon lacks the word " + w)
		}
		l.index[id] = uint16(len(l.infos))
		l.infos = append(l.infos, *infos[w])
	}
	return l
}

// buildInfos gathers what the word lists say about each of their words.
func buildInfos() map[string]*wordInfo {
	m := map[string]*wordInfo{}
	add := func(w string) *wordInfo {
		e := m[w]
		if e == nil {
			e = new(wordInfo)
			m[w] = e
		}
		return e
	}
	for w := range starters {
		add(w).start = true
	}
	for _, p := range qualifiers {
		e := add(p.words[0])
		e.start = true
		e.quals = append(e.quals, p)
	}
	for w, v := range numberWords {
		e := add(w)
		e.start = true
		e.num, e.isNum = v, true
	}
	for w, v := range numberScales {
		e := add(w)
		e.scale, e.isScale = v, true
	}
	for w, v := range vagueWords {
		e := add(w)
		e.start = true
		e.vague, e.isVague = v, true
	}
	for w, v := range unitWords {
		e := add(w)
		e.unit, e.isUnit = v, true
	}
	for w, v := range attachedUnits {
		e := add(w)
		e.attached, e.isAttached = v, true
	}
	for w, c := range categoryWords() {
		add(w).cat = c
	}
	for w, c := range categoryNouns {
		add(w).catNoun = c
	}
	for w, c := range tollModifiers {
		add(w).tollMod = c
	}
	for _, names := range token.Months {
		for _, w := range names {
			add(w).ctx |= ctxMonth
		}
	}
	for _, l := range []struct {
		m map[string]bool
		f ctxFlags
	}{
		{npStop, ctxNPStop}, {countedCategoryNouns, ctxCountedCat},
		{rightSkip, ctxRightSkip}, {prepositions, ctxPreposition},
		{clauseBreak, ctxClauseBreak}, {combatants, ctxCombatant},
		{countNouns, ctxCountNoun}, {changeVerbs, ctxChangeVerb},
		{designators, ctxDesignator}, {tollNouns, ctxTollNoun},
		{relativeAfter, ctxRelativeAfter}, {relativeBefore, ctxRelativeBefore},
		{leftSkip, ctxLeftSkip}, {verbsAfterCount, ctxVerbLike},
		{fractionWords, ctxFraction}, {mannerVerbs, ctxManner}, {eventNouns, ctxEventNoun},
		{partQuantifiers, ctxPartQuantifier}, {stateWords, ctxState},
		{genericTotals, ctxGenericTotal}, {captiveStates, ctxCaptiveState},
		{minors, ctxMinor}, {weekdays, ctxWeekday}, {timeNouns, ctxTimeNoun},
		{titleLower, ctxTitleLower},
	} {
		for w, in := range l.m {
			if in {
				add(w).ctx |= l.f
			}
		}
	}
	return m
}
