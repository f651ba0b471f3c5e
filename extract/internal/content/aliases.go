package content

import (
	"sort"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
)

// Declared aliases are names a sentence itself declares to be one entity.
// Patterns, with X the name before and Y the name declared for it:
//
//	X (aka Y), X (a.k.a. Y), X (also known as Y), X (known as Y),
//	X (also called Y), X (nicknamed Y), X, also known as Y    → aka
//	X (Y) where Y is an abbreviation whose letters follow the
//	initials of X ("Tahrir al-Sham (HTS)"; not "Northern Storm
//	Brigade (FSA)-held", an affiliation)                      → abbreviation
//	X (Y) where one side is an English name ("of", "Army") and
//	the other a romanised Arabic one (al-, Jaysh, Liwa…);
//	X (Arabic: Y)                                             → translation
//	X (Y's new brand|name), X (formerly Y), X (formerly known
//	as Y), X, a relaunched version of Y; X, the successor of Y;
//	Y renamed itself X; Y was renamed X; Y changed its name to
//	X; Y rebranded as X                                        → renamed (Name X, Alias Y)
//	X (now Y), X (now known as Y)                              → renamed (Name Y, Alias X)
//
// A sentence that declares a renaming of a group named in an earlier
// sentence ("This group was a relaunched version of al-Nusra Front") gives
// an alias whose Name is the anaphor ("This group"); LinkDeclaredAliases,
// run over a document's claims, replaces it with the last group mentioned
// before, or drops the alias when there is none.
//
// Since is left nil: the date of a renaming ("only changing their name in
// July 2016") is the dates tagger's to read.

// aliasSpan is a declared alias found in a sentence (masked offsets).
type aliasSpan struct {
	ns, ne, as, ae int
	rel            claims.AliasRelation
}

// nameAt returns the name among ns that ends just before token k (b == k),
// or -1.
func nameEndingAt(ns []nameSpan, k int) int {
	// ns is in order and its spans do not overlap.
	i := sort.Search(len(ns), func(i int) bool { return ns[i].b >= k })
	for ; i < len(ns) && ns[i].b == k; i++ {
		if !ns[i].generic {
			return i
		}
	}
	return -1
}

// nameFrom returns the first name among ns that starts in [k, k+within],
// or -1.
func nameFrom(ns []nameSpan, k, within int) int {
	for i := sort.Search(len(ns), func(i int) bool { return ns[i].a >= k }); i < len(ns) && ns[i].a <= k+within; i++ {
		if !ns[i].generic && ns[i].a >= k && ns[i].a <= k+within {
			return i
		}
	}
	return -1
}

// acronymOK reports whether the letters of abbreviation ab follow the
// initials of the words of tokens [a,b) for at least half of its letters.
func acronymOK(m string, toks []token.Token, a, b int, ab string) bool {
	var ini [32]byte
	n := 0
	for k := a; k < b && n < len(ini)-4; k++ {
		if toks[k].Punct != 0 {
			continue
		}
		w := toks[k].Text(m)
		start := true
		for i := 0; i < len(w) && n < len(ini); i++ {
			c := w[i]
			if c == '-' || c == '\'' {
				start = true
				continue
			}
			if start && token.IsLetter(c) {
				ini[n] = c | 0x20
				n++
			}
			start = false
		}
	}
	letters, hit, j := 0, 0, 0
	for i := 0; i < len(ab); i++ {
		c := ab[i]
		if !token.IsLetter(c) || c >= 'a' && c <= 'z' {
			continue
		}
		letters++
		f := j
		for f < n && ini[f] != c|0x20 {
			f++
		}
		if f < n {
			hit++
			j = f + 1
		}
	}
	return letters >= 2 && hit*2 >= letters
}

// arabicName and englishName tell a romanised Arabic name from an
// English one.
func arabicName(toks []token.Token, n *nameSpan) bool {
	for k := n.a; k < n.b; k++ {
		if toks[k].Is(token.Article) || toks[k].Class&groupHead != 0 && toks[k].Is(token.Cap) || toks[k].Class&linkParticle != 0 && toks[k].Class&arabicArticle != 0 {
			return true
		}
	}
	return false
}

func englishName(m string, toks []token.Token, n *nameSpan) bool {
	if arabicName(toks, n) {
		return false
	}
	for k := n.a; k < n.b; k++ {
		if isWord(m, toks, k, "of") || isWord(m, toks, k, "for") || toks[k].Class&groupCue != 0 && toks[k].Is(token.Cap) {
			return true
		}
	}
	return false
}

