package article

import (
	"slices"
	"strings"

	"github.com/concordfacts/concord/claims"
)

// BlockKind says what a [Block] is.
type BlockKind int

// Block kinds.
const (
	BlockParagraph BlockKind = iota
	BlockListItem
	BlockHeading
)

// Block is one block of a document whose structure is known rather than
// read from the plain-text format (a web page rendered to text): a
// paragraph, a list item or a heading, src[Start:End].
type Block struct {
	Kind BlockKind
	// Level is a heading's level: 1 for <h1>, 2 for <h2>, as "==" is 2.
	Level      int
	Start, End int
}

// ParseBlocksInto is [Parser.ParseInto] for a document given as text
// and its blocks: src[title[0]:title[1]] is the title (none when the
// range is empty), and blocks are its headings, paragraphs and list
// items in reading order, which are segmented into sentence units as
// the plain-text format's are. Nothing of src outside the blocks and the
// title is read.
func (e *Parser) ParseBlocksInto(p *Document, name, src string, title [2]int, blocks []Block) *Document {
	p.Name, p.Src = name, src
	p.Items = slices.Grow(p.Items[:0], len(blocks)+strings.Count(src, ". "))
	if title[1] > title[0] {
		p.Title, p.TitleLine = src[title[0]:title[1]], true
	}
	var path []string // heading path
	var levels []int  // heading level for each path entry
	n := 0            // blocks of units so far
	for _, b := range blocks {
		if b.End <= b.Start {
			continue
		}
		switch b.Kind {
		case BlockHeading:
			for len(levels) > 0 && levels[len(levels)-1] >= b.Level {
				levels = levels[:len(levels)-1]
				path = path[:len(path)-1]
			}
			text := src[b.Start:b.End]
			levels = append(levels, b.Level)
			path = append(append([]string(nil), path...), text)
			p.Items = append(p.Items, Item{Kind: HeadingItem, Level: b.Level, Heading: text, HeadingOffset: b.Start})
		case BlockListItem:
			e.addSentences(p, b.Start, b.End, claims.SourceListItem, path, n)
			n++
		default:
			e.addSentences(p, b.Start, b.End, claims.SourceSentence, path, n)
			n++
		}
	}
	return p
}
