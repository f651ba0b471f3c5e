package htmldoc

import (
	"encoding/json"
	"io"
	"strings"
)

// Ranks of the dates a page gives of itself: the highest-ranked date
// that can be read is its publication date, the first of its rank.
const (
	// rankTime: a <time datetime> in the article's header, or before
	// its text, or marked pubdate.
	rankTime = 1 + iota
	// rankMetaName: <meta name="date"> and the like (metaDateNames).
	rankMetaName
	// rankItemprop: an element with itemprop="datePublished".
	rankItemprop
	// rankJSONLD: "datePublished" in JSON-LD.
	rankJSONLD
	// rankPublishedTime: <meta property="article:published_time">
	// (Open Graph).
	rankPublishedTime
)

// metaDateNames are the names of <meta name=...> tags that give the
// publication date.
var metaDateNames = map[string]bool{
	"date": true, "pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
	"publication_date": true, "dc.date": true, "dc.date.issued": true, "dcterms.date": true,
	"dcterms.issued": true, "sailthru.date": true, "parsely-pub-date": true, "article.published": true,
	"original-publish-date": true, "article_date_original": true,
}

// dateCand is a date the page gives of itself: its rank, its value and
// where the value's source bytes are.
type dateCand struct {
	rank     int
	value    string
	off, end int
}

// addDate records a date of the given rank; off and end are the
// source range of its value.
func (r *reader) addDate(rank int, value string, off, end int) {
	r.dates = append(r.dates, dateCand{rank: rank, value: value, off: off, end: end})
}

// meta reads a <meta> tag at source offset pos: the dates and the
// og:title it gives.
func (r *reader) meta(attrs map[string]string, pos int) {
	content, ok := attrs["content"]
	if !ok {
		return
	}
	prop := strings.ToLower(attrs["property"])
	name := strings.ToLower(attrs["name"])
	off, end, found := r.attrRange(pos, "content")
	if !found {
		off, end = pos, pos
	}
	switch {
	case prop == "article:published_time" || name == "article:published_time" || prop == "og:article:published_time":
		r.addDate(rankPublishedTime, content, off, end)
	case attrs["itemprop"] == "datePublished":
		r.addDate(rankItemprop, content, off, end)
	case metaDateNames[name] || metaDateNames[prop]:
		r.addDate(rankMetaName, content, off, end)
	case (prop == "og:title" || name == "og:title") && r.ogTitle == nil && found:
		r.ogTitle = newBuilder()
		appendRaw(r.ogTitle, r.src[off:end], off)
	}
}

// attrRange returns the source range of the value of attribute key
// (lower case) of the tag that starts at pos, reading the tag as the
// tokenizer does: names end at white space, "/", ">" or "="; a value is
// quoted or runs to white space or ">".
func (r *reader) attrRange(pos int, key string) (start, end int, ok bool) {
	s := r.src
	i := pos + 1
	for i < len(s) && !isSpace(s[i]) && s[i] != '/' && s[i] != '>' {
		i++ // the tag's name
	}
	for i < len(s) && s[i] != '>' {
		if isSpace(s[i]) || s[i] == '/' {
			i++
			continue
		}
		ns := i
		for i < len(s) && !isSpace(s[i]) && s[i] != '/' && s[i] != '>' && (s[i] != '=' || i == ns) {
			i++
		}
		name := s[ns:i]
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		vs, ve := i, i
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			if i < len(s) && (s[i] == '"' || s[i] == '\'') {
				q := s[i]
				i++
				vs = i
				for i < len(s) && s[i] != q {
					i++
				}
				ve = i
				if i < len(s) {
					i++
				}
			} else {
				vs = i
				for i < len(s) && !isSpace(s[i]) && s[i] != '>' {
					i++
				}
				ve = i
			}
		}
		if strings.EqualFold(name, key) {
			return vs, ve, true
		}
	}
	return 0, 0, false
}

// attrOffset is attrRange's start, or pos when the attribute is not
// found.
func (r *reader) attrOffset(pos int, key string) (int, int) {
	if s, e, ok := r.attrRange(pos, key); ok {
		return s, e
	}
	return pos, pos
}

// jsonLD reads the JSON-LD script raw (at source offset base) for
// "datePublished", in document order; malformed JSON is read as far as
// it goes.
func (r *reader) jsonLD(raw string, base int) {
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.UseNumber()
	// Each open container, and whether an object's next token is a key.
	type frame struct{ obj, key bool }
	var stack []frame
	key := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF || err != nil {
			return
		}
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{', '[':
				if n := len(stack); n > 0 && stack[n-1].obj {
					stack[n-1].key = true // the container is the value
				}
				stack = append(stack, frame{obj: d == '{', key: d == '{'})
			default:
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
			}
			continue
		}
		n := len(stack)
		if n == 0 || !stack[n-1].obj {
			continue
		}
		if stack[n-1].key {
			key, _ = tok.(string)
			stack[n-1].key = false
			continue
		}
		stack[n-1].key = true
		v, isString := tok.(string)
		if key != "datePublished" || !isString {
			continue
		}
		end := int(dec.InputOffset())
		start := end
		// The value's literal: back from its closing quote to the quote
		// that opens it.
		if end >= 2 && end <= len(raw) && raw[end-1] == '"' {
			k := end - 2
			for k >= 0 && (raw[k] != '"' || k > 0 && raw[k-1] == '\\') {
				k--
			}
			if k >= 0 {
				start, end = k+1, end-1
			}
		}
		r.addDate(rankJSONLD, v, base+start, base+end)
	}
}
