package content

import (
	"strings"
	"testing"

	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
	"github.com/concordfacts/concord/seeds"
)

// prefilterTexts returns sentences of the seeds and made-up sentences
// with the cue words of the content prefilters in several cases.
func prefilterTexts(t *testing.T) []string {
	var texts []string
	for _, name := range seeds.Names() {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), ". ")...)
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
func mayDeclareAliasTokens(m string, toks []token.Token) bool {
	for k := range toks {
		t := &toks[k]
		if t.Punct == '(' || t.Punct == 0 && t.Class&(renameCue|renameVerb) != 0 {
			return true
		}
		if t.Punct != 0 {
			continue
		}
		for _, w := range []string{"aka", "also", "a.k.a.", "formerly", "previously"} {
			if token.EqualFold(m[t.Start:t.End], w) {
				return true
			}
		}
	}
	return false
}

// TestContentPrefilters checks the unit-level tests of the content
// finders against the token loops they replace: mayDeclareAlias, and the
// lexicon classes without which attributions, hedgeSpans,
// scanGenerics finds nothing.
func TestContentPrefilters(t *testing.T) {
	sc := new(Reader)
	counts := map[bool]int{}
	for _, text := range prefilterTexts(t) {
		u := &article.Unit{Text: text, Masked: text}
		sc.load(u)
		want := mayDeclareAliasTokens(text, sc.toks)
		if got := mayDeclareAlias(sc); got != want {
			t.Errorf("mayDeclareAlias(%q) = %v, want %v", text, got, want)
		}
		counts[want]++
		if sc.classes&hedgeWord == 0 {
			if hs := hedgeSpans(text, sc.toks, 0, len(sc.toks), nil); len(hs) > 0 {
				t.Errorf("%q: no hedge class, but hedgeSpans finds %v", text, hs)
			}
		}
		if sc.classes&(genericHead|genericMod) == 0 {
			if gs := scanGenerics(text, sc.toks, 0, len(sc.toks), nil, nil); len(gs) > 0 {
				t.Errorf("%q: no generic class, but scanGenerics finds %v", text, gs)
			}
		}
		if sc.classes&(reportVerb|attrCue) == 0 {
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
		if c := testWordClasses[w]; c&attrCue == 0 || c&(functionWord|reportVerb) == 0 {
			t.Errorf("lexicon[%q] = %#x: want attrCue and functionWord or reportVerb", w, c)
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
		for _, tk := range testWords(text) {
			if tk.Punct != 0 {
				continue
			}
			looked++
			w := text[tk.Start:tk.End]
			want := gazetteerLookup(ownLexicon().tokens, w)
			if got := gazKind(tk.Class); got != want {
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
