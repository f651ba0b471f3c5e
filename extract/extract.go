package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/content"
	"github.com/concordfacts/concord/extract/internal/frame"
	"github.com/concordfacts/concord/extract/internal/quantity"
	"github.com/concordfacts/concord/extract/internal/timex"
	"github.com/concordfacts/concord/extract/internal/token"
)

// Errors for input that is not a text document. They are wrapped in a
// [*DocumentError] that names the document.
var (
	ErrBinary      = errors.New("contains NUL bytes: not a text file")
	ErrInvalidUTF8 = errors.New("is not valid UTF-8")
	ErrLineTooLong = errors.New("has a line longer than the limit")
	ErrTooLarge    = errors.New("is larger than the limit")
	ErrUTF16       = errors.New("is UTF-16 (it starts with a UTF-16 byte order mark): decode it to UTF-8 first")
)

// DocumentError reports a problem with one document.
type DocumentError struct {
	Doc string
	// Line is the 1-based line of the problem, or 0; Column the 1-based
	// byte column within it, or 0.
	Line   int
	Column int
	Err    error
}

// Error returns the message, prefixed with the document name and line.
func (e *DocumentError) Error() string {
	if e.Line > 0 && e.Column > 0 {
		return fmt.Sprintf("%s:%d:%d: %v", e.Doc, e.Line, e.Column, e.Err)
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Doc, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Doc, e.Err)
}

// Unwrap returns the problem, so that errors.Is finds ErrBinary and the
// other Err values.
func (e *DocumentError) Unwrap() error { return e.Err }

// Options configures extraction. The JSON keys are those of the CLI's
// config file.
type Options struct {
	// Jobs is how many documents are read in parallel; 0 means GOMAXPROCS.
	// The output does not depend on it.
	Jobs int `json:"jobs,omitempty"`
	// MaxLineBytes rejects documents with a longer line; 0 means 1 MiB.
	MaxLineBytes int `json:"max_line_bytes,omitempty"`
	// MaxDocumentBytes rejects larger documents; 0 means 64 MiB.
	MaxDocumentBytes int `json:"max_document_bytes,omitempty"`
}

// Defaults of the limits in [Options].
const (
	DefaultMaxLineBytes     = 1 << 20
	DefaultMaxDocumentBytes = 64 << 20

	defaultMaxLine = DefaultMaxLineBytes
	defaultMaxDoc  = DefaultMaxDocumentBytes
)

// Extractor turns documents into claims. It is safe for concurrent use.
type Extractor struct {
	opts   Options
	parser *article.Parser
	words  *vocabulary
}

// vocabulary is the lexicon of every word the readers look up, and what
// the date tagger and the quantity finder know of them; the content
// finders' classes are in the lexicon itself.
type vocabulary struct {
	tokens  *token.Lexicon
	content *content.Lexicon
	dates   *timex.Lexicon
	numbers *quantity.Lexicon
}

// sharedVocabulary is built once, on first use, and read by every
// Extractor.
var sharedVocabulary = sync.OnceValue(func() *vocabulary {
	m := content.Words()
	for _, w := range timex.Words() {
		m[w] |= 0
	}
	for _, w := range quantity.Words() {
		m[w] |= 0
	}
	lex := token.NewLexicon(m)
	return &vocabulary{tokens: lex, content: content.NewLexicon(lex), dates: timex.NewLexicon(lex), numbers: quantity.NewLexicon(lex)}
})

// New returns an Extractor.
func New(opts Options) (*Extractor, error) {
	p, err := article.NewParser()
	if err != nil {
		return nil, fmt.Errorf("extract: loading the sentence model: %w", err)
	}
	if opts.MaxLineBytes <= 0 {
		opts.MaxLineBytes = defaultMaxLine
	}
	if opts.MaxDocumentBytes <= 0 {
		opts.MaxDocumentBytes = defaultMaxDoc
	}
	return &Extractor{opts: opts, parser: p, words: sharedVocabulary()}, nil
}

// Source is one document to read: a name for provenance and its bytes.
type Source struct {
	Name string
	Text []byte
	// Published is the day the document was published, when the caller
	// knows it (from a CMS, a feed, a user's option); the zero Time
	// means unknown. Only its year, month and day in its own location
	// are read: time.Date(2014, time.January, 13, 0, 0, 0, 0, time.UTC)
	// is 13 January 2014. It overrides any date the document gives of
	// itself (a dateline, a publication line, front matter): "on
	// Friday" is then the Friday on or before it.
	Published time.Time
}

// Read reads a document from r and returns its claims. name is recorded as
// the provenance of every claim.
func (e *Extractor) Read(ctx context.Context, name string, r io.Reader) ([]claims.Claim, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(e.opts.MaxDocumentBytes)+1))
	if err != nil {
		return nil, &DocumentError{Doc: name, Err: err}
	}
	return e.Document(ctx, Source{Name: name, Text: data})
}

