package reconcile_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/names"
	"github.com/concordfacts/concord/reconcile"
)

// cb builds a claims.Claim by hand for tests: the fields extraction will
// fill, with spans that point into the claim's own text.
type cb struct{ c claims.Claim }

// claim starts a claim of document doc at a line; its text starts at
// byte line*1000 so that spans are absolute and distinct.
func claim(doc string, line int, text string) *cb {
	off := line * 1000
	return &cb{c: claims.Claim{
		ID:   fmt.Sprintf("%s#%d", doc, line),
		Text: text,
		Provenance: claims.Provenance{
			Doc: doc, Section: []string{}, Line: line, Column: 1,
			Offset: off, Length: len(text), Kind: claims.SourceSentence,
		},
		Clause:     claims.Span{Offset: off, Length: len(text), Text: text},
		Quantities: []claims.Quantity{},
		Mentions:   []claims.Mention{},
	}}
}

// span returns the span of the first occurrence of s in the claim's text.
func (b *cb) span(s string) claims.Span {
	i := strings.Index(b.c.Text, s)
	if i < 0 || s == "" {
		return claims.Span{}
	}
	return claims.Span{Offset: b.c.Provenance.Offset + i, Length: len(s), Text: s}
}

func day(s string) claims.Day {
	d, err := claims.ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

// date sets the claim's date: from..to with a precision, modifier and the
// expression it was read from.
func (b *cb) date(from, to string, prec claims.Precision, mod claims.Modifier, expr string) *cb {
	b.c.Date = &claims.TimeSpan{Start: day(from), End: day(to), Precision: prec, Modifier: mod,
		Span: b.span(expr), Anchor: claims.AnchorExplicit}
	return b
}

// on sets an exact day.
func (b *cb) on(d, expr string) *cb { return b.date(d, d, claims.PrecisionDay, "", expr) }

// month sets a whole month.
func (b *cb) month(year int, m time.Month, expr string) *cb {
	s, e := claims.MonthSpan(year, m)
	return b.date(s.String(), e.String(), claims.PrecisionMonth, "", expr)
}

func (b *cb) lowConfidence() *cb { b.c.Date.LowConfidence = true; return b }
func (b *cb) inherited() *cb {
	b.c.Date.Inherited, b.c.Date.Anchor = true, claims.AnchorInherit
	return b
}

func f(v float64) *float64 { return &v }

// qty adds a quantity: low and high (nil for open), the qualifier, what
// happened and to whom, and the text it was read from.
func (b *cb) qty(low, high *float64, q claims.Qualifier, cat, subj, expr string) *cb {
	b.c.Quantities = append(b.c.Quantities, claims.Quantity{Low: low, High: high, Qualifier: q,
		Kind: claims.KindCount, Category: cat, Subject: subj, Span: b.span(expr), PartOf: -1,
		LowExclusive: q == claims.QualMoreThan, HighExclusive: q == claims.QualLessThan})
	return b
}

// exact adds an exact count.
func (b *cb) exact(n float64, cat, subj, expr string) *cb {
	return b.qty(f(n), f(n), claims.QualExact, cat, subj, expr)
}

// partOf marks the last quantity as a part of quantity k.
func (b *cb) partOf(k int) *cb { b.c.Quantities[len(b.c.Quantities)-1].PartOf = k; return b }

// altTo marks the last quantity as an alternative report of quantity k of
// claim other.
func (b *cb) altTo(other *cb, k int) *cb {
	b.c.Quantities[len(b.c.Quantities)-1].AlternativeTo = fmt.Sprintf("%s/%d", other.c.ID, k)
	return b
}

// mention adds a mention of name in a role.
func (b *cb) mention(name string, kind claims.MentionKind, role claims.Role) *cb {
	b.c.Mentions = append(b.c.Mentions, claims.Mention{Text: name, Span: b.span(name), Kind: kind, Role: role})
	return b
}

func (b *cb) place(name string) *cb { return b.mention(name, claims.MentionPlace, claims.RolePlace) }
func (b *cb) agent(name string) *cb { return b.mention(name, claims.MentionGroup, claims.RoleAgent) }

func (b *cb) event(t claims.EventType, trigger string) *cb {
	b.c.Event = &claims.Event{Type: t, Trigger: b.span(trigger)}
	return b
}

func (b *cb) source(src, cue string) *cb {
	b.c.Attribution = append(b.c.Attribution, claims.Attribution{Source: src, Cue: cue, Span: b.span(src)})
	return b
}

func (b *cb) hedge(cue string) *cb {
	b.c.Hedges = append(b.c.Hedges, claims.Hedge{Cue: cue, Span: b.span(cue)})
	return b
}

func (b *cb) infobox(key string) *cb {
	b.c.Provenance.Kind = claims.SourceInfobox
	b.c.Provenance.Section = []string{"Infobox", key}
	return b
}

func all(bs ...*cb) []claims.Claim {
	out := make([]claims.Claim, len(bs))
	for i, b := range bs {
		out[i] = b.c
	}
	return out
}

// fakeResolver resolves names by a table of spellings, else by the
// lower-cased name: a stand-in for the names resolver with known answers.
type fakeResolver map[string]string

func (r fakeResolver) Resolve(name string, kind claims.MentionKind, at *claims.TimeSpan) names.Resolution {
	if id, ok := r[name]; ok {
		return names.Resolution{Entity: id, Canonical: strings.TrimPrefix(id, "ent:"),
			Evidence: []names.Evidence{{Kind: names.EvidenceAliasTable, Score: 1, Detail: name + " is listed under " + id, Source: "test table"}}}
	}
	k := strings.ToLower(name)
	return names.Resolution{Entity: string(kind) + ":" + k, Canonical: name,
		Evidence: []names.Evidence{{Kind: names.EvidenceSameKey, Score: 1, Detail: k}}}
}

// spellings is the test table of spellings.
var spellings = fakeResolver{
	"Raqqa":                  "ent:Raqqa",
	"Ar-Raqqah":              "ent:Raqqa",
	"Kantari":                "ent:Kantari",
	"Qantari":                "ent:Kantari",
	"Ahmed al-Sharaa":        "ent:Ahmed al-Sharaa",
	"Abu Mohammad al-Golani": "ent:Ahmed al-Sharaa",
	"ISIL":                   "ent:ISIL",
	"Islamic State":          "ent:ISIL",
}

func opts() reconcile.Options { return reconcile.Options{Resolver: spellings} }

// brief is a finding reduced to what most tests assert.
type brief struct {
	Kind   claims.FindingKind
	Field  claims.Field
	Docs   string // the claims' documents and lines: "a:1 b:2"
	Values string
	Note   string
}

func briefs(fs []claims.Finding) []brief {
	var out []brief
	for _, f := range fs {
		var docs []string
		for _, c := range f.Claims {
			docs = append(docs, fmt.Sprintf("%s:%d", c.Provenance.Doc, c.Provenance.Line))
		}
		out = append(out, brief{f.Kind, f.Field, strings.Join(docs, " "), strings.Join(f.Values, " | "), f.Note})
	}
	return out
}

// frame adds an event frame of a class, its trigger read from the text.
func (b *cb) frame(class claims.EventType, trigger string) *cb {
	b.c.Frames = append(b.c.Frames, claims.Frame{Class: class, Trigger: b.span(trigger)})
	if b.c.Event == nil {
		b.c.Event = &claims.Event{Type: class, Trigger: b.span(trigger)}
	}
	return b
}

// last returns the last frame.
func (b *cb) last() *claims.Frame { return &b.c.Frames[len(b.c.Frames)-1] }

// by adds a named agent of the last frame.
func (b *cb) by(name string) *cb {
	b.c.Mentions = append(b.c.Mentions, claims.Mention{Text: name, Span: b.span(name), Kind: claims.MentionGroup, Role: claims.RoleAgent})
	b.last().Agents = append(b.last().Agents, len(b.c.Mentions)-1)
	return b
}

// at adds a place of the last frame.
func (b *cb) at(name string) *cb {
	b.c.Mentions = append(b.c.Mentions, claims.Mention{Text: name, Span: b.span(name), Kind: claims.MentionPlace, Role: claims.RolePlace})
	b.last().Places = append(b.last().Places, len(b.c.Mentions)-1)
	return b
}

// to adds a patient of the last frame.
func (b *cb) to(name string) *cb {
	b.c.Mentions = append(b.c.Mentions, claims.Mention{Text: name, Span: b.span(name), Kind: claims.MentionGroup, Role: claims.RolePatient})
	b.last().Patients = append(b.last().Patients, len(b.c.Mentions)-1)
	return b
}

// count adds an exact count of the last frame, with its participant
// class and side.
func (b *cb) count(n float64, cat, participant, side, expr string) *cb {
	b.c.Quantities = append(b.c.Quantities, claims.Quantity{Low: f(n), High: f(n), Qualifier: claims.QualExact,
		Kind: claims.KindCount, Category: cat, Participant: participant, Side: side, Span: b.span(expr), PartOf: -1})
	if len(b.c.Frames) > 0 {
		b.last().Counts = append(b.last().Counts, len(b.c.Quantities)-1)
	}
	return b
}

// continues marks the last frame as going on telling other's event.
func (b *cb) continues(other *cb) *cb {
	c := other.c.Clause
	b.last().Continues = &c
	return b
}
