package pdf

import (
	"github.com/resumecheck/resumecheck/internal/extract/limit"
)

// Bounds on what the reader builds from a PDF's content, far above what a résumé needs
// (a dense page shows about 5,000 characters; a CID font lists a few thousand widths; a
// ToUnicode CMap maps a few thousand codes, each to a character or a ligature). Without
// them a file of a few kilobytes that inflates to 16 MB of content builds gigabytes: a
// string of 16 MB shown at once, millions of tiny strings, operands that no operator
// ever takes, a width range per code over all of 0-131M, a CMap destination of 1 MB
// decoded once per code. Each refusal is a *limit.Error that names the limit.
const (
	// maxShowBytes bounds the string of one text-showing operator (Tj, TJ element, ', ").
	maxShowBytes = 64 << 10
	// maxPageGlyphs and maxDocGlyphs bound the characters shown on a page and in a file.
	maxPageGlyphs = 100_000
	maxDocGlyphs  = 400_000
	// maxOperands bounds the operands waiting for an operator in a content stream or
	// CMap (the library keeps them all on its stack; a real stream has a handful, a
	// CMap block up to 300).
	maxOperands = 100_000
	// maxFontWidths bounds the glyph widths a font's /W array gives, over all its ranges.
	maxFontWidths = 65_536
	// maxCMapMappings bounds the bfchar and bfrange entries of one ToUnicode CMap.
	maxCMapMappings = 100_000
	// maxCMapDestination bounds the text one code maps to, in bytes of UTF-16.
	maxCMapDestination = 512
	// maxPageTreeEntries bounds the Kids entries read over the whole page tree.
	maxPageTreeEntries = 10_000
	// maxCachedText bounds the decoded strings cached for a document's fonts.
	maxCachedText = 4 << 20
)

// tooLongString is a string longer than any text operation may show, found before the
// library reads it whole.
var tooLongString = limit.Exceeded("has a string of more than %d bytes in one stream, which no résumé needs", maxShowBytes)

// scanOperands reads a decoded stream (counting its bytes, for the size limits) with a
// small tokenizer and refuses it when more than maxOperands operands wait for an
// operator, or a string longer than maxShowBytes. Inline image data (between ID and EI)
// is skipped. n is how many bytes it read: all of data, or up to the operand that broke
// the limit. It reads the slice in place (a reader over it cost a 64 KB buffer per
// stream).
func scanOperands(data []byte) (n int64, err error) {
	next := func() (byte, bool) {
		if n >= int64(len(data)) {
			return 0, false
		}
		c := data[n]
		n++
		return c, true
	}
	peek := func() (byte, bool) {
		if n >= int64(len(data)) {
			return 0, false
		}
		return data[n], true
	}
	// drain counts the rest of the stream, for the size limits, which come first.
	drain := func() int64 { return int64(len(data)) }
	pending := 0
	var word []byte
	for {
		c, ok := next()
		if !ok {
			return n, nil
		}
		switch {
		case isSpace(c), c == '[', c == ']', c == '{', c == '}', c == ')':
			continue
		case c == '%':
			for c != '\n' && c != '\r' {
				if c, ok = next(); !ok {
					return n, nil
				}
			}
			continue
		case c == '(':
			start := n
			for depth := 1; depth > 0; {
				if c, ok = next(); !ok {
					return n, nil
				}
				if n-start > maxShowBytes {
					return drain(), tooLongString
				}
				switch c {
				case '\\':
					next()
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			pending++
		case c == '<':
			if p, _ := peek(); p == '<' {
				next()
				continue
			}
			start := n
			for c != '>' {
				if c, ok = next(); !ok {
					return n, nil
				}
				if n-start > 2*maxShowBytes {
					return drain(), tooLongString
				}
			}
			pending++
		case c == '>':
			if p, _ := peek(); p == '>' {
				next()
			}
			continue
		case c == '/':
			for {
				p, ok := peek()
				if !ok || isSpace(p) || isDelim(p) {
					break
				}
				next()
			}
			pending++
		default:
			word = append(word[:0], c)
			for {
				p, ok := peek()
				if !ok || isSpace(p) || isDelim(p) {
					break
				}
				next()
				if len(word) < 16 {
					word = append(word, p)
				}
			}
			switch w := string(word); {
			case c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || w == "true" || w == "false" || w == "null":
				pending++
			case w == "ID":
				// Inline image data: binary up to white space, EI, white space.
				var last [3]byte
				for {
					if c, ok = next(); !ok {
						return n, nil
					}
					last[0], last[1], last[2] = last[1], last[2], c
					if isSpace(last[0]) && last[1] == 'E' && last[2] == 'I' {
						if p, ok := peek(); !ok || isSpace(p) || isDelim(p) {
							break
						}
					}
				}
				pending = 0
			default:
				pending = 0
			}
		}
		if pending > maxOperands {
			return n, limit.Exceeded("has more than %d operands without an operator in one content stream, which no résumé needs", maxOperands)
		}
	}
}
