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

// aliasesIn appends the declared aliases of the sentence.
func aliasesIn(m string, toks []token.Token, ns []nameSpan, out []aliasSpan) []aliasSpan {
	hi := len(toks)
	add := func(x, y *nameSpan, rel claims.AliasRelation) {
		out = append(out, aliasSpan{ns: x.s, ne: x.e, as: y.s, ae: y.e, rel: rel})
	}
	addRaw := func(x *nameSpan, s, e int, rel claims.AliasRelation) {
		s, e = trimQuotes(m, s, e)
		if s < e {
			out = append(out, aliasSpan{ns: x.s, ne: x.e, as: s, ae: e, rel: rel})
		}
	}
	for p := 0; p < hi; p++ {
		t := &toks[p]
		switch {
		case t.Punct == '(':
			q := p + 1
			for q < hi && q < p+30 && toks[q].Punct != ')' && toks[q].Punct != '(' {
				q++
			}
			if q >= hi || toks[q].Punct != ')' || q == p+1 {
				continue
			}
			xi := nameEndingAt(ns, p)
			if xi < 0 {
				continue
			}
			x := &ns[xi]
			innerS, innerE := toks[p+1].Start, toks[q-1].End
			k := p + 1
			switch {
			case isWord(m, toks, k, "aka") || isWord(m, toks, k, "a.k.a.") || isWord(m, toks, k, "a.k.a"):
				addRaw(x, toks[k].End, innerE, claims.AliasAKA)
			case isWord(m, toks, k, "also") && (isWord(m, toks, k+1, "known") && isWord(m, toks, k+2, "as") || isWord(m, toks, k+1, "called")):
				n := k + 2
				if isWord(m, toks, k+1, "known") {
					n = k + 3
				}
				if n < q {
					addRaw(x, toks[n].Start, innerE, claims.AliasAKA)
				}
			case isWord(m, toks, k, "known") && isWord(m, toks, k+1, "as") && k+2 < q:
				addRaw(x, toks[k+2].Start, innerE, claims.AliasAKA)
			case (isWord(m, toks, k, "nicknamed") || isWord(m, toks, k, "called") || isWord(m, toks, k, "born")) && k+1 < q:
				addRaw(x, toks[k+1].Start, innerE, claims.AliasAKA)
			case isWord(m, toks, k, "formerly") || isWord(m, toks, k, "previously") || isWord(m, toks, k, "originally"):
				n := k + 1
				if isWord(m, toks, n, "known") && isWord(m, toks, n+1, "as") {
					n += 2
				} else if isWord(m, toks, n, "called") || isWord(m, toks, n, "named") {
					n++
				}
				if n < q {
					addRaw(x, toks[n].Start, innerE, claims.AliasRenamed)
				}
			case isWord(m, toks, k, "now"):
				n := k + 1
				if isWord(m, toks, n, "known") && isWord(m, toks, n+1, "as") {
					n += 2
				} else if isWord(m, toks, n, "called") || isWord(m, toks, n, "named") {
					n++
				}
				if yi := nameFrom(ns, n, 1); yi >= 0 && ns[yi].b <= q {
					add(&ns[yi], x, claims.AliasRenamed)
				}
			case toks[k].Punct == 0 && toks[k].Is(token.Cap) && k+1 < q && toks[k+1].Punct == ':' && toks[k].Class&demonym != 0 || isWord(m, toks, k, "arabic") && toks[k+1].Punct == ':':
				// "(Arabic: جبهة النصرة)", "(Kurdish: Yekîneyên Parastina Gel)"
				e := k + 2
				for e < q && toks[e].Punct != ';' && toks[e].Punct != ',' {
					e++
				}
				if e > k+2 {
					addRaw(x, toks[k+2].Start, toks[e-1].End, claims.AliasTranslation)
				}
			default:
				// "(Jund al-Aqsa's new brand)", "(the new name of Y)"
				done := false
				for r := k; r < q; r++ {
					if toks[r].Punct == 0 && toks[r].Class&renameCue != 0 {
						if yi := nameEndingAt(ns, r); yi < 0 {
							// "Y's new brand": a possessive name before the cue.
							for z := r - 1; z >= k && z >= r-3; z-- {
								if toks[z].Is(token.Possessive) {
									if yi := nameEndingAt(ns, z+1); yi >= 0 {
										add(x, &ns[yi], claims.AliasRenamed)
										done = true
									}
									break
								}
							}
						}
						if !done && (isWord(m, toks, r+1, "of") || isWord(m, toks, r+1, "to")) {
							if yi := nameFrom(ns, r+2, 1); yi >= 0 && ns[yi].b <= q {
								add(x, &ns[yi], claims.AliasRenamed)
								done = true
							}
						}
						break
					}
				}
				if done {
					continue
				}
				// "(HTS)", "(Jaysh al-Thuwar)": one name filling the brackets.
				yi := nameFrom(ns, k, 1)
				if yi < 0 {
					continue
				}
				y := &ns[yi]
				ys, ye := trimQuotes(m, innerS, innerE)
				if y.s != ys || y.e != ye {
					continue
				}
				if q+1 < hi && toks[q+1].Punct == '-' && toks[q+1].Start == toks[q].End {
					continue // "(FSA)-held": an affiliation
				}
				if y.b-y.a == 1 && toks[y.a].Is(token.Abbrev) {
					if acronymOK(m, toks, x.a, x.b, toks[y.a].Text(m)) {
						add(x, y, claims.AliasAbbreviation)
					}
					continue
				}
				if arabicName(toks, x) && englishName(m, toks, y) || englishName(m, toks, x) && arabicName(toks, y) {
					add(x, y, claims.AliasTranslation)
				}
			}
		case t.Punct == ',':
			// "X, also known as Y", "X, formerly Y", "X, a relaunched version of Y"
			xi := nameEndingAt(ns, p)
			if xi < 0 {
				continue
			}
			x := &ns[xi]
			k := p + 1
			rel := claims.AliasRelation("")
			switch {
			case isWord(m, toks, k, "aka") || isWord(m, toks, k, "a.k.a."):
				k++
				rel = claims.AliasAKA
			case isWord(m, toks, k, "also") && isWord(m, toks, k+1, "known") && isWord(m, toks, k+2, "as"):
				k += 3
				rel = claims.AliasAKA
			case isWord(m, toks, k, "also") && isWord(m, toks, k+1, "called"):
				k += 2
				rel = claims.AliasAKA
			case isWord(m, toks, k, "formerly") || isWord(m, toks, k, "previously"):
				k++
				if isWord(m, toks, k, "known") && isWord(m, toks, k+1, "as") {
					k += 2
				} else if isWord(m, toks, k, "called") || isWord(m, toks, k, "named") {
					k++
				}
				rel = claims.AliasRenamed
			default:
				for r := k; r < hi && r <= k+3; r++ {
					if toks[r].Punct != 0 {
						break
					}
					if toks[r].Class&renameCue != 0 && (isWord(m, toks, r+1, "of") || isWord(m, toks, r+1, "to")) {
						k = r + 2
						rel = claims.AliasRenamed
						break
					}
				}
			}
			if rel == "" {
				continue
			}
			if isWord(m, toks, k, "the") {
				k++
			}
			if k < hi && toks[k].Punct == '"' {
				k++
			}
			if yi := nameFrom(ns, k, 0); yi >= 0 {
				add(x, &ns[yi], rel)
			}
		case t.Punct == 0 && t.Is(token.LowerCase) && t.Class&(renameCue|renameVerb) != 0:
			w := t.Text(m)
			switch w {
			case "renamed", "rebranded":
				// "Y renamed itself X", "Y was renamed (as) X"
				k := p - 1
				for k >= 0 && toks[k].Punct == 0 && (toks[k].Class&(beForm|auxiliary) != 0) {
					k--
				}
				yi := nameEndingAt(ns, k+1)
				n := p + 1
				for n < hi && (isWord(m, toks, n, "itself") || isWord(m, toks, n, "as") || isWord(m, toks, n, "to") || isWord(m, toks, n, "the") || toks[n].Punct == '"') {
					n++
				}
				if xi := nameFrom(ns, n, 0); xi >= 0 && yi >= 0 {
					add(&ns[xi], &ns[yi], claims.AliasRenamed)
				}
			case "changed":
				// "Y changed its name to X"
				if isWord(m, toks, p+1, "its") && isWord(m, toks, p+2, "name") && isWord(m, toks, p+3, "to") {
					k := p - 1
					for k >= 0 && toks[k].Punct == 0 && toks[k].Class&auxiliary != 0 {
						k--
					}
					n := p + 4
					if isWord(m, toks, n, "the") || n < hi && toks[n].Punct == '"' {
						n++
					}
					yi := nameEndingAt(ns, k+1)
					if xi := nameFrom(ns, n, 0); xi >= 0 && yi >= 0 {
						add(&ns[xi], &ns[yi], claims.AliasRenamed)
					}
				}
			}
			if t.Class&renameCue == 0 || !(isWord(m, toks, p+1, "of") || isWord(m, toks, p+1, "to")) {
				continue
			}
			// "X was a relaunched version of Y", "This group was the
			// successor of Y".
			k := p - 1
			for k >= 0 && toks[k].Punct == 0 && toks[k].Is(token.LowerCase) && toks[k].Class&beForm == 0 && p-k <= 4 {
				k--
			}
			if k < 0 || toks[k].Punct != 0 || toks[k].Class&beForm == 0 {
				continue
			}
			n := p + 2
			if isWord(m, toks, n, "the") {
				n++
			}
			yi := nameFrom(ns, n, 0)
			if yi < 0 {
				continue
			}
			subj := k - 1
			for subj >= 0 && toks[subj].Punct == 0 && toks[subj].Class&auxiliary != 0 && toks[subj].Class&pronoun == 0 {
				subj--
			}
			if xi := nameEndingAt(ns, subj+1); xi >= 0 {
				add(&ns[xi], &ns[yi], claims.AliasRenamed)
				continue
			}
			for a := subj; a >= 0 && a >= subj-2; a-- {
				if isAnaphor(m, toks, a, subj+1) {
					anaphor := nameSpan{a: a, b: subj + 1, s: toks[a].Start, e: toks[subj].End}
					add(&anaphor, &ns[yi], claims.AliasRenamed)
					break
				}
			}
		}
	}
	return out
}

// mayDeclareAlias reports whether the sentence loaded in sc has a token
// that one of the patterns of aliasesIn starts from: an opening bracket, a
// renaming word, or a word that may follow the comma of "X, also known as
// Y" (aliasCue). Without one, aliasesIn finds nothing, and its names need
// not be read.
func mayDeclareAlias(sc *Reader) bool {
	return sc.paren || sc.classes&(renameCue|renameVerb|aliasCue) != 0
}

// findAliases returns the names u declares to be the same.
func findAliases(u *article.Unit) []claims.DeclaredAlias {
	sc := getScratch()
	defer putScratch(sc)
	return sc.Aliases(u)
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
	toks := token.Tokenize(s, lexTab(), nil)
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
