package content

import (
	"bytes"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
)

// putObjectWindow bounds the words between "put" and the toll noun that
// makes it a reporting verb: "SOHR put the death toll at 270".
const putObjectWindow = 3

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
func srcWord(t *token.Token) bool {
	if t.Punct != 0 || t.Class&timeWord != 0 || (t.Kind == token.Number) {
		return false
	}
	if nameTok(t) || t.Is(token.Abbrev) {
		return true
	}
	if t.Is(token.LowerCase) || t.Is(token.Initial) || t.Class&demonym != 0 {
		return t.Class&(sourceNoun|genericHead|genericMod|roleNoun|demonym) != 0
	}
	return false
}

// srcHead reports whether token t can end a source noun phrase.
func srcHead(t *token.Token) bool {
	return nameTok(t) || t.Is(token.Abbrev) || t.Class&(sourceNoun|genericHead|roleNoun) != 0
}

// backwardNP returns the source phrase ending at token k (inclusive), or
// ok=false.
func backwardNP(m string, toks []token.Token, lo, k int) (a, b int, ok bool) {
	if k < lo || toks[k].Punct != 0 {
		return 0, 0, false
	}
	if toks[k].Class&pronoun != 0 && toks[k].Class&determiner == 0 {
		if token.LowerIs(toks[k].Text(m), "who") {
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
		if t.Punct == 0 && t.Is(token.LowerCase) && j-2 >= lo && nameTok(&toks[j-2]) && nameTok(&toks[j]) &&
			(t.Class&linkParticle != 0 || isWord(m, toks, j-1, "of") || isWord(m, toks, j-1, "for")) {
			j -= 2
			continue
		}
		break
	}
	// A common word opening the sentence is not part of the source.
	for j < k && toks[j].Is(token.Initial) && toks[j].Class&functionWord != 0 && toks[j].Class&(sourceNoun|genericHead|genericMod|demonym) == 0 {
		j++
	}
	return j, k + 1, true
}

// forwardNP returns the source phrase starting at token k, after a
// determiner, or ok=false.
func forwardNP(m string, toks []token.Token, k, hi int) (a, b int, ok bool) {
	for k < hi && toks[k].Punct == 0 && toks[k].Class&determiner != 0 && toks[k].Is(token.LowerCase) {
		k++
	}
	j := k
	for j < hi {
		t := &toks[j]
		if srcWord(t) {
			if nameTok(t) && !t.Is(token.Abbrev) {
				// Take the whole name, with its connectors.
				var one [1]nameSpan
				ns := scanNamesUpTo(m, toks, j, min(hi, j+16), one[:0], 1)
				if len(ns) > 0 && ns[0].a <= j+1 && ns[0].b > j {
					j = ns[0].b
					if toks[j-1].Is(token.Possessive) {
						break
					}
					continue
				}
			}
			j++
			if t.Is(token.Possessive) {
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
func isReportingVerb(m string, toks []token.Token, lo, i int) bool {
	t := &toks[i]
	if t.Punct != 0 || t.Class&reportVerb == 0 || !(t.Is(token.LowerCase)) {
		return false
	}
	if i-1 >= lo && toks[i-1].Punct == 0 && (toks[i-1].Class&determiner != 0 && toks[i-1].Class&pronoun == 0 || isWord(m, toks, i-1, "to")) {
		return false // "the report", "to confirm"
	}
	w := token.Lower(t.Text(m))
	switch w {
	case "put", "puts":
		// "SOHR put the death toll at 270"
		for k := i + 1; k < len(toks) && k <= i+putObjectWindow; k++ {
			switch token.Lower(toks[k].Text(m)) {
			case "number", "toll", "figure", "total", "count", "death":
				return true
			}
		}
		return false
	case "state", "report", "claim", "confirm", "announce":
		// Base forms only after a plural subject: "sources claim".
		return i-1 >= lo && toks[i-1].Punct == 0 && token.HasSuffixFold(toks[i-1].Text(m), "s")
	}
	return true
}

// suffixIng is the ending of a participle ("citing").
var suffixIng = []byte("ing")

// attributions appends the attributions in tokens [lo,hi) of m.
func attributions(m string, toks []token.Token, lo, hi int, out []attrSpan) []attrSpan {
	for i := lo; i < hi; i++ {
		t := &toks[i]
		if t.Punct != 0 || t.Class&reportVerb == 0 && t.Class&(functionWord|attrCue) != functionWord|attrCue {
			// Every cue below is a reporting verb or one of the words
			// of attrCue, which are function words or reporting verbs.
			continue
		}
		if isWord(m, toks, i, "according") && isWord(m, toks, i+1, "to") && i+1 < hi {
			if a, b, ok := forwardNP(m, toks, i+2, hi); ok {
				out = append(out, attrSpan{srcS: toks[a].Start, srcE: toks[b-1].End, cueS: t.Start, cueE: toks[i+1].End})
			}
			i++
			continue
		}
		w := t.Text(m)
		if (token.EqualFold(w, "report") || token.EqualFold(w, "reports")) && i+1 < hi && (isWord(m, toks, i+1, "by") || isWord(m, toks, i+1, "from")) {
			if a, b, ok := forwardNP(m, toks, i+2, hi); ok {
				out = append(out, attrSpan{srcS: toks[a].Start, srcE: toks[b-1].End, cueS: t.Start, cueE: t.End})
				continue
			}
		}
		if token.EqualFold(w, "citing") {
			if a, b, ok := forwardNP(m, toks, i+1, hi); ok {
				out = append(out, attrSpan{srcS: toks[a].Start, srcE: toks[b-1].End, cueS: t.Start, cueE: t.End})
			}
			continue
		}
		if !isReportingVerb(m, toks, lo, i) {
			continue
		}
		// Passive: "it was reported that", "was confirmed by X".
		k := i - 1
		for k >= lo && toks[k].Punct == 0 && toks[k].Class&auxiliary != 0 && toks[k].Class&beForm == 0 {
			k--
		}
		if k >= lo && toks[k].Punct == 0 && toks[k].Class&beForm != 0 {
			if isWord(m, toks, i+1, "by") {
				if a, b, ok := forwardNP(m, toks, i+2, hi); ok {
					out = append(out, attrSpan{srcS: toks[a].Start, srcE: toks[b-1].End, cueS: t.Start, cueE: t.End})
					continue
				}
			}
			out = append(out, attrSpan{srcS: -1, srcE: -1, cueS: t.Start, cueE: t.End})
			continue
		}
		// Active: the subject before the verb, across one apposition.
		if k >= lo && toks[k].Punct == ',' {
			// "X, the head of Y, confirmed", "ANHA, citing a YPG source, stated"
			c := k - 1
			for c >= lo && toks[c].Punct != ',' {
				c--
			}
			if c >= lo && c+1 < k && toks[c+1].Punct == 0 {
				var buf [32]byte
				sw := token.LowerBytes(buf[:0], toks[c+1].Text(m))
				if bytes.HasSuffix(sw, suffixIng) || string(sw) == "who" || string(sw) == "which" || string(sw) == "according" || toks[c+1].Class&determiner != 0 {
					k = c - 1
				} else {
					k--
				}
			} else {
				k--
			}
		}
		if a, b, ok := backwardNP(m, toks, lo, k); ok && k >= lo {
			s, e := toks[a].Start, toks[b-1].End
			sw := m[s:e]
			var buf [16]byte
			if token.IsASCII(sw) && len(sw) > len(buf) {
				sw = "" // longer than every word below
			}
			switch string(token.LowerBytes(buf[:0], sw)) {
			case "it", "report", "reports", "statement", "which", "that":
				out = append(out, attrSpan{srcS: -1, srcE: -1, cueS: t.Start, cueE: t.End})
			default:
				out = append(out, attrSpan{srcS: s, srcE: e, cueS: t.Start, cueE: t.End})
			}
			continue
		}
		// Inverted after a quotation: ", said SOHR".
		if i-1 >= lo && (toks[i-1].Punct == ',' || toks[i-1].Punct == '"') {
			if a, b, ok := forwardNP(m, toks, i+1, hi); ok {
				out = append(out, attrSpan{srcS: toks[a].Start, srcE: toks[b-1].End, cueS: t.Start, cueE: t.End})
			}
		}
	}
	return out
}

// Attribution returns the sources u is credited to, in order.
func (sc *Reader) Attribution(u *article.Unit) []claims.Attribution {
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
		at := claims.Attribution{Cue: u.Text[a.cueS:a.cueE]}
		if a.srcS >= 0 {
			at.Source = u.Text[a.srcS:a.srcE]
			at.Span = claims.Span{Offset: u.Offset + a.srcS, Length: a.srcE - a.srcS, Text: at.Source}
		} else {
			at.Span = claims.Span{Offset: u.Offset + a.cueS, Length: a.cueE - a.cueS, Text: at.Cue}
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

// hedgeSpans appends the hedge cues of tokens [lo,hi) as [s,e) byte pairs.
func hedgeSpans(m string, toks []token.Token, lo, hi int, out [][2]int) [][2]int {
	for i := lo; i < hi; i++ {
		t := &toks[i]
		if t.Punct != 0 || !(t.Is(token.LowerCase) || t.Is(token.Initial)) {
			continue
		}
		if t.Class&hedgeWord == 0 {
			continue
		}
		w := t.Text(m)
		var buf [16]byte
		if len(w) > len(buf) {
			continue
		}
		lw := string(token.FoldKey(buf[:0], w))
		s, e := t.Start, t.End
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
			e = toks[i+1].End
		case "unconfirmed", "unverified":
			if next(i+1, "reports", "report", "claims", "accounts") {
				e = toks[i+1].End
			}
		case "claimed", "claims", "claim":
			// A verb, not "the claim".
			if i-1 >= lo && toks[i-1].Punct == 0 && toks[i-1].Class&determiner != 0 && toks[i-1].Class&pronoun == 0 {
				continue
			}
			if lw == "claim" && !(i-1 >= lo && toks[i-1].Punct == 0 && token.HasSuffixFold(toks[i-1].Text(m), "s")) {
				continue
			}
		case "believed", "thought", "said":
			if !next(i+1, "to") {
				continue
			}
			e = toks[i+1].End
			if next(i+2, "be", "have", "been") {
				e = toks[i+2].End
			}
			if lw == "said" && !(i-1 >= lo && toks[i-1].Punct == 0 && toks[i-1].Class&beForm != 0) {
				continue // "said to" only in the passive: "is said to be"
			}
		case "may", "might", "could":
			if !next(i+1, "have") {
				continue
			}
			e = toks[i+1].End
		case "unclear", "rumored", "rumoured", "uncertain":
			// "It was unclear", "it is rumoured"
			if i-2 >= lo && toks[i-1].Punct == 0 && toks[i-1].Class&beForm != 0 && isWord(m, toks, i-2, "it") {
				s = toks[i-2].Start
			}
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

// Hedges returns the hedge cues of u, in order.
func (sc *Reader) Hedges(u *article.Unit) []claims.Hedge {
	sc.load(u)
	if sc.classes&hedgeWord == 0 {
		return nil
	}
	var arr [8][2]int
	hs := hedgeSpans(u.Masked, sc.toks, 0, len(sc.toks), arr[:0])
	if len(hs) == 0 {
		return nil
	}
	out := make([]claims.Hedge, 0, len(hs))
	for _, h := range hs {
		txt := u.Text[h[0]:h[1]]
		out = append(out, claims.Hedge{Cue: txt, Span: claims.Span{Offset: u.Offset + h[0], Length: h[1] - h[0], Text: txt}})
	}
	return out
}
