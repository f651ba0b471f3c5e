package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/text/encoding/unicode"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/internal/intern"
)

// Input is a document to read: its name, recorded as the provenance of its
// claims, and how to open its text.
type Input struct {
	Name string
	// Open opens the document. It is called when the document is read,
	// and may be called again by a caller that needs its text later.
	Open func() (io.ReadCloser, error)
	// Published is the document's publication date when the caller
	// knows it; the zero Time means unknown (see
	// [extract.Source].Published).
	Published time.Time
}

// File returns the input of the file at path, named path.
func File(path string) Input {
	return Input{Name: path, Open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// Bytes returns an input held in memory.
func Bytes(name string, text []byte) Input {
	return Input{Name: name, Open: func() (io.ReadCloser, error) {
		return byteReader{bytes.NewReader(text)}, nil
	}}
}

// byteReader is a bytes.Reader with a Close method; its Len tells
// ReadText the size to expect.
type byteReader struct{ *bytes.Reader }

func (byteReader) Close() error { return nil }

// Text opens the input and reads its text with [ReadText].
func (in Input) Text(limit int) ([]byte, error) {
	rc, err := in.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.Name, unwrapPathError(err))
	}
	defer rc.Close()
	return ReadText(in.Name, rc, limit)
}

// Sizes of the pieces ReadText reads a document of unknown size in: the
// first, and the largest.
const (
	firstChunk = 64 << 10
	chunkSize  = 1 << 20
)

// sizeHint returns the number of bytes r is expected to hold, or -1: the
// size of a regular file, the length of an in-memory reader.
func sizeHint(r io.Reader) int64 {
	switch r := r.(type) {
	case interface{ Stat() (os.FileInfo, error) }:
		if fi, err := r.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	case interface{ Len() int }:
		return int64(r.Len())
	}
	return -1
}

// ErrUTF16Odd is returned for a document that starts with a UTF-16 byte
// order mark but has an odd number of bytes.
var ErrUTF16Odd = errors.New("is UTF-16 (it starts with a byte order mark) but has an odd number of bytes")

// ReadText reads a document's text from r: at most limit bytes (0 means
// [extract.DefaultMaxDocumentBytes]). A longer document gives an
// [*extract.DocumentError] wrapping [extract.ErrTooLarge], having read
// limit+1 bytes and no more. Text that starts with a UTF-16 byte order
// mark is decoded to UTF-8 (without the mark); the decoded text must fit
// the limit too. Other checks (NUL bytes, invalid UTF-8, line length) are
// those of package extract.
func ReadText(name string, r io.Reader, limit int) ([]byte, error) {
	if limit <= 0 {
		limit = extract.DefaultMaxDocumentBytes
	}
	tooLarge := func() error {
		return &extract.DocumentError{Doc: name, Err: fmt.Errorf("%w (%d bytes)", extract.ErrTooLarge, limit)}
	}
	// Read in pieces and join them once at the end, so that a document
	// rejected for its size never costs more than the limit in memory. A
	// file of known size is read into one piece of its size (plus one
	// byte, to see that it ends there).
	size := firstChunk
	if h := sizeHint(r); h >= 0 {
		size = int(min(h, int64(limit))) + 1
	}
	var pieces [][]byte
	n := 0
	lr := io.LimitReader(r, int64(limit)+1)
	for {
		p := make([]byte, min(size, limit+1-n))
		size = max(firstChunk, min(2*size, chunkSize))
		k, err := io.ReadFull(lr, p)
		if k > 0 {
			pieces = append(pieces, p[:k])
			n += k
		}
		if n > limit {
			return nil, tooLarge()
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, unwrapPathError(err))
		}
	}
	var b []byte
	switch len(pieces) {
	case 0:
		b = []byte{}
	case 1:
		b = pieces[0]
	default:
		b = bytes.Join(pieces, nil)
	}
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		if len(b)%2 != 0 {
			return nil, &extract.DocumentError{Doc: name, Err: ErrUTF16Odd}
		}
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		u, err := dec.Bytes(b)
		if err != nil {
			return nil, &extract.DocumentError{Doc: name, Err: fmt.Errorf("decoding UTF-16: %w", err)}
		}
		if len(u) > limit {
			return nil, tooLarge()
		}
		b = u
	}
	return b, nil
}

