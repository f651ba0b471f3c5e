package frame_test

import (
	"strings"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/frame"
)

// clause builds a Clause from a marked-up sentence: "[ISIS:g]" is a
// mention of kind g (group), p (person), l (place), n (generic), o
// (other), with "!" after the kind for a reporting source ("[SOHR:g!]");
// "{Twenty:killed}" is a count with its category ("{three}" has none).
func clause(markup string) *frame.Clause {
	var b strings.Builder
	c := &frame.Clause{}
	for i := 0; i < len(markup); {
		switch markup[i] {
		case '[':
			j := strings.IndexByte(markup[i:], ']') + i
			body := markup[i+1 : j]
			text, kind, _ := strings.Cut(body, ":")
			src := strings.HasSuffix(kind, "!")
			kind = strings.TrimSuffix(kind, "!")
			start := b.Len()
			b.WriteString(text)
			c.Mentions = append(c.Mentions, frame.Mention{Start: start, End: b.Len(), Kind: kinds[kind], Source: src})
			i = j + 1
		case '{':
			j := strings.IndexByte(markup[i:], '}') + i
			text, cat, _ := strings.Cut(markup[i+1:j], ":")
			start := b.Len()
			b.WriteString(text)
			c.Counts = append(c.Counts, frame.Count{Start: start, End: b.Len(), IsCount: true, Category: cat, PartOf: -1})
			i = j + 1
		default:
			b.WriteByte(markup[i])
			i++
		}
	}
	c.Text = b.String()
	return c
}

var kinds = map[string]claims.MentionKind{
	"g": claims.MentionGroup, "p": claims.MentionPerson, "l": claims.MentionPlace,
	"n": claims.MentionGeneric, "o": claims.MentionOther,
}
