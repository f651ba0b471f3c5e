package timex

import (
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/article"
	"github.com/concordfacts/concord/extract/internal/token"
)

// A document's own date: when a news report was filed or published. It
// is read from a dateline ("BEIRUT, 14 January 2014 —", "BEIRUT, Jan 14
// (Reuters) -") or a publication line ("Published January 13, 2014",
// "Last Updated : Jan 27 2014", "AFP, Friday 28 Feb 2014") near the top
// of the document, or given by the caller ([Timeline.SetDocumentDate]:
// front matter, a user's option).
//
// A document with a date of its own is read as a report written on that
// day (see the conventions in timeline.go): weekdays, "today" and
// "yesterday" count back from it, year-less dates take the year that
// puts them on or before it, and a sentence without a date of its own is
// dated "on or before the document date" rather than by the last date
// the report mentioned.

// DateSource says where a document's own date comes from.
type DateSource string

// Date sources. FromFrontMatter and FromUser are for callers that know
// the date from outside the text.
const (
	FromDateline    DateSource = "dateline"
	FromPublication DateSource = "publication line"
	FromFrontMatter DateSource = "front matter"
	FromUser        DateSource = "user"
)

// DocumentDate is the date a document carries of itself.
type DocumentDate struct {
	// Date is one day. Its Span is the expression it was read from,
	// empty when the date was given from outside the text.
	Date   claims.TimeSpan
	Source DateSource
	// Dateline is the dateline the report opens with, when it has one
	// ("BEIRUT, 14 January 2014 —", "DAMASCUS, Syria (AP) —"): its place
	// is where the report was filed, not where its events happened.
	Dateline claims.Span
}

// frontBlocks is how many blocks from the top of a document a dateline
// or publication line is looked for in.
const frontBlocks = 6

// footBlocks is how many blocks at the end of a document a
// publication line is also looked for in.
const footBlocks = 3

// maxPubTokens is the most tokens a publication line has: "Last
// Updated : Tue Jan 7, 2014 20:14:45 GMT" has 16.
const maxPubTokens = 20

// maxDateline is the longest dateline read, in bytes: "RAS AL-AIN,
// Syria, Wednesday 14 January 2014 (Reuters) --" has 50.
const maxDateline = 96

// maxCityWords is the most words a dateline's place has ("DEIR EZ-ZOR",
// "RAS AL-AIN").
const maxCityWords = 4

// pubLine is a unit that only gives the document's date.
type pubLine struct {
	offset  int
	date    claims.TimeSpan
	updated bool // "Updated", "Last modified": a later date than the first
}

// dateline is a dateline found at the start of a unit.
type dateline struct {
	unit, end int // the unit's offset; the end of the dateline, absolute
	span      claims.Span
	// date is the dateline's date, when it has one; year is false when
	// the date has no year ("Jan 14").
	date    pdate
	dateSp  claims.Span
	hasDate bool
}

// SetDocumentDate sets the document's own date, replacing the one read
// from the text; call it after Init, before the first Heading or
// Clauses. Only Date.Start is read for the day; Date.Span is kept as
// the expression (empty for a date given from outside the text).
func (t *Timeline) SetDocumentDate(d DocumentDate) {
	d.Date.End = d.Date.Start
	d.Date.Precision = claims.PrecisionDay
	d.Date.Modifier = claims.ModNone
	d.Date.Anchor = claims.AnchorExplicit
	if d.Dateline == (claims.Span{}) && t.hasDoc {
		d.Dateline = t.docInfo.Dateline
	}
	t.setDocument(d)
}

// DocumentDate returns the document's own date, if it has one.
func (t *Timeline) DocumentDate() (DocumentDate, bool) {
	return t.docInfo, t.hasDoc
}

// setDocument makes d the document's date: the reference the report
// starts from and the bound its undated sentences inherit.
func (t *Timeline) setDocument(d DocumentDate) {
	t.docInfo, t.hasDoc = d, true
	t.docRef = refState{ts: d.Date, src: claims.AnchorDocument, block: -1}
	t.doc = &t.docRef
	t.ref = t.doc
	y, m, _ := d.Date.End.Date()
	t.docBound = claims.TimeSpan{
		Start: claims.NewDay(y, m, 1), End: d.Date.End,
		Precision: claims.PrecisionDay, Modifier: claims.ModBefore,
		Span: d.Date.Span, Anchor: claims.AnchorExplicit,
	}
	t.setCur(&t.docBound, claims.AnchorDocument)
}

