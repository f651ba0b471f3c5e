// Package corpus reads a set of documents into claims: it finds the files
// of a directory walk, reads each document within a size limit (decoding
// UTF-16), extracts claims a batch at a time with package extract, and
// lets claims repeated across documents share their memory.
//
// It is what `concord check` and `concord extract` do before they
// reconcile or print, made available to programs that import Concord:
//
//	files, warns, err := corpus.Walk("docs", corpus.Filter{})
//	if err != nil { ... }
//	var ins []corpus.Input
//	for _, f := range files {
//		ins = append(ins, corpus.File(f))
//	}
//	c, err := corpus.Read(ctx, ins, corpus.Options{})
//	if err != nil { ... } // an *extract.DocumentError names the file
//	rep, err := reconcile.CheckParts(ctx, c.Parts, reconcile.Options{})
//
// [Read] keeps only one batch of document texts in memory at a time and
// returns the claims in the batches they were extracted in ([Corpus].Parts),
// so that a large corpus is never copied into one slice; the claims do not
// depend on the batch size or on the number of jobs. Documents that give no
// claims are listed in [Corpus].Warnings, never dropped silently.
//
// # Reading
//
// [ReadText] reads at most the document limit plus one byte
// ([extract.Options].MaxDocumentBytes, 64 MiB by default), so an endless
// stream or a huge file is rejected with [extract.ErrTooLarge] having
// used about the limit in memory. A document that starts with a UTF-16
// byte order mark is decoded to UTF-8; the claims' provenance (offsets,
// byte columns) then counts the bytes of the decoded UTF-8 text, and line
// numbers are those of the file.
//
// # Walking a directory
//
// [Walk] lists the files a [Filter] keeps, recursively, in sorted order.
// Symbolic links are followed: a link to a file is read like the file; a
// link to a directory is walked, unless its target is the walked directory
// or inside it (it would give the same files twice, or loop), or is a
// directory the walk already entered through another link. A skipped link,
// a dangling link, and an entry that is neither a regular file nor a
// directory (a FIFO, a device, a socket) each give a [claims.Warning].
package corpus