// isAnaphor reports whether tokens [a,b) are an anaphor for a group: "it",
// "this group", "the organization", "the new group".
func isAnaphor(m string, toks []token.Token, a, b int) bool {
	if b-a == 1 {
		return isWord(m, toks, a, "it")
	}
	if b-a < 2 || b-a > 3 {
		return false
	}
	if !(isWord(m, toks, a, "this") || isWord(m, toks, a, "the") || isWord(m, toks, a, "that")) {
		return false
	}
	h := &toks[b-1]
	if h.Punct != 0 || !h.Is(token.LowerCase) {
		return false
	}
	switch token.Lower(h.Text(m)) {
	case "group", "organization", "organisation", "movement", "faction", "coalition", "alliance", "front", "militia", "brigade":
		return true
	}
	return false
}

// Windows of the alias patterns, in tokens.
const (
	// maxBracketTokens bounds the tokens from a '(' to its ')': a longer
	// bracket is an aside, not a name's alias.
	maxBracketTokens = 30
	// possessiveCueGap bounds the words between a possessive name and the
	// renaming word after it: "(Jund al-Aqsa's new brand)".
	possessiveCueGap = 3
	// commaCueWindow bounds the words between a comma and the renaming
	// word of "X, a relaunched version of Y".
	commaCueWindow = 3
	// successorGap bounds the words from the verb "be" to the renaming
	// word of "X was a relaunched version of Y".
	successorGap = 4
	// anaphorLead is how far before its head noun an anaphor starts:
	// "this new group" (see isAnaphor).
	anaphorLead = 2
)

// aliasesIn appends the declared aliases of the sentence m, whose tokens
// are toks and whose names are ns. Each pattern starts at a token: an
// opening bracket after a name (aliasesInBrackets), a comma after a name
// (aliasesAfterComma), or a renaming word (aliasesOfRenaming).
func aliasesIn(m string, toks []token.Token, ns []nameSpan, out []aliasSpan) []aliasSpan {
	r := aliasReader{m: m, toks: toks, ns: ns, out: out}
	for p := range toks {
		t := &toks[p]
		switch {
		case t.Punct == '(':
			r.inBrackets(p)
		case t.Punct == ',':
			r.afterComma(p)
		case t.Punct == 0 && t.Is(token.LowerCase) && t.Class&(renameCue|renameVerb) != 0:
			r.renaming(p)
		}
	}
	return r.out
}

// aliasReader reads the declared aliases of a sentence: its text, tokens
// and names, and the aliases found so far.
type aliasReader struct {
	m    string
	toks []token.Token
	ns   []nameSpan
	out  []aliasSpan
}

// word reports whether token k is the word w (see isWord).
func (r *aliasReader) word(k int, w string) bool { return isWord(r.m, r.toks, k, w) }

// add adds y as an alias of x.
func (r *aliasReader) add(x, y *nameSpan, rel claims.AliasRelation) {
	r.out = append(r.out, aliasSpan{ns: x.s, ne: x.e, as: y.s, ae: y.e, rel: rel})
}

// addText adds the text [s,e), without the quotation marks around it, as
// an alias of x.
func (r *aliasReader) addText(x *nameSpan, s, e int, rel claims.AliasRelation) {
	s, e = trimQuotes(r.m, s, e)
	if s < e {
		r.out = append(r.out, aliasSpan{ns: x.s, ne: x.e, as: s, ae: e, rel: rel})
	}
}

