package content

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/frame"
	"github.com/concordfacts/concord/extract/internal/token"
)

// Reader runs the content finders on sentence units. It holds their
// reusable buffers, so that reading a sentence allocates little beyond its
// results, and the tokens of the last unit read, which the finders share.
// A zero Reader is ready to use; it is not safe for concurrent use.
type Reader struct {
	// u and masked identify the unit toks were read from: a scratch
	// taken again for the same sentence (the finders run one after
	// another on it) reuses its tokens.
	u        *article.Unit
	masked   string
	key      string
	attsDone bool // atts holds the attributions of the whole unit
	// classes is the union of the lexicon classes of the tokens, and paren
	// reports a '(' among them: a finder whose cues are in none of the
	// classes finds nothing in the unit.
	classes token.Class
	paren   bool
	srcs    [][2]int
	toks    []token.Token
	// fms and fqs are the frame reader's inputs (see ReadFrames).
	fms   []frame.Mention
	fqs   []frame.Count
	names []nameSpan
	gens  []nameSpan
	all   []nameSpan
	atts  []attrSpan
}

var scratchPool = sync.Pool{New: func() any { return new(Reader) }}

func getScratch() *Reader   { return scratchPool.Get().(*Reader) }
func putScratch(sc *Reader) { scratchPool.Put(sc) }

// load tokenises the masked text of u. For an infobox line the key and its
// colon are dropped, so that "Commander1:" is not read as a name.
func (sc *Reader) load(u *article.Unit) {
	if sc.u == u && sc.masked == u.Masked && sc.key == u.Key {
		return
	}
	sc.u, sc.masked, sc.key = u, u.Masked, u.Key
	sc.attsDone = false
	sc.toks = token.Tokenize(u.Masked, lexTab(), sc.toks)
	if u.Key != "" {
		for k := range sc.toks {
			if sc.toks[k].Punct == ':' {
				sc.toks = append(sc.toks[:0], sc.toks[k+1:]...)
				if len(sc.toks) > 0 {
					sc.toks[0].Flags |= token.Initial
				}
				break
			}
		}
	}
	var all token.Class
	for k := range sc.toks {
		all |= sc.toks[k].Class
	}
	sc.classes = all
	// A '(' is always a token of its own.
	sc.paren = len(sc.toks) > 0 && strings.IndexByte(u.Masked[sc.toks[0].Start:], '(') >= 0
}

// unitAttributions returns the attributions of the whole unit, computed
// once per unit.
func (sc *Reader) unitAttributions() []attrSpan {
	if !sc.attsDone {
		sc.atts = sc.atts[:0]
		if sc.classes&(reportVerb|attrCue) != 0 {
			sc.atts = attributions(sc.masked, sc.toks, 0, len(sc.toks), sc.atts)
		}
		sc.attsDone = true
	}
	return sc.atts
}

// clause returns the token range [lo,hi) of the tokens inside the byte
// range [s,e) of the masked text.
func (sc *Reader) clause(s, e int) (int, int) {
	lo := 0
	for lo < len(sc.toks) && sc.toks[lo].Start < s {
		lo++
	}
	hi := lo
	for hi < len(sc.toks) && sc.toks[hi].End <= e {
		hi++
	}
	return lo, hi
}

// isWord reports whether token k exists, is a word and equals the
// lower-case w ignoring case.
func isWord(m string, toks []token.Token, k int, w string) bool {
	return k >= 0 && k < len(toks) && toks[k].Punct == 0 && token.EqualFold(m[toks[k].Start:toks[k].End], w)
}

// trimQuotes narrows [s,e) of m past quotation marks and spaces at both ends.
func trimQuotes(m string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(m[s:e])
		if r == '"' || r == '\'' || r == '“' || r == '”' || r == '‘' || r == '’' || r == ' ' || r == '«' || r == '»' {
			s += n
			continue
		}
		break
	}
	for s < e {
		r, n := utf8.DecodeLastRuneInString(m[s:e])
		if r == '"' || r == '\'' || r == '“' || r == '”' || r == '‘' || r == '’' || r == ' ' || r == '«' || r == '»' || r == ',' {
			e -= n
			continue
		}
		break
	}
	return s, e
}
