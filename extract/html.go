package extract

import (
	"reflect"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/htmldoc"
)

// Saved web pages. A document named *.html, *.htm or *.xhtml, or whose
// first bytes are "<!DOCTYPE html" or "<html", is read by package
// htmldoc: its article's text is rendered (title, headings, paragraphs
// and list items; navigation, share buttons, related links, footers,
// scripts and the like left out), claims are read from that text, and
// then every offset of every claim is mapped back to the HTML source.
// So Offset, Length, Line and Column point into the HTML file, while
// Text fields hold the rendered text; see package htmldoc for the rule.

// readHTML readies in, a web page, for extraction: what is read is its
// rendered article.
func (in *docInput) readHTML() {
	in.page = htmldoc.Read(in.src)
	in.text = in.page.Text
}

// parsePage splits a rendered page into headings and units.
func (in *docInput) parsePage(ps *article.Parser, p *article.Document) *article.Document {
	return ps.ParseBlocksInto(p, in.name, in.text, in.page.Title, in.page.Blocks)
}

// sourceSpan maps a span of a page's rendered text to its source; the
// text stays the rendered text.
func (in *docInput) sourceSpan(sp claims.Span) claims.Span {
	sp.Offset, sp.Length = in.page.Map.Span(sp.Offset, sp.Length)
	return sp
}

// Types whose offsets mapToSource rewrites.
var (
	spanType       = reflect.TypeFor[claims.Span]()
	citationType   = reflect.TypeFor[claims.Citation]()
	provenanceType = reflect.TypeFor[claims.Provenance]()
)

// mapToSource rewrites the offsets of the claims of a page, read from
// its rendered text, to offsets of its source: every claims.Span (the
// zero Span, "no span", stays zero), every claims.Citation and every
// claims.Provenance, whose Line and Column are set from the source.
// It walks the claims by reflection, so that a span field added to the
// vocabulary is mapped too; a value shared by several claims (a date,
// a slice's elements) is mapped once.
func (in *docInput) mapToSource(cs []claims.Claim) {
	starts := article.LineStarts(nil, in.src)
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
			return
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
			return
		case reflect.Array:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
			return
		case reflect.Struct:
		default:
			return
		}
		switch v.Type() {
		case spanType, citationType, provenanceType:
			addr := v.Addr().Pointer()
			if seen[addr] {
				return
			}
			seen[addr] = true
		}
		switch v.Type() {
		case spanType:
			sp := v.Addr().Interface().(*claims.Span)
			if *sp != (claims.Span{}) {
				*sp = in.sourceSpan(*sp)
			}
			return
		case citationType:
			c := v.Addr().Interface().(*claims.Citation)
			c.Offset, c.Length = in.page.Map.Span(c.Offset, c.Length)
			return
		case provenanceType:
			p := v.Addr().Interface().(*claims.Provenance)
			p.Offset, p.Length = in.page.Map.Span(p.Offset, p.Length)
			p.Line, p.Column = article.Position(starts, p.Offset)
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				walk(v.Field(i))
			}
		}
	}
	for i := range cs {
		walk(reflect.ValueOf(&cs[i]).Elem())
	}
}