// inBrackets reads a bracket that opens at token p after a name:
// "X (also known as Y)", "X (formerly Y)", "X (now Y)", "X (Arabic: Y)",
// "X (Y's new brand)", "X (HTS)".
func (r *aliasReader) inBrackets(p int) {
	toks := r.toks
	q := p + 1
	for q < len(toks) && q < p+maxBracketTokens && toks[q].Punct != ')' && toks[q].Punct != '(' {
		q++
	}
	if q >= len(toks) || toks[q].Punct != ')' || q == p+1 {
		return
	}
	xi := nameEndingAt(r.ns, p)
	if xi < 0 {
		return
	}
	x := &r.ns[xi]
	innerS, innerE := toks[p+1].Start, toks[q-1].End
	k := p + 1
	switch {
	case r.word(k, "aka") || r.word(k, "a.k.a.") || r.word(k, "a.k.a"):
		r.addText(x, toks[k].End, innerE, claims.AliasAKA)
	case r.word(k, "also") && (r.word(k+1, "known") && r.word(k+2, "as") || r.word(k+1, "called")):
		n := k + 2
		if r.word(k+1, "known") {
			n = k + 3
		}
		if n < q {
			r.addText(x, toks[n].Start, innerE, claims.AliasAKA)
		}
	case r.word(k, "known") && r.word(k+1, "as") && k+2 < q:
		r.addText(x, toks[k+2].Start, innerE, claims.AliasAKA)
	case (r.word(k, "nicknamed") || r.word(k, "called") || r.word(k, "born")) && k+1 < q:
		r.addText(x, toks[k+1].Start, innerE, claims.AliasAKA)
	case r.word(k, "formerly") || r.word(k, "previously") || r.word(k, "originally"):
		if n := r.pastNaming(k + 1); n < q {
			r.addText(x, toks[n].Start, innerE, claims.AliasRenamed)
		}
	case r.word(k, "now"):
		if yi := nameFrom(r.ns, r.pastNaming(k+1), 1); yi >= 0 && r.ns[yi].b <= q {
			r.add(&r.ns[yi], x, claims.AliasRenamed)
		}
	case toks[k].Punct == 0 && toks[k].Is(token.Cap) && k+1 < q && toks[k+1].Punct == ':' && toks[k].Class&demonym != 0 || r.word(k, "arabic") && toks[k+1].Punct == ':':
		r.translationInBrackets(x, k, q)
	default:
		if !r.renamingInBrackets(x, k, q) {
			r.nameInBrackets(x, k, q, innerS, innerE)
		}
	}
}

// pastNaming returns the token after "known as", "called" or "named" at
// token n, or n: "formerly known as Y".
func (r *aliasReader) pastNaming(n int) int {
	if r.word(n, "known") && r.word(n+1, "as") {
		return n + 2
	}
	if r.word(n, "called") || r.word(n, "named") {
		return n + 1
	}
	return n
}

// translationInBrackets reads "(Arabic: جبهة النصرة)", "(Kurdish:
// Yekîneyên Parastina Gel)": the language at token k, the alias after the
// colon up to a comma, a semicolon or the bracket's end q.
func (r *aliasReader) translationInBrackets(x *nameSpan, k, q int) {
	toks := r.toks
	e := k + 2
	for e < q && toks[e].Punct != ';' && toks[e].Punct != ',' {
		e++
	}
	if e > k+2 {
		r.addText(x, toks[k+2].Start, toks[e-1].End, claims.AliasTranslation)
	}
}

// renamingInBrackets reads "(Jund al-Aqsa's new brand)", "(the new name
// of Y)": the first renaming word in tokens [k,q), with a possessive name
// before it or "of"/"to" and a name after it. It reports whether it found
// an alias.
func (r *aliasReader) renamingInBrackets(x *nameSpan, k, q int) bool {
	toks := r.toks
	for c := k; c < q; c++ {
		if toks[c].Punct != 0 || toks[c].Class&renameCue == 0 {
			continue
		}
		if nameEndingAt(r.ns, c) < 0 {
			// "Y's new brand": a possessive name before the cue.
			for z := c - 1; z >= k && z >= c-possessiveCueGap; z-- {
				if toks[z].Is(token.Possessive) {
					if yi := nameEndingAt(r.ns, z+1); yi >= 0 {
						r.add(x, &r.ns[yi], claims.AliasRenamed)
						return true
					}
					break
				}
			}
		}
		if r.word(c+1, "of") || r.word(c+1, "to") {
			if yi := nameFrom(r.ns, c+2, 1); yi >= 0 && r.ns[yi].b <= q {
				r.add(x, &r.ns[yi], claims.AliasRenamed)
				return true
			}
		}
		return false
	}
	return false
}

// nameInBrackets reads "(HTS)", "(Jaysh al-Thuwar)": one name filling the
// bracket, tokens [k,q) and text [innerS,innerE), an abbreviation of x or
// its translation.
func (r *aliasReader) nameInBrackets(x *nameSpan, k, q, innerS, innerE int) {
	toks := r.toks
	yi := nameFrom(r.ns, k, 1)
	if yi < 0 {
		return
	}
	y := &r.ns[yi]
	ys, ye := trimQuotes(r.m, innerS, innerE)
	if y.s != ys || y.e != ye {
		return
	}
	if q+1 < len(toks) && toks[q+1].Punct == '-' && toks[q+1].Start == toks[q].End {
		return // "(FSA)-held": an affiliation
	}
	if y.b-y.a == 1 && toks[y.a].Is(token.Abbrev) {
		if acronymOK(r.m, toks, x.a, x.b, toks[y.a].Text(r.m)) {
			r.add(x, y, claims.AliasAbbreviation)
		}
		return
	}
	if arabicName(toks, x) && englishName(r.m, toks, y) || englishName(r.m, toks, x) && arabicName(toks, y) {
		r.add(x, y, claims.AliasTranslation)
	}
}

