// Package textpos locates bytes of a text by line and column, and reads
// JSON keeping the byte offset of every value. It is what lets an error in
// a document, an alias table or a config file say file:line:column.
//
// Lines are counted from 1 and separated by '\n' (a "\r\n" ends a line
// too, its '\r' being the line's last byte); columns are counted from 1 in
// bytes.
//
//   - [LineCol] locates one offset by counting: for an error message.
//   - [Lines] indexes the line starts of a text once and locates many
//     offsets in it by binary search: for provenance.
//   - [ParseJSON] reads a JSON text into a tree of [Value] nodes, each
//     with the offset of its first byte, so that a reader checking a
//     schema can place its errors; a malformed text gives a [*SyntaxError]
//     and a key given twice in one object a [*DuplicateKeyError], both
//     with offsets.
package textpos
