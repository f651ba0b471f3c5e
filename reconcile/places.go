package reconcile

import (
	"fmt"
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/internal/fold"
)

// This file compares the places of two accounts of one event. Concord
// has no gazetteer, so it cannot tell that Rastan lies in Homs province;
// a place conflict therefore needs each account to name one specific
// place (a town, a village, a district; not a province, a region or a
// country), and the two to be different places by every key Concord has:
// their entities, their core names with generic words left out ("Homs
// province" and "the Homs Governorate" are one place) and their words
// (neither name is contained in the other: "Tal Farzat" and "Tal
// Farzat-al-Nashabiyah").

// containerWords mark a place name as an area that may contain another
// place ("Homs province", "the Aleppo countryside").
var containerWords = map[string]bool{
	"province": true, "provinces": true, "governorate": true, "governorates": true,
	"countryside": true, "region": true, "countrysides": true, "state": true,
	"county": true, "territory": true, "territories": true, "border": true,
}

// siteWords mark a place name as a site (a military base or unit, a
// facility, a crossing) rather than a settlement.
var siteWords = map[string]bool{
	"base": true, "airbase": true, "airport": true, "airfield": true, "regiment": true, "division": true,
	"brigade": true, "battalion": true, "field": true, "oilfield": true, "crossing": true, "checkpoint": true,
	"hospital": true, "prison": true, "station": true, "factory": true, "plant": true, "dam": true,
	"school": true, "headquarters": true, "barracks": true, "academy": true, "camp": true, "terminal": true,
}

// isSite reports whether a place name names a site (see siteWords).
func isSite(name string) bool {
	for _, w := range words(name) {
		if siteWords[w] {
			return true
		}
	}
	return false
}

// genericPlaceWords are left out of a place's core name.
var genericPlaceWords = map[string]bool{
	"city": true, "town": true, "village": true, "district": true, "neighbourhood": true,
	"neighborhood": true, "area": true, "suburb": true, "suburbs": true, "outskirts": true,
	"al": true, "el": true, "ar": true, "as": true, "ash": true, "ad": true, "the": true, "of": true,
	"eastern": true, "western": true, "northern": true, "southern": true, "central": true,
}

// countries are names of countries and wide regions, which contain the
// places of the events Concord compares rather than compete with them.
var countries = map[string]bool{
	"syria": true, "iraq": true, "turkey": true, "lebanon": true, "jordan": true, "israel": true,
	"iran": true, "egypt": true, "russia": true, "levant": true, "kurdistan": true, "yemen": true,
	"libya": true, "afghanistan": true, "pakistan": true, "ukraine": true, "saudi": true,
}