// afterComma reads a comma at token p after a name: "X, also known as Y",
// "X, formerly Y", "X, a relaunched version of Y".
func (r *aliasReader) afterComma(p int) {
	toks := r.toks
	xi := nameEndingAt(r.ns, p)
	if xi < 0 {
		return
	}
	x := &r.ns[xi]
	k := p + 1
	rel := claims.AliasRelation("")
	switch {
	case r.word(k, "aka") || r.word(k, "a.k.a."):
		k++
		rel = claims.AliasAKA
	case r.word(k, "also") && r.word(k+1, "known") && r.word(k+2, "as"):
		k += 3
		rel = claims.AliasAKA
	case r.word(k, "also") && r.word(k+1, "called"):
		k += 2
		rel = claims.AliasAKA
	case r.word(k, "formerly") || r.word(k, "previously"):
		k = r.pastNaming(k + 1)
		rel = claims.AliasRenamed
	default:
		for c := k; c < len(toks) && c <= k+commaCueWindow; c++ {
			if toks[c].Punct != 0 {
				break
			}
			if toks[c].Class&renameCue != 0 && (r.word(c+1, "of") || r.word(c+1, "to")) {
				k = c + 2
				rel = claims.AliasRenamed
				break
			}
		}
	}
	if rel == "" {
		return
	}
	if r.word(k, "the") {
		k++
	}
	if k < len(toks) && toks[k].Punct == '"' {
		k++
	}
	if yi := nameFrom(r.ns, k, 0); yi >= 0 {
		r.add(x, &r.ns[yi], rel)
	}
}

// renaming reads the renaming word at token p: "Y renamed itself X", "Y
// changed its name to X", and "X was a relaunched version of Y".
func (r *aliasReader) renaming(p int) {
	t := &r.toks[p]
	switch t.Text(r.m) {
	case "renamed", "rebranded":
		r.renamedTo(p)
	case "changed":
		r.changedName(p)
	}
	if t.Class&renameCue != 0 && (r.word(p+1, "of") || r.word(p+1, "to")) {
		r.successor(p)
	}
}

// renamedTo reads "Y renamed itself (as) X", "Y was renamed X": the
// verb at token p.
func (r *aliasReader) renamedTo(p int) {
	toks := r.toks
	k := p - 1
	for k >= 0 && toks[k].Punct == 0 && (toks[k].Class&(beForm|auxiliary) != 0) {
		k--
	}
	yi := nameEndingAt(r.ns, k+1)
	n := p + 1
	for n < len(toks) && (r.word(n, "itself") || r.word(n, "as") || r.word(n, "to") || r.word(n, "the") || toks[n].Punct == '"') {
		n++
	}
	if xi := nameFrom(r.ns, n, 0); xi >= 0 && yi >= 0 {
		r.add(&r.ns[xi], &r.ns[yi], claims.AliasRenamed)
	}
}

// changedName reads "Y changed its name to X": "changed" at token p.
func (r *aliasReader) changedName(p int) {
	toks := r.toks
	if !r.word(p+1, "its") || !r.word(p+2, "name") || !r.word(p+3, "to") {
		return
	}
	k := p - 1
	for k >= 0 && toks[k].Punct == 0 && toks[k].Class&auxiliary != 0 {
		k--
	}
	n := p + 4
	if r.word(n, "the") || n < len(toks) && toks[n].Punct == '"' {
		n++
	}
	yi := nameEndingAt(r.ns, k+1)
	if xi := nameFrom(r.ns, n, 0); xi >= 0 && yi >= 0 {
		r.add(&r.ns[xi], &r.ns[yi], claims.AliasRenamed)
	}
}

