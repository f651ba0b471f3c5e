package article

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

// TestParseBlocks checks a document given as text and blocks: the title,
// headings as sections, paragraphs split into sentences, list items, and
// nothing read outside the blocks.
func TestParseBlocks(t *testing.T) {
	src := "Siege\n\nOne. Two.\n\nskipped\n\nLater\n\nThree.\n\nA list item"
	blocks := []Block{
		{Kind: BlockParagraph, Start: 7, End: 16},
		{Kind: BlockHeading, Level: 2, Start: 27, End: 32},
		{Kind: BlockParagraph, Start: 34, End: 40},
		{Kind: BlockListItem, Start: 42, End: 53},
		{Kind: BlockParagraph, Start: 5, End: 5}, // empty: skipped
	}
	doc := parserForTest(t).ParseBlocksInto(new(Document), "p.html", src, [2]int{0, 5}, blocks)
	if doc.Title != "Siege" {
		t.Errorf("title %q", doc.Title)
	}
	type row struct {
		Text    string
		Offset  int
		Kind    claims.SourceKind
		Section []string
		Block   int
	}
	var got []row
	for _, it := range doc.Items {
		if it.Kind == UnitItem {
			u := it.Unit
			got = append(got, row{u.Text, u.Offset, u.Kind, u.Section, u.Block})
		}
	}
	want := []row{
		{"One.", 7, claims.SourceSentence, nil, 0},
		{"Two.", 12, claims.SourceSentence, nil, 0},
		{"Three.", 34, claims.SourceSentence, []string{"Later"}, 1},
		{"A list item", 42, claims.SourceListItem, []string{"Later"}, 2},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("units (-want +got):\n%s", diff)
	}
}