// placeWords returns the folded core words of a place name.
func placeWords(name string) []string {
	var out []string
	for _, w := range words(name) {
		if !genericPlaceWords[w] && !containerWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// isContainer reports whether a place name names an area that may
// contain another place.
func isContainer(name string) bool {
	ws := words(name)
	for _, w := range ws {
		if containerWords[w] {
			return true
		}
	}
	core := placeWords(name)
	return len(core) == 1 && countries[core[0]]
}

// samePlace reports whether two place mentions may be one place.
func samePlace(a, b string) bool { return sameCore(placeWords(a), placeWords(b)) }

// sameCore is samePlace on the core words of two place names.
func sameCore(ca, cb []string) bool {
	if len(ca) == 0 || len(cb) == 0 {
		return true
	}
	ka, kb := nameKey(strings.Join(ca, " ")), nameKey(strings.Join(cb, " "))
	if ka == kb || strings.Contains(ka, kb) || strings.Contains(kb, ka) {
		return true
	}
	contained := func(x, y []string) bool {
		for _, w := range x {
			if !slices.Contains(y, w) {
				return false
			}
		}
		return true
	}
	return contained(ca, cb) || contained(cb, ca)
}

// maybeVariant reports whether two place names may be spellings of one
// name that the resolver did not join: their transliteration keys (see
// internal/fold) reduced to consonants, the glides y and w and a final h
// (ta marbuta) left out too, are equal or one edit apart ("al-Busayrah"
// and "Al-Besera": b-s-r). Two towns of one event are not told apart on
// so little.
func maybeVariant(a, b string) bool {
	sa, sb := consonants(strings.Join(placeWords(a), " ")), consonants(strings.Join(placeWords(b), " "))
	if sa == "" || sb == "" {
		return false
	}
	return sa == sb || len(sa) >= 3 && len(sb) >= 3 && levenshtein.ComputeDistance(sa, sb) <= 1
}

// consonants is the consonant outline of a name (see maybeVariant).
func consonants(name string) string {
	var out []string
	for _, tok := range fold.Tokens(fold.Key(name)) {
		tok = strings.TrimSuffix(tok, "h")
		var b strings.Builder
		var prev rune = -1
		for _, r := range tok {
			switch r {
			case 'a', 'e', 'i', 'o', 'u', 'y', 'w', '\'', '-':
				continue
			}
			if r != prev {
				b.WriteRune(r)
			}
			prev = r
		}
		out = append(out, b.String())
	}
	return strings.Join(out, " ")
}

// placeMention is a place of a claim for comparison.
type placeMention struct {
	m      claims.Mention
	entity int32
}

// placesOf returns the places of claim i: those of its frame, else all
// its place mentions.
func (p *prepared) placesOf(i int, f *frameInfo) []placeMention {
	var out []placeMention
	for _, m := range p.info[i].ments {
		if m.entity < 0 {
			continue
		}
		mm := &p.cs[i].Mentions[m.index]
		if mm.Kind != claims.MentionPlace && mm.Role != claims.RolePlace {
			continue
		}
		if f != nil && len(f.places) > 0 && !slices.Contains(f.places, m.entity) {
			continue
		}
		out = append(out, placeMention{*mm, m.entity})
	}
	return out
}

// comparePlaces reports a place conflict between claims a and b (see the
// comment at the top of this file).
func (p *prepared) comparePlaces(a, b int, fa, fb *frameInfo, score float64) (finding, bool) {
	if fa != nil && fb != nil {
		if rel := classRelation(fa, fb); rel == relOpposed || fa.negated || fb.negated {
			return finding{}, false
		}
	}
	if fa != nil && fb != nil && (intersects(fa.places, fb.places) || placeNamesMeet(fa.placeCores, fb.placeCores)) {
		// The common case: one place on both sides.
		return finding{}, false
	}
	pa, pb := p.placesOf(a, fa), p.placesOf(b, fb)
	if len(pa) == 0 || len(pb) == 0 {
		return finding{}, false
	}
	for _, x := range pa {
		for _, y := range pb {
			if x.entity == y.entity || samePlace(x.m.Text, y.m.Text) || maybeVariant(x.m.Text, y.m.Text) {
				return finding{}, false
			}
		}
	}
	specific := func(ps []placeMention) []placeMention {
		var out []placeMention
		for _, x := range ps {
			if isContainer(x.m.Text) {
				continue
			}
			if !slices.ContainsFunc(out, func(y placeMention) bool { return y.entity == x.entity }) {
				out = append(out, x)
			}
		}
		return out
	}
	sa, sb := specific(pa), specific(pb)
	if len(sa) != 1 || len(sb) != 1 {
		return finding{}, false
	}
	if isSite(sa[0].m.Text) != isSite(sb[0].m.Text) {
		// A base, a crossing or a field may lie in or by the town the
		// other account names.
		return finding{}, false
	}
	f := p.newFinding(claims.Conflict, claims.FieldPlace, []int{a, b}, score)
	f.Values = []string{sa[0].m.Text, sb[0].m.Text}
	f.ValueSpans = []claims.Span{sa[0].m.Span, sb[0].m.Span}
	f.Evidence = append(p.evidenceOf(a, []claims.Mention{sa[0].m}), p.evidenceOf(b, []claims.Mention{sb[0].m})...)
	f.Summary = fmt.Sprintf("Place differs: %s — %s, %s", f.Event, p.side(a, f.Values[0]), p.side(b, f.Values[1]))
	return f, true
}