// findDocumentDate looks for a dateline in the first blocks of p and
// for publication lines in its first and last blocks, and sets the document's date from them: the
// dateline's date when it has a year; its day and month in the year
// that puts it on or before the publication date when it has none; the
// publication date (the first that is not an update) otherwise.
func (t *Timeline) findDocumentDate(p *article.Document) {
	var dl dateline
	var pub, upd *pubLine
	t.pubs = t.pubs[:0]
	// Publication lines are also looked for at the foot of the page
	// ("Reporting by ...; Editing by ..." and then the date).
	lastBlock := -1
	for i := len(p.Items) - 1; i >= 0; i-- {
		if p.Items[i].Kind == article.UnitItem {
			lastBlock = p.Items[i].Unit.Block
			break
		}
	}
	for i := 0; i < len(p.Items); i++ {
		it := &p.Items[i]
		if it.Kind != article.UnitItem {
			continue
		}
		u := it.Unit
		foot := u.Block > lastBlock-footBlocks
		if u.Block >= frontBlocks && !foot {
			// Skip to the foot of the page.
			for i+1 < len(p.Items) && (p.Items[i+1].Kind != article.UnitItem || p.Items[i+1].Unit.Block <= lastBlock-footBlocks) {
				i++
			}
			continue
		}
		if u.Kind != claims.SourceSentence {
			continue
		}
		// A publication line is a paragraph of its own.
		alone := u.ParaStart && (i+1 == len(p.Items) || p.Items[i+1].Kind != article.UnitItem || p.Items[i+1].Unit.Block != u.Block)
		if alone {
			if pl, ok := t.publicationLine(u); ok {
				t.pubs = append(t.pubs, pl)
				continue
			}
		}
		if dl.end == 0 && u.ParaStart && u.Block < frontBlocks {
			if d, ok := t.readDateline(u); ok {
				dl = d
			}
		}
	}
	for k := range t.pubs {
		pl := &t.pubs[k]
		switch {
		case !pl.updated && pub == nil:
			pub = pl
		case pl.updated && upd == nil:
			upd = pl
		}
	}
	if pub == nil {
		pub = upd
	}
	if dl.end > 0 {
		t.dlUnit, t.dlEnd = dl.unit, dl.end
	}
	info := DocumentDate{Dateline: dl.span}
	switch {
	case dl.hasDate && dl.date.y != 0:
		d := claims.NewDay(dl.date.y, time.Month(dl.date.m), dl.date.d)
		info.Date = claims.TimeSpan{Start: d, End: d, Precision: claims.PrecisionDay, Anchor: claims.AnchorExplicit, Span: dl.dateSp}
		info.Source = FromDateline
	case dl.hasDate && pub != nil:
		// "BEIRUT, Jan 14 (Reuters)" in a report published on 15 January
		// 2014: the latest 14 January on or before it.
		y, m, _ := pub.date.End.Date()
		dy := y
		if dl.date.m > int(m) {
			dy--
		}
		d := claims.NewDay(dy, time.Month(dl.date.m), dl.date.d)
		if d > pub.date.End {
			d = claims.NewDay(dy-1, time.Month(dl.date.m), dl.date.d)
		}
		if !validDay(pdate{y: dy, m: dl.date.m, d: dl.date.d}) {
			d = pub.date.End
		}
		info.Date = claims.TimeSpan{Start: d, End: d, Precision: claims.PrecisionDay, Anchor: claims.AnchorExplicit, Span: dl.dateSp}
		info.Source = FromDateline
	case pub != nil:
		info.Date = pub.date
		info.Source = FromPublication
	default:
		if dl.end > 0 {
			t.docInfo.Dateline = dl.span
		}
		return
	}
	t.setDocument(info)
}

