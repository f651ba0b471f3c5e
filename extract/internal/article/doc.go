// Package article reads Concord's plain-text article format into headings
// and sentence units: title, headings, infobox lines, list items and
// paragraphs, with citation markers masked but kept as citations. Every
// unit keeps its byte offset in the document, and [Position] turns an
// offset into a line and column.
//
// A [Parser] holds the Punkt sentence model; [Parser.Parse] returns a
// [Document] whose [Item] values are its headings and [Unit] values in
// reading order.
//
// A document may open with front matter, a "---" block of "key: value"
// lines ([FrontMatter]): its title and date are read, and it gives no
// unit; the units after it keep their offsets in the file.
// [ParseDateValue] reads the dates of metadata.
package article
