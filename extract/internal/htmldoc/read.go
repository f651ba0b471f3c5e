package htmldoc

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
)

// Page is a saved web page rendered to the text of its article.
type Page struct {
	// Text is the rendered text: the title and the blocks, each set off
	// from the next by a blank line.
	Text string
	// Title is the title's range in Text; empty without a title.
	Title [2]int
	// Blocks are the article's headings, paragraphs and list items, in
	// Text, in reading order.
	Blocks []article.Block
	// Date is the publication date the page's metadata gives, when
	// HasDate is set; DateSpan is the value it was read from, in the
	// source (src[Offset:Offset+Length] == Text).
	Date     claims.Day
	DateSpan claims.Span
	HasDate  bool
	// Map maps offsets of Text to offsets of the source.
	Map Map
}

// maxDepth is the deepest element nesting followed; deeper elements are
// read as if they were inline, so that pathological nesting costs no
// more than this per tag.
const maxDepth = 256

// elem is an element of the page, kept for the choice of the article's
// container: its parent, its tag, and its own and inherited flags.
type elem struct {
	parent int
	tag    atom.Atom
	flags  flags
	// cand marks an article's possible container: candArticle for
	// <article>, role="article" and itemprop="articleBody", candMain
	// for <main> and role="main".
	cand int8
}

const (
	candArticle = 1
	candMain    = 2
)

// open is an element on the stack of open elements.
type open struct {
	id   int
	tag  atom.Atom
	name string // the tag's name when it is no atom (custom elements)
}

// block is a block of text being gathered: the innermost block element
// it is in, what it is, its flags and its text.
type block struct {
	elem  int // -1 for text outside any element
	kind  article.BlockKind
	level int
	flags flags
	b     *builder
}

// timeCand is a <time datetime> element: the element it is in (-1 for
// none), the number of blocks before it, its value and where the value
// is.
type timeCand struct {
	parent, blocks int
	pubdate        bool
	value          string
	off, end       int
}

// reader holds the state of reading one page.
type reader struct {
	src   string
	elems []elem
	stack []open
	// cur is the block being gathered; brk is set when a block ends
	// at the next text; brs counts consecutive <br>s.
	blocks []*block
	cur    *block
	brk    bool
	brs    int
	// raw is the raw-text element (script, style, title) whose text is
	// next, with ldJSON set for a JSON-LD script.
	raw    atom.Atom
	ldJSON bool
	// title is the <title>, ogTitle the og:title meta tag's value.
	title, ogTitle *builder
	dates          []dateCand
	times          []timeCand
}

// Read renders a saved web page (src is its HTML) to the text of its
// article and reads its title and publication date. It never fails:
// whatever the markup, it returns a page, whose text may be empty.
func Read(src string) *Page {
	r := &reader{src: src}
	r.tokenize()
	r.closeBlock()
	return r.page()
}

