package extract

import (
	"bytes"

	"github.com/concordfacts/concord/claims"
)

// Attribution is read from three patterns:
//
//   - "according to SOURCE" ("according to SOHR", "according to Kurdish
//     sources", "according to the state news agency SANA");
//   - SOURCE + reporting verb ("the Syrian Observatory for Human Rights
//     reported", "opposition sources had said", "Syrian State TV claimed",
//     "Observatory director Rami Abdel Rahman told AFP", "ISIL denied the
//     claim", "X confirmed"); an apposition between the source and the verb
//     is skipped ("SANA, citing a YPG source, stated"); "said SOHR" after a
//     quotation is read forwards; "citing SOURCE" and "reports by/from
//     SOURCE" too;
//   - a passive reporting verb without a named source ("It was reported
//     that", "was also reported", "were reported to have"): recorded with
//     Source "" so that reconciliation can weigh an unnamed report; its Span
//     is then the cue, since there is no source text to point at.
//
// Span is the source's span when the source is named (Source ==
// Span.Text); Cue holds the reporting expression as written.

// attrSpan is an attribution found in a sentence: source and cue bytes of
// the masked text (srcS == srcE == -1 for an unnamed source).
type attrSpan struct {
	srcS, srcE int
	cueS, cueE int
}

// srcWord reports whether token t can be part of a source noun phrase.
func srcWord(t *ctok) bool {
	if t.p != 0 || t.lx&lxTime != 0 || t.is(ctNum) {
		return false
	}
	if nameTok(t) || t.is(ctAbbr) {
		return true
	}
	if t.is(ctLowerAll) || t.is(ctInit) || t.lx&lxDemonym != 0 {
		return t.lx&(lxSourceNoun|lxGenericHead|lxGenericMod|lxRole|lxDemonym) != 0
	}
	return false
}

// srcHead reports whether token t can end a source noun phrase.
func srcHead(t *ctok) bool {
	return nameTok(t) || t.is(ctAbbr) || t.lx&(lxSourceNoun|lxGenericHead|lxRole) != 0
}

// backwardNP returns the source phrase ending at token k (inclusive), or
// ok=false.
func backwardNP(m string, toks []ctok, lo, k int) (a, b int, ok bool) {
	if k < lo || toks[k].p != 0 {
		return 0, 0, false
	}
	if toks[k].lx&lxPronoun != 0 && toks[k].lx&lxDet == 0 {
		if lowerIs(ctText(m, toks[k]), "who") {
			return 0, 0, false
		}
		return k, k + 1, true
	}
	if !srcHead(&toks[k]) {
		return 0, 0, false
	}
	j := k
	for j-1 >= lo {
		t := &toks[j-1]
		if srcWord(t) {
			j--
			continue
		}
		// Connectors inside a name: "Observatory for Human Rights",
		// "State of Iraq", "Abu Bakr al-Baghdadi".
		if t.p == 0 && t.is(ctLowerAll) && j-2 >= lo && nameTok(&toks[j-2]) && nameTok(&toks[j]) &&
			(t.lx&lxLinkParticle != 0 || isWord(m, toks, j-1, "of") || isWord(m, toks, j-1, "for")) {
			j -= 2
			continue
		}
		break
	}
	// A common word opening the sentence is not part of the source.
	for j < k && toks[j].is(ctInit) && toks[j].lx&lxFunc != 0 && toks[j].lx&(lxSourceNoun|lxGenericHead|lxGenericMod|lxDemonym) == 0 {
		j++
	}
	return j, k + 1, true
}