// Document returns the claims of one document, in reading order.
// Consecutive claims with the same date share one Date value: to change
// a claim's date, give it a changed copy.
func (e *Extractor) Document(ctx context.Context, src Source) ([]claims.Claim, error) {
	r, err := e.DocumentResult(ctx, src)
	return r.Claims, err
}

// Documents reads several documents in parallel (Options.Jobs at a time)
// and returns their claims in the order of docs. The first error, in the
// order of docs, is returned.
func (e *Extractor) Documents(ctx context.Context, docs []Source) ([]claims.Claim, error) {
	rs, err := e.DocumentResults(ctx, docs)
	if err != nil {
		return nil, err
	}
	n := 0
	for i := range rs {
		n += len(rs[i].Claims)
	}
	// One exactly sized array: appending would leave spare capacity
	// alive and hold two copies at once while it grows.
	var out []claims.Claim
	if n > 0 {
		out = make([]claims.Claim, 0, n)
	}
	for i := range rs {
		out = append(out, rs[i].Claims...)
		rs[i].Claims = nil
	}
	return out, nil
}

// check rejects input that is not a text document.
func (e *Extractor) check(src Source) error {
	b := src.Text
	if len(b) > e.opts.MaxDocumentBytes {
		return &DocumentError{Doc: src.Name, Err: fmt.Errorf("%w (%d bytes)", ErrTooLarge, e.opts.MaxDocumentBytes)}
	}
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		return &DocumentError{Doc: src.Name, Line: 1, Err: ErrUTF16}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return &DocumentError{Doc: src.Name, Line: 1 + bytes.Count(b[:i], []byte{'\n'}), Err: ErrBinary}
	}
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		ls := bytes.LastIndexByte(b[:i], '\n') + 1
		return &DocumentError{Doc: src.Name, Line: 1 + bytes.Count(b[:i], []byte{'\n'}), Column: i - ls + 1, Err: ErrInvalidUTF8}
	}
	lineNo, start := 1, 0
	for start <= len(b) {
		n := bytes.IndexByte(b[start:], '\n')
		end := len(b)
		if n >= 0 {
			end = start + n
		}
		if end-start > e.opts.MaxLineBytes {
			return &DocumentError{Doc: src.Name, Line: lineNo, Err: fmt.Errorf("%w: %d bytes, limit %d", ErrLineTooLong, end-start, e.opts.MaxLineBytes)}
		}
		if n < 0 {
			break
		}
		start = end + 1
		lineNo++
	}
	return nil
}

// extract reads claims from a checked document.
//
// The values the claims point at (mentions, quantities, events, dates and
// IDs) are gathered in scratch space first and then copied into one
// exactly sized array of each kind per document, so that a claim keeps
// alive no spare capacity and the document costs a few allocations
// rather than several per claim. Claims may share a Date: consecutive
// claims with the same date (a run of sentences inheriting the narrative
// date) point at one value.
func (e *Extractor) extract(in *docInput) []claims.Claim {
	name, src := in.name, in.text
	ds := docScratchPool.Get().(*docScratch)
	defer ds.release()
	p := in.parse(e.parser, &ds.p)
	ds.starts = article.LineStarts(ds.starts[:0], src)
	v := e.words
	if ds.content == nil {
		ds.content = content.NewReader(v.content)
		ds.quantity = quantity.NewReader(v.numbers)
	}
	// The pipeline runs one step over every unit of the document before
	// the next step starts, so that the code of one step is what runs for
	// a while; the steps read each unit's tokens, cut once.
	ds.tokenize(p, v.tokens)
	ds.dateClauses(p, v.dates, in)
	ds.readQuantities(p)
	out := ds.readContent(p, name, src)
	ds.fill(name, src, out)
	quantity.LinkOthers(out)
	quantity.LinkAlternatives(out)
	content.LinkDeclaredAliases(out)
	return out
}

// tokenize cuts every unit of p into tokens, looked up in lex.
func (ds *docScratch) tokenize(p *article.Document, lex *token.Lexicon) {
	for i := range p.Items {
		if it := &p.Items[i]; it.Kind == article.UnitItem {
			t0 := len(ds.toks)
			ds.toks = token.Append(ds.toks, it.Unit.Masked, lex)
			ds.units = append(ds.units, unitRefs{item: i, t0: t0, t1: len(ds.toks)})
		}
	}
}

