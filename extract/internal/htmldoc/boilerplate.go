package htmldoc

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// flags say why text is not part of an article. They accumulate down the
// element tree: an element's flags are its own and its ancestors'.
type flags uint8

const (
	// skipHard: never text (scripts, navigation, asides, footers, forms,
	// figures and their captions, hidden elements).
	skipHard flags = 1 << iota
	// skipHeader: a header; its <h1> may be the title and its <time>
	// the date, but its text is not the article's.
	skipHeader
	// skipClass: boilerplate by its class, id or role (share buttons,
	// related links, cookie banners, newsletter boxes); left out unless
	// nothing of the page would be left.
	skipClass
)

// hardTags are elements whose content is never article text.
var hardTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Option: true,
	atom.Datalist: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Figure: true, atom.Figcaption: true, atom.Dialog: true,
	atom.Menu: true, atom.Map: true, atom.Label: true, atom.Output: true, atom.Progress: true,
	atom.Meter: true, atom.Noembed: true, atom.Noframes: true, atom.Applet: true, atom.Marquee: true,
	atom.Head: true, atom.Title: true, atom.Xmp: true, atom.Plaintext: true,
}

// blockTags are the elements that start and end a block of text; any
// other element (a, b, em, span, time, custom elements) is inline.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Head: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Li: true, atom.Main: true,
	atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Caption: true, atom.Tbody: true,
	atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
	atom.Legend: true, atom.Option: true, atom.Select: true, atom.Textarea: true, atom.Noscript: true,
	atom.Template: true, atom.Iframe: true, atom.Object: true, atom.Video: true, atom.Audio: true,
	atom.Canvas: true, atom.Svg: true, atom.Math: true, atom.Title: true, atom.Script: true,
	atom.Style: true, atom.Button: true, atom.Marquee: true, atom.Listing: true,
}

// voidTags have no content and no end tag.
var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// rawTags are the elements whose content the tokenizer returns as raw
// text.
var rawTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Title: true, atom.Textarea: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
}

// hardRoles and headerRoles are ARIA landmark and widget roles that are
// not an article's text.
var hardRoles = map[string]bool{
	"navigation": true, "complementary": true, "contentinfo": true, "search": true,
	"dialog": true, "alertdialog": true, "alert": true, "menu": true, "menubar": true,
	"toolbar": true, "tablist": true, "tooltip": true, "form": true,
}

// boilerWords are the words of class names and ids that mark
// boilerplate: "share-buttons", "cookie-banner", "relatedLinks",
// "newsletter_signup", "site-nav", "ad-slot".
var boilerWords = map[string]bool{
	"share": true, "sharing": true, "sharebar": true, "social": true, "cookie": true, "cookies": true,
	"consent": true, "gdpr": true, "related": true, "recommended": true, "recommendations": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true, "promo": true,
	"promotion": true, "advert": true, "advertisement": true, "ad": true, "ads": true, "adslot": true,
	"sponsor": true, "sponsored": true, "comments": true, "comment": true, "disqus": true,
	"breadcrumb": true, "breadcrumbs": true, "caption": true, "credit": true, "credits": true,
	"sidebar": true, "popup": true, "modal": true, "overlay": true, "banner": true, "navbar": true,
	"nav": true, "navigation": true, "menu": true, "footer": true, "masthead": true, "toolbar": true,
	"tags": true, "tagcloud": true, "widget": true, "outbrain": true, "taboola": true, "paywall": true,
}

// hiddenNames are class names that hide an element from sight (text for
// screen readers only, "Share on X" labels of icons).
var hiddenNames = map[string]bool{
	"hidden": true, "hide": true, "is-hidden": true, "u-hidden": true, "d-none": true, "invisible": true,
	"sr-only": true, "sr-only-focusable": true, "screen-reader-text": true, "screen-reader-only": true,
	"visually-hidden": true, "visuallyhidden": true, "offscreen": true,
}

// articleWords, ending a class name, mark the article's own body
// ("entry-content", "article-body", "story-text"), which is never taken
// for boilerplate whatever its other classes say.
var articleWords = map[string]bool{
	"content": true, "body": true, "text": true, "article": true, "story": true, "entry": true, "post": true, "main": true,
}

// classFlags returns skipHard for a class name that hides the element,
// and skipClass when one of the names of a class or id attribute marks
// boilerplate and none marks the article's body.
func classFlags(values ...string) flags {
	boiler, body := false, false
	for _, v := range values {
		for _, name := range strings.Fields(v) {
			if hiddenNames[strings.ToLower(name)] {
				return skipHard
			}
			words := splitWords(name)
			if len(words) == 0 {
				continue
			}
			if articleWords[words[len(words)-1]] && !boilerWords[words[0]] {
				body = true
			}
			for _, w := range words {
				if boilerWords[w] {
					boiler = true
				}
			}
		}
	}
	if boiler && !body {
		return skipClass
	}
	return 0
}

// splitWords splits a class name into lower-case words at anything
// that is not a letter or digit and where a lower-case letter meets an
// upper-case one ("relatedLinks").
func splitWords(name string) []string {
	var words []string
	start := -1
	flush := func(i int) {
		if start >= 0 {
			words = append(words, strings.ToLower(name[start:i]))
			start = -1
		}
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		isLower := c >= 'a' && c <= 'z'
		isUpper := c >= 'A' && c <= 'Z'
		isDigit := c >= '0' && c <= '9'
		switch {
		case !isLower && !isUpper && !isDigit:
			flush(i)
		case isUpper && i > 0 && name[i-1] >= 'a' && name[i-1] <= 'z':
			flush(i)
			start = i
		case start < 0:
			start = i
		}
	}
	flush(len(name))
	return words
}

// isHidden reports whether an inline style hides the element.
func isHidden(style string) bool {
	s := strings.ToLower(strings.Join(strings.Fields(style), ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}