// forwardNP returns the source phrase starting at token k, after a
// determiner, or ok=false.
func forwardNP(m string, toks []ctok, k, hi int) (a, b int, ok bool) {
	for k < hi && toks[k].p == 0 && toks[k].lx&lxDet != 0 && toks[k].is(ctLowerAll) {
		k++
	}
	j := k
	for j < hi {
		t := &toks[j]
		if srcWord(t) {
			if nameTok(t) && !t.is(ctAbbr) {
				// Take the whole name, with its connectors.
				var one [1]nameSpan
				ns := scanNamesUpTo(m, toks, j, min(hi, j+16), one[:0], 1)
				if len(ns) > 0 && ns[0].a <= j+1 && ns[0].b > j {
					j = ns[0].b
					if toks[j-1].is(ctPoss) {
						break
					}
					continue
				}
			}
			j++
			if t.is(ctPoss) {
				break
			}
			continue
		}
		break
	}
	for j > k && !srcHead(&toks[j-1]) {
		j--
	}
	if j == k {
		return 0, 0, false
	}
	return k, j, true
}

// isReportingVerb reports whether token i is a reporting verb used as a
// verb here.
func isReportingVerb(m string, toks []ctok, lo, i int) bool {
	t := &toks[i]
	if t.p != 0 || t.lx&lxReport == 0 || !(t.is(ctLowerAll)) {
		return false
	}
	if i-1 >= lo && toks[i-1].p == 0 && (toks[i-1].lx&lxDet != 0 && toks[i-1].lx&lxPronoun == 0 || isWord(m, toks, i-1, "to")) {
		return false // "the report", "to confirm"
	}
	w := lowerASCII(ctText(m, *t))
	switch w {
	case "put", "puts":
		// "SOHR put the death toll at 270"
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			switch lowerASCII(ctText(m, toks[k])) {
			case "number", "toll", "figure", "total", "count", "death":
				return true
			}
		}
		return false
	case "state", "report", "claim", "confirm", "announce":
		// Base forms only after a plural subject: "sources claim".
		return i-1 >= lo && toks[i-1].p == 0 && hasSuffixFold(ctText(m, toks[i-1]), "s")
	}
	return true
}

// suffixIng is the ending of a participle ("citing").
var suffixIng = []byte("ing")

