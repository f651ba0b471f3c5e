package extract

import (
	"strings"
	"testing"
)

// prefilterTexts returns sentences of the seeds and made-up sentences
// with the cue words of the content prefilters in several cases.
func prefilterTexts(t *testing.T) []string {
	var texts []string
	for _, s := range seedSources(t) {
		texts = append(texts, strings.Split(string(s.Text), ". ")...)
	}
	return append(texts,
		"Jabhat al-Nusra, AKA the Nusra Front, attacked", "ISIS, a.k.a. Daesh", "the group, Formerly Jabhat",
		"X, previously known as Y", "X (Y) fought", "According to SOHR, 20 died", "REPORTS by SANA said",
		"citing a source", "it was reportedly taken", "the alleged attack", "Also, the town fell",
		"the report's author", "the aka’s", "no cue at all here",
	)
}

// mayDeclareAliasTokens is mayDeclareAlias reading every token, as it did
// before the unit's classes were gathered in load.
func mayDeclareAliasTokens(m string, toks []ctok) bool {
	for k := range toks {
		t := &toks[k]
		if t.p == '(' || t.p == 0 && t.lx&(lxRenameCue|lxRenameVerb) != 0 {
			return true
		}
		if t.p != 0 {
			continue
		}
		for _, w := range []string{"aka", "also", "a.k.a.", "formerly", "previously"} {
			if equalFoldASCII(m[t.s:t.e], w) {
				return true
			}
		}
	}
	return false
}

// TestContentPrefilters checks the unit-level tests of the content
// finders against the token loops they replace: mayDeclareAlias, and the
// lexicon classes without which attributions, hedgeSpans,
// eventCandidates and scanGenerics find nothing.
func TestContentPrefilters(t *testing.T) {
	sc := new(ctScratch)
	counts := map[bool]int{}
	for _, text := range prefilterTexts(t) {
		u := &unit{text: text, masked: text}
		sc.load(u)
		want := mayDeclareAliasTokens(text, sc.toks)
		if got := mayDeclareAlias(sc); got != want {
			t.Errorf("mayDeclareAlias(%q) = %v, want %v", text, got, want)
		}
		counts[want]++
		if sc.lxAll&lxHedge == 0 {
			if hs := hedgeSpans(text, sc.toks, 0, len(sc.toks), nil); len(hs) > 0 {
				t.Errorf("%q: no hedge class, but hedgeSpans finds %v", text, hs)
			}
		}
		if sc.lxAll&(lxGenericHead|lxGenericMod) == 0 {
			if gs := scanGenerics(text, sc.toks, 0, len(sc.toks), nil, nil); len(gs) > 0 {
				t.Errorf("%q: no generic class, but scanGenerics finds %v", text, gs)
			}
		}
		if sc.lxAll&(lxReport|lxAttrCue) == 0 {
			if as := attributions(text, sc.toks, 0, len(sc.toks), nil); len(as) > 0 {
				t.Errorf("%q: no attribution class, but attributions finds %v", text, as)
			}
		}
	}
	if counts[true] == 0 || counts[false] == 0 {
		t.Errorf("mayDeclareAlias was %v: the texts test one answer only", counts)
	}
	// attributions passes over a function word unless it is a cue word:
	// every cue word must be a function word or a reporting verb.
	for _, w := range []string{"according", "report", "reports", "citing"} {
		if c := lexicon[w]; c&lxAttrCue == 0 || c&(lxFunc|lxReport) == 0 {
			t.Errorf("lexicon[%q] = %#x: want lxAttrCue and lxFunc or lxReport", w, c)
		}
	}
}

// TestTokenGazetteer checks the gazetteer class tokens carry against
// gazetteerLookup of their text.
func TestTokenGazetteer(t *testing.T) {
	texts := append(prefilterTexts(t), "Aleppo and ALEPPO, Damascus’s Hamas Who Raqqa-based U.S. Reuters",
		"Al-Qaeda al-Qaeda Deir ez-Zor Hezbollah's Kobani")
	looked, found := 0, 0
	for _, text := range texts {
		for _, tk := range ctTokens(text, nil) {
			if tk.p != 0 || tk.gz == gzUnknown {
				continue
			}
			looked++
			w := text[tk.s:tk.e]
			want := gazetteerLookup(w)
			if got := gzClasses[tk.gz]; got != want {
				t.Errorf("token %q: gazetteer class %#x, gazetteerLookup %#x", w, got, want)
			}
			if want != 0 {
				found++
			}
		}
	}
	if looked == 0 || found == 0 {
		t.Errorf("%d tokens looked up, %d found: the texts test nothing", looked, found)
	}
}

// TestCtWordEndsAt checks that where ctWordEndsAt says a word ends,
// ctWordAt reads the same word, at every word start of the texts.
func TestCtWordEndsAt(t *testing.T) {
	lt := lexTab()
	texts := append(prefilterTexts(t), "1,300 men, U.N. a.k.a. al-Nusra's Brigades' Hay'at didn't ISIL’s",
		"F-16s 33rd (SDF) \"YPG\"; X: 5.5 km. ab.cd e.f end.", "a,b 1,23 2,3456 A. B. x`y")
	fast := 0
	for _, m := range texts {
		for i := 0; i < len(m); i++ {
			if !isASCIIAlnum(m[i]) || i > 0 && isASCIIAlnum(m[i-1]) {
				continue
			}
			j := alnumEnd(m, i)
			if !ctWordEndsAt(m, i, j) {
				continue
			}
			fast++
			var tk ctok
			tk = ctok{s: i, flags: ctWord}
			if end := ctWordAt(m, i, &tk, lt); end != j || tk.e != j {
				t.Errorf("%q at %d: ctWordEndsAt says %d, ctWordAt reads to %d (token end %d)", m, i, j, end, tk.e)
			}
		}
	}
	if fast == 0 {
		t.Error("no word tested")
	}
}