// dateClauses splits every unit of p into its dated clauses, one
// claimRefs each, reading the headings and units in order. A clause's
// date and report date are gathered in ds.dates. The document's date
// from outside its text (in) is set once the timeline has read p.
func (ds *docScratch) dateClauses(p *article.Document, lex *timex.Lexicon, in *docInput) {
	tl := &ds.tl
	tl.Init(p, lex)
	in.setDate(tl, p)
	units := ds.units
	for i := range p.Items {
		it := &p.Items[i]
		if it.Kind == article.HeadingItem {
			tl.Heading(it)
			continue
		}
		ur := &units[0]
		units = units[1:]
		ur.c0 = len(ds.refs)
		for _, cl := range tl.Clauses(it.Unit, ds.toks[ur.t0:ur.t1]) {
			r := claimRefs{start: cl.Start, end: cl.End, date: -1, rep: -1}
			r.dated = cl.Date != nil && !cl.Date.Inherited
			if cl.Date != nil {
				if n := len(ds.dates); n > 0 && ds.dates[n-1] == *cl.Date {
					r.date = n - 1
				} else {
					r.date = n
					ds.dates = append(ds.dates, *cl.Date)
				}
			}
			if cl.Reported != nil {
				r.rep = len(ds.dates)
				ds.dates = append(ds.dates, *cl.Reported)
			}
			ds.refs = append(ds.refs, r)
		}
		ur.c1 = len(ds.refs)
	}
}

// readQuantities reads the quantities of every clause.
func (ds *docScratch) readQuantities(p *article.Document) {
	for _, ur := range ds.units {
		u, toks := p.Items[ur.item].Unit, ds.toks[ur.t0:ur.t1]
		for k := ur.c0; k < ur.c1; k++ {
			r := &ds.refs[k]
			r.q0 = len(ds.quantities)
			ds.quantities = ds.quantity.Append(ds.quantities, u, toks, r.start, r.end)
			r.q1 = len(ds.quantities)
		}
	}
}

// readContent joins the tokens of every unit into the words the content
// finders read, then runs the finders on each unit and returns its
// claims, one per clause: the unit's attribution, hedges and aliases, and
// each clause's mentions and frames (which set the roles of the mentions
// and the participants and sides of the counts). name and src are the
// document's.
func (ds *docScratch) readContent(p *article.Document, name, src string) []claims.Claim {
	sc := ds.content
	for k := range ds.units {
		ur := &ds.units[k]
		ur.w0 = len(ds.words)
		ds.words = sc.AppendWords(ds.words, p.Items[ur.item].Unit, ds.toks[ur.t0:ur.t1])
		ur.w1 = len(ds.words)
	}
	// One frame reader for the document; the context carries what a
	// claim leaves to the next (see package frame), and a heading clears
	// it.
	dd, _ := ds.tl.DocumentDate()
	sc.SetDateline(dd.Dateline)
	fr := &ds.frameReader
	var ctx frame.Context
	prev := -1 // the item of the unit before
	// Most units give one claim; a few give one per dated clause.
	out := make([]claims.Claim, 0, len(ds.refs))
	for _, ur := range ds.units {
		for i := prev + 1; i < ur.item; i++ {
			if p.Items[i].Kind == article.HeadingItem {
				ctx = frame.Context{}
			}
		}
		prev = ur.item
		u := p.Items[ur.item].Unit
		sc.Use(u, ds.words[ur.w0:ur.w1])
		attribution := sc.Attribution(u)
		hedges := sc.Hedges(u)
		aliases := sc.Aliases(u)
		line, col := article.Position(ds.starts, u.Offset)
		prov := claims.Provenance{
			Doc: name, Section: u.Section, Line: line, Column: col,
			Offset: u.Offset, Length: len(u.Text), Kind: u.Kind, Citations: u.Citations,
		}
		if prov.Section == nil {
			prov.Section = []string{}
		}
		for k := ur.c0; k < ur.c1; k++ {
			r := &ds.refs[k]
			r.m0 = len(ds.mentions)
			ds.mentions = sc.AppendMentions(ds.mentions, u, r.start, r.end)
			r.m1 = len(ds.mentions)
			res := sc.ReadFrames(fr, u, r.start, r.end, ds.mentions[r.m0:r.m1], ds.quantities[r.q0:r.q1], r.dated, &ctx)
			ctx = res.Next
			r.f0, r.f1 = ds.addFrames(res)
			out = append(out, claims.Claim{
				Text:       u.Text,
				Provenance: prov,
				Clause: claims.Span{
					Offset: r.start, Length: r.end - r.start,
					Text: src[r.start:r.end],
				},
				Attribution: attribution,
				Hedges:      hedges,
				Aliases:     aliases,
			})
		}
	}
	return out
}