// attributions appends the attributions in tokens [lo,hi) of m.
func attributions(m string, toks []ctok, lo, hi int, out []attrSpan) []attrSpan {
	for i := lo; i < hi; i++ {
		t := &toks[i]
		if t.p != 0 || t.lx&lxReport == 0 && t.lx&(lxFunc|lxAttrCue) != lxFunc|lxAttrCue {
			// Every cue below is a reporting verb or one of the words
			// of lxAttrCue, which are function words or reporting verbs.
			continue
		}
		if isWord(m, toks, i, "according") && isWord(m, toks, i+1, "to") && i+1 < hi {
			if a, b, ok := forwardNP(m, toks, i+2, hi); ok {
				out = append(out, attrSpan{srcS: toks[a].s, srcE: toks[b-1].e, cueS: t.s, cueE: toks[i+1].e})
			}
			i++
			continue
		}
		w := ctText(m, *t)
		if (equalFoldASCII(w, "report") || equalFoldASCII(w, "reports")) && i+1 < hi && (isWord(m, toks, i+1, "by") || isWord(m, toks, i+1, "from")) {
			if a, b, ok := forwardNP(m, toks, i+2, hi); ok {
				out = append(out, attrSpan{srcS: toks[a].s, srcE: toks[b-1].e, cueS: t.s, cueE: t.e})
				continue
			}
		}
		if equalFoldASCII(w, "citing") {
			if a, b, ok := forwardNP(m, toks, i+1, hi); ok {
				out = append(out, attrSpan{srcS: toks[a].s, srcE: toks[b-1].e, cueS: t.s, cueE: t.e})
			}
			continue
		}
		if !isReportingVerb(m, toks, lo, i) {
			continue
		}
		// Passive: "it was reported that", "was confirmed by X".
		k := i - 1
		for k >= lo && toks[k].p == 0 && toks[k].lx&lxAux != 0 && toks[k].lx&lxBe == 0 {
			k--
		}
		if k >= lo && toks[k].p == 0 && toks[k].lx&lxBe != 0 {
			if isWord(m, toks, i+1, "by") {
				if a, b, ok := forwardNP(m, toks, i+2, hi); ok {
					out = append(out, attrSpan{srcS: toks[a].s, srcE: toks[b-1].e, cueS: t.s, cueE: t.e})
					continue
				}
			}
			out = append(out, attrSpan{srcS: -1, srcE: -1, cueS: t.s, cueE: t.e})
			continue
		}
		// Active: the subject before the verb, across one apposition.
		if k >= lo && toks[k].p == ',' {
			// "X, the head of Y, confirmed", "ANHA, citing a YPG source, stated"
			c := k - 1
			for c >= lo && toks[c].p != ',' {
				c--
			}
			if c >= lo && c+1 < k && toks[c+1].p == 0 {
				var buf [32]byte
				sw := lowerBytes(buf[:0], ctText(m, toks[c+1]))
				if bytes.HasSuffix(sw, suffixIng) || string(sw) == "who" || string(sw) == "which" || string(sw) == "according" || toks[c+1].lx&lxDet != 0 {
					k = c - 1
				} else {
					k--
				}
			} else {
				k--
			}
		}
		if a, b, ok := backwardNP(m, toks, lo, k); ok && k >= lo {
			s, e := toks[a].s, toks[b-1].e
			sw := m[s:e]
			var buf [16]byte
			if isASCII(sw) && len(sw) > len(buf) {
				sw = "" // longer than every word below
			}
			switch string(lowerBytes(buf[:0], sw)) {
			case "it", "report", "reports", "statement", "which", "that":
				out = append(out, attrSpan{srcS: -1, srcE: -1, cueS: t.s, cueE: t.e})
			default:
				out = append(out, attrSpan{srcS: s, srcE: e, cueS: t.s, cueE: t.e})
			}
			continue
		}
		// Inverted after a quotation: ", said SOHR".
		if i-1 >= lo && (toks[i-1].p == ',' || toks[i-1].p == '"') {
			if a, b, ok := forwardNP(m, toks, i+1, hi); ok {
				out = append(out, attrSpan{srcS: toks[a].s, srcE: toks[b-1].e, cueS: t.s, cueE: t.e})
			}
		}
	}
	return out
}

// findAttribution returns the sources u is credited to, in order.
func findAttribution(u *unit) []claims.Attribution {
	sc := getScratch()
	defer putScratch(sc)
	return sc.findAttribution(u)
}

// findAttribution is findAttribution reading with sc.
func (sc *ctScratch) findAttribution(u *unit) []claims.Attribution {
	sc.load(u)
	atts := sc.unitAttributions()
	if len(atts) == 0 {
		return nil
	}
	out := make([]claims.Attribution, 0, len(atts))
	for i, a := range atts {
		if a.srcS >= 0 && i > 0 && atts[i-1].srcS == a.srcS && atts[i-1].srcE == a.srcE {
			continue // "a report by X documented": one source
		}
		at := claims.Attribution{Cue: u.text[a.cueS:a.cueE]}
		if a.srcS >= 0 {
			at.Source = u.text[a.srcS:a.srcE]
			at.Span = claims.Span{Offset: u.offset + a.srcS, Length: a.srcE - a.srcS, Text: at.Source}
		} else {
			at.Span = claims.Span{Offset: u.offset + a.cueS, Length: a.cueE - a.cueS, Text: at.Cue}
		}
		out = append(out, at)
	}
	return out
}

// Hedges are cues that weaken a claim: reportedly, allegedly, purportedly,
// possibly, apparently, supposedly, presumably, probably, likely,
// unconfirmed/unverified (reports), alleged, purported, suspected,
// rumo(u)red and rumo(u)rs ("It was rumored"), claimed/claims as a verb,
// believed/thought/said to (be/have), (It was) unclear, conflicting or
// contradictory reports, and may/might/could have.

