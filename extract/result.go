package extract

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/htmldoc"
	"github.com/concordfacts/concord/extract/internal/timex"
)

// Result is what reading one document gives: its claims and the date it
// carries of itself.
type Result struct {
	// Claims are the document's claims, as [Extractor.Document] returns
	// them.
	Claims []claims.Claim
	// Date is the document's own date and where it was read (see
	// [Source].Published), or nil when neither the document nor the
	// caller gives one.
	Date *claims.DocumentDate
}

// DocumentResult reads one document as [Extractor.Document] does and
// also returns its own date.
func (e *Extractor) DocumentResult(ctx context.Context, src Source) (Result, error) {
	if err := e.check(src); err != nil {
		return Result{}, err
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	text := string(src.Text)
	in := &docInput{name: src.Name, src: text, text: text, published: src.Published}
	if htmldoc.IsHTML(src.Name, src.Text) {
		in.readHTML()
	}
	cs := e.extract(in)
	if in.page != nil {
		in.mapToSource(cs)
	}
	return Result{Claims: cs, Date: in.record()}, nil
}

// DocumentResults reads several documents in parallel (Options.Jobs at
// a time) as [Extractor.Documents] does, and returns one Result for each,
// in the order of docs. The first error, in the order of docs, is
// returned.
func (e *Extractor) DocumentResults(ctx context.Context, docs []Source) ([]Result, error) {
	jobs := e.opts.Jobs
	if jobs <= 0 {
		jobs = defaultJobs()
	}
	results := make([]Result, len(docs))
	errs := make([]error, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < min(jobs, max(len(docs), 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = e.DocumentResult(ctx, docs[i])
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i := range docs {
		if errs[i] != nil {
			return nil, errs[i]
		}
	}
	return results, nil
}

// docInput is one document being read: its source bytes, the text the
// claims are read from (the same for a plain-text document, the rendered
// article of a web page), and what is known of its date from outside the
// text.
type docInput struct {
	name string
	// src is the document as given; text is what is read.
	src, text string
	// page is the web page src is, or nil.
	page      *htmldoc.Page
	published time.Time
	// date is the document's own date, set by setDate; replaced the
	// reading it replaced.
	date, replaced *claims.DateReading
}

// parse splits the document into headings and units.
func (in *docInput) parse(ps *article.Parser, p *article.Document) *article.Document {
	if in.page != nil {
		return in.parsePage(ps, p)
	}
	return ps.ParseInto(p, in.name, in.text)
}

// setDate settles the document's own date once tl has read the one the
// text gives (a dateline or a publication line): the metadata's date
// (front matter, a web page's meta tags) comes before a publication line
// but not before a dateline's date, the day the report was filed; a date
// the caller gives comes before all of them. The date that was replaced
// is kept for the record.
func (in *docInput) setDate(tl *timex.Timeline, p *article.Document) {
	text, hasText := tl.DocumentDate()
	if hasText {
		r := claims.DateReading{Date: text.Date.Start, Source: fromTimex(text.Source)}
		if sp := text.Date.Span; sp.Length > 0 {
			if in.page != nil {
				sp = in.sourceSpan(sp)
			}
			r.Span = &sp
		}
		in.date = &r
	}
	meta, hasMeta := in.metaDate(p)
	if hasMeta && !(hasText && text.Source == timex.FromDateline) {
		// The date's expression, for the claims that inherit it, is in
		// the text read only for front matter; a meta tag's is not.
		var sp claims.Span
		if meta.Source == claims.DateFromFrontMatter {
			sp = *meta.Span
		}
		tl.SetDocumentDate(timex.DocumentDate{
			Date:     claims.TimeSpan{Start: meta.Date, Span: sp},
			Source:   timex.FromFrontMatter, // metadata, read alike
			Dateline: text.Dateline,
		})
		in.replaced, in.date = in.date, &meta
	}
	if d, ok := publishedDay(in.published); ok {
		tl.SetDocumentDate(timex.DocumentDate{
			Date:     claims.TimeSpan{Start: d},
			Source:   timex.FromUser,
			Dateline: text.Dateline,
		})
		in.replaced, in.date = in.date, &claims.DateReading{Date: d, Source: claims.DateFromUser}
	}
}

// metaDate returns the date the document's metadata gives: its front
// matter, or a web page's meta tags.
func (in *docInput) metaDate(p *article.Document) (claims.DateReading, bool) {
	switch {
	case in.page != nil && in.page.HasDate:
		sp := in.page.DateSpan
		return claims.DateReading{Date: in.page.Date, Source: claims.DateFromMetaTag, Span: &sp}, true
	case in.page == nil && p.Front.HasDate:
		sp := p.Front.DateSpan
		return claims.DateReading{Date: p.Front.Date, Source: claims.DateFromFrontMatter, Span: &sp}, true
	}
	return claims.DateReading{}, false
}

// record returns the document's date record, with the lines and columns
// of its spans in the document, or nil without a date.
func (in *docInput) record() *claims.DocumentDate {
	if in.date == nil {
		return nil
	}
	d := &claims.DocumentDate{Document: in.name, DateReading: *in.date, Replaced: in.replaced}
	for _, r := range []*claims.DateReading{&d.DateReading, d.Replaced} {
		if r != nil && r.Span != nil && r.Span.Offset <= len(in.src) {
			pre := in.src[:r.Span.Offset]
			r.Line = 1 + strings.Count(pre, "\n")
			r.Column = len(pre) - (strings.LastIndexByte(pre, '\n') + 1) + 1
		}
	}
	return d
}

// fromTimex names a date source of package timex as the claims do.
func fromTimex(s timex.DateSource) claims.DateSource {
	switch s {
	case timex.FromDateline:
		return claims.DateFromDateline
	case timex.FromPublication:
		return claims.DateFromPublication
	case timex.FromFrontMatter:
		return claims.DateFromFrontMatter
	case timex.FromUser:
		return claims.DateFromUser
	}
	return claims.DateSource(s)
}

// publishedDay returns the calendar day of t in its own location, or
// false for the zero time.
func publishedDay(t time.Time) (claims.Day, bool) {
	if t.IsZero() {
		return 0, false
	}
	return claims.NewDay(t.Date()), true
}