// docScratch is the scratch space of reading one document, recycled
// between documents by docScratchPool: the parsed document, its timeline
// and line starts, the tokens and words of its units, the readers, and
// the values its claims point at, gathered before they are copied out.
// Reusing it saves a third of the time of extraction (the pool is the one
// speed trick of this package; see BenchmarkExtract).
type docScratch struct {
	p        article.Document
	tl       timex.Timeline
	toks     []token.Token
	words    []token.Token
	units    []unitRefs
	content  *content.Reader
	quantity *quantity.Reader
	// frameReader reads the frames of every clause; kept with the
	// scratch so that its lemma cache outlives one document.
	frameReader frame.Reader
	starts      []int
	refs        []claimRefs
	mentions    []content.MentionRef
	quantities  []claims.Quantity
	frames      []claims.Frame
	frameRefs   []frameRef
	frameInts   []int
	conts       []claims.Span
	dates       []claims.TimeSpan
	id          []byte
}

// unitRefs locates one unit's values in a docScratch: its item in the
// document, its tokens [t0,t1), its words as the content finders read
// them [w0,w1), and its clauses (claims) [c0,c1).
type unitRefs struct {
	item, t0, t1, c0, c1 int
	w0, w1               int
}

// claimRefs locates one claim's values in a docScratch: its clause
// [start,end) in the document's text, whether it has a date of its own,
// mentions [m0,m1), quantities [q0,q1), frames [f0,f1), and the index of
// its date and report date, or -1.
type claimRefs struct {
	start, end     int
	dated          bool
	m0, m1, q0, q1 int
	f0, f1         int
	date, rep      int
}

var docScratchPool = sync.Pool{New: func() any { return new(docScratch) }}

// fill copies the gathered values into exactly sized arrays and points
// the claims in out (one per ref, in order) at them; it also numbers the
// claims, with all IDs cut from one string. src is the document's text.
func (ds *docScratch) fill(name, src string, out []claims.Claim) {
	mentions := make([]claims.Mention, len(ds.mentions))
	for k, r := range ds.mentions {
		// Field by field: the fresh array needs no bulk copy.
		m, text := &mentions[k], src[r.Start:r.End]
		m.Text, m.Kind, m.Role = text, r.Kind, r.Role
		m.Span = claims.Span{Offset: r.Start, Length: r.End - r.Start, Text: text}
	}
	quantities := slices.Clone(ds.quantities)
	frames := ds.fillFrames()
	nev := 0
	for _, r := range ds.refs {
		if r.f1 > r.f0 {
			nev++
		}
	}
	// A claim's Event is its first frame's event.
	events := make([]claims.Event, 0, nev)
	dates := slices.Clone(ds.dates)
	ends := make([]int, len(out))
	ids := ds.id[:0]
	for i := range out {
		ids = append(ids, name...)
		ids = append(ids, '#')
		ids = strconv.AppendInt(ids, int64(i+1), 10)
		ends[i] = len(ids)
	}
	idText := string(ids)
	ds.id = ids
	start := 0
	for i := range out {
		c, r := &out[i], ds.refs[i]
		c.ID = idText[start:ends[i]]
		start = ends[i]
		// Three-index slices: appending to one claim's slice never
		// writes into the next claim's values.
		c.Mentions = []claims.Mention{}
		if r.m1 > r.m0 {
			c.Mentions = mentions[r.m0:r.m1:r.m1]
		}
		c.Quantities = []claims.Quantity{}
		if r.q1 > r.q0 {
			c.Quantities = quantities[r.q0:r.q1:r.q1]
		}
		if r.f1 > r.f0 {
			c.Frames = frames[r.f0:r.f1:r.f1]
			f := &c.Frames[0]
			events = append(events, claims.Event{Type: f.Class, Trigger: f.Trigger, Negated: f.Negated, Denied: f.Denied})
			c.Event = &events[len(events)-1]
		}
		if r.date >= 0 {
			c.Date = &dates[r.date]
		}
		if r.rep >= 0 {
			c.Reported = &dates[r.rep]
		}
	}
}

// release clears ds, so that the pool holds no reference into a
// document, and returns it to the pool.
func (ds *docScratch) release() {
	ds.p.Release()
	ds.tl.Release()
	clear(ds.quantities)
	clear(ds.frames)
	clear(ds.conts)
	clear(ds.dates)
	ds.refs, ds.mentions, ds.quantities = ds.refs[:0], ds.mentions[:0], ds.quantities[:0]
	ds.frames, ds.frameRefs, ds.frameInts, ds.conts = ds.frames[:0], ds.frameRefs[:0], ds.frameInts[:0], ds.conts[:0]
	ds.toks, ds.words, ds.units = ds.toks[:0], ds.words[:0], ds.units[:0]
	ds.dates, ds.id = ds.dates[:0], ds.id[:0]
	docScratchPool.Put(ds)
}
