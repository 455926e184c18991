package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
)

// tokenize splits text into the tokens prose's tokenizer gives, without building a
// prose document for the common case. prose splits the text at white space and then
// peels each piece: opening marks off its front, closing marks off its back, until a
// piece is a word, or an abbreviation or emoticon it keeps whole; every piece it peels
// it tests with a regular expression and a map, and it allocates a token for each.
//
// Most pieces of a bullet are plain: a word of letters and digits (with inner dots,
// hyphens, slashes and the like) between a few such marks. Those are peeled here by
// hand, with the same order of peeling and the same test for abbreviations. Any other
// piece (an apostrophe, an underscore, a symbol, marks with no word between them, a
// one-letter word between marks) is handed to prose as it is, so an emoticon or a
// contraction comes out exactly as prose splits it. TestTokenizeMatchesProse holds the
// two to the same tokens on every fixture and corpus line and on generated ones.
func tokenize(text string) []string {
	clean := quotes.Replace(text)
	var out []string
	for start := 0; start < len(clean); {
		r, size := utf8.DecodeRuneInString(clean[start:])
		if unicode.IsSpace(r) {
			start += size
			continue
		}
		end := start + size
		for end < len(clean) {
			r, size := utf8.DecodeRuneInString(clean[end:])
			if unicode.IsSpace(r) {
				break
			}
			end += size
		}
		piece := clean[start:end]
		if plainPiece(piece) {
			out = peel(piece, out)
		} else {
			out = proseTokens(piece, out)
		}
		start = end
	}
	return out
}

// quotes are the curly quotes (and the one HTML entity) prose straightens before it
// splits.
var quotes = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// opening and closing are the marks prose peels off the front and the back of a piece.
func opening(b byte) bool { return b == '$' || b == '(' || b == '"' || b == '[' }

func closing(b byte) bool {
	switch b {
	case ',', ')', '"', ']', '!', ';', '.', '?', ':', '\'':
		return true
	}
	return false
}

// plainPiece tells whether peel splits piece as prose does: opening marks, a word of
// at least two runes that starts and ends with a letter or digit and holds nothing but
// letters, digits and a few inner marks, then closing marks; no apostrophe anywhere.
// A bare word of one rune is plain too.
func plainPiece(piece string) bool {
	i, j := 0, len(piece)
	for i < j && opening(piece[i]) {
		i++
	}
	for j > i && closing(piece[j-1]) {
		j--
	}
	word := piece[i:j]
	if word == "" || strings.IndexByte(piece, '\'') >= 0 {
		return false
	}
	n := 0
	for k, r := range word {
		n++
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		case k == 0 || k+utf8.RuneLen(r) == len(word):
			return false // a word starts and ends with a letter or digit
		case strings.ContainsRune(".,/&+%#-:@", r):
		default:
			return false
		}
	}
	return n >= 2 || i == 0 && j == len(piece)
}

// peel splits a plain piece: opening marks one by one, then closing marks from the
// back, stopping early at an abbreviation, which keeps its dots.
func peel(piece string, out []string) []string {
	var closers []string // peeled from the back, so in reverse order
	for {
		if abbreviation(piece) {
			break
		}
		if len(piece) > 1 && opening(piece[0]) {
			out = append(out, piece[:1])
			piece = piece[1:]
			continue
		}
		if len(piece) > 1 && closing(piece[len(piece)-1]) {
			closers = append(closers, piece[len(piece)-1:])
			piece = piece[:len(piece)-1]
			continue
		}
		break
	}
	out = append(out, piece)
	for k := len(closers) - 1; k >= 0; k-- {
		out = append(out, closers[k])
	}
	return out
}

// abbreviation is prose's test for a piece it keeps whole: two or more single
// letters each followed by a dot ("e.g.", "U.S."), or a capital and one or two small
// letters and a dot ("Mr.", "Inc.").
func abbreviation(s string) bool {
	if len(s) >= 4 && len(s)%2 == 0 {
		all := true
		for k := 0; k < len(s); k += 2 {
			if !asciiLetter(s[k]) || s[k+1] != '.' {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	if (len(s) == 3 || len(s) == 4) && 'A' <= s[0] && s[0] <= 'Z' && s[len(s)-1] == '.' {
		for k := 1; k < len(s)-1; k++ {
			if s[k] < 'a' || s[k] > 'z' {
				return false
			}
		}
		return true
	}
	return false
}

func asciiLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// proseTokens appends prose's tokens of one piece. prose panics on some pieces (an
// apostrophe with a letter whose lower case is longer in bytes, such as "İ": it slices
// the piece at an index found in its lower case); such a piece is kept whole.
func proseTokens(piece string, out []string) (res []string) {
	n := len(out)
	defer func() {
		if recover() != nil {
			res = append(out[:n], piece)
		}
	}()
	doc, err := prose.NewDocument(piece, prose.WithSegmentation(false), prose.WithExtraction(false), prose.WithTagging(false))
	if err != nil {
		return out
	}
	for _, t := range doc.Tokens() {
		if t.Text != "" {
			out = append(out, t.Text)
		}
	}
	return out
}