// publicationLine reports whether u only gives a date: one full date
// (day, month and year), with nothing else but a cue ("Published",
// "Last Updated :", "Posted on"), the weekday, the time and its zone, and
// at most a few capitalised words (an agency, a city: "AFP, Friday 28
// Feb 2014").
func (t *Timeline) publicationLine(u *article.Unit) (pubLine, bool) {
	text := u.Masked
	if len(text) > 120 {
		return pubLine{}, false
	}
	t.toks = t.dateTokensOf(text)
	if len(t.toks) > maxPubTokens {
		return pubLine{}, false
	}
	s := scanner{t: text, toks: t.toks}
	t.exprs = s.scan(t.exprs[:0])
	if len(t.exprs) == 0 {
		return pubLine{}, false
	}
	// "January 14, 2014 / 3:15 PM / 5 years ago", "Jan. 14, 2014 |
	// 12:04 AM": after a separator, the rest is the page's.
	cut := len(text)
	for k := range t.toks {
		if tk := &t.toks[k]; tk.Start >= t.exprs[0].e && tk.Kind == token.Mark && (markOf(*tk) == '/' || text[tk.Start] == '|') {
			cut = tk.Start
			break
		}
	}
	if len(t.exprs) > 1 && t.exprs[1].s < cut {
		return pubLine{}, false
	}
	e := &t.exprs[0]
	if e.kind != exAbs || e.isRange || e.ambig || e.mod != claims.ModNone || e.a.d == 0 || e.a.m == 0 || !e.a.hasYear() {
		return pubLine{}, false
	}
	names, updated := 0, false
	for k := range t.toks {
		tk := &t.toks[k]
		if tk.Start >= cut {
			break
		}
		if tk.Start >= e.s && tk.End <= e.e {
			continue
		}
		switch tk.Kind {
		case token.Mark:
			continue
		case token.Number:
			// the time: "20:14:45", "8.30"
			if isBad(*tk) || s.punct(k+1, ':') || s.punct(k-1, ':') {
				continue
			}
			return pubLine{}, false
		}
		w := text[tk.Start:tk.End]
		switch {
		case wordOf(*tk).weekday() >= 0:
		case isPubCue(w):
			if token.HasPrefixFold(w, "updated") || token.HasPrefixFold(w, "modified") {
				updated = true
			}
		case tk.Is(token.Cap) && wordOf(*tk) == wNone && tk.End <= e.s:
			// An agency or a city before the date, set off by a comma:
			// "AFP, Friday 28 Feb 2014"; not "Retrieved 14 January 2014".
			names++
		default:
			return pubLine{}, false
		}
	}
	if names > maxCityWords || names > 0 && !s.punctBefore(e.s, ',') {
		return pubLine{}, false
	}
	p := e.a
	d := claims.NewDay(p.y, time.Month(p.m), p.d)
	ts := claims.TimeSpan{Start: d, End: d, Precision: claims.PrecisionDay, Anchor: claims.AnchorExplicit}
	t.setSpan(&ts, u, e)
	return pubLine{offset: u.Offset, date: ts, updated: updated}, true
}

// punctBefore reports whether the token that ends right before offset
// at is the punctuation mark p.
func (s *scanner) punctBefore(at int, p byte) bool {
	for k := len(s.toks) - 1; k >= 0; k-- {
		if s.toks[k].End <= at {
			return s.punct(k, p)
		}
	}
	return false
}

// isPubCue reports whether w is a word of a publication line other than
// the date: "Published", "Last Updated", "Posted on", "at", "GMT".
func isPubCue(w string) bool {
	if len(w) > 9 {
		return false
	}
	var b [9]byte
	for i := 0; i < len(w); i++ {
		b[i] = w[i] | 0x20
	}
	switch string(b[:len(w)]) {
	case "published", "updated", "last", "posted", "modified", "first", "on", "at", "date", "dated",
		"issued", "am", "pm", "gmt", "utc", "est", "edt", "bst", "cet", "cest", "eet", "eest", "ast":
		return true
	}
	return false
}