// hedgeWords are the one-word hedges.
var hedgeWords = map[string]bool{
	"reportedly": true, "allegedly": true, "purportedly": true, "possibly": true,
	"apparently": true, "supposedly": true, "presumably": true, "probably": true,
	"likely": true, "unlikely": true, "unconfirmed": true, "unverified": true,
	"alleged": true, "purported": true, "suspected": true, "rumored": true,
	"rumoured": true, "rumors": true, "rumours": true, "rumor": true, "rumour": true,
	"claimed": true, "claims": true, "claim": true, "unclear": true, "believed": true,
	"thought": true, "said": true, "conflicting": true, "contradictory": true,
	"may": true, "might": true, "could": true, "perhaps": true, "uncertain": true,
}

func init() {
	for w := range hedgeWords {
		lexicon[w] |= lxHedge
	}
	addLex(lxAttrCue, "according report reports citing")
}

// hedgeSpans appends the hedge cues of tokens [lo,hi) as [s,e) byte pairs.
func hedgeSpans(m string, toks []ctok, lo, hi int, out [][2]int) [][2]int {
	for i := lo; i < hi; i++ {
		t := &toks[i]
		if t.p != 0 || !(t.is(ctLowerAll) || t.is(ctInit)) {
			continue
		}
		if t.lx&lxHedge == 0 {
			continue
		}
		w := ctText(m, *t)
		var buf [16]byte
		if len(w) > len(buf) {
			continue
		}
		lw := string(foldKey(buf[:0], w))
		s, e := t.s, t.e
		next := func(k int, ws ...string) bool {
			for _, x := range ws {
				if isWord(m, toks, k, x) {
					return true
				}
			}
			return false
		}
		switch lw {
		case "conflicting", "contradictory":
			if !next(i+1, "reports", "accounts", "claims") {
				continue
			}
			e = toks[i+1].e
		case "unconfirmed", "unverified":
			if next(i+1, "reports", "report", "claims", "accounts") {
				e = toks[i+1].e
			}
		case "claimed", "claims", "claim":
			// A verb, not "the claim".
			if i-1 >= lo && toks[i-1].p == 0 && toks[i-1].lx&lxDet != 0 && toks[i-1].lx&lxPronoun == 0 {
				continue
			}
			if lw == "claim" && !(i-1 >= lo && toks[i-1].p == 0 && hasSuffixFold(ctText(m, toks[i-1]), "s")) {
				continue
			}
		case "believed", "thought", "said":
			if !next(i+1, "to") {
				continue
			}
			e = toks[i+1].e
			if next(i+2, "be", "have", "been") {
				e = toks[i+2].e
			}
			if lw == "said" && !(i-1 >= lo && toks[i-1].p == 0 && toks[i-1].lx&lxBe != 0) {
				continue // "said to" only in the passive: "is said to be"
			}
		case "may", "might", "could":
			if !next(i+1, "have") {
				continue
			}
			e = toks[i+1].e
		case "unclear", "rumored", "rumoured", "uncertain":
			// "It was unclear", "it is rumoured"
			if i-2 >= lo && toks[i-1].p == 0 && toks[i-1].lx&lxBe != 0 && isWord(m, toks, i-2, "it") {
				s = toks[i-2].s
			}
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

// findHedges returns the hedge cues of u, in order.
func findHedges(u *unit) []claims.Hedge {
	sc := getScratch()
	defer putScratch(sc)
	return sc.findHedges(u)
}

// findHedges is findHedges reading with sc.
func (sc *ctScratch) findHedges(u *unit) []claims.Hedge {
	sc.load(u)
	if sc.lxAll&lxHedge == 0 {
		return nil
	}
	var arr [8][2]int
	hs := hedgeSpans(u.masked, sc.toks, 0, len(sc.toks), arr[:0])
	if len(hs) == 0 {
		return nil
	}
	out := make([]claims.Hedge, 0, len(hs))
	for _, h := range hs {
		txt := u.text[h[0]:h[1]]
		out = append(out, claims.Hedge{Cue: txt, Span: claims.Span{Offset: u.offset + h[0], Length: h[1] - h[0], Text: txt}})
	}
	return out
}
