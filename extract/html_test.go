package extract

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/concordfacts/concord/claims"
)

// TestHTMLPage reads a saved news page with boilerplate around its
// article (a cookie banner, site navigation, share buttons, a figure
// caption, related links, a newsletter box, footers, scripts and
// styles; each holds a dated count, so a claim read from it would
// show): only the article's sentences become claims, their lines and
// columns point at them in the HTML file, the title and date come from
// the page's markup, and every span is inside the file.
func TestHTMLPage(t *testing.T) {
	b, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	res, err := newExtractor(t).DocumentResult(context.Background(), Source{Name: "testdata/news-page.html", Text: b})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Text    string
		Section []string
	}
	var got []row
	for _, c := range res.Claims {
		got = append(got, row{c.Text, c.Provenance.Section})
	}
	want := []row{
		{"KILIS, Turkey — A car bomb exploded on Monday at the Bab al-Salameh crossing on the Syrian side of the border with Turkey, killing at least 26 people, activists said.", []string{}},
		{"The blast struck a line of vehicles near the crossing, which rebels have held since 2012.", []string{}},
		{"Turkish officials said 15 wounded people were taken to hospitals in Kilis.", []string{}},
		{"Fighters of the Islamic State of Iraq and the Levant withdrew from the nearby town of Azaz last week, according to the Syrian Observatory for Human Rights.", []string{"Fighting around Azaz"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}

	// Each sentence's line and column are where it starts in the file.
	lines := strings.SplitAfter(src, "\n")
	for _, c := range res.Claims {
		p := c.Provenance
		first := c.Text[:12]
		if p.Line < 1 || p.Line > len(lines) || !strings.HasPrefix(lines[p.Line-1][p.Column-1:], first) {
			t.Errorf("%s: %d:%d does not point at %q", c.ID, p.Line, p.Column, first)
		}
		if !strings.HasPrefix(src[p.Offset:], first) {
			t.Errorf("%s: offset %d does not point at %q", c.ID, p.Offset, first)
		}
		// The sentence's source span ends where its text does.
		if last := c.Text[len(c.Text)-6:]; !strings.HasSuffix(src[:p.Offset+p.Length], last) {
			t.Errorf("%s: source span ends %q, want %q", c.ID, src[max(p.Offset+p.Length-6, 0):p.Offset+p.Length], last)
		}
	}
	checkSpansInside(t, res.Claims, len(src))

	// Every span (of the sentence, its clause, dates, quantities,
	// mentions, frames) points at the source bytes its text was
	// rendered from: the page's sentences have no tags inside, so the
	// source, with its references decoded and its white space
	// collapsed, is the text.
	spans := 0
	forEachSpan(res.Claims, func(id string, sp claims.Span) {
		spans++
		if got := rendered(src[sp.Offset:sp.End()]); got != sp.Text {
			t.Errorf("%s: span [%d,+%d) renders %q, want %q", id, sp.Offset, sp.Length, got, sp.Text)
		}
	})
	if spans < 20 {
		t.Errorf("only %d spans checked", spans)
	}
	if c := res.Claims[0]; c.Date == nil || c.Date.Start != claims.NewDay(2014, 3, 3) || c.Date.Span.Text != "Monday" {
		t.Errorf("date %+v, want Monday 3 March 2014", c.Date)
	}

	// The page's date, from its meta tag, pointing at the tag's value.
	want2 := &claims.DocumentDate{Document: "testdata/news-page.html", DateReading: claims.DateReading{
		Date: claims.NewDay(2014, 3, 4), Source: claims.DateFromMetaTag,
		Span: &claims.Span{Offset: strings.Index(src, "2014-03-04T09:12:00+02:00"), Length: 25, Text: "2014-03-04T09:12:00+02:00"},
		Line: 7, Column: 52,
	}}
	if diff := cmp.Diff(want2, res.Date); diff != "" {
		t.Errorf("document date (-want +got):\n%s", diff)
	}
}

// rendered renders the source of a sentence without tags as htmldoc
// does: references decoded, white space and no-break spaces one space.
func rendered(s string) string {
	s = strings.ReplaceAll(html.UnescapeString(s), "\u00a0", " ")
	return strings.Join(strings.Fields(s), " ")
}

// forEachSpan calls f with every non-zero claims.Span of the claims.
func forEachSpan(cs []claims.Claim, f func(id string, sp claims.Span)) {
	var walk func(id string, v reflect.Value)
	walk = func(id string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(id, v.Elem())
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(id, v.Index(i))
			}
		case reflect.Struct:
			if v.Type() == spanType {
				if sp := v.Interface().(claims.Span); sp != (claims.Span{}) {
					f(id, sp)
				}
				return
			}
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(id, v.Field(i))
				}
			}
		}
	}
	for _, c := range cs {
		walk(c.ID, reflect.ValueOf(c))
	}
}

// checkSpansInside checks that every span, citation and provenance of
// the claims lies inside a source of n bytes.
func checkSpansInside(t *testing.T, cs []claims.Claim, n int) {
	t.Helper()
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(path, v.Elem())
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(path, v.Index(i))
			}
		case reflect.Struct:
			if f := v.FieldByName("Offset"); f.IsValid() && f.Kind() == reflect.Int {
				off, length := int(f.Int()), int(v.FieldByName("Length").Int())
				if off < 0 || length < 0 || off+length > n {
					t.Errorf("%s: %s [%d,+%d) outside the source (%d bytes)", path, v.Type(), off, length, n)
				}
			}
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(path, v.Field(i))
				}
			}
		}
	}
	for _, c := range cs {
		walk(c.ID, reflect.ValueOf(c))
	}
}

// TestHTMLSniffed checks that a page is read as HTML by its first bytes
// whatever its name (standard input), and that a plain-text document
// is not.
func TestHTMLSniffed(t *testing.T) {
	ex := newExtractor(t)
	page := "<!doctype html><title>T</title><p>On 3 March 2014, a car bomb killed 26 people at the crossing.</p>"
	cs, err := ex.Document(context.Background(), Source{Name: "-", Text: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Text != "On 3 March 2014, a car bomb killed 26 people at the crossing." || cs[0].Provenance.Column != 35 {
		t.Errorf("claims %+v", cs)
	}
	cs, err = ex.Document(context.Background(), Source{Name: "notes.txt", Text: []byte("Use <p> for paragraphs. On 3 March 2014, 26 people died.\n")})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || !strings.HasPrefix(cs[0].Text, "Use <p>") {
		t.Errorf("plain text read as HTML: %+v", cs)
	}
}

// TestMapToSourceCoversSpans checks that mapToSource rewrites every
// field of the claims vocabulary that holds an offset: it knows Span,
// Citation and Provenance, and no other type of package claims may
// have an Offset field, or it would be left in the rendered text's
// coordinates.
func TestMapToSourceCoversSpans(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var visit func(ty reflect.Type)
	visit = func(ty reflect.Type) {
		switch ty.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			visit(ty.Elem())
			return
		case reflect.Struct:
		default:
			return
		}
		if seen[ty] {
			return
		}
		seen[ty] = true
		if _, ok := ty.FieldByName("Offset"); ok && ty != spanType && ty != citationType && ty != provenanceType {
			t.Errorf("%v has an Offset that mapToSource does not map", ty)
		}
		for i := 0; i < ty.NumField(); i++ {
			visit(ty.Field(i).Type)
		}
	}
	visit(reflect.TypeFor[claims.Claim]())
	if !seen[spanType] || !seen[citationType] || !seen[provenanceType] {
		t.Errorf("types seen %v", seen)
	}
}