// readDateline reads a dateline at the start of u: a place in capitals
// or with an agency ("BEIRUT", "DEIR EZ-ZOR", "Beirut (AFP)"), an
// optional region (", Syria"), an optional date (", 14 January 2014",
// ", Jan 14"), an optional agency in parentheses, and a dash. A dateline
// needs a date, a place in capitals with a region, or a known agency.
func (t *Timeline) readDateline(u *article.Unit) (dateline, bool) {
	text := u.Masked
	if text == "" || text[0] < 'A' || text[0] > 'Z' {
		return dateline{}, false
	}
	if len(text) > maxDateline {
		// A dateline is short: its tokens are in the first bytes.
		text = text[:maxDateline]
	}
	if !strings.Contains(text, " -") && !strings.Contains(text, " —") && !strings.Contains(text, " –") {
		// No dash standing apart, no dateline: most first sentences
		// stop here, untokenized.
		return dateline{}, false
	}
	t.toks = t.dateTokensOf(text)
	s := scanner{t: text, toks: t.toks}
	toks := t.toks
	k, words, caps := 0, 0, true
	for k < len(toks) && words < maxCityWords && toks[k].Kind == token.Word && toks[k].Is(token.Cap) && wordOf(toks[k]) == wNone {
		if !allCaps(text[toks[k].Start:toks[k].End]) {
			caps = false
		}
		k++
		words++
		// "EZ-ZOR", "AL-BAB"
		if s.punct(k, '-') && s.glued(k-1) && s.glued(k) && k+1 < len(toks) && toks[k+1].Kind == token.Word {
			k += 2
		}
	}
	if words == 0 {
		return dateline{}, false
	}
	region := false
	if s.punct(k, ',') && k+1 < len(toks) && toks[k+1].Kind == token.Word && toks[k+1].Is(token.Cap) && wordOf(toks[k+1]) == wNone {
		// ", Syria", ", Iraq"
		k += 2
		for n := 1; n < 3 && k < len(toks) && toks[k].Kind == token.Word && toks[k].Is(token.Cap) && wordOf(toks[k]) == wNone; n++ {
			k++
		}
		region = true
	}
	dl := dateline{unit: u.Offset}
	if s.punct(k, ',') {
		k++
	}
	if p, j, ok := s.date(k); ok && p.d != 0 && p.m != 0 {
		dl.date, dl.hasDate = p, true
		dl.dateSp = claims.Span{Offset: u.Offset + toks[k].Start, Length: toks[j-1].End - toks[k].Start, Text: u.Text[toks[k].Start:toks[j-1].End]}
		k = j
	} else if k < len(toks) && wordOf(toks[k]).weekday() >= 0 {
		if e, j, ok := s.weekday(k, 0); ok && e.kind == exAbs && e.a.d != 0 {
			dl.date, dl.hasDate = e.a, true
			dl.dateSp = claims.Span{Offset: u.Offset + toks[k].Start, Length: toks[j-1].End - toks[k].Start, Text: u.Text[toks[k].Start:toks[j-1].End]}
			k = j
		}
	}
	known := false
	if s.punct(k, '(') {
		j := k + 1
		for j < len(toks) && j-k <= 4 && toks[j].Kind == token.Word && toks[j].Is(token.Cap) {
			j++
		}
		if j > k+1 && s.punct(j, ')') {
			known = j == k+2 && isAgency(text[toks[k+1].Start:toks[k+1].End])
			k = j + 1
		}
	}
	if !s.dashAt(k) {
		return dateline{}, false
	}
	switch {
	case dl.hasDate:
	case caps && region: // "DAMASCUS, Syria (AP) —"
	case known: // "Beirut (AFP) -", "BEIRUT (Reuters) -"
	default:
		return dateline{}, false
	}
	end := toks[k].End
	if s.punct(k+1, '-') && s.glued(k) {
		end = toks[k+1].End // "--"
	}
	// The dash opens the report: some text follows it.
	if len(u.Masked)-end < 2 {
		return dateline{}, false
	}
	dl.end = u.Offset + end
	dl.span = claims.Span{Offset: u.Offset, Length: end, Text: u.Text[:end]}
	return dl, true
}

// isAgency reports whether w names a news agency or broadcaster that
// files datelines ("BEIRUT (Reuters) -", "Beirut (AFP) -").
func isAgency(w string) bool {
	switch w {
	case "AP", "AFP", "UPI", "DPA", "EFE", "ANSA", "ANA", "CNN", "BBC", "SANA", "NNA", "MENA", "QNA",
		"SPA", "WAM", "KUNA", "IRNA", "TASS", "WAFA", "ANHA", "PTI", "IANS",
		"Reuters", "Xinhua", "Anadolu", "Bernama", "Interfax", "Kyodo", "Yonhap":
		return true
	}
	return false
}

// dashAt reports whether token i is a dash standing apart (not the
// hyphen of a compound).
func (s *scanner) dashAt(i int) bool {
	return s.punct(i, '-') && (i == 0 || !s.glued(i-1) || !s.glued(i))
}

// allCaps reports whether w has no lower-case ASCII letter and at least
// two letters.
func allCaps(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// publication returns the date of the publication line at offset, or
// nil when the unit there is not one.
func (t *Timeline) publication(offset int) *claims.TimeSpan {
	for k := range t.pubs {
		if t.pubs[k].offset == offset {
			return &t.pubs[k].date
		}
	}
	return nil
}