// tokenize reads the page's tokens, keeping the stack of open elements
// and gathering text into blocks.
func (r *reader) tokenize() {
	z := html.NewTokenizer(strings.NewReader(r.src))
	pos := 0
	for {
		tt := z.Next()
		raw := z.Raw()
		n := len(raw)
		if tt == html.ErrorToken {
			return
		}
		switch tt {
		case html.TextToken:
			if pos+n <= len(r.src) {
				r.text(r.src[pos:pos+n], pos)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			r.raw = 0
			name, hasAttr := z.TagName()
			tag := atom.Lookup(name)
			var attrs map[string]string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if attrs == nil {
					attrs = map[string]string{}
				}
				if _, dup := attrs[string(k)]; !dup {
					attrs[string(k)] = string(v)
				}
			}
			r.startTag(tag, string(name), attrs, pos, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			r.raw = 0
			name, _ := z.TagName()
			r.endTag(atom.Lookup(name), string(name), pos)
		default:
			r.raw = 0
		}
		pos += n
	}
}

// topID returns the innermost open element, or -1.
func (r *reader) topID() int {
	if len(r.stack) == 0 {
		return -1
	}
	return r.stack[len(r.stack)-1].id
}

// topFlags returns the innermost open element's flags.
func (r *reader) topFlags() flags {
	if len(r.stack) == 0 {
		return 0
	}
	return r.elems[r.stack[len(r.stack)-1].id].flags
}

// startTag handles a start tag at source offset pos.
func (r *reader) startTag(tag atom.Atom, name string, attrs map[string]string, pos int, selfClosing bool) {
	r.implicitEnds(tag)
	if blockTags[tag] || tag == atom.Br && r.brs > 0 {
		r.brk = true
	}
	switch tag {
	case atom.Br:
		r.brs++
		if r.cur != nil {
			r.cur.b.addSpace(pos, 0)
		}
		return
	case atom.Meta:
		r.meta(attrs, pos)
		return
	case atom.Time:
		if v, ok := attrs["datetime"]; ok {
			_, pub := attrs["pubdate"]
			off, end := r.attrOffset(pos, "datetime")
			if attrs["itemprop"] == "datePublished" {
				r.addDate(rankItemprop, v, off, end)
			}
			r.times = append(r.times, timeCand{parent: r.topID(), blocks: len(r.blocks), pubdate: pub, value: v, off: off, end: end})
		}
	}
	if v, ok := attrs["content"]; ok && attrs["itemprop"] == "datePublished" && tag != atom.Time {
		off, end := r.attrOffset(pos, "content")
		r.addDate(rankItemprop, v, off, end)
	}
	if rawTags[tag] && !selfClosing {
		r.raw = tag
		r.ldJSON = tag == atom.Script && strings.EqualFold(strings.TrimSpace(attrs["type"]), "application/ld+json")
	}
	if voidTags[tag] || selfClosing && !rawTags[tag] || len(r.stack) >= maxDepth {
		return
	}
	parent, pf := -1, flags(0)
	if len(r.stack) > 0 {
		parent = r.stack[len(r.stack)-1].id
		pf = r.elems[parent].flags
	}
	e := elem{parent: parent, tag: tag, flags: pf | r.ownFlags(tag, attrs)}
	switch {
	case tag == atom.Article || attrs["role"] == "article" || attrs["itemprop"] == "articleBody":
		e.cand = candArticle
	case tag == atom.Main || attrs["role"] == "main":
		e.cand = candMain
	}
	if e.cand != 0 {
		// An article's container is never boilerplate by its class.
		e.flags = pf | r.ownFlags(tag, attrs)&^skipClass
	}
	r.elems = append(r.elems, e)
	o := open{id: len(r.elems) - 1, tag: tag}
	if tag == 0 {
		o.name = name
	}
	r.stack = append(r.stack, o)
}

// ownFlags returns the flags an element has of itself.
func (r *reader) ownFlags(tag atom.Atom, attrs map[string]string) flags {
	var f flags
	switch {
	case hardTags[tag]:
		f |= skipHard
	case tag == atom.Header:
		f |= skipHeader
	}
	if _, ok := attrs["hidden"]; ok || attrs["aria-hidden"] == "true" || isHidden(attrs["style"]) {
		f |= skipHard
	}
	switch role := strings.ToLower(attrs["role"]); {
	case hardRoles[role]:
		f |= skipHard
	case role == "banner":
		f |= skipHeader
	}
	if tag != atom.Body && tag != atom.Html && tag != atom.Main && tag != atom.Article {
		f |= classFlags(attrs["class"], attrs["id"])
	}
	return f
}

// implicitEnds closes the elements a start tag of tag closes: an open
// <p> before a block, a list item before the next, a heading before
// another, a table cell or row before the next, <head> before the body.
func (r *reader) implicitEnds(tag atom.Atom) {
	if len(r.stack) == 0 {
		return
	}
	switch tag {
	case atom.Title, atom.Meta, atom.Link, atom.Script, atom.Style, atom.Base, atom.Noscript, atom.Template, 0:
	default:
		r.popTo(atom.Head, nil)
	}
	if closesP[tag] {
		r.popTo(atom.P, pScope)
	}
	switch tag {
	case atom.Li:
		r.popTo(atom.Li, listScope)
	case atom.Dd, atom.Dt:
		if !r.popTo(atom.Dd, listScope) {
			r.popTo(atom.Dt, listScope)
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if n := len(r.stack); n > 0 && isHeading(r.stack[n-1].tag) {
			r.pop(n - 1)
		}
	case atom.Td, atom.Th:
		if !r.popTo(atom.Td, tableScope) {
			r.popTo(atom.Th, tableScope)
		}
	case atom.Tr:
		r.popTo(atom.Tr, tableScope)
	case atom.Option:
		if n := len(r.stack); n > 0 && r.stack[n-1].tag == atom.Option {
			r.pop(n - 1)
		}
	}
}

// closesP are the start tags that close an open <p>.
var closesP = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Center: true,
	atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Ul: true, atom.Li: true, atom.Dd: true, atom.Dt: true,
	atom.Xmp: true, atom.Plaintext: true, atom.Listing: true,
}

// Scopes: the elements a search for an open element stops at.
var (
	pScope = map[atom.Atom]bool{
		atom.Table: true, atom.Td: true, atom.Th: true, atom.Caption: true, atom.Button: true,
		atom.Html: true, atom.Object: true, atom.Marquee: true, atom.Applet: true, atom.Template: true,
		atom.Svg: true, atom.Math: true,
	}
	listScope = map[atom.Atom]bool{
		atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Table: true, atom.Td: true, atom.Th: true,
		atom.Html: true, atom.Template: true, atom.Svg: true, atom.Math: true,
	}
	tableScope = map[atom.Atom]bool{atom.Table: true, atom.Html: true, atom.Template: true}
)

func isHeading(t atom.Atom) bool {
	switch t {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// popTo closes the innermost open tag element and those above it, unless
// an element of scope comes first; it reports whether it did.
func (r *reader) popTo(tag atom.Atom, scope map[atom.Atom]bool) bool {
	for i := len(r.stack) - 1; i >= 0; i-- {
		t := r.stack[i].tag
		if t == tag {
			r.pop(i)
			return true
		}
		if scope[t] {
			return false
		}
	}
	return false
}

// pop closes the open elements from i up.
func (r *reader) pop(i int) {
	for _, o := range r.stack[i:] {
		if blockTags[o.tag] {
			r.brk = true
		}
	}
	r.stack = r.stack[:i]
}

// endTag handles an end tag: it closes the innermost open element of
// the same name and those above it; an end tag with no open element is
// ignored, except </p> and </br>, which break the text as <p></p> and
// <br> do.
func (r *reader) endTag(tag atom.Atom, name string, pos int) {
	switch tag {
	case atom.Html, atom.Body:
		return
	case atom.Br:
		r.startTag(atom.Br, "br", nil, pos, false)
		return
	}
	if blockTags[tag] {
		r.brk = true
	}
	for i := len(r.stack) - 1; i >= 0; i-- {
		if o := r.stack[i]; o.tag == tag && (tag != 0 || o.name == name) {
			r.pop(i)
			return
		}
	}
}

// text handles the source bytes raw, a run of text at offset base.
func (r *reader) text(raw string, base int) {
	if r.raw != 0 {
		r.rawText(raw, base)
		return
	}
	// The innermost block element the text is in, and whether an
	// inline element inside it hides the text.
	be, bf := -1, flags(0)
	for i := len(r.stack) - 1; i >= 0; i-- {
		if o := r.stack[i]; blockTags[o.tag] {
			be, bf = o.id, r.elems[o.id].flags
			break
		}
	}
	f := r.topFlags()
	if f&skipHard != 0 || f != bf {
		return
	}
	if strings.TrimLeft(raw, " \t\n\r\f") == "" {
		if r.cur != nil {
			r.cur.b.addSpace(base, 1)
		}
		return
	}
	if r.cur == nil || r.brk || r.cur.elem != be || r.brs > 1 {
		r.closeBlock()
		r.cur = &block{elem: be, flags: f, b: newBuilder()}
		if be >= 0 {
			switch t := r.elems[be].tag; {
			case t == atom.Li:
				r.cur.kind = article.BlockListItem
			case isHeading(t):
				r.cur.kind, r.cur.level = article.BlockHeading, int(t.String()[1]-'0')
			}
		}
	}
	r.brk, r.brs = false, 0
	appendRaw(r.cur.b, raw, base)
}

// closeBlock ends the block being gathered.
func (r *reader) closeBlock() {
	if r.cur != nil && !r.cur.b.empty() {
		r.blocks = append(r.blocks, r.cur)
	}
	r.cur = nil
}

// rawText handles the text of a script, style or title.
func (r *reader) rawText(raw string, base int) {
	switch {
	case r.raw == atom.Title && r.title == nil:
		r.title = newBuilder()
		appendRaw(r.title, raw, base)
	case r.raw == atom.Script && r.ldJSON:
		r.jsonLD(raw, base)
	}
}

// ancestorOf reports whether element a is e or one of its ancestors.
func (r *reader) ancestorOf(a, e int) bool {
	for ; e >= 0; e = r.elems[e].parent {
		if e == a {
			return true
		}
	}
	return false
}