// Options configures [Read].
type Options struct {
	// Extract are the extraction options; Extract.Jobs documents are read
	// in parallel and Extract.MaxDocumentBytes limits each document.
	Extract extract.Options
	// Batch is how many documents are extracted together (default 64, and
	// at least 8 per job). Only one batch of texts is in memory at a time.
	Batch int
	// Progress, when set, is called before each batch with the number of
	// documents read so far and the total.
	Progress func(done, total int)
}

// Corpus is the claims of a set of documents.
type Corpus struct {
	// Documents are the names of the inputs, in input order, including
	// those that gave no claims.
	Documents []string
	// Parts are the claims, in input order, in the batches they were
	// extracted in; pass them to reconcile.CheckParts. Claims equal to
	// an earlier one in everything but their document share its memory
	// and must not be modified.
	Parts [][]claims.Claim
	// Counts are the number of claims of each document.
	Counts []int
	// Warnings name the documents that gave no claims.
	Warnings []claims.Warning
	// Dates are the documents' own dates, in input order, for the
	// documents that have one (see [extract.Result].Date).
	Dates []claims.DocumentDate
}

// Len returns the number of claims.
func (c *Corpus) Len() int {
	n := 0
	for _, p := range c.Parts {
		n += len(p)
	}
	return n
}

// Claims returns the claims of all parts in one new slice.
func (c *Corpus) Claims() []claims.Claim {
	out := make([]claims.Claim, 0, c.Len())
	for _, p := range c.Parts {
		out = append(out, p...)
	}
	return out
}

// ErrDuplicate is returned by [Read] for two inputs of the same name:
// their claims could not be told apart.
var ErrDuplicate = errors.New("document named twice")

// Read reads the inputs and extracts their claims, a batch at a time. The
// first error, in input order, stops it: an [*extract.DocumentError] for a
// document that is not text, too large or unreadable, or ctx.Err().
func Read(ctx context.Context, ins []Input, opts Options) (*Corpus, error) {
	seen := make(map[string]bool, len(ins))
	for _, in := range ins {
		if seen[in.Name] {
			return nil, fmt.Errorf("%s: %w", in.Name, ErrDuplicate)
		}
		seen[in.Name] = true
	}
	ex, err := extract.New(opts.Extract)
	if err != nil {
		return nil, err
	}
	batch := opts.Batch
	if batch <= 0 {
		batch = 64
		if opts.Extract.Jobs > 0 {
			batch = max(batch, 8*opts.Extract.Jobs)
		}
	}
	c := &Corpus{Documents: make([]string, len(ins)), Counts: make([]int, len(ins))}
	shared := intern.New()
	srcs := make([]extract.Source, 0, min(batch, len(ins)))
	for i := 0; i < len(ins); i += batch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if opts.Progress != nil {
			opts.Progress(i, len(ins))
		}
		srcs = srcs[:0]
		for _, in := range ins[i:min(i+batch, len(ins))] {
			b, err := in.Text(opts.Extract.MaxDocumentBytes)
			if err != nil {
				return nil, err
			}
			srcs = append(srcs, extract.Source{Name: in.Name, Text: b, Published: in.Published})
		}
		rs, err := ex.DocumentResults(ctx, srcs)
		if err != nil {
			return nil, err
		}
		total := 0
		for j, src := range srcs {
			n := len(rs[j].Claims)
			total += n
			c.Documents[i+j] = src.Name
			c.Counts[i+j] = n
			if n == 0 {
				c.Warnings = append(c.Warnings, claims.Warning{
					Kind: claims.WarnNoClaims, File: src.Name,
					Message: noClaims(src.Text),
				})
			}
			if d := rs[j].Date; d != nil {
				c.Dates = append(c.Dates, *d)
			}
		}
		clear(srcs) // the texts of the batch can go
		if total == 0 {
			continue
		}
		// The claims of the batch in one exactly sized array, in input
		// order.
		part := make([]claims.Claim, 0, total)
		for j := range rs {
			part = append(part, rs[j].Claims...)
			rs[j].Claims = nil
		}
		shared.Share(part)
		c.Parts = append(c.Parts, part)
	}
	return c, nil
}

// noClaims says why a document gave no claims, as far as it can tell.
func noClaims(text []byte) string {
	if len(bytes.TrimSpace(text)) == 0 {
		return "no claims: the document is empty"
	}
	return "no claims: no sentence or infobox line found (only a title, headings or citation markers?)"
}