// successor reads "X was a relaunched version of Y", "This group was the
// successor of Y": the renaming word at token p, "of" or "to" after it.
// The subject may be an anaphor, which LinkDeclaredAliases resolves.
func (r *aliasReader) successor(p int) {
	toks := r.toks
	k := p - 1
	for k >= 0 && toks[k].Punct == 0 && toks[k].Is(token.LowerCase) && toks[k].Class&beForm == 0 && p-k <= successorGap {
		k--
	}
	if k < 0 || toks[k].Punct != 0 || toks[k].Class&beForm == 0 {
		return
	}
	n := p + 2
	if r.word(n, "the") {
		n++
	}
	yi := nameFrom(r.ns, n, 0)
	if yi < 0 {
		return
	}
	subj := k - 1
	for subj >= 0 && toks[subj].Punct == 0 && toks[subj].Class&auxiliary != 0 && toks[subj].Class&pronoun == 0 {
		subj--
	}
	if xi := nameEndingAt(r.ns, subj+1); xi >= 0 {
		r.add(&r.ns[xi], &r.ns[yi], claims.AliasRenamed)
		return
	}
	for a := subj; a >= 0 && a >= subj-anaphorLead; a-- {
		if isAnaphor(r.m, toks, a, subj+1) {
			anaphor := nameSpan{a: a, b: subj + 1, s: toks[a].Start, e: toks[subj].End}
			r.add(&anaphor, &r.ns[yi], claims.AliasRenamed)
			return
		}
	}
}

// mayDeclareAlias reports whether the sentence loaded in sc has a token
// that one of the patterns of aliasesIn starts from: an opening bracket, a
// renaming word, or a word that may follow the comma of "X, also known as
// Y" (aliasCue). Without one, aliasesIn finds nothing, and its names need
// not be read.
func mayDeclareAlias(sc *Reader) bool {
	return sc.paren || sc.classes&(renameCue|renameVerb|aliasCue) != 0
}

// Aliases returns the names u declares to be the same.
func (sc *Reader) Aliases(u *article.Unit) []claims.DeclaredAlias {
	sc.load(u)
	m := u.Masked
	if !mayDeclareAlias(sc) {
		return nil
	}
	sc.names = scanNames(m, sc.toks, 0, len(sc.toks), sc.names[:0])
	var arr [4]aliasSpan
	as := aliasesIn(m, sc.toks, sc.names, arr[:0])
	if len(as) == 0 {
		return nil
	}
	out := make([]claims.DeclaredAlias, 0, len(as))
	for _, a := range as {
		if a.ns >= a.ne || a.as >= a.ae {
			continue
		}
		out = append(out, claims.DeclaredAlias{
			Name:     claims.Span{Offset: u.Offset + a.ns, Length: a.ne - a.ns, Text: u.Text[a.ns:a.ne]},
			Alias:    claims.Span{Offset: u.Offset + a.as, Length: a.ae - a.as, Text: u.Text[a.as:a.ae]},
			Relation: a.rel,
		})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// anaphorText reports whether s, a Name of a declared alias, is an anaphor
// left for LinkDeclaredAliases.
func anaphorText(s string) bool {
	lex := ownLexicon().tokens
	toks := token.Words(s, token.Tokenize(s, lex, nil), lex, nil)
	return len(toks) > 0 && isAnaphor(s, toks, 0, len(toks))
}

// LinkDeclaredAliases resolves the anaphors findAliases leaves as the Name
// of a renaming ("This group was a relaunched version of al-Nusra Front"):
// the Name becomes the last group mentioned before that sentence in the same
// document; without one, the alias is dropped. cs is one or more
// documents' claims in reading order; claims of one sentence share their
// Aliases slice, which is replaced, never edited in place.
func LinkDeclaredAliases(cs []claims.Claim) {
	var last *claims.Mention
	doc := ""
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].Provenance.Doc == cs[i].Provenance.Doc && cs[j].Provenance.Offset == cs[i].Provenance.Offset {
			j++
		}
		if cs[i].Provenance.Doc != doc {
			doc, last = cs[i].Provenance.Doc, nil
		}
		als := cs[i].Aliases
		fix := false
		for _, a := range als {
			if anaphorText(a.Name.Text) {
				fix = true
			}
		}
		if fix {
			var out []claims.DeclaredAlias
			for _, a := range als {
				if anaphorText(a.Name.Text) {
					if last == nil {
						continue
					}
					a.Name = last.Span
				}
				out = append(out, a)
			}
			for k := i; k < j; k++ {
				cs[k].Aliases = out
			}
		}
		for k := i; k < j; k++ {
			for x := range cs[k].Mentions {
				if cs[k].Mentions[x].Kind == claims.MentionGroup {
					last = &cs[k].Mentions[x]
				}
			}
		}
		i = j
	}
}
