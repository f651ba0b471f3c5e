package content

import (
	"strings"
	"unicode/utf8"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/frame"
	"github.com/concordfacts/concord/extract/internal/token"
)

// Reader runs the content finders on sentence units. It holds their
// reusable buffers, so that reading a sentence allocates little beyond its
// results, and the words of the unit in use, which the finders share. A
// zero Reader (which reads words with a lexicon of the finders' own
// words) is ready to use; it is not safe for concurrent use.
type Reader struct {
	// lex is the lexicon of the tokens; nil for ownLexicon.
	lex *Lexicon
	// words holds the tokens of a unit the Reader tokenises itself.
	words []token.Token
	// u and masked identify the unit toks were read from: a scratch
	// taken again for the same sentence (the finders run one after
	// another on it) reuses its tokens.
	u        *article.Unit
	masked   string
	key      string
	attsDone bool // atts holds the attributions of the whole unit
	// classes is the union of the lexicon classes of the tokens, and paren
	// reports a '(' among them: a finder whose cues are in none of the
	// classes finds nothing in the unit, and is not run (a speed trick
	// that saves 8% of the instructions of extraction; prefilter_test.go
	// checks it against the finders).
	classes token.Class
	paren   bool
	srcs    [][2]int
	toks    []token.Token // the words the finders read
	view    []token.Token // the words Load read
	// fms and fqs are the frame reader's inputs (see ReadFrames).
	fms   []frame.Mention
	fqs   []frame.Count
	names []nameSpan
	gens  []nameSpan
	all   []nameSpan
	atts  []attrSpan
	// dateline is the document's dateline as absolute offsets [start,
	// end), set by SetDateline; its mentions are dropped.
	dateline [2]int
}

// SetDateline tells the Reader the span of the document's dateline
// ("BEIRUT, 7 January 2014 (Reuters) -", "AZAZ, Syria (Wire) —"), as
// package timex read it: its place and agency are where and by whom the
// report was filed, not a place or an actor of its events, so
// AppendMentions gives no mention inside it. A zero span (the default)
// is no dateline; set it again for each document.
func (sc *Reader) SetDateline(sp claims.Span) {
	sc.dateline = [2]int{sp.Offset, sp.End()}
}

// NewReader returns a Reader of tokens whose words were looked up in the
// token lexicon of lex.
func NewReader(lex *Lexicon) *Reader { return &Reader{lex: lex} }

// lexicon returns the lexicon sc reads words with.
func (sc *Reader) lexicon() *Lexicon {
	if sc.lex == nil {
		return ownLexicon()
	}
	return sc.lex
}

// Load reads u, whose masked text gives the tokens toks: the finders
// called after it for u read these tokens.
func (sc *Reader) Load(u *article.Unit, toks []token.Token) {
	sc.view = sc.AppendWords(sc.view[:0], u, toks)
	sc.Use(u, sc.view)
}

// AppendWords appends the words of u, whose masked text gives the tokens
// toks, to dst, as the finders read them (see token.Words). The words of
// an infobox line start after the colon that ends its key.
func (sc *Reader) AppendWords(dst []token.Token, u *article.Unit, toks []token.Token) []token.Token {
	n := len(dst)
	dst = token.AppendWords(dst, u.Masked, toks, sc.lexicon().tokens)
	if u.Key != "" {
		for k := n; k < len(dst); k++ {
			if dst[k].Punct == ':' {
				dst = append(dst[:n], dst[k+1:]...)
				if len(dst) > n {
					dst[n].Flags |= token.Initial
				}
				break
			}
		}
	}
	return dst
}

// Use makes the finders called after it for u read words, which
// AppendWords returned for u; Load is AppendWords and Use. The Reader
// keeps words until the next Use or Load.
func (sc *Reader) Use(u *article.Unit, words []token.Token) {
	sc.u, sc.masked, sc.key = u, u.Masked, u.Key
	sc.attsDone = false
	sc.toks = words
	var all token.Class
	for k := range sc.toks {
		all |= sc.toks[k].Class
	}
	sc.classes = all
	// A '(' is always a token of its own.
	sc.paren = len(sc.toks) > 0 && strings.IndexByte(u.Masked[sc.toks[0].Start:], '(') >= 0
}

// load reads u, tokenising it, unless it is the unit last read.
func (sc *Reader) load(u *article.Unit) {
	if sc.u == u && sc.masked == u.Masked && sc.key == u.Key {
		return
	}
	sc.words = token.Tokenize(u.Masked, sc.lexicon().tokens, sc.words)
	sc.Load(u, sc.words)
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
	lo := token.Search(sc.toks, s)
	return lo, lo + token.SearchEnd(sc.toks[lo:], e)
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
