package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
)

// TestDatelineMentions checks that the place and agency of a news
// dateline, as the document date reader finds it, give no mention: they
// are where and by whom the report was filed, not a place or an actor of
// its events.
func TestDatelineMentions(t *testing.T) {
	tests := []struct {
		doc     string
		dropped []string // names of the dateline: no mention
		kept    []string // mentions of the events, with their roles
	}{
		{"Town retaken\n\nHOMS, 5 March 2015 (Agency) - Government troops retook the village of Talbiseh on Sunday, activists said.\n",
			[]string{"HOMS", "Agency"}, []string{"Talbiseh:place"}},
		{"Town retaken\n\nTRIPOLI, Mar 5, 2015 (Wirenews) - Militiamen stormed the port of Misrata on Monday.\n",
			[]string{"TRIPOLI", "Wirenews"}, []string{"Misrata:place"}},
		{"Border town lost\n\nKOBANI, Syria (Wire) — Kurdish fighters pulled out of the village of Tal Abyad on Friday, 6 March 2015.\n",
			[]string{"KOBANI", "Syria", "Wire"}, []string{"Tal Abyad:place"}},
	}
	for _, tt := range tests {
		cs, err := newExtractor(t).Document(context.Background(), Source{Name: "r.txt", Text: []byte(tt.doc)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			for _, m := range c.Mentions {
				got = append(got, fmt.Sprintf("%s:%s", m.Text, m.Role))
			}
		}
		for _, d := range tt.dropped {
			for _, g := range got {
				if strings.HasPrefix(g, d+":") {
					t.Errorf("%q: dateline name %q is a mention (%s)", tt.doc, d, g)
				}
			}
		}
		for _, k := range tt.kept {
			found := false
			for _, g := range got {
				found = found || g == k
			}
			if !found {
				t.Errorf("%q: no mention %s among %v", tt.doc, k, got)
			}
		}
		for _, c := range cs {
			for _, f := range c.Frames {
				for _, p := range f.Places {
					if m := c.Mentions[p]; m.Kind == claims.MentionPlace && strings.ToUpper(m.Text) == m.Text {
						t.Errorf("%q: place of %s is %q", tt.doc, f.Class, m.Text)
					}
				}
			}
		}
	}
}
